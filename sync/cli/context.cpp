// What every command-line tool of fieldnotes shares: passphrases, the store, options, errors.
#include "cli.h"
#include "fileio.h"

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

core::Result<std::string> Context::passphrase(
    const char* fileOption, const std::filesystem::path* file, const char* envVar) const
{
    const std::filesystem::path& path = file ? *file : passphraseFile;
    if (!path.empty()) {
        auto text = core::readFile(path, 4096);
        if (!text)
            return core::fail(
                text.error().code, "Cannot read the passphrase file " + path.string() + ": " + text.error().message);
        std::string pass = text->substr(0, text->find('\n'));
        if (!pass.empty() && pass.back() == '\r')
            pass.pop_back();
        core::wipeString(*text);
        if (pass.empty())
            return core::fail(core::ErrorCode::InvalidArgument, "The passphrase file " + path.string() + " is empty.");
        return pass;
    }
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
