// The sync client the app uses: fieldnotes' own TLS client (sync/transport.h) behind the screens'
// SyncClient interface.
//
// The transport's io thread does the network work; each piece of store work it needs (reading the
// outbox, applying one answer, each in its own transaction) is handed to the store thread as a job
// of its own (ClientOptions::runOnStore). So the Store is only ever used on the store thread, and
// store work the screens ask for meanwhile (saving a draft, opening a participant) runs between the
// sync's steps instead of waiting for the whole sync.
#pragma once

#include "syncclient.h"
#include "transport.h"

namespace fieldnotes::app {

class OfficeSyncClient final : public SyncClient {
public:
    void pair(StoreAccess store, std::filesystem::path bundle, ProgressFn progress,
        std::function<void(core::Status)> done) override;
    void sync(StoreAccess store, ProgressFn progress, std::function<void(core::Result<Outcome>)> done) override;
    void cancel() override;

private:
    static sync::ClientOptions withStore(const StoreAccess& store);

    sync::SyncClient m_client; // its own io thread; one sync or pairing at a time
};

} // namespace fieldnotes::app
