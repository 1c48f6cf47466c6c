// The conflicts inbox and the sync summary as a tablet shows them.
//
// A conflict is created by the office when two edits of one field crossed (or a delete crossed an
// edit): the winner is in the row, the other value is kept in the conflict until a person decides
// (Replica::resolveConflict). Here each open conflict comes with both values, who wrote each and
// when, and the participant or employer it concerns, so it can be shown side by side.
#pragma once

#include "provenance.h"
#include "store.h"

#include <optional>
#include <vector>

namespace fieldnotes::core {

struct ConflictView {
    Id conflictId;
    std::string kind; // "field": two values of one column; "delete": a delete crossed an edit
    std::string table;
    Id rowId;
    std::string column; // empty for "delete"
    Value keptValue; // the value in the row now (the deterministic winner)
    Version keptVersion;
    Writer keptBy;
    Value otherValue; // the value set aside
    Version otherVersion;
    Writer otherBy;
    Id participantId; // when the row belongs to a participant
    std::string subject; // the participant's display name or the employer's name; empty if unknown
    bool sensitive = false; // the column is hidden until tapped (catalogue.cpp)
};

// Open (unresolved) conflicts, newest first.
Result<std::vector<ConflictView>> openConflicts(Store& store);

// The sync client records the time of its last completed sync under this state key (Unix ms).
inline constexpr std::string_view lastSyncStateKey = "last_sync_ms";

struct SyncSummary {
    std::int64_t pendingChanges = 0; // local changes waiting in the outbox
    std::optional<std::int64_t> lastSyncMs; // none if this replica never completed a sync
    int openConflicts = 0;
};

Result<SyncSummary> syncSummary(Store& store);

} // namespace fieldnotes::core
