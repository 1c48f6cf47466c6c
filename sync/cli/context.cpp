// What every command-line tool of fieldnotes shares: passphrases, the store, options, errors.
#include "cli.h"
#include "fileio.h"
#include "hardening.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace fieldnotes::cli {

namespace {
core::Status* g_failure = nullptr;
// The commands with an action, in the order they were registered.
std::vector<const CLI::App*> g_commands;
} // namespace

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

std::string withoutFullStop(std::string message)
{
    while (!message.empty() && (message.back() == '.' || message.back() == ' '))
        message.pop_back();
    return message;
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
    g_commands.push_back(&command);
    command.callback([action = std::move(action)] {
        if (auto st = action(); !st)
            *g_failure = st;
    });
}

std::string commandPath(const CLI::App& command)
{
    std::string path;
    for (const CLI::App* c = &command; c && c->get_parent(); c = c->get_parent())
        path = c->get_name() + (path.empty() ? "" : " ") + path;
    return path;
}

void addCommandListing(CLI::App& app)
{
    app.add_flag_callback(
        "--list-commands",
        [] {
            for (const CLI::App* command : g_commands)
                std::printf("%s\n", commandPath(*command).c_str());
            throw CLI::Success();
        },
        "Print every command, one per line, and exit");
}

int exitOnParseError(const CLI::App& app, const CLI::ParseError& error)
{
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success))
        return app.exit(error); // help, or the command listing
    // The command the words reached before the error: its help says what it takes.
    const CLI::App* reached = &app;
    while (!reached->get_subcommands().empty())
        reached = reached->get_subcommands().front();
    std::string what = error.what();
    for (char& c : what)
        if (c == '\n' || c == '\r')
            c = ' ';
    while (!what.empty() && (what.back() == ' ' || what.back() == '.'))
        what.pop_back();
    const std::string path = commandPath(*reached);
    const std::string command = app.get_name() + (path.empty() ? "" : " " + path);
    const bool group = !reached->get_subcommands([](const CLI::App*) { return true; }).empty();
    if (group && error.get_name() == "RequiredError" && what.find("subcommand") != std::string::npos) {
        // A group reached without one of its commands: name the word that is not one, if any.
        what = "Give a command after " + command;
        for (const std::string& word : reached->remaining())
            if (!word.empty()) {
                what = (word[0] == '-' ? "Unknown option '" : "Unknown command '") + word + "'";
                break;
            }
    }
    std::fprintf(stderr, "%s: %s. Run `%s --help` to see %s.\n", app.get_name().c_str(), what.c_str(), command.c_str(),
        group ? "its commands" : "what it takes");
    return error.get_exit_code();
}

} // namespace fieldnotes::cli
