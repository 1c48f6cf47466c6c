// The network side of sync: TLS 1.3 with mutual authentication over Boost.Asio, C++20 coroutines.
//
// OfficeServer: one coroutine per connection, with a reader and a writer (one write in flight per
// socket), and every piece of store work run on one store thread, since a Store is
// single-threaded. A connection without a client certificate may only pair; a certificate from
// another authority fails the handshake; a broken, oversized or out-of-order frame closes that
// connection with a logged reason, and the server keeps serving everyone else. stop() (SIGTERM in
// fieldnotes-office) stops accepting, lets store work in progress commit, closes connections and
// returns; nothing acknowledged is lost, and a push cut off before its answer is replayed by the
// tablet, which the ledger recognises.
//
// The client: pairs a tablet with the office pinned in the bundle, and syncs it. SyncClient runs
// its io_context on a thread of its own and reports progress and the result through callbacks
// (the app posts them to its UI thread); syncNow and pairNow block, for fieldnotes-cli and tests.
// Nothing here uses Qt.
#pragma once

#include "device.h"
#include "office.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace fieldnotes::sync {

// The front door. A connection is *pending* from its arrival until it has completed the TLS
// handshake with a certificate of this office's authority, or sent a pairing request. Pending
// connections have a pool of their own, bounded per address and in total; a newcomer finding it
// full does not wait or get refused: the oldest pending connection (of its address, else of all) that
// has not sent a byte is closed to make room, and only when there is none, the oldest whose handshake
// has begun. So a host that opens and holds connections, or trickles a handshake, only ever displaces
// its own oldest, and a tablet, whose handshake takes milliseconds, gets through.
// Only connections that have passed the door count against maxConnections; one beyond it is told
// BUSY. Until a peer has shown a certificate, a frame may be no longer than a pairing request
// (maxPairingFrame), and it has handshakeTimeout for the handshake and again for its request.
struct ServerOptions {
    std::string listen { defaultOfficeAddress }; // HOST:PORT; port 0 picks a free one
    std::size_t maxFrame = defaultMaxFrame;
    std::chrono::milliseconds idleTimeout { std::chrono::seconds(60) }; // no byte from the tablet for this long
    std::chrono::milliseconds handshakeTimeout { std::chrono::seconds(10) }; // pending peers
    std::size_t maxConnections = 1000; // connections past the door
    std::size_t maxPending = 256;
    std::size_t maxPendingPerAddress = 64;
    int networkThreads = 1;
    // Agree to zstd-compressed frames with a tablet that offers it (off: answer as an office that
    // knows no compression).
    bool compress = true;
    // One line per connection and per notable event, without personal data; default: stderr.
    std::function<void(const std::string&)> log;
    // Store work for once the port is bound and before the first connection is served (the audit
    // log's record that the office serves). start() runs it on its caller's thread, the last time
    // that thread may use the office until stop(); if it fails, the server does not start.
    std::function<core::Status(Office&)> beforeServing;
};

struct ServerStats {
    std::uint64_t accepted = 0;
    std::uint64_t completed = 0; // conversations that ended as the protocol says
    std::uint64_t refused = 0; // closed with a logged reason (TLS, protocol, authorisation)
    std::uint64_t active = 0;
    std::uint64_t pending = 0; // of `active`: not yet past the front door
    std::uint64_t silent = 0; // of `pending`: not a byte received yet
    std::uint64_t shed = 0; // pending connections closed to make room for newer ones
};

class OfficeServer {
public:
    // `office` is used only on the server's store thread while the server runs.
    OfficeServer(Office& office, ServerOptions options);
    ~OfficeServer();
    OfficeServer(const OfficeServer&) = delete;
    OfficeServer& operator=(const OfficeServer&) = delete;

    // Loads the TLS keys from the store, binds, and starts serving on background threads.
    core::Status start();
    std::uint16_t port() const;
    // Stops accepting, lets store work in progress finish, closes every connection, joins threads.
    void stop();
    ServerStats stats() const;

    struct Impl; // the connections' shared state, in transport.cpp

private:
    std::unique_ptr<Impl> m_impl;
};

struct ClientOptions {
    std::chrono::milliseconds connectTimeout { std::chrono::seconds(15) };
    std::chrono::milliseconds idleTimeout { std::chrono::seconds(60) };
    std::size_t maxFrame = defaultMaxFrame;
    // Offer zstd-compressed frames in the greeting (off: greet as a tablet that knows no compression).
    bool compress = true;
    // Where store work runs. Default: on the client's own thread, between network operations (the
    // caller must leave the store alone until the result arrives). The app passes its store
    // thread's queue: the function must run the job there, once.
    std::function<void(std::function<void()>)> runOnStore;
    // For tests: overrides the office address and pin the tablet holds.
    std::string addressOverride;
};

// Blocking: for fieldnotes-cli, tests and benchmarks.
core::Result<SyncReport> syncNow(core::Store& store, const ProgressCallback& progress = {}, ClientOptions options = {});
core::Status pairNow(
    core::Store& store, const PairingBundle& bundle, const std::string& label, ClientOptions options = {});

// Runs syncs on a thread of its own; callbacks arrive on that thread.
class SyncClient {
public:
    SyncClient();
    ~SyncClient();
    SyncClient(const SyncClient&) = delete;
    SyncClient& operator=(const SyncClient&) = delete;

    using Finished = std::function<void(core::Result<SyncReport>)>;
    // Starts a sync; `finished` is called exactly once. One sync at a time.
    void sync(core::Store& store, ProgressCallback progress, Finished finished, ClientOptions options = {});
    void pair(core::Store& store, PairingBundle bundle, std::string label, std::function<void(core::Status)> finished,
        ClientOptions options = {});
    // Closes the connection of a sync in progress; its result reports the cancellation.
    void cancel();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fieldnotes::sync
