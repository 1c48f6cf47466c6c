// The office's audit log: every access (a connection, a pairing, a push, a pull, an office
// command) is one entry, appended in the same transaction as the work it records. Entries are
// hash-chained: each holds SHA-256 over the previous entry's hash and its own fields, so an edited,
// removed or reordered entry breaks the chain from there on. The table refuses updates and
// deletes. Entries hold ids, counts and outcomes only, never a name or a note.
#pragma once

#include "store.h"

#include <chrono>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fieldnotes::sync {

// The entries the office reads back, besides verifying the chain.
// A hand-over: its staff_id is the specialist who followed the participant until then, its detail
// "participant=<id> to=<staff>", its time when the office received it.
inline constexpr std::string_view handOverEvent = "handover";
// A tablet's greeting, taken: when it last connected.
inline constexpr std::string_view helloEvent = "hello";
// A tablet holds the pin of the office's next key (detail "pin=<pin>"), once per tablet and key.
inline constexpr std::string_view nextKeyHeldEvent = "next-key-held";

struct AuditEntry {
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    std::string deviceId;
    std::string staffId;
    std::string event;
    std::string detail;
    std::string hash;
};

struct AuditCheck {
    std::int64_t entries = 0;
    std::int64_t firstBroken = 0; // 0: the chain holds
    std::string head; // the last entry's hash
    std::int64_t earlierHeadAt = 0; // the entry whose hash is the earlier head asked about; 0: none is
};

class AuditLog {
public:
    explicit AuditLog(core::Store& office)
        : m_store(&office)
    {
    }

    core::Status append(
        std::string_view event, std::string_view deviceId, std::string_view staffId, std::string_view detail);
    // Checks the chain. With `earlierHead` (a head printed before, e.g. at an earlier start of the
    // server), also finds the entry it names: the log as it was then is still a prefix of the log now
    // only if there is one and the chain holds. Whoever holds the store's key could rewrite the whole
    // chain consistently; a head written down outside the store is what shows it.
    core::Result<AuditCheck> verify(std::string_view earlierHead = {});
    core::Result<std::vector<AuditEntry>> tail(int count);

    // `from` no longer follows the participant: `to` does (policy.h reads it for the journal entries
    // `from` wrote before). `device`: the lead's tablet that pushed the hand-over; empty: the office.
    core::Status appendHandOver(
        const core::Id& participant, const core::Id& from, const core::Id& to, const core::Id& device);
    // Whom the participant's latest hand-over was from; nullopt when none was recorded.
    core::Result<std::optional<core::Id>> lastHandOverFrom(const core::Id& participant);
    // When the device's greeting was last taken; 0 when never.
    core::Result<std::int64_t> lastHelloMs(const core::Id& device);
    core::Status appendNextKeyHeld(const core::Id& device, const core::Id& staff, std::string_view pin);
    core::Result<bool> nextKeyHeld(const core::Id& device, std::string_view pin);

    // A refusal of a peer, from `address` (an IP address). The same event, address and reason
    // within refusalWindow make one entry; the repeats make one more, with their count, written
    // at the first refusal after the window (or by flushRefusals). `deviceClaimed`: the device id
    // is the peer's word, not its certificate's, so it does not tell refusals apart.
    static constexpr std::chrono::milliseconds refusalWindow { std::chrono::minutes(10) };
    core::Status appendRefusal(std::string_view event, std::string_view address, std::string_view deviceId,
        std::string_view staffId, std::string_view reason, bool deviceClaimed = false);
    // Writes the count of every refusal repeated since its entry (the server calls it as it stops).
    core::Status flushRefusals();

private:
    // Refusals counted since their entry, by event, device (unless claimed) and detail.
    struct Repeats {
        std::int64_t since = 0;
        std::int64_t count = 0;
        std::string event, deviceId, staffId, detail;
    };
    static constexpr std::size_t maxRepeatKeys = 1024;
    // Writes the count of the repeats whose window began at or before `windowStartedBy`.
    core::Status flushRepeats(std::int64_t windowStartedBy);

    core::Store* m_store;
    std::map<std::string, Repeats> m_repeats;
};

std::string auditHash(std::string_view previous, const AuditEntry& entry);

} // namespace fieldnotes::sync
