// Figures derived from what is logged, never typed twice. Each figure has one definition, here.
// A period is a span of calendar days, both ends inclusive. For one specialist S:
//
// - caseload: S's participants (participants.specialist_id) referred on or before the period's
//   last day (or with no referral date) and not discharged on or before it. Paused participants
//   count: they are still S's to follow.
// - contracted minutes: for each Monday to Friday of the period, a fifth of the contracted minutes
//   per week in force that day (S's working_hours row with the latest start on or before it).
//   Leave and public holidays are not recorded, so this is contracted time, not time worked.
// - field minutes: the durations of S's own contacts in the period that are marked as field time
//   (a corrected contact counts by its correction). Travel is not logged, so the shares below
//   understate the time out of the office. Field contacts without a duration add nothing; they
//   are counted, so a reader sees the gap.
// - out-of-office share: field minutes / contracted minutes (none without contracted hours).
// - at-employers share: the same for field contacts that take place at an employer (new employer
//   visit, employer or workplace follow-up, three-way meeting, job-tasting day): fidelity item 18.
// - new employer contacts per week: S's contacts of type "new employer visit" in the period,
//   divided by the period's length in weeks (days / 7).
// - contacts with participants: S's own contacts in the period with a participant, of any type,
//   in the field or not (a corrected contact counts by its correction).
// - contacts per participant: contacts with participants / caseload (none with no caseload).
// - follow-up cadence kept: the follow-up slots (schedule.h) of the placements of S's participants
//   whose window ended within the period and that were due, as of the period's last day; kept / due.
// - placements started: placements of S's participants whose start date is in the period, by kind.
// - people in work: of the caseload on the period's last day, those with a paid job running that
//   day (started on or before it, not ended before it).
// - discharges by reason: S's participants discharged within the period, by reason; a discharge
//   with no reason given is its own line.
//
// Team figures are for the team lead and cover every specialist on the team (staff with the role
// specialist). Counts are summed; the caseload and new employer contacts are averaged per
// specialist; shares, the cadence and contacts per participant are pooled (total over total, so
// more hours weigh more). No per-person value ever leaves this file: team figures are averages,
// never a league table.
//
// Periods on the tablet: a week runs Monday to Sunday, a month is a calendar month; the series of
// the last weeks is one figure per week, oldest first, ending with the week of a given day.
//
// Targets the method sets for these figures (domain.md, the fidelity form): at least 40 % of the
// week out of the office; about 6 new employer contacts a week; item 17 wants every due follow-up
// meeting kept; item 18 scores the share of the week at employers in bands: under 30 % is 1,
// 30-39 % 2, 40-49 % 3, 50-64 % 4, 65 % or more 5.
#pragma once

#include "schedule.h"
#include "store.h"

#include <map>
#include <optional>
#include <vector>

namespace fieldnotes::core {

struct Period {
    Date from {};
    Date to {};

    int days() const { return daysBetween(from, to) + 1; }
    double weeks() const { return days() / 7.0; }
};

struct Figures {
    Period period;
    bool team = false;
    int specialists = 0; // 1 for a specialist's own figures

    double caseload = 0; // own: the count; team: the average per specialist
    int caseloadTotal = 0;

    double contractedMinutes = 0;
    int fieldMinutes = 0;
    int employerFieldMinutes = 0;
    int fieldContactsWithoutDuration = 0;
    std::optional<double> outOfOfficeShare; // 0-1
    std::optional<double> atEmployersShare; // 0-1

    int newEmployerContacts = 0; // total
    double newEmployerContactsPerWeek = 0; // per specialist

    int participantContacts = 0; // total
    std::optional<double> contactsPerParticipant; // none with no caseload

    CadenceCount followUp;
    std::optional<double> followUpKeptShare; // 0-1; none when nothing was due

    std::map<PlacementKind, int> placementsStarted; // every kind, zeros included
    int peopleInWork = 0;
    std::map<DischargeReason, int> discharges; // every reason, zeros included
    int dischargesWithoutReason = 0;
};

// The caseload rule above for one participant on `day` (the team overview reads it too).
bool onCaseload(const Participant& participant, const Date& day);

// The week (Monday to Sunday) and the calendar month that hold `day`.
Period weekOf(const Date& day);
Period monthOf(const Date& day);

// The store's user's own figures. Not for a mentor, who has no caseload.
Result<Figures> ownFigures(Store& store, const Period& period);

// The team's figures; only for a team lead.
Result<Figures> teamFigures(Store& store, const Period& period);

// The last `weeks` weeks up to and including the week of `day`, oldest first: one Figures a week,
// by the same rules as ownFigures and teamFigures (and the same refusals).
Result<std::vector<Figures>> ownWeeklyFigures(Store& store, const Date& day, int weeks);
Result<std::vector<Figures>> teamWeeklyFigures(Store& store, const Date& day, int weeks);

// The targets above, for drawing them beside the figures.
inline constexpr double outOfOfficeTarget = 0.40;
inline constexpr double newEmployerContactsTarget = 6;
inline constexpr double followUpKeptTarget = 1.0;
inline constexpr double atEmployersBandFloors[] = { 0.30, 0.40, 0.50, 0.65 }; // the lowest share for 2, 3, 4, 5
// Item 18's score (1-5) for a share of the week at employers.
int atEmployersScore(double share);

// What the figures say about the fidelity items the app can measure - 1 (caseload at most 20),
// 17 (every due follow-up meeting kept) and 18 (at least 65 % of the week at employers) - to set
// beside the team's own score. Evidence, never a score: items without a measured value are left out.
struct FidelityEvidence {
    int item = 0;
    double measured = 0;
    double criterion = 0; // the threshold a 5 needs
    bool meetsFive = false;
};
std::vector<FidelityEvidence> fidelityEvidence(const Figures& figures);

} // namespace fieldnotes::core
