// The journal as screens list it: a participant's contacts, natural-support entries and the changes
// of their course (steps, status, pause, resume; core/casecourse.h) in one timeline, and an
// employer's contact history. Newest first. Only list-safe columns: sensitive
// columns (see catalogue.cpp, e.g. visits.obs_person) are never part of a timeline entry.
// An entry a later entry corrects is not listed: its correction stands in its place (correctsId
// names the original, which the entry page still shows on request).
#pragma once

#include "store.h"

#include <optional>
#include <string>
#include <vector>

namespace fieldnotes::core {

struct TimelineEntry {
    std::string table; // "visits", "natural_support_entries" or "course_changes"
    Id id;
    Date occurredOn {};
    std::optional<std::string> startTime; // visits only, HH:MM
    std::optional<ContactType> contactType; // visits
    std::optional<SupportKind> supportKind; // natural-support entries
    std::string authorId;
    std::string authorName; // the staff member, or the mentor's name; empty if unknown here
    std::string summary; // the note (or purpose) of a visit; the situation of a natural-support entry
    int minutes = 0; // duration of a visit, minutes of natural support; 0 if not given
    bool needsSpecialist = false;
    OptId participantId;
    std::string participantName;
    OptId employerId;
    std::string employerName;
    OptId correctsId; // this entry is a correction of that one, shown in its place
    // course_changes: what changed (steps, status and the status it left); summary holds a pause's reason
    std::optional<CourseChange> course;
};

Result<std::vector<TimelineEntry>> participantTimeline(Store& store, const Id& participantId, int limit = 1000);
Result<std::vector<TimelineEntry>> employerHistory(Store& store, const Id& employerId, int limit = 1000);

} // namespace fieldnotes::core
