// What every command-line tool of fieldnotes shares: passphrases, the store, options, errors.
#include "cli.h"
#include "fileio.h"
#include "hardening.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace fieldnotes::cli {

namespace {
core::Status* g_failure = nullptr;
}

void reportFailuresTo(core::Status& failure)
{
    g_failure = &failure;
}

Context::~Context()
{
    for (auto& [name, value] : m_fromEnvironment)
        core::wipeString(value);
}

void Context::takeSecretsFromEnvironment()
{
    for (const char* name : { "FIELDNOTES_PASSPHRASE", "FIELDNOTES_NEW_PASSPHRASE", "FIELDNOTES_EXPORT_PASSPHRASE" })
        if (auto value = core::takeSecretFromEnvironment(name))
            m_fromEnvironment[name] = std::move(*value);
}

void hardenOrWarn(const char* program)
{
    if (auto st = core::hardenProcess(); !st)
        std::fprintf(stderr, "%s: warning: %s\n", program, st.error().message.c_str());
}

core::Result<std::string> Context::passphrase(
    const char* fileOption, const std::filesystem::path* file, const char* envVar) const
{
    const std::filesystem::path& path = file ? *file : passphraseFile;
    if (!path.empty()) {
        FN_TRY_ASSIGN(core::PassphraseFile read, core::readPassphraseFile(path));
        if (!read.warning.empty())
            std::fprintf(stderr, "warning: %s\n", read.warning.c_str());
        return std::move(read.passphrase);
    }
    if (auto it = m_fromEnvironment.find(envVar); it != m_fromEnvironment.end())
        return it->second;
    if (const char* env = std::getenv(envVar); env && *env)
        return std::string(env);
    return core::fail(core::ErrorCode::InvalidArgument,
        std::string("Give the passphrase with ") + fileOption + " FILE or the " + envVar + " environment variable.");
}

core::Result<std::unique_ptr<core::Store>> Context::openStore(core::StoreOptions options) const
{
    FN_TRY_ASSIGN(std::string pass, passphrase());
    auto store = core::Store::open(dataDir, pass, options);
    core::wipeString(pass);
    return store;
}

core::Result<core::Date> parseDateOption(const std::string& text, const char* what)
{
    if (auto d = core::parseDate(text))
        return *d;
    return core::fail(core::ErrorCode::InvalidArgument, std::string(what) + " must be a date written YYYY-MM-DD.");
}

void addCommonOptions(CLI::App& command, Context& context)
{
    command.add_option("--data-dir", context.dataDir, "Folder holding the encrypted store")->required();
    command.add_option("--passphrase-file", context.passphraseFile,
        "File whose first line is the passphrase (or set FIELDNOTES_PASSPHRASE)");
}

void setAction(CLI::App& command, Action action)
{
    command.callback([action = std::move(action)] {
        if (auto st = action(); !st)
            *g_failure = st;
    });
}

} // namespace fieldnotes::cli
