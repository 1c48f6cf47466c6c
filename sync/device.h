// The tablet's side of sync, without IO: what it sends and how it takes in each answer, over its
// store's Replica. The TLS client (client.h) and the simulator drive the same DeviceSession.
//
// One sync: Hello; then the outbox in batches (only the changes that were waiting when the sync
// began, so a person typing during a sync cannot keep it going; each batch of one generation of
// the store), each answer applied in one transaction (acknowledged changes leave the outbox;
// refused ones move to the list of refused changes and their records return to the office's
// state; changes about an erased person go without a trace, and so does the person); then one
// pull, each message applied in its own transaction. A connection that drops at any byte leaves
// the store consistent, and the next sync resumes: pushes are idempotent by generation and
// sequence number, and the cursor only moves past what has been applied.
//
// Before sending anything, the tablet compares its clock with the office's (in Welcome): more than
// HybridClock::maxLead ahead, the sync stops with ErrorCode::ClockWrong and nothing is sent; once
// the clock is right, changes saved while it ran ahead are stamped again (Replica::restamp).
#pragma once

#include "replica.h"
#include "wire.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fieldnotes::sync {

// What a person should know after a sync besides its counts (the app and fieldnotes-cli show it).
enum class SyncNotice {
    // The office has taken more changes from this tablet than its case file knows of: the case file
    // was restored from a backup, or copied from (or to) another tablet. Nothing sent now is lost or
    // taken twice; what the lost store sent comes back with the sync.
    StoreRestored,
    // This tablet's clock is behind the office's by more than HybridClock::maxLead: dates it fills
    // in are off, and its edits lose to others'.
    ClockBehind,
    // A participant this user followed was handed over to a colleague: their records left this
    // tablet; drafts about them stay (SyncReport::handedOver names them).
    HandedOver,
};
std::string_view noticeCode(SyncNotice notice);
// The notice in words, for fieldnotes-cli (the app words it itself, translated).
std::string noticeText(SyncNotice notice, std::int64_t clockGapMs = 0);

struct SyncReport {
    int sent = 0; // changes sent (replays of earlier attempts included)
    int applied = 0;
    int duplicates = 0; // the office already had them (an earlier attempt got through)
    int conflicts = 0; // crossed another edit: kept as a conflict for a person to resolve
    int rejected = 0; // refused by the office: see the list of refused changes
    int received = 0; // row states taken from the office
    int snapshots = 0; // scopes received whole
    int evicted = 0; // scopes removed (no longer shared with this user, or shared differently)
    int purged = 0; // participants erased at the office
    int erasedChanges = 0; // changes about people erased at the office: dropped, nothing of them kept
    std::int64_t openConflicts = 0; // on this tablet after the sync
    std::int64_t pending = 0; // changes still waiting (made during the sync)
    std::int64_t cursor = 0;
    std::int64_t bytesSent = 0, bytesReceived = 0; // frames on the wire (filled in by the transport)
    bool wiped = false;
    std::vector<std::string> refusals; // the office's reasons, one per refused change
    std::vector<SyncNotice> notices;
    std::vector<std::string> handedOver; // display names of the participants handed over to a colleague
    int draftsKept = 0; // drafts about them that stay on this tablet
    std::int64_t clockGapMs = 0; // for ClockBehind: how far behind the office's clock
    int restamped = 0; // changes saved while the clock ran ahead, stamped again before sending
};

struct SyncProgress {
    enum class Phase { Connecting, Pushing, Pulling, Finished };
    Phase phase = Phase::Connecting;
    std::int64_t done = 0;
    std::int64_t total = 0; // 0: not known yet
};

using ProgressCallback = std::function<void(const SyncProgress&)>;

class DeviceSession {
public:
    static constexpr int changesPerBatch = 500;

    explicit DeviceSession(core::Store& store, ProgressCallback progress = {});

    // The greeting that opens the conversation (reads the outbox's extent, so call it on the
    // store's thread).
    core::Result<wire::ClientMessage> start();
    // Takes one message from the office and answers it, if an answer is due. Store work happens in
    // here. An error ends the sync (the store stays consistent; sync again later).
    core::Result<std::optional<wire::ClientMessage>> receive(const wire::ServerMessage& message);

    bool finished() const { return m_state == State::Done; }
    const SyncReport& report() const { return m_report; }

private:
    enum class State { Greeting, Pushing, Pulling, Done };
    core::Result<std::optional<wire::ClientMessage>> nextPush();
    core::Status takePushResult(const wire::PushResult& result);
    core::Status checkClock(std::int64_t officeTimeMs);
    void notice(SyncNotice n);
    core::Status finish();
    void progress(SyncProgress::Phase phase, std::int64_t done, std::int64_t total);

    core::Store* m_store;
    core::Replica m_replica;
    ProgressCallback m_progress;
    State m_state = State::Greeting;
    std::int64_t m_lastSeqAtStart = 0;
    std::int64_t m_pendingAtStart = 0;
    std::vector<core::Change> m_batch; // the batch awaiting its result
    std::set<std::string> m_kept; // scopes an eviction had to keep (local changes waiting)
    std::int64_t m_pullTotal = 0, m_pullDone = 0;
    SyncReport m_report;
};

// ---- The tablet's identity ------------------------------------------------------------------------------

// What a paired tablet keeps (inside its encrypted store) to reach and trust the office.
struct DeviceCredentials {
    std::string officeAddress;
    std::string officeId;
    std::string officePin; // SHA-256 of the office server's public key
    std::string nextOfficePin; // of the key the office will serve with next; empty: none announced
    std::string keyPem; // the tablet's private key; the holder wipes it once loaded
    std::string certificatePem;
};

bool isPaired(core::Store& store);
core::Result<DeviceCredentials> loadCredentials(core::Store& store);

// A pairing bundle as fieldnotes-office enroll writes it.
struct PairingBundle {
    std::string office; // HOST:PORT
    std::string officeId;
    std::string pin;
    std::string nextPin; // made while a key change was prepared: the office's next key, also trusted
    std::string token;
    std::int64_t expiresMs = 0;
};
core::Result<PairingBundle> parseBundle(std::string_view json);

// Pairing, without IO: a fresh key pair and a certificate request for this tablet, then the
// office's answer kept in the store (credentials, the user and their role).
class DevicePairing {
public:
    DevicePairing(core::Store& store, PairingBundle bundle, std::string label);
    ~DevicePairing();
    DevicePairing(const DevicePairing&) = delete;
    DevicePairing& operator=(const DevicePairing&) = delete;

    core::Result<wire::ClientMessage> request();
    core::Status complete(const wire::ServerMessage& answer);
    const PairingBundle& bundle() const { return m_bundle; }

private:
    core::Store* m_store;
    PairingBundle m_bundle;
    std::string m_label;
    std::string m_keyPem;
};

// Erases everything synced to this tablet and its keys, physically (the office withdrew it), so
// that nothing is left even if the store's files cannot be removed. A withdrawn tablet must end as
// freshly installed: once the store is closed, its owner removes it with core::Store::destroy
// (fieldnotes-cli sync, and the app, which then goes back to its first start).
core::Status wipeReplica(core::Store& store);

} // namespace fieldnotes::sync
