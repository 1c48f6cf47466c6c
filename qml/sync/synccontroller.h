// The sync screen: what waits to be sent (record by record), when the tablet last synced, the sync
// button with the progress of the sync in progress (SyncActivity: still shown when the screen is
// opened again), pairing from a bundle file, the conflicts inbox, and the changes the office
// refused with what the person can do about each.
//
// The network part is the sync client's (syncclient.h). Without one installed, the screen says
// that this build cannot reach the office, and shows everything the store itself knows.
#pragma once

#include "conflictsmodel.h"
#include "outboxmodels.h"
#include "screencontroller.h"
#include "syncclient.h"

#include <QUrl>

namespace fieldnotes::app {

class SyncController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY summaryChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY summaryChanged)
    // Records waiting to be sent; the list shows the oldest of them (waiting.count).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY summaryChanged)
    Q_PROPERTY(QString waitingMoreText READ waitingMoreText NOTIFY summaryChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY summaryChanged)
    Q_PROPERTY(bool paired READ paired NOTIFY summaryChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY summaryChanged)
    Q_PROPERTY(bool working READ working NOTIFY workingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged)
    Q_PROPERTY(fieldnotes::app::ConflictsModel* conflicts READ conflicts CONSTANT)
    Q_PROPERTY(fieldnotes::app::WaitingModel* waiting READ waiting CONSTANT)
    Q_PROPERTY(fieldnotes::app::RefusedModel* refused READ refused CONSTANT)

public:
    explicit SyncController(QObject* parent = nullptr);

    bool available() const { return syncClient() != nullptr; }
    int pendingCount() const { return static_cast<int>(m_pending); }
    QString pendingText() const;
    int waitingCount() const { return static_cast<int>(m_waitingCount); }
    QString waitingMoreText() const;
    QString lastSyncText() const;
    bool paired() const { return m_paired; }
    int conflictCount() const { return m_conflictCount; }
    bool working() const;
    double progress() const; // 0..1, or -1 while the amount is unknown
    QString statusText() const;
    ConflictsModel* conflicts() { return &m_conflicts; }
    WaitingModel* waiting() { return &m_waiting; }
    RefusedModel* refused() { return &m_refused; }

    Q_INVOKABLE void sync();
    Q_INVOKABLE void pairFromBundle(const QUrl& bundle);
    // "kept": keep the value in the record now; "other": take the value set aside.
    Q_INVOKABLE void resolve(const QString& conflictId, const QString& choice);
    // Removes a refused change from the list (what was typed leaves the tablet with it).
    Q_INVOKABLE void dismissRefused(const QString& refusedId);

signals:
    void summaryChanged();
    void workingChanged();
    void progressChanged();

protected:
    void load() override;

private:
    std::int64_t m_pending = 0;
    std::int64_t m_waitingCount = 0;
    std::optional<std::int64_t> m_lastSyncMs;
    bool m_paired = false;
    int m_conflictCount = 0;
    bool m_working = false;
    QString m_unavailableText;
    ConflictsModel m_conflicts;
    WaitingModel m_waiting;
    RefusedModel m_refused;
};

} // namespace fieldnotes::app
