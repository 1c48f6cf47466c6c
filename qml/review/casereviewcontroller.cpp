#include "casereviewcontroller.h"

#include "errors.h"

namespace fieldnotes::app {

namespace {

struct Queue {
    std::vector<core::ReviewItem> items;
    core::Id me;
};

} // namespace

CaseReviewController::CaseReviewController(QObject* parent)
    : ScreenController(parent)
{
}

void CaseReviewController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
    if (isComplete())
        reload();
}

void CaseReviewController::load()
{
    fetch<Queue>(
        [participant = m_participantId.toStdString()](core::Store& store) -> core::Result<Queue> {
            Queue q;
            q.me = store.staffId();
            if (participant.empty()) {
                FN_TRY_ASSIGN(q.items, core::reviewQueue(store));
            } else {
                FN_TRY_ASSIGN(q.items, core::reviewsOf(store, participant));
            }
            return q;
        },
        [this](Queue& q) {
            m_items.setItems(std::move(q.items), q.me);
            emit itemsChanged();
        });
}

void CaseReviewController::run(std::function<core::CaseResult<void>(core::Store&)> work)
{
    change<CaseOutcome<bool>>([work](core::Store& store) { return caseOutcome(work(store)); },
        [this](core::Result<CaseOutcome<bool>>& r) {
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, "case_reviews"));
                return;
            }
            emit saved();
        });
}

void CaseReviewController::putUp(const QString& participantId, const QString& question)
{
    run([id = participantId.toStdString(), q = question.toStdString()](core::Store& store) {
        return core::putUpForReview(store, core::actorOf(store), id, q).map([](const core::Id&) {});
    });
}

void CaseReviewController::bringReflection(const QString& reflectionId, const QString& question)
{
    run([id = reflectionId.toStdString(), q = question.toStdString()](core::Store& store) {
        return core::bringReflectionToReview(store, core::actorOf(store), id, q).map([](const core::Id&) {});
    });
}

void CaseReviewController::advise(const QString& reviewId, const QString& advice)
{
    run([id = reviewId.toStdString(), a = advice.toStdString()](
            core::Store& store) { return core::adviseOnReview(store, core::actorOf(store), id, a, store.today()); });
}

void CaseReviewController::withdraw(const QString& reviewId)
{
    run([id = reviewId.toStdString()](
            core::Store& store) { return core::withdrawReview(store, core::actorOf(store), id); });
}

} // namespace fieldnotes::app
