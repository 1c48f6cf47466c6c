// The sync or pairing in progress, for the whole app: one at a time, outliving the screen that
// started it, so the sync screen shows its progress again when it is reopened, and how the last one
// ended, until the next one starts.
//
// It holds the Store open for the client while a call runs (StoreHost::hold: a lock waits for it
// and cancels the call), and brings the client's progress and outcome to the UI thread.
#pragma once

#include "syncclient.h"

#include <QObject>
#include <QPointer>

#include <atomic>

namespace fieldnotes::app {

class SyncActivity : public QObject {
    Q_OBJECT
public:
    // The session's activity (made on first use; it goes with the Session).
    static SyncActivity& instance();

    bool working() const { return m_working; }
    double progress() const { return m_progress; } // 0..1, or -1 while the amount is unknown
    QString statusText() const { return m_statusText; }

    // Begins a call: holds the Store and cancels the call if the session locks. False if one runs.
    bool begin(SyncClient& client);
    // The client's store access: jobs run on the store thread, in order, between other store work.
    SyncClient::StoreAccess storeAccess() const;
    // Safe from any thread: queued to the UI thread, and dropped once the call has ended.
    void report(const SyncClient::Progress& p);
    // Ends the call on the UI thread: `f` runs first (with the status to show), then the Store is released.
    void end(std::function<void(SyncActivity&)> f);
    void setStatus(const QString& text, double progress);

signals:
    void changed();

private:
    explicit SyncActivity(QObject* parent);
    void apply(const SyncClient::Progress& p);

    bool m_working = false;
    double m_progress = 0;
    QString m_statusText;
    std::atomic<int> m_call { 0 }; // which call progress belongs to; reports of an ended call are dropped
    QMetaObject::Connection m_cancelOnLock;
};

} // namespace fieldnotes::app
