// The synced tables as the sync machinery sees them: record class, how a row's scope is derived,
// which columns feed full-text search, and which disclosure item (if any) a column belongs to.
// Typed code uses records.h; generic code (change tracking, merge, dump, sync scope) uses this.
#pragma once

#include "enums.h"
#include "value.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fieldnotes::core {

enum class RecordClass {
    Mutable, // edited field by field; per-field versions; tombstones
    Journal, // append-only entries; never conflict
    Conflict, // conflict records, written by the office only
};

// One way to derive the scope: '<prefix>:<value of column>'; an empty column means the fixed scope
// "<prefix>" (the team, 't').
struct ScopeRule {
    char prefix;
    std::string_view column;
};

struct ColumnInfo {
    std::string_view name;
    std::optional<DisclosureItem> item; // shared with a mentor only under an active consent for this item
    bool sensitive = false; // hidden until tapped; never in list views
};

struct TableInfo {
    std::string_view name;
    RecordClass recordClass;
    std::vector<ColumnInfo> columns; // data columns, without id and the _-prefixed metadata
    std::vector<ScopeRule> scope; // tried in order; the first whose column is non-empty decides
    std::vector<std::string_view> searchable; // text indexed for full-text search
    // True if `value` is a well-formed value for `column` (type, code, date); false for unknown columns.
    bool (*validate)(std::string_view column, const Value& value) = nullptr;
    std::vector<std::string_view> required; // columns a journal entry must have

    const ColumnInfo* column(std::string_view name) const;
    bool isScopeColumn(std::string_view name) const;
};

const std::vector<TableInfo>& catalogue();
const TableInfo* findTable(std::string_view name);

// The scope of a row from its field values (looked up by column name); nullopt if none applies.
std::optional<std::string> deriveScope(
    const TableInfo& table, std::string_view rowId, const std::function<Value(std::string_view)>& field);

// 'p:<id>' for participant-owned rows, else empty.
std::string participantOfScope(std::string_view scope);

} // namespace fieldnotes::core
