// Reflection log commands: reflection add and reflection list. Both act as the person the store
// belongs to (pair the device first) and go through the same use cases as the app
// (core/reflection.h). An entry is never tied to a participant: no national ID number, and no
// participant's name, in any of its text.
#include "cli.h"
#include "reflection.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct AddOptions {
    std::string situation, did, result, differently, worked, theme, on;
    std::optional<int> step;
};

Status addReflectionCommand(const Context& ctx, const AddOptions& o)
{
    ReflectionEntry e;
    e.situation = o.situation;
    e.whatIDid = o.did;
    e.result = o.result;
    e.couldDoDifferently = o.differently;
    e.whatWorked = o.worked;
    e.step = o.step;
    e.theme = o.theme;
    if (!o.on.empty()) {
        FN_TRY_ASSIGN(e.occurredOn, parseDateOption(o.on, "--on"));
    }
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = writeReflection(*store, actorOf(*store), e);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

std::string stepText(const std::optional<int>& step)
{
    return step ? "step " + std::to_string(*step) : std::string("no step");
}

void printLines(const char* label, const std::string& text)
{
    if (!text.empty())
        std::printf("  %s: %s\n", label, text.c_str());
}

Status listReflectionsCommand(const Context& ctx, bool team)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    if (team) {
        auto groups = teamReflections(*store, actorOf(*store));
        if (!groups)
            return fail(groups.error().error);
        for (const ReflectionGroup& g : *groups) {
            std::printf("%s, %s (%zu)\n", stepText(g.step).c_str(), g.theme.empty() ? "no theme" : g.theme.c_str(),
                g.entries.size());
            for (const TeamReflection& r : g.entries) {
                std::printf("- %s  %s\n", formatDate(r.occurredOn).c_str(), r.situation.c_str());
                printLines("did", r.whatIDid);
                printLines("result", r.result);
                printLines("differently", r.couldDoDifferently);
                printLines("worked", r.whatWorked);
            }
        }
        return {};
    }
    FN_TRY_ASSIGN(const auto own, ownReflections(*store, actorOf(*store)));
    for (const Reflection& r : own) {
        std::printf("%s  %s  %s  %s\n", r.id.c_str(), formatDate(r.occurredOn).c_str(), stepText(r.step).c_str(),
            r.theme.empty() ? "-" : r.theme.c_str());
        printLines("situation", r.situation);
        printLines("did", r.whatIDid);
        printLines("result", r.result);
        printLines("differently", r.couldDoDifferently);
        printLines("worked", r.whatWorked);
    }
    return {};
}

} // namespace

void registerReflectionCommands(CLI::App& app, Context& ctx)
{
    auto* group = app.add_subcommand("reflection", "Your reflection log: what you learnt, never tied to a participant");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("add", "Write an entry in your reflection log; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<AddOptions>();
        cmd->add_option("--situation", o->situation, "What happened (without the person's name)")->required();
        cmd->add_option("--did", o->did, "What I did");
        cmd->add_option("--result", o->result, "What came of it");
        cmd->add_option("--differently", o->differently, "What could be done differently");
        cmd->add_option("--worked", o->worked, "What worked");
        cmd->add_option("--step", o->step, "The process step, 1-5")->check(CLI::Range(1, 5));
        cmd->add_option("--theme", o->theme, "A few words the lead groups entries by");
        cmd->add_option("--on", o->on, "The day it happened, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return addReflectionCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("list", "Your own entries, newest first");
        addCommonOptions(*cmd, ctx);
        auto team = std::make_shared<bool>(false);
        cmd->add_flag("--team", *team, "A lead: the team's entries by step and theme, without names");
        setAction(*cmd, [&ctx, team] { return listReflectionsCommand(ctx, *team); });
    }
}

} // namespace fieldnotes::cli
