// A job, work trial or job tasting at an employer: started, changed over time (position %, contract,
// dates, tasks) and ended. The app's placement form, its change and end dialogs and
// `fieldnotes-cli placement start|change|end` all call these; none of them writes placement records
// of their own.
//
// Who may do what: the specialist who follows the participant, or a team lead. A mentor's device
// does none of it (intake.h: the same rule, the same CaseError).
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

// What changed in a running placement. Only what is given changes; text is stored trimmed.
struct PlacementChange {
    // A new position % from a day: appended to the position history (position_changes). The day may
    // be ahead, as a start may: a change agreed now for next month is recorded now, and counts from
    // its day. Not before the start, and after the last change.
    struct Position {
        int percent = 0; // 1-100, not the % of the last change
        Date fromOn {};
    };
    std::optional<Position> position;
    // The contract kind. A work trial given a contract becomes a paid job (the trial led to a job);
    // a job tasting does not (end it and start the job). A permanent contract has no end date: the
    // contract end is cleared.
    std::optional<ContractType> contract;
    OptDate trialEndOn; // not before the start
    OptDate contractEndOn; // not before the start; not for a permanent contract
    std::optional<std::string> tasks; // carved_tasks; empty clears
    std::optional<std::string> accommodations; // empty clears
};

// Changes a running placement, in one transaction with change tracking. The same people as start
// and end; an ended placement and a discharged participant's placements stay as they were.
CaseResult<void> changePlacement(
    Store& store, const Actor& actor, const Id& placementId, const PlacementChange& change);

// A correction of the last position change, entered with the wrong day or %: only what is given
// changes. The same rules as the change: not before the start, after the change before it, and a %
// (1-100) other than the one before it.
struct PositionCorrection {
    OptDate fromOn;
    std::optional<int> percent;
};

// Corrects the last entry of a running placement's position history (not the start's: the history
// has a change after it), in one transaction with change tracking. The same people as a change.
CaseResult<void> correctPositionChange(
    Store& store, const Actor& actor, const Id& placementId, const PositionCorrection& correction);

// A placement's position history, oldest first: the start's % and every change after it.
Result<std::vector<PositionChange>> positionHistory(Store& store, const Id& placementId);

// The position % in force on `day`: the last change from that day or earlier; for a placement that
// has not started yet, the % it starts with. None for an empty history.
std::optional<int> positionOn(const std::vector<PositionChange>& history, const Date& day);

// Ends a placement on `end.endedOn`. An ended placement cannot be ended again. Proposed meetings
// after the end stay on record; the schedule ends with the placement (schedule.h).
CaseResult<void> endPlacement(Store& store, const Actor& actor, const Id& placementId, const PlacementEnd& end);

// How end_reason holds what was learnt: the reason, then a line that starts with this label.
inline constexpr std::string_view learntLabel = "Lært: ";

// A placement with its position history and its support measures, as the participant's page shows it.
struct PlacementRecord {
    Placement placement;
    std::vector<PositionChange> positions; // oldest first (positionHistory); the % on a day: positionOn
    std::vector<SupportMeasure> measures; // by start
};

// The participant's placements: those not ended first, then by start, latest first.
Result<std::vector<PlacementRecord>> placementsOf(Store& store, const Id& participantId);

} // namespace fieldnotes::core
