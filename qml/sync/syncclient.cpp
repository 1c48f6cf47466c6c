#include "syncclient.h"

namespace fieldnotes::app {

namespace {
std::unique_ptr<SyncClient>& installed()
{
    static std::unique_ptr<SyncClient> client;
    return client;
}
} // namespace

SyncClient* syncClient()
{
    return installed().get();
}

void setSyncClient(std::unique_ptr<SyncClient> client)
{
    installed() = std::move(client);
}

} // namespace fieldnotes::app
