#include "officetables.h"

#include "storeinternals.h"

#include <sqlite3.h>

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {

Database& dbOf(Store* store)
{
    return StoreInternals::db(*store);
}

// The single number a statement answers, with its parameters bound by `bind`.
template<class Bind> Result<std::int64_t> number(Store* store, std::string_view sql, Bind&& bind)
{
    FN_TRY_ASSIGN(Statement * st, dbOf(store).prepare(sql));
    bind(*st);
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t n = row ? st->integer(0) : 0;
    st->reset();
    return n;
}

Result<std::int64_t> number(Store* store, std::string_view sql)
{
    return number(store, sql, [](Statement&) {});
}

// The text a statement answers, or nothing when it has no row.
Result<std::optional<std::string>> optionalText(Store* store, std::string_view sql, std::string_view key)
{
    FN_TRY_ASSIGN(Statement * st, dbOf(store).prepare(sql));
    st->bind(1, key);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<std::string> value;
    if (row)
        value = st->text(0);
    st->reset();
    return value;
}

} // namespace

ReadTransaction::ReadTransaction(Store& store)
    : m_store(&store)
    , m_open(!dbOf(m_store).inTransaction() && dbOf(m_store).exec("BEGIN").has_value())
{
}

ReadTransaction::~ReadTransaction()
{
    if (m_open)
        (void)dbOf(m_store).exec("COMMIT");
}

void OfficeTables::configureConnection()
{
    sqlite3_busy_timeout(dbOf(m_store).handle(), 10000);
    (void)dbOf(m_store).exec("PRAGMA cache_size = -65536");
}

// ---- Credentials --------------------------------------------------------------------------------------

Result<std::optional<std::string>> OfficeTables::credential(std::string_view name)
{
    return optionalText(m_store, "SELECT value FROM credentials WHERE name = ?", name);
}

Status OfficeTables::setCredential(std::string_view name, std::string_view value)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare("INSERT INTO credentials(name, value) VALUES (?, ?) "
                              "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    return st->bind(1, name).bind(2, value).run();
}

Status OfficeTables::eraseCredential(std::string_view name)
{
    FN_TRY_ASSIGN(Statement * st, dbOf(m_store).prepare("DELETE FROM credentials WHERE name = ?"));
    return st->bind(1, name).run();
}

// ---- Pairing tokens -----------------------------------------------------------------------------------

Status OfficeTables::addPairingToken(
    std::string_view tokenHash, const Id& staffId, std::int64_t createdMs, std::int64_t expiresMs)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare(
            "INSERT INTO pairing_tokens(token_hash, staff_id, created_ms, expires_ms) VALUES (?, ?, ?, ?)"));
    return st->bind(1, tokenHash).bind(2, staffId).bind(3, createdMs).bind(4, expiresMs).run();
}

Result<std::optional<PairingToken>> OfficeTables::pairingToken(std::string_view tokenHash)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare("SELECT staff_id, expires_ms, spent_ms, coalesce(device_id, ''), coalesce(key_pin, '') "
                              "FROM pairing_tokens WHERE token_hash = ?"));
    st->bind(1, tokenHash);
    FN_TRY_ASSIGN(const bool known, st->step());
    std::optional<PairingToken> token;
    if (known)
        token = PairingToken { st->text(0), st->integer(1), !st->isNull(2), st->text(3), st->text(4) };
    st->reset();
    return token;
}

Result<bool> OfficeTables::spendPairingToken(
    std::string_view tokenHash, std::int64_t atMs, const Id& device, std::string_view keyPin)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare("UPDATE pairing_tokens SET spent_ms = ?, device_id = ?, key_pin = ? WHERE token_hash = ? "
                              "AND spent_ms IS NULL"));
    FN_TRY(st->bind(1, atMs).bind(2, device).bind(3, keyPin).bind(4, tokenHash).run());
    return dbOf(m_store).changes() == 1;
}

// ---- Certificates -------------------------------------------------------------------------------------

Status OfficeTables::recordCertificate(
    const Id& device, std::string_view serial, std::string_view sha256, std::int64_t issuedMs)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare("INSERT INTO device_certificates(device_id, serial, sha256, issued_ms) VALUES (?, ?, ?, "
                              "?) ON CONFLICT(device_id) DO UPDATE SET serial = excluded.serial, "
                              "sha256 = excluded.sha256, issued_ms = excluded.issued_ms"));
    return st->bind(1, device).bind(2, serial).bind(3, sha256).bind(4, issuedMs).run();
}

Result<std::optional<std::string>> OfficeTables::certificateSha256(const Id& device)
{
    return optionalText(m_store, "SELECT sha256 FROM device_certificates WHERE device_id = ?", device);
}

// ---- The feed -----------------------------------------------------------------------------------------

Result<bool> OfficeTables::holdsRowsUpTo(const std::string& scope, std::int64_t seq)
{
    FN_TRY_ASSIGN(const std::int64_t n,
        number(m_store, "SELECT count(*) FROM feed WHERE scope = ? AND seq <= ? AND tbl <> '_purge'",
            [&](Statement& st) { st.bind(1, scope).bind(2, seq); }));
    return n > 0;
}

Result<std::vector<std::pair<std::string, Id>>> OfficeTables::scopeRows(const std::string& scope, std::int64_t head)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare(
            "SELECT tbl, row_id FROM feed WHERE scope = ? AND tbl <> '_purge' AND seq <= ? ORDER BY seq"));
    st->bind(1, scope).bind(2, head);
    std::vector<std::pair<std::string, Id>> rows;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        rows.emplace_back(st->text(0), st->text(1));
    }
    st->reset();
    return rows;
}

Result<std::vector<FeedEntry>> OfficeTables::feedOf(
    const std::set<std::string>& scopes, std::int64_t cursor, std::int64_t head)
{
    FN_TRY_ASSIGN(Statement * st,
        dbOf(m_store).prepare("SELECT seq, tbl, row_id, scope FROM feed WHERE seq > ? AND seq <= ? ORDER BY seq"));
    st->bind(1, cursor).bind(2, head);
    std::vector<FeedEntry> entries;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        std::string scope = st->text(3);
        if (scopes.count(scope))
            entries.push_back({ st->integer(0), st->text(1), st->text(2), std::move(scope) });
    }
    st->reset();
    return entries;
}

// ---- Staff, tablets, participants ---------------------------------------------------------------------

Result<std::vector<Staff>> OfficeTables::staffByName()
{
    return StoreInternals::select<Staff>(*m_store, "1", {}, "name COLLATE NOCASE, id");
}

Result<std::vector<Staff>> OfficeTables::staffNamed(const std::string& name)
{
    return StoreInternals::select<Staff>(*m_store, "name = ?", { name });
}

Result<std::vector<Device>> OfficeTables::devicesByStaff()
{
    return StoreInternals::select<Device>(*m_store, "1", {}, "staff_id, id");
}

Result<bool> OfficeTables::holdsParticipant(const Id& participant)
{
    FN_TRY_ASSIGN(const std::int64_t n,
        number(m_store, "SELECT count(*) FROM participants WHERE id = ?",
            [&](Statement& st) { st.bind(1, participant); }));
    return n > 0;
}

Result<bool> OfficeTables::holdsParticipants()
{
    FN_TRY_ASSIGN(const std::int64_t n, number(m_store, "SELECT count(*) FROM participants"));
    return n > 0;
}

Result<OfficeCounts> OfficeTables::counts(std::int64_t nowMs)
{
    OfficeCounts c;
    FN_TRY_ASSIGN(c.staff, number(m_store, "SELECT count(*) FROM staff WHERE _deleted = 0"));
    FN_TRY_ASSIGN(c.devices, number(m_store, "SELECT count(*) FROM devices WHERE _deleted = 0"));
    FN_TRY_ASSIGN(c.revokedDevices, number(m_store, "SELECT count(*) FROM devices WHERE revoked_on IS NOT NULL"));
    FN_TRY_ASSIGN(c.participants, number(m_store, "SELECT count(*) FROM participants WHERE _deleted = 0"));
    FN_TRY_ASSIGN(c.employers, number(m_store, "SELECT count(*) FROM employers WHERE _deleted = 0"));
    FN_TRY_ASSIGN(
        c.openConflicts, number(m_store, "SELECT count(*) FROM conflicts WHERE resolution IS NULL AND _deleted = 0"));
    FN_TRY_ASSIGN(c.pendingTokens,
        number(m_store, "SELECT count(*) FROM pairing_tokens WHERE spent_ms IS NULL AND expires_ms > ?",
            [&](Statement& st) { st.bind(1, nowMs); }));
    return c;
}

} // namespace fieldnotes::sync
