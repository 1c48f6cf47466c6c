// Small POSIX file helpers with typed errors: a full disk, a read-only folder and a missing file
// each say so in words a person can act on.
#pragma once

#include "result.h"

#include <filesystem>
#include <string>

namespace fieldnotes::core {

Error errorFromErrno(int err, std::string_view what);

// Writes `bytes` to `path` so that a crash leaves either the old or the new content, never a mix:
// a temporary file in the same folder, fsync, rename over, fsync the folder. Mode 0600.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Overwrites the file's current content with zeros in place and syncs, before it is replaced or
// removed, so the old bytes do not linger in the file's blocks.
Status overwriteWithZeros(const std::filesystem::path& path);

Result<std::string> readFile(const std::filesystem::path& path, std::size_t maxBytes = 1 << 20);

// Creates the folder (and parents) with mode 0700 if missing; fails if it exists but is not writable.
Status ensurePrivateDirectory(const std::filesystem::path& dir);

} // namespace fieldnotes::core
