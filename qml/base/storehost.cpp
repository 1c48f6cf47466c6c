#include "storehost.h"

#include "secret.h"
#include "upkeep.h"

#include <QCoreApplication>
#include <QTimer>

namespace fieldnotes::app {

StoreHost::StoreHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("fieldnotes-store"));
    m_workerContext = new QObject;
    m_workerContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_workerContext, &QObject::deleteLater);
    m_upkeep = new QTimer;
    m_upkeep->setSingleShot(true);
    m_upkeep->moveToThread(&m_thread);
    connect(m_upkeep, &QTimer::timeout, m_workerContext, [this] { upkeepStep(); });
    m_thread.start();
}

StoreHost::~StoreHost()
{
    // Runs after everything already posted; the Store is destroyed on the thread that used it.
    QMetaObject::invokeMethod(
        m_workerContext,
        [this] {
            delete m_upkeep; // stopped on its own thread
            m_upkeep = nullptr;
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

core::Error StoreHost::lockedError()
{
    return core::Error { core::ErrorCode::Locked, "The case store is locked. Unlock it and try again.", {} };
}

void StoreHost::setUpkeepDelay(std::chrono::milliseconds delay)
{
    m_upkeepDelayMs = static_cast<int>(delay.count());
}

void StoreHost::postToWorker(std::function<void()> job)
{
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, job = std::move(job)] {
            job();
            if (m_upkeep)
                m_upkeep->start(m_upkeepDelayMs.load());
        },
        Qt::QueuedConnection);
}

void StoreHost::upkeepStep()
{
    if (!m_store)
        return;
    // A failed step loses nothing saved; the next idle moment tries again.
    const auto more = core::upkeep(*m_store);
    QMetaObject::invokeMethod(
        this, [this] { emit tidied(); }, Qt::QueuedConnection);
    // More to merge: the next step as soon as the worker has nothing else to do.
    if (more && *more && m_upkeep)
        m_upkeep->start(0);
}

void StoreHost::postBack(QPointer<QObject> context, std::function<void()> job, bool announceChange)
{
    // Delivered through this object (which outlives every job); `context` is only dereferenced on
    // its own thread, where it cannot be destroyed concurrently.
    QMetaObject::invokeMethod(
        this,
        [this, context, job = std::move(job), announceChange]() {
            if (context)
                job();
            if (announceChange)
                emit changed();
        },
        Qt::QueuedConnection);
}

void StoreHost::open(QObject* context, std::filesystem::path dir, std::string passphrase, core::StoreOptions options,
    std::function<void(core::Status)> done)
{
    QPointer<QObject> guard(context);
    auto secret = std::make_shared<std::string>(std::move(passphrase));
    afterHolds([this, guard, dir = std::move(dir), secret, options, done = std::move(done)]() mutable {
        postToWorker([this, guard, dir = std::move(dir), secret, options, done = std::move(done)]() {
            m_store.reset();
            auto opened = core::Store::open(dir, *secret, options);
            core::wipeString(*secret);
            core::Status status;
            if (opened)
                m_store = std::move(*opened);
            else
                status = tl::unexpected(opened.error());
            postBack(
                guard, [status, done]() { done(status); }, false);
        });
    });
}

void StoreHost::close(QObject* context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    afterHolds([this, guard, done = std::move(done)]() mutable {
        postToWorker([this, guard, done = std::move(done)]() {
            m_store.reset();
            postBack(guard, done, false);
        });
    });
}

void StoreHost::destroy(
    QObject* context, std::filesystem::path dir, core::StoreOptions options, std::function<void(core::Status)> done)
{
    QPointer<QObject> guard(context);
    afterHolds([this, guard, dir = std::move(dir), options, done = std::move(done)]() mutable {
        postToWorker([this, guard, dir = std::move(dir), options, done = std::move(done)]() {
            m_store.reset();
            const core::Status status = core::Store::destroy(dir, options);
            postBack(
                guard, [status, done]() { done(status); }, false);
        });
    });
}

void StoreHost::rekey(QObject* context, std::filesystem::path dir, std::string oldPassphrase, std::string newPassphrase,
    core::StoreOptions options, std::function<void(double)> progress,
    std::function<void(core::Status, bool reopened)> done)
{
    QPointer<QObject> guard(context);
    auto oldSecret = std::make_shared<std::string>(std::move(oldPassphrase));
    auto newSecret = std::make_shared<std::string>(std::move(newPassphrase));
    afterHolds([this, guard, dir = std::move(dir), oldSecret, newSecret, options, progress = std::move(progress),
                   done = std::move(done)]() mutable {
        postToWorker([this, guard, dir = std::move(dir), oldSecret, newSecret, options, progress = std::move(progress),
                         done = std::move(done)]() {
            core::Status status = core::Store::checkPassphrase(dir, *oldSecret, options);
            if (status) {
                m_store.reset();
                status = core::Store::rekey(dir, *oldSecret, *newSecret, options, [&](const core::RekeyProgress& p) {
                    postBack(
                        guard, [progress, f = p.fraction] { progress(f); }, false);
                });
                // The new passphrase is in force once the rekey is staged, done or not.
                const auto state = core::Store::keyState(dir, options);
                const bool renewed = status || (state && state->rekeyPending);
                auto reopened = core::Store::open(dir, renewed ? *newSecret : *oldSecret, options);
                if (reopened)
                    m_store = std::move(*reopened);
                else if (status)
                    status = tl::unexpected(reopened.error());
            }
            core::wipeString(*oldSecret);
            core::wipeString(*newSecret);
            const bool open = m_store != nullptr;
            postBack(
                guard, [status, open, done] { done(status, open); }, true);
        });
    });
}

void StoreHost::afterHolds(std::function<void()> step)
{
    if (m_holds > 0)
        m_waiting.push_back(std::move(step));
    else
        step();
}

void StoreHost::hold()
{
    ++m_holds;
}

void StoreHost::release()
{
    Q_ASSERT(m_holds > 0);
    if (m_holds == 0 || --m_holds > 0)
        return;
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto& step : waiting)
        step();
}

void StoreHost::post(std::function<void(core::Store*)> job)
{
    postToWorker([this, job = std::move(job)]() { job(m_store.get()); });
}

} // namespace fieldnotes::app
