#include "audit.h"

#include "dump.h"
#include "storeinternals.h"

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {
const std::string genesis(64, '0');
}

std::string auditHash(std::string_view previous, const AuditEntry& e)
{
    std::string text(previous);
    for (const std::string& part :
        { std::to_string(e.seq), std::to_string(e.atMs), e.deviceId, e.staffId, e.event, e.detail }) {
        text += '\n';
        text += std::to_string(part.size());
        text += ':';
        text += part;
    }
    return sha256Hex(text);
}

Status AuditLog::append(
    std::string_view event, std::string_view deviceId, std::string_view staffId, std::string_view detail)
{
    return m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(Statement * last,
            core::StoreInternals::db(*m_store).prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        FN_TRY_ASSIGN(const bool any, last->step());
        const std::int64_t seq = any ? last->integer(0) + 1 : 1;
        const std::string previous = any ? last->text(1) : genesis;
        last->reset();
        AuditEntry e { seq, m_store->clock().nowMs(), std::string(deviceId), std::string(staffId), std::string(event),
            std::string(detail), {} };
        e.hash = auditHash(previous, e);
        FN_TRY_ASSIGN(Statement * ins,
            core::StoreInternals::db(*m_store).prepare(
                "INSERT INTO audit_log(seq, at_ms, device_id, staff_id, event, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        return ins->bind(1, e.seq)
            .bind(2, e.atMs)
            .bind(3, e.deviceId)
            .bind(4, e.staffId)
            .bind(5, e.event)
            .bind(6, e.detail)
            .bind(7, previous)
            .bind(8, e.hash)
            .run();
    });
}

Status AuditLog::appendRefusal(std::string_view event, std::string_view address, std::string_view deviceId,
    std::string_view staffId, std::string_view reason, bool deviceClaimed)
{
    std::string detail = "reason=" + std::string(reason);
    if (!address.empty())
        detail += "; address=" + std::string(address);
    const std::int64_t now = m_store->clock().nowMs();
    FN_TRY(flushRepeats(now - refusalWindow.count()));
    const std::string device = deviceClaimed ? std::string() : std::string(deviceId);
    std::string key = std::string(event) + '\n' + device + '\n' + detail;
    if (auto it = m_repeats.find(key); it != m_repeats.end()) {
        ++it->second.count;
        return {};
    }
    if (m_repeats.size() >= maxRepeatKeys)
        FN_TRY(flushRepeats(std::numeric_limits<std::int64_t>::max()));
    FN_TRY(append(event, deviceId, staffId, detail));
    m_repeats.emplace(
        std::move(key), Repeats { now, 0, std::string(event), device, std::string(staffId), std::move(detail) });
    return {};
}

Status AuditLog::flushRepeats(std::int64_t windowStartedBy)
{
    for (auto it = m_repeats.begin(); it != m_repeats.end();) {
        const Repeats& r = it->second;
        if (r.since > windowStartedBy) {
            ++it;
            continue;
        }
        if (r.count > 0)
            FN_TRY(append(r.event, r.deviceId, r.staffId,
                r.detail + "; repeats=" + std::to_string(r.count) + " within "
                    + std::to_string(std::chrono::duration_cast<std::chrono::seconds>(refusalWindow).count())
                    + " s of the first"));
        it = m_repeats.erase(it);
    }
    return {};
}

Status AuditLog::flushRefusals()
{
    return flushRepeats(std::numeric_limits<std::int64_t>::max());
}

Result<AuditCheck> AuditLog::verify(std::string_view earlierHead)
{
    AuditCheck check;
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT seq, at_ms, device_id, staff_id, event, detail, prev_hash, hash FROM audit_log ORDER BY seq"));
    std::string previous = genesis;
    std::int64_t expectedSeq = 1;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        AuditEntry e { st->integer(0), st->integer(1), st->text(2), st->text(3), st->text(4), st->text(5),
            st->text(7) };
        ++check.entries;
        if (check.firstBroken == 0
            && (e.seq != expectedSeq || st->text(6) != previous || auditHash(previous, e) != e.hash))
            check.firstBroken = e.seq;
        if (!earlierHead.empty() && e.hash == earlierHead && check.earlierHeadAt == 0)
            check.earlierHeadAt = e.seq;
        previous = e.hash;
        expectedSeq = e.seq + 1;
    }
    st->reset();
    check.head = previous;
    return check;
}

Result<std::vector<AuditEntry>> AuditLog::tail(int count)
{
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare("SELECT seq, at_ms, device_id, staff_id, event, detail, hash FROM "
                                                   "(SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?) ORDER BY seq"));
    st->bind(1, std::int64_t { count });
    std::vector<AuditEntry> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        out.push_back(
            { st->integer(0), st->integer(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6) });
    }
    st->reset();
    return out;
}

Status AuditLog::appendHandOver(const Id& participant, const Id& from, const Id& to, const Id& device)
{
    return append(handOverEvent, device, from, "participant=" + participant + " to=" + to);
}

Result<std::optional<Id>> AuditLog::lastHandOverFrom(const Id& participant)
{
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT staff_id FROM audit_log WHERE event = ? AND detail LIKE ? ORDER BY seq DESC LIMIT 1"));
    st->bind(1, handOverEvent).bind(2, "participant=" + participant + " %");
    FN_TRY_ASSIGN(const bool any, st->step());
    std::optional<Id> from;
    if (any && !st->isNull(0))
        from = st->text(0);
    st->reset();
    return from;
}

Result<std::int64_t> AuditLog::lastHelloMs(const Id& device)
{
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT max(at_ms) FROM audit_log WHERE device_id = ? AND event = ?"));
    st->bind(1, device).bind(2, helloEvent);
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t last = row && !st->isNull(0) ? st->integer(0) : 0;
    st->reset();
    return last;
}

Status AuditLog::appendNextKeyHeld(const Id& device, const Id& staff, std::string_view pin)
{
    return append(nextKeyHeldEvent, device, staff, "pin=" + std::string(pin));
}

Result<bool> AuditLog::nextKeyHeld(const Id& device, std::string_view pin)
{
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT count(*) FROM audit_log WHERE event = ? AND device_id = ? AND detail = ?"));
    st->bind(1, nextKeyHeldEvent).bind(2, device).bind(3, "pin=" + std::string(pin));
    FN_TRY_ASSIGN(const bool row, st->step());
    const bool held = row && st->integer(0) > 0;
    st->reset();
    return held;
}

} // namespace fieldnotes::sync
