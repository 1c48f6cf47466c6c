#include "synccontroller.h"

#include "errors.h"
#include "format.h"
#include "replica.h"
#include "syncactivity.h"

#include <QLocale>

namespace fieldnotes::app {

namespace {

struct SyncData {
    core::SyncSummary summary;
    std::vector<core::ConflictView> conflicts;
    std::vector<core::WaitingRecord> waiting;
    std::int64_t waitingCount = 0;
    std::vector<core::RefusedChange> refused;
    bool paired = false;
};

} // namespace

SyncController::SyncController(QObject* parent)
    : ScreenController(parent)
{
    if (!available())
        m_unavailableText = tr("This version of fieldnotes cannot reach the office yet: syncing and pairing come with "
                               "the office connection. Your notes are safe on this tablet meanwhile.");
    if (!Session::instance())
        return;
    // A sync started from an earlier visit to this screen may still be running: show it.
    SyncActivity& activity = SyncActivity::instance();
    m_working = activity.working();
    connect(&activity, &SyncActivity::changed, this, [this] {
        emit progressChanged();
        if (SyncActivity::instance().working() != m_working) {
            m_working = !m_working;
            emit workingChanged();
        }
    });
}

bool SyncController::working() const
{
    return m_working;
}

double SyncController::progress() const
{
    return Session::instance() ? SyncActivity::instance().progress() : 0;
}

QString SyncController::statusText() const
{
    const QString status = Session::instance() ? SyncActivity::instance().statusText() : QString();
    return status.isEmpty() ? m_unavailableText : status;
}

QString SyncController::pendingText() const
{
    if (m_pending == 0)
        return tr("Everything has been sent.");
    return tr("%n change(s) wait to be sent.", nullptr, static_cast<int>(m_pending));
}

QString SyncController::waitingMoreText() const
{
    const qint64 more = m_waitingCount - m_waiting.count();
    if (more <= 0)
        return {};
    return tr("…and %n more record(s), sent with the same sync.", nullptr, static_cast<int>(more));
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
            FN_TRY_ASSIGN(data.waiting, core::waitingRecords(store));
            FN_TRY_ASSIGN(data.waitingCount, core::waitingRecordCount(store));
            FN_TRY_ASSIGN(data.refused, core::refusedChanges(store));
            data.paired = !store.staffId().empty();
            return data;
        },
        [this](SyncData& data) {
            m_pending = data.summary.pendingChanges;
            m_waitingCount = data.waitingCount;
            m_lastSyncMs = data.summary.lastSyncMs;
            m_conflictCount = data.summary.openConflicts;
            m_paired = data.paired;
            m_conflicts.setConflicts(std::move(data.conflicts));
            m_waiting.setRecords(std::move(data.waiting));
            m_refused.setChanges(std::move(data.refused));
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

void SyncController::dismissRefused(const QString& refusedId)
{
    bool ok = false;
    const qint64 id = refusedId.toLongLong(&ok);
    if (!ok)
        return;
    change<bool>(
        [id](core::Store& store) -> core::Result<bool> {
            FN_TRY(core::dismissRefused(store, std::int64_t { id }));
            return true;
        },
        {});
}

void SyncController::sync()
{
    SyncClient* client = syncClient();
    SyncActivity& call = SyncActivity::instance();
    if (!client || call.working() || host().held() || !call.begin(*client))
        return;
    client->sync(
        call.storeAccess(), [&call](const SyncClient::Progress& p) { call.report(p); },
        [&call](core::Result<SyncClient::Outcome> outcome) {
            call.end([outcome](SyncActivity& a) {
                if (outcome && outcome->withdrawn) {
                    // Nothing synced is left in the store; the store itself goes, and the app
                    // starts again as freshly installed.
                    Session::instance()->wipe();
                    return;
                }
                Session::instance()->host().announceChange();
                if (!outcome) {
                    a.setStatus(ErrorText::of(outcome.error()), 0);
                    return;
                }
                QString text = tr("Synced: %1 sent, %2 received.")
                                   .arg(Format::number(outcome->sent), Format::number(outcome->received));
                if (outcome->refused > 0)
                    text += QLatin1Char(' ')
                        + tr("The office refused %n change(s): see the Refused tab.", nullptr,
                            static_cast<int>(outcome->refused));
                if (outcome->storeRestored)
                    text += QLatin1Char(' ')
                        + tr("This tablet's case file was restored from a backup or copied from another tablet. "
                             "What it sent before came back, and nothing sent now is lost or counted twice. If "
                             "a copy is in use on another tablet, ask the office to withdraw one of them.");
                if (!outcome->handedOver.isEmpty()) {
                    text += QLatin1Char(' ')
                        + tr("Handed over to a colleague by the team lead: %1; their records are no longer on this "
                             "tablet, and what you had finished about them was sent to the office first.")
                              .arg(QLocale().createSeparatedList(outcome->handedOver));
                    if (outcome->draftsKept > 0)
                        text += QLatin1Char(' ')
                            + tr("%n unfinished draft(s) about them stay on this tablet: finish or discard them, or "
                                 "pass them on to the new job specialist.",
                                nullptr, outcome->draftsKept);
                }
                if (outcome->clockBehind)
                    text += QLatin1Char(' ')
                        + tr("This tablet's clock is behind the office's. Set the date, time and time zone "
                             "(automatic is best).");
                a.setStatus(text, 1);
            });
        });
}

void SyncController::pairFromBundle(const QUrl& bundle)
{
    SyncClient* client = syncClient();
    SyncActivity& call = SyncActivity::instance();
    if (!client || call.working() || host().held())
        return;
    const QString path = bundle.isLocalFile() ? bundle.toLocalFile() : bundle.toString();
    if (path.isEmpty()) {
        showError(tr("Choose the pairing file you were given at the office."));
        return;
    }
    if (!call.begin(*client))
        return;
    client->pair(
        call.storeAccess(), std::filesystem::path(path.toStdString()),
        [&call](const SyncClient::Progress& p) { call.report(p); },
        [&call](core::Status status) {
            call.end([status](SyncActivity& a) {
                Session::instance()->host().announceChange();
                if (status)
                    Session::instance()->refreshIdentity(); // pairing names the user and their role
                a.setStatus(status ? tr("This tablet is paired with the office.") : ErrorText::of(status.error()),
                    status ? 1 : 0);
            });
        });
}

} // namespace fieldnotes::app
