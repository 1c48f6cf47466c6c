// handover --participant ID --to STAFF: a team lead hands a participant over to another specialist
// from their own store, through the same use case as the lead's participant page
// (core/handover.h). The office does the same with `fieldnotes-office assign --specialist`.
#include "cli.h"
#include "handover.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

Status handOver(const Context& ctx, const std::string& participant, const std::string& to, const std::string& date)
{
    if (participant.empty())
        return fail(ErrorCode::InvalidArgument, "Name the participant: handover --participant ID --to STAFF.");
    if (to.empty())
        return fail(ErrorCode::InvalidArgument,
            "Name who takes over: handover --participant ID --to STAFF (a specialist's or a lead's staff id).");
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    Date on = store->today();
    if (!date.empty()) {
        FN_TRY_ASSIGN(on, parseDateOption(date, "--date"));
    }
    auto done = handOverParticipant(*store, actorOf(*store), participant, to, on);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", participant.c_str());
    return {};
}

} // namespace

void registerHandoverCommands(CLI::App& app, Context& ctx)
{
    auto* cmd = app.add_subcommand("handover",
        "A team lead hands a participant over to another specialist (synced at the next sync); prints the "
        "participant's id");
    addCommonOptions(*cmd, ctx);
    auto participant = std::make_shared<std::string>();
    auto to = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    cmd->add_option("--participant", *participant, "The participant's id (see 'list')")->required();
    cmd->add_option("--to", *to, "Staff id of the specialist or lead who takes over")->required();
    cmd->add_option("--date", *date, "The day they take over, YYYY-MM-DD (default today; not in the future)");
    setAction(*cmd, [&ctx, participant, to, date] { return handOver(ctx, *participant, *to, *date); });
}

} // namespace fieldnotes::cli
