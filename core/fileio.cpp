#include "fileio.h"

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace fieldnotes::core {

namespace {

class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd& operator=(Fd&& other) noexcept
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
        return *this;
    }
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

Status writeAll(int fd, std::string_view bytes, std::string_view what)
{
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errorFromErrno(errno, what));
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return {};
}

Status syncDirectoryImpl(const std::filesystem::path& dir)
{
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(errorFromErrno(errno, "open folder"));
    if (::fsync(fd.get()) != 0)
        return fail(errorFromErrno(errno, "sync folder"));
    return {};
}

} // namespace

Error errorFromErrno(int err, std::string_view what)
{
    const std::string detail = std::string(what) + ": " + std::strerror(err);
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return { ErrorCode::DiskFull, "The device storage is full (" + detail + "). Free some space and try again.",
            {} };
    case EROFS:
    case EACCES:
    case EPERM:
        return { ErrorCode::ReadOnly,
            "The data folder cannot be written (" + detail + "). Check that it is writable by this user.", {} };
    case ENOENT:
        return { ErrorCode::NotFound, "Not found (" + detail + ").", {} };
    default:
        return { ErrorCode::Io, "A file operation failed (" + detail + ").", {} };
    }
}

Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    std::filesystem::path tmp;
    {
        Fd fd(-1);
        for (int attempt = 0; attempt < 16 && fd.get() < 0; ++attempt) {
            unsigned char random[8];
            randombytes_buf(random, sizeof random);
            static constexpr char hex[] = "0123456789abcdef";
            std::string suffix = ".";
            for (unsigned char b : random) {
                suffix += hex[b >> 4];
                suffix += hex[b & 0xf];
            }
            tmp = path;
            tmp += suffix + ".tmp";
            Fd opened(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
            if (opened.get() < 0 && errno != EEXIST)
                return fail(errorFromErrno(errno, "create " + path.filename().string()));
            fd = Fd(opened.release());
        }
        if (fd.get() < 0)
            return fail(errorFromErrno(EEXIST, "create " + path.filename().string()));
        if (auto st = writeAll(fd.get(), bytes, "write " + path.filename().string()); !st) {
            ::unlink(tmp.c_str());
            return st;
        }
        if (::fsync(fd.get()) != 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            return fail(errorFromErrno(err, "sync " + path.filename().string()));
        }
        if (::close(fd.release()) != 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            return fail(errorFromErrno(err, "close " + path.filename().string()));
        }
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        return fail(errorFromErrno(err, "replace " + path.filename().string()));
    }
    return syncDirectoryImpl(path.has_parent_path() ? path.parent_path() : std::filesystem::path("."));
}

namespace {

// In 1 MiB steps from the start, so a large case file does not need its size in memory.
Status zeroFile(int fd, const std::string& name)
{
    struct stat st { };
    if (::fstat(fd, &st) != 0)
        return fail(errorFromErrno(errno, "stat " + name));
    const std::string zeros(std::size_t { 1 } << 20, '\0');
    if (::lseek(fd, 0, SEEK_SET) != 0)
        return fail(errorFromErrno(errno, "overwrite " + name));
    for (off_t left = st.st_size; left > 0;) {
        const auto n = static_cast<std::size_t>(std::min<off_t>(left, static_cast<off_t>(zeros.size())));
        FN_TRY(writeAll(fd, std::string_view(zeros).substr(0, n), "overwrite " + name));
        left -= static_cast<off_t>(n);
    }
    if (::fsync(fd) != 0)
        return fail(errorFromErrno(errno, "sync " + name));
    return {};
}

} // namespace

Status overwriteWithZeros(const std::filesystem::path& path)
{
    Fd fd(::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(errorFromErrno(errno, "open " + path.filename().string()));
    return zeroFile(fd.get(), path.filename().string());
}

Status createPrivateFile(const std::filesystem::path& path)
{
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return fail(errorFromErrno(errno, "create " + path.filename().string()));
    return {};
}

Status syncFile(const std::filesystem::path& path)
{
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(errorFromErrno(errno, "open " + path.filename().string()));
    if (::fsync(fd.get()) != 0)
        return fail(errorFromErrno(errno, "sync " + path.filename().string()));
    return {};
}

Status syncFolder(const std::filesystem::path& dir)
{
    return syncDirectoryImpl(dir);
}

Result<FileHandle> FileHandle::openForWriting(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(errorFromErrno(errno, "open " + path.filename().string()));
    return FileHandle(fd);
}

FileHandle::FileHandle(FileHandle&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

FileHandle::~FileHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Status FileHandle::overwriteWithZeros()
{
    return zeroFile(m_fd, "old case file");
}

Result<std::string> readFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(errorFromErrno(errno, "open " + path.filename().string()));
    std::string out;
    std::vector<char> buf(64 * 1024);
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errorFromErrno(errno, "read " + path.filename().string()));
        }
        if (n == 0)
            break;
        out.append(buf.data(), static_cast<std::size_t>(n));
        if (out.size() > maxBytes)
            return fail(ErrorCode::InvalidArgument, path.filename().string() + " is larger than expected.");
    }
    return out;
}

Status ensurePrivateDirectory(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec)) {
        std::filesystem::create_directories(dir, ec);
        if (ec)
            return fail(errorFromErrno(ec.value(), "create data folder"));
    } else if (!std::filesystem::is_directory(dir, ec)) {
        return fail(ErrorCode::InvalidArgument, "The data folder path is a file, not a folder.");
    }
    struct stat st { };
    if (::stat(dir.c_str(), &st) != 0)
        return fail(errorFromErrno(errno, "inspect data folder"));
    if (st.st_uid != ::geteuid())
        return fail(ErrorCode::InvalidArgument,
            "The folder " + dir.filename().string()
                + " belongs to another user, who could read or replace what is kept there. Use a folder of your "
                  "own.");
    if ((st.st_mode & 077) != 0 && ::chmod(dir.c_str(), 0700) != 0)
        return fail(ErrorCode::InvalidArgument,
            "Others can open the folder " + dir.filename().string() + " and its permissions cannot be tightened ("
                + std::strerror(errno) + "). Make it readable by you only (chmod 700) and try again.");
    if (::access(dir.c_str(), W_OK) != 0)
        return fail(errorFromErrno(errno, "write to data folder"));
    return {};
}

std::vector<std::filesystem::path> leftoverTemporaries(const std::filesystem::path& path)
{
    std::vector<std::filesystem::path> out;
    const std::string prefix = path.filename().string() + ".";
    std::error_code ec;
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() == prefix.size() + 16 + 4 && name.compare(0, prefix.size(), prefix) == 0
            && name.compare(name.size() - 4, 4, ".tmp") == 0)
            out.push_back(it->path());
    }
    return out;
}

Result<FolderLock> FolderLock::exclusive(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(errorFromErrno(errno, "open data folder"));
    while (::flock(fd, LOCK_EX) != 0) {
        if (errno == EINTR)
            continue;
        const int err = errno;
        ::close(fd);
        return fail(errorFromErrno(err, "lock data folder"));
    }
    return FolderLock(fd);
}

FolderLock::FolderLock(FolderLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace fieldnotes::core
