// Closing what the attention list shows: action done|cancel for agreed actions and reminders, and
// schedule move|cancel for the planned follow-up meetings of fidelity item 17. They act as the
// person the store belongs to (pair the device first) and go through the same use cases as the app
// (core/actions.h). Each prints the id it changed.
#include "actions.h"
#include "cli.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct ActionOptions {
    std::string id, reason;
};

struct MoveOptions {
    std::string id, to;
};

Status printed(const CaseResult<void>& done, const std::string& id)
{
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", id.c_str());
    return {};
}

Status actionCommand(const Context& ctx, const ActionOptions& o, bool cancel)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    if (!cancel && !o.reason.empty())
        return fail(ErrorCode::InvalidArgument, "--reason is for 'action cancel'; 'action done' needs none.");
    const Actor actor = actorOf(*store);
    return printed(cancel ? cancelAction(*store, actor, o.id, o.reason) : markActionDone(*store, actor, o.id), o.id);
}

Status moveCommand(const Context& ctx, const MoveOptions& o)
{
    FN_TRY_ASSIGN(const Date to, parseDateOption(o.to, "--to"));
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(moveMeeting(*store, actorOf(*store), o.id, to), o.id);
}

Status cancelMeetingCommand(const Context& ctx, const ActionOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(cancelMeeting(*store, actorOf(*store), o.id, o.reason), o.id);
}

} // namespace

void registerActionCommands(CLI::App& app, Context& ctx)
{
    auto* group = app.add_subcommand("action", "Mark an agreed action or a reminder done, or cancel it");
    group->require_subcommand(1);
    for (const bool cancel : { false, true }) {
        auto* cmd = group->add_subcommand(cancel ? "cancel" : "done",
            cancel ? "Cancel an agreed action or a reminder (it leaves the attention list); prints its id"
                   : "Mark an agreed action or a reminder done today; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<ActionOptions>();
        cmd->add_option("id", o->id, "The action's or reminder's id (see 'attention')")->required();
        if (cancel)
            cmd->add_option("--reason", o->reason, "Why it is cancelled (kept with its text)");
        setAction(*cmd, [&ctx, o, cancel] { return actionCommand(ctx, *o, cancel); });
    }

    // `schedule` itself shows the follow-up schedule (report_commands.cpp); these change one meeting.
    // The store options given after them reach `schedule`, which holds them.
    auto* schedule = app.get_subcommand("schedule");
    {
        auto* cmd = schedule->add_subcommand("move", "Move a planned follow-up meeting to another day; prints its id");
        cmd->fallthrough();
        auto o = std::make_shared<MoveOptions>();
        cmd->add_option("id", o->id, "The meeting's id (see 'attention')")->required();
        cmd->add_option("--to", o->to, "The new day, YYYY-MM-DD: today or later, inside the meeting's window")
            ->required();
        setAction(*cmd, [&ctx, o] { return moveCommand(ctx, *o); });
    }
    {
        auto* cmd = schedule->add_subcommand("cancel", "Cancel a planned follow-up meeting; prints its id");
        cmd->fallthrough();
        auto o = std::make_shared<ActionOptions>();
        cmd->add_option("id", o->id, "The meeting's id (see 'attention')")->required();
        cmd->add_option("--reason", o->reason, "Why it is cancelled (required)");
        setAction(*cmd, [&ctx, o] { return cancelMeetingCommand(ctx, *o); });
    }
}

} // namespace fieldnotes::cli
