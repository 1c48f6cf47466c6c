// The follow-up plan and its goals: the participant's one plan (what the cooperation is for, the
// agreed meeting schedule, the tapering plan, and the days it was agreed with the person and with
// the employer) and the goals and sub-goals that are added, changed, achieved, dropped or opened
// again. The app's Plan tab and plan form and `fieldnotes-cli plan|goal` all call these; none of
// them writes plan or goal records of their own.
//
// Who may do what: the specialist who follows the participant, or a team lead. A mentor's device
// does neither (intake.h: the same rule, the same CaseError). A discharged participant's plan and
// goals are closed: they stay on record as they were.
#pragma once

#include "intake.h"

namespace fieldnotes::core {

// A change to the plan: each field given is written, each left out stays as it is. Text is stored
// trimmed; an empty text clears the field. A day given as an empty OptDate clears the agreement.
struct PlanChange {
    std::optional<std::string> summary; // the goal of the cooperation
    std::optional<std::string> schedule; // the meetings agreed: how often, where
    std::optional<std::string> tapering; // how support moves to the mentor and colleagues
    std::optional<OptDate> agreedParticipantOn; // today or earlier
    std::optional<OptDate> agreedEmployerOn; // today or earlier
};

// Writes the participant's one plan (its id is the participant's id): creates it on the first
// write, which must say something (a summary, a schedule or a tapering plan), changes it after.
CaseResult<void> writePlan(Store& store, const Actor& actor, const Id& participantId, const PlanChange& change);

// A new goal. Text is stored trimmed.
struct GoalNew {
    Id participantId;
    std::string text; // required
    OptId parentId; // a goal of the same participant: this one is its sub-goal. Sub-goals have none.
    OptDate dueOn;
};

// Adds an open goal. Returns its id.
CaseResult<Id> addGoal(Store& store, const Actor& actor, const GoalNew& goal);

// A change to a goal's words or due day: each field given is written. An empty OptDate clears the
// due day; the text cannot be made empty.
struct GoalChange {
    std::optional<std::string> text;
    std::optional<OptDate> dueOn;
};
CaseResult<void> changeGoal(Store& store, const Actor& actor, const Id& goalId, const GoalChange& change);

// Marks a goal achieved, dropped, or open again. Setting the status it already has is refused, so
// a double tap or a repeated command says so rather than passing silently.
CaseResult<void> setGoalStatus(Store& store, const Actor& actor, const Id& goalId, GoalStatus status);

// The participant's plan, if one was written.
Result<std::optional<Plan>> planOf(Store& store, const Id& participantId);

// The participant's goals and sub-goals, as the Plan tab lists them: open ones first (by status,
// descending), then by due day (none first), then as created.
Result<std::vector<Goal>> goalsOf(Store& store, const Id& participantId);

} // namespace fieldnotes::core
