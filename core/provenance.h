// Who made an edit and when, read from the version that stamps it: the device that wrote it, the
// staff member that device belongs to (devices and staff tables), and the wall-clock time inside
// the hybrid logical clock. Screens show this beside co-written fields and both sides of a conflict.
#pragma once

#include "store.h"

#include <string>
#include <vector>

namespace fieldnotes::core {

struct Writer {
    std::string deviceId;
    Id staffId; // empty when this replica does not know the device (not yet synced, or removed)
    std::string staffName;
    std::string deviceLabel;
    bool thisDevice = false; // written on this replica, by its own user
};

struct FieldAuthor {
    std::string column;
    Version version;
    Writer writer;
    std::int64_t atMs = 0; // Unix milliseconds of the version (0 for a null version)
};

// The Unix milliseconds a version was written at (its HLC's physical part).
std::int64_t versionTimeMs(const Version& version);

// The staff member behind a device id. This replica's own device is its user (Store::staffId()).
Result<Writer> writerOf(Store& store, const std::string& deviceId);

// For each data column of a row: who last wrote it and when. NotFound if the row is not here.
Result<std::vector<FieldAuthor>> fieldAuthors(Store& store, const TableInfo& table, const Id& rowId);

} // namespace fieldnotes::core
