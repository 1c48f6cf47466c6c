// The weekly case review's queue: review add, review advise, review withdraw and review list. Each
// acts as the person the store belongs to (pair the device first) and goes through the same use
// cases as the lead's Case review page and the specialist's participant page (core/casereview.h).
#include "casereview.h"
#include "cli.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

Status addReviewCommand(
    const Context& ctx, const std::string& participant, const std::string& reflection, const std::string& question)
{
    if (participant.empty() == reflection.empty())
        return fail(ErrorCode::InvalidArgument,
            "Name what to discuss: review add --participant ID --question TEXT, or review add --reflection ID "
            "for an entry of your reflection log.");
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = participant.empty() ? bringReflectionToReview(*store, actorOf(*store), reflection, question)
                                  : putUpForReview(*store, actorOf(*store), participant, question);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status adviseCommand(const Context& ctx, const std::string& id, const std::string& advice, const std::string& date)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    Date on = store->today();
    if (!date.empty()) {
        FN_TRY_ASSIGN(on, parseDateOption(date, "--on"));
    }
    auto done = adviseOnReview(*store, actorOf(*store), id, advice, on);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", id.c_str());
    return {};
}

Status withdrawCommand(const Context& ctx, const std::string& id)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto done = withdrawReview(*store, actorOf(*store), id);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", id.c_str());
    return {};
}

Status listCommand(const Context& ctx)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const auto queue, reviewQueue(*store));
    for (const ReviewItem& item : queue) {
        const CaseReview& r = item.review;
        const std::string about = r.participantId ? item.participantName
            : item.reflectionGone                 ? std::string("reflection entry (deleted since)")
                                                  : "reflection entry: " + item.reflectionSituation;
        std::printf("%s  %s  asked %s by %s  %s\n", r.id.c_str(), r.isDiscussed() ? "discussed" : "open",
            formatDate(r.askedOn).c_str(), item.askedByName.empty() ? r.askedBy.c_str() : item.askedByName.c_str(),
            about.c_str());
        if (!r.question.empty())
            std::printf("  question: %s\n", r.question.c_str());
        if (r.advisedOn)
            std::printf("  advice %s (%s): %s\n", formatDate(*r.advisedOn).c_str(), item.advisedByName.c_str(),
                r.advice.c_str());
    }
    return {};
}

} // namespace

void registerReviewCommands(CLI::App& app, Context& ctx)
{
    auto* group
        = app.add_subcommand("review", "The weekly case review: put a case up, record the advice, list the queue");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("add",
            "Put one of your participants up for the case review (or bring an entry of your reflection log); prints "
            "the item's id");
        addCommonOptions(*cmd, ctx);
        auto participant = std::make_shared<std::string>();
        auto reflection = std::make_shared<std::string>();
        auto question = std::make_shared<std::string>();
        cmd->add_option("--participant", *participant, "The participant's id (see 'list')");
        cmd->add_option(
            "--reflection", *reflection, "Instead: the id of your reflection entry (see 'reflection list')");
        cmd->add_option("--question", *question, "What you want to discuss (required for a participant)");
        setAction(*cmd, [&ctx, participant, reflection, question] {
            return addReviewCommand(ctx, *participant, *reflection, *question);
        });
    }
    {
        auto* cmd = group->add_subcommand("advise", "A team lead records the advice the review gave; prints the id");
        addCommonOptions(*cmd, ctx);
        auto id = std::make_shared<std::string>();
        auto advice = std::make_shared<std::string>();
        auto on = std::make_shared<std::string>();
        cmd->add_option("id", *id, "The item's id (see 'review list')")->required();
        cmd->add_option("--advice", *advice, "The advice given")->required();
        cmd->add_option("--on", *on, "The day of the review, YYYY-MM-DD (default today; not in the future)");
        setAction(*cmd, [&ctx, id, advice, on] { return adviseCommand(ctx, *id, *advice, *on); });
    }
    {
        auto* cmd = group->add_subcommand("withdraw", "Take an item you put up off the queue before it is discussed");
        addCommonOptions(*cmd, ctx);
        auto id = std::make_shared<std::string>();
        cmd->add_option("id", *id, "The item's id (see 'review list')")->required();
        setAction(*cmd, [&ctx, id] { return withdrawCommand(ctx, *id); });
    }
    {
        auto* cmd = group->add_subcommand(
            "list", "The queue on this device: open items newest first, then the discussed ones with their advice");
        addCommonOptions(*cmd, ctx);
        setAction(*cmd, [&ctx] { return listCommand(ctx); });
    }
}

} // namespace fieldnotes::cli
