// The store's raw access: its database and the string select over a table's columns.
//
// For core/ (the typed queries and use cases) and sync/ (the replication layer: office, policy,
// device, audit, replica, and the command lines' sync commands) alone. The app (qml/) reads through
// the typed queries of the module the records belong to and never includes this header; the
// ctest lint_store_door fails if it does, or if it holds SQL of its own.
#pragma once

#include "store.h"

namespace fieldnotes::core {

struct StoreInternals {
    static Database& db(Store& store) { return store.db(); }

    // Rows of T matching an SQL condition on its table's columns (`?` placeholders bound to
    // `params`), ordered by `orderBy`. Tombstoned rows are left out.
    template<class T>
    static Result<std::vector<T>> select(
        Store& store, std::string_view where = "1", std::vector<Value> params = {}, std::string_view orderBy = "id")
    {
        return store.select<T>(where, std::move(params), orderBy);
    }
};

} // namespace fieldnotes::core
