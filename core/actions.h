// The attention list emptied as work gets done: an agreed action or a reminder marked done or
// cancelled, and a planned follow-up meeting moved or cancelled. The app's caseload and participant
// page and `fieldnotes-cli action done|cancel` / `schedule move|cancel` all call these; none of them
// writes these records of their own.
//
// Who may do what: the specialist who follows the participant, or a team lead. An agreed action
// with no participant (one agreed with an employer) may be closed by any specialist; a reminder
// with no participant by its author or a lead. A mentor's device does none of it (intake.h: the
// same rule, the same CaseError).
//
// What is recorded, in the columns the records already have (no new columns):
// - done: done_on is the day it was marked (the device's today); who marked it is the writer of
//   that edit (provenance.h: the device, and the staff member it belongs to).
// - cancelled: done_on as above, the reason (optional) appended to the text on a line that starts
//   with `cancelledLabel`, and the row tombstoned - it leaves every list but stays on record, so a
//   second close is refused rather than taken for an unknown id.
// - a meeting moved: proposed_on is the new date. A meeting cancelled: the reason (required) in its
//   note, and the meeting tombstoned; the schedule never proposes that slot again (schedule.h).
//
// Date rules for moving a meeting: the new date is today or later (a meeting already held is a
// visit to log, not a plan to move), and not after the last day of its slot's window (a meeting
// after the window cannot keep the slot: cancel it with a reason instead). A meeting whose slot a
// visit has kept, or whose schedule has ended (placement ended, participant discharged), is neither
// moved nor cancelled.
#pragma once

#include "intake.h"
#include "provenance.h"

namespace fieldnotes::core {

// Marks an agreed action or a reminder (the id of either) done today.
CaseResult<void> markActionDone(Store& store, const Actor& actor, const Id& id);

// Cancels an agreed action or a reminder today; `reason` may be empty.
CaseResult<void> cancelAction(Store& store, const Actor& actor, const Id& id, std::string_view reason = {});

// Moves a planned follow-up meeting to `to` (see the date rules above).
CaseResult<void> moveMeeting(Store& store, const Actor& actor, const Id& meetingId, const Date& to);

// Cancels a planned follow-up meeting; `reason` is required.
CaseResult<void> cancelMeeting(Store& store, const Actor& actor, const Id& meetingId, std::string_view reason);

enum class ClosedAs { Open, Done, Cancelled };

// How an agreed action or a reminder was closed: when, and by whom.
struct ActionClosing {
    ClosedAs as = ClosedAs::Open;
    OptDate on;
    Writer by; // who wrote done_on (empty when open)
};
// NotFound if neither table has the id (tombstones included).
Result<ActionClosing> actionClosing(Store& store, const Id& id);

// How a cancelled item's text holds the reason: the text, then a line that starts with this label.
inline constexpr std::string_view cancelledLabel = "Avlyst: ";

// The actions agreed in one visit, by due day (none first).
Result<std::vector<AgreedAction>> actionsOfVisit(Store& store, const Id& visitId);

} // namespace fieldnotes::core
