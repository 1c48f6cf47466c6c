// The sync client the app uses: fieldnotes' own TLS client (sync/transport.h) behind the screens'
// SyncClient interface.
//
// A pairing or a sync runs as one job on the store thread, which waits while the transport's own
// io thread does the network work; so the Store is only used by one thread at a time and the UI
// thread stays free. Store work the screens ask for meanwhile (saving a draft) waits until the
// sync has finished or been cancelled.
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
    sync::SyncClient m_client; // its own io thread; one sync or pairing at a time
};

} // namespace fieldnotes::app
