#include "outboxview.h"

#include "catalogue.h"
#include "storeinternals.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace fieldnotes::core {

namespace {

// The scope of a row as this replica holds it; empty if the row or its table is unknown here.
Result<std::string> scopeOf(Store& store, const std::string& table, const Id& rowId)
{
    const TableInfo* t = findTable(table);
    if (!t)
        return std::string {};
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare("SELECT _scope FROM " + std::string(t->name) + " WHERE id = ?"));
    st->bind(1, rowId);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::string scope = row ? st->text(0) : std::string {};
    st->reset();
    return scope;
}

// Who a scope is about: the participant's display name or the employer's name.
class Subjects {
public:
    explicit Subjects(Store& store)
        : m_store(store)
    {
    }

    Result<std::string> of(const std::string& scope)
    {
        if (auto it = m_names.find(scope); it != m_names.end())
            return it->second;
        std::string sql;
        if (scope.starts_with("p:"))
            sql = "SELECT display_name FROM participants WHERE id = ?";
        else if (scope.starts_with("e:"))
            sql = "SELECT name FROM employers WHERE id = ?";
        std::string name;
        if (!sql.empty()) {
            FN_TRY_ASSIGN(Statement * st, StoreInternals::db(m_store).prepare(sql));
            st->bind(1, scope.substr(2));
            FN_TRY_ASSIGN(const bool row, st->step());
            if (row)
                name = st->text(0);
            st->reset();
        }
        m_names.emplace(scope, name);
        return name;
    }

private:
    Store& m_store;
    std::map<std::string, std::string> m_names;
};

} // namespace

Result<std::vector<WaitingRecord>> waitingRecords(Store& store, int limit)
{
    // Grouped in SQL by record, so a tablet with thousands of waiting field changes reads one row each.
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare("SELECT tbl, row_id, min(seq), count(*), max(hlc),"
                                          " (SELECT o2.op FROM outbox o2 WHERE o2.tbl = o.tbl AND o2.row_id = o.row_id"
                                          "  ORDER BY o2.seq LIMIT 1)"
                                          " FROM outbox o GROUP BY tbl, row_id ORDER BY min(seq) LIMIT ?"));
    st->bind(1, std::int64_t { limit });
    std::vector<WaitingRecord> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        WaitingRecord r;
        r.table = st->text(0);
        r.rowId = st->text(1);
        r.changes = static_cast<int>(st->integer(3));
        r.lastChangeMs = HybridClock::toMs(static_cast<std::uint64_t>(st->integer(4)));
        const auto op = opFromName(st->text(5));
        if (!op) {
            st->reset();
            return fail(ErrorCode::Corrupt, "The outbox holds an unknown change; update the app.");
        }
        r.op = *op;
        out.push_back(std::move(r));
    }
    st->reset();

    FN_TRY_ASSIGN(Statement * columns,
        StoreInternals::db(store).prepare(
            "SELECT col FROM outbox WHERE tbl = ? AND row_id = ? AND op = 'set' GROUP BY col"
            " ORDER BY min(seq)"));
    Subjects subjects(store);
    for (WaitingRecord& r : out) {
        if (r.op == ChangeOp::Set) {
            columns->bind(1, r.table).bind(2, r.rowId);
            for (;;) {
                FN_TRY_ASSIGN(const bool row, columns->step());
                if (!row)
                    break;
                r.columns.push_back(columns->text(0));
            }
            columns->reset();
        }
        FN_TRY_ASSIGN(const std::string scope, scopeOf(store, r.table, r.rowId));
        r.participantId = participantOfScope(scope);
        FN_TRY_ASSIGN(r.subject, subjects.of(scope));
    }
    return out;
}

Result<std::int64_t> waitingRecordCount(Store& store)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare("SELECT count(*) FROM (SELECT 1 FROM outbox GROUP BY tbl, row_id)"));
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t n = row ? st->integer(0) : 0;
    st->reset();
    return n;
}

Result<std::vector<RefusedChange>> refusedChanges(Store& store)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare(
            "SELECT id, op, tbl, row_id, coalesce(col, ''), value, payload, reason, rejected_ms, scope"
            " FROM rejected_changes WHERE dismissed = 0 ORDER BY rejected_ms DESC, id DESC"));
    std::vector<std::pair<RefusedChange, std::string>> rows;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        RefusedChange r;
        r.id = st->integer(0);
        const auto op = opFromName(st->text(1));
        r.op = op.value_or(ChangeOp::Set);
        r.table = st->text(2);
        r.rowId = st->text(3);
        r.column = st->text(4);
        r.value = st->column(5);
        // The payload holds the typed fields, and for a delete the versions its author saw (as arrays).
        const auto payload = nlohmann::json::parse(st->text(6), nullptr, false);
        if (payload.is_object())
            for (const auto& [key, value] : payload.items())
                if (!value.is_array())
                    r.fields.emplace_back(key, valueFromJson(value));
        r.reason = st->text(7);
        r.refusedMs = st->integer(8);
        const TableInfo* t = findTable(r.table);
        r.remedy = r.op == ChangeOp::Append || (t && t->recordClass == RecordClass::Journal)
            ? RefusalRemedy::CopyIntoNewEntry
            : RefusalRemedy::AskTheOffice;
        rows.emplace_back(std::move(r), st->text(9));
    }
    st->reset();
    Subjects subjects(store);
    std::vector<RefusedChange> out;
    for (auto& [r, scope] : rows) {
        r.participantId = participantOfScope(scope);
        FN_TRY_ASSIGN(r.subject, subjects.of(scope));
        out.push_back(std::move(r));
    }
    return out;
}

Status dismissRefused(Store& store, std::optional<std::int64_t> id)
{
    // Removed rather than flagged: what was typed leaves the store once the person has dealt with it
    // (secure_delete overwrites it).
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare(
            id ? "DELETE FROM rejected_changes WHERE id = ?" : "DELETE FROM rejected_changes"));
    if (id)
        st->bind(1, *id);
    return st->run();
}

} // namespace fieldnotes::core
