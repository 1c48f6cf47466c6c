// The team overview on the team lead's tablet: where the team's people are in the method, what
// started and ended lately, who waits for a specialist, and how much of the follow-up is slipping.
// Read from the lead's team view alone (sync/README.md, "What a team lead holds": participants'
// names, referral dates, steps, status, who follows them; placements; contacts' types and dates),
// so the tablet needs nothing more than it holds. Team figures are counts and shares over the
// whole team, never per specialist: nothing here names who follows whom (domain.md).
//
// The definitions, each once:
// - the caseload: the team's participants on the caseload today, by figures.h's rule (referred on or
//   before today, not discharged); counted by status and by step (a person worked with in two steps
//   counts in both; a person with no step recorded is counted apart).
// - recent: the last 4 weeks, the 28 days ending today. Placements started: a start date in them;
//   ended: an end date in them; by kind, every kind listed.
// - waiting for a specialist: on the caseload, and no one follows them - no specialist set, or the
//   one set is no longer a specialist or lead on the staff list (removed, or a mentor). These are the
//   people the lead hands to someone, longest waiting first (days since referral; those without a
//   referral date last), then by name. A person a specialist follows but has not met yet is not
//   waiting: they are that specialist's to reach, and their attention list says so.
// - in follow-up: people on the caseload with a follow-up schedule (schedule.h, item 17) under way
//   today: a paid job or work trial whose first window has begun and whose schedule has not ended.
//   Slipping: those of them with a slot missed (its window over without a meeting) that ended in the
//   recent 4 weeks. The slots: every slot of the team's schedules whose window ended in the recent
//   4 weeks and was due, and how many of those were kept (countCadence, as the figures count them).
#pragma once

#include "figures.h"

#include <map>
#include <optional>
#include <vector>

namespace fieldnotes::core {

struct WaitingPerson {
    Id participantId;
    std::string displayName;
    OptDate referralOn;
    std::optional<int> daysWaiting; // since the referral (0 if it is later than today); none without one
    bool specialistLeft = false; // followed by someone no longer on the staff list, rather than by no one
};

struct TeamOverview {
    Date today {};
    Period recent; // the last 4 weeks: today - 27 .. today

    int caseload = 0;
    std::map<ParticipantStatus, int> byStatus; // every status but discharged, zeros included
    std::map<int, int> byStep; // steps 1-5, zeros included
    int withoutStep = 0;

    std::map<PlacementKind, int> placementsStarted; // in recent, every kind, zeros included
    std::map<PlacementKind, int> placementsEnded;
    int placementsStartedTotal = 0;
    int placementsEndedTotal = 0;

    std::vector<WaitingPerson> waiting;

    int inFollowUp = 0;
    int slipping = 0;
    std::optional<double> slippingShare; // slipping / inFollowUp; none when no one is in follow-up
    CadenceCount recentSlots;
    std::optional<double> recentSlotsMissedShare; // (due - kept) / due; none when nothing was due
};

inline constexpr int teamOverviewRecentDays = 28;

// The overview on `today`; only for a team lead (the office's staff list and the team view are on
// their tablet).
Result<TeamOverview> teamOverview(Store& store, const Date& today);

} // namespace fieldnotes::core
