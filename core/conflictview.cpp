#include "conflictview.h"

#include "replica.h"
#include "storeinternals.h"

#include <map>

namespace fieldnotes::core {

namespace {

Result<std::string> subjectOf(Store& store, const std::string& scope)
{
    std::string sql;
    if (scope.starts_with("p:"))
        sql = "SELECT display_name FROM participants WHERE id = ?";
    else if (scope.starts_with("e:"))
        sql = "SELECT name FROM employers WHERE id = ?";
    else
        return std::string {};
    FN_TRY_ASSIGN(Statement * st, StoreInternals::db(store).prepare(sql));
    st->bind(1, scope.substr(2));
    FN_TRY_ASSIGN(const bool row, st->step());
    std::string name = row ? st->text(0) : std::string {};
    st->reset();
    return name;
}

} // namespace

Result<std::vector<ConflictView>> openConflicts(Store& store)
{
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare(
            "SELECT id, _scope, kind, tbl, row_id, col, kept_value, kept_hlc, kept_dev, other_value,"
            " other_hlc, other_dev FROM conflicts WHERE _deleted = 0 AND resolution IS NULL"
            " ORDER BY _hlc DESC, id"));
    struct Raw {
        ConflictView view;
        std::string scope;
    };
    std::vector<Raw> raws;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        Raw r;
        r.view.conflictId = st->text(0);
        r.scope = st->text(1);
        r.view.kind = st->text(2);
        r.view.table = st->text(3);
        r.view.rowId = st->text(4);
        r.view.column = st->text(5);
        r.view.keptValue = st->column(6);
        r.view.keptVersion = { static_cast<std::uint64_t>(st->integer(7)), st->text(8) };
        r.view.otherValue = st->column(9);
        r.view.otherVersion = { static_cast<std::uint64_t>(st->integer(10)), st->text(11) };
        raws.push_back(std::move(r));
    }
    st->reset();

    std::map<std::string, Writer> writers;
    auto writer = [&](const std::string& device) -> Result<Writer> {
        if (auto it = writers.find(device); it != writers.end())
            return it->second;
        FN_TRY_ASSIGN(Writer w, writerOf(store, device));
        writers.emplace(device, w);
        return w;
    };
    std::vector<ConflictView> out;
    for (auto& r : raws) {
        ConflictView v = std::move(r.view);
        FN_TRY_ASSIGN(v.keptBy, writer(v.keptVersion.device));
        FN_TRY_ASSIGN(v.otherBy, writer(v.otherVersion.device));
        v.participantId = participantOfScope(r.scope);
        FN_TRY_ASSIGN(v.subject, subjectOf(store, r.scope));
        if (const TableInfo* t = findTable(v.table))
            if (const ColumnInfo* c = t->column(v.column))
                v.sensitive = c->sensitive;
        out.push_back(std::move(v));
    }
    return out;
}

Result<SyncSummary> syncSummary(Store& store)
{
    SyncSummary s;
    Replica replica(store);
    FN_TRY_ASSIGN(s.pendingChanges, replica.pendingCount());
    FN_TRY_ASSIGN(const auto last, store.state(lastSyncStateKey));
    if (last)
        if (const auto* ms = std::get_if<std::int64_t>(&*last))
            s.lastSyncMs = *ms;
    FN_TRY_ASSIGN(Statement * st,
        StoreInternals::db(store).prepare("SELECT count(*) FROM conflicts WHERE _deleted = 0 AND resolution IS NULL"));
    FN_TRY_ASSIGN(const bool row, st->step());
    s.openConflicts = row ? static_cast<int>(st->integer(0)) : 0;
    st->reset();
    return s;
}

} // namespace fieldnotes::core
