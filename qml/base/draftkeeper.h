// Keeps a form's draft on this tablet as it is typed, so nothing typed is lost.
//
// The owning form calls touched() after every edit; the draft is written after a short pause,
// at once by saveNow(), and before the tablet locks (when the form also asks to be reopened after
// unlocking). A new draft gets its id on the first save. finish() stops all saving once the form
// is finalized or discarded. Drafts stay on this device: they are never synced.
// The owner calls saveNow() in its own destructor, while the fields the payload reads still exist.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fieldnotes::app {

class DraftKeeper : public QObject {
    Q_OBJECT
public:
    using Payload = std::function<QJsonObject()>;
    using ParticipantOf = std::function<QString()>;

    DraftKeeper(QString kind, Payload payload, ParticipantOf participant, QObject* parent = nullptr);

    QString kind() const { return m_kind; }
    QString draftId() const { return m_draftId; }
    void setDraftId(const QString& id); // resuming an existing draft
    bool dirty() const { return m_dirty; }
    bool finished() const { return m_finished; }
    qint64 savedMs() const { return m_savedMs; }

    void touched();
    void saveNow();
    void finish();
    // Reads the draft's payload (NotFound if it is gone) and hands it to `apply` on this thread.
    void load(std::function<void(core::Result<QJsonObject>)> apply);

signals:
    void draftIdChanged();
    void saved();
    void failed(const core::Error& error);

private:
    QString m_kind;
    Payload m_payload;
    ParticipantOf m_participant;
    QString m_draftId;
    QTimer m_pause;
    bool m_dirty = false;
    bool m_finished = false;
    qint64 m_savedMs = 0;
};

} // namespace fieldnotes::app
