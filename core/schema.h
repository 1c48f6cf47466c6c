// Versioned schema. Migrations run forward, one transaction each, when a store is opened; the
// version lives in PRAGMA user_version. A store written by a newer version is refused, not guessed at.
#pragma once

#include "result.h"

#include <string_view>
#include <vector>

namespace fieldnotes::core {

class Database;

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

const std::vector<Migration>& migrations(); // generated from core/schema/*.sql, ascending
int latestSchemaVersion();

Result<int> schemaVersion(Database& db);
// Brings the database to `target` (default: latest). Refuses a database newer than this build.
Status migrate(Database& db, int target = -1);

} // namespace fieldnotes::core
