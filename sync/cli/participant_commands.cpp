// Participant commands: participant add (intake) and participant discharge. Both act as the person
// the store belongs to (pair the device first) and go through the same use cases as the app
// (core/intake.h).
#include "cli.h"
#include "intake.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct AddOptions {
    std::string name, phone, email, otherContact, programme, referred, reason, measureEnd, language, level, levelOn,
        childcare, shifts, transport, refusedTasks, consentOn, consentSummary, consentSimple;
    bool interpreter = false;
    bool consent = false;
};

Status asStatus(const CaseError& e)
{
    return fail(e.error);
}

Status addParticipant(const Context& ctx, const AddOptions& o)
{
    Intake in;
    in.displayName = o.name;
    in.phone = o.phone;
    in.email = o.email;
    in.otherContact = o.otherContact;
    if (!o.programme.empty()) {
        FN_TRY_ASSIGN(in.programme, parseCode<Programme>(o.programme, "programme"));
    }
    if (!o.referred.empty()) {
        FN_TRY_ASSIGN(in.referralOn, parseDateOption(o.referred, "--referred"));
    }
    in.referralReason = o.reason;
    if (!o.measureEnd.empty()) {
        FN_TRY_ASSIGN(in.measureEndOn, parseDateOption(o.measureEnd, "--measure-end"));
    }
    in.preferredLanguage = o.language;
    in.interpreterNeeded = o.interpreter;
    in.childcareConstraint = o.childcare;
    in.shiftConstraint = o.shifts;
    in.transportConstraint = o.transport;
    in.refusedTasks = o.refusedTasks;
    if (!o.level.empty()) {
        FN_TRY_ASSIGN(in.norwegianLevel, parseCode<CefrLevel>(o.level, "Norwegian level"));
    }
    if (!o.levelOn.empty()) {
        if (o.level.empty())
            return fail(ErrorCode::InvalidArgument, "--level-assessed goes with --norwegian-level.");
        FN_TRY_ASSIGN(in.norwegianLevelOn, parseDateOption(o.levelOn, "--level-assessed"));
    }
    const bool consentDetails = !o.consentOn.empty() || !o.consentSummary.empty() || !o.consentSimple.empty();
    if (consentDetails && !o.consent)
        return fail(ErrorCode::InvalidArgument,
            "--consent-on and --consent-summary describe a consent: add --consent when the person agreed to take "
            "part.");
    if (o.consent) {
        Intake::ParticipationConsent c;
        if (!o.consentOn.empty()) {
            FN_TRY_ASSIGN(c.grantedOn, parseDateOption(o.consentOn, "--consent-on"));
        }
        c.summary = o.consentSummary;
        c.summarySimple = o.consentSimple;
        in.consent = std::move(c);
    }

    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = takeOnParticipant(*store, actorOf(*store), in);
    if (!id)
        return asStatus(id.error());
    std::printf("%s\n", id->c_str());
    return {};
}

Status discharge(const Context& ctx, const std::string& id, const std::string& reasonText, const std::string& date)
{
    FN_TRY_ASSIGN(const DischargeReason reason, parseCode<DischargeReason>(reasonText, "discharge reason"));
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    Date on = store->today();
    if (!date.empty()) {
        FN_TRY_ASSIGN(on, parseDateOption(date, "--date"));
    }
    auto done = dischargeParticipant(*store, actorOf(*store), id, reason, on);
    if (!done)
        return asStatus(done.error());
    std::printf("%s\n", id.c_str());
    return {};
}

} // namespace

void registerParticipantCommands(CLI::App& app, Context& ctx)
{
    auto* group = app.add_subcommand(
        "participant", "Take a person on, change their steps, status or measure, pause, resume or discharge them");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand(
            "add", "Take a person on (intake); prints the new participant's id. Never give a national ID number.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<AddOptions>();
        cmd->add_option("--name", o->name, "Display name (a pseudonym is fine)")->required();
        cmd->add_option("--phone", o->phone, "Phone");
        cmd->add_option("--email", o->email, "E-mail");
        cmd->add_option("--other-contact", o->otherContact, "Another way to reach them");
        cmd->add_option("--programme", o->programme,
            "utvidet_oppfolging (default), ips, jobbsjansen, introduction_programme or other");
        cmd->add_option("--referred", o->referred, "Referral date YYYY-MM-DD (default today)");
        cmd->add_option("--referral-reason", o->reason, "Why NAV referred them");
        cmd->add_option("--measure-end", o->measureEnd, "When the measure ends, YYYY-MM-DD");
        cmd->add_option("--language", o->language, "Preferred language");
        cmd->add_flag("--interpreter", o->interpreter, "An interpreter is needed");
        cmd->add_option("--norwegian-level", o->level, "Norwegian level (CEFR): a1, a2, b1, b2, c1 or c2");
        cmd->add_option("--level-assessed", o->levelOn, "When the level was assessed, YYYY-MM-DD (default today)");
        cmd->add_option("--childcare", o->childcare, "Childcare constraints");
        cmd->add_option("--shifts", o->shifts, "Shift constraints");
        cmd->add_option("--transport", o->transport, "Transport constraints");
        cmd->add_option("--refused-tasks", o->refusedTasks, "Tasks they will not do");
        cmd->add_flag("--consent", o->consent, "The person has agreed to take part (participation consent)");
        cmd->add_option("--consent-on", o->consentOn, "When they agreed, YYYY-MM-DD (default today)");
        cmd->add_option("--consent-summary", o->consentSummary, "What they were told they agree to");
        cmd->add_option("--consent-summary-simple", o->consentSimple, "The same in plain language");
        setAction(*cmd, [&ctx, o] { return addParticipant(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("discharge", "Discharge a participant; prints their id");
        addCommonOptions(*cmd, ctx);
        auto id = std::make_shared<std::string>();
        auto reason = std::make_shared<std::string>();
        auto date = std::make_shared<std::string>();
        cmd->add_option("id", *id, "The participant's id (see 'list')")->required();
        cmd->add_option(
               "--reason", *reason, "work, education, health_treatment, back_to_nav_counsellor, no_contact or other")
            ->required();
        cmd->add_option("--date", *date, "Discharge date YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, id, reason, date] { return discharge(ctx, *id, *reason, *date); });
    }
}

} // namespace fieldnotes::cli
