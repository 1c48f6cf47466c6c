#include "teamoverview.h"

#include "storeinternals.h"

#include <algorithm>
#include <set>

namespace fieldnotes::core {

namespace {

bool inPeriod(const OptDate& day, const Period& period)
{
    return day && *day >= period.from && *day <= period.to;
}

// Whether the schedule of `placement` is under way on `today`: its first window has begun and it
// has not ended (schedule.h: it ends with the placement or the discharge).
bool followUpUnderWay(const Placement& placement, const OptDate& endsOn, const Date& today)
{
    const auto first = followUpSlot(*placement.startOn, 0);
    if (!first || first->windowFrom > today)
        return false;
    return !endsOn || *endsOn >= today;
}

} // namespace

Result<TeamOverview> teamOverview(Store& store, const Date& today)
{
    if (!today.ok())
        return fail(ErrorCode::InvalidArgument, "The date is not a valid day. Choose it again.");
    if (store.role() != StaffRole::Lead)
        return fail(
            ErrorCode::Unauthorized, "The team overview is for the team lead. Your own people are under My caseload.");

    TeamOverview o;
    o.today = today;
    o.recent = { addDays(today, -(teamOverviewRecentDays - 1)), today };
    for (ParticipantStatus s : allOf<ParticipantStatus>())
        if (s != ParticipantStatus::Discharged)
            o.byStatus[s] = 0;
    for (int step = 1; step <= 5; ++step)
        o.byStep[step] = 0;
    for (PlacementKind k : allOf<PlacementKind>()) {
        o.placementsStarted[k] = 0;
        o.placementsEnded[k] = 0;
    }

    FN_TRY_ASSIGN(const auto staff, StoreInternals::select<Staff>(store, "role IN ('specialist', 'lead')", {}, "id"));
    std::set<Id> followers;
    for (const Staff& s : staff)
        followers.insert(s.id);

    FN_TRY_ASSIGN(const auto participants, StoreInternals::select<Participant>(store, "1 = 1", {}, "id"));
    for (const Participant& p : participants) {
        FN_TRY_ASSIGN(const auto placements,
            StoreInternals::select<Placement>(store, "participant_id = ?", { p.id }, "start_on, id"));
        for (const Placement& pl : placements) {
            if (inPeriod(pl.startOn, o.recent)) {
                ++o.placementsStarted[pl.kind];
                ++o.placementsStartedTotal;
            }
            if (inPeriod(pl.endedOn, o.recent)) {
                ++o.placementsEnded[pl.kind];
                ++o.placementsEndedTotal;
            }
        }

        if (!onCaseload(p, today))
            continue;
        ++o.caseload;
        ++o.byStatus[p.status];
        if (p.steps.empty())
            ++o.withoutStep;
        for (int step : p.steps)
            if (o.byStep.count(step))
                ++o.byStep[step];

        const bool nobodySet = !p.specialistId || p.specialistId->empty();
        if (nobodySet || !followers.count(*p.specialistId)) {
            WaitingPerson w;
            w.participantId = p.id;
            w.displayName = p.displayName;
            w.referralOn = p.referralOn;
            if (p.referralOn)
                w.daysWaiting = std::max(0, daysBetween(*p.referralOn, today));
            w.specialistLeft = !nobodySet;
            o.waiting.push_back(std::move(w));
        }

        bool underWay = false;
        bool missedLately = false;
        std::optional<std::vector<Visit>> meetings; // read once, if a placement has a schedule
        for (const Placement& pl : placements) {
            if (!hasFollowUpSchedule(pl))
                continue;
            if (!meetings) {
                FN_TRY_ASSIGN(meetings, followUpContacts(store, p.id));
            }
            const OptDate endsOn = followUpEndsOn(pl, p);
            const auto track = trackFollowUp(*pl.startOn, endsOn, *meetings, today);
            const CadenceCount c = countCadence(track, o.recent.from, o.recent.to);
            o.recentSlots.due += c.due;
            o.recentSlots.kept += c.kept;
            if (!followUpUnderWay(pl, endsOn, today))
                continue;
            underWay = true;
            for (const SlotStatus& s : track)
                if (s.state == SlotState::Missed && s.slot.windowTo >= o.recent.from)
                    missedLately = true;
        }
        o.inFollowUp += underWay ? 1 : 0;
        o.slipping += underWay && missedLately ? 1 : 0;
    }

    std::stable_sort(o.waiting.begin(), o.waiting.end(), [](const WaitingPerson& a, const WaitingPerson& b) {
        if (a.daysWaiting.has_value() != b.daysWaiting.has_value())
            return a.daysWaiting.has_value();
        if (a.daysWaiting && *a.daysWaiting != *b.daysWaiting)
            return *a.daysWaiting > *b.daysWaiting;
        return a.displayName < b.displayName;
    });
    if (o.inFollowUp > 0)
        o.slippingShare = static_cast<double>(o.slipping) / o.inFollowUp;
    if (o.recentSlots.due > 0)
        o.recentSlotsMissedShare = static_cast<double>(o.recentSlots.due - o.recentSlots.kept) / o.recentSlots.due;
    return o;
}

} // namespace fieldnotes::core
