#include "upkeep.h"

#include "storeinternals.h"

#include <sqlite3.h>

namespace fieldnotes::core {

Result<bool> upkeep(Store& store, const UpkeepOptions& options)
{
    Database& db = StoreInternals::db(store);
    if (db.inTransaction())
        return fail(ErrorCode::Internal, "store upkeep inside a transaction");
    // FTS5 counts the rows it writes in a merge: fewer than two changes mean there was nothing to merge.
    const sqlite3_int64 before = sqlite3_total_changes64(db.handle());
    FN_TRY(db.exec("INSERT INTO search_index(search_index, rank) VALUES ('merge', "
        + std::to_string(std::max(1, options.mergePages)) + ")"));
    const bool merged = sqlite3_total_changes64(db.handle()) - before >= 2;
    FN_TRY(db.exec("PRAGMA wal_checkpoint(PASSIVE)"));
    return merged;
}

} // namespace fieldnotes::core
