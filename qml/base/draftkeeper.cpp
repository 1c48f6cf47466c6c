#include "draftkeeper.h"

#include "session.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

namespace fieldnotes::app {

DraftKeeper::DraftKeeper(QString kind, Payload payload, ParticipantOf participant, QObject* parent)
    : QObject(parent)
    , m_kind(std::move(kind))
    , m_payload(std::move(payload))
    , m_participant(std::move(participant))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(600);
    connect(&m_pause, &QTimer::timeout, this, &DraftKeeper::saveNow);
    if (Session* s = Session::instance())
        connect(s, &Session::aboutToLock, this, [this] {
            if (m_finished)
                return;
            saveNow();
            if (!m_draftId.isEmpty())
                Session::instance()->rememberOpenDraft(m_kind, m_draftId);
        });
}

void DraftKeeper::setDraftId(const QString& id)
{
    if (id == m_draftId)
        return;
    m_draftId = id;
    emit draftIdChanged();
}

void DraftKeeper::touched()
{
    if (m_finished)
        return;
    m_dirty = true;
    m_pause.start();
}

void DraftKeeper::finish()
{
    m_finished = true;
    m_dirty = false;
    m_pause.stop();
}

void DraftKeeper::saveNow()
{
    m_pause.stop();
    Session* session = Session::instance();
    if (!m_dirty || m_finished || !session || !session->unlocked())
        return;
    if (m_draftId.isEmpty()) {
        m_draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        emit draftIdChanged();
    }
    core::Draft draft;
    draft.id = m_draftId.toStdString();
    draft.kind = m_kind.toStdString();
    const QString participant = m_participant ? m_participant() : QString();
    if (!participant.isEmpty())
        draft.participantId = participant.toStdString();
    draft.payload = QJsonDocument(m_payload()).toJson(QJsonDocument::Compact).toStdString();
    m_dirty = false;
    QPointer<DraftKeeper> self(this);
    // Not announced as a change: lists do not re-read on every pause in typing (the caseload
    // re-reads its unfinished notes when it is shown again).
    session->host().run<qint64>(
        this,
        [draft](core::Store& store) -> core::Result<qint64> {
            FN_TRY(store.saveDraft(draft));
            return store.clock().nowMs();
        },
        [self](core::Result<qint64> r) {
            if (!self)
                return;
            if (!r) {
                self->m_dirty = true; // written again with the next edit
                emit self->failed(r.error());
                return;
            }
            self->m_savedMs = *r;
            emit self->saved();
        });
}

void DraftKeeper::load(std::function<void(core::Result<QJsonObject>)> apply)
{
    Session* session = Session::instance();
    if (!session || m_draftId.isEmpty())
        return;
    const std::string id = m_draftId.toStdString();
    session->host().run<QJsonObject>(
        this,
        [id](core::Store& store) -> core::Result<QJsonObject> {
            FN_TRY_ASSIGN(const auto draft, store.draft(id));
            if (!draft)
                return core::fail(core::ErrorCode::NotFound, "The draft is no longer on this tablet.");
            return QJsonDocument::fromJson(QByteArray::fromStdString(draft->payload)).object();
        },
        std::move(apply));
}

} // namespace fieldnotes::app
