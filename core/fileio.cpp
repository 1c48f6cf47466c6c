#include "fileio.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
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

Status syncDirectory(const std::filesystem::path& dir)
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
    std::filesystem::path tmp = path;
    tmp += ".tmp";
    {
        Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        if (fd.get() < 0)
            return fail(errorFromErrno(errno, "create " + path.filename().string()));
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
    return syncDirectory(path.has_parent_path() ? path.parent_path() : std::filesystem::path("."));
}

Status overwriteWithZeros(const std::filesystem::path& path)
{
    Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(errorFromErrno(errno, "open " + path.filename().string()));
    struct stat st { };
    if (::fstat(fd.get(), &st) != 0)
        return fail(errorFromErrno(errno, "stat " + path.filename().string()));
    const std::string zeros(static_cast<std::size_t>(st.st_size), '\0');
    FN_TRY(writeAll(fd.get(), zeros, "overwrite " + path.filename().string()));
    if (::fsync(fd.get()) != 0)
        return fail(errorFromErrno(errno, "sync " + path.filename().string()));
    return {};
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
        std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
    } else if (!std::filesystem::is_directory(dir, ec)) {
        return fail(ErrorCode::InvalidArgument, "The data folder path is a file, not a folder.");
    }
    if (::access(dir.c_str(), W_OK) != 0)
        return fail(errorFromErrno(errno, "write to data folder"));
    return {};
}

} // namespace fieldnotes::core
