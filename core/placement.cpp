#include "placement.h"

#include "schedule.h"
#include "storeinternals.h"

#include <cctype>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(
        actor, "the placement has a specialist who follows it", "A mentor's device cannot start or end placements.");
}

// Everything about the start that needs no store.
std::optional<CaseError> checkStart(const PlacementStart& s)
{
    if (s.percent < 1 || s.percent > 100)
        return caseRefusal(Refusal::PositionOutOfRange,
            "The position must be between 1 and 100 %. Write the share of a full-time job the person starts with.",
            "percent");
    if (s.kind == PlacementKind::PaidJob && !s.contract)
        return caseRefusal(Refusal::ContractMissing,
            "A paid job needs its contract kind: permanent, temporary or on call.", "contract");
    if (s.kind != PlacementKind::PaidJob && s.contract)
        return caseRefusal(Refusal::ContractMissing,
            "Only a paid job has a contract kind. Leave it out for a work trial or a job tasting.", "contract");
    if (s.trialEndOn && *s.trialEndOn < s.startOn)
        return caseRefusal(Refusal::DateBeforeStart,
            "The trial period cannot end before the job starts. Check the date.", "trial_end_on");
    if (s.contractEndOn && *s.contractEndOn < s.startOn)
        return caseRefusal(Refusal::DateBeforeStart, "The contract cannot end before the job starts. Check the date.",
            "contract_end_on");
    for (const PlacementMeasure& m : s.measures) {
        if (m.percent && (*m.percent < 1 || *m.percent > 100))
            return caseRefusal(
                Refusal::SubsidyOutOfRange, "A subsidy's % must be between 1 and 100. Check the subsidy.", "percent");
        if (m.hoursPerMonth && *m.hoursPerMonth < 1)
            return caseRefusal(Refusal::SubsidyOutOfRange,
                "A mentor subsidy's hours a month must be above 0. Check the subsidy.", "hours_per_month");
        const Date from = m.fromOn.value_or(s.startOn);
        if (m.toOn && *m.toOn < from)
            return caseRefusal(Refusal::DateBeforeStart,
                "The subsidy cannot end before its period starts. Check the subsidy's dates.", "to_on");
        if (m.reviewOn && *m.reviewOn < from)
            return caseRefusal(Refusal::DateBeforeStart,
                "The subsidy's review cannot be before its period starts. Check the review date.", "review_on");
    }
    const std::pair<std::string_view, std::pair<std::string_view, const std::string*>> texts[] = {
        { "title", { "job title", &s.title } },
        { "carved_tasks", { "tasks", &s.tasks } },
        { "accommodations", { "accommodations", &s.accommodations } },
    };
    for (const auto& [column, text] : texts)
        if (auto refused = checkNoNationalId(column, text.first, *text.second))
            return refused;
    return std::nullopt;
}

} // namespace

CaseResult<Id> startPlacement(Store& store, const Actor& actor, const PlacementStart& start)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    if (auto refused = checkStart(start))
        return tl::unexpected(std::move(*refused));

    Id id;
    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto participant, store.find<Participant>(start.participantId));
        if (!participant)
            return stop(caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id"));
        if (auto e = checkFollowsParticipant(actor, *participant, "start or end their placements"))
            return stop(std::move(*e));
        if (participant->status == ParticipantStatus::Discharged)
            return stop(caseRefusal(Refusal::ParticipantDischarged,
                "This participant is discharged. Take them on again before starting a job.", "participant_id"));
        FN_TRY_ASSIGN(auto employer, store.find<Employer>(start.employerId));
        if (!employer)
            return stop(caseRefusal(Refusal::EmployerNotFound,
                "There is no employer with that id in the directory on this device. Register the employer first, or "
                "check the id.",
                "employer_id"));
        if (start.workplaceId) {
            FN_TRY_ASSIGN(auto workplace, store.find<Workplace>(*start.workplaceId));
            if (!workplace || workplace->employerId != start.employerId)
                return stop(caseRefusal(Refusal::WorkplaceNotAtEmployer,
                    "That workplace does not belong to the employer. Choose one of the employer's workplaces.",
                    "workplace_id"));
        }

        Placement pl;
        pl.participantId = start.participantId;
        pl.employerId = start.employerId;
        pl.workplaceId = start.workplaceId;
        pl.kind = start.kind;
        pl.contract = start.contract;
        pl.title = trimmedText(start.title);
        pl.carvedTasks = trimmedText(start.tasks);
        pl.accommodations = trimmedText(start.accommodations);
        pl.startOn = start.startOn;
        pl.trialEndOn = start.trialEndOn;
        pl.contractEndOn = start.contractEndOn;
        FN_TRY_ASSIGN(id, store.create(pl));
        FN_TRY(store.create(PositionChange { {}, start.participantId, id, start.startOn, start.percent }));
        for (const PlacementMeasure& m : start.measures)
            FN_TRY(store.create(SupportMeasure { {}, start.participantId, id, m.kind, m.percent, m.hoursPerMonth,
                m.fromOn.value_or(start.startOn), m.toOn, m.reviewOn, {} }));
        pl.id = id;
        if (hasFollowUpSchedule(pl))
            FN_TRY(proposeFollowUp(store, id, store.today()));
        return {};
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return id;
}

CaseResult<void> endPlacement(Store& store, const Actor& actor, const Id& placementId, const PlacementEnd& end)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    const std::string reason = trimmedText(end.reason);
    const std::string learnt = trimmedText(end.learnt);
    if (reason.empty())
        return tl::unexpected(caseRefusal(Refusal::EndReasonMissing,
            "Write why the placement ended (in a few words: the contract ran out, the person chose to stop...).",
            "end_reason"));
    if (auto e = checkNoNationalId("end_reason", "reason", reason))
        return tl::unexpected(std::move(*e));
    if (auto e = checkNoNationalId("end_reason", "what was learnt", learnt))
        return tl::unexpected(std::move(*e));

    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Placement>(placementId));
        if (!found)
            return stop(caseRefusal(Refusal::PlacementNotFound,
                "There is no placement with that id on this device. Check the id (it was printed when the placement "
                "started)."));
        Placement pl = std::move(*found);
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(pl.participantId));
        if (auto e = checkFollowsParticipant(actor, participant, "start or end their placements"))
            return stop(std::move(*e));
        if (pl.endedOn)
            return stop(caseRefusal(Refusal::AlreadyEnded,
                "This placement has already ended (" + formatDate(*pl.endedOn) + "); the first end stands.",
                "ended_on"));
        if (end.endedOn > store.today())
            return stop(caseRefusal(Refusal::EndInFuture,
                "The end date is in the future. End the placement on the day it ends (today or earlier).", "ended_on"));
        if (pl.startOn && end.endedOn < *pl.startOn)
            return stop(caseRefusal(Refusal::EndBeforeStart,
                "The end date is before the placement started (" + formatDate(*pl.startOn) + "). Check the date.",
                "ended_on"));
        pl.endedOn = end.endedOn;
        pl.endReason = learnt.empty() ? reason : reason + "\n" + std::string(learntLabel) + learnt;
        return store.update(pl);
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return {};
}

Result<std::vector<PlacementRecord>> placementsOf(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(auto placements,
        StoreInternals::select<Placement>(
            store, "participant_id = ?", { participantId }, "ended_on IS NOT NULL, start_on DESC"));
    std::vector<PlacementRecord> out;
    out.reserve(placements.size());
    for (auto& p : placements) {
        PlacementRecord record { std::move(p), {}, {} };
        FN_TRY_ASSIGN(record.positions, positionHistory(store, record.placement.id));
        FN_TRY_ASSIGN(record.measures,
            StoreInternals::select<SupportMeasure>(store, "placement_id = ?", { record.placement.id }, "from_on"));
        out.push_back(std::move(record));
    }
    return out;
}

} // namespace fieldnotes::core

namespace fieldnotes::core {

namespace {

// Everything about the change that needs no store.
std::optional<CaseError> checkChange(const PlacementChange& c)
{
    if (!c.position && !c.contract && !c.trialEndOn && !c.contractEndOn && !c.tasks && !c.accommodations)
        return caseRefusal(Refusal::PlacementUnchanged,
            "Say what changed: a new position % from a day, the contract kind, the trial or contract end, the tasks "
            "or the accommodations.");
    if (c.position && (c.position->percent < 1 || c.position->percent > 100))
        return caseRefusal(Refusal::PositionOutOfRange,
            "The position must be between 1 and 100 %. Write the share of a full-time job the person works from "
            "that day.",
            "percent");
    if (c.contract == ContractType::Permanent && c.contractEndOn)
        return caseRefusal(Refusal::ContractEndOnPermanent,
            "A permanent contract has no end date. Leave the contract end out, or choose a temporary contract.",
            "contract_end_on");
    if (c.tasks)
        if (auto refused = checkNoNationalId("carved_tasks", "tasks", *c.tasks))
            return refused;
    if (c.accommodations)
        if (auto refused = checkNoNationalId("accommodations", "accommodations", *c.accommodations))
            return refused;
    return std::nullopt;
}

} // namespace

CaseResult<void> changePlacement(Store& store, const Actor& actor, const Id& placementId, const PlacementChange& change)
{
    if (auto refused = checkCaseWriter(actor, "the placement has a specialist who follows it",
            "A mentor's device cannot change placements. Tell the participant's specialist what changed."))
        return tl::unexpected(std::move(*refused));
    if (auto refused = checkChange(change))
        return tl::unexpected(std::move(*refused));

    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Placement>(placementId));
        if (!found)
            return stop(caseRefusal(Refusal::PlacementNotFound,
                "There is no placement with that id on this device. Check the id (it was printed when the placement "
                "started)."));
        Placement pl = std::move(*found);
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(pl.participantId));
        if (auto e = checkFollowsParticipant(actor, participant, "change their placements"))
            return stop(std::move(*e));
        if (participant.status == ParticipantStatus::Discharged)
            return stop(caseRefusal(Refusal::PlacementOfDischarged,
                "This participant is discharged; their placements stay as they were. Take them on again first.",
                "participant_id"));
        if (pl.endedOn)
            return stop(caseRefusal(Refusal::AlreadyEnded,
                "This placement ended on " + formatDate(*pl.endedOn)
                    + " and no longer changes. Start a new placement for the next job.",
                "ended_on"));
        const auto beforeStart = [&](const OptDate& d) { return d && pl.startOn && *d < *pl.startOn; };
        if (beforeStart(change.trialEndOn))
            return stop(caseRefusal(Refusal::DateBeforeStart,
                "The trial period cannot end before the job started (" + formatDate(*pl.startOn) + "). Check the date.",
                "trial_end_on"));
        if (beforeStart(change.contractEndOn))
            return stop(caseRefusal(Refusal::DateBeforeStart,
                "The contract cannot end before the job started (" + formatDate(*pl.startOn) + "). Check the date.",
                "contract_end_on"));
        if (change.contract && pl.kind == PlacementKind::JobTasting)
            return stop(caseRefusal(Refusal::TastingHasNoContract,
                "A job tasting has no contract. If it led to a job, end the tasting and start the job.", "contract"));
        const std::optional<ContractType> contract = change.contract ? change.contract : pl.contract;
        if (contract == ContractType::Permanent && change.contractEndOn)
            return stop(caseRefusal(Refusal::ContractEndOnPermanent,
                "The contract is permanent and has no end date. Leave the contract end out, or make the contract "
                "temporary.",
                "contract_end_on"));

        if (change.position) {
            const PlacementChange::Position& step = *change.position;
            if (beforeStart(step.fromOn))
                return stop(caseRefusal(Refusal::PositionChangeBeforeStart,
                    "The new position cannot count from before the job started (" + formatDate(*pl.startOn)
                        + "). Choose the day it changes.",
                    "from_on"));
            FN_TRY_ASSIGN(const auto history, positionHistory(store, pl.id));
            if (!history.empty()) {
                const PositionChange& last = history.back();
                if (last.fromOn && step.fromOn <= *last.fromOn)
                    return stop(caseRefusal(Refusal::PositionChangeNotAfterLast,
                        "The position was last changed to " + std::to_string(last.percent) + " % from "
                            + formatDate(*last.fromOn)
                            + ". A new position counts from a later day than that: choose the day it changes.",
                        "from_on"));
                if (last.percent == step.percent)
                    return stop(caseRefusal(Refusal::PositionUnchanged,
                        "The position is " + std::to_string(last.percent) + " % already. Write the new %.", "percent"));
            }
            FN_TRY(store.create(PositionChange { {}, pl.participantId, pl.id, step.fromOn, step.percent }));
        }

        if (change.contract) {
            if (pl.kind == PlacementKind::WorkTrial)
                pl.kind = PlacementKind::PaidJob; // the trial led to a job: the schedule goes on as it was
            pl.contract = change.contract;
            if (*change.contract == ContractType::Permanent)
                pl.contractEndOn.reset();
        }
        if (change.trialEndOn)
            pl.trialEndOn = change.trialEndOn;
        if (change.contractEndOn)
            pl.contractEndOn = change.contractEndOn;
        if (change.tasks)
            pl.carvedTasks = trimmedText(*change.tasks);
        if (change.accommodations)
            pl.accommodations = trimmedText(*change.accommodations);
        if (change.contract || change.trialEndOn || change.contractEndOn || change.tasks || change.accommodations)
            return store.update(pl);
        return {};
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return {};
}

CaseResult<void> correctPositionChange(
    Store& store, const Actor& actor, const Id& placementId, const PositionCorrection& correction)
{
    if (auto refused = checkCaseWriter(actor, "the placement has a specialist who follows it",
            "A mentor's device cannot change placements. Tell the participant's specialist what changed."))
        return tl::unexpected(std::move(*refused));
    if (!correction.fromOn && !correction.percent)
        return tl::unexpected(caseRefusal(Refusal::PlacementUnchanged,
            "Say what to correct in the last position change: its day (--from) or its % (--percent)."));
    if (correction.percent && (*correction.percent < 1 || *correction.percent > 100))
        return tl::unexpected(caseRefusal(Refusal::PositionOutOfRange,
            "The position must be between 1 and 100 %. Write the share of a full-time job the person works from "
            "that day.",
            "percent"));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Placement>(placementId));
        if (!found)
            return stop(caseRefusal(Refusal::PlacementNotFound,
                "There is no placement with that id on this device. Check the id (it was printed when the placement "
                "started)."));
        const Placement pl = std::move(*found);
        FN_TRY_ASSIGN(const Participant participant, store.get<Participant>(pl.participantId));
        if (auto e = checkFollowsParticipant(actor, participant, "change their placements"))
            return stop(std::move(*e));
        if (participant.status == ParticipantStatus::Discharged)
            return stop(caseRefusal(Refusal::PlacementOfDischarged,
                "This participant is discharged; their placements stay as they were. Take them on again first.",
                "participant_id"));
        if (pl.endedOn)
            return stop(caseRefusal(Refusal::AlreadyEnded,
                "This placement ended on " + formatDate(*pl.endedOn) + " and no longer changes.", "ended_on"));
        FN_TRY_ASSIGN(const auto history, positionHistory(store, pl.id));
        if (history.size() < 2)
            return stop(caseRefusal(Refusal::NoPositionChangeToCorrect,
                "The position has not changed since the start; there is no change to correct. Record a change with "
                "placement change."));
        PositionChange last = history.back();
        const PositionChange& before = history[history.size() - 2];
        if (correction.fromOn) {
            if (pl.startOn && *correction.fromOn < *pl.startOn)
                return stop(caseRefusal(Refusal::PositionChangeBeforeStart,
                    "The position cannot change before the job started (" + formatDate(*pl.startOn)
                        + "). Choose the day it changed.",
                    "from_on"));
            if (before.fromOn && *correction.fromOn <= *before.fromOn)
                return stop(caseRefusal(Refusal::PositionChangeNotAfterLast,
                    "The change before it set " + std::to_string(before.percent) + " % from "
                        + formatDate(*before.fromOn) + ". The corrected day comes after that day.",
                    "from_on"));
            last.fromOn = correction.fromOn;
        }
        if (correction.percent) {
            if (*correction.percent == before.percent)
                return stop(caseRefusal(Refusal::PositionUnchanged,
                    "The position was " + std::to_string(before.percent)
                        + " % before this change already. Write the % it changed to.",
                    "percent"));
            last.percent = *correction.percent;
        }
        return store.update(last);
    });
}

Result<std::vector<PositionChange>> positionHistory(Store& store, const Id& placementId)
{
    return StoreInternals::select<PositionChange>(store, "placement_id = ?", { placementId }, "from_on, id");
}

std::optional<int> positionOn(const std::vector<PositionChange>& history, const Date& day)
{
    if (history.empty())
        return std::nullopt;
    std::optional<int> percent = history.front().percent;
    for (const PositionChange& c : history)
        if (c.fromOn && *c.fromOn <= day)
            percent = c.percent;
    return percent;
}

} // namespace fieldnotes::core
