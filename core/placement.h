// A job, work trial or job tasting at an employer: started and ended. The app's placement form,
// its end dialog and `fieldnotes-cli placement start|end` all call these; none of them writes
// placement records of their own.
//
// Who may do what: the specialist who follows the participant, or a team lead. A mentor's device
// does neither (intake.h: the same rule, the same CaseError).
//
// Starting a paid job or a work trial proposes the follow-up schedule of fidelity item 17 at once
// (schedule.h: proposeFollowUp), in the same transaction as the placement: a week before the start,
// three days after, weekly in the first month, monthly in the first year.
#pragma once

#include "intake.h"

#include <vector>

namespace fieldnotes::core {

// A support measure that comes with the job (support_measures): a wage subsidy with its % , period
// and review date, a mentor subsidy with hours a month, or an inclusion subsidy.
struct PlacementMeasure {
    SupportMeasureKind kind = SupportMeasureKind::WageSubsidy;
    std::optional<int> percent; // 1-100 when given
    std::optional<int> hoursPerMonth; // above 0 when given
    OptDate fromOn; // the placement's start when not given
    OptDate toOn; // not before fromOn
    OptDate reviewOn; // not before fromOn
};

// What is known when a job starts. Text is stored trimmed.
struct PlacementStart {
    Id participantId;
    Id employerId; // required: an employer in the directory
    OptId workplaceId; // one of the employer's workplaces, if chosen
    PlacementKind kind = PlacementKind::PaidJob;
    std::optional<ContractType> contract; // required for a paid job; none for a trial or a tasting
    std::string title; // the job's name, as the employer calls it
    std::string tasks; // the tasks carved out for the person (carved_tasks)
    std::string accommodations;
    Date startOn {}; // may be in the future: a job that starts next week
    int percent = 0; // the position %, 1-100: the first entry of the position history
    OptDate trialEndOn; // not before the start
    OptDate contractEndOn; // not before the start
    std::vector<PlacementMeasure> measures;
};

// What a placement ended with. A job loss is a step in the process: what was learnt goes into the
// next search.
struct PlacementEnd {
    Date endedOn {}; // today or earlier, not before the start
    std::string reason; // required
    std::string learnt; // what the person and the specialist learnt; kept with the reason
};

// Starts a placement: the placement, its first position %, its support measures and the proposed
// follow-up meetings, written in one transaction with change tracking. Returns the placement's id.
CaseResult<Id> startPlacement(Store& store, const Actor& actor, const PlacementStart& start);

// Ends a placement on `end.endedOn`. An ended placement cannot be ended again. Proposed meetings
// after the end stay on record; the schedule ends with the placement (schedule.h).
CaseResult<void> endPlacement(Store& store, const Actor& actor, const Id& placementId, const PlacementEnd& end);

// How end_reason holds what was learnt: the reason, then a line that starts with this label.
inline constexpr std::string_view learntLabel = "Lært: ";

// A placement with its position history and its support measures, as the participant's page shows it.
struct PlacementRecord {
    Placement placement;
    std::vector<PositionChange> positions; // latest first: positions.front() is the position % now
    std::vector<SupportMeasure> measures; // by start
};

// The participant's placements: those not ended first, then by start, latest first.
Result<std::vector<PlacementRecord>> placementsOf(Store& store, const Id& participantId);

} // namespace fieldnotes::core
