// The office's side of the protocol, without IO: the answer to every request a tablet makes (pairing,
// greeting, pushes and pulls), over the office's encrypted store, its ledger and its own tables.
// fieldnotes-office's server runs these on one store thread; tests and the simulator call them
// directly, so the protocol logic they check is the one that serves tablets. The administrator's
// commands at the office (setting it up, enrolling and withdrawing tablets, ...) are officeadmin.h.
//
// Every access is written to the audit log in the transaction that does the work. Everything that
// reaches the audit log or the connection log names ids and counts only.
#pragma once

#include "audit.h"
#include "ledger.h"
#include "officetables.h"
#include "policy.h"
#include "wire.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fieldnotes::sync {

inline constexpr std::string_view defaultOfficeAddress = "127.0.0.1:7443";

// The keys and certificates the server serves with.
struct ServerCredentials {
    std::string keyPem; // the holder wipes it once it is loaded
    std::string certificatePem;
    std::string authorityPem;
};

// A connection's authenticated user, known after a successful Hello.
struct Peer {
    core::Id deviceId;
    core::Id staffId;
    core::StaffRole role = core::StaffRole::Specialist;
};

// What a connection's client certificate says, as the TLS layer verified it against the office CA.
struct CertificateIdentity {
    core::Id deviceId; // the certificate's common name
    std::string sha256;
};

struct PullPlan {
    std::int64_t head = 0;
    std::vector<std::string> evict;
    std::vector<std::string> erase; // named by the tablet, and erased here: it erases them too
    std::vector<std::string> handedOver; // of `evict`: participants now followed by a colleague
    struct Scope {
        std::string scope;
        std::string fingerprint;
        std::vector<std::pair<std::string, core::Id>> rows; // (table, id), oldest first
    };
    // Scopes newly shared, whole; and scopes the tablet opened itself, without rows (confirming the
    // fingerprint: their rows come with the feed).
    std::vector<Scope> snapshots;
    std::vector<core::FeedEntry> feed; // held scopes only, by feed position
    std::map<std::string, std::string> feedViews; // the scopes the feed serves, with their fingerprint
    std::int64_t from = 0; // the tablet's cursor when it asked
    std::int64_t snapshotRows = 0;
};

class Office;

// The messages of one pull, one at a time, each made by one bounded read of the office's store:
// PullStart, Evict, Snapshot (per scope, in chunks; the last of a scope says complete), Feed (in
// chunks, each moving the tablet's cursor to its last entry), PullDone. Rows are read as they are
// when their chunk is made: a row that changed since the plan arrives newer, which the tablet
// accepts, and reappears in its next pull, which it ignores; so the tablet never misses a state
// at or below the plan's head without holding the whole pull in one transaction.
class PullStream {
public:
    PullStream(Peer peer, PullPlan plan)
        : m_peer(std::move(peer))
        , m_plan(std::move(plan))
    {
    }
    core::Result<std::optional<wire::ServerMessage>> next(Office& office);
    std::int64_t rowsSent() const { return m_rowsSent; }

private:
    enum class Stage { Start, Evict, Snapshots, Feed, Done, Finished };
    Peer m_peer;
    PullPlan m_plan;
    Stage m_stage = Stage::Start;
    std::size_t m_scope = 0, m_row = 0, m_feed = 0;
    std::int64_t m_rowsSent = 0;
    bool m_scopeChanged = false; // the current snapshot's view changed since the plan
    std::int64_t m_cursor = m_plan.from; // the last feed position sent
    bool m_feedCut = false; // a served scope's view changed: the pull ends at m_cursor
};

// The office's answer to every request a tablet makes: pairing, the greeting and its recheck before
// each request, pushes (merge rules and permissions) and pulls (planned, then streamed). It owns the
// office's ledger, audit log and tables; the administrator's commands (OfficeAdmin) work through it.
class Office {
public:
    // Rows per Snapshot or Feed message, and the size a message is kept under. The tablet applies
    // each message in one transaction; fewer, larger transactions made a first sync of the demo
    // caseload twice as fast as 500-row messages (the search index is rewritten per commit).
    static constexpr std::size_t rowsPerMessage = 5000;
    static constexpr std::size_t bytesPerMessage = std::size_t { 4 } << 20;

    explicit Office(core::Store& store);

    core::Store& store() { return *m_store; }
    core::Ledger& ledger() { return m_ledger; }
    AuditLog& audit() { return m_audit; }
    OfficeTables& tables() { return m_tables; }

    // Typed edits of the office's own, published in the feed, in one transaction.
    template<class F> core::Status write(F&& work);

    // One of the office's credentials (officetables.h names them); refused when this store holds
    // none, as a store that is not an office's.
    core::Result<std::string> credential(std::string_view name);
    // The public-key pin of the certificate stored under `certificateName`; empty when there is none.
    core::Result<std::string> pinOf(std::string_view certificateName);
    core::Result<ServerCredentials> serverCredentials();

    // ---- A tablet's requests ---------------------------------------------------------------------
    // `address`: where the request came from (for the audit log's record of refusals).
    core::Result<wire::ServerMessage> pair(const wire::PairRequest& request, std::string_view address = {});
    core::Result<wire::ServerMessage> hello(const CertificateIdentity& certificate, const wire::Hello& hello,
        std::optional<Peer>& peer, std::string_view address = {});
    // Asked again before every request of a connection and every message of a pull: nullopt while
    // the tablet may go on; else the answer that ends the connection (told to wipe when it was
    // withdrawn meanwhile, refused when its certificate was replaced or its user changed).
    core::Result<std::optional<wire::ServerMessage>> recheck(const CertificateIdentity& certificate, const Peer& peer);
    core::Result<wire::ServerMessage> push(const Peer& peer, const wire::PushBatch& batch);
    core::Result<PullStream> pull(const Peer& peer, const wire::PullRequest& request);

private:
    friend class PullStream;
    // The device a certificate names, and the answer that stops it if it may not sync (unknown,
    // an older certificate, withdrawn).
    struct Standing {
        std::optional<core::Device> device;
        std::optional<wire::ServerMessage> stop;
    };
    core::Result<Standing> standingOf(const CertificateIdentity& certificate);
    core::Status observeClock();
    core::Result<PullPlan> plan(const Viewer& viewer, const wire::PullRequest& request);
    // The person's viewer as the office's data stands. Loaded again only when the feed has moved
    // (every record a view depends on is published in it) or the date has changed: one sync asks
    // for it at its greeting, its push, its plan and each message it is sent.
    core::Result<Viewer> viewerOf(const core::Id& staffId);

    core::Store* m_store;
    core::Ledger m_ledger;
    AuditLog m_audit;
    OfficeTables m_tables;
    struct LoadedViewer {
        std::int64_t head = 0;
        core::Date day;
        Viewer viewer;
    };
    std::map<core::Id, LoadedViewer> m_viewers; // by staff id
};

template<class F> core::Status Office::write(F&& work)
{
    return m_store->transaction([&]() -> core::Status {
        FN_TRY(observeClock());
        FN_TRY(work());
        return m_ledger.publishLocal();
    });
}

// How a connection's conversation ended, for the connection log and the server's count of refused
// connections. The words that go with it (the office's reason, the device paired) are
// OfficeSession::outcomeText().
enum class SessionOutcome {
    Open, // not ended by the protocol (yet): still going, or cut off, timed out or shed
    Done, // the tablet said goodbye after its pushes and pulls
    Paired, // a pairing request was answered with a certificate
    PairingRefused, // a pairing request was refused (a spent or unknown bundle, ...)
    Refused, // refused by the office: out of order, no or a replaced certificate, a wrong clock, ...
    Wiped, // the tablet was told to wipe: the office withdrew it
    OfficeFailed, // the office's own store work failed during a pull
};

// The outcomes the server counts as refused connections.
bool countsAsRefused(SessionOutcome outcome);

// One connection's conversation, without IO. It keeps the protocol's order (Hello or PairRequest
// first; then pushes and pulls, one at a time) and turns each message into the office's answers.
// Anything out of order, or a pairing request on a connection with a certificate (or a greeting
// without one), is refused and the connection closed.
class OfficeSession {
public:
    struct Reply {
        std::vector<wire::ServerMessage> messages;
        bool streaming = false; // more messages follow from next()
        bool close = false; // close the connection once these are sent
    };

    // `address`: where the connection comes from (an IP address, no port), for the audit log's
    // record of refusals.
    OfficeSession(Office& office, std::optional<CertificateIdentity> certificate, std::string address = {})
        : m_office(&office)
        , m_certificate(std::move(certificate))
        , m_address(std::move(address))
    {
    }

    // Store work happens in here: call it on the office's store thread.
    Reply handle(const wire::ClientMessage& message);
    // The next message of a pull in progress; nullopt when the pull is done.
    core::Result<std::optional<wire::ServerMessage>> next();
    // The transport found a broken frame, or timed out: a Refusal to send before closing.
    Reply refuse(wire::Refusal::Code code, const std::string& reason);

    bool closed() const { return m_state == State::Closed; }
    const std::optional<Peer>& peer() const { return m_peer; }
    // One line for the connection log: who (ids), what (counts), how it ended.
    std::string summary() const;
    SessionOutcome outcome() const { return m_outcome; }
    // The outcome in words, with its reason: "refused: ...", "told to wipe (withdrawn tablet)".
    const std::string& outcomeText() const { return m_outcomeText; }

private:
    enum class State { Greeting, Ready, Pulling, Closed };
    Reply fault(wire::Refusal::Code code, const std::string& reason, const core::Error* error = nullptr);
    // The office's answer that ends the connection (told to wipe, or refused).
    Reply stopped(wire::ServerMessage answer);
    void end(SessionOutcome outcome, std::string text);

    Office* m_office;
    std::optional<CertificateIdentity> m_certificate;
    std::string m_address;
    std::optional<Peer> m_peer;
    std::optional<PullStream> m_pull;
    State m_state = State::Greeting;
    SessionOutcome m_outcome = SessionOutcome::Open;
    std::string m_outcomeText = "open";
    int m_pushes = 0, m_pulls = 0;
    std::int64_t m_changes = 0, m_rejected = 0, m_conflicts = 0, m_rows = 0;
};

wire::ServerMessage refusal(wire::Refusal::Code code, const std::string& message);

} // namespace fieldnotes::sync
