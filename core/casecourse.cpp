#include "casecourse.h"

#include "storeinternals.h"

#include <algorithm>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the change has a specialist who made it",
        "A mentor's device cannot change a participant's steps, status or measure.");
}

tl::unexpected<CaseError> unexpected(CaseError e)
{
    return tl::unexpected(std::move(e));
}

// A change that takes effect on `on`: not in the future, not before the referral.
std::optional<CaseError> checkDay(const Store& store, const Participant& p, const Date& on, std::string_view what)
{
    if (on > store.today())
        return caseRefusal(Refusal::CourseChangeInFuture,
            "The day the " + std::string(what)
                + " takes effect is in the future. Record it on the day it happens (today or earlier).",
            "changed_on");
    if (p.referralOn && on < *p.referralOn)
        return caseRefusal(Refusal::CourseChangeBeforeReferral,
            "The day the " + std::string(what) + " takes effect is before the participant was referred ("
                + formatDate(*p.referralOn) + "). Check the date.",
            "changed_on");
    return std::nullopt;
}

// The last entry `matches` picks, by day and then as written.
const CourseChange* lastOf(const std::vector<CourseChange>& course, bool (*matches)(const CourseChange&))
{
    const CourseChange* last = nullptr;
    for (const CourseChange& c : course)
        if (matches(c))
            last = &c;
    return last;
}

bool changesStatus(const CourseChange& c)
{
    return c.status.has_value();
}

bool changesSteps(const CourseChange& c)
{
    return c.isSteps();
}

bool pauses(const CourseChange& c)
{
    return c.isPause();
}

// Runs `work` on the participant in one transaction, once the actor may change their course and
// they are not discharged. `work` returns a refusal, or nullopt once it has written.
template<class Work>
CaseResult<void> onParticipant(Store& store, const Actor& actor, const Id& participantId, Work work)
{
    if (auto refused = checkWriter(actor))
        return unexpected(std::move(*refused));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        FN_TRY_ASSIGN(auto found, store.find<Participant>(participantId));
        if (!found)
            return stop(caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id"));
        Participant p = std::move(*found);
        if (auto e = checkFollowsParticipant(actor, p, "change their steps, status or measure"))
            return stop(std::move(*e));
        if (p.status == ParticipantStatus::Discharged)
            return stop(caseRefusal(Refusal::CourseOfDischarged,
                "This participant is discharged: their steps, status and measure stay as they were.", "status"));
        FN_TRY_ASSIGN(const auto course, courseOf(store, p.id));
        FN_TRY_ASSIGN(std::optional<CaseError> refused, work(p, course));
        if (refused)
            return stop(std::move(*refused));
        return {};
    });
}

using Outcome = Result<std::optional<CaseError>>;

Outcome refused(CaseError e)
{
    return std::optional<CaseError>(std::move(e));
}

Outcome done()
{
    return std::optional<CaseError> {};
}

std::optional<CaseError> checkStatusTarget(ParticipantStatus status, std::string_view field)
{
    if (status == ParticipantStatus::Paused)
        return caseRefusal(Refusal::StatusHasOwnRule,
            "A pause is recorded as a pause, with its reason (fieldnotes-cli participant pause).", std::string(field));
    if (status == ParticipantStatus::Discharged)
        return caseRefusal(Refusal::StatusHasOwnRule,
            "A discharge is recorded as a discharge, with its reason (fieldnotes-cli participant discharge).",
            std::string(field));
    return std::nullopt;
}

// Not before the last entry `matches` picks.
std::optional<CaseError> checkAfterLast(const std::vector<CourseChange>& course, bool (*matches)(const CourseChange&),
    const Date& on, std::string_view what)
{
    const CourseChange* last = lastOf(course, matches);
    if (last && on < last->changedOn)
        return caseRefusal(Refusal::CourseChangeBeforeLast,
            "The last change of " + std::string(what) + " took effect on " + formatDate(last->changedOn)
                + ". A new one cannot take effect before it: check the date.",
            "changed_on");
    return std::nullopt;
}

} // namespace

Result<std::vector<CourseChange>> courseOf(Store& store, const Id& participantId)
{
    return StoreInternals::select<CourseChange>(store, "participant_id = ?", { participantId }, "changed_on, _hlc, id");
}

Result<std::optional<ParticipantStatus>> statusBeforePause(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(const Participant p, store.get<Participant>(participantId));
    if (p.status != ParticipantStatus::Paused)
        return std::optional<ParticipantStatus> {};
    FN_TRY_ASSIGN(const auto course, courseOf(store, participantId));
    const CourseChange* pause = lastOf(course, pauses);
    const CourseChange* status = lastOf(course, changesStatus);
    // Only the pause that is in force: no status entry after it.
    if (!pause || pause != status || !pause->statusBefore || *pause->statusBefore == ParticipantStatus::Paused)
        return std::optional<ParticipantStatus> {};
    return pause->statusBefore;
}

CaseResult<void> setSteps(
    Store& store, const Actor& actor, const Id& participantId, const std::set<int>& steps, const Date& on)
{
    if (steps.empty())
        return unexpected(caseRefusal(Refusal::StepsMissing,
            "Choose the steps worked on from now: at least one of 1-5 (several at once is fine).", "steps"));
    if (std::any_of(steps.begin(), steps.end(), [](int s) { return s < 1 || s > 5; }))
        return unexpected(caseRefusal(
            Refusal::StepOutOfRange, "The process has five steps: choose among 1, 2, 3, 4 and 5.", "steps"));
    return onParticipant(store, actor, participantId, [&](Participant& p, const auto& course) -> Outcome {
        if (p.steps == steps)
            return refused(caseRefusal(
                Refusal::StepsUnchanged, "These are the steps worked on already; nothing changed.", "steps"));
        if (auto e = checkDay(store, p, on, "change of steps"))
            return refused(std::move(*e));
        if (auto e = checkAfterLast(course, changesSteps, on, "steps"))
            return refused(std::move(*e));
        FN_TRY(store.append(CourseChange { {}, p.id, actor.staffId, on, steps, {}, {}, {} }));
        p.steps = steps;
        FN_TRY(store.update(p));
        return done();
    });
}

CaseResult<void> changeStatus(
    Store& store, const Actor& actor, const Id& participantId, ParticipantStatus status, const Date& on)
{
    if (auto e = checkStatusTarget(status, "status"))
        return unexpected(std::move(*e));
    return onParticipant(store, actor, participantId, [&](Participant& p, const auto& course) -> Outcome {
        if (p.status == ParticipantStatus::Paused)
            return refused(caseRefusal(Refusal::StatusWhilePaused,
                "This participant is paused. Resume them; the resume can name the status they return to.", "status"));
        if (p.status == status)
            return refused(caseRefusal(
                Refusal::StatusUnchanged, "The participant already has this status; nothing changed.", "status"));
        if (auto e = checkDay(store, p, on, "status change"))
            return refused(std::move(*e));
        if (auto e = checkAfterLast(course, changesStatus, on, "status"))
            return refused(std::move(*e));
        FN_TRY(store.append(CourseChange { {}, p.id, actor.staffId, on, {}, status, p.status, {} }));
        p.status = status;
        FN_TRY(store.update(p));
        return done();
    });
}

CaseResult<void> pauseParticipant(
    Store& store, const Actor& actor, const Id& participantId, std::string_view reason, const Date& from)
{
    const std::string why = trimmedText(reason);
    if (why.empty())
        return unexpected(
            caseRefusal(Refusal::PauseReasonMissing, "Write why the follow-up is paused, in a few words.", "reason"));
    if (auto e = checkNoNationalId("reason", "reason for the pause", why))
        return unexpected(std::move(*e));
    return onParticipant(store, actor, participantId, [&](Participant& p, const auto& course) -> Outcome {
        if (p.status == ParticipantStatus::Paused)
            return refused(
                caseRefusal(Refusal::AlreadyPaused, "This participant is paused already; the pause stands.", "status"));
        if (auto e = checkDay(store, p, from, "pause"))
            return refused(std::move(*e));
        if (auto e = checkAfterLast(course, changesStatus, from, "status"))
            return refused(std::move(*e));
        FN_TRY(
            store.append(CourseChange { {}, p.id, actor.staffId, from, {}, ParticipantStatus::Paused, p.status, why }));
        p.status = ParticipantStatus::Paused;
        FN_TRY(store.update(p));
        return done();
    });
}

CaseResult<ParticipantStatus> resumeParticipant(
    Store& store, const Actor& actor, const Id& participantId, const Date& on, std::optional<ParticipantStatus> to)
{
    if (to)
        if (auto e = checkStatusTarget(*to, "status"))
            return unexpected(std::move(*e));
    ParticipantStatus resumed = ParticipantStatus::Referred;
    auto r = onParticipant(store, actor, participantId, [&](Participant& p, const auto& course) -> Outcome {
        if (p.status != ParticipantStatus::Paused)
            return refused(caseRefusal(Refusal::NotPaused, "This participant is not paused.", "status"));
        FN_TRY_ASSIGN(const auto before, statusBeforePause(store, p.id));
        if (!to && !before)
            return refused(caseRefusal(Refusal::ResumeStatusUnknown,
                "This pause was recorded without the status before it. Say which status the participant returns to "
                "(--status).",
                "status"));
        resumed = to ? *to : *before;
        if (auto e = checkDay(store, p, on, "resume"))
            return refused(std::move(*e));
        if (const CourseChange* pause = lastOf(course, changesStatus); pause && on < pause->changedOn)
            return refused(caseRefusal(Refusal::CourseChangeBeforeLast,
                "The pause began on " + formatDate(pause->changedOn)
                    + ". The resume cannot be before it: check the date.",
                "changed_on"));
        FN_TRY(store.append(CourseChange { {}, p.id, actor.staffId, on, {}, resumed, ParticipantStatus::Paused, {} }));
        p.status = resumed;
        FN_TRY(store.update(p));
        return done();
    });
    if (!r)
        return unexpected(std::move(r).error());
    return resumed;
}

CaseResult<Id> extendMeasure(
    Store& store, const Actor& actor, const Id& participantId, const MeasureExtensionRequest& request)
{
    const std::string why = trimmedText(request.justification);
    if (why.empty())
        return unexpected(caseRefusal(Refusal::JustificationMissing,
            "Write why the measure is extended: an extension needs its justification.", "justification"));
    if (auto e = checkNoNationalId("justification", "justification", why))
        return unexpected(std::move(*e));
    const Date decided = request.decidedOn.value_or(store.today());
    if (decided > store.today())
        return unexpected(caseRefusal(Refusal::ExtensionDecidedInFuture,
            "The day the extension was decided is in the future. Record it once it is decided (today or earlier).",
            "decided_on"));
    Id id;
    auto r = onParticipant(store, actor, participantId, [&](Participant& p, const auto&) -> Outcome {
        const OptDate current = p.measureEndOn ? p.measureEndOn : p.referralOn;
        if (current && request.until <= *current)
            return refused(caseRefusal(Refusal::ExtensionNotLater,
                (p.measureEndOn ? "The measure ends on " : "The participant was referred on ") + formatDate(*current)
                    + ". The new end must be after that: check the date.",
                "new_end_on"));
        FN_TRY_ASSIGN(id, store.create(MeasureExtension { {}, p.id, decided, request.until, why }));
        p.measureEndOn = request.until;
        FN_TRY(store.update(p));
        return done();
    });
    if (!r)
        return unexpected(std::move(r).error());
    return id;
}

Result<std::optional<MeasureExtension>> latestExtension(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(auto extensions,
        StoreInternals::select<MeasureExtension>(
            store, "participant_id = ?", { participantId }, "new_end_on DESC LIMIT 1"));
    if (extensions.empty())
        return std::optional<MeasureExtension> {};
    return std::optional<MeasureExtension>(std::move(extensions.front()));
}

} // namespace fieldnotes::core
