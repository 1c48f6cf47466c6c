// The reflection log: what a specialist learns from the work, in their own words, never tied to a
// participant (domain.md). The app's reflection pages and `fieldnotes-cli reflection` call these;
// none of them writes reflection entries of their own.
//
// Who may do what: a specialist or a lead writes, changes and deletes their own entries; a mentor's
// device does none of it. The office sends an author their own entries and the lead the team's
// (sync/policy.h), and refuses entries written in another person's name.
//
// Entries are journal entries (never edited in place): changing one appends a correction that
// names it (corrects_id), deleting one appends a correction with no text. An entry is current while
// nothing corrects it; a deleted one is no longer shown anywhere.
#pragma once

#include "intake.h"

#include <vector>

namespace fieldnotes::core {

// What a person writes. Text is stored trimmed. No text may hold an 11-digit national ID number or
// the display name of a participant on this device: write about the situation, not the person.
struct ReflectionEntry {
    OptDate occurredOn; // today when not given; never in the future
    std::string situation; // required
    std::string whatIDid;
    std::string result;
    std::string couldDoDifferently;
    std::string whatWorked;
    std::optional<int> step; // the process step (EUSE, 1-5), if any
    std::string theme; // a few words the lead groups by ("employer doubts", "first day")
};

// Writes a new entry in the acting person's name; returns its id.
CaseResult<Id> writeReflection(Store& store, const Actor& actor, const ReflectionEntry& entry);

// Replaces one's own current entry `id` with `entry` (a correction); returns the new entry's id.
CaseResult<Id> changeReflection(Store& store, const Actor& actor, const Id& id, const ReflectionEntry& entry);

// Deletes one's own current entry `id` (a correction with no text): it is shown nowhere after.
CaseResult<void> deleteReflection(Store& store, const Actor& actor, const Id& id);

// The acting person's current entries, newest first (by date, then by when they were written).
Result<std::vector<Reflection>> ownReflections(Store& store, const Actor& actor);

// One entry as the lead reads it: what happened and what was learnt, without the author's or any
// participant's name.
struct TeamReflection {
    Id id;
    Date occurredOn {};
    std::string situation;
    std::string whatIDid;
    std::string result;
    std::string couldDoDifferently;
    std::string whatWorked;
};

// The team's current entries with one step and theme, newest first.
struct ReflectionGroup {
    std::optional<int> step; // none: entries with no step, after steps 1-5
    std::string theme; // as written; themes that differ only in case or spaces count as one
    std::vector<TeamReflection> entries;
};

// Refused with NamesParticipant (`field` column) if `text` holds the display name of a participant
// on this device as whole words, as an entry's text is: text that goes with the reflection log
// (a case review's question about an entry, casereview.h) is never tied to a person either.
CaseResult<void> checkNamesNoParticipant(
    Store& store, std::string_view column, std::string_view label, const std::string& text);

// For a lead: the team's current entries on this device grouped by step (1-5, then none) and, within
// a step, by theme (alphabetically, no theme last). Anyone else: NotAllowed.
CaseResult<std::vector<ReflectionGroup>> teamReflections(Store& store, const Actor& actor);

} // namespace fieldnotes::core
