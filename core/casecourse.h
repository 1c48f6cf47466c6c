// A participant's course through the five steps, each change with the day it took effect: the
// steps worked on, the status, a pause and its resume, and the measure's period extended. The app's
// participant page and `fieldnotes-cli participant step|status|pause|resume|extend` all call these.
//
// Who may do what, as for discharge (intake.h): the participant's own specialist or a team lead; a
// mentor's device never. A discharged participant's course stays as it was. Each change writes the
// participant's current value and a dated entry (course_changes, or measure_extensions for the
// measure) in one transaction with change tracking; the office accepts them under the participant's
// scope like any other record of theirs (sync/policy.h).
//
// The steps are never forced in order: any of 1-5, several at once. A status change never reaches
// paused or discharged (a pause records why; a discharge has its own rule), and a paused participant
// is resumed rather than given another status. The status a pause interrupted is written on the
// pause's entry (status_before); a resume returns to it. A participant paused before that was
// recorded has no such entry: their resume names the status.
#pragma once

#include "intake.h"

#include <set>
#include <vector>

namespace fieldnotes::core {

// The steps worked on (1-5, at least one) from `on` (not in the future, not before the referral or
// the last change of the steps).
CaseResult<void> setSteps(
    Store& store, const Actor& actor, const Id& participantId, const std::set<int>& steps, const Date& on);

// The status from `on` (not in the future, not before the referral or the last change of status).
CaseResult<void> changeStatus(
    Store& store, const Actor& actor, const Id& participantId, ParticipantStatus status, const Date& on);

// Pauses the participant from `from` (not in the future, not before the last change of status),
// with the reason in a few words.
CaseResult<void> pauseParticipant(
    Store& store, const Actor& actor, const Id& participantId, std::string_view reason, const Date& from);

// Resumes a paused participant on `on` (not in the future, not before the pause began), to the
// status before the pause, or to `to` when given. Returns the status they resumed to.
CaseResult<ParticipantStatus> resumeParticipant(Store& store, const Actor& actor, const Id& participantId,
    const Date& on, std::optional<ParticipantStatus> to = std::nullopt);

struct MeasureExtensionRequest {
    Date until {}; // the new end: after the current end (or, with none, after the referral)
    std::string justification; // required: why the measure goes on
    OptDate decidedOn; // when it was decided; today when not given; never in the future
};

// Extends the measure: a measure_extensions entry and the participant's new measure_end_on.
// Returns the extension's id.
CaseResult<Id> extendMeasure(
    Store& store, const Actor& actor, const Id& participantId, const MeasureExtensionRequest& request);

// The participant's course changes, oldest first (by day, then as written).
Result<std::vector<CourseChange>> courseOf(Store& store, const Id& participantId);

// While the participant is paused: the status the pause interrupted, if it was recorded.
Result<std::optional<ParticipantStatus>> statusBeforePause(Store& store, const Id& participantId);

// The participant's measure extension with the latest new end, if the measure was ever extended.
Result<std::optional<MeasureExtension>> latestExtension(Store& store, const Id& participantId);

} // namespace fieldnotes::core
