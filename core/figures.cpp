#include "figures.h"

#include "storeinternals.h"

#include <algorithm>

namespace fieldnotes::core {

namespace {

// Raw counts for one specialist; only sums of these leave the file.
struct Tally {
    int caseload = 0;
    double contractedMinutes = 0;
    int fieldMinutes = 0;
    int employerFieldMinutes = 0;
    int withoutDuration = 0;
    int newEmployerContacts = 0;
    int participantContacts = 0;
    CadenceCount followUp;
    std::map<PlacementKind, int> placementsStarted;
    int peopleInWork = 0;
    std::map<DischargeReason, int> discharges;
    int dischargesWithoutReason = 0;

    Tally& operator+=(const Tally& o)
    {
        caseload += o.caseload;
        contractedMinutes += o.contractedMinutes;
        fieldMinutes += o.fieldMinutes;
        employerFieldMinutes += o.employerFieldMinutes;
        withoutDuration += o.withoutDuration;
        newEmployerContacts += o.newEmployerContacts;
        participantContacts += o.participantContacts;
        followUp.due += o.followUp.due;
        followUp.kept += o.followUp.kept;
        for (const auto& [k, n] : o.placementsStarted)
            placementsStarted[k] += n;
        peopleInWork += o.peopleInWork;
        for (const auto& [r, n] : o.discharges)
            discharges[r] += n;
        dischargesWithoutReason += o.dischargesWithoutReason;
        return *this;
    }
};

double contractedMinutes(const std::vector<WorkingHours>& hours, const Period& period)
{
    double total = 0;
    for (Date d = period.from; d <= period.to; d = addDays(d, 1)) {
        if (isWeekend(d))
            continue;
        const WorkingHours* inForce = nullptr; // rows come by start date, undated first
        for (const WorkingHours& h : hours)
            if (!h.fromOn || *h.fromOn <= d)
                inForce = &h;
        if (inForce)
            total += inForce->minutesPerWeek / 5.0;
    }
    return total;
}

Result<Tally> tallyFor(Store& store, const Id& staffId, const Period& period)
{
    Tally t;
    for (PlacementKind k : allOf<PlacementKind>())
        t.placementsStarted[k] = 0;
    for (DischargeReason r : allOf<DischargeReason>())
        t.discharges[r] = 0;

    FN_TRY_ASSIGN(
        const auto hours, StoreInternals::select<WorkingHours>(store, "staff_id = ?", { staffId }, "from_on, id"));
    t.contractedMinutes = contractedMinutes(hours, period);

    const std::string from = formatDate(period.from);
    const std::string to = formatDate(period.to);
    FN_TRY_ASSIGN(const auto contacts,
        StoreInternals::select<Visit>(store,
            "author_id = ? AND occurred_on BETWEEN ? AND ? AND " + std::string(uncorrectedVisit), { staffId, from, to },
            "occurred_on, id"));
    for (const Visit& v : contacts) {
        if (v.contactType == ContactType::NewEmployerVisit)
            ++t.newEmployerContacts;
        if (v.participantId)
            ++t.participantContacts;
        if (!v.fieldTime)
            continue;
        if (!v.durationMin) {
            ++t.withoutDuration;
            continue;
        }
        t.fieldMinutes += *v.durationMin;
        if (isEmployerContact(v.contactType))
            t.employerFieldMinutes += *v.durationMin;
    }

    FN_TRY_ASSIGN(
        const auto participants, StoreInternals::select<Participant>(store, "specialist_id = ?", { staffId }));
    for (const Participant& p : participants) {
        const bool current = onCaseload(p, period.to);
        t.caseload += current ? 1 : 0;
        if (p.dischargedOn && *p.dischargedOn >= period.from && *p.dischargedOn <= period.to) {
            if (p.dischargeReason)
                ++t.discharges[*p.dischargeReason];
            else
                ++t.dischargesWithoutReason;
        }
        FN_TRY_ASSIGN(const auto placements,
            StoreInternals::select<Placement>(store, "participant_id = ?", { p.id }, "start_on, id"));
        bool inWork = false;
        std::optional<std::vector<Visit>> meetings; // read once, if a placement has a schedule
        for (const Placement& pl : placements) {
            if (!pl.startOn)
                continue;
            if (*pl.startOn >= period.from && *pl.startOn <= period.to)
                ++t.placementsStarted[pl.kind];
            if (pl.kind == PlacementKind::PaidJob && *pl.startOn <= period.to
                && (!pl.endedOn || *pl.endedOn >= period.to))
                inWork = true;
            if (!hasFollowUpSchedule(pl))
                continue;
            if (!meetings) {
                FN_TRY_ASSIGN(meetings, followUpContacts(store, p.id));
            }
            const auto track = trackFollowUp(*pl.startOn, followUpEndsOn(pl, p), *meetings, period.to);
            const CadenceCount c = countCadence(track, period.from, period.to);
            t.followUp.due += c.due;
            t.followUp.kept += c.kept;
        }
        t.peopleInWork += current && inWork ? 1 : 0;
    }
    return t;
}

Figures figuresFrom(const Tally& t, const Period& period, int specialists, bool team)
{
    Figures f;
    f.period = period;
    f.team = team;
    f.specialists = specialists;
    const double n = std::max(1, specialists);
    f.caseloadTotal = t.caseload;
    f.caseload = t.caseload / n;
    f.contractedMinutes = t.contractedMinutes;
    f.fieldMinutes = t.fieldMinutes;
    f.employerFieldMinutes = t.employerFieldMinutes;
    f.fieldContactsWithoutDuration = t.withoutDuration;
    if (t.contractedMinutes > 0) {
        f.outOfOfficeShare = t.fieldMinutes / t.contractedMinutes;
        f.atEmployersShare = t.employerFieldMinutes / t.contractedMinutes;
    }
    f.newEmployerContacts = t.newEmployerContacts;
    f.newEmployerContactsPerWeek = t.newEmployerContacts / period.weeks() / n;
    f.participantContacts = t.participantContacts;
    if (t.caseload > 0)
        f.contactsPerParticipant = static_cast<double>(t.participantContacts) / t.caseload;
    f.followUp = t.followUp;
    if (t.followUp.due > 0)
        f.followUpKeptShare = static_cast<double>(t.followUp.kept) / t.followUp.due;
    f.placementsStarted = t.placementsStarted;
    f.peopleInWork = t.peopleInWork;
    f.discharges = t.discharges;
    f.dischargesWithoutReason = t.dischargesWithoutReason;
    return f;
}

Status checkPeriod(const Period& period)
{
    if (!period.from.ok() || !period.to.ok() || period.to < period.from)
        return fail(ErrorCode::InvalidArgument, "The period's end is before its start. Choose the dates again.");
    return {};
}

Status checkWeeks(int weeks)
{
    if (weeks < 1 || weeks > 104)
        return fail(ErrorCode::InvalidArgument, "Choose between 1 and 104 weeks.");
    return {};
}

std::vector<Period> weeksUpTo(const Date& day, int weeks)
{
    std::vector<Period> out;
    const Period last = weekOf(day);
    for (int i = weeks - 1; i >= 0; --i)
        out.push_back({ addDays(last.from, -7 * i), addDays(last.to, -7 * i) });
    return out;
}

} // namespace

bool onCaseload(const Participant& p, const Date& day)
{
    if (p.referralOn && *p.referralOn > day)
        return false;
    if (p.dischargedOn)
        return *p.dischargedOn > day;
    return p.status != ParticipantStatus::Discharged; // discharged without a date: not on the caseload
}

Period weekOf(const Date& day)
{
    const std::chrono::weekday w { std::chrono::sys_days(day) };
    const int sinceMonday = static_cast<int>((w - std::chrono::Monday).count());
    const Date monday = addDays(day, -sinceMonday);
    return { monday, addDays(monday, 6) };
}

Period monthOf(const Date& day)
{
    const Date first { day.year(), day.month(), std::chrono::day(1) };
    return { first, addDays(addMonths(first, 1), -1) };
}

int atEmployersScore(double share)
{
    int score = 1;
    for (double floor : atEmployersBandFloors)
        if (share >= floor)
            ++score;
    return score;
}

Result<Figures> ownFigures(Store& store, const Period& period)
{
    FN_TRY(checkPeriod(period));
    if (store.role() == StaffRole::Mentor)
        return fail(ErrorCode::Unauthorized, "A mentor has no caseload, so there are no figures to show here.");
    if (store.staffId().empty())
        return fail(ErrorCode::NotInitialised, "This device has no user yet. Pair it with the office first.");
    FN_TRY_ASSIGN(const Tally t, tallyFor(store, store.staffId(), period));
    return figuresFrom(t, period, 1, false);
}

Result<Figures> teamFigures(Store& store, const Period& period)
{
    FN_TRY(checkPeriod(period));
    if (store.role() != StaffRole::Lead)
        return fail(
            ErrorCode::Unauthorized, "Team figures are for the team lead. Your own figures are under My figures.");
    FN_TRY_ASSIGN(const auto staff, StoreInternals::select<Staff>(store, "role = 'specialist'", {}, "id"));
    if (staff.empty())
        return fail(ErrorCode::NotFound,
            "There are no specialists on this device's team yet. Sync with the office, then try again.");
    Tally total;
    for (const Staff& s : staff) {
        FN_TRY_ASSIGN(const Tally t, tallyFor(store, s.id, period));
        total += t;
    }
    return figuresFrom(total, period, static_cast<int>(staff.size()), true);
}

Result<std::vector<Figures>> ownWeeklyFigures(Store& store, const Date& day, int weeks)
{
    FN_TRY(checkWeeks(weeks));
    std::vector<Figures> out;
    for (const Period& p : weeksUpTo(day, weeks)) {
        FN_TRY_ASSIGN(Figures f, ownFigures(store, p));
        out.push_back(std::move(f));
    }
    return out;
}

Result<std::vector<Figures>> teamWeeklyFigures(Store& store, const Date& day, int weeks)
{
    FN_TRY(checkWeeks(weeks));
    std::vector<Figures> out;
    for (const Period& p : weeksUpTo(day, weeks)) {
        FN_TRY_ASSIGN(Figures f, teamFigures(store, p));
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<FidelityEvidence> fidelityEvidence(const Figures& f)
{
    std::vector<FidelityEvidence> out;
    if (f.specialists > 0)
        out.push_back({ 1, f.caseload, 20, f.caseload <= 20 });
    if (f.followUpKeptShare)
        out.push_back({ 17, *f.followUpKeptShare, followUpKeptTarget, *f.followUpKeptShare >= followUpKeptTarget });
    if (f.atEmployersShare)
        out.push_back(
            { 18, *f.atEmployersShare, atEmployersBandFloors[3], atEmployersScore(*f.atEmployersShare) == 5 });
    return out;
}

} // namespace fieldnotes::core
