// How the app drives sync with the office. The sync library (pairing, push and pull over TLS)
// plugs in here through one small interface; the screens never talk to the network themselves.
//
// Contract for an implementation:
// - Every piece of Store work goes through `store`: it runs the job on the store thread, in order,
//   with the Store (a Store is single-threaded). While a call is in progress the app holds the
//   Store open (StoreHost::hold), so a job never finds it gone; it is nullptr only if the call
//   began while the session was locked, and the call then fails with ErrorCode::Locked.
// - `progress` may be called any number of times and `done` exactly once, from any thread; the
//   app brings both to the UI thread. No progress arrives after `done`.
// - cancel() ends the call in progress soon (the app cancels when it locks); its `done` still
//   arrives, with an error.
// - One call at a time: the app starts no pair or sync while one is in progress.
#pragma once

#include "result.h"
#include "store.h"

#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

namespace fieldnotes::app {

class SyncClient {
public:
    struct Progress {
        enum class Phase { Connecting, Sending, Receiving, Saving };
        Phase phase = Phase::Connecting;
        std::int64_t done = 0;
        std::int64_t total = 0; // 0: not known yet
    };
    struct Outcome {
        std::int64_t sent = 0; // changes sent
        std::int64_t received = 0; // records taken from the office
        std::int64_t conflicts = 0; // new conflicts for a person to decide
        std::int64_t refused = 0; // changes the office refused (kept on the tablet)
        // The office withdrew this tablet: the client has erased everything synced to it (and its
        // keys), and the app removes the store and goes back to its first start (Session::wipe).
        bool withdrawn = false;
        // The office has more from this tablet than its case file knows of: restored from a backup,
        // or copied from another tablet (sync::SyncNotice::StoreRestored).
        bool storeRestored = false;
        bool clockBehind = false; // this tablet's clock is behind the office's (SyncNotice::ClockBehind)
        // Participants a team lead handed over to a colleague: their records left this tablet; the
        // drafts about them stay (sync::SyncReport::handedOver, draftsKept).
        QStringList handedOver;
        int draftsKept = 0;
    };

    using StoreAccess = std::function<void(std::function<void(core::Store*)>)>;
    using ProgressFn = std::function<void(const Progress&)>;

    virtual ~SyncClient() = default;

    // Pairs this tablet from a pairing bundle file: the device key and certificate, the office's
    // pinned key, and the user (staff id and role) are written into the Store.
    virtual void pair(
        StoreAccess store, std::filesystem::path bundle, ProgressFn progress, std::function<void(core::Status)> done)
        = 0;
    // Pushes the outbox and pulls what is new; records the time of a completed sync in the Store
    // under core::lastSyncStateKey.
    virtual void sync(StoreAccess store, ProgressFn progress, std::function<void(core::Result<Outcome>)> done) = 0;
    virtual void cancel() = 0;
};

// The client in use, installed by main() when the app is built with one; null when it is not.
// main() installs it once the Session exists, before the first screen, and removes it before the
// Session goes; its destructor ends a call in progress (a `done` it still sends is then dropped).
SyncClient* syncClient();
void setSyncClient(std::unique_ptr<SyncClient> client);

} // namespace fieldnotes::app
