// The follow-up schedule after a job starts, from item 17 of NAV's modified SE fidelity scale: a
// meeting within a week before the start, within 3 days after, weekly in the first month and
// monthly in the first year. The rule is stated here once; attention, figures and reports read it.
//
// Which placements: paid jobs and work trials with a start date. A job tasting (3-10 days) has none.
//
// Slots: 16 windows, both ends inclusive, counted from the start date S alone:
//    0      before the start   S-7 .. S-1
//    1      after the start    S .. S+3   (this is the first week's meeting: fidelity asks for it
//                                          sooner, not for a second one; S+4 .. S+6 are in no slot)
//    2-4    weeks 2-4          S+7(k-1) .. S+7k-1, except that week 4 runs to the day before
//                              S + 1 month, so the first month's last 0-3 days belong to it
//    5-15   months 2-12        S + (m-1) months .. S + m months - 1 day (month ends clamp: addMonths)
//
// What keeps a slot: a meeting with the participant - a contact of type workplace follow-up,
// three-way meeting, employer follow-up or home visit that names the participant - on a day inside
// the window, and not after today. Phone, SMS, e-mail and unanswered outreach do not count: the
// fidelity item asks for meetings. A contact that was corrected counts by its correction. A contact
// counts for every placement of the participant whose window holds it.
//
// When the schedule ends: when the placement ends or the participant is discharged, whichever is
// first. A slot is due only if the job was still running on the last day of its window; a slot cut
// short is dropped whether or not it was kept, so an early end neither helps nor hurts the figure.
//
// Proposed meetings (FollowUpMeeting records) are the plan a person can move or cancel. Tracking
// never reads them: kept or missed is decided by the windows above and the contacts logged.
#pragma once

#include "store.h"

#include <optional>
#include <vector>

namespace fieldnotes::core {

enum class FollowUpSlotKind { BeforeStart, AfterStart, Weekly, Monthly };

struct FollowUpSlot {
    int index = 0; // 0-15; stored in follow_up_meetings.slot
    FollowUpSlotKind kind = FollowUpSlotKind::BeforeStart;
    int number = 0; // the week (2-4) or month (2-12); 0 before and after the start
    Date windowFrom {};
    Date windowTo {};
};

inline constexpr int followUpSlotCount = 16;

std::vector<FollowUpSlot> followUpSlots(const Date& start);
std::optional<FollowUpSlot> followUpSlot(const Date& start, int index);

bool hasFollowUpSchedule(const Placement& placement); // paid job or work trial with a start date
bool countsAsFollowUpMeeting(const Visit& contact); // the contact types that keep a slot

// A condition on `visits` (unaliased, as Store::select writes it) that leaves out every entry a
// later entry corrects: a corrected contact counts by its correction alone.
inline constexpr std::string_view uncorrectedVisit
    = "NOT EXISTS (SELECT 1 FROM visits c WHERE c.corrects_id = visits.id)";

// The day the schedule ends: the placement's end or the participant's discharge, whichever is first.
OptDate followUpEndsOn(const Placement& placement, const Participant& participant);

// The date proposed for a slot on `today`: the first weekday of the part of the window not yet past
// (or its first remaining day if only a weekend is left); nullopt once the window is over.
std::optional<Date> proposedDate(const FollowUpSlot& slot, const Date& today);

enum class SlotState {
    Upcoming, // the window has not begun
    Open, // inside the window, not kept yet
    Kept,
    Missed, // the window is over without a meeting
    Dropped, // the schedule ended before the window did: not due
};

struct SlotStatus {
    FollowUpSlot slot;
    SlotState state = SlotState::Upcoming;
    OptId keptBy; // the first contact in the window that counts (also set for a dropped slot)
    OptDate keptOn;
    OptId meetingId; // the proposed meeting for this slot, if one is on record
    OptDate proposedOn;
};

// Tracks every slot against `contacts` (any contacts of the participant; those that do not count
// are ignored) as of `today`. Pure: no store, so the rule's edges are tested directly.
std::vector<SlotStatus> trackFollowUp(
    const Date& start, const OptDate& endsOn, const std::vector<Visit>& contacts, const Date& today);

struct CadenceCount {
    int due = 0; // kept + missed
    int kept = 0;
};
// Slots whose window ended within [from, to] and that were due; kept counts those kept.
CadenceCount countCadence(const std::vector<SlotStatus>& statuses, const Date& from, const Date& to);

struct FollowUpTrack {
    Placement placement;
    OptDate endsOn;
    std::vector<SlotStatus> slotStatus; // empty if the placement has no schedule
};

// The placement's schedule as of `today`, with the proposed meetings on record.
Result<FollowUpTrack> followUpStatus(Store& store, const Id& placementId, const Date& today);

// Proposes the schedule: one meeting per slot that has no meeting on record yet (a cancelled one
// counts as on record, so cancelling sticks), is not dropped and whose window is not over on
// `today`. Calling it again after the start date moved fills in only what is missing. Returns the
// ids created, in slot order.
Result<std::vector<Id>> proposeFollowUp(Store& store, const Id& placementId, const Date& today);

// The participant's contacts that may keep a slot (corrections applied), oldest first.
Result<std::vector<Visit>> followUpContacts(Store& store, const Id& participantId);

} // namespace fieldnotes::core
