#include "plans.h"

#include "storeinternals.h"

#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the plan has a specialist who follows it",
        "A mentor's device cannot write a participant's plan or goals.");
}

// The participant, followed by the actor and not discharged; or why not.
Result<std::optional<CaseError>> checkParticipant(Store& store, const Actor& actor, const Id& participantId)
{
    FN_TRY_ASSIGN(auto participant, store.find<Participant>(participantId));
    if (!participant)
        return std::optional<CaseError>(caseRefusal(Refusal::NotFound,
            "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
            "participant_id"));
    if (auto e = checkFollowsParticipant(actor, *participant, "write their plan and goals"))
        return e;
    if (participant->status == ParticipantStatus::Discharged)
        return std::optional<CaseError>(caseRefusal(Refusal::PlanOfDischarged,
            "This participant is discharged: their plan and goals are closed as they were. Take them on again to "
            "plan anew.",
            "participant_id"));
    return std::optional<CaseError> {};
}

// Runs `work` in one transaction; a refusal it returns rolls the transaction back.
template<class F> CaseResult<void> inTransaction(Store& store, F&& work)
{
    return inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(std::optional<CaseError> refused, work());
        if (refused)
            return stop(std::move(*refused));
        return {};
    });
}

std::optional<CaseError> checkGoalText(const std::string& text)
{
    if (text.empty())
        return caseRefusal(Refusal::GoalTextMissing, "Write the goal, in the person's own words if you can.", "text");
    return checkNoNationalId("text", "goal", text);
}

using Refused = Result<std::optional<CaseError>>;

} // namespace

Result<std::optional<Plan>> planOf(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(auto plans, StoreInternals::select<Plan>(store, "participant_id = ?", { participantId }));
    if (plans.empty())
        return std::optional<Plan> {};
    return std::optional<Plan>(std::move(plans.front()));
}

CaseResult<void> writePlan(Store& store, const Actor& actor, const Id& participantId, const PlanChange& change)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    const std::pair<std::string_view, std::pair<std::string_view, const std::optional<std::string>*>> texts[] = {
        { "summary", { "goal of the cooperation", &change.summary } },
        { "schedule", { "schedule", &change.schedule } },
        { "tapering", { "tapering plan", &change.tapering } },
    };
    for (const auto& [column, text] : texts)
        if (*text.second)
            if (auto refused = checkNoNationalId(column, text.first, **text.second))
                return tl::unexpected(std::move(*refused));
    const std::pair<std::string_view, const std::optional<OptDate>*> days[] = {
        { "agreed_participant_on", &change.agreedParticipantOn },
        { "agreed_employer_on", &change.agreedEmployerOn },
    };
    for (const auto& [column, day] : days)
        if (*day && **day && ***day > store.today())
            return tl::unexpected(caseRefusal(Refusal::AgreedInFuture,
                "The day the plan was agreed is in the future. Choose the day it was agreed: today or earlier.",
                std::string(column)));

    return inTransaction(store, [&]() -> Refused {
        FN_TRY_ASSIGN(auto refused, checkParticipant(store, actor, participantId));
        if (refused)
            return refused;
        FN_TRY_ASSIGN(auto found, planOf(store, participantId));
        Plan plan;
        if (found)
            plan = std::move(*found);
        if (change.summary)
            plan.summary = trimmedText(*change.summary);
        if (change.schedule)
            plan.schedule = trimmedText(*change.schedule);
        if (change.tapering)
            plan.tapering = trimmedText(*change.tapering);
        if (change.agreedParticipantOn)
            plan.agreedParticipantOn = *change.agreedParticipantOn;
        if (change.agreedEmployerOn)
            plan.agreedEmployerOn = *change.agreedEmployerOn;
        if (found) {
            FN_TRY(store.update(plan));
            return std::optional<CaseError> {};
        }
        if (plan.summary.empty() && plan.schedule.empty() && plan.tapering.empty())
            return std::optional<CaseError>(caseRefusal(Refusal::PlanEmpty,
                "A new plan says something: write the goal of the cooperation, the schedule or the tapering plan.",
                "summary"));
        plan.id = participantId; // one plan per participant
        plan.participantId = participantId;
        FN_TRY(store.create(plan));
        return std::optional<CaseError> {};
    });
}

CaseResult<Id> addGoal(Store& store, const Actor& actor, const GoalNew& goal)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    Goal g;
    g.participantId = goal.participantId;
    g.text = trimmedText(goal.text);
    g.dueOn = goal.dueOn;
    g.status = GoalStatus::Open;
    if (auto refused = checkGoalText(g.text))
        return tl::unexpected(std::move(*refused));

    Id id;
    auto done = inTransaction(store, [&]() -> Refused {
        FN_TRY_ASSIGN(auto refused, checkParticipant(store, actor, goal.participantId));
        if (refused)
            return refused;
        if (goal.parentId) {
            FN_TRY_ASSIGN(auto parent, store.find<Goal>(*goal.parentId));
            if (!parent || parent->participantId != goal.participantId)
                return std::optional<CaseError>(caseRefusal(Refusal::ParentGoalNotFound,
                    "There is no goal with that id in this participant's plan. Choose one of their goals as the "
                    "parent.",
                    "parent_id"));
            if (parent->parentId)
                return std::optional<CaseError>(caseRefusal(Refusal::SubGoalUnderSubGoal,
                    "That goal is itself a sub-goal. Add the new goal under its main goal instead.", "parent_id"));
            g.parentId = goal.parentId;
        }
        FN_TRY_ASSIGN(id, store.create(g));
        return std::optional<CaseError> {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

namespace {

// The goal, on a participant the actor may write for; or why not.
Result<std::optional<CaseError>> findGoal(Store& store, const Actor& actor, const Id& goalId, Goal& goal)
{
    FN_TRY_ASSIGN(auto found, store.find<Goal>(goalId));
    if (!found)
        return std::optional<CaseError>(caseRefusal(Refusal::GoalNotFound,
            "There is no goal with that id on this device. Check the id (it was printed when the goal was added)."));
    goal = std::move(*found);
    return checkParticipant(store, actor, goal.participantId);
}

} // namespace

CaseResult<void> changeGoal(Store& store, const Actor& actor, const Id& goalId, const GoalChange& change)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    std::optional<std::string> text;
    if (change.text) {
        text = trimmedText(*change.text);
        if (auto refused = checkGoalText(*text))
            return tl::unexpected(std::move(*refused));
    }
    return inTransaction(store, [&]() -> Refused {
        Goal goal;
        FN_TRY_ASSIGN(auto refused, findGoal(store, actor, goalId, goal));
        if (refused)
            return refused;
        if (text)
            goal.text = *text;
        if (change.dueOn)
            goal.dueOn = *change.dueOn;
        FN_TRY(store.update(goal));
        return std::optional<CaseError> {};
    });
}

CaseResult<void> setGoalStatus(Store& store, const Actor& actor, const Id& goalId, GoalStatus status)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    return inTransaction(store, [&]() -> Refused {
        Goal goal;
        FN_TRY_ASSIGN(auto refused, findGoal(store, actor, goalId, goal));
        if (refused)
            return refused;
        if (goal.status == status)
            return std::optional<CaseError>(caseRefusal(Refusal::GoalStatusUnchanged,
                status == GoalStatus::Achieved      ? "This goal is already marked achieved."
                    : status == GoalStatus::Dropped ? "This goal is already dropped."
                                                    : "This goal is already open.",
                "status"));
        goal.status = status;
        FN_TRY(store.update(goal));
        return std::optional<CaseError> {};
    });
}

Result<std::vector<Goal>> goalsOf(Store& store, const Id& participantId)
{
    return StoreInternals::select<Goal>(store, "participant_id = ?", { participantId }, "status DESC, due_on, id");
}

} // namespace fieldnotes::core
