#include "transport.h"

#include "pki.h"

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <deque>
#include <list>
#include <mutex>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <set>
#include <thread>
#include <unordered_map>

namespace fieldnotes::sync {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using TlsStream = asio::ssl::stream<tcp::socket>;
using asio::awaitable;
using asio::redirect_error;
using asio::use_awaitable;
using boost::system::error_code;
using namespace fieldnotes::core;

namespace {

constexpr std::size_t maxQueuedBytes = std::size_t { 16 } << 20;
constexpr std::string_view shedReason
    = "shed: the oldest of too many connections from its address, or in all, without a certificate";

struct Endpoint {
    std::string host;
    std::string port;
};

Result<Endpoint> parseAddress(const std::string& address)
{
    const auto colon = address.rfind(':');
    if (colon == std::string::npos || colon + 1 >= address.size())
        return fail(ErrorCode::InvalidArgument, "An address is written HOST:PORT, e.g. 127.0.0.1:7443.");
    Endpoint e { address.substr(0, colon), address.substr(colon + 1) };
    if (e.host.size() > 2 && e.host.front() == '[' && e.host.back() == ']')
        e.host = e.host.substr(1, e.host.size() - 2);
    for (char c : e.port)
        if (c < '0' || c > '9')
            return fail(ErrorCode::InvalidArgument, "The port in " + address + " is not a number.");
    return e;
}

// The certificate check's result says something only about a failed handshake: once connected, a
// tablet's view of the office's self-signed (pinned) certificate is never "OK", and naming it on a
// dropped connection would send a person after a certificate problem that does not exist.
std::string tlsReason(SSL* ssl, const error_code& ec, bool handshake = true)
{
    std::string reason = ec.message();
    if (ssl && handshake) {
        const long verify = SSL_get_verify_result(ssl);
        if (verify != X509_V_OK)
            reason += " (" + std::string(X509_verify_cert_error_string(verify)) + ")";
    }
    ERR_clear_error();
    return reason;
}

// Common TLS settings: TLS 1.3 only, no session tickets (every connection authenticates afresh).
void restrictToTls13(asio::ssl::context& ctx)
{
    SSL_CTX_set_min_proto_version(ctx.native_handle(), TLS1_3_VERSION);
    SSL_CTX_set_max_proto_version(ctx.native_handle(), TLS1_3_VERSION);
    SSL_CTX_set_num_tickets(ctx.native_handle(), 0);
    SSL_CTX_set_session_cache_mode(ctx.native_handle(), SSL_SESS_CACHE_OFF);
}

Result<std::unique_ptr<asio::ssl::context>> serverContext(ServerCredentials& c)
{
    auto ctx = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    restrictToTls13(*ctx);
    error_code ec;
    ctx->use_certificate_chain(asio::buffer(c.certificatePem), ec);
    if (!ec)
        ctx->use_private_key(asio::buffer(c.keyPem), asio::ssl::context::pem, ec);
    wipeString(c.keyPem);
    if (ec)
        return fail(ErrorCode::Corrupt, "The office's server key cannot be loaded (" + ec.message() + ").");
    FN_TRY_ASSIGN(pki::Certificate ca, pki::certificateFromPem(c.authorityPem));
    // Client certificates are checked against this office's authority alone. A certificate is
    // requested, not required: a tablet without one may pair, and nothing else.
    if (X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx->native_handle()), ca.get()) != 1
        || SSL_CTX_add_client_CA(ctx->native_handle(), ca.get()) != 1)
        return fail(ErrorCode::Internal, "The office's authority cannot be loaded.");
    SSL_CTX_set_verify(ctx->native_handle(), SSL_VERIFY_PEER | SSL_VERIFY_CLIENT_ONCE, nullptr);
    return ctx;
}

// The tablet trusts the office by the pin of its public key, and nothing else: the pin it was
// paired with, or the next one the office announced ahead of a key change.
Result<std::unique_ptr<asio::ssl::context>> clientContext(std::string* keyPem, const std::string* certificatePem,
    const std::string& pin, const std::string& nextPin, std::shared_ptr<bool> pinMismatch)
{
    auto ctx = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_client);
    restrictToTls13(*ctx);
    error_code ec;
    if (certificatePem && keyPem) {
        ctx->use_certificate_chain(asio::buffer(*certificatePem), ec);
        if (!ec)
            ctx->use_private_key(asio::buffer(*keyPem), asio::ssl::context::pem, ec);
        wipeString(*keyPem);
        if (ec)
            return fail(
                ErrorCode::Corrupt, "This tablet's key cannot be loaded (" + ec.message() + "). Pair it again.");
    }
    ctx->set_verify_mode(asio::ssl::verify_peer);
    ctx->set_verify_callback([pin, nextPin, pinMismatch](bool, asio::ssl::verify_context& vc) {
        X509_STORE_CTX* store = vc.native_handle();
        if (X509_STORE_CTX_get_error_depth(store) > 0)
            return true; // the chain above the office's own certificate is not what this tablet trusts
        auto seen = pki::publicKeyPin(X509_STORE_CTX_get_current_cert(store));
        const bool ok = seen && (*seen == pin || (!nextPin.empty() && *seen == nextPin));
        if (!ok)
            *pinMismatch = true;
        return ok;
    });
    return ctx;
}

// A one-shot wake-up for a coroutine waiting on the same strand.
class Signal {
public:
    explicit Signal(const asio::any_io_executor& ex)
        : m_timer(ex)
    {
        m_timer.expires_at(asio::steady_timer::time_point::max());
    }
    awaitable<void> wait()
    {
        error_code ec;
        co_await m_timer.async_wait(redirect_error(use_awaitable, ec));
    }
    void notify() { m_timer.cancel(); }

private:
    asio::steady_timer m_timer;
};

// Closes the socket when no progress is made before the deadline. The guard coroutine shares the
// timer and flags, so it may outlive its owner: a client link that returns on any path (a failed
// write included) is destroyed, its watchdog disarmed, and the guard ends at once without touching
// the socket, instead of waiting out the deadline on freed memory.
class Watchdog {
public:
    explicit Watchdog(const asio::any_io_executor& ex)
        : m_state(std::make_shared<State>(ex))
    {
    }
    ~Watchdog() { disarm(); }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;
    void arm(std::chrono::milliseconds in) { m_state->timer.expires_after(in); }
    void disarm()
    {
        m_state->done = true;
        m_state->timer.cancel();
    }
    bool fired() const { return m_state->fired; }
    awaitable<void> guard(tcp::socket& socket) { return watch(m_state, socket); }

private:
    struct State {
        explicit State(const asio::any_io_executor& ex)
            : timer(ex)
        {
        }
        asio::steady_timer timer;
        bool done = false;
        bool fired = false;
    };
    // `socket` is used only while `state->done` is false, that is while its owner lives.
    static awaitable<void> watch(std::shared_ptr<State> state, tcp::socket& socket)
    {
        while (!state->done) {
            if (state->timer.expiry() <= asio::steady_timer::clock_type::now()) {
                state->fired = true;
                error_code ec;
                socket.close(ec);
                co_return;
            }
            error_code ec;
            co_await state->timer.async_wait(redirect_error(use_awaitable, ec));
        }
    }

    std::shared_ptr<State> m_state;
};

// A conversation is a run of small request and answer frames: Nagle's algorithm would hold each
// small write back until the previous one is acknowledged (a delayed ACK, up to 40 ms on Linux).
void setNoDelay(tcp::socket& socket)
{
    error_code ignored; // an option refused only costs latency
    socket.set_option(tcp::no_delay(true), ignored);
}

} // namespace

// ---- Server -------------------------------------------------------------------------------------------

class Connection;

struct OfficeServer::Impl {
    Impl(Office& o, ServerOptions opts)
        : office(o)
        , options(std::move(opts))
        , storeWork(asio::make_work_guard(storeContext))
    {
    }

    void log(const std::string& line)
    {
        if (options.log) {
            options.log(line);
            return;
        }
        std::fprintf(stderr, "fieldnotes-office: %s\n", line.c_str());
    }

    template<class F> awaitable<std::invoke_result_t<F&>> onStore(F f)
    {
        using R = std::invoke_result_t<F&>;
        auto job = [f = std::move(f)]() mutable -> awaitable<R> { co_return f(); };
        co_return co_await asio::co_spawn(storeContext, std::move(job), use_awaitable);
    }

    awaitable<void> accept();

    // The front door (see ServerOptions); all of these with connectionsMutex held.
    enum class Door { Admitted, Busy, Shed };
    void enterPending(const std::shared_ptr<Connection>& c);
    bool shedOldestPending(const std::string* host);
    void removePending(Connection& c);
    void leave(Connection& c);
    // Takes `c` past the door (it has shown a certificate, or asked to pair); locks by itself.
    Door admit(Connection& c);
    // A flood sheds connections by the thousand: the log says so once every logEvery, with a count.
    static constexpr std::chrono::seconds logEvery { 10 };
    void noteShed(const std::string& address);
    void logShed(); // with shedLogMutex held

    Office& office;
    ServerOptions options;
    asio::io_context network;
    asio::io_context storeContext;
    asio::executor_work_guard<asio::io_context::executor_type> storeWork;
    std::unique_ptr<asio::ssl::context> tls;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::vector<std::thread> networkThreads;
    std::thread storeThread;
    std::atomic<bool> running { false };
    std::atomic<std::uint16_t> boundPort { 0 };
    std::mutex connectionsMutex;
    std::set<std::shared_ptr<Connection>> connections;
    std::list<std::shared_ptr<Connection>> pending; // oldest first
    std::unordered_map<std::string, std::size_t> pendingByHost;
    std::size_t admitted = 0;
    std::mutex shedLogMutex;
    std::chrono::steady_clock::time_point shedLoggedAt {};
    std::uint64_t shedUnlogged = 0;
    std::string shedLatestFrom;
    std::atomic<std::uint64_t> accepted { 0 }, completed { 0 }, refused { 0 }, active { 0 }, shed { 0 };
};

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(OfficeServer::Impl& server, tcp::socket socket, std::uint64_t number)
        : m_server(server)
        , m_peerAddress(endpointText(socket))
        , host(hostText(socket))
        , m_stream(std::move(socket), *server.tls)
        , m_watchdog(m_stream.get_executor())
        , m_wakeWriter(m_stream.get_executor())
        , m_wakeReader(m_stream.get_executor())
        , m_writerDone(m_stream.get_executor())
        , m_number(number)
        , m_started(std::chrono::steady_clock::now())
    {
    }

    awaitable<void> run();
    asio::any_io_executor executor() { return m_stream.get_executor(); }
    // From stop(): closes the socket; the coroutines end at their next operation.
    void abort()
    {
        asio::post(m_stream.get_executor(), [self = shared_from_this()] {
            error_code ec;
            self->m_stream.lowest_layer().close(ec);
            self->m_wakeWriter.notify();
            self->m_wakeReader.notify();
        });
    }

private:
    static std::string endpointText(tcp::socket& s)
    {
        error_code ec;
        const auto e = s.remote_endpoint(ec);
        return ec ? std::string("?") : e.address().to_string() + ":" + std::to_string(e.port());
    }
    static std::string hostText(tcp::socket& s)
    {
        error_code ec;
        const auto e = s.remote_endpoint(ec);
        return ec ? std::string("?") : e.address().to_string();
    }
    OfficeServer::Impl& m_server;
    std::string m_peerAddress;

public:
    // Front-door state, guarded by the server's connectionsMutex.
    const std::string host;
    std::list<std::shared_ptr<Connection>>::iterator pendingAt;
    bool isPending = false;
    bool isAdmitted = false;
    bool hasSpoken = false; // a byte has arrived: its TLS handshake has begun
    std::atomic<bool> wasShed { false };

private:
    awaitable<void> writer();
    // Takes the connection past the front door; false if it was shed, or told the office is busy.
    awaitable<bool> passDoor(bool& pendingPeer, bool& busy, std::string& how);
    awaitable<bool> send(std::vector<wire::ServerMessage> messages);
    void finish(const std::string& how, bool refused);

    TlsStream m_stream;
    Watchdog m_watchdog;
    Signal m_wakeWriter;
    Signal m_wakeReader;
    Signal m_writerDone;
    std::deque<std::string> m_queue;
    std::size_t m_queuedBytes = 0;
    FrameEncoder m_encoder; // compressing once the tablet's greeting offered it and the office agreed
    bool m_closing = false;
    bool m_writerFinished = false;
    bool m_writeFailed = false;
    bool m_peerGone = false;
    std::optional<OfficeSession> m_session;
    std::uint64_t m_number;
    std::chrono::steady_clock::time_point m_started;
};

void Connection::finish(const std::string& how, bool refused)
{
    if (wasShed) {
        ++m_server.refused;
        m_server.noteShed(host);
        return;
    }
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_started).count();
    m_server.log("connection " + std::to_string(m_number) + " from " + m_peerAddress + ": " + how + " ("
        + std::to_string(ms) + " ms)");
    (refused ? m_server.refused : m_server.completed)++;
}

awaitable<bool> Connection::send(std::vector<wire::ServerMessage> messages)
{
    for (auto& m : messages) {
        auto payload = encode(m, m_server.options.maxFrame);
        if (!payload) {
            m_server.log("connection " + std::to_string(m_number) + ": an answer could not be encoded ("
                + payload.error().message + ")");
            co_return false;
        }
        while (m_queuedBytes > maxQueuedBytes && !m_writeFailed)
            co_await m_wakeReader.wait();
        if (m_writeFailed)
            co_return false;
        m_queue.push_back(m_encoder.frame(*payload));
        m_queuedBytes += m_queue.back().size();
        m_wakeWriter.notify();
    }
    co_return !m_writeFailed;
}

awaitable<void> Connection::writer()
{
    auto self = shared_from_this();
    while (!m_writeFailed) {
        if (m_queue.empty()) {
            if (m_closing)
                break;
            co_await m_wakeWriter.wait();
            continue;
        }
        error_code ec;
        co_await asio::async_write(m_stream, asio::buffer(m_queue.front()), redirect_error(use_awaitable, ec));
        if (ec) {
            m_writeFailed = true;
            break;
        }
        m_watchdog.arm(m_server.options.idleTimeout); // a tablet taking a long pull is making progress
        m_queuedBytes -= m_queue.front().size();
        m_queue.pop_front();
        m_wakeReader.notify();
    }
    // A tablet that is still there gets a proper TLS close; one that has gone does not need it.
    if (!m_writeFailed && !m_peerGone) {
        m_watchdog.arm(std::chrono::seconds(5));
        error_code ec;
        co_await m_stream.async_shutdown(redirect_error(use_awaitable, ec));
    }
    error_code ignored;
    m_stream.lowest_layer().close(ignored);
    m_writerFinished = true;
    m_wakeReader.notify();
    m_writerDone.notify();
}

awaitable<bool> Connection::passDoor(bool& pendingPeer, bool& busy, std::string& how)
{
    switch (m_server.admit(*this)) {
    case OfficeServer::Impl::Door::Admitted:
        pendingPeer = false;
        co_return true;
    case OfficeServer::Impl::Door::Shed:
        m_peerGone = true;
        how = shedReason;
        co_return false;
    case OfficeServer::Impl::Door::Busy:
        break;
    }
    busy = true;
    how = "refused: busy (" + std::to_string(m_server.options.maxConnections) + " connections)";
    std::vector<wire::ServerMessage> answer;
    answer.push_back(refusal(
        wire::Refusal::BUSY, "The office is serving as many tablets as it can at once. Try again in a few minutes."));
    co_await send(std::move(answer));
    co_return false;
}

awaitable<void> Connection::run()
{
    auto self = shared_from_this();
    m_watchdog.arm(m_server.options.handshakeTimeout);
    asio::co_spawn(
        m_stream.get_executor(), [self]() { return self->m_watchdog.guard(self->m_stream.next_layer()); },
        asio::detached);

    error_code ec;
    // Wait for the first byte before the handshake, so that the front door knows a peer that has
    // begun its handshake from one that only holds a connection open.
    co_await m_stream.next_layer().async_wait(tcp::socket::wait_read, redirect_error(use_awaitable, ec));
    if (!ec) {
        std::lock_guard lock(m_server.connectionsMutex);
        hasSpoken = true;
    }
    co_await m_stream.async_handshake(asio::ssl::stream_base::server, redirect_error(use_awaitable, ec));
    if (ec) {
        const std::string reason = wasShed ? std::string(shedReason)
            : m_watchdog.fired()           ? "TLS handshake failed: no TLS handshake in time"
                                           : "TLS handshake failed: " + tlsReason(m_stream.native_handle(), ec);
        m_watchdog.disarm();
        error_code ignored;
        m_stream.lowest_layer().close(ignored);
        finish("refused: " + reason, true);
        co_return;
    }
    std::optional<CertificateIdentity> identity;
    if (X509* cert = SSL_get0_peer_certificate(m_stream.native_handle()))
        identity = CertificateIdentity { pki::commonName(cert), pki::fingerprintSha256(cert) };
    m_session.emplace(m_server.office, identity, host);
    asio::co_spawn(
        m_stream.get_executor(), [self]() { return self->writer(); }, asio::detached);

    // Until a peer has shown a certificate, it may only pair: frames are kept to a pairing
    // request's size (refused from the header, so nothing longer is ever buffered), and its
    // request is due within the handshake timeout.
    bool pendingPeer = !identity;
    FrameDecoder decoder(identity ? m_server.options.maxFrame : std::min(m_server.options.maxFrame, maxPairingFrame));
    std::array<char, 16384> buffer;
    OfficeSession* session = &*m_session;
    bool ended = false;
    bool busy = false;
    std::string how;
    if (identity && !co_await passDoor(pendingPeer, busy, how))
        ended = true;
    while (!ended && !m_writeFailed) {
        m_watchdog.arm(pendingPeer ? m_server.options.handshakeTimeout : m_server.options.idleTimeout);
        const std::size_t n
            = co_await m_stream.async_read_some(asio::buffer(buffer), redirect_error(use_awaitable, ec));
        if (ec) {
            m_peerGone = true;
            if (wasShed)
                how = shedReason;
            else if (m_watchdog.fired() && pendingPeer)
                how = "no pairing request in time";
            else if (m_watchdog.fired())
                how = "timed out waiting for the tablet";
            else if (decoder.hasPartialFrame())
                how = "the tablet closed the connection inside a frame (truncated frame)";
            else if (ec == asio::error::eof || ec == asio::ssl::error::stream_truncated)
                how = "the tablet closed the connection";
            else
                how = "connection lost (" + ec.message() + ")";
            break;
        }
        decoder.feed(std::string_view(buffer.data(), n));
        for (;;) {
            // Jobs for the store thread capture pointers into this frame only: GCC 12 destroys
            // some temporaries of a co_await expression twice, so none with an owning capture.
            auto next = decoder.next();
            OfficeSession::Reply reply;
            std::string reason;
            wire::ClientMessage current;
            if (next && !*next)
                break;
            if (!next) {
                reason = next.error().message;
                if (pendingPeer)
                    reason += " (without a client certificate only a pairing request is taken, at most "
                        + std::to_string(decoder.maxFrame()) + " bytes)";
            } else if (auto message = decodeClientMessage(**next); !message) {
                reason = message.error().message;
            } else {
                current = std::move(*message);
            }
            if (reason.empty() && pendingPeer && current.body_case() == wire::ClientMessage::kPair
                && !co_await passDoor(pendingPeer, busy, how)) {
                ended = true;
                break;
            }
            const std::string* why = &reason;
            const wire::ClientMessage* what = &current;
            if (!reason.empty())
                reply = co_await m_server.onStore(
                    [session, why] { return session->refuse(wire::Refusal::PROTOCOL, *why); });
            else
                reply = co_await m_server.onStore([session, what] { return session->handle(*what); });
            // Compression: agreed in the Welcome when the greeting offered it; Welcome itself goes
            // plain, and the frames after it either way may be compressed.
            bool compress = false;
            if (reason.empty() && current.body_case() == wire::ClientMessage::kHello && m_server.options.compress
                && offersZstd(current.hello()))
                for (auto& m : reply.messages)
                    if (m.has_welcome()) {
                        m.mutable_welcome()->set_compression(wire::COMPRESSION_ZSTD);
                        compress = true;
                    }
            if (!co_await send(std::move(reply.messages)))
                break;
            if (compress) {
                m_encoder.enableCompression();
                decoder.acceptCompressed();
            }
            if (reply.streaming) {
                for (;;) {
                    auto more = co_await m_server.onStore([session] { return session->next(); });
                    if (!more) {
                        auto refusal = co_await m_server.onStore([session] {
                            return session->refuse(wire::Refusal::INTERNAL, "office error during a pull");
                        });
                        co_await send(std::move(refusal.messages));
                        reply.close = true;
                        break;
                    }
                    if (!*more)
                        break;
                    std::vector<wire::ServerMessage> one;
                    one.push_back(std::move(**more));
                    if (!co_await send(std::move(one)))
                        break;
                }
            }
            if (reply.close || session->closed()) {
                ended = true;
                break;
            }
        }
    }
    m_closing = true;
    m_wakeWriter.notify();
    while (!m_writerFinished)
        co_await m_writerDone.wait();
    m_watchdog.disarm();
    const bool refused = busy || wasShed || countsAsRefused(session->outcome());
    std::string line = session->summary();
    if (session->outcome() == SessionOutcome::Open || busy)
        line += (how.empty() ? std::string() : "; " + how);
    finish(line, refused);
}

void OfficeServer::Impl::noteShed(const std::string& address)
{
    std::lock_guard lock(shedLogMutex);
    ++shedUnlogged;
    shedLatestFrom = address;
    if (std::chrono::steady_clock::now() - shedLoggedAt >= logEvery)
        logShed();
}

void OfficeServer::Impl::logShed()
{
    if (shedUnlogged == 0)
        return;
    log("shed " + std::to_string(shedUnlogged)
        + " connection(s) that had shown no certificate, oldest first, to make room for newer ones (the latest from "
        + shedLatestFrom + ")");
    shedUnlogged = 0;
    shedLoggedAt = std::chrono::steady_clock::now();
}

void OfficeServer::Impl::removePending(Connection& c)
{
    pending.erase(c.pendingAt);
    c.isPending = false;
    if (auto it = pendingByHost.find(c.host); it != pendingByHost.end() && --it->second == 0)
        pendingByHost.erase(it);
}

bool OfficeServer::Impl::shedOldestPending(const std::string* host)
{
    // The oldest that has sent nothing goes first; only when none is left, the oldest of those
    // whose handshake has begun (a tablet's takes milliseconds, a held one the handshake timeout).
    auto victim = pending.end();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (host && (*it)->host != *host)
            continue;
        if (!(*it)->hasSpoken) {
            victim = it;
            break;
        }
        if (victim == pending.end())
            victim = it;
    }
    if (victim == pending.end())
        return false;
    const std::shared_ptr<Connection> c = *victim;
    removePending(*c);
    c->wasShed = true;
    c->abort();
    ++shed;
    return true;
}

void OfficeServer::Impl::enterPending(const std::shared_ptr<Connection>& c)
{
    auto count = [this](const std::string& host) {
        const auto it = pendingByHost.find(host);
        return it == pendingByHost.end() ? std::size_t { 0 } : it->second;
    };
    while (count(c->host) >= options.maxPendingPerAddress && shedOldestPending(&c->host)) { }
    while (pending.size() >= options.maxPending && shedOldestPending(nullptr)) { }
    c->pendingAt = pending.insert(pending.end(), c);
    c->isPending = true;
    ++pendingByHost[c->host];
}

OfficeServer::Impl::Door OfficeServer::Impl::admit(Connection& c)
{
    std::lock_guard lock(connectionsMutex);
    if (!c.isPending)
        return c.isAdmitted ? Door::Admitted : Door::Shed;
    removePending(c);
    if (admitted >= options.maxConnections)
        return Door::Busy;
    ++admitted;
    c.isAdmitted = true;
    return Door::Admitted;
}

void OfficeServer::Impl::leave(Connection& c)
{
    if (c.isPending)
        removePending(c);
    if (c.isAdmitted) {
        --admitted;
        c.isAdmitted = false;
    }
}

awaitable<void> OfficeServer::Impl::accept()
{
    std::uint64_t number = 0;
    std::uint64_t outOfFiles = 0; // accepts that failed for want of a file descriptor, not yet logged
    auto outOfFilesLoggedAt = std::chrono::steady_clock::time_point {};
    asio::steady_timer pause(co_await asio::this_coro::executor);
    while (running) {
        error_code ec;
        tcp::socket socket
            = co_await acceptor->async_accept(asio::make_strand(network), redirect_error(use_awaitable, ec));
        if (ec) {
            if (!running)
                break;
            // Out of file descriptors (EMFILE, ENFILE), the waiting connection stays in the
            // listen queue and every retry fails at once: make room by shedding the oldest pending
            // connection, and never retry in a tight loop.
            const bool noFiles = ec == asio::error::no_descriptors
                || (ec.category() == asio::error::get_system_category() && ec.value() == ENFILE);
            bool madeRoom = false;
            if (noFiles) {
                std::lock_guard lock(connectionsMutex);
                madeRoom = shedOldestPending(nullptr);
            }
            if (!noFiles) {
                log("accept failed: " + ec.message());
            } else if (++outOfFiles, std::chrono::steady_clock::now() - outOfFilesLoggedAt >= logEvery) {
                log("accept failed: " + ec.message() + " (" + std::to_string(outOfFiles)
                    + " times); shedding the oldest connections without a certificate");
                outOfFiles = 0;
                outOfFilesLoggedAt = std::chrono::steady_clock::now();
            }
            pause.expires_after(madeRoom ? std::chrono::milliseconds(2) : std::chrono::milliseconds(100));
            co_await pause.async_wait(redirect_error(use_awaitable, ec));
            continue;
        }
        ++accepted;
        ++number;
        setNoDelay(socket);
        auto connection = std::make_shared<Connection>(*this, std::move(socket), number);
        {
            std::lock_guard lock(connectionsMutex);
            connections.insert(connection);
            enterPending(connection);
        }
        ++active;
        asio::co_spawn(
            connection->executor(),
            [this, connection]() -> awaitable<void> {
                co_await connection->run();
                std::lock_guard lock(connectionsMutex);
                leave(*connection);
                connections.erase(connection);
                --active;
            },
            asio::detached);
    }
}

OfficeServer::OfficeServer(Office& office, ServerOptions options)
    : m_impl(std::make_unique<Impl>(office, std::move(options)))
{
}

OfficeServer::~OfficeServer()
{
    stop();
}

Status OfficeServer::start()
{
    Impl& d = *m_impl;
    if (d.running)
        return fail(ErrorCode::AlreadyExists, "The server is already running.");
    FN_TRY_ASSIGN(ServerCredentials credentials, d.office.serverCredentials());
    FN_TRY_ASSIGN(d.tls, serverContext(credentials));
    FN_TRY_ASSIGN(const Endpoint where, parseAddress(d.options.listen));
    error_code ec;
    tcp::resolver resolver(d.network);
    const auto endpoints = resolver.resolve(where.host, where.port, tcp::resolver::passive, ec);
    if (ec || endpoints.empty())
        return fail(ErrorCode::Network, "Cannot listen on " + d.options.listen + ": " + ec.message() + ".");
    const tcp::endpoint endpoint = endpoints.begin()->endpoint();
    d.acceptor = std::make_unique<tcp::acceptor>(d.network);
    d.acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        d.acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        d.acceptor->bind(endpoint, ec);
    if (!ec)
        d.acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(ErrorCode::Network,
            "Cannot listen on " + d.options.listen + ": " + ec.message()
                + ". Is another fieldnotes-office running, or the port taken?");
    d.boundPort = d.acceptor->local_endpoint().port();
    if (d.options.beforeServing)
        if (auto st = d.options.beforeServing(d.office); !st) {
            d.acceptor->close(ec);
            return st;
        }
    d.running = true;
    asio::co_spawn(
        d.network, [&d]() { return d.accept(); }, asio::detached);
    d.storeThread = std::thread([&d] { d.storeContext.run(); });
    for (int i = 0; i < std::max(1, d.options.networkThreads); ++i)
        d.networkThreads.emplace_back([&d] { d.network.run(); });
    d.log("listening on " + where.host + ":" + std::to_string(d.boundPort.load()) + " (TLS 1.3, client certificates)");
    return {};
}

std::uint16_t OfficeServer::port() const
{
    return m_impl->boundPort;
}

void OfficeServer::stop()
{
    Impl& d = *m_impl;
    if (!d.running.exchange(false)) {
        if (d.storeThread.joinable()) {
            d.storeWork.reset();
            d.storeThread.join();
        }
        return;
    }
    asio::post(d.network, [&d] {
        error_code ec;
        d.acceptor->close(ec);
        std::lock_guard lock(d.connectionsMutex);
        for (const auto& c : d.connections)
            c->abort();
    });
    for (auto& t : d.networkThreads)
        t.join();
    d.networkThreads.clear();
    {
        std::lock_guard lock(d.shedLogMutex);
        d.logShed();
    }
    // Refusals counted but not yet written to the audit log are written now, on the store thread.
    asio::post(d.storeContext, [&d] {
        if (auto st = d.office.audit().flushRefusals(); !st)
            d.log("the audit log's count of repeated refusals could not be written: " + st.error().message);
    });
    // Every connection has ended, so no store work is queued after this point.
    d.storeWork.reset();
    if (d.storeThread.joinable())
        d.storeThread.join();
    d.log("stopped: " + std::to_string(d.completed.load()) + " conversations completed, "
        + std::to_string(d.refused.load()) + " refused");
}

ServerStats OfficeServer::stats() const
{
    Impl& d = *m_impl;
    std::lock_guard lock(d.connectionsMutex);
    const auto silent = std::count_if(d.pending.begin(), d.pending.end(), [](const auto& c) { return !c->hasSpoken; });
    return { d.accepted, d.completed, d.refused, d.active, d.pending.size(), static_cast<std::uint64_t>(silent),
        d.shed };
}

// ---- Client -------------------------------------------------------------------------------------------

namespace {

Error networkError(const std::string& address, const std::string& what)
{
    return { ErrorCode::Network,
        "Cannot reach the office at " + address + " (" + what
            + "). Check that the tablet is on the office network and the office server is running, then try again.",
        {} };
}

// One TLS connection to the office, with frames in both directions and a watchdog.
class ClientLink {
public:
    ClientLink(asio::any_io_executor ex, asio::ssl::context& ctx, const ClientOptions& options, std::string address)
        : m_executor(ex)
        , m_stream(ex, ctx)
        , m_watchdog(ex)
        , m_options(options)
        , m_decoder(options.maxFrame)
        , m_address(std::move(address))
    {
    }

    tcp::socket& socket() { return m_stream.next_layer(); }

    awaitable<Status> open(const std::shared_ptr<bool>& pinMismatch)
    {
        const auto parsed = parseAddress(m_address);
        if (!parsed)
            co_return fail(parsed.error());
        const Endpoint where = *parsed;
        m_watchdog.arm(m_options.connectTimeout);
        asio::co_spawn(m_executor, m_watchdog.guard(m_stream.next_layer()), asio::detached);
        tcp::resolver resolver(m_executor);
        error_code ec;
        const auto endpoints
            = co_await resolver.async_resolve(where.host, where.port, redirect_error(use_awaitable, ec));
        // An abort while the name was resolved closed no socket (there was none yet): keep it here,
        // or the connect below would open one that nothing closes.
        if (m_aborted)
            co_return fail(cancelled());
        if (ec)
            co_return fail(networkError(m_address, "the name cannot be resolved: " + ec.message()));
        co_await asio::async_connect(m_stream.next_layer(), endpoints, redirect_error(use_awaitable, ec));
        if (m_aborted)
            co_return fail(cancelled());
        if (ec)
            co_return fail(networkError(m_address, m_watchdog.fired() ? "no answer in time" : ec.message()));
        setNoDelay(m_stream.next_layer());
        co_await m_stream.async_handshake(asio::ssl::stream_base::client, redirect_error(use_awaitable, ec));
        if (m_aborted)
            co_return fail(cancelled());
        if (ec) {
            if (*pinMismatch)
                co_return fail(ErrorCode::Unauthorized,
                    "The office at " + m_address
                        + " did not show the key this tablet was paired with. Do not sync; tell the office.");
            co_return fail(
                networkError(m_address, "secure connection failed: " + tlsReason(m_stream.native_handle(), ec)));
        }
        co_return Status {};
    }

    awaitable<Status> send(const wire::ClientMessage& message)
    {
        const auto payload = encode(message, m_options.maxFrame);
        if (!payload)
            co_return fail(payload.error());
        const std::string bytes = m_encoder.frame(*payload);
        m_watchdog.arm(m_options.idleTimeout);
        error_code ec;
        co_await asio::async_write(m_stream, asio::buffer(bytes), redirect_error(use_awaitable, ec));
        if (ec)
            co_return fail(lost(ec));
        bytesSent += static_cast<std::int64_t>(bytes.size());
        co_return Status {};
    }

    awaitable<Result<wire::ServerMessage>> receive()
    {
        for (;;) {
            auto next = m_decoder.next();
            if (!next)
                co_return fail(ErrorCode::Protocol, "The office sent " + next.error().message + ".");
            if (*next) {
                bytesReceived += static_cast<std::int64_t>(m_decoder.lastFrameBytes());
                co_return decodeServerMessage(**next);
            }
            m_watchdog.arm(m_options.idleTimeout);
            error_code ec;
            const std::size_t n
                = co_await m_stream.async_read_some(asio::buffer(m_buffer), redirect_error(use_awaitable, ec));
            if (ec)
                co_return fail(lost(ec));
            m_decoder.feed(std::string_view(m_buffer.data(), n));
        }
    }

    awaitable<void> close()
    {
        m_watchdog.arm(std::chrono::seconds(5));
        error_code ec;
        co_await m_stream.async_shutdown(redirect_error(use_awaitable, ec));
        m_stream.next_layer().close(ec);
        m_watchdog.disarm();
    }

    // Ends the connection, or, before it is open, the attempt to open it. On the client's thread.
    void abort()
    {
        m_aborted = true;
        error_code ec;
        m_stream.next_layer().close(ec);
        m_watchdog.disarm();
    }

    static Error cancelled() { return { ErrorCode::Network, "The sync was cancelled.", {} }; }

    // The office agreed to compression in its Welcome: frames after it may go compressed both ways.
    void compress()
    {
        m_encoder.enableCompression();
        m_decoder.acceptCompressed();
    }

    std::int64_t bytesSent = 0;
    std::int64_t bytesReceived = 0;

private:
    Error lost(const error_code& ec)
    {
        if (m_watchdog.fired())
            return networkError(m_address, "the office stopped answering");
        const std::string reason = tlsReason(m_stream.native_handle(), ec, false);
        if (ec.category() == asio::error::get_ssl_category())
            return { ErrorCode::Unauthorized,
                "The office refused this tablet's certificate (" + reason
                    + "). If the tablet was withdrawn or the office set up again, pair it again.",
                {} };
        return networkError(m_address, "the connection was lost: " + reason);
    }

    asio::any_io_executor m_executor;
    TlsStream m_stream;
    Watchdog m_watchdog;
    const ClientOptions& m_options;
    FrameDecoder m_decoder;
    FrameEncoder m_encoder;
    std::string m_address;
    std::array<char, 65536> m_buffer {};
    bool m_aborted = false;
};

// Runs `f` where the store lives (see ClientOptions::runOnStore) and resumes here with its result.
template<class F> awaitable<std::invoke_result_t<F&>> onStore(const ClientOptions& options, F f)
{
    using R = std::invoke_result_t<F&>;
    if (!options.runOnStore)
        co_return f();
    // `f` lives in this frame until the handler resumes it, so the job may refer to it.
    auto initiation = [&options, &f](auto handler) {
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        options.runOnStore([&f, shared]() {
            R result = f();
            auto ex = asio::get_associated_executor(*shared);
            asio::post(ex, [shared, result = std::move(result)]() mutable { std::move (*shared)(std::move(result)); });
        });
    };
    co_return co_await asio::async_initiate<decltype(use_awaitable), void(R)>(initiation, use_awaitable);
}

struct Cancellation {
    std::mutex mutex;
    ClientLink* link = nullptr;
    bool cancelled = false;
};

awaitable<Result<SyncReport>> runSync(
    Store& store, ProgressCallback progress, ClientOptions options, std::shared_ptr<Cancellation> cancel)
{
    auto ex = co_await asio::this_coro::executor;
    auto credentials = co_await onStore(options, [&store] { return loadCredentials(store); });
    if (!credentials)
        co_return fail(credentials.error());
    auto pinMismatch = std::make_shared<bool>(false);
    auto ctx = clientContext(&credentials->keyPem, &credentials->certificatePem, credentials->officePin,
        credentials->nextOfficePin, pinMismatch);
    if (!ctx)
        co_return fail(ctx.error());
    const std::string address = options.addressOverride.empty() ? credentials->officeAddress : options.addressOverride;
    ClientLink link(ex, **ctx, options, address);
    {
        std::lock_guard lock(cancel->mutex);
        if (cancel->cancelled)
            co_return fail(ErrorCode::Network, "The sync was cancelled.");
        cancel->link = &link;
    }
    struct Detach {
        std::shared_ptr<Cancellation> c;
        ~Detach()
        {
            std::lock_guard lock(c->mutex);
            c->link = nullptr;
        }
    } detach { cancel };

    if (auto st = co_await link.open(pinMismatch); !st)
        co_return fail(st.error());
    std::unique_ptr<DeviceSession> session;
    auto hello = co_await onStore(options, [&] {
        session = std::make_unique<DeviceSession>(store, progress);
        return session->start();
    });
    if (!hello)
        co_return fail(hello.error());
    if (options.compress)
        hello->mutable_hello()->add_compression(wire::COMPRESSION_ZSTD);
    if (auto st = co_await link.send(*hello); !st)
        co_return fail(st.error());
    for (bool greeted = false;;) {
        auto message = co_await link.receive();
        if (!message) {
            link.abort();
            co_return fail(message.error());
        }
        if (!greeted && message->has_welcome()) {
            greeted = true;
            if (options.compress && message->welcome().compression() == wire::COMPRESSION_ZSTD)
                link.compress();
        }
        auto answer = co_await onStore(options, [&] { return session->receive(*message); });
        if (!answer) {
            link.abort();
            co_return fail(answer.error());
        }
        if (*answer) {
            if (auto st = co_await link.send(**answer); !st)
                co_return fail(st.error());
        }
        if (session->finished())
            break;
    }
    co_await link.close();
    SyncReport report = session->report();
    report.bytesSent = link.bytesSent;
    report.bytesReceived = link.bytesReceived;
    co_return report;
}

awaitable<Status> runPair(Store& store, PairingBundle bundle, std::string label, ClientOptions options)
{
    auto ex = co_await asio::this_coro::executor;
    auto pinMismatch = std::make_shared<bool>(false);
    auto ctx = clientContext(nullptr, nullptr, bundle.pin, bundle.nextPin, pinMismatch);
    if (!ctx)
        co_return fail(ctx.error());
    const std::string address = options.addressOverride.empty() ? bundle.office : options.addressOverride;
    ClientLink link(ex, **ctx, options, address);
    if (auto st = co_await link.open(pinMismatch); !st)
        co_return st;
    auto pairing = std::make_shared<DevicePairing>(store, bundle, label);
    DevicePairing* p = pairing.get();
    auto request = co_await onStore(options, [p] { return p->request(); });
    if (!request)
        co_return fail(request.error());
    if (auto st = co_await link.send(*request); !st)
        co_return st;
    auto answer = co_await link.receive();
    if (!answer)
        co_return fail(answer.error());
    const wire::ServerMessage* received = &*answer;
    auto done = co_await onStore(options, [p, received] { return p->complete(*received); });
    co_await link.close();
    co_return done;
}

template<class R> R runBlocking(awaitable<R> work)
{
    asio::io_context ctx;
    std::optional<R> result;
    asio::co_spawn(ctx, std::move(work), [&](std::exception_ptr e, R r) {
        if (e)
            result = R(fail(ErrorCode::Internal, "The sync stopped unexpectedly."));
        else
            result = std::move(r);
    });
    ctx.run();
    return std::move(*result);
}

} // namespace

Result<SyncReport> syncNow(Store& store, const ProgressCallback& progress, ClientOptions options)
{
    return runBlocking(runSync(store, progress, std::move(options), std::make_shared<Cancellation>()));
}

Status pairNow(Store& store, const PairingBundle& bundle, const std::string& label, ClientOptions options)
{
    return runBlocking(runPair(store, bundle, label, std::move(options)));
}

struct SyncClient::Impl {
    asio::io_context context;
    asio::executor_work_guard<asio::io_context::executor_type> work { asio::make_work_guard(context) };
    std::thread thread;
    std::shared_ptr<Cancellation> cancel = std::make_shared<Cancellation>();
};

SyncClient::SyncClient()
    : m_impl(std::make_unique<Impl>())
{
    m_impl->thread = std::thread([d = m_impl.get()] { d->context.run(); });
}

SyncClient::~SyncClient()
{
    cancel();
    m_impl->work.reset();
    m_impl->thread.join();
}

void SyncClient::sync(Store& store, ProgressCallback progress, Finished finished, ClientOptions options)
{
    {
        std::lock_guard lock(m_impl->cancel->mutex);
        m_impl->cancel->cancelled = false;
    }
    asio::co_spawn(m_impl->context, runSync(store, std::move(progress), std::move(options), m_impl->cancel),
        [finished = std::move(finished)](std::exception_ptr e, Result<SyncReport> r) {
            if (e)
                finished(fail(ErrorCode::Internal, "The sync stopped unexpectedly."));
            else
                finished(std::move(r));
        });
}

void SyncClient::pair(
    Store& store, PairingBundle bundle, std::string label, std::function<void(Status)> finished, ClientOptions options)
{
    asio::co_spawn(m_impl->context, runPair(store, std::move(bundle), std::move(label), std::move(options)),
        [finished = std::move(finished)](std::exception_ptr e, Status st) {
            finished(e ? Status(fail(ErrorCode::Internal, "Pairing stopped unexpectedly.")) : std::move(st));
        });
}

void SyncClient::cancel()
{
    auto c = m_impl->cancel;
    asio::post(m_impl->context, [c] {
        std::lock_guard lock(c->mutex);
        c->cancelled = true;
        if (c->link)
            c->link->abort();
    });
}

} // namespace fieldnotes::sync
