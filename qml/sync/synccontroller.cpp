#include "synccontroller.h"

#include "errors.h"
#include "format.h"
#include "replica.h"

#include <QPointer>

namespace fieldnotes::app {

namespace {

struct SyncData {
    core::SyncSummary summary;
    std::vector<core::ConflictView> conflicts;
    bool paired = false;
};

} // namespace

SyncController::SyncController(QObject* parent)
    : ScreenController(parent)
{
    if (!available())
        m_statusText = tr("This version of fieldnotes cannot reach the office yet: syncing and pairing come with the "
                          "office connection. Your notes are safe on this tablet meanwhile.");
}

QString SyncController::pendingText() const
{
    if (m_pending == 0)
        return tr("Everything has been sent.");
    return tr("%n change(s) wait to be sent.", nullptr, static_cast<int>(m_pending));
}

QString SyncController::lastSyncText() const
{
    if (!m_lastSyncMs)
        return tr("This tablet has not synced yet.");
    return tr("Last synced %1").arg(Format::dateTime(*m_lastSyncMs));
}

void SyncController::load()
{
    fetch<SyncData>(
        [](core::Store& store) -> core::Result<SyncData> {
            SyncData data;
            FN_TRY_ASSIGN(data.summary, core::syncSummary(store));
            FN_TRY_ASSIGN(data.conflicts, core::openConflicts(store));
            data.paired = !store.staffId().empty();
            return data;
        },
        [this](SyncData& data) {
            m_pending = data.summary.pendingChanges;
            m_lastSyncMs = data.summary.lastSyncMs;
            m_conflictCount = data.summary.openConflicts;
            m_paired = data.paired;
            m_conflicts.setConflicts(std::move(data.conflicts));
            emit summaryChanged();
        });
}

void SyncController::resolve(const QString& conflictId, const QString& choice)
{
    if (choice != QLatin1String("kept") && choice != QLatin1String("other"))
        return;
    const std::string id = conflictId.toStdString();
    const std::string which = choice.toStdString();
    change<bool>(
        [id, which](core::Store& store) -> core::Result<bool> {
            core::Replica replica(store);
            FN_TRY(replica.resolveConflict(id, which));
            return true;
        },
        {});
}

void SyncController::setWorking(bool working)
{
    if (working == m_working)
        return;
    m_working = working;
    emit workingChanged();
}

void SyncController::onProgress(const SyncClient::Progress& p)
{
    m_progress = p.total > 0 ? double(p.done) / double(p.total) : -1;
    switch (p.phase) {
    case SyncClient::Progress::Phase::Connecting:
        m_statusText = tr("Connecting to the office…");
        break;
    case SyncClient::Progress::Phase::Sending:
        m_statusText = tr("Sending your changes…");
        break;
    case SyncClient::Progress::Phase::Receiving:
        m_statusText = tr("Receiving news from the office…");
        break;
    case SyncClient::Progress::Phase::Saving:
        m_statusText = tr("Saving what arrived…");
        break;
    }
    emit progressChanged();
}

namespace {

// One call to the client in progress. It holds the Store open until the call is done (locking
// waits for it), cancels the call when the session locks, and brings progress and the outcome to
// the UI thread, to the controller if that still exists (the screen may have been closed).
class ClientCall : public QObject {
public:
    ClientCall(SyncClient& client, SyncController* controller)
        : QObject(Session::instance())
        , m_controller(controller)
    {
        Session::instance()->host().hold();
        connect(Session::instance(), &Session::aboutToLock, this, [&client] { client.cancel(); });
    }

    SyncClient::StoreAccess storeAccess() const
    {
        StoreHost* host = &Session::instance()->host();
        return [host](std::function<void(core::Store*)> job) { host->post(std::move(job)); };
    }

    // Runs `f` on the UI thread with the controller, or with nullptr if the screen has gone. Safe
    // from any thread: the job is queued to this object, and dropped if it has gone.
    void toUi(std::function<void(SyncController*)> f)
    {
        QMetaObject::invokeMethod(
            this,
            [this, f = std::move(f)] {
                if (!m_done)
                    f(m_controller.data());
            },
            Qt::QueuedConnection);
    }

    // The last call: runs `f`, then releases the Store (a waiting lock closes it) and goes.
    void finish(std::function<void(SyncController*)> f)
    {
        toUi([this, f = std::move(f)](SyncController* controller) {
            m_done = true;
            f(controller);
            Session::instance()->host().release();
            deleteLater();
        });
    }

private:
    QPointer<SyncController> m_controller;
    bool m_done = false;
};

} // namespace

void SyncController::sync()
{
    SyncClient* client = syncClient();
    if (!client || m_working || host().held())
        return;
    setWorking(true);
    m_progress = -1;
    emit progressChanged();
    auto* call = new ClientCall(*client, this);
    client->sync(
        call->storeAccess(),
        [call](const SyncClient::Progress& p) {
            call->toUi([p](SyncController* c) {
                if (c)
                    c->onProgress(p);
            });
        },
        [call](core::Result<SyncClient::Outcome> outcome) {
            call->finish([outcome](SyncController* c) {
                if (outcome && outcome->withdrawn) {
                    Session::instance()->lock(); // nothing synced is left; the store goes with the lock
                    return;
                }
                Session::instance()->host().announceChange();
                if (!c)
                    return;
                c->setWorking(false);
                c->m_progress = outcome ? 1 : 0;
                if (outcome)
                    c->m_statusText = tr("Synced: %1 sent, %2 received.")
                                          .arg(Format::number(outcome->sent), Format::number(outcome->received));
                else
                    c->m_statusText = ErrorText::of(outcome.error());
                emit c->progressChanged();
            });
        });
}

void SyncController::pairFromBundle(const QUrl& bundle)
{
    SyncClient* client = syncClient();
    if (!client || m_working || host().held())
        return;
    const QString path = bundle.isLocalFile() ? bundle.toLocalFile() : bundle.toString();
    if (path.isEmpty()) {
        showError(tr("Choose the pairing file you were given at the office."));
        return;
    }
    setWorking(true);
    auto* call = new ClientCall(*client, this);
    client->pair(
        call->storeAccess(), std::filesystem::path(path.toStdString()),
        [call](const SyncClient::Progress& p) {
            call->toUi([p](SyncController* c) {
                if (c)
                    c->onProgress(p);
            });
        },
        [call](core::Status status) {
            call->finish([status](SyncController* c) {
                Session::instance()->host().announceChange();
                if (status)
                    Session::instance()->refreshIdentity(); // pairing names the user and their role
                if (!c)
                    return;
                c->setWorking(false);
                c->m_statusText = status ? tr("This tablet is paired with the office.") : ErrorText::of(status.error());
                emit c->progressChanged();
            });
        });
}

} // namespace fieldnotes::app
