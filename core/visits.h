// Contacts and visits, the heart of the journal: finalizing a visit note and correcting one. The
// app's visit form, its correction on the entry page and `fieldnotes-cli add-visit` / `visit
// correct` all call these; none of them writes visits of its own.
//
// Who may do what: a specialist notes contacts with the participants they follow (and with any
// employer); a lead with anyone on the team. The note is written in the acting person's name. A
// mentor's device writes natural support, never visits. The office enforces the same on push
// (sync/policy.h: entries are written in your own name, about a participant you follow).
//
// Visits are journal entries, never edited in place: a correction is a new visit that names the
// original (corrects_id), written by the original's author, and shown in its place; the original
// stays readable. A visit already corrected is not corrected again: correct the correction.
#pragma once

#include "intake.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fieldnotes::core {

// An agreed action noted with the visit. A row with no text is not an action and is left out.
struct VisitAction {
    std::string text;
    ActionOwner owner = ActionOwner::Specialist;
    OptDate dueOn;
};

// A visit note as a person finalizes it. Text is stored trimmed; no text may hold an 11-digit
// national ID number.
struct VisitNote {
    OptId participantId; // a participant, an employer, or both
    OptId employerId; // required for a new employer visit and an employer follow-up
    OptId workplaceId; // one of the employer's workplaces
    ContactType contactType = ContactType::WorkplaceFollowUp;
    OptDate occurredOn; // today when not given; never in the future (a note is for what has happened)
    std::optional<std::string> startTime; // HH:MM
    std::optional<int> durationMin; // 1-1440 when given
    std::string place;
    std::set<Attendee> attendees;
    std::string purpose; // a purpose or a note is required
    std::set<int> steps; // 1-5; the participant's current steps when none are given
    std::string obsPerson;
    std::string obsTask;
    std::string obsEnvironment;
    OptDate nextVisitOn; // after the visit
    std::string note;
    Audience audience = Audience::Team;
    bool fieldTime = false;
    std::vector<VisitAction> actions;
    OptId draftId; // the draft on this device the note was typed in: removed in the same transaction
};

// Appends the visit in the acting person's name with its agreed actions (and removes its draft), in
// one transaction with change tracking. Returns the visit's id.
CaseResult<Id> finalizeVisit(Store& store, const Actor& actor, const VisitNote& note);

// What a correction changes; every field left empty keeps the original's. The participant and
// employer a visit was with stay those of the original.
struct VisitCorrection {
    std::optional<ContactType> contactType;
    OptDate occurredOn;
    std::optional<std::optional<std::string>> startTime; // {nullopt} clears it
    std::optional<std::optional<int>> durationMin; // {nullopt} clears it
    std::optional<std::string> place;
    std::optional<std::set<Attendee>> attendees;
    std::optional<std::string> purpose;
    std::optional<std::set<int>> steps;
    std::optional<std::string> obsPerson;
    std::optional<std::string> obsTask;
    std::optional<std::string> obsEnvironment;
    std::optional<OptDate> nextVisitOn; // {nullopt} clears it
    std::optional<std::string> note;
    std::optional<Audience> audience;
    std::optional<bool> fieldTime;
};

// Corrects the finalized visit `visitId`: appends a new visit that names it (corrects_id), carrying
// the original's fields with `correction` applied, checked by the rules of finalizeVisit. Only the
// original's author corrects it, and only while they (or a lead) may write about its participant.
// The original's agreed actions stay with the original. Returns the correction's id.
CaseResult<Id> correctVisit(Store& store, const Actor& actor, const Id& visitId, const VisitCorrection& correction);

// The entries that correct the journal entry `id`, by id. For the two kinds of entry a correction can
// name: Visit and NaturalSupportEntry.
template<class Entry> Result<std::vector<Entry>> correctionsOf(Store& store, const Id& id);

// The visits as a list shows them: a corrected visit by its correction alone; of one participant
// when `participantId` is given. By day, start time and id.
Result<std::vector<Visit>> visitList(Store& store, const OptId& participantId = {});

} // namespace fieldnotes::core
