#include "casereview.h"

#include "reflection.h"
#include "storeinternals.h"

#include <functional>
#include <utility>

namespace fieldnotes::core {

namespace {

std::optional<CaseError> checkWriter(const Actor& actor)
{
    return checkCaseWriter(actor, "the case review knows who asked",
        "A mentor's device has no case review. Tell the participant's specialist what you would like discussed.");
}

CaseError reviewNotFound()
{
    return caseRefusal(Refusal::ReviewNotFound,
        "There is no such item in the case review's queue on this device. Check the id (fieldnotes-cli review "
        "list), or sync: it may have been put up on another tablet.");
}

// The open item (not discussed, not withdrawn) about the participant or the reflection entry.
Result<std::optional<CaseReview>> openItem(Store& store, std::string_view column, const Id& id)
{
    FN_TRY_ASSIGN(auto found,
        StoreInternals::select<CaseReview>(store,
            std::string(column) + " = ? AND advised_on IS NULL AND withdrawn_on IS NULL", { Value(id) },
            "asked_on, id LIMIT 1"));
    if (found.empty())
        return std::optional<CaseReview> {};
    return std::optional<CaseReview>(std::move(found.front()));
}

CaseResult<Id> created(Store& store, CaseReview review, std::string_view column, const Id& about,
    const std::function<std::optional<CaseError>()>& check)
{
    Id id;
    auto written = inCaseTransaction(store, [&](auto stop) -> Status {
        if (auto refused = check())
            return stop(std::move(*refused));
        FN_TRY_ASSIGN(const auto open, openItem(store, column, about));
        if (open)
            return stop(caseRefusal(Refusal::AlreadyUpForReview,
                "This is in the case review's queue already, put up on " + formatDate(open->askedOn)
                    + " and not yet discussed. Add to that question at the review, or withdraw it first.",
                std::string(column)));
        FN_TRY_ASSIGN(id, store.create(std::move(review)));
        return {};
    });
    if (!written)
        return tl::unexpected(std::move(written).error());
    return id;
}

// The item `reviewId`, or why it cannot be changed (withdrawn, or discussed already).
CaseResult<CaseReview> stillOpen(Store& store, const Id& reviewId)
{
    auto found = store.find<CaseReview>(reviewId);
    if (!found)
        return tl::unexpected(CaseError { Refusal::StoreFailed, {}, std::move(found).error() });
    if (!*found)
        return tl::unexpected(reviewNotFound());
    CaseReview r = std::move(**found);
    if (r.withdrawnOn)
        return tl::unexpected(caseRefusal(Refusal::ReviewWithdrawn,
            "This item was withdrawn on " + formatDate(*r.withdrawnOn)
                + " and is no longer in the queue. Put the participant up again if it is still a question.",
            "withdrawn_on"));
    if (r.advisedOn)
        return tl::unexpected(caseRefusal(Refusal::ReviewDiscussed,
            "This item was discussed on " + formatDate(*r.advisedOn)
                + " and its advice stands. Put it up again for a new question.",
            "advised_on"));
    return r;
}

// The reflection entry `id` as it reads now: the last correction of it, or nullopt when deleted.
Result<std::optional<Reflection>> currentReflection(Store& store, Id id)
{
    FN_TRY_ASSIGN(auto entry, store.find<Reflection>(id));
    if (!entry)
        return std::optional<Reflection> {};
    for (int guard = 0; guard < 1000; ++guard) {
        FN_TRY_ASSIGN(auto next,
            StoreInternals::select<Reflection>(
                store, "corrects_id = ?", { Value(entry->id) }, "_hlc DESC, id LIMIT 1"));
        if (next.empty())
            break;
        entry = std::move(next.front());
    }
    if (entry->situation.empty())
        return std::optional<Reflection> {};
    return entry;
}

Result<std::string> staffName(Store& store, const OptId& id)
{
    if (!id)
        return std::string();
    FN_TRY_ASSIGN(auto s, store.find<Staff>(*id));
    return s ? s->name : std::string();
}

Result<ReviewItem> itemOf(Store& store, CaseReview r)
{
    ReviewItem item;
    FN_TRY_ASSIGN(item.askedByName, staffName(store, OptId(r.askedBy)));
    FN_TRY_ASSIGN(item.advisedByName, staffName(store, r.advisedBy));
    if (r.participantId) {
        FN_TRY_ASSIGN(auto p, store.find<Participant>(*r.participantId));
        if (p)
            item.participantName = p->displayName;
    }
    if (r.reflectionId) {
        FN_TRY_ASSIGN(auto entry, currentReflection(store, *r.reflectionId));
        item.reflectionGone = !entry;
        if (entry) {
            item.reflectionSituation = entry->situation;
            item.reflectionStep = entry->step;
            item.reflectionTheme = entry->theme;
        }
    }
    item.review = std::move(r);
    return item;
}

Result<std::vector<ReviewItem>> itemsOf(Store& store, std::vector<CaseReview> rows)
{
    std::vector<ReviewItem> out;
    out.reserve(rows.size());
    for (CaseReview& r : rows) {
        FN_TRY_ASSIGN(ReviewItem item, itemOf(store, std::move(r)));
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace

CaseResult<Id> putUpForReview(Store& store, const Actor& actor, const Id& participantId, std::string_view question)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    CaseReview r;
    r.participantId = participantId;
    r.askedBy = actor.staffId;
    r.askedOn = store.today();
    r.question = trimmedText(question);
    if (r.question.empty())
        return tl::unexpected(caseRefusal(Refusal::QuestionMissing,
            "Write what you want to discuss at the case review, in a sentence or two.", "question"));
    if (auto e = checkNoNationalId("question", "question", r.question))
        return tl::unexpected(std::move(*e));
    return created(store, std::move(r), "participant_id", participantId, [&]() -> std::optional<CaseError> {
        auto found = store.find<Participant>(participantId);
        if (!found)
            return CaseError { Refusal::StoreFailed, {}, std::move(found).error() };
        if (!*found)
            return caseRefusal(Refusal::NotFound,
                "There is no participant with that id on this device. Check the id (fieldnotes-cli list).",
                "participant_id");
        if (auto e = checkFollowsParticipant(actor, **found, "put them up for the case review"))
            return e;
        if ((*found)->status == ParticipantStatus::Discharged)
            return caseRefusal(Refusal::ParticipantDischarged,
                "This participant is discharged. Bring what you learnt to the review as a reflection entry instead.",
                "participant_id");
        return std::nullopt;
    });
}

CaseResult<Id> bringReflectionToReview(
    Store& store, const Actor& actor, const Id& reflectionId, std::string_view question)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    CaseReview r;
    r.reflectionId = reflectionId;
    r.askedBy = actor.staffId;
    r.askedOn = store.today();
    r.question = trimmedText(question);
    if (auto e = checkNoNationalId("question", "question", r.question))
        return tl::unexpected(std::move(*e));
    if (auto named = checkNamesNoParticipant(store, "question", "question", r.question); !named)
        return tl::unexpected(std::move(named).error());
    return created(store, std::move(r), "reflection_id", reflectionId, [&]() -> std::optional<CaseError> {
        auto found = StoreInternals::select<Reflection>(store,
            "id = ? AND situation <> '' AND NOT EXISTS (SELECT 1 FROM reflections c WHERE c.corrects_id = "
            "reflections.id)",
            { Value(reflectionId) });
        if (!found)
            return CaseError { Refusal::StoreFailed, {}, std::move(found).error() };
        if (found->empty())
            return caseRefusal(Refusal::ReflectionNotFound,
                "There is no such entry in your reflection log on this device, or it was changed or deleted since. "
                "Open the log again (fieldnotes-cli reflection list).",
                "reflection_id");
        if (found->front().authorId != actor.staffId)
            return caseRefusal(Refusal::NotAllowed,
                "Only the person who wrote an entry in the reflection log brings it to the case review.");
        return std::nullopt;
    });
}

CaseResult<void> adviseOnReview(
    Store& store, const Actor& actor, const Id& reviewId, std::string_view advice, const Date& on)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    if (actor.role != StaffRole::Lead)
        return tl::unexpected(caseRefusal(Refusal::NotAllowed,
            "Only the team lead records the advice given at the case review. Ask your lead to record it."));
    const std::string text = trimmedText(advice);
    if (text.empty())
        return tl::unexpected(caseRefusal(Refusal::AdviceMissing,
            "Write the advice the review gave, in a sentence or two: it reaches the specialist who asked.", "advice"));
    if (auto e = checkNoNationalId("advice", "advice", text))
        return tl::unexpected(std::move(*e));
    if (on > store.today())
        return tl::unexpected(caseRefusal(Refusal::AdviceInFuture,
            "The review's day is in the future. Record the advice on the day it was given (today or earlier).",
            "advised_on"));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        auto open = stillOpen(store, reviewId);
        if (!open)
            return stop(std::move(open).error());
        CaseReview r = std::move(*open);
        if (on < r.askedOn)
            return stop(caseRefusal(Refusal::AdviceBeforeAsked,
                "The item was put up on " + formatDate(r.askedOn)
                    + "; the advice cannot be from before that. Check the day of the review.",
                "advised_on"));
        if (r.reflectionId) {
            // Advice on a reflection entry goes with the reflection log: never tied to a person.
            if (auto named = checkNamesNoParticipant(store, "advice", "advice", text); !named)
                return stop(std::move(named).error());
        }
        r.advice = text;
        r.advisedBy = actor.staffId;
        r.advisedOn = on;
        return store.update(r);
    });
}

CaseResult<void> withdrawReview(Store& store, const Actor& actor, const Id& reviewId)
{
    if (auto refused = checkWriter(actor))
        return tl::unexpected(std::move(*refused));
    return inCaseTransaction(store, [&](auto stop) -> Status {
        auto open = stillOpen(store, reviewId);
        if (!open)
            return stop(std::move(open).error());
        CaseReview r = std::move(*open);
        if (r.askedBy != actor.staffId)
            return stop(caseRefusal(Refusal::NotAllowed,
                "Only the person who put the item up withdraws it. Ask them, or leave it for the review."));
        r.withdrawnOn = store.today();
        return store.update(r);
    });
}

Result<std::vector<ReviewItem>> reviewQueue(Store& store)
{
    FN_TRY_ASSIGN(auto rows,
        StoreInternals::select<CaseReview>(store, "withdrawn_on IS NULL", {},
            "advised_on IS NOT NULL, CASE WHEN advised_on IS NULL THEN asked_on END DESC, advised_on DESC, _hlc DESC, "
            "id"));
    return itemsOf(store, std::move(rows));
}

Result<std::vector<ReviewItem>> reviewsOf(Store& store, const Id& participantId)
{
    FN_TRY_ASSIGN(auto rows,
        StoreInternals::select<CaseReview>(store, "participant_id = ? AND withdrawn_on IS NULL",
            { Value(participantId) }, "asked_on DESC, _hlc DESC, id"));
    return itemsOf(store, std::move(rows));
}

} // namespace fieldnotes::core
