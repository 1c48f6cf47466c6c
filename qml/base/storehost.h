// The app's one Store, on a thread of its own.
//
// A Store is single-threaded and its work (Argon2id on unlock, SQLCipher reads and fsyncs on
// writes) must never run on the UI thread. StoreHost owns a worker thread and the Store that lives
// on it; callers post work as functions of the Store and get the result back on their own thread,
// through the Qt event loop. Work runs in the order it was posted, so a draft saved before a lock
// is written before the Store is destroyed.
//
// Contract for callers:
// - `work` runs on the worker thread and must touch nothing but the Store and its own captures.
// - `done` runs on the thread of `context`, and not at all if `context` was destroyed meanwhile.
// - When no Store is open, `work` is not called and `done` receives ErrorCode::Locked.
//
// Once no work has been posted for a moment, the worker runs the store's upkeep (core/upkeep.h):
// the search-index merges and the WAL checkpoint that saves leave for idle time, one bounded step
// at a time, so a save never waits for them and work posted meanwhile waits at most one step.
#pragma once

#include "result.h"
#include "store.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace fieldnotes::app {

class StoreHost : public QObject {
    Q_OBJECT
public:
    explicit StoreHost(QObject* parent = nullptr);
    ~StoreHost() override; // closes the Store on its thread, then stops the thread

    template<class R>
    void run(
        QObject* context, std::function<core::Result<R>(core::Store&)> work, std::function<void(core::Result<R>)> done);

    // As run(), and announces `changed()` after the work succeeded, so lists can refresh.
    template<class R>
    void write(
        QObject* context, std::function<core::Result<R>(core::Store&)> work, std::function<void(core::Result<R>)> done);

    // Opens the Store (one Argon2id run, on the worker thread). The passphrase is wiped after use.
    void open(QObject* context, std::filesystem::path dir, std::string passphrase, core::StoreOptions options,
        std::function<void(core::Status)> done);
    // Destroys the Store on its thread (SQLCipher wipes its key).
    void close(QObject* context, std::function<void()> done);
    // Closes the Store, then removes it from `dir` for good (core::Store::destroy), on its thread.
    void destroy(QObject* context, std::filesystem::path dir, core::StoreOptions options,
        std::function<void(core::Status)> done);

    // Re-encrypts the open Store's case file under a new key (core::Store::rekey) on the worker
    // thread: the current passphrase is checked first (with the Store still open), then the Store is
    // closed, re-encrypted and opened again under whichever passphrase is then in force. `progress`
    // gets fractions on the caller's thread; `done` the outcome and whether a Store is open again.
    void rekey(QObject* context, std::filesystem::path dir, std::string oldPassphrase, std::string newPassphrase,
        core::StoreOptions options, std::function<void(double)> progress,
        std::function<void(core::Status, bool reopened)> done);

    // For code that drives the Store itself on the worker thread (the sync client): runs `job` there,
    // with the Store or nullptr when locked.
    void post(std::function<void(core::Store*)> job);

    // A client that drives the Store through post() over many steps (a sync) holds it open: while
    // it is held, open() and close() wait, in order, until the last hold is released, so no step
    // finds its Store gone or replaced. Call both on this object's thread; release once per hold.
    void hold();
    void release();
    bool held() const { return m_holds > 0; }

    static core::Error lockedError();

    // Tells the screens that the Store changed through post() (a sync that wrote to it).
    void announceChange() { emit changed(); }

    // How long the worker waits with no work posted before a step of upkeep; the next step follows
    // as soon as the one before it found more to do and nothing else was posted.
    static constexpr std::chrono::milliseconds defaultUpkeepDelay { 2000 };
    void setUpkeepDelay(std::chrono::milliseconds delay);

signals:
    void changed();
    // A step of upkeep ran on the worker (delivered on this object's thread).
    void tidied();

private:
    void postToWorker(std::function<void()> job);
    void upkeepStep(); // on m_thread
    void postBack(QPointer<QObject> context, std::function<void()> job, bool announceChange);

    // Runs `step` (an open or a close) now, or after the last hold is released.
    void afterHolds(std::function<void()> step);

    QThread m_thread;
    QObject* m_workerContext = nullptr; // lives on m_thread
    QTimer* m_upkeep = nullptr; // lives on m_thread; restarted after every job
    std::atomic<int> m_upkeepDelayMs { static_cast<int>(defaultUpkeepDelay.count()) };
    std::unique_ptr<core::Store> m_store; // touched only on m_thread
    int m_holds = 0;
    std::vector<std::function<void()>> m_waiting; // opens and closes waiting for the holds
};

template<class R>
void StoreHost::run(
    QObject* context, std::function<core::Result<R>(core::Store&)> work, std::function<void(core::Result<R>)> done)
{
    QPointer<QObject> guard(context);
    postToWorker([this, guard, work = std::move(work), done = std::move(done)]() {
        auto result = std::make_shared<core::Result<R>>(
            m_store ? work(*m_store) : core::Result<R>(tl::unexpected(lockedError())));
        postBack(
            guard, [result, done]() { done(std::move(*result)); }, false);
    });
}

template<class R>
void StoreHost::write(
    QObject* context, std::function<core::Result<R>(core::Store&)> work, std::function<void(core::Result<R>)> done)
{
    QPointer<QObject> guard(context);
    postToWorker([this, guard, work = std::move(work), done = std::move(done)]() {
        auto result = std::make_shared<core::Result<R>>(
            m_store ? work(*m_store) : core::Result<R>(tl::unexpected(lockedError())));
        postBack(
            guard, [result, done]() { done(std::move(*result)); }, result->has_value());
    });
}

} // namespace fieldnotes::app
