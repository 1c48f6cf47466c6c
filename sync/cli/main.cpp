#include "cli.h"

#include <sodium.h>

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace fieldnotes;
    cli::hardenOrWarn("fieldnotes-cli");
    if (sodium_init() < 0) {
        std::fprintf(stderr, "fieldnotes-cli: the crypto library could not start\n");
        return 1;
    }
    CLI::App app { "fieldnotes-cli: the fieldnotes store and sync, without a screen", "fieldnotes-cli" };
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Help for every command");
    cli::Context context;
    context.takeSecretsFromEnvironment();
    core::Status failure;
    cli::reportFailuresTo(failure);
    cli::registerStoreCommands(app, context);
    cli::registerSyncCommands(app, context);
    cli::registerReportCommands(app, context);
    cli::registerParticipantCommands(app, context);
    cli::registerPlacementCommands(app, context);
    // Consents
    cli::registerConsentCommands(app, context);
    // Agreed actions, reminders and planned meetings
    cli::registerActionCommands(app, context);
    // The reflection log
    cli::registerReflectionCommands(app, context);
    // The follow-up plan and its goals
    cli::registerPlanCommands(app, context);
    // Mentors and their assignments
    cli::registerMentorCommands(app, context);
    // Hand-over of a participant to another specialist
    cli::registerHandoverCommands(app, context);
    // The employer directory
    cli::registerEmployerCommands(app, context);
    // A participant's steps, status, pause and measure (after registerParticipantCommands: it adds to `participant`)
    cli::registerCourseCommands(app, context);
    // The weekly case review's queue
    cli::registerReviewCommands(app, context);
    cli::addCommandListing(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return cli::exitOnParseError(app, e);
    }
    if (!failure) {
        std::fprintf(stderr, "fieldnotes-cli: %s\n", failure.error().describe().c_str());
        return 1;
    }
    return 0;
}
