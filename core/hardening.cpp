#include "hardening.h"

#include "fileio.h"
#include "secret.h"

#include <sodium.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace fieldnotes::core {

Status hardenProcess()
{
    const rlimit none { 0, 0 };
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        return fail(errorFromErrno(errno, "turn off core dumps"));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return fail(errorFromErrno(errno, "make the process non-dumpable"));
    return {};
}

Result<PassphraseFile> readPassphraseFile(const std::filesystem::path& path)
{
    auto text = readFile(path, 4096);
    if (!text)
        return fail(
            text.error().code, "Cannot read the passphrase file " + path.string() + ": " + text.error().message);
    PassphraseFile out;
    out.passphrase = text->substr(0, text->find('\n'));
    wipeString(*text);
    if (!out.passphrase.empty() && out.passphrase.back() == '\r')
        out.passphrase.pop_back();
    if (out.passphrase.empty())
        return fail(ErrorCode::InvalidArgument, "The passphrase file " + path.string() + " is empty.");
    struct stat st { };
    if (::stat(path.c_str(), &st) == 0 && (st.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        out.warning = "the passphrase file " + path.string() + " can be read by others (mode " + mode
            + "); make it yours alone with: chmod 600 " + path.string();
    }
    return out;
}

std::optional<std::string> takeSecretFromEnvironment(const char* name)
{
    char* value = std::getenv(name);
    if (!value || !*value) {
        ::unsetenv(name);
        return std::nullopt;
    }
    std::string secret(value);
    // The bytes getenv points at are the environment block itself (for a variable the process
    // inherited, the one /proc/<pid>/environ reads): zero them before the entry is dropped.
    sodium_memzero(value, std::strlen(value));
    ::unsetenv(name);
    return secret;
}

} // namespace fieldnotes::core
