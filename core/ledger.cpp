#include "ledger.h"

#include "replica.h"
#include "storeinternals.h"

#include <algorithm>
#include <array>
#include <map>

namespace fieldnotes::core {

std::string_view outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return "applied";
    case Outcome::Duplicate:
        return "duplicate";
    case Outcome::Conflict:
        return "conflict";
    case Outcome::Rejected:
        return "rejected";
    case Outcome::Erased:
        return "erased";
    }
    return "unknown";
}

namespace {

ChangeOutcome rejected(const Change& c, std::string reason)
{
    return { c.seq, Outcome::Rejected, std::move(reason), {} };
}

const Value* fieldIn(const FieldValues& fields, std::string_view col)
{
    for (const auto& [n, v] : fields)
        if (n == col)
            return &v;
    return nullptr;
}

Version versionOf(const RowState& rs, std::string_view col)
{
    for (const auto& [n, v] : rs.fieldVersions)
        if (n == col)
            return v;
    return rs.created;
}

std::string validateFields(const TableInfo& t, const FieldValues& fields)
{
    for (const auto& [col, value] : fields) {
        if (!t.column(col))
            return "unknown field " + std::string(t.name) + "." + col;
        if (t.validate && !t.validate(col, value))
            return "invalid value for " + std::string(t.name) + "." + col;
    }
    return {};
}

} // namespace

Result<std::int64_t> Ledger::head()
{
    FN_TRY_ASSIGN(auto v, m_store->state("feed_seq"));
    if (v && std::holds_alternative<std::int64_t>(*v))
        return std::get<std::int64_t>(*v);
    return std::int64_t { 0 };
}

Result<std::int64_t> Ledger::highWater(const std::string& deviceId, std::int64_t generation)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare("SELECT seq FROM device_seq WHERE device = ? AND generation = ?"));
    st->bind(1, deviceId).bind(2, generation);
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t seq = row ? st->integer(0) : 0;
    st->reset();
    return seq;
}

Result<std::int64_t> Ledger::highestSeq(const std::string& deviceId)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare("SELECT coalesce(max(seq), 0) FROM device_seq WHERE device = ?"));
    st->bind(1, deviceId);
    FN_TRY(st->step());
    const std::int64_t seq = st->integer(0);
    st->reset();
    return seq;
}

Result<bool> Ledger::startsAnotherLine(const std::string& deviceId, std::int64_t generation, std::int64_t firstSeq)
{
    FN_TRY_ASSIGN(Statement * known,
        StoreInternals::db(*m_store).prepare("SELECT count(*) FROM device_seq WHERE device = ? AND generation = ?"));
    known->bind(1, deviceId).bind(2, generation);
    FN_TRY(known->step());
    const bool seen = known->integer(0) > 0;
    known->reset();
    if (seen)
        return false;
    FN_TRY_ASSIGN(Statement * below,
        StoreInternals::db(*m_store).prepare(
            "SELECT count(*) FROM device_seq WHERE device = ? AND generation <> ? AND seq >= ?"));
    below->bind(1, deviceId).bind(2, generation).bind(3, firstSeq);
    FN_TRY(below->step());
    const bool overlaps = below->integer(0) > 0;
    below->reset();
    return overlaps;
}

Status Ledger::rememberRejection(
    const std::string& deviceId, std::int64_t generation, std::int64_t seq, const std::string& reason)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare(
            "INSERT OR REPLACE INTO device_rejections(device, generation, seq, reason) VALUES (?, ?, ?, ?)"));
    return st->bind(1, deviceId).bind(2, generation).bind(3, seq).bind(4, reason).run();
}

Result<std::string> Ledger::erasedScopeOf(const Change& c)
{
    auto scope = scopeOf(c);
    std::string candidate;
    if (scope)
        candidate = *scope;
    else if (scope.error().code == ErrorCode::NotFound)
        candidate = c.scope; // the office no longer knows the record: the author's word for its scope
    if (candidate.empty())
        return std::string();
    FN_TRY_ASSIGN(const bool erased, isErased(candidate));
    return erased ? candidate : std::string();
}

Result<bool> Ledger::isErased(const std::string& scope)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare("SELECT count(*) FROM feed WHERE tbl = '_purge' AND row_id = ?"));
    st->bind(1, scope);
    FN_TRY(st->step());
    const bool erased = st->integer(0) > 0;
    st->reset();
    return erased;
}

Status Ledger::persistClock()
{
    return m_store->setState("hlc", static_cast<std::int64_t>(m_store->hlc().last()));
}

Status Ledger::bump(const TableInfo& t, const Id& id, const std::string& scope)
{
    m_bumped.emplace(std::string(t.name), id);
    FN_TRY_ASSIGN(const std::int64_t current, head());
    const std::int64_t seq = current + 1;
    FN_TRY(m_store->setState("feed_seq", seq));
    FN_TRY_ASSIGN(Statement * upd,
        StoreInternals::db(*m_store).prepare("UPDATE " + std::string(t.name) + " SET _seq = ? WHERE id = ?"));
    FN_TRY(upd->bind(1, seq).bind(2, id).run());
    FN_TRY_ASSIGN(Statement * feed,
        StoreInternals::db(*m_store).prepare("REPLACE INTO feed(seq, tbl, row_id, scope) VALUES (?, ?, ?, ?)"));
    return feed->bind(1, seq).bind(2, t.name).bind(3, id).bind(4, scope).run();
}

Status Ledger::touch(std::string_view table, const Id& id)
{
    const TableInfo* t = findTable(table);
    if (!t)
        return {};
    if (m_bumped.count({ std::string(table), id }))
        return {};
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare("SELECT _scope FROM " + std::string(t->name) + " WHERE id = ?"));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::string scope = row ? st->text(0) : std::string();
    st->reset();
    if (!row)
        return {};
    return bump(*t, id, scope);
}

Status Ledger::recordConflict(const std::string& kind, const TableInfo& t, const Id& rowId, const std::string& scope,
    const std::string& column, const Value& keptValue, const Version& kept, const Value& otherValue,
    const Version& other)
{
    const TableInfo* conflicts = findTable("conflicts");
    const Id id = m_store->ids().next();
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare(
            "INSERT INTO conflicts(id, _scope, _hlc, _dev, kind, tbl, row_id, col, kept_value, "
            "kept_hlc, kept_dev, other_value, other_hlc, other_dev) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    FN_TRY(st->bind(1, id)
               .bind(2, scope)
               .bind(3, static_cast<std::int64_t>(m_store->hlc().tick()))
               .bind(4, m_store->deviceId())
               .bind(5, kind)
               .bind(6, t.name)
               .bind(7, rowId)
               .bind(8, column)
               .bind(9, keptValue)
               .bind(10, static_cast<std::int64_t>(kept.hlc))
               .bind(11, kept.device)
               .bind(12, otherValue)
               .bind(13, static_cast<std::int64_t>(other.hlc))
               .bind(14, other.device)
               .run());
    return bump(*conflicts, id, scope);
}

Result<std::string> Ledger::scopeOf(const Change& c)
{
    const TableInfo* t = findTable(c.op == ChangeOp::Resolve ? "conflicts" : c.table);
    if (!t)
        return fail(ErrorCode::InvalidArgument, "unknown table");
    if (c.op == ChangeOp::Create || c.op == ChangeOp::Append) {
        auto scope = deriveScope(*t, c.rowId, [&](std::string_view col) {
            const Value* v = fieldIn(c.fields, col);
            return v ? *v : Value {};
        });
        if (!scope)
            return fail(ErrorCode::InvalidArgument, "the record belongs to no participant, employer or team");
        return *scope;
    }
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare("SELECT _scope FROM " + std::string(t->name) + " WHERE id = ?"));
    st->bind(1, c.rowId);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::string scope = row ? st->text(0) : std::string();
    st->reset();
    if (scope.empty())
        return fail(ErrorCode::NotFound, "the record is not at the office");
    return scope;
}

Result<std::vector<ChangeOutcome>> Ledger::applyBatch(
    const std::string& deviceId, const std::vector<Change>& changes, const Permission& permitted)
{
    std::vector<ChangeOutcome> outcomes;
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(observePersistedClock());
        // Stamps later than this would win crossed edits for as long as they are ahead (clock.h).
        const std::uint64_t ceiling
            = HybridClock::fromMs(m_store->clock().nowMs() + std::chrono::milliseconds(HybridClock::maxLead).count());
        std::map<std::int64_t, std::int64_t> highWaters; // by generation
        auto highWaterOf = [&](std::int64_t generation) -> Result<std::int64_t*> {
            auto it = highWaters.find(generation);
            if (it == highWaters.end()) {
                FN_TRY_ASSIGN(const std::int64_t hw, highWater(deviceId, generation));
                it = highWaters.emplace(generation, hw).first;
            }
            return &it->second;
        };
        std::int64_t previous = 0;
        for (const Change& original : changes) {
            if (original.seq <= previous)
                return fail(ErrorCode::Protocol, "changes out of order in a push");
            previous = original.seq;
            FN_TRY_ASSIGN(std::int64_t * hw, highWaterOf(original.generation));
            // A change about a person erased here is dropped, whether new or sent again, and nothing
            // of it is kept: not its values, not even a reason under its number.
            FN_TRY_ASSIGN(const std::string erased, erasedScopeOf(original));
            if (!erased.empty()) {
                outcomes.push_back({ original.seq, Outcome::Erased, {}, erased });
                *hw = std::max(*hw, original.seq);
                continue;
            }
            if (original.seq <= *hw) {
                // Sent again: it was applied, or refused, the first time; say which.
                FN_TRY_ASSIGN(Statement * refused,
                    StoreInternals::db(*m_store).prepare(
                        "SELECT reason FROM device_rejections WHERE device = ? AND generation = ? AND seq = ?"));
                refused->bind(1, deviceId).bind(2, original.generation).bind(3, original.seq);
                FN_TRY_ASSIGN(const bool wasRefused, refused->step());
                std::string reason = wasRefused ? refused->text(0) : std::string();
                refused->reset();
                outcomes.push_back(
                    { original.seq, wasRefused ? Outcome::Rejected : Outcome::Duplicate, std::move(reason), {} });
                continue;
            }
            Change c = original;
            c.version.device = deviceId; // the authenticated device, whatever the message claims
            *hw = c.seq;
            auto refuse = [&](std::string reason) -> Status {
                FN_TRY(rememberRejection(deviceId, c.generation, c.seq, reason));
                outcomes.push_back(rejected(c, std::move(reason)));
                return {};
            };
            if (c.version.hlc > ceiling) {
                const std::int64_t ahead = HybridClock::toMs(c.version.hlc) - m_store->clock().nowMs();
                FN_TRY(refuse("this tablet's clock was "
                    + (c.version.hlc > HybridClock::maxValue ? std::string("far") : describeClockGap(ahead))
                    + " ahead of the office's when this was saved; set the tablet's date, time and time zone, "
                      "then enter it again"));
                continue;
            }
            if (permitted) {
                auto scope = scopeOf(c);
                std::string denial = scope ? permitted(c, *scope) : std::string();
                if (!scope && scope.error().code == ErrorCode::NotFound && c.op != ChangeOp::Create
                    && c.op != ChangeOp::Append)
                    denial = "the record is not at the office (it may have been erased)";
                else if (!scope && denial.empty())
                    denial = scope.error().message;
                if (!denial.empty()) {
                    FN_TRY(refuse(std::move(denial)));
                    continue;
                }
            }
            // Each change in its own savepoint: one that breaks a rule of the data is refused alone.
            FN_TRY(StoreInternals::db(*m_store).exec("SAVEPOINT ledger_change"));
            auto o = apply(deviceId, c);
            if (!o && o.error().code == ErrorCode::InvalidArgument) {
                FN_TRY(StoreInternals::db(*m_store).exec("ROLLBACK TO ledger_change"));
                o = rejected(c, "the office cannot store this change: " + o.error().message);
            }
            if (!o) {
                (void)StoreInternals::db(*m_store).exec("ROLLBACK TO ledger_change");
                (void)StoreInternals::db(*m_store).exec("RELEASE ledger_change");
                return fail(std::move(o).error());
            }
            FN_TRY(StoreInternals::db(*m_store).exec("RELEASE ledger_change"));
            if (o->outcome == Outcome::Rejected)
                FN_TRY(rememberRejection(deviceId, c.generation, c.seq, o->reason));
            outcomes.push_back(std::move(*o));
        }
        FN_TRY_ASSIGN(Statement * st,
            StoreInternals::db(*m_store).prepare(
                "INSERT INTO device_seq(device, generation, seq) VALUES (?, ?, ?) "
                "ON CONFLICT(device, generation) DO UPDATE SET seq = max(seq, excluded.seq)"));
        for (const auto& [generation, hw] : highWaters)
            FN_TRY(st->bind(1, deviceId).bind(2, generation).bind(3, hw).run());
        return persistClock();
    }));
    return outcomes;
}

Result<ChangeOutcome> Ledger::applyOwn(Change change)
{
    ChangeOutcome outcome;
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(observePersistedClock());
        change.version = { m_store->hlc().tick(), m_store->deviceId() };
        FN_TRY_ASSIGN(outcome, apply(m_store->deviceId(), change));
        return persistClock();
    }));
    return outcome;
}

Status Ledger::publishLocal()
{
    return m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(
            Statement * st, StoreInternals::db(*m_store).prepare("SELECT op, tbl, row_id FROM outbox ORDER BY seq"));
        std::vector<std::array<std::string, 3>> queued;
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            queued.push_back({ st->text(0), st->text(1), st->text(2) });
        }
        st->reset();
        if (queued.empty())
            return {};
        m_bumped.clear();
        for (const auto& [op, tbl, rowId] : queued) {
            FN_TRY(touch(tbl, rowId));
            if (op != "resolve")
                continue;
            FN_TRY_ASSIGN(Statement * target,
                StoreInternals::db(*m_store).prepare("SELECT tbl, row_id FROM conflicts WHERE id = ?"));
            target->bind(1, rowId);
            FN_TRY_ASSIGN(const bool found, target->step());
            const std::string targetTable = found ? target->text(0) : std::string();
            const Id targetRow = found ? target->text(1) : Id();
            target->reset();
            if (found)
                FN_TRY(touch(targetTable, targetRow));
        }
        FN_TRY(StoreInternals::db(*m_store).exec("DELETE FROM outbox"));
        return persistClock();
    });
}

Result<ChangeOutcome> Ledger::apply(const std::string& deviceId, const Change& c)
{
    (void)deviceId;
    m_bumped.clear();
    FN_TRY_ASSIGN(ChangeOutcome outcome, applyOne(c));
    if (outcome.outcome == Outcome::Rejected || c.op == ChangeOp::Append)
        return outcome;
    // The device holds its own version of what it sent; whatever the office made of it, the rows
    // it touched get a new feed position so the device adopts the office's result.
    if (c.op == ChangeOp::Resolve) {
        FN_TRY(touch("conflicts", c.rowId));
        FN_TRY_ASSIGN(
            Statement * st, StoreInternals::db(*m_store).prepare("SELECT tbl, row_id FROM conflicts WHERE id = ?"));
        st->bind(1, c.rowId);
        FN_TRY_ASSIGN(const bool row, st->step());
        const std::string tbl = row ? st->text(0) : std::string();
        const Id target = row ? st->text(1) : Id();
        st->reset();
        if (row)
            FN_TRY(touch(tbl, target));
    } else {
        FN_TRY(touch(c.table, c.rowId));
    }
    return outcome;
}

Result<ChangeOutcome> Ledger::applyOne(const Change& c)
{
    m_store->hlc().observe(c.version.hlc);
    if (c.op == ChangeOp::Resolve)
        return applyResolve(c);
    const TableInfo* t = findTable(c.table);
    if (!t || t->recordClass == RecordClass::Conflict)
        return rejected(c, "unknown or office-only table");
    switch (c.op) {
    case ChangeOp::Create:
        return applyCreate(*t, c);
    case ChangeOp::Set:
        return applySet(*t, c, c.base);
    case ChangeOp::Append:
        return applyAppend(*t, c);
    case ChangeOp::Delete:
        return applyDelete(*t, c);
    case ChangeOp::Resolve:
        break;
    }
    return rejected(c, "unknown operation");
}

Status Ledger::observePersistedClock()
{
    // Another process (an office command beside the running server) may have issued versions
    // since this one last looked: never issue one at or below them.
    FN_TRY_ASSIGN(auto v, m_store->state("hlc"));
    if (v && std::holds_alternative<std::int64_t>(*v))
        m_store->hlc().observe(static_cast<std::uint64_t>(std::get<std::int64_t>(*v)));
    return {};
}

static Status insertRow(Database& db, const TableInfo& t, const Id& id, const std::string& scope, const Version& v,
    const FieldValues& fields)
{
    std::string sql = "INSERT INTO " + std::string(t.name) + " (id, _scope, _hlc, _dev";
    std::string values = "?, ?, ?, ?";
    for (const auto& f : fields) {
        sql += ", " + f.first;
        values += ", ?";
    }
    FN_TRY_ASSIGN(Statement * st, db.prepare(sql + ") VALUES (" + values + ")"));
    st->bind(1, id).bind(2, scope).bind(3, static_cast<std::int64_t>(v.hlc)).bind(4, v.device);
    for (std::size_t i = 0; i < fields.size(); ++i)
        st->bind(static_cast<int>(i + 5), fields[i].second);
    return st->run();
}

Result<ChangeOutcome> Ledger::applyCreate(const TableInfo& t, const Change& c)
{
    if (t.recordClass != RecordClass::Mutable)
        return rejected(c, "journal entries are appended, not created");
    if (!looksLikeId(c.rowId))
        return rejected(c, "record id is not a UUID");
    if (auto bad = validateFields(t, c.fields); !bad.empty())
        return rejected(c, bad);
    auto scopeOrError = scopeOf(c);
    if (!scopeOrError)
        return rejected(c, scopeOrError.error().message);
    const std::string scope = *scopeOrError;
    FN_TRY_ASSIGN(const bool erased, isErased(scope));
    if (erased)
        return rejected(c, "this person's data has been erased at the office");
    FN_TRY_ASSIGN(auto existing, readRowState(*m_store, t, c.rowId));
    if (!existing) {
        FN_TRY(insertRow(StoreInternals::db(*m_store), t, c.rowId, scope, c.version, c.fields));
        FN_TRY(bump(t, c.rowId, scope));
        FN_TRY(m_store->reindex(t, c.rowId));
        return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
    }
    if (existing->scope != scope)
        return rejected(c, "a record with this id belongs to someone else");
    // The same record created on two devices (one profile per participant, say): each field is an
    // edit made without knowing the other.
    ChangeOutcome result { c.seq, Outcome::Applied, {}, {} };
    for (const auto& [col, value] : c.fields) {
        Change set = c;
        set.op = ChangeOp::Set;
        set.column = col;
        set.value = value;
        FN_TRY_ASSIGN(ChangeOutcome o, applySet(t, set, Version {}));
        if (o.outcome == Outcome::Conflict)
            result.outcome = Outcome::Conflict;
    }
    return result;
}

Result<ChangeOutcome> Ledger::applySet(const TableInfo& t, const Change& c, const Version& base)
{
    if (t.recordClass != RecordClass::Mutable)
        return rejected(c, "finalized entries cannot be changed");
    if (!t.column(c.column))
        return rejected(c, "unknown field " + std::string(t.name) + "." + c.column);
    if (t.isScopeColumn(c.column))
        return rejected(c, "a record cannot be moved to another participant or employer");
    if (t.validate && !t.validate(c.column, c.value))
        return rejected(c, "invalid value for " + std::string(t.name) + "." + c.column);
    FN_TRY_ASSIGN(auto row, readRowState(*m_store, t, c.rowId));
    if (!row)
        return rejected(c, "the record is not at the office (it may have been erased)");

    const Version current = versionOf(*row, c.column);
    const Value* currentValuePtr = fieldIn(row->fields, c.column);
    const Value currentValue = currentValuePtr ? *currentValuePtr : Value {};

    auto write = [&](const Version& v) -> Status {
        FN_TRY_ASSIGN(Statement * upd,
            StoreInternals::db(*m_store).prepare(
                "UPDATE " + std::string(t.name) + " SET " + c.column + " = ? WHERE id = ?"));
        FN_TRY(upd->bind(1, c.value).bind(2, c.rowId).run());
        FN_TRY_ASSIGN(Statement * ver,
            StoreInternals::db(*m_store).prepare(
                "INSERT INTO field_versions(tbl, row_id, col, hlc, dev) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev"));
        FN_TRY(ver->bind(1, t.name)
                   .bind(2, c.rowId)
                   .bind(3, c.column)
                   .bind(4, static_cast<std::int64_t>(v.hlc))
                   .bind(5, v.device)
                   .run());
        FN_TRY(bump(t, c.rowId, row->scope));
        return m_store->reindex(t, c.rowId);
    };

    // A revoked consent always wins: it is never un-revoked or edited afterwards.
    if (t.name == RecordTraits<Consent>::table) {
        const Value* revoked = fieldIn(row->fields, "revoked_on");
        const bool isRevoked = revoked && !isNull(*revoked);
        if (isRevoked && !(c.column == "revoked_on" && !isNull(c.value))) {
            FN_TRY(recordConflict(
                "revoked-consent", t, c.rowId, row->scope, c.column, currentValue, current, c.value, c.version));
            return ChangeOutcome { c.seq, Outcome::Conflict, {}, {} };
        }
        if (!isRevoked && c.column == "revoked_on" && !isNull(c.value)) {
            FN_TRY(write(std::max(c.version, current)));
            return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
        }
    }

    if (row->deleted) {
        // The author edited a record someone else deleted: the value is kept in the (deleted) row,
        // and the conflict lets a person restore it. If the edit also crossed another edit of the
        // field, that one is kept too, as it would be on a live row.
        if (base == current || c.value == currentValue) {
            if (base == current || c.version > current)
                FN_TRY(write(c.version));
        } else if (c.version > current) {
            FN_TRY(write(c.version));
            FN_TRY(
                recordConflict("field", t, c.rowId, row->scope, c.column, c.value, c.version, currentValue, current));
        } else {
            FN_TRY(
                recordConflict("field", t, c.rowId, row->scope, c.column, currentValue, current, c.value, c.version));
        }
        FN_TRY(recordConflict("delete-edit", t, c.rowId, row->scope, c.column, Value {}, versionOf(*row, "_deleted"),
            c.value, c.version));
        return ChangeOutcome { c.seq, Outcome::Conflict, {}, {} };
    }
    if (base == current) {
        FN_TRY(write(c.version));
        return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
    }
    if (c.value == currentValue) {
        // Both sides wrote the same thing: nothing to choose between.
        if (c.version > current)
            FN_TRY(write(c.version));
        return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
    }
    // The edits crossed. The greater version wins; the other value is kept for a person to see.
    if (c.version > current) {
        FN_TRY(write(c.version));
        FN_TRY(recordConflict("field", t, c.rowId, row->scope, c.column, c.value, c.version, currentValue, current));
    } else {
        FN_TRY(recordConflict("field", t, c.rowId, row->scope, c.column, currentValue, current, c.value, c.version));
    }
    return ChangeOutcome { c.seq, Outcome::Conflict, {}, {} };
}

Result<ChangeOutcome> Ledger::applyAppend(const TableInfo& t, const Change& c)
{
    if (t.recordClass != RecordClass::Journal)
        return rejected(c, std::string(t.name) + " is not a journal");
    if (!looksLikeId(c.rowId))
        return rejected(c, "record id is not a UUID");
    if (auto bad = validateFields(t, c.fields); !bad.empty())
        return rejected(c, bad);
    for (std::string_view req : t.required) {
        const Value* v = fieldIn(c.fields, req);
        if (!v || isNull(*v))
            return rejected(c, "missing " + std::string(req));
    }
    FN_TRY_ASSIGN(auto existing, readRowState(*m_store, t, c.rowId));
    if (existing)
        return ChangeOutcome { c.seq, Outcome::Duplicate, {}, {} };
    auto scopeOrError = scopeOf(c);
    if (!scopeOrError)
        return rejected(c, scopeOrError.error().message);
    const std::string scope = *scopeOrError;
    FN_TRY_ASSIGN(const bool erased, isErased(scope));
    if (erased)
        return rejected(c, "this person's data has been erased at the office");
    FN_TRY(insertRow(StoreInternals::db(*m_store), t, c.rowId, scope, c.version, c.fields));
    FN_TRY(bump(t, c.rowId, scope));
    FN_TRY(m_store->reindex(t, c.rowId));
    return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
}

Status Ledger::writeRemoved(const TableInfo& t, const Id& id, const std::string& scope, bool removed, const Version& v)
{
    FN_TRY_ASSIGN(Statement * upd,
        StoreInternals::db(*m_store).prepare("UPDATE " + std::string(t.name) + " SET _deleted = ? WHERE id = ?"));
    FN_TRY(upd->bind(1, std::int64_t { removed ? 1 : 0 }).bind(2, id).run());
    FN_TRY_ASSIGN(Statement * ver,
        StoreInternals::db(*m_store).prepare(
            "INSERT INTO field_versions(tbl, row_id, col, hlc, dev) VALUES (?, ?, '_deleted', ?, ?) "
            "ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev"));
    FN_TRY(ver->bind(1, t.name).bind(2, id).bind(3, static_cast<std::int64_t>(v.hlc)).bind(4, v.device).run());
    FN_TRY(bump(t, id, scope));
    return m_store->reindex(t, id);
}

Result<ChangeOutcome> Ledger::applyDelete(const TableInfo& t, const Change& c)
{
    if (t.recordClass != RecordClass::Mutable)
        return rejected(c, "finalized entries are never deleted");
    if (t.name == RecordTraits<Consent>::table)
        return rejected(c, "a consent is revoked, not deleted");
    FN_TRY_ASSIGN(auto row, readRowState(*m_store, t, c.rowId));
    if (!row)
        return rejected(c, "the record is not at the office (it may have been erased)");
    if (row->deleted)
        return ChangeOutcome { c.seq, Outcome::Duplicate, {}, {} };

    // Which fields changed since the author last saw the row, and was it removed and restored since?
    auto seen = [&](std::string_view col) {
        for (const auto& [n, v] : c.baseVersions)
            if (n == col)
                return v;
        return row->created;
    };
    std::string crossed;
    Version crossedVersion;
    for (const auto& col : t.columns) {
        const Version now = versionOf(*row, col.name);
        if (now != seen(col.name) && now > crossedVersion) {
            crossed = col.name;
            crossedVersion = now;
        }
    }
    const Version restore = versionOf(*row, "_deleted");
    const bool restoredSince = restore != seen("_deleted");
    FN_TRY(writeRemoved(t, c.rowId, row->scope, true, c.version));
    if (!crossed.empty()) {
        const Value* edited = fieldIn(row->fields, crossed);
        FN_TRY(recordConflict("delete-edit", t, c.rowId, row->scope, crossed, Value {}, c.version,
            edited ? *edited : Value {}, crossedVersion));
        return ChangeOutcome { c.seq, Outcome::Conflict, {}, {} };
    }
    if (restoredSince) {
        // A person restored the record after someone else removed it; this removal never saw that
        // decision. It stands, as any removal that crossed an edit, and the restore is kept beside it.
        FN_TRY(recordConflict("delete-edit", t, c.rowId, row->scope, "", Value {}, c.version, Value {}, restore));
        return ChangeOutcome { c.seq, Outcome::Conflict, {}, {} };
    }
    return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
}

Result<ChangeOutcome> Ledger::setRemoved(
    const TableInfo& t, const Id& id, bool removed, const Change& c, const Version& base)
{
    FN_TRY_ASSIGN(auto row, readRowState(*m_store, t, id));
    if (!row)
        return rejected(c, "the record is not at the office (it may have been erased)");
    const Version current = versionOf(*row, "_deleted");
    if (base == current || removed == row->deleted) {
        if (base == current || c.version > current)
            FN_TRY(writeRemoved(t, id, row->scope, removed, c.version));
        return ChangeOutcome { c.seq, Outcome::Applied, {}, {} };
    }
    // A removal and a restore crossed, neither author seeing the other's decision. The record stays
    // (or becomes) removed, as when a removal crosses an edit, and the restore is kept in a conflict.
    if (removed) {
        FN_TRY(writeRemoved(t, id, row->scope, true, c.version));
        FN_TRY(recordConflict("delete-edit", t, id, row->scope, "", Value {}, c.version, Value {}, current));
    } else {
        FN_TRY(recordConflict("delete-edit", t, id, row->scope, "", Value {}, current, Value {}, c.version));
    }
    return ChangeOutcome { c.seq, Outcome::Conflict, {}, {} };
}

Result<ChangeOutcome> Ledger::applyResolve(const Change& c)
{
    const TableInfo& conflicts = *findTable("conflicts");
    FN_TRY_ASSIGN(auto conflict, readRowState(*m_store, conflicts, c.rowId));
    if (!conflict)
        return rejected(c, "the conflict is not at the office");
    auto field = [&](std::string_view col) {
        const Value* v = fieldIn(conflict->fields, col);
        return v ? *v : Value {};
    };
    auto text = [&](std::string_view col) {
        const Value v = field(col);
        return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
    };
    const std::string kind = text("kind");
    const std::string choice = c.column;
    if (choice != "kept" && choice != "other" && choice != "value")
        return rejected(c, "unknown resolution");
    if (choice == "value" && kind != "field")
        return rejected(c, "only a conflict over one field takes a new value");
    if (choice != "kept" && kind == "revoked-consent")
        return rejected(c, "a revoked consent cannot be changed");
    const TableInfo* target = findTable(text("tbl"));
    if (!target)
        return rejected(c, "the conflict names an unknown table");

    // The conflict records the first decision to reach the office, as it was made.
    const bool alreadyResolved = !isNull(field("resolution"));
    if (!alreadyResolved) {
        FN_TRY_ASSIGN(Statement * mark,
            StoreInternals::db(*m_store).prepare(
                "UPDATE conflicts SET resolution = ?, resolved_by = ?, resolved_hlc = ? WHERE id = ?"));
        FN_TRY(mark->bind(1, choice)
                   .bind(2, c.version.device)
                   .bind(3, static_cast<std::int64_t>(c.version.hlc))
                   .bind(4, c.rowId)
                   .run());
        FN_TRY(bump(conflicts, c.rowId, conflict->scope));
    }
    if (kind == "revoked-consent") // only "kept" gets here: the revocation stands as it is
        return ChangeOutcome { c.seq, alreadyResolved ? Outcome::Duplicate : Outcome::Applied, {}, {} };

    // Every decision, the first or a later one, is an edit of the record made from the version the
    // conflict kept (the change's base): keeping a value writes it again, so a second decision
    // that differs crosses the first like any two edits, and the merge rules make that visible.
    const Id rowId = text("row_id");
    if (kind == "delete-edit")
        return setRemoved(*target, rowId, choice == "kept", c, c.base);
    Change set = c;
    set.op = ChangeOp::Set;
    set.table = target->name;
    set.rowId = rowId;
    set.column = text("col");
    set.value = choice == "kept" ? field("kept_value") : choice == "other" ? field("other_value") : c.value;
    return applySet(*target, set, c.base);
}

Result<std::vector<FeedEntry>> Ledger::feedAfter(std::int64_t cursor, std::int64_t upTo, int limit)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare(
            "SELECT seq, tbl, row_id, scope FROM feed WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"));
    st->bind(1, cursor).bind(2, upTo).bind(3, std::int64_t { limit });
    std::vector<FeedEntry> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        out.push_back({ st->integer(0), st->text(1), st->text(2), st->text(3) });
    }
    st->reset();
    return out;
}

Result<std::optional<RowState>> Ledger::rowState(const std::string& table, const Id& id)
{
    const TableInfo* t = findTable(table);
    if (!t)
        return fail(ErrorCode::InvalidArgument, "unknown table");
    return readRowState(*m_store, *t, id);
}

Result<std::vector<RowState>> Ledger::scopeRows(const std::string& scope)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(*m_store).prepare(
            "SELECT tbl, row_id FROM feed WHERE scope = ? AND tbl <> '_purge' ORDER BY seq"));
    st->bind(1, scope);
    std::vector<std::pair<std::string, std::string>> keys;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        keys.emplace_back(st->text(0), st->text(1));
    }
    st->reset();
    std::vector<RowState> out;
    out.reserve(keys.size());
    for (const auto& [tbl, id] : keys) {
        FN_TRY_ASSIGN(auto rs, rowState(tbl, id));
        if (rs)
            out.push_back(std::move(*rs));
    }
    return out;
}

Status Ledger::purge(const std::string& scope)
{
    if (participantOfScope(scope).empty())
        return fail(ErrorCode::InvalidArgument, "Only a participant's data can be erased.");
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(erasePhysically(*m_store, scope));
        FN_TRY_ASSIGN(Statement * del, StoreInternals::db(*m_store).prepare("DELETE FROM feed WHERE scope = ?"));
        FN_TRY(del->bind(1, scope).run());
        FN_TRY_ASSIGN(const std::int64_t current, head());
        const std::int64_t seq = current + 1;
        FN_TRY(m_store->setState("feed_seq", seq));
        FN_TRY_ASSIGN(Statement * marker,
            StoreInternals::db(*m_store).prepare(
                "INSERT INTO feed(seq, tbl, row_id, scope) VALUES (?, '_purge', ?, ?)"));
        return marker->bind(1, seq).bind(2, scope).bind(3, scope).run();
    }));
    return StoreInternals::db(*m_store).exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace fieldnotes::core
