// Placement commands: placement start, placement change, placement end and placement measure. All act as the person the
// store belongs to (pair the device first) and go through the same use cases as the app (core/placement.h). Starting a
// paid job or a work trial proposes the follow-up meetings of fidelity item 17.
#include "cli.h"
#include "placement.h"
#include "supportmeasures.h"

#include <cstdio>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

struct StartOptions {
    std::string participant, employer, workplace, kind = "paid_job", contract, title, tasks, accommodations, start,
                                                  trialEnd, contractEnd, subsidyFrom, subsidyTo, subsidyReview;
    int percent = 0;
    std::optional<int> subsidyPercent, mentorHours;
};

struct ChangeOptions {
    std::string id, from, contract, trialEnd, contractEnd;
    std::optional<int> percent;
    std::optional<std::string> tasks, accommodations;
};

struct EndOptions {
    std::string id, date, reason, learnt;
};

// placement measure review|period|end: the placement's latest period of a measure kind.
struct MeasureOptions {
    std::string id, kind = "wage_subsidy", held, next, from, to, review, date;
    std::optional<int> percent, hours;
};

Status optionalDate(OptDate& out, const std::string& text, const char* what)
{
    if (text.empty())
        return {};
    FN_TRY_ASSIGN(out, parseDateOption(text, what));
    return {};
}

Status startPlacementCommand(const Context& ctx, const StartOptions& o)
{
    PlacementStart s;
    s.participantId = o.participant;
    s.employerId = o.employer;
    if (!o.workplace.empty())
        s.workplaceId = o.workplace;
    FN_TRY_ASSIGN(s.kind, parseCode<PlacementKind>(o.kind, "placement kind"));
    if (!o.contract.empty()) {
        FN_TRY_ASSIGN(s.contract, parseCode<ContractType>(o.contract, "contract kind"));
    } else if (s.kind == PlacementKind::PaidJob) {
        return fail(ErrorCode::InvalidArgument,
            "A paid job needs its contract kind: add --contract permanent, temporary or on_call (or --kind "
            "work_trial for a trial).");
    }
    s.title = o.title;
    s.tasks = o.tasks;
    s.accommodations = o.accommodations;
    FN_TRY_ASSIGN(s.startOn, parseDateOption(o.start, "--start"));
    s.percent = o.percent;
    FN_TRY(optionalDate(s.trialEndOn, o.trialEnd, "--trial-end"));
    FN_TRY(optionalDate(s.contractEndOn, o.contractEnd, "--contract-end"));
    const bool subsidyDetails = !o.subsidyFrom.empty() || !o.subsidyTo.empty() || !o.subsidyReview.empty();
    if (subsidyDetails && !o.subsidyPercent)
        return fail(ErrorCode::InvalidArgument,
            "--subsidy-from, --subsidy-to and --subsidy-review describe a wage subsidy: add --wage-subsidy PERCENT.");
    if (o.subsidyPercent) {
        PlacementMeasure m;
        m.kind = SupportMeasureKind::WageSubsidy;
        m.percent = o.subsidyPercent;
        FN_TRY(optionalDate(m.fromOn, o.subsidyFrom, "--subsidy-from"));
        FN_TRY(optionalDate(m.toOn, o.subsidyTo, "--subsidy-to"));
        FN_TRY(optionalDate(m.reviewOn, o.subsidyReview, "--subsidy-review"));
        s.measures.push_back(m);
    }
    if (o.mentorHours) {
        PlacementMeasure m;
        m.kind = SupportMeasureKind::MentorSubsidy;
        m.hoursPerMonth = o.mentorHours;
        s.measures.push_back(m);
    }

    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = startPlacement(*store, actorOf(*store), s);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status changePlacementCommand(const Context& ctx, const ChangeOptions& o)
{
    if (!o.from.empty() && !o.percent)
        return fail(ErrorCode::InvalidArgument, "--from is the day a new position % counts from: add --percent N.");
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    PlacementChange c;
    if (o.percent) {
        PlacementChange::Position step { *o.percent, store->today() };
        if (!o.from.empty()) {
            FN_TRY_ASSIGN(step.fromOn, parseDateOption(o.from, "--from"));
        }
        c.position = step;
    }
    if (!o.contract.empty()) {
        FN_TRY_ASSIGN(c.contract, parseCode<ContractType>(o.contract, "contract kind"));
    }
    FN_TRY(optionalDate(c.trialEndOn, o.trialEnd, "--trial-end"));
    FN_TRY(optionalDate(c.contractEndOn, o.contractEnd, "--contract-end"));
    c.tasks = o.tasks;
    c.accommodations = o.accommodations;
    auto done = changePlacement(*store, actorOf(*store), o.id, c);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.id.c_str());
    return {};
}

Status endPlacementCommand(const Context& ctx, const EndOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    PlacementEnd end;
    end.endedOn = store->today();
    if (!o.date.empty()) {
        FN_TRY_ASSIGN(end.endedOn, parseDateOption(o.date, "--date"));
    }
    end.reason = o.reason;
    end.learnt = o.learnt;
    auto done = endPlacement(*store, actorOf(*store), o.id, end);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.id.c_str());
    return {};
}

// placement correct: the last position change, entered with the wrong day or %.
struct CorrectOptions {
    std::string id, from;
    std::optional<int> percent;
};

Status correctPositionCommand(const Context& ctx, const CorrectOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    PositionCorrection c;
    FN_TRY(optionalDate(c.fromOn, o.from, "--from"));
    c.percent = o.percent;
    auto done = correctPositionChange(*store, actorOf(*store), o.id, c);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", o.id.c_str());
    return {};
}

// The latest period of the placement's measure of the kind asked for.
Result<Id> measureOf(Store& store, const MeasureOptions& o)
{
    FN_TRY_ASSIGN(const SupportMeasureKind kind, parseCode<SupportMeasureKind>(o.kind, "measure kind"));
    FN_TRY_ASSIGN(const auto found, store.find<Placement>(o.id));
    if (!found)
        return fail(ErrorCode::NotFound,
            "There is no placement with that id on this device. Check the id (it was printed when the placement "
            "started).");
    FN_TRY_ASSIGN(const auto measure, latestMeasure(store, o.id, kind));
    if (!measure)
        return fail(ErrorCode::NotFound,
            "This placement has no " + o.kind
                + " measure. Choose the kind it has with --kind (wage_subsidy, mentor_subsidy, inclusion_subsidy).");
    return measure->id;
}

Status measureReviewCommand(const Context& ctx, const MeasureOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Id measure, measureOf(*store, o));
    MeasureReview r;
    r.heldOn = store->today();
    if (!o.held.empty()) {
        FN_TRY_ASSIGN(r.heldOn, parseDateOption(o.held, "--held"));
    }
    FN_TRY(optionalDate(r.nextReviewOn, o.next, "--next"));
    auto done = recordMeasureReview(*store, actorOf(*store), measure, r);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", measure.c_str());
    return {};
}

Status measurePeriodCommand(const Context& ctx, const MeasureOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Id measure, measureOf(*store, o));
    MeasurePeriod p;
    FN_TRY_ASSIGN(p.fromOn, parseDateOption(o.from, "--from"));
    p.percent = o.percent;
    p.hoursPerMonth = o.hours;
    FN_TRY(optionalDate(p.toOn, o.to, "--to"));
    FN_TRY(optionalDate(p.reviewOn, o.review, "--review"));
    auto id = startMeasurePeriod(*store, actorOf(*store), measure, p);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status measureEndCommand(const Context& ctx, const MeasureOptions& o)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(const Id measure, measureOf(*store, o));
    FN_TRY_ASSIGN(const Date last, parseDateOption(o.date, "--date"));
    auto done = endMeasureEarly(*store, actorOf(*store), measure, last);
    if (!done)
        return fail(done.error().error);
    std::printf("%s\n", measure.c_str());
    return {};
}

} // namespace

void registerPlacementCommands(CLI::App& app, Context& ctx)
{
    auto* group
        = app.add_subcommand("placement", "Start, change or end a participant's job, work trial or job tasting");
    group->require_subcommand(1);
    {
        auto* cmd = group->add_subcommand("start",
            "Start a placement; prints its id. A paid job or work trial gets its follow-up meetings proposed at once.");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<StartOptions>();
        cmd->add_option("--participant", o->participant, "The participant's id (see 'list')")->required();
        cmd->add_option("--employer", o->employer, "The employer's id, from the employer directory")->required();
        cmd->add_option("--workplace", o->workplace, "One of the employer's workplaces");
        cmd->add_option("--start", o->start, "Start date YYYY-MM-DD (may be ahead)")->required();
        cmd->add_option("--percent", o->percent, "Position %, 1-100")->required();
        cmd->add_option("--kind", o->kind, "paid_job (default), work_trial or job_tasting");
        cmd->add_option("--contract", o->contract, "For a paid job: permanent, temporary or on_call");
        cmd->add_option("--title", o->title, "The job's name");
        cmd->add_option("--tasks", o->tasks, "The tasks carved out for the person");
        cmd->add_option("--accommodations", o->accommodations, "Accommodations at the workplace");
        cmd->add_option("--trial-end", o->trialEnd, "When the trial period ends, YYYY-MM-DD");
        cmd->add_option("--contract-end", o->contractEnd, "When a temporary contract ends, YYYY-MM-DD");
        cmd->add_option("--wage-subsidy", o->subsidyPercent, "Wage subsidy %, 1-100");
        cmd->add_option("--subsidy-from", o->subsidyFrom, "Wage subsidy from YYYY-MM-DD (default the start)");
        cmd->add_option("--subsidy-to", o->subsidyTo, "Wage subsidy until YYYY-MM-DD");
        cmd->add_option("--subsidy-review", o->subsidyReview, "When the wage subsidy is reviewed, YYYY-MM-DD");
        cmd->add_option("--mentor-hours", o->mentorHours, "Mentor subsidy: hours a month");
        setAction(*cmd, [&ctx, o] { return startPlacementCommand(ctx, *o); });
    }
    // Changing a running placement (core/placement.h: changePlacement).
    {
        auto* cmd = group->add_subcommand("change",
            "Change a running placement: a new position % from a day, the contract, its dates, the tasks; prints "
            "its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<ChangeOptions>();
        cmd->add_option("id", o->id, "The placement's id")->required();
        cmd->add_option("--percent", o->percent, "The new position %, 1-100");
        cmd->add_option(
            "--from", o->from, "The day the new position % counts from, YYYY-MM-DD (default today; may be ahead)");
        cmd->add_option("--contract", o->contract,
            "permanent, temporary or on_call; a work trial given a contract becomes a paid job");
        cmd->add_option("--trial-end", o->trialEnd, "When the trial period ends, YYYY-MM-DD");
        cmd->add_option("--contract-end", o->contractEnd, "When a temporary contract ends, YYYY-MM-DD");
        cmd->add_option("--tasks", o->tasks, "The tasks carved out for the person, as they are now");
        cmd->add_option("--accommodations", o->accommodations, "Accommodations at the workplace, as they are now");
        setAction(*cmd, [&ctx, o] { return changePlacementCommand(ctx, *o); });
    }
    {
        auto* cmd = group->add_subcommand("end", "End a placement; prints its id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<EndOptions>();
        cmd->add_option("id", o->id, "The placement's id")->required();
        cmd->add_option("--reason", o->reason, "Why it ended")->required();
        cmd->add_option("--learnt", o->learnt, "What the person and you learnt, for the next job");
        cmd->add_option("--date", o->date, "End date YYYY-MM-DD (default today)");
        setAction(*cmd, [&ctx, o] { return endPlacementCommand(ctx, *o); });
    }
    // Correcting the last position change (core/placement.h: correctPositionChange).
    {
        auto* cmd = group->add_subcommand("correct",
            "Correct the last position change of a running placement (its day or its %); prints the placement's id");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<CorrectOptions>();
        cmd->add_option("id", o->id, "The placement's id")->required();
        cmd->add_option("--from", o->from, "The day the change really counts from, YYYY-MM-DD");
        cmd->add_option("--percent", o->percent, "The % it really changed to, 1-100");
        setAction(*cmd, [&ctx, o] { return correctPositionCommand(ctx, *o); });
    }
    // A running placement's support measures over time (core/supportmeasures.h).
    {
        auto* measure = group->add_subcommand("measure",
            "A running placement's support measure: a review held, a new period, an early end (the latest period "
            "of the kind)");
        measure->require_subcommand(1);
        const auto common = [&ctx](CLI::App& cmd, MeasureOptions& o) {
            addCommonOptions(cmd, ctx);
            cmd.add_option("id", o.id, "The placement's id")->required();
            cmd.add_option("--kind", o.kind, "wage_subsidy (default), mentor_subsidy or inclusion_subsidy");
        };
        {
            auto* cmd = measure->add_subcommand("review",
                "Record a review held and the next review; prints the "
                "measure's id");
            auto o = std::make_shared<MeasureOptions>();
            common(*cmd, *o);
            cmd->add_option("--held", o->held, "The day the review was held, YYYY-MM-DD (default today)");
            cmd->add_option("--next", o->next, "The next review, YYYY-MM-DD (none: no further review)");
            setAction(*cmd, [&ctx, o] { return measureReviewCommand(ctx, *o); });
        }
        {
            auto* cmd = measure->add_subcommand(
                "period", "A new period from a day, the current one ending the day before; prints the new period's id");
            auto o = std::make_shared<MeasureOptions>();
            common(*cmd, *o);
            cmd->add_option("--from", o->from, "The day the new period starts, YYYY-MM-DD (may be ahead)")->required();
            cmd->add_option("--percent", o->percent, "The subsidy's new %, 1-100 (default: as now)");
            cmd->add_option("--hours", o->hours, "A mentor subsidy's new hours a month (default: as now)");
            cmd->add_option("--to", o->to, "The new period's last day, YYYY-MM-DD");
            cmd->add_option("--review", o->review, "The new period's review, YYYY-MM-DD");
            setAction(*cmd, [&ctx, o] { return measurePeriodCommand(ctx, *o); });
        }
        {
            auto* cmd = measure->add_subcommand("end", "End the measure early; prints the measure's id");
            auto o = std::make_shared<MeasureOptions>();
            common(*cmd, *o);
            cmd->add_option("--date", o->date, "The measure's last day, YYYY-MM-DD")->required();
            setAction(*cmd, [&ctx, o] { return measureEndCommand(ctx, *o); });
        }
    }
}

} // namespace fieldnotes::cli
