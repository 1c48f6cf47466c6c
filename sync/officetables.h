// The office's own tables behind a typed API: its credentials (the keys of its authority and its
// server, its address), the pairing tokens it issues, the certificates it issued to tablets, and the
// reads of the feed, the staff list, the tablets and the counts that its answers and commands take.
// With the audit log (audit.h) this is where the office's SQL lives; the protocol and the commands
// read as rules. Every statement is prepared once and kept in the store's statement cache.
#pragma once

#include "ledger.h"
#include "records.h"
#include "store.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fieldnotes::sync {

// The office's credentials, by name.
inline constexpr std::string_view caKeyName = "office_ca_key";
inline constexpr std::string_view caCertName = "office_ca_certificate";
inline constexpr std::string_view serverKeyName = "office_server_key";
inline constexpr std::string_view serverCertName = "office_server_certificate";
// Key rotation: the key the office will serve with next, made ahead so tablets can pin it first.
inline constexpr std::string_view nextServerKeyName = "office_next_server_key";
inline constexpr std::string_view nextServerCertName = "office_next_server_certificate";
inline constexpr std::string_view addressName = "office_address";

// A one-time pairing token the office issued, as the office holds it (only its hash).
struct PairingToken {
    core::Id staffId;
    std::int64_t expiresMs = 0;
    bool spent = false;
    core::Id spentBy; // the device that spent it (empty: unspent)
    std::string spentForPin; // the public-key pin of the request that spent it
};

// What `fieldnotes-office status` counts.
struct OfficeCounts {
    std::int64_t staff = 0, devices = 0, revokedDevices = 0, participants = 0, employers = 0, openConflicts = 0;
    std::int64_t pendingTokens = 0;
};

// A read of several statements seen as one state of the store; nothing when the caller already
// holds a transaction.
class ReadTransaction {
public:
    explicit ReadTransaction(core::Store& store);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    core::Store* m_store;
    bool m_open;
};

class OfficeTables {
public:
    explicit OfficeTables(core::Store& store)
        : m_store(&store)
    {
    }

    // Sets the office's connection up: office commands write from their own process beside the
    // running server, so each waits for the other's transactions instead of failing at once; and a
    // pull reads whole caseloads, which SQLCipher decrypts page by page, so the page cache holds the
    // working set (a first sync four times faster than with the default 2 MB).
    void configureConnection();

    // ---- Credentials ----------------------------------------------------------------------------
    core::Result<std::optional<std::string>> credential(std::string_view name);
    core::Status setCredential(std::string_view name, std::string_view value);
    core::Status eraseCredential(std::string_view name);

    // ---- Pairing tokens -------------------------------------------------------------------------
    core::Status addPairingToken(
        std::string_view tokenHash, const core::Id& staffId, std::int64_t createdMs, std::int64_t expiresMs);
    core::Result<std::optional<PairingToken>> pairingToken(std::string_view tokenHash);
    // Spends the token for `device` and its key; false when it was spent already (nothing changes).
    core::Result<bool> spendPairingToken(
        std::string_view tokenHash, std::int64_t atMs, const core::Id& device, std::string_view keyPin);

    // ---- The certificates issued to tablets (the latest per device) -----------------------------
    core::Status recordCertificate(
        const core::Id& device, std::string_view serial, std::string_view sha256, std::int64_t issuedMs);
    core::Result<std::optional<std::string>> certificateSha256(const core::Id& device);

    // ---- The feed -------------------------------------------------------------------------------
    // Whether the office has a row of `scope` at or below feed position `seq`.
    core::Result<bool> holdsRowsUpTo(const std::string& scope, std::int64_t seq);
    // The (table, id) of every row of `scope` up to feed position `head`, oldest first.
    core::Result<std::vector<std::pair<std::string, core::Id>>> scopeRows(const std::string& scope, std::int64_t head);
    // The feed's entries of `scopes` after `cursor` up to `head`, by position.
    core::Result<std::vector<core::FeedEntry>> feedOf(
        const std::set<std::string>& scopes, std::int64_t cursor, std::int64_t head);

    // ---- Staff, tablets, participants -----------------------------------------------------------
    core::Result<std::vector<core::Staff>> staffByName();
    core::Result<std::vector<core::Staff>> staffNamed(const std::string& name);
    core::Result<std::vector<core::Device>> devicesByStaff();
    // Whether the office holds a row of the participant, or of any participant.
    core::Result<bool> holdsParticipant(const core::Id& participant);
    core::Result<bool> holdsParticipants();
    core::Result<OfficeCounts> counts(std::int64_t nowMs);

private:
    core::Store* m_store;
};

} // namespace fieldnotes::sync
