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
    MeasureEnding, // the measure's end date, and with it the extension deadline
    NeedsSpecialist, // a mentor flagged an entry "needs the specialist" after the last contact
    ActionDue, // an agreed action owned by the specialist, not done
    ReminderDue,
    OpenConflict, // two edits crossed and nobody has decided yet
};

struct Attention {
    AttentionKind kind;
    Id participantId; // empty for employer-side items
    std::string subjectTable; // the record that caused it
    Id subjectId;
    Date due {};
    int daysLeft = 0; // negative: overdue by that many days
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
};

// Everything that needs attention on `today`, most urgent first (by days left, then kind).
Result<std::vector<Attention>> attention(Store& store, const Date& today, const AttentionRules& rules = {});

} // namespace fieldnotes::core
