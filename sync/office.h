// The office's side of sync, without IO: its encrypted store and ledger, its certificate authority,
// the enrolment and withdrawal of tablets, and the answer to every request a tablet makes.
// fieldnotes-office's server runs these on one store thread; tests and the simulator call them
// directly, so the protocol logic they check is the one that serves tablets.
//
// Every access is written to the audit log in the transaction that does the work. Everything that
// reaches the audit log or the connection log names ids and counts only.
#pragma once

#include "audit.h"
#include "demo.h"
#include "ledger.h"
#include "officetables.h"
#include "policy.h"
#include "wire.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fieldnotes::sync {

inline constexpr std::string_view defaultOfficeAddress = "127.0.0.1:7443";

struct OfficeSetup {
    std::string address { defaultOfficeAddress }; // where tablets reach the office (written into bundles)
    core::StoreOptions store;
    // The least Argon2id cost create() accepts for the office's key file: a tablet's. Only tests that
    // set up offices by the hundred lower it, knowingly.
    core::KdfCost minimumKdf = core::KdfCost::standard();
};

struct Enrolment {
    core::Id staffId;
    bool newStaff = false;
    std::string bundle; // the pairing bundle (JSON); holds a one-time token, so it is a secret
    std::int64_t expiresMs = 0;
};

struct DeviceInfo {
    core::Id id;
    core::Id staffId;
    std::string label;
    core::OptDate revokedOn;
    std::int64_t lastSeenMs = 0; // 0: never connected since pairing
};

struct OfficeStatus {
    std::string officeId;
    std::string address;
    std::string pin;
    std::string nextPin; // a key rotation is prepared (empty: none)
    std::int64_t head = 0;
    std::int64_t staff = 0, devices = 0, revokedDevices = 0, participants = 0, employers = 0, openConflicts = 0;
    std::int64_t pendingTokens = 0;
    AuditCheck audit;
};

// A change of the office's server key (sync/README.md, "Changing the office's key"). Tablets pin
// the server's public key; the next key is made ahead, its pin handed to every tablet that syncs,
// and the office changes to it once the tablets in use have heard it.
struct KeyRotation {
    std::string currentPin;
    std::string nextPin; // empty: no rotation prepared
    std::vector<DeviceInfo> waiting; // tablets not withdrawn that have not yet heard nextPin
};

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

class Office {
public:
    // Rows per Snapshot or Feed message, and the size a message is kept under. The tablet applies
    // each message in one transaction; fewer, larger transactions made a first sync of the demo
    // caseload twice as fast as 500-row messages (the search index is rewritten per commit).
    static constexpr std::size_t rowsPerMessage = 5000;
    static constexpr std::size_t bytesPerMessage = std::size_t { 4 } << 20;

    // A new office: the encrypted store, its certificate authority and the server's key and
    // certificate (all inside the store).
    static core::Status create(const std::filesystem::path& dir, std::string_view passphrase, const OfficeSetup& setup);
    // The same keys and certificates for a store that exists (and holds none yet).
    static core::Status setUp(core::Store& store, const std::string& address);

    explicit Office(core::Store& store);

    core::Store& store() { return *m_store; }
    core::Ledger& ledger() { return m_ledger; }
    AuditLog& audit() { return m_audit; }
    OfficeTables& tables() { return m_tables; }

    // Typed edits of the office's own, published in the feed, in one transaction.
    template<class F> core::Status write(F&& work);

    // ---- Office commands -------------------------------------------------------------------------
    // A one-time pairing bundle for `user` (a staff id, or a name: an existing staff member of
    // that name and role, or a new one). `address` overrides the stored office address.
    core::Result<Enrolment> enroll(const std::string& user, core::StaffRole role, std::chrono::hours validity,
        const std::string& address = {}, const std::string& actor = {});
    core::Result<std::vector<core::Staff>> staff();
    // Hands the participant over to `staff` (core/handover.h, as the office), recording the hand-over.
    core::Status assignSpecialist(const core::Id& participant, const core::Id& staff);
    core::Result<core::Id> assignMentor(
        const core::Id& participant, const core::Id& mentor, const core::OptId& placement, const core::OptDate& from);
    core::Status linkMentor(const core::Id& mentor, const core::Id& staff);
    core::Status revoke(const core::Id& device);
    core::Status erase(const core::Id& participant);
    core::Result<core::DemoSummary> loadDemo(core::DemoOptions options);
    core::Result<std::vector<DeviceInfo>> devices();
    core::Result<OfficeStatus> status();
    // Makes the next server key (refused while one is prepared); tablets learn its pin as they sync.
    core::Result<KeyRotation> prepareKeyRotation(const std::string& actor = {});
    core::Result<KeyRotation> keyRotation();
    // The next key becomes the server's key (the server serves it from its next start). Refused
    // while tablets are waiting, unless `force`: those tablets must then be paired again.
    core::Result<KeyRotation> activateNextKey(bool force, const std::string& actor = {});
    core::Status cancelKeyRotation(const std::string& actor = {});
    core::Result<ServerCredentials> serverCredentials();
    core::Result<std::string> address();
    core::Result<std::string> credential(std::string_view name);

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
    core::Result<std::string> pinOf(std::string_view certificateName); // empty when there is none
    core::Result<PullPlan> plan(const Viewer& viewer, const wire::PullRequest& request);

    core::Store* m_store;
    core::Ledger m_ledger;
    AuditLog m_audit;
    OfficeTables m_tables;
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
