// Employer commands: employer add, and employer contact|workplace|task add. All act as the person the
// store belongs to (pair the device first) and go through the same use cases as the app
// (core/employers.h). `list employers` shows the directory.
#include "cli.h"
#include "employers.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct AddOptions {
    std::string name, orgNumber, sector, address, needs, notes, followUp;
};

struct ContactOptions {
    std::string employer, name, role, phone, email;
};

struct WorkplaceOptions {
    std::string employer, name, address;
};

struct TaskOptions {
    std::string employer, workplace, title, description;
};

Status printed(const CaseResult<Id>& id)
{
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status addEmployerCommand(const Context& ctx, const AddOptions& o)
{
    EmployerRegistration r;
    r.name = o.name;
    r.orgNumber = o.orgNumber;
    r.sector = o.sector;
    r.address = o.address;
    r.needs = o.needs;
    r.notes = o.notes;
    if (!o.followUp.empty()) {
        FN_TRY_ASSIGN(r.followUpPreference, parseCode<FollowUpPreference>(o.followUp, "follow-up preference"));
    }
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(registerEmployer(*store, actorOf(*store), r));
}

Status addContactCommand(const Context& ctx, const ContactOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(addEmployerContact(
        *store, actorOf(*store), EmployerContactEntry { o.employer, o.name, o.role, o.phone, o.email }));
}

Status addWorkplaceCommand(const Context& ctx, const WorkplaceOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(addWorkplace(*store, actorOf(*store), WorkplaceEntry { o.employer, o.name, o.address }));
}

Status addTaskCommand(const Context& ctx, const TaskOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    return printed(addWorkplaceTask(
        *store, actorOf(*store), WorkplaceTaskEntry { o.employer, o.workplace, o.title, o.description }));
}

} // namespace

void registerEmployerCommands(CLI::App& app, Context& ctx)
{
    auto* group
        = app.add_subcommand("employer", "Register an employer, or add a contact person, a workplace or a task to one");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("add", "Register an employer with its first workplace; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<AddOptions>();
        cmd->add_option("--name", o->name, "The employer's name")->required();
        cmd->add_option("--org-number", o->orgNumber, "The organisation number: nine digits, spaces allowed");
        cmd->add_option("--sector", o->sector, "Sector or trade");
        cmd->add_option("--address", o->address, "Address (also the first workplace's)");
        cmd->add_option("--needs", o->needs, "What the employer needs");
        cmd->add_option("--notes", o->notes, "Notes");
        cmd->add_option("--follow-up", o->followUp, "How they want follow-up: on_site (default) or meetings_only");
        setAction(*cmd, [&ctx, o] { return addEmployerCommand(ctx, *o); });
    }
    {
        auto* contact = group->add_subcommand("contact", "Contact persons at an employer");
        contact->require_subcommand(1);
        auto* cmd = contact->add_subcommand("add", "Add a contact person; prints their id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<ContactOptions>();
        cmd->add_option("--employer", o->employer, "The employer's id (see 'list employers')")->required();
        cmd->add_option("--name", o->name, "The contact person's name")->required();
        cmd->add_option("--role", o->role, "Their role (manager, safety representative...)");
        cmd->add_option("--phone", o->phone, "Phone");
        cmd->add_option("--email", o->email, "E-mail");
        setAction(*cmd, [&ctx, o] { return addContactCommand(ctx, *o); });
    }
    {
        auto* workplace = group->add_subcommand("workplace", "Workplaces of an employer");
        workplace->require_subcommand(1);
        auto* cmd = workplace->add_subcommand("add", "Add a workplace; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<WorkplaceOptions>();
        cmd->add_option("--employer", o->employer, "The employer's id (see 'list employers')")->required();
        cmd->add_option("--name", o->name, "The workplace's name")->required();
        cmd->add_option("--address", o->address, "Address");
        setAction(*cmd, [&ctx, o] { return addWorkplaceCommand(ctx, *o); });
    }
    {
        auto* task = group->add_subcommand("task", "Tasks at an employer's workplace");
        task->require_subcommand(1);
        auto* cmd = task->add_subcommand("add", "Add a task at a workplace; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<TaskOptions>();
        cmd->add_option("--employer", o->employer, "The employer's id (see 'list employers')")->required();
        cmd->add_option("--workplace", o->workplace, "The workplace's id (from 'employer workplace add')")->required();
        cmd->add_option("--title", o->title, "What the task is")->required();
        cmd->add_option("--description", o->description, "More about the task");
        setAction(*cmd, [&ctx, o] { return addTaskCommand(ctx, *o); });
    }
}

} // namespace fieldnotes::cli
