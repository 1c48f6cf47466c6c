// Plan and goal commands: plan set, goal add, goal change, goal done|drop|reopen. They act as the
// person the store belongs to (pair the device first) and go through the same use cases as the app
// (core/plans.h). Each prints the id of the record it wrote.
#include "cli.h"
#include "plans.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

// An option that may be left out, told apart from one given empty (which clears the field).
struct Optional {
    std::string value;
    CLI::Option* option = nullptr;
    std::optional<std::string> given() const
    {
        return option && option->count() > 0 ? std::optional<std::string>(value) : std::nullopt;
    }
};

struct PlanOptions {
    std::string participant;
    Optional summary, schedule, tapering, agreedParticipant, agreedEmployer;
};

struct GoalAddOptions {
    std::string participant, text, parent, due;
};

struct GoalChangeOptions {
    std::string id;
    Optional text, due;
};

// A day option that may be cleared: "" or "none" clears it, YYYY-MM-DD sets it.
Result<OptDate> optionalDay(const std::string& text, const char* what)
{
    if (text.empty() || text == "none")
        return OptDate {};
    FN_TRY_ASSIGN(const Date day, parseDateOption(text, what));
    return OptDate(day);
}

Status setPlanCommand(const Context& ctx, const PlanOptions& o)
{
    PlanChange change;
    change.summary = o.summary.given();
    change.schedule = o.schedule.given();
    change.tapering = o.tapering.given();
    if (const auto day = o.agreedParticipant.given()) {
        FN_TRY_ASSIGN(change.agreedParticipantOn, optionalDay(*day, "--agreed-participant"));
    }
    if (const auto day = o.agreedEmployer.given()) {
        FN_TRY_ASSIGN(change.agreedEmployerOn, optionalDay(*day, "--agreed-employer"));
    }
    if (!change.summary && !change.schedule && !change.tapering && !change.agreedParticipantOn
        && !change.agreedEmployerOn)
        return fail(ErrorCode::InvalidArgument,
            "Say what to write: --summary, --schedule, --tapering, --agreed-participant or --agreed-employer.");
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto done = writePlan(*store, actorOf(*store), o.participant, change);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.participant.c_str());
    return {};
}

Status addGoalCommand(const Context& ctx, const GoalAddOptions& o)
{
    GoalNew g;
    g.participantId = o.participant;
    g.text = o.text;
    if (!o.parent.empty())
        g.parentId = o.parent;
    if (!o.due.empty()) {
        FN_TRY_ASSIGN(g.dueOn, parseDateOption(o.due, "--due"));
    }
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = addGoal(*store, actorOf(*store), g);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status changeGoalCommand(const Context& ctx, const GoalChangeOptions& o)
{
    GoalChange change;
    change.text = o.text.given();
    if (const auto day = o.due.given()) {
        FN_TRY_ASSIGN(change.dueOn, optionalDay(*day, "--due"));
    }
    if (!change.text && !change.dueOn)
        return fail(ErrorCode::InvalidArgument, "Say what to change: --text, --due, or both.");
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto done = changeGoal(*store, actorOf(*store), o.id, change);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.id.c_str());
    return {};
}

Status goalStatusCommand(const Context& ctx, const std::string& id, GoalStatus status)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto done = setGoalStatus(*store, actorOf(*store), id, status);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", id.c_str());
    return {};
}

} // namespace

void registerPlanCommands(CLI::App& app, Context& ctx)
{
    {
        auto* group = app.add_subcommand("plan", "Write a participant's follow-up plan");
        group->require_subcommand(1);
        auto* cmd = group->add_subcommand("set",
            "Create or change the participant's plan; prints the participant's id. Only the options given change.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<PlanOptions>();
        cmd->add_option("--participant", o->participant, "The participant's id (see 'list')")->required();
        o->summary.option = cmd->add_option("--summary", o->summary.value, "The goal of the cooperation");
        o->schedule.option = cmd->add_option("--schedule", o->schedule.value, "The meetings agreed: how often, where");
        o->tapering.option = cmd->add_option(
            "--tapering", o->tapering.value, "How support moves to the mentor and colleagues over time");
        o->agreedParticipant.option = cmd->add_option("--agreed-participant", o->agreedParticipant.value,
            "The day the person agreed to the plan, YYYY-MM-DD (not in the future; 'none' clears it)");
        o->agreedEmployer.option = cmd->add_option("--agreed-employer", o->agreedEmployer.value,
            "The day the employer agreed to the plan, YYYY-MM-DD (not in the future; 'none' clears it)");
        setAction(*cmd, [&ctx, o] { return setPlanCommand(ctx, *o); });
    }
    auto* group = app.add_subcommand("goal", "Add, change, achieve, drop or reopen a goal of the plan");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("add", "Add an open goal (or a sub-goal with --parent); prints its id.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<GoalAddOptions>();
        cmd->add_option("--participant", o->participant, "The participant's id (see 'list')")->required();
        cmd->add_option("--text", o->text, "The goal, in the person's own words")->required();
        cmd->add_option("--parent", o->parent, "The main goal this is a sub-goal of");
        cmd->add_option("--due", o->due, "When it should be reached, YYYY-MM-DD");
        setAction(*cmd, [&ctx, o] { return addGoalCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("change", "Change a goal's text or due day; prints its id.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<GoalChangeOptions>();
        cmd->add_option("id", o->id, "The goal's id")->required();
        o->text.option = cmd->add_option("--text", o->text.value, "The goal's new text");
        o->due.option = cmd->add_option("--due", o->due.value, "The new due day, YYYY-MM-DD ('none' clears it)");
        setAction(*cmd, [&ctx, o] { return changeGoalCommand(ctx, *o); });
    }
    const std::pair<const char*, std::pair<const char*, GoalStatus>> statuses[] = {
        { "done", { "Mark a goal achieved; prints its id.", GoalStatus::Achieved } },
        { "drop", { "Drop a goal that no longer fits; prints its id.", GoalStatus::Dropped } },
        { "reopen", { "Open an achieved or dropped goal again; prints its id.", GoalStatus::Open } },
    };
    for (const auto& [name, what] : statuses) {
        auto* cmd = group->add_subcommand(name, what.first);
        addCommonOptions(*cmd, ctx);
        auto id = std::make_shared<std::string>();
        cmd->add_option("id", *id, "The goal's id")->required();
        const GoalStatus status = what.second;
        setAction(*cmd, [&ctx, id, status] { return goalStatusCommand(ctx, *id, status); });
    }
}

} // namespace fieldnotes::cli
