// Mentor commands: mentor add, assign, end, handover and goal. All act as the person the store
// belongs to (pair the device first) and go through the same use cases as the app (core/mentors.h).
// Pairing the mentor's own tablet is the office's (fieldnotes-office enroll/assign).
#include "cli.h"
#include "mentors.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct AddOptions {
    std::string employer, name, phone, email, training;
};

struct AssignOptions {
    std::string participant, mentor, placement, from, mandate;
    int talkEvery = defaultTalkIntervalDays;
};

struct EndOptions {
    std::string id, on;
};

struct HandoverOptions {
    std::string id, to, on;
};

struct GoalOptions {
    std::string id, text;
};

Status printed(const CaseResult<Id>& id)
{
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status addMentorCommand(const Context& ctx, const AddOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(registerMentor(
        *store, actorOf(*store), MentorRegistration { o.employer, o.name, o.phone, o.email, o.training }));
}

Status assignMentorCommand(const Context& ctx, const AssignOptions& o)
{
    MentorAssignmentStart a;
    a.participantId = o.participant;
    a.mentorId = o.mentor;
    if (!o.placement.empty())
        a.placementId = o.placement;
    if (!o.from.empty()) {
        FN_TRY_ASSIGN(a.fromOn, parseDateOption(o.from, "--from"));
    }
    a.mandate = o.mandate;
    a.talkIntervalDays = o.talkEvery;
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(assignMentor(*store, actorOf(*store), a));
}

Result<Date> dayOr(const Store& store, const std::string& text)
{
    if (text.empty())
        return store.today();
    return parseDateOption(text, "--on");
}

Status endAssignmentCommand(const Context& ctx, const EndOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date on, dayOr(*store, o.on));
    auto done = endAssignment(*store, actorOf(*store), o.id, on);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.id.c_str());
    return {};
}

Status handoverCommand(const Context& ctx, const HandoverOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Date on, dayOr(*store, o.on));
    return printed(handOverMentor(*store, actorOf(*store), o.id, o.to, on));
}

Status goalCommand(const Context& ctx, const GoalOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(addLearningGoal(*store, actorOf(*store), o.id, o.text));
}

} // namespace

void registerMentorCommands(CLI::App& app, Context& ctx)
{
    auto* group = app.add_subcommand("mentor", "Register a mentor at an employer, assign, hand over or end a mentor");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("add", "Register a mentor at an employer; prints the mentor's id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<AddOptions>();
        cmd->add_option("--employer", o->employer, "The employer's id, from the employer directory")->required();
        cmd->add_option("--name", o->name, "The mentor's name")->required();
        cmd->add_option("--phone", o->phone, "Phone");
        cmd->add_option("--email", o->email, "E-mail");
        cmd->add_option("--training", o->training, "Mentor training they have had");
        setAction(*cmd, [&ctx, o] { return addMentorCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("assign", "Assign a mentor to a participant; prints the assignment's id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<AssignOptions>();
        cmd->add_option("--participant", o->participant, "The participant's id (see 'list')")->required();
        cmd->add_option("--mentor", o->mentor, "The mentor's id (from 'mentor add')")->required();
        cmd->add_option("--placement", o->placement, "The participant's placement at the mentor's employer");
        cmd->add_option("--from", o->from, "First day, YYYY-MM-DD (default today)");
        cmd->add_option("--mandate", o->mandate, "What the mentor does, and what stays with you");
        cmd->add_option("--talk-every", o->talkEvery,
            "Days between structured talks, " + std::to_string(minTalkIntervalDays) + "-"
                + std::to_string(maxTalkIntervalDays) + " (default 14: every other week)");
        setAction(*cmd, [&ctx, o] { return assignMentorCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("end", "End a mentor assignment; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<EndOptions>();
        cmd->add_option("assignment", o->id, "The assignment's id")->required();
        cmd->add_option("--on", o->on, "The mentor's last day, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return endAssignmentCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("handover",
            "Change the mentor: the assignment ends the day before and the new mentor takes over, with its learning "
            "goals; prints the new assignment's id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<HandoverOptions>();
        cmd->add_option("assignment", o->id, "The current assignment's id")->required();
        cmd->add_option("--to", o->to, "The new mentor's id")->required();
        cmd->add_option("--on", o->on, "The new mentor's first day, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return handoverCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("goal",
            "Add a learning goal to an assignment; prints its id. The mentor sees it only with the participant's "
            "consent to share learning goals");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<GoalOptions>();
        cmd->add_option("assignment", o->id, "The assignment's id")->required();
        cmd->add_option("--text", o->text, "The goal, as agreed")->required();
        setAction(*cmd, [&ctx, o] { return goalCommand(ctx, *o); });
    }
}

} // namespace fieldnotes::cli
