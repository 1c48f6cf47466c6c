#include "supportmeasures.h"

#include "storeinternals.h"

#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the measure has a specialist who follows it",
        "A mentor's device cannot change support measures. Tell the participant's specialist.");
}

// A later period of the same measure (same placement and kind, from a later day).
Result<bool> hasLaterPeriod(Store& store, const SupportMeasure& m)
{
    FN_TRY_ASSIGN(const auto periods,
        StoreInternals::select<SupportMeasure>(
            store, "placement_id = ? AND kind = ?", { m.placementId, std::string(codeOf(m.kind)) }, "from_on"));
    for (const SupportMeasure& other : periods)
        if (other.id != m.id && other.fromOn && m.fromOn && *other.fromOn > *m.fromOn)
            return true;
    return false;
}

CaseError superseded()
{
    return caseRefusal(Refusal::MeasureSuperseded,
        "This period of the measure has a later one. Change the latest period (the one the placement card shows).");
}

// The measure, the latest period of its kind, its placement running and its participant followed by
// the actor and not discharged. A store failure is the Status; a refusal is put in `refusal`;
// otherwise `out` and `placement` hold the measure and its placement.
Status loadMeasure(Store& store, const Actor& actor, const Id& measureId, SupportMeasure& out, Placement& placement,
    std::optional<CaseError>& refusal)
{
    FN_TRY_ASSIGN(auto found, store.find<SupportMeasure>(measureId));
    if (!found) {
        refusal = caseRefusal(Refusal::MeasureNotFound,
            "There is no support measure with that id on this device. Check the placement "
            "(fieldnotes-cli placement measure takes the placement's id and the measure's kind).");
        return {};
    }
    out = std::move(*found);
    FN_TRY_ASSIGN(placement, store.get<Placement>(out.placementId));
    FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(placement.participantId));
    if (auto e = checkFollowsParticipant(actor, participant, "change their support measures")) {
        refusal = std::move(*e);
        return {};
    }
    if (participant.status == ParticipantStatus::Discharged) {
        refusal = caseRefusal(Refusal::PlacementOfDischarged,
            "This participant is discharged; their placements and measures stay as they were. Take them on again "
            "first.",
            "participant_id");
        return {};
    }
    if (placement.endedOn) {
        refusal = caseRefusal(Refusal::AlreadyEnded,
            "This placement ended on " + formatDate(*placement.endedOn) + "; its support measures ended with it.",
            "ended_on");
        return {};
    }
    FN_TRY_ASSIGN(const bool later, hasLaterPeriod(store, out));
    if (later)
        refusal = superseded();
    return {};
}

std::optional<CaseError> checkAmounts(const std::optional<int>& percent, const std::optional<int>& hours)
{
    if (percent && (*percent < 1 || *percent > 100))
        return caseRefusal(
            Refusal::SubsidyOutOfRange, "A subsidy's % must be between 1 and 100. Check the subsidy.", "percent");
    if (hours && *hours < 1)
        return caseRefusal(Refusal::SubsidyOutOfRange,
            "A mentor subsidy's hours a month must be above 0. Check the subsidy.", "hours_per_month");
    return std::nullopt;
}

} // namespace

Result<std::optional<SupportMeasure>> latestMeasure(Store& store, const Id& placementId, SupportMeasureKind kind)
{
    FN_TRY_ASSIGN(auto periods,
        StoreInternals::select<SupportMeasure>(
            store, "placement_id = ? AND kind = ?", { placementId, std::string(codeOf(kind)) }, "from_on DESC"));
    if (periods.empty())
        return std::optional<SupportMeasure> {};
    return std::optional<SupportMeasure>(std::move(periods.front()));
}

CaseResult<void> recordMeasureReview(Store& store, const Actor& actor, const Id& measureId, const MeasureReview& review)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    if (review.heldOn > store.today())
        return tl::unexpected(caseRefusal(Refusal::ReviewInFuture,
            "The review is recorded once it was held: choose today or the day it was held. Plan a coming review as "
            "the next review date.",
            "reviewed_on"));
    if (review.nextReviewOn && *review.nextReviewOn <= review.heldOn)
        return tl::unexpected(caseRefusal(Refusal::NextReviewNotAfterHeld,
            "The next review comes after the one held (" + formatDate(review.heldOn) + "). Check the date.",
            "review_on"));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        SupportMeasure m;
        Placement pl;
        std::optional<CaseError> refusal;
        FN_TRY(loadMeasure(store, actor, measureId, m, pl, refusal));
        if (refusal)
            return stop(std::move(*refusal));
        if (m.fromOn && review.heldOn < *m.fromOn)
            return stop(caseRefusal(Refusal::DateBeforeStart,
                "The review cannot be held before the measure began (" + formatDate(*m.fromOn) + "). Check the date.",
                "reviewed_on"));
        if (m.toOn && review.heldOn > *m.toOn)
            return stop(caseRefusal(Refusal::MeasureEnded,
                "The measure ended on " + formatDate(*m.toOn)
                    + ". Record a review held while it ran, or start a new period first.",
                "reviewed_on"));
        if (m.toOn && review.nextReviewOn && *review.nextReviewOn > *m.toOn)
            return stop(caseRefusal(Refusal::ReviewAfterPeriod,
                "The measure ends on " + formatDate(*m.toOn)
                    + "; the next review must be by then. Start a new period to review later.",
                "review_on"));
        m.reviewedOn = review.heldOn;
        m.reviewOn = review.nextReviewOn;
        return store.update(m);
    });
}

CaseResult<Id> startMeasurePeriod(Store& store, const Actor& actor, const Id& measureId, const MeasurePeriod& period)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    if (auto refused = checkAmounts(period.percent, period.hoursPerMonth))
        return tl::unexpected(std::move(*refused));
    if (period.toOn && *period.toOn < period.fromOn)
        return tl::unexpected(caseRefusal(Refusal::DateBeforeStart,
            "The new period cannot end before it starts. Check the period's dates.", "to_on"));
    if (period.reviewOn && *period.reviewOn < period.fromOn)
        return tl::unexpected(caseRefusal(Refusal::DateBeforeStart,
            "The review cannot be before the new period starts. Check the review date.", "review_on"));
    if (period.reviewOn && period.toOn && *period.reviewOn > *period.toOn)
        return tl::unexpected(caseRefusal(Refusal::ReviewAfterPeriod,
            "The review must be by the end of the new period (" + formatDate(*period.toOn) + "). Check the date.",
            "review_on"));
    Id id;
    auto done = inCaseTransaction(store, [&](auto stop) -> Status {
        SupportMeasure m;
        Placement pl;
        std::optional<CaseError> refusal;
        FN_TRY(loadMeasure(store, actor, measureId, m, pl, refusal));
        if (refusal)
            return stop(std::move(*refusal));
        if (m.fromOn && period.fromOn <= *m.fromOn)
            return stop(caseRefusal(Refusal::MeasurePeriodNotAfter,
                "The current period began on " + formatDate(*m.fromOn)
                    + ". A new period starts after that day; to change the current one from its start, end it and "
                      "start again.",
                "from_on"));
        SupportMeasure next { {}, m.participantId, m.placementId, m.kind, period.percent ? period.percent : m.percent,
            period.hoursPerMonth ? period.hoursPerMonth : m.hoursPerMonth, period.fromOn, period.toOn, period.reviewOn,
            {} };
        FN_TRY_ASSIGN(id, store.create(next));
        const Date dayBefore = addDays(period.fromOn, -1);
        if (!m.toOn || *m.toOn > dayBefore) {
            m.toOn = dayBefore;
            if (m.reviewOn && *m.reviewOn > dayBefore)
                m.reviewOn.reset(); // the review moves to the new period
            return store.update(m);
        }
        return {};
    });
    if (!done)
        return tl::unexpected(std::move(done).error());
    return id;
}

CaseResult<void> endMeasureEarly(Store& store, const Actor& actor, const Id& measureId, const Date& lastDay)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        SupportMeasure m;
        Placement pl;
        std::optional<CaseError> refusal;
        FN_TRY(loadMeasure(store, actor, measureId, m, pl, refusal));
        if (refusal)
            return stop(std::move(*refusal));
        if (m.fromOn && lastDay < *m.fromOn)
            return stop(caseRefusal(Refusal::DateBeforeStart,
                "The measure cannot end before it began (" + formatDate(*m.fromOn) + "). Check the date.", "to_on"));
        if (m.toOn && lastDay >= *m.toOn)
            return stop(caseRefusal(Refusal::MeasureEndNotEarlier,
                "The measure already ends on " + formatDate(*m.toOn)
                    + ". An early end is before that day; to make it longer, start a new period.",
                "to_on"));
        m.toOn = lastDay;
        if (m.reviewOn && *m.reviewOn > lastDay)
            m.reviewOn.reset();
        return store.update(m);
    });
}

} // namespace fieldnotes::core
