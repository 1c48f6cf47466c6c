// A participant's course: participant step, status, pause, resume and extend. Each acts as the
// person the store belongs to and goes through the same use case as the app (core/casecourse.h);
// each prints the participant's id (for extend, the extension's) and, after two spaces, what changed.
#include "casecourse.h"
#include "cli.h"

#include <cstdio>
#include <sstream>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct Options {
    std::string id, steps, status, on, reason, until, why, decided;
};

// "1,3" or "1, 3" as a set of steps; what is not a number is refused here, a number outside 1-5 by
// the use case.
Result<std::set<int>> parseSteps(const std::string& text)
{
    std::set<int> steps;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        const std::string t = trimmedText(part);
        if (t.empty())
            continue;
        if (t.find_first_not_of("0123456789") != std::string::npos || t.size() > 2)
            return fail(ErrorCode::InvalidArgument,
                "--steps takes the step numbers 1-5, separated by commas (e.g. --steps 1,3); '" + t + "' is not one.");
        steps.insert(std::stoi(t));
    }
    return steps;
}

Result<Date> dayOr(const Store& store, const std::string& text, const char* option)
{
    if (text.empty())
        return store.today();
    return parseDateOption(text, option);
}

std::string stepsText(const std::set<int>& steps)
{
    std::string out;
    for (int s : steps)
        out += (out.empty() ? "" : ", ") + std::to_string(s);
    return out;
}

Status printed(const Id& id, const std::string& what)
{
    std::printf("%s  %s\n", id.c_str(), what.c_str());
    return {};
}

Status stepCommand(const Context& ctx, const Options& o)
{
    FN_TRY_ASSIGN(const std::set<int> steps, parseSteps(o.steps));
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date on, dayOr(*store, o.on, "--on"));
    FN_TRY_ASSIGN(const auto before, store->find<Participant>(o.id));
    auto done = setSteps(*store, actorOf(*store), o.id, steps, on);
    if (!done)
        return fail(done.error().error);
    const std::string was = before && !before->steps.empty() ? " (was " + stepsText(before->steps) + ")" : "";
    return printed(o.id, "steps " + stepsText(steps) + was + " from " + formatDate(on));
}

Status statusCommand(const Context& ctx, const Options& o)
{
    FN_TRY_ASSIGN(const ParticipantStatus status, parseCode<ParticipantStatus>(o.status, "status"));
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date on, dayOr(*store, o.on, "--on"));
    FN_TRY_ASSIGN(const auto before, store->find<Participant>(o.id));
    auto done = changeStatus(*store, actorOf(*store), o.id, status, on);
    if (!done)
        return fail(done.error().error);
    return printed(o.id,
        "status " + std::string(codeOf(status)) + " (was " + std::string(codeOf(before->status)) + ") from "
            + formatDate(on));
}

Status pauseCommand(const Context& ctx, const Options& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date from, dayOr(*store, o.on, "--from"));
    FN_TRY_ASSIGN(const auto before, store->find<Participant>(o.id));
    auto done = pauseParticipant(*store, actorOf(*store), o.id, o.reason, from);
    if (!done)
        return fail(done.error().error);
    return printed(o.id,
        "paused from " + formatDate(from) + " (was " + std::string(codeOf(before->status)) + "; resume returns to it)");
}

Status resumeCommand(const Context& ctx, const Options& o)
{
    std::optional<ParticipantStatus> to;
    if (!o.status.empty()) {
        FN_TRY_ASSIGN(to, parseCode<ParticipantStatus>(o.status, "status"));
    }
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date on, dayOr(*store, o.on, "--on"));
    auto resumed = resumeParticipant(*store, actorOf(*store), o.id, on, to);
    if (!resumed)
        return fail(resumed.error().error);
    return printed(o.id, "resumed on " + formatDate(on) + ": status " + std::string(codeOf(*resumed)));
}

Status extendCommand(const Context& ctx, const Options& o)
{
    MeasureExtensionRequest r;
    FN_TRY_ASSIGN(r.until, parseDateOption(o.until, "--until"));
    r.justification = o.why;
    if (!o.decided.empty()) {
        FN_TRY_ASSIGN(r.decidedOn, parseDateOption(o.decided, "--decided"));
    }
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const auto before, store->find<Participant>(o.id));
    auto id = extendMeasure(*store, actorOf(*store), o.id, r);
    if (!id)
        return fail(id.error().error);
    const std::string was = before->measureEndOn ? " (was " + formatDate(*before->measureEndOn) + ")" : "";
    return printed(*id,
        "measure ends " + formatDate(r.until) + was + ", decided " + formatDate(r.decidedOn.value_or(store->today())));
}

} // namespace

void registerCourseCommands(CLI::App& app, Context& ctx)
{
    CLI::App* group = app.get_subcommand("participant");
    const char* idHelp = "The participant's id (see 'list')";
    {
        auto* cmd = group->add_subcommand("step",
            "Set the steps worked on (1-5, several at once, in any order) from a day; prints the id and what changed");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<Options>();
        cmd->add_option("id", o->id, idHelp)->required();
        cmd->add_option("--steps", o->steps, "The steps worked on from then, e.g. 1,3")->required();
        cmd->add_option("--on", o->on, "The day it takes effect, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return stepCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("status", "Change the status from a day; prints the id and what changed");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<Options>();
        cmd->add_option("id", o->id, idHelp)->required();
        cmd->add_option("--status", o->status,
               "referred, engagement, profiling, job_search, job_tasting or in_work (pause and discharge have "
               "their own commands)")
            ->required();
        cmd->add_option("--on", o->on, "The day it takes effect, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return statusCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("pause", "Pause the follow-up from a day; prints the id and what changed");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<Options>();
        cmd->add_option("id", o->id, idHelp)->required();
        cmd->add_option("--reason", o->reason, "Why, in a few words")->required();
        cmd->add_option("--from", o->on, "The first day of the pause, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return pauseCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand(
            "resume", "Resume a paused participant, to the status before the pause; prints the id and the status");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<Options>();
        cmd->add_option("id", o->id, idHelp)->required();
        cmd->add_option("--on", o->on, "The day the follow-up resumes, YYYY-MM-DD (default today)");
        cmd->add_option("--status", o->status, "Return to this status instead of the one before the pause");
        setAction(*cmd, [&ctx, o] { return resumeCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand(
            "extend", "Extend the measure to a new end, with its justification; prints the extension's id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<Options>();
        cmd->add_option("id", o->id, idHelp)->required();
        cmd->add_option("--until", o->until, "The new end of the measure, YYYY-MM-DD")->required();
        cmd->add_option("--why", o->why, "The justification for the extension")->required();
        cmd->add_option("--decided", o->decided, "The day it was decided, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return extendCommand(ctx, *o); });
    }
}

} // namespace fieldnotes::cli
