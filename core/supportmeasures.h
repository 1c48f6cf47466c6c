// A running placement's support measures over time (support_measures): the wage subsidy's review
// held and the next one set, a new period with a new % (or mentor hours) from a day, and a measure
// ended early. The app's Support measure dialog on the placement card and
// `fieldnotes-cli placement measure review|period|end` call these; none of them writes
// support_measures of their own.
//
// A measure's history is its periods: each new period is a new row of the same kind from its day,
// and the period before it ends the day before (like the position history, nothing is overwritten
// but the end of the period it replaced). The latest period of a kind is the one that changes.
//
// Who may do what: the specialist who follows the participant, or a team lead (placement.h). Not on
// an ended placement, nor for a discharged participant.
#pragma once

#include "intake.h"

namespace fieldnotes::core {

// A review of the measure held on `heldOn` (today or earlier, inside the period), and the next review
// (after the one held, not after the period ends; none when no further review is planned).
struct MeasureReview {
    Date heldOn {};
    OptDate nextReviewOn;
};

// Records the review held (support_measures.reviewed_on) and sets the next review date.
CaseResult<void> recordMeasureReview(
    Store& store, const Actor& actor, const Id& measureId, const MeasureReview& review);

// A new period of the measure from `fromOn` (after the current period began; may be ahead, as a
// decision taken now for next month). The % (wage or inclusion subsidy, 1-100) and the mentor
// hours (above 0) carry over unless given.
struct MeasurePeriod {
    Date fromOn {};
    std::optional<int> percent;
    std::optional<int> hoursPerMonth;
    OptDate toOn; // not before fromOn
    OptDate reviewOn; // not before fromOn, not after toOn
};

// Starts the new period as a new measure of the same kind and ends the current one the day before
// it. Returns the new period's id.
CaseResult<Id> startMeasurePeriod(Store& store, const Actor& actor, const Id& measureId, const MeasurePeriod& period);

// Ends the measure on `lastDay`, before the end it had (any day from its start when it had none).
// A review planned after that day is cleared.
CaseResult<void> endMeasureEarly(Store& store, const Actor& actor, const Id& measureId, const Date& lastDay);

// The latest period of the placement's measure of `kind` (the one the calls above change), or none.
Result<std::optional<SupportMeasure>> latestMeasure(Store& store, const Id& placementId, SupportMeasureKind kind);

} // namespace fieldnotes::core
