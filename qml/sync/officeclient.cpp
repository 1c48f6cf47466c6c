#include "officeclient.h"

#include "fileio.h"
#include "secret.h"

#include <QString>
#include <QSysInfo>

namespace fieldnotes::app {

namespace {

SyncClient::Progress progressOf(const sync::SyncProgress& p)
{
    using From = sync::SyncProgress::Phase;
    using To = SyncClient::Progress::Phase;
    SyncClient::Progress out;
    switch (p.phase) {
    case From::Connecting:
        out.phase = To::Connecting;
        break;
    case From::Pushing:
        out.phase = To::Sending;
        break;
    case From::Pulling:
        out.phase = To::Receiving;
        break;
    case From::Finished:
        out.phase = To::Saving;
        break;
    }
    out.done = p.done;
    out.total = p.total;
    return out;
}

core::Error locked()
{
    return { core::ErrorCode::Locked, "The tablet locked before the sync could start. Unlock it and try again.", {} };
}

} // namespace

sync::ClientOptions OfficeSyncClient::withStore(const StoreAccess& store)
{
    sync::ClientOptions options;
    // The app holds the Store open for the whole call (SyncClient's contract), so the Store the call
    // began with is the one every later job finds; each job runs once, in order, on the store thread.
    options.runOnStore = [store](std::function<void()> job) { store([job = std::move(job)](core::Store*) { job(); }); };
    return options;
}

void OfficeSyncClient::pair(
    StoreAccess store, std::filesystem::path bundle, ProgressFn progress, std::function<void(core::Status)> done)
{
    store([this, store, bundle = std::move(bundle), progress = std::move(progress), done = std::move(done)](
              core::Store* s) {
        if (!s) {
            done(core::fail(locked()));
            return;
        }
        auto text = core::readFile(bundle, 64 * 1024);
        if (!text) {
            done(core::fail(core::ErrorCode::NotFound,
                "The pairing file cannot be read. Choose the file you were given at the office."));
            return;
        }
        auto parsed = sync::parseBundle(*text);
        core::wipeString(*text);
        if (!parsed) {
            done(core::fail(std::move(parsed).error()));
            return;
        }
        progress({});
        // Returns at once: the store thread is free between the pairing's own store steps.
        m_client.pair(
            *s, std::move(*parsed), QSysInfo::machineHostName().toStdString(), std::move(done), withStore(store));
    });
}

void OfficeSyncClient::sync(StoreAccess store, ProgressFn progress, std::function<void(core::Result<Outcome>)> done)
{
    store([this, store, progress = std::move(progress), done = std::move(done)](core::Store* s) {
        if (!s) {
            done(core::fail(locked()));
            return;
        }
        m_client.sync(
            *s, [progress](const sync::SyncProgress& p) { progress(progressOf(p)); },
            [done](core::Result<sync::SyncReport> report) {
                if (!report) {
                    done(core::fail(std::move(report).error()));
                    return;
                }
                Outcome out;
                out.sent = report->sent;
                out.received = report->received;
                out.conflicts = report->conflicts;
                out.refused = report->rejected;
                // The office withdrew this tablet: the replica has erased every synced record and its
                // credentials already, in the store itself.
                out.withdrawn = report->wiped;
                for (sync::SyncNotice n : report->notices) {
                    out.storeRestored = out.storeRestored || n == sync::SyncNotice::StoreRestored;
                    out.clockBehind = out.clockBehind || n == sync::SyncNotice::ClockBehind;
                }
                for (const std::string& name : report->handedOver)
                    out.handedOver << QString::fromStdString(name);
                out.draftsKept = report->draftsKept;
                done(out);
            },
            withStore(store));
    });
}

void OfficeSyncClient::cancel()
{
    m_client.cancel();
}

} // namespace fieldnotes::app
