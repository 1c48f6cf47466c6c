// fieldnotes-cli: the headless device client, for support staff and scripted tests.
//
//   fieldnotes-cli COMMAND --data-dir DIR --passphrase-file FILE [options]
//
// The passphrase comes from --passphrase-file or FIELDNOTES_PASSPHRASE, never from the command
// line (argv is visible to every user of the machine). Errors print one line and exit non-zero.
// Commands register themselves per area (store, sync) so each stays beside the code it drives.
#pragma once

#include "result.h"
#include "store.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace fieldnotes::cli {

struct Context {
    Context() = default;
    ~Context(); // wipes the secrets taken from the environment
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    std::filesystem::path dataDir;
    std::filesystem::path passphraseFile;

    // Moves the passphrase variables (FIELDNOTES_PASSPHRASE, ..._NEW_..., ..._EXPORT_...) out of the
    // environment into this context: called once, first thing, so no child process and no reader
    // of /proc/<pid>/environ sees them.
    void takeSecretsFromEnvironment();

    // The passphrase from the file (its first line) or the environment; a clear error otherwise.
    core::Result<std::string> passphrase(const char* fileOption = "--passphrase-file",
        const std::filesystem::path* file = nullptr, const char* envVar = "FIELDNOTES_PASSPHRASE") const;
    core::Result<std::unique_ptr<core::Store>> openStore(core::StoreOptions options = {}) const;

private:
    std::map<std::string, std::string> m_fromEnvironment;
};

// For every command-line program: no core dumps, not dumpable (hardening.h); a warning if that fails.
void hardenOrWarn(const char* program);

// Adds --data-dir and --passphrase-file to a subcommand.
void addCommonOptions(CLI::App& command, Context& context);

// A command's action; its error is printed as one line and the exit code becomes 1.
using Action = std::function<core::Status()>;
void setAction(CLI::App& command, Action action);
// Where actions record their failure (main's, before parsing).
void reportFailuresTo(core::Status& failure);

// A command's words after the program's name, e.g. "participant add".
std::string commandPath(const CLI::App& command);
// Adds --list-commands to the program: every command that has an action, one per line, as
// commandPath writes it (for scripts, shell completion, and the tests that run every command).
void addCommandListing(CLI::App& app);
// Every program's way of saying the command line was wrong: one line on stderr naming the command
// and how to see what it takes; help and --list-commands print to stdout and exit 0.
int exitOnParseError(const CLI::App& app, const CLI::ParseError& error);

// An enumeration's code as typed on the command line; the error lists the codes there are.
template<class E> core::Result<E> parseCode(const std::string& text, const char* what)
{
    if (auto e = core::enumFromCode<E>(text))
        return *e;
    std::string known;
    for (const auto& [value, code] : core::EnumCodes<E>::codes)
        known += (known.empty() ? "" : ", ") + std::string(code);
    return core::fail(core::ErrorCode::InvalidArgument,
        "Unknown " + std::string(what) + " '" + text + "'. Use one of: " + known + ".");
}

// A message to go inside a sentence: without its closing full stop.
std::string withoutFullStop(std::string message);

// A date option written YYYY-MM-DD; `what` names the option in the error.
core::Result<core::Date> parseDateOption(const std::string& text, const char* what);

void registerStoreCommands(CLI::App& app, Context& context);
void registerSyncCommands(CLI::App& app, Context& context);
void registerReportCommands(CLI::App& app, Context& context);
void registerParticipantCommands(CLI::App& app, Context& context);
void registerPlacementCommands(CLI::App& app, Context& context);
// Consents (consent_commands.cpp)
void registerConsentCommands(CLI::App& app, Context& context);
// Agreed actions, reminders and planned meetings closed (after registerReportCommands: it adds to `schedule`).
void registerActionCommands(CLI::App& app, Context& context);
// The reflection log (reflection_commands.cpp)
void registerReflectionCommands(CLI::App& app, Context& context);
// The follow-up plan and its goals (plan_commands.cpp)
void registerPlanCommands(CLI::App& app, Context& context);
// Mentors and their assignments (mentor_commands.cpp)
void registerMentorCommands(CLI::App& app, Context& context);
// Hand-over of a participant to another specialist (handover_commands.cpp)
void registerHandoverCommands(CLI::App& app, Context& context);

// The employer directory (employer_commands.cpp)
void registerEmployerCommands(CLI::App& app, Context& context);

// A participant's steps, status, pause and measure (course_commands.cpp; adds to `participant`)
void registerCourseCommands(CLI::App& app, Context& context);

// The weekly case review's queue (review_commands.cpp)
void registerReviewCommands(CLI::App& app, Context& context);

} // namespace fieldnotes::cli
