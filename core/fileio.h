// Small POSIX file helpers with typed errors: a full disk, a read-only folder and a missing file
// each say so in words a person can act on.
#pragma once

#include "result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace fieldnotes::core {

Error errorFromErrno(int err, std::string_view what);

// Writes `bytes` to `path` so that a crash leaves either the old or the new content, never a mix:
// a temporary file in the same folder, fsync, rename over, fsync the folder. Mode 0600. The
// temporary file has an unpredictable name and is created with O_EXCL|O_NOFOLLOW, so a file or link
// planted in the folder is never written through; `path` itself is replaced, never followed.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Temporary files writeFileAtomically() left beside `path` when its process was killed.
std::vector<std::filesystem::path> leftoverTemporaries(const std::filesystem::path& path);

// Overwrites the file's current content with zeros in place and syncs, before it is replaced or
// removed, so the old bytes do not linger in the file's blocks.
Status overwriteWithZeros(const std::filesystem::path& path);

// Creates an empty file, mode 0600; fails if anything (a file, a link) is already there.
Status createPrivateFile(const std::filesystem::path& path);

// fsync of a file's content, and of a folder (after a rename in it).
Status syncFile(const std::filesystem::path& path);
Status syncFolder(const std::filesystem::path& dir);

// A file kept open for writing, so that its blocks can be zeroed after it was renamed over.
class FileHandle {
public:
    static Result<FileHandle> openForWriting(const std::filesystem::path& path);
    FileHandle(FileHandle&& other) noexcept;
    FileHandle& operator=(FileHandle&&) = delete;
    FileHandle(const FileHandle&) = delete;
    ~FileHandle();
    Status overwriteWithZeros(); // the content in place, then fsync

private:
    explicit FileHandle(int fd)
        : m_fd(fd)
    {
    }
    int m_fd = -1;
};

Result<std::string> readFile(const std::filesystem::path& path, std::size_t maxBytes = 1 << 20);

// Creates the folder (and parents) with mode 0700 if missing. A folder that exists is tightened to
// 0700 when others could read or enter it, and refused when it belongs to another user or cannot
// be written.
Status ensurePrivateDirectory(const std::filesystem::path& dir);

// An advisory lock on a folder (flock), held until destroyed: processes that take it wait for one
// another. Not reentrant: a process takes it once at a time.
class FolderLock {
public:
    static Result<FolderLock> exclusive(const std::filesystem::path& dir);
    FolderLock(FolderLock&& other) noexcept;
    FolderLock& operator=(FolderLock&&) = delete;
    FolderLock(const FolderLock&) = delete;
    ~FolderLock();

private:
    explicit FolderLock(int fd)
        : m_fd(fd)
    {
    }
    int m_fd = -1;
};

} // namespace fieldnotes::core
