#include "replica.h"

#include "storeinternals.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace fieldnotes::core {

namespace {

Version versionFromJson(const nlohmann::json& j)
{
    if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() || !j[1].is_string())
        return {};
    return { j[0].get<std::uint64_t>(), j[1].get<std::string>() };
}

Status persistClock(Store& store)
{
    return store.setState("hlc", static_cast<std::int64_t>(store.hlc().last()));
}

} // namespace

Result<std::optional<RowState>> readRowState(Store& store, const TableInfo& table, const Id& id)
{
    const bool journal = table.recordClass == RecordClass::Journal;
    std::string sql = "SELECT _scope, _hlc, _dev, _seq, " + std::string(journal ? "0" : "_deleted");
    for (const auto& c : table.columns)
        sql += ", " + std::string(c.name);
    sql += " FROM " + std::string(table.name) + " WHERE id = ?";
    FN_TRY_ASSIGN(Statement * st, StoreInternals::db(store).prepare(sql));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    if (!row) {
        st->reset();
        return std::optional<RowState> {};
    }
    RowState rs;
    rs.table = table.name;
    rs.rowId = id;
    rs.scope = st->text(0);
    rs.created = { static_cast<std::uint64_t>(st->integer(1)), st->text(2) };
    rs.seq = st->integer(3);
    rs.deleted = st->integer(4) != 0;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        rs.fields.emplace_back(std::string(table.columns[i].name), st->column(static_cast<int>(i + 5)));
    st->reset();
    if (!journal) {
        FN_TRY_ASSIGN(Statement * fv,
            StoreInternals::db(store).prepare(
                "SELECT col, hlc, dev FROM field_versions WHERE tbl = ? AND row_id = ? ORDER BY col"));
        fv->bind(1, table.name).bind(2, id);
        for (;;) {
            FN_TRY_ASSIGN(const bool more, fv->step());
            if (!more)
                break;
            rs.fieldVersions.emplace_back(
                fv->text(0), Version { static_cast<std::uint64_t>(fv->integer(1)), fv->text(2) });
        }
        fv->reset();
    }
    return std::optional<RowState>(std::move(rs));
}

Status removeScopeRows(Store& store, const std::string& scope)
{
    Database& db = StoreInternals::db(store);
    for (const TableInfo& t : catalogue()) {
        const std::string name(t.name);
        FN_TRY_ASSIGN(Statement * ids, db.prepare("SELECT id FROM " + name + " WHERE _scope = ?"));
        ids->bind(1, scope);
        std::vector<std::string> rows;
        for (;;) {
            FN_TRY_ASSIGN(const bool more, ids->step());
            if (!more)
                break;
            rows.push_back(ids->text(0));
        }
        ids->reset();
        if (rows.empty())
            continue;
        FN_TRY_ASSIGN(Statement * versions, db.prepare("DELETE FROM field_versions WHERE tbl = ? AND row_id = ?"));
        FN_TRY_ASSIGN(Statement * queued, db.prepare("DELETE FROM outbox WHERE tbl = ? AND row_id = ?"));
        FN_TRY_ASSIGN(Statement * del, db.prepare("DELETE FROM " + name + " WHERE id = ?"));
        for (const auto& id : rows) {
            FN_TRY(versions->bind(1, name).bind(2, id).run());
            FN_TRY(queued->bind(1, name).bind(2, id).run());
            FN_TRY(del->bind(1, id).run());
            FN_TRY(store.reindex(t, id)); // the row is gone, so this only drops its index entry
        }
    }
    return {};
}

Status erasePhysically(Store& store, const std::string& scope)
{
    FN_TRY(removeScopeRows(store, scope));
    Database& db = StoreInternals::db(store);
    const std::string participant = participantOfScope(scope);
    if (!participant.empty()) {
        FN_TRY_ASSIGN(Statement * drafts, db.prepare("DELETE FROM drafts WHERE participant_id = ?"));
        FN_TRY(drafts->bind(1, participant).run());
    }
    FN_TRY_ASSIGN(Statement * refused, db.prepare("DELETE FROM rejected_changes WHERE scope = ?"));
    FN_TRY(refused->bind(1, scope).run());
    FN_TRY_ASSIGN(Statement * held, db.prepare("DELETE FROM held_scopes WHERE scope = ?"));
    return held->bind(1, scope).run();
}

Result<std::vector<Change>> Replica::pending(int limit)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare(
            "SELECT seq, op, tbl, row_id, col, value, hlc, base_hlc, base_dev, payload, generation "
            "FROM outbox ORDER BY seq LIMIT ?"));
    st->bind(1, std::int64_t { limit });
    std::vector<Change> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        Change c;
        c.seq = st->integer(0);
        const auto op = opFromName(st->text(1));
        if (!op)
            return fail(ErrorCode::Corrupt, "The outbox holds an unknown change; update the app.");
        c.op = *op;
        c.table = st->text(2);
        c.rowId = st->text(3);
        c.column = st->text(4);
        c.value = st->column(5);
        c.version = { static_cast<std::uint64_t>(st->integer(6)), m_store->deviceId() };
        if (!st->isNull(7))
            c.base = { static_cast<std::uint64_t>(st->integer(7)), st->text(8) };
        c.generation = st->integer(10);
        const std::string payload = st->text(9);
        if (!payload.empty()) {
            const auto j = nlohmann::json::parse(payload, nullptr, false);
            if (j.is_discarded() || !j.is_object())
                return fail(ErrorCode::Corrupt, "The outbox holds a damaged change.");
            for (const auto& [key, value] : j.items()) {
                if (c.op == ChangeOp::Delete)
                    c.baseVersions.emplace_back(key, versionFromJson(value));
                else
                    c.fields.emplace_back(key, valueFromJson(value));
            }
        }
        out.push_back(std::move(c));
    }
    st->reset();
    // Journal entries are immutable, so their content is read at push time. An edit names the scope
    // its record has here.
    for (Change& c : out) {
        const TableInfo* t = findTable(c.op == ChangeOp::Resolve ? "conflicts" : c.table);
        if (!t)
            return fail(ErrorCode::Corrupt, "The outbox names an unknown table.");
        if (c.op == ChangeOp::Append) {
            FN_TRY_ASSIGN(auto fields, m_store->readFields(*t, c.rowId));
            if (!fields)
                return fail(ErrorCode::Corrupt, "A queued entry is missing from the case file.");
            c.fields = std::move(*fields);
        } else if (c.op != ChangeOp::Create) {
            FN_TRY_ASSIGN(Statement * scope,
                StoreInternals::db(*m_store).prepare("SELECT _scope FROM " + std::string(t->name) + " WHERE id = ?"));
            scope->bind(1, c.rowId);
            FN_TRY_ASSIGN(const bool row, scope->step());
            if (row)
                c.scope = scope->text(0);
            scope->reset();
        }
    }
    return out;
}

Result<std::int64_t> Replica::pendingCount()
{
    FN_TRY_ASSIGN(Statement * st, StoreInternals::db(*m_store).prepare("SELECT count(*) FROM outbox"));
    FN_TRY(st->step());
    const std::int64_t n = st->integer(0);
    st->reset();
    return n;
}

Status Replica::acknowledge(std::int64_t seq)
{
    return m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(Statement * st, StoreInternals::db(*m_store).prepare("DELETE FROM outbox WHERE seq <= ?"));
        FN_TRY(st->bind(1, seq).run());
        return persistClock(*m_store);
    });
}

Result<std::int64_t> Replica::cursor()
{
    FN_TRY_ASSIGN(auto v, m_store->state("cursor"));
    if (v && std::holds_alternative<std::int64_t>(*v))
        return std::get<std::int64_t>(*v);
    return std::int64_t { 0 };
}

Status Replica::setCursor(std::int64_t c)
{
    return m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(const std::int64_t current, cursor());
        if (c > current)
            FN_TRY(m_store->setState("cursor", c));
        return {};
    });
}

Result<std::vector<std::pair<std::string, std::string>>> Replica::heldScopes()
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare("SELECT scope, fingerprint FROM held_scopes ORDER BY scope"));
    std::vector<std::pair<std::string, std::string>> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        out.emplace_back(st->text(0), st->text(1));
    }
    st->reset();
    return out;
}

Status Replica::adopt(const RowState& rs, bool force)
{
    const TableInfo* table = findTable(rs.table);
    if (!table)
        return fail(ErrorCode::Protocol, "The office sent a record of an unknown kind; update the app.");
    Database& db = StoreInternals::db(*m_store);
    const std::string name(table->name);
    const bool journal = table->recordClass == RecordClass::Journal;

    FN_TRY_ASSIGN(auto local, readRowState(*m_store, *table, rs.rowId));
    if (local && local->seq >= rs.seq && !force)
        return {};
    m_store->hlc().observe(rs.created.hlc);
    for (const auto& [col, v] : rs.fieldVersions)
        m_store->hlc().observe(v.hlc);

    // Columns with a local edit still waiting to be merged by the office keep their local state.
    std::set<std::string> pendingCols;
    bool pendingDelete = false;
    if (local && !journal) {
        FN_TRY_ASSIGN(Statement * p, db.prepare("SELECT op, col, payload FROM outbox WHERE tbl = ? AND row_id = ?"));
        p->bind(1, name).bind(2, rs.rowId);
        for (;;) {
            FN_TRY_ASSIGN(const bool row, p->step());
            if (!row)
                break;
            const std::string op = p->text(0);
            if (op == "set")
                pendingCols.insert(p->text(1));
            else if (op == "delete")
                pendingDelete = true;
            else if (op == "create") {
                const auto j = nlohmann::json::parse(p->text(2), nullptr, false);
                if (j.is_object())
                    for (const auto& [key, value] : j.items())
                        pendingCols.insert(key);
            }
        }
        p->reset();
        if (table->recordClass == RecordClass::Conflict) {
            FN_TRY_ASSIGN(Statement * r, db.prepare("SELECT count(*) FROM outbox WHERE op = 'resolve' AND row_id = ?"));
            r->bind(1, rs.rowId);
            FN_TRY(r->step());
            if (r->integer(0) > 0)
                pendingCols.insert({ "resolution", "resolved_by", "resolved_hlc" });
            r->reset();
        }
    }
    if (journal && local && !force) {
        // Entries never change; only the feed position moves.
        FN_TRY_ASSIGN(Statement * upd, db.prepare("UPDATE " + name + " SET _seq = ? WHERE id = ?"));
        return upd->bind(1, rs.seq).bind(2, rs.rowId).run();
    }

    FieldValues values;
    for (const auto& c : table->columns) {
        const std::string col(c.name);
        Value v;
        if (pendingCols.count(col) && local) {
            for (const auto& [n, lv] : local->fields)
                if (n == col)
                    v = lv;
        } else {
            for (const auto& [n, rv] : rs.fields)
                if (n == col)
                    v = rv;
        }
        // A column outside the office's projection takes its default, so nothing stale lingers.
        values.emplace_back(col, std::move(v));
    }
    // Replace the row (projection columns the office did not send fall back to column defaults).
    if (local) {
        FN_TRY_ASSIGN(Statement * del, db.prepare("DELETE FROM " + name + " WHERE id = ?"));
        FN_TRY(del->bind(1, rs.rowId).run());
    }
    std::string sql = "INSERT INTO " + name + " (id, _scope, _hlc, _dev, _seq" + (journal ? "" : ", _deleted");
    std::string placeholders = "?, ?, ?, ?, ?" + std::string(journal ? "" : ", ?");
    std::vector<Value> binds { rs.rowId, rs.scope, static_cast<std::int64_t>(rs.created.hlc), rs.created.device,
        rs.seq };
    if (!journal)
        binds.emplace_back(std::int64_t { (pendingDelete && local) ? 1 : (rs.deleted ? 1 : 0) });
    for (const auto& [col, v] : values) {
        const bool sent
            = std::any_of(rs.fields.begin(), rs.fields.end(), [&](const auto& f) { return f.first == col; });
        if (!sent && !pendingCols.count(col))
            continue;
        sql += ", " + col;
        placeholders += ", ?";
        binds.push_back(v);
    }
    FN_TRY_ASSIGN(Statement * ins, db.prepare(sql + ") VALUES (" + placeholders + ")"));
    for (std::size_t i = 0; i < binds.size(); ++i)
        ins->bind(static_cast<int>(i + 1), binds[i]);
    FN_TRY(ins->run());

    if (!journal) {
        // Versions: the office's, except where a local edit is pending.
        std::set<std::string> keep = pendingCols;
        if (pendingDelete)
            keep.insert("_deleted");
        if (local) { // a row new to this replica has no versions to drop
            FN_TRY_ASSIGN(Statement * old, db.prepare("SELECT col FROM field_versions WHERE tbl = ? AND row_id = ?"));
            old->bind(1, name).bind(2, rs.rowId);
            std::vector<std::string> drop;
            for (;;) {
                FN_TRY_ASSIGN(const bool row, old->step());
                if (!row)
                    break;
                if (!keep.count(old->text(0)))
                    drop.push_back(old->text(0));
            }
            old->reset();
            FN_TRY_ASSIGN(
                Statement * rm, db.prepare("DELETE FROM field_versions WHERE tbl = ? AND row_id = ? AND col = ?"));
            for (const auto& col : drop)
                FN_TRY(rm->bind(1, name).bind(2, rs.rowId).bind(3, col).run());
        }
        FN_TRY_ASSIGN(Statement * put,
            db.prepare("INSERT INTO field_versions(tbl, row_id, col, hlc, dev) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(tbl, row_id, col) DO NOTHING"));
        for (const auto& [col, v] : rs.fieldVersions)
            if (!keep.count(col))
                FN_TRY(put->bind(1, name)
                           .bind(2, rs.rowId)
                           .bind(3, col)
                           .bind(4, static_cast<std::int64_t>(v.hlc))
                           .bind(5, v.device)
                           .run());
    }
    return m_store->reindex(*table, rs.rowId);
}

Status Replica::restore(const std::string& tableName, const Id& id, const std::optional<RowState>& office)
{
    const TableInfo* table = findTable(tableName);
    if (!table)
        return fail(ErrorCode::Protocol, "The office sent a record of an unknown kind; update the app.");
    return m_store->transaction([&]() -> Status {
        if (office) {
            if (office->table != table->name || office->rowId != id)
                return fail(ErrorCode::Protocol, "The office restored another record than it named.");
            FN_TRY(adopt(*office, true));
            return persistClock(*m_store);
        }
        const std::string name(table->name);
        // The scope loses a row the office still has: it is no longer held whole, so the office
        // sends it afresh if this replica may hold it again.
        FN_TRY_ASSIGN(auto local, readRowState(*m_store, *table, id));
        if (local) {
            FN_TRY_ASSIGN(
                Statement * unhold, StoreInternals::db(*m_store).prepare("DELETE FROM held_scopes WHERE scope = ?"));
            FN_TRY(unhold->bind(1, local->scope).run());
        }
        FN_TRY_ASSIGN(Statement * versions,
            StoreInternals::db(*m_store).prepare("DELETE FROM field_versions WHERE tbl = ? AND row_id = ?"));
        FN_TRY(versions->bind(1, name).bind(2, id).run());
        FN_TRY_ASSIGN(Statement * del, StoreInternals::db(*m_store).prepare("DELETE FROM " + name + " WHERE id = ?"));
        FN_TRY(del->bind(1, id).run());
        return m_store->reindex(*table, id);
    });
}

Status Replica::removeScope(const std::string& scope)
{
    FN_TRY(removeScopeRows(*m_store, scope));
    FN_TRY_ASSIGN(Statement * st, StoreInternals::db(*m_store).prepare("DELETE FROM held_scopes WHERE scope = ?"));
    return st->bind(1, scope).run();
}

Status Replica::purge(const std::vector<std::string>& scopes)
{
    if (scopes.empty())
        return {};
    FN_TRY(m_store->transaction([&]() -> Status {
        for (const std::string& scope : scopes)
            FN_TRY(erasePhysically(*m_store, scope));
        return {};
    }));
    return StoreInternals::db(*m_store).exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Result<std::vector<std::string>> Replica::scopesKeptAbout()
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare(
            "SELECT 'p:' || participant_id FROM drafts WHERE participant_id IS NOT NULL "
            "UNION SELECT scope FROM rejected_changes WHERE scope <> '' ORDER BY 1"));
    std::vector<std::string> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        out.push_back(st->text(0));
    }
    st->reset();
    return out;
}

Status Replica::applyFeed(const std::vector<RowState>& rows, const std::vector<Purge>& purges, std::int64_t cursorAfter)
{
    FN_TRY(m_store->transaction([&]() -> Status {
        for (const RowState& rs : rows)
            FN_TRY(adopt(rs));
        // The office erased this person: their rows go, and so do queued local changes about them,
        // drafts and what the office refused about them. (An eviction keeps drafts and refused
        // changes: they are the user's own work.)
        for (const Purge& p : purges)
            FN_TRY(erasePhysically(*m_store, p.scope));
        FN_TRY_ASSIGN(const std::int64_t current, cursor());
        if (cursorAfter > current)
            FN_TRY(m_store->setState("cursor", cursorAfter));
        return persistClock(*m_store);
    }));
    if (!purges.empty())
        FN_TRY(StoreInternals::db(*m_store).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

Status Replica::applySnapshot(
    const std::string& scope, const std::string& fingerprint, const std::vector<RowState>& rows, bool complete)
{
    return m_store->transaction([&]() -> Status {
        for (const RowState& rs : rows) {
            if (rs.scope != scope)
                return fail(ErrorCode::Protocol, "The office sent a record outside the snapshot it announced.");
            FN_TRY(adopt(rs));
        }
        if (complete) {
            FN_TRY_ASSIGN(Statement * st,
                StoreInternals::db(*m_store).prepare(
                    "INSERT INTO held_scopes(scope, fingerprint) VALUES (?, ?) "
                    "ON CONFLICT(scope) DO UPDATE SET fingerprint = excluded.fingerprint"));
            FN_TRY(st->bind(1, scope).bind(2, fingerprint).run());
        }
        return persistClock(*m_store);
    });
}

Result<std::vector<std::string>> Replica::evict(const std::vector<std::string>& scopes)
{
    std::vector<std::string> kept;
    FN_TRY(m_store->transaction([&]() -> Status {
        for (const std::string& scope : scopes) {
            bool hasPending = false;
            for (const TableInfo& t : catalogue()) {
                FN_TRY_ASSIGN(Statement * st,
                    StoreInternals::db(*m_store).prepare("SELECT count(*) FROM outbox o JOIN " + std::string(t.name)
                        + " r ON r.id = o.row_id WHERE o.tbl = ? AND r._scope = ?"));
                st->bind(1, t.name).bind(2, scope);
                FN_TRY(st->step());
                hasPending = hasPending || st->integer(0) > 0;
                st->reset();
            }
            if (hasPending) {
                // Its rows stay for now, but it is no longer held whole: while it was not shared the
                // feed passed its changes by, so it must be taken afresh if it is shared again.
                kept.push_back(scope);
                FN_TRY_ASSIGN(Statement * unhold,
                    StoreInternals::db(*m_store).prepare("DELETE FROM held_scopes WHERE scope = ?"));
                FN_TRY(unhold->bind(1, scope).run());
            } else {
                FN_TRY(removeScope(scope));
            }
        }
        return {};
    }));
    FN_TRY(StoreInternals::db(*m_store).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    return kept;
}

Result<int> Replica::restamp(std::uint64_t ceiling)
{
    int restamped = 0;
    FN_TRY(m_store->transaction([&]() -> Status {
        Database& db = StoreInternals::db(*m_store);
        const std::string& self = m_store->deviceId();
        const auto limit = static_cast<std::int64_t>(std::min(ceiling, HybridClock::maxValue));
        // The clock goes back to the latest timestamp held that is not ahead (the office's and other
        // tablets' included), or to the wall clock if that is later.
        std::uint64_t floor = HybridClock::fromMs(m_store->clock().nowMs());
        auto latestUpTo = [&](const std::string& sql) -> Status {
            FN_TRY_ASSIGN(Statement * st, db.prepare(sql));
            st->bind(1, limit);
            FN_TRY_ASSIGN(const bool row, st->step());
            if (row && !st->isNull(0))
                floor = std::max(floor, static_cast<std::uint64_t>(st->integer(0)));
            st->reset();
            return {};
        };
        FN_TRY(latestUpTo("SELECT max(hlc) FROM field_versions WHERE hlc BETWEEN 0 AND ?"));
        FN_TRY(latestUpTo("SELECT max(hlc) FROM outbox WHERE hlc BETWEEN 0 AND ?"));
        FN_TRY(latestUpTo("SELECT max(resolved_hlc) FROM conflicts WHERE resolved_hlc BETWEEN 0 AND ?"));
        for (const TableInfo& t : catalogue())
            FN_TRY(latestUpTo("SELECT max(_hlc) FROM " + std::string(t.name) + " WHERE _hlc BETWEEN 0 AND ?"));
        m_store->hlc().rewind(floor);

        // Stored as signed integers: a timestamp past 2^63 reads as negative, and is ahead too.
        FN_TRY_ASSIGN(
            Statement * ahead, db.prepare("SELECT seq, hlc FROM outbox WHERE hlc > ? OR hlc < 0 ORDER BY seq"));
        ahead->bind(1, limit);
        std::vector<std::pair<std::int64_t, std::int64_t>> rows;
        for (;;) {
            FN_TRY_ASSIGN(const bool row, ahead->step());
            if (!row)
                break;
            rows.emplace_back(ahead->integer(0), ahead->integer(1));
        }
        ahead->reset();
        if (!rows.empty()) {
            FN_TRY(
                db.exec("CREATE TEMP TABLE IF NOT EXISTS restamped (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)"));
            FN_TRY(db.exec("DELETE FROM temp.restamped"));
            FN_TRY_ASSIGN(Statement * map, db.prepare("INSERT OR REPLACE INTO temp.restamped(old, new) VALUES (?, ?)"));
            FN_TRY_ASSIGN(Statement * upd, db.prepare("UPDATE outbox SET hlc = ? WHERE seq = ?"));
            std::map<std::uint64_t, std::uint64_t> renamed;
            for (const auto& [seq, old] : rows) {
                const auto fresh = static_cast<std::int64_t>(m_store->hlc().tick());
                renamed[static_cast<std::uint64_t>(old)] = static_cast<std::uint64_t>(fresh);
                FN_TRY(map->bind(1, old).bind(2, fresh).run());
                FN_TRY(upd->bind(1, fresh).bind(2, seq).run());
                ++restamped;
            }
            // What the re-stamped changes wrote here, and later changes that were based on them.
            const std::string mapped = "(SELECT new FROM temp.restamped WHERE old = ";
            const std::string among = " IN (SELECT old FROM temp.restamped)";
            auto follow = [&](const std::string& sql) -> Status {
                FN_TRY_ASSIGN(Statement * st, db.prepare(sql));
                st->bind(1, self);
                return st->run();
            };
            FN_TRY(
                follow("UPDATE outbox SET base_hlc = " + mapped + "base_hlc) WHERE base_dev = ? AND base_hlc" + among));
            FN_TRY(follow("UPDATE field_versions SET hlc = " + mapped + "hlc) WHERE dev = ? AND hlc" + among));
            FN_TRY(follow("UPDATE conflicts SET resolved_hlc = " + mapped
                + "resolved_hlc) WHERE resolved_by = ? AND resolved_hlc" + among));
            for (const TableInfo& t : catalogue())
                FN_TRY(follow("UPDATE " + std::string(t.name) + " SET _hlc = " + mapped
                    + "_hlc) WHERE _dev = ? AND _hlc" + among));
            // A delete names the versions it saw in its payload.
            FN_TRY_ASSIGN(Statement * deletes, db.prepare("SELECT seq, payload FROM outbox WHERE op = 'delete'"));
            std::vector<std::pair<std::int64_t, std::string>> payloads;
            for (;;) {
                FN_TRY_ASSIGN(const bool row, deletes->step());
                if (!row)
                    break;
                auto j = nlohmann::json::parse(deletes->text(1), nullptr, false);
                if (!j.is_object())
                    continue;
                bool changed = false;
                for (auto& [column, v] : j.items()) {
                    const Version seen = versionFromJson(v);
                    if (seen.device != self)
                        continue;
                    if (auto it = renamed.find(seen.hlc); it != renamed.end()) {
                        v = nlohmann::json::array({ it->second, self });
                        changed = true;
                    }
                }
                if (changed)
                    payloads.emplace_back(deletes->integer(0), j.dump());
            }
            deletes->reset();
            FN_TRY_ASSIGN(Statement * rewrite, db.prepare("UPDATE outbox SET payload = ? WHERE seq = ?"));
            for (const auto& [seq, payload] : payloads)
                FN_TRY(rewrite->bind(1, payload).bind(2, seq).run());
            FN_TRY(db.exec("DELETE FROM temp.restamped"));
        }
        return persistClock(*m_store);
    }));
    return restamped;
}

Status Replica::resolveConflict(const Id& conflictId, std::string_view choice, const Value& value)
{
    if (choice != "kept" && choice != "other" && choice != "value")
        return fail(ErrorCode::InvalidArgument, "A conflict is resolved by keeping one side or giving a value.");
    return m_store->transaction([&]() -> Status {
        Database& db = StoreInternals::db(*m_store);
        FN_TRY_ASSIGN(Statement * st,
            db.prepare("SELECT kind, tbl, row_id, col, other_value, kept_hlc, kept_dev, resolution "
                       "FROM conflicts WHERE id = ? AND _deleted = 0"));
        st->bind(1, conflictId);
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row) {
            st->reset();
            return fail(ErrorCode::NotFound,
                "That conflict is not on this device: it was resolved already, or the id is mistyped. "
                "Choose one of the open conflicts.");
        }
        const std::string kind = st->text(0), tbl = st->text(1), rowId = st->text(2), col = st->text(3);
        const Value other = st->column(4);
        const Version kept { static_cast<std::uint64_t>(st->integer(5)), st->text(6) };
        const bool resolved = !st->isNull(7);
        st->reset();
        if (resolved)
            return fail(ErrorCode::Immutable, "That conflict has already been resolved.");
        const TableInfo* table = findTable(tbl);
        if (!table)
            return fail(ErrorCode::Corrupt, "The conflict names an unknown table.");
        if (choice == "value" && kind != "field")
            return fail(ErrorCode::InvalidArgument, "Only a conflict over one field can be resolved with a new value.");
        // The office refuses these too: a revoked consent always wins, so only "kept" is possible.
        if (choice != "kept" && kind == "revoked-consent")
            return fail(ErrorCode::Immutable,
                "The consent was revoked, and a revocation always stands. Record a new consent if the participant "
                "agrees again.");
        if (choice == "value" && table->validate && !table->validate(col, value))
            return fail(ErrorCode::InvalidArgument, "That value is not valid for this field.");

        const std::uint64_t hlc = m_store->hlc().tick();
        const std::string& device = m_store->deviceId();
        if (choice != "kept") {
            const std::string target = kind == "field" ? col : "_deleted";
            const Value chosen = kind == "field" ? (choice == "value" ? value : other) : Value(std::int64_t { 0 });
            FN_TRY_ASSIGN(Statement * upd, db.prepare("UPDATE " + tbl + " SET " + target + " = ? WHERE id = ?"));
            FN_TRY(upd->bind(1, chosen).bind(2, rowId).run());
            FN_TRY_ASSIGN(Statement * ver,
                db.prepare("INSERT INTO field_versions(tbl, row_id, col, hlc, dev) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev"));
            FN_TRY(ver->bind(1, tbl)
                       .bind(2, rowId)
                       .bind(3, target)
                       .bind(4, static_cast<std::int64_t>(hlc))
                       .bind(5, device)
                       .run());
            FN_TRY(m_store->reindex(*table, rowId));
        }
        FN_TRY_ASSIGN(Statement * mark,
            db.prepare("UPDATE conflicts SET resolution = ?, resolved_by = ?, resolved_hlc = ? WHERE id = ?"));
        FN_TRY(mark->bind(1, choice).bind(2, device).bind(3, static_cast<std::int64_t>(hlc)).bind(4, conflictId).run());
        FN_TRY_ASSIGN(Statement * out,
            db.prepare("INSERT INTO outbox(op, tbl, row_id, col, value, hlc, base_hlc, base_dev, generation) "
                       "VALUES ('resolve', 'conflicts', ?, ?, ?, ?, ?, ?, ?)"));
        return out->bind(1, conflictId)
            .bind(2, choice)
            .bind(3, choice == "value" ? value : Value {})
            .bind(4, static_cast<std::int64_t>(hlc))
            .bind(5, static_cast<std::int64_t>(kept.hlc))
            .bind(6, kept.device)
            .bind(7, m_store->generation())
            .run();
    });
}

} // namespace fieldnotes::core
