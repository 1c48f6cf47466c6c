// The sync screen: what waits to be sent, when the tablet last synced, the sync button with its
// progress, pairing from a bundle file, and the conflicts inbox.
//
// The network part is the sync client's (syncclient.h). Without one installed, the screen says
// that this build cannot reach the office, and shows everything the store itself knows.
#pragma once

#include "conflictsmodel.h"
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
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY summaryChanged)
    Q_PROPERTY(bool paired READ paired NOTIFY summaryChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY summaryChanged)
    Q_PROPERTY(bool working READ working NOTIFY workingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged)
    Q_PROPERTY(fieldnotes::app::ConflictsModel* conflicts READ conflicts CONSTANT)

public:
    explicit SyncController(QObject* parent = nullptr);

    bool available() const { return syncClient() != nullptr; }
    int pendingCount() const { return static_cast<int>(m_pending); }
    QString pendingText() const;
    QString lastSyncText() const;
    bool paired() const { return m_paired; }
    int conflictCount() const { return m_conflictCount; }
    bool working() const { return m_working; }
    double progress() const { return m_progress; } // 0..1, or -1 while the amount is unknown
    QString statusText() const { return m_statusText; }
    ConflictsModel* conflicts() { return &m_conflicts; }

    Q_INVOKABLE void sync();
    Q_INVOKABLE void pairFromBundle(const QUrl& bundle);
    // "kept": keep the value in the record now; "other": take the value set aside.
    Q_INVOKABLE void resolve(const QString& conflictId, const QString& choice);

signals:
    void summaryChanged();
    void workingChanged();
    void progressChanged();

protected:
    void load() override;

private:
    void setWorking(bool working);
    void onProgress(const SyncClient::Progress& p);

    std::int64_t m_pending = 0;
    std::optional<std::int64_t> m_lastSyncMs;
    bool m_paired = false;
    int m_conflictCount = 0;
    bool m_working = false;
    double m_progress = 0;
    QString m_statusText;
    ConflictsModel m_conflicts;
};

} // namespace fieldnotes::app
