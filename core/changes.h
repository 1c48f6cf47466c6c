// What moves between a tablet and the office, in core terms (the wire format is sync's business).
//
// A Change is one local edit, in the order it was made, stamped with the device's sequence number
// and the generation of the store it was made in (which together make pushing it again harmless)
// and its version. A RowState is the office's current state
// of one row, which a tablet adopts unless it has an edit of its own still waiting to be sent.
#pragma once

#include "clock.h"
#include "records.h"
#include "value.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fieldnotes::core {

enum class ChangeOp {
    Create, // a new mutable record with all its fields
    Set, // one field of a mutable record; `base` is the version its author saw
    Append, // a finalized journal entry with all its fields
    Delete, // a tombstone; `baseVersions` are the field versions its author saw
    Resolve, // a person resolved conflict `rowId`: `column` is "kept", "other" or "value"
};

std::string_view opName(ChangeOp op);
std::optional<ChangeOp> opFromName(std::string_view name);

using FieldVersions = std::vector<std::pair<std::string, Version>>;

struct Change {
    std::int64_t seq = 0;
    std::int64_t generation = 0; // Store::generation() when it was made
    ChangeOp op = ChangeOp::Set;
    std::string table;
    std::string rowId;
    std::string column;
    Value value;
    Version version;
    Version base;
    FieldValues fields;
    FieldVersions baseVersions;
    // Set, Delete and Resolve: the scope of the record on the author's replica. The office uses it
    // only to recognise a change about a person it has erased (and no longer knows the record of);
    // where a change belongs is always decided from the office's own data.
    std::string scope;
};

struct RowState {
    std::int64_t seq = 0; // the office's feed position of this state
    std::string table;
    std::string rowId;
    std::string scope;
    Version created;
    bool deleted = false;
    FieldValues fields; // a projection may hold only some columns
    FieldVersions fieldVersions; // versions that differ from `created`, including "_deleted"
};

// The office erased a participant: every replica removes every row of that scope physically.
struct Purge {
    std::int64_t seq = 0;
    std::string scope;
};

} // namespace fieldnotes::core
