#include "schema.h"

#include "database.h"

namespace fieldnotes::core {

int latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

Result<int> schemaVersion(Database& db)
{
    FN_TRY_ASSIGN(Statement * st, db.prepare("PRAGMA user_version"));
    FN_TRY_ASSIGN(const bool row, st->step());
    const int v = row ? static_cast<int>(st->integer(0)) : 0;
    st->reset();
    return v;
}

Status migrate(Database& db, int target)
{
    const int latest = latestSchemaVersion();
    if (target < 0)
        target = latest;
    FN_TRY_ASSIGN(const int current, schemaVersion(db));
    if (current > latest)
        return fail(ErrorCode::SchemaTooNew,
            "This case file was written by a newer version of fieldnotes (schema " + std::to_string(current)
                + "). Update the app to open it.");
    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        FN_TRY_ASSIGN(Transaction t, db.begin());
        FN_TRY(db.exec(m.sql));
        FN_TRY(db.exec("PRAGMA user_version = " + std::to_string(m.version)));
        FN_TRY(t.commit());
    }
    return {};
}

} // namespace fieldnotes::core
