// What needs the specialist's attention, computed on the device from what is logged, offline.
// Shown on the caseload (per participant) and in the attention list. Each item names the record
// that caused it, so a screen can open it.
#pragma once

#include "store.h"

#include <vector>

namespace fieldnotes::core {

enum class AttentionKind {
    FollowUpOverdue, // the next visit planned at the last contact is past, with no contact since
    NoRecentContact, // no contact for longer than the rule allows (paused and discharged excluded)
    TrialPeriodEnding,
    ContractEnding,
    WageSubsidyReview,
    MeasureEnding, // the measure's end date (its extension deadline comes earlier: ExtensionDeadline)
    NeedsSpecialist, // a mentor flagged an entry "needs the specialist" after the last contact
    ActionDue, // an agreed action owned by the specialist, not done
    ReminderDue,
    OpenConflict, // two edits crossed and nobody has decided yet
    FollowUpMeetingDue, // a proposed follow-up meeting is near or past its date, and not held yet
    FollowUpMeetingMissed, // a proposed follow-up meeting's time is over without a meeting
    PlannedVisit, // the next visit planned at the last contact is today or tomorrow
    EmployerNotContacted, // an employer of the user's (or where someone works) not contacted for long
    GoneQuiet, // outreach attempts without reaching the participant: reach out, do not close
    ExtensionDeadline, // the last day to ask for the measure to be extended is near or past
    MentorTalkDue, // the mentor's next structured talk is due
    TaperingNotAgreed, // the first month in a job is over and the tapering plan is not agreed by both
};

struct Attention {
    AttentionKind kind;
    Id participantId; // empty for employer-side items
    std::string subjectTable; // the record that caused it
    Id subjectId;
    Date due {};
    int daysLeft = 0; // negative: overdue by that many days
    std::string detail = {}; // an agreed action's or a reminder's own words; empty for the other kinds
};

struct AttentionRules {
    int noContactDaysInWork = 14;
    int noContactDays = 21;
    int trialWarningDays = 14;
    int contractWarningDays = 30;
    int subsidyWarningDays = 14;
    int measureWarningDays = 30;
    int actionWarningDays = 3;
    int reminderWarningDays = 0;
    // A proposed meeting is held when a contact that keeps a follow-up slot (schedule.h) falls in
    // its slot's window or, if a person moved the meeting outside it, between the window and the new
    // date. It is due from meetingWarningDays before its date until that span is over; after that
    // it shows as missed for missedShownDays.
    int meetingWarningDays = 2;
    int missedShownDays = 14;
    int plannedVisitDays = 1; // planned visits today and tomorrow
    // Employers the user owns, and employers where a participant on this device is in a job or work
    // trial, are due a contact this long after the last one (any contact type naming the employer).
    int employerQuietDays = 60;
    // Gone quiet: at least goneQuietAttempts outreach attempts since the last contact that reached
    // the participant (any contact type but an outreach attempt), which is goneQuietDays old or more.
    int goneQuietDays = 14;
    int goneQuietAttempts = 2;
    // The measure may be extended up to measureMaxMonths after referral; asking for it is due
    // extensionLeadDays before the current end, shown from extensionWarningDays before that.
    int extensionLeadDays = 30;
    int extensionWarningDays = 14;
    int measureMaxMonths = 36;
    int talkWarningDays = 2;
};

// Everything that needs attention on `today`, most urgent first (by days left, then kind).
// On a mentor's device only the mentor's own items are computed: the device holds no contacts,
// so the specialist's rules would read silence where there is none.
Result<std::vector<Attention>> attention(Store& store, const Date& today, const AttentionRules& rules = {});

// The same for one participant, as their page shows it: each rule asked about them alone, so the
// page costs the same with 20 people on the device as with 2,000.
Result<std::vector<Attention>> attentionFor(
    Store& store, const Id& participantId, const Date& today, const AttentionRules& rules = {});

} // namespace fieldnotes::core
