// A canonical, sorted JSON of a replica's synced state, for comparing replicas: every synced row
// (tombstones included) with its scope, versions and fields. Local bookkeeping (outbox, drafts,
// cursor, feed positions) is left out, so two replicas that agree print the same bytes.
#pragma once

#include "changes.h"
#include "store.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

namespace fieldnotes::core {

// Maps each row before it is written; nullopt leaves it out (used to dump what a device may see).
using DumpView = std::function<std::optional<RowState>(const RowState&)>;

Result<nlohmann::json> dumpState(Store& store, const DumpView& view = {});
Result<std::string> dumpCanonical(Store& store, const DumpView& view = {});
std::string sha256Hex(std::string_view bytes);

} // namespace fieldnotes::core
