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
#include <string>
#include <string_view>
#include <vector>

namespace fieldnotes::sync {

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
