#include "mentoring.h"

#include "plans.h"
#include "storeinternals.h"

#include <algorithm>
#include <cctype>

namespace fieldnotes::core {

namespace {

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

// Natural-support entries count by their correction, like contacts.
constexpr std::string_view uncorrectedEntry
    = "NOT EXISTS (SELECT 1 FROM natural_support_entries c WHERE c.corrects_id = natural_support_entries.id)";

} // namespace

bool isAssignmentActive(const MentorAssignment& assignment, const Date& day)
{
    if (!assignment.fromOn || *assignment.fromOn > day)
        return false;
    return !assignment.toOn || *assignment.toOn >= day;
}

TalkSchedule planTalks(const MentorAssignment& assignment, std::vector<Date> talks, const Date& today)
{
    TalkSchedule s;
    s.intervalDays = assignment.talkIntervalDays;
    if (!assignment.fromOn)
        return s;
    const Date last = assignment.toOn ? std::min(*assignment.toOn, today) : today;
    std::erase_if(talks, [&](const Date& d) { return d < *assignment.fromOn || d > last; });
    std::sort(talks.begin(), talks.end());
    Date due = addDays(*assignment.fromOn, s.intervalDays);
    for (const Date& t : talks) {
        ++s.talksHeld;
        if (t <= due)
            ++s.talksOnTime;
        due = addDays(t, s.intervalDays);
        s.lastTalkOn = t;
    }
    if (s.intervalDays > 0 && isAssignmentActive(assignment, today))
        s.nextDueOn = due;
    return s;
}

Result<TalkSchedule> talkSchedule(Store& store, const MentorAssignment& assignment, const Date& today)
{
    FN_TRY_ASSIGN(auto entries,
        StoreInternals::select<NaturalSupportEntry>(store,
            "participant_id = ? AND mentor_id = ? AND kind = 'structured_talk' AND " + std::string(uncorrectedEntry),
            { assignment.participantId, assignment.mentorId }, "occurred_on"));
    std::vector<Date> talks;
    for (const auto& e : entries)
        talks.push_back(e.occurredOn);
    return planTalks(assignment, std::move(talks), today);
}

Status recordHandover(Store& store, const Id& assignmentId, const Date& on)
{
    return store.transaction([&]() -> Status {
        FN_TRY_ASSIGN(MentorAssignment a, store.get<MentorAssignment>(assignmentId));
        if (!isAssignmentActive(a, on))
            return fail(ErrorCode::InvalidArgument,
                "The mentor's assignment is not running on that date. Check its start and end dates first.");
        if (isBlank(a.mandate))
            return fail(ErrorCode::InvalidArgument,
                "Write down the mentor's mandate before handing over: what the mentor does and what stays with "
                "you.");
        FN_TRY_ASSIGN(const auto goals,
            StoreInternals::select<LearningGoal>(store, "assignment_id = ? AND status <> 'dropped'", { assignmentId }));
        if (goals.empty())
            return fail(ErrorCode::InvalidArgument,
                "Agree at least one learning goal with the participant and the mentor before handing over.");
        a.handoverOn = on;
        return store.update(a);
    });
}

Result<std::vector<MentorTraining>> trainingRecord(Store& store, const Id& mentorId)
{
    return StoreInternals::select<MentorTraining>(store, "mentor_id = ?", { mentorId }, "completed_on, id");
}

Result<std::vector<MentorSupport>> mentorSupport(Store& store, const Id& participantId, const Date& today)
{
    std::vector<MentorSupport> out;
    FN_TRY_ASSIGN(const auto assignments,
        StoreInternals::select<MentorAssignment>(store, "participant_id = ?", { participantId }, "from_on, id"));
    for (const MentorAssignment& a : assignments) {
        MentorSupport s;
        s.assignment = a;
        s.active = isAssignmentActive(a, today);
        FN_TRY_ASSIGN(const auto mentor, store.find<Mentor>(a.mentorId));
        if (mentor)
            s.mentorName = mentor->name;
        FN_TRY_ASSIGN(const auto goals,
            StoreInternals::select<LearningGoal>(store, "assignment_id = ? AND status <> 'dropped'", { a.id }));
        s.learningGoals = static_cast<int>(goals.size());
        s.learningGoalsAchieved = static_cast<int>(
            std::count_if(goals.begin(), goals.end(), [](const auto& g) { return g.status == GoalStatus::Achieved; }));
        FN_TRY_ASSIGN(const auto trainings, trainingRecord(store, a.mentorId));
        s.trainingCourses = static_cast<int>(trainings.size());
        FN_TRY_ASSIGN(const auto entries,
            StoreInternals::select<NaturalSupportEntry>(store,
                "participant_id = ? AND mentor_id = ? AND " + std::string(uncorrectedEntry),
                { participantId, a.mentorId }, "occurred_on"));
        std::vector<Date> talks;
        for (const auto& e : entries) {
            ++s.entries;
            s.minutes += e.minutes;
            s.flaggedForSpecialist += e.needsSpecialist ? 1 : 0;
            if (e.kind == SupportKind::StructuredTalk)
                talks.push_back(e.occurredOn);
        }
        s.talks = planTalks(a, std::move(talks), today);
        out.push_back(std::move(s));
    }
    return out;
}

// ---- Tapering --------------------------------------------------------------------------------------

TaperingAgreement taperingAgreement(const std::optional<Plan>& plan, const std::vector<TaperingStep>& steps)
{
    if (steps.empty() && (!plan || isBlank(plan->tapering)))
        return TaperingAgreement::NoPlan;
    const bool participant = plan && plan->agreedParticipantOn;
    const bool employer = plan && plan->agreedEmployerOn;
    if (participant && employer)
        return TaperingAgreement::Agreed;
    if (participant)
        return TaperingAgreement::AwaitingEmployer;
    if (employer)
        return TaperingAgreement::AwaitingParticipant;
    return TaperingAgreement::AwaitingBoth;
}

Result<TaperingAgreement> taperingAgreement(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(const auto plan, planOf(store, participantId));
    FN_TRY_ASSIGN(const auto steps, taperingSteps(store, participantId));
    return taperingAgreement(plan, steps);
}

Result<std::vector<TaperingStep>> taperingSteps(Store& store, const Id& participantId)
{
    return StoreInternals::select<TaperingStep>(store, "participant_id = ?", { participantId }, "from_on, id");
}

Status setTaperingPlan(Store& store, const Id& participantId, std::vector<TaperingStep> steps)
{
    std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.fromOn < b.fromOn; });
    std::optional<int> interval;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (!steps[i].fromOn)
            return fail(ErrorCode::InvalidArgument, "Every step of the tapering plan needs the date it starts.");
        if (i > 0 && steps[i].fromOn == steps[i - 1].fromOn)
            return fail(ErrorCode::InvalidArgument, "Two steps of the tapering plan start on the same day.");
        if (const auto& next = steps[i].specialistIntervalDays) {
            if (*next <= 0)
                return fail(ErrorCode::InvalidArgument, "How often the specialist meets must be a number of days.");
            if (interval && *next < *interval)
                return fail(ErrorCode::InvalidArgument,
                    "In a tapering plan the specialist comes less often over time: a later step cannot have "
                    "shorter intervals than an earlier one.");
            interval = next;
        }
    }
    return store.transaction([&]() -> Status {
        FN_TRY_ASSIGN(auto plan, planOf(store, participantId));
        if (!plan) {
            Plan fresh;
            fresh.id = participantId; // one plan per participant
            fresh.participantId = participantId;
            FN_TRY(store.create(fresh));
            plan = fresh;
        }
        FN_TRY_ASSIGN(const auto old, taperingSteps(store, participantId));
        for (const auto& s : old)
            FN_TRY(store.remove(RecordTraits<TaperingStep>::table, s.id));
        for (TaperingStep s : steps) {
            s.id.clear();
            s.participantId = participantId;
            FN_TRY(store.create(std::move(s)));
        }
        plan->agreedParticipantOn.reset();
        plan->agreedEmployerOn.reset();
        return store.update(*plan);
    });
}

Status agreeTaperingPlan(Store& store, const Id& participantId, AgreeingParty party, const Date& on)
{
    return store.transaction([&]() -> Status {
        FN_TRY_ASSIGN(auto plan, planOf(store, participantId));
        FN_TRY_ASSIGN(const auto steps, taperingSteps(store, participantId));
        if (taperingAgreement(plan, steps) == TaperingAgreement::NoPlan)
            return fail(ErrorCode::InvalidArgument, "There is no tapering plan to agree to yet. Write the plan first.");
        if (party == AgreeingParty::Participant)
            plan->agreedParticipantOn = on;
        else
            plan->agreedEmployerOn = on;
        return store.update(*plan);
    });
}

} // namespace fieldnotes::core
