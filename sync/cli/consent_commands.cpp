// Consent commands: consent grant and consent revoke. Both act as the person the store belongs to
// (pair the device first) and go through the same use cases as the app (core/consentcase.h).
// A revocation is final and takes effect at once; agreeing again is a new consent.
#include "cli.h"
#include "consentcase.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct GrantOptions {
    std::string participant, item, recipient, purpose, how, on, summary, plainSummary, recipientName;
};

struct RevokeOptions {
    std::string id, on;
};

Status grantConsentCommand(const Context& ctx, const GrantOptions& o)
{
    ConsentGrant g;
    g.participantId = o.participant;
    if (o.item == "participation") {
        g.kind = ConsentKind::Participation;
        if (!o.recipient.empty())
            return fail(ErrorCode::InvalidArgument,
                "A participation consent is the agreement to take part: leave out --recipient.");
    } else {
        g.kind = ConsentKind::Disclosure;
        auto item = enumFromCode<DisclosureItem>(o.item);
        if (!item) {
            std::string known = "participation";
            for (const auto& [value, code] : EnumCodes<DisclosureItem>::codes)
                known += ", " + std::string(code);
            return fail(ErrorCode::InvalidArgument, "Unknown item '" + o.item + "'. Use one of: " + known + ".");
        }
        g.item = *item;
        if (o.recipient.empty())
            return fail(ErrorCode::InvalidArgument,
                "A disclosure consent names who may be told: add --recipient employer:ID, mentor:ID or "
                "nav_counsellor.");
        const auto colon = o.recipient.find(':');
        const std::string kind = o.recipient.substr(0, colon);
        FN_TRY_ASSIGN(g.recipientKind, parseCode<RecipientKind>(kind, "recipient kind"));
        if (colon != std::string::npos) {
            const std::string id = o.recipient.substr(colon + 1);
            if (id.empty())
                return fail(ErrorCode::InvalidArgument,
                    "--recipient " + kind + ": has no id after the colon. Write " + kind + ":ID.");
            g.recipientId = id;
        }
    }
    g.purpose = o.purpose;
    g.recipientName = o.recipientName;
    if (!o.how.empty()) {
        FN_TRY_ASSIGN(g.how, parseCode<ConsentManner>(o.how, "--how"));
    }
    if (!o.on.empty()) {
        FN_TRY_ASSIGN(g.grantedOn, parseDateOption(o.on, "--on"));
    }
    g.summary = o.summary;
    g.summarySimple = o.plainSummary;

    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = grantConsent(*store, actorOf(*store), g);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status revokeConsentCommand(const Context& ctx, const RevokeOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    Date on = store->today();
    if (!o.on.empty()) {
        FN_TRY_ASSIGN(on, parseDateOption(o.on, "--on"));
    }
    auto done = revokeConsent(*store, actorOf(*store), o.id, on);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.id.c_str());
    return {};
}

} // namespace

void registerConsentCommands(CLI::App& app, Context& ctx)
{
    auto* group = app.add_subcommand("consent", "Record or revoke a participant's consent");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("grant",
            "Record a consent the participant gave; prints its id. --item participation is the agreement to take "
            "part; any other item is what may be told to the recipient.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<GrantOptions>();
        cmd->add_option("--participant", o->participant, "The participant's id (see 'list')")->required();
        cmd->add_option("--item", o->item,
               "participation, or what may be told: contact_details, language, support_needs, learning_goals, "
               "work_history, follow_up_plan, health_information")
            ->required();
        cmd->add_option("--recipient", o->recipient, "Who may be told: employer:ID, mentor:ID or nav_counsellor");
        cmd->add_option("--recipient-name", o->recipientName, "The NAV counsellor's name (optional)");
        cmd->add_option("--purpose", o->purpose, "What the information is for (required for a disclosure)");
        cmd->add_option("--how", o->how, "How the person gave it: written, oral or tablet");
        cmd->add_option("--on", o->on, "The day it was given, YYYY-MM-DD (default today; not in the future)");
        cmd->add_option("--summary", o->summary, "What the person was told they agree to");
        cmd->add_option("--plain-summary", o->plainSummary, "The same in plain language, as the person was shown it");
        setAction(*cmd, [&ctx, o] { return grantConsentCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand(
            "revoke", "Revoke a consent; prints its id. It takes effect at once and cannot be undone.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<RevokeOptions>();
        cmd->add_option("id", o->id, "The consent's id")->required();
        cmd->add_option("--on", o->on, "The day the person withdrew it, YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return revokeConsentCommand(ctx, *o); });
    }
}

} // namespace fieldnotes::cli
