// Store commands: init, demo, add-visit, visit correct, list, search, dump, passwd. add-visit and
// visit correct act as the person the store belongs to and go through the app's rule (core/visits.h).
#include "caseload.h"
#include "cli.h"
#include "demo.h"
#include "dump.h"
#include "employerdirectory.h"
#include "replica.h"
#include "schedule.h"
#include "visits.h"

#include <cstdio>
#include <iostream>

namespace fieldnotes::cli {

using namespace fieldnotes::core;

namespace {

std::string dateText(const OptDate& d)
{
    return d ? formatDate(*d) : "-";
}

std::string stepsText(const std::set<int>& steps)
{
    std::string out;
    for (int s : steps)
        out += (out.empty() ? "" : ",") + std::to_string(s);
    return out.empty() ? "-" : out;
}

struct InitOptions {
    int maxFailures = KeyFile::defaultMaxFailures;
    unsigned kdfMemoryMiB = 64;
    unsigned kdfPasses = 3;
};

struct VisitOptions {
    std::string participant, employer, workplace, type = "workplace_follow_up", date, time, place, attendees, purpose,
                                                  steps, obsPerson, obsTask, obsEnvironment, next, note,
                                                  audience = "team";
    int duration = -1;
    bool fieldTime = false;
};

// The visit as typed; the rule (core/visits.h) decides whether it may be written.
Status addVisit(const Context& ctx, const VisitOptions& o)
{
    VisitNote n;
    if (!o.participant.empty())
        n.participantId = o.participant;
    if (!o.employer.empty())
        n.employerId = o.employer;
    if (!o.workplace.empty())
        n.workplaceId = o.workplace;
    FN_TRY_ASSIGN(n.contactType, parseCode<ContactType>(o.type, "visit type"));
    if (!o.date.empty()) {
        FN_TRY_ASSIGN(n.occurredOn, parseDateOption(o.date, "--date"));
    }
    if (!o.time.empty())
        n.startTime = o.time;
    if (o.duration >= 0)
        n.durationMin = o.duration;
    n.place = o.place;
    if (!o.attendees.empty() && !Codec<std::set<Attendee>>::decode(Value(o.attendees), n.attendees))
        return fail(ErrorCode::InvalidArgument,
            "--attendees takes a comma-separated list of: participant, employer, mentor, interpreter, nav_counsellor.");
    n.purpose = o.purpose;
    if (!o.steps.empty() && !Codec<std::set<int>>::decode(Value(o.steps), n.steps))
        return fail(ErrorCode::InvalidArgument, "--steps takes step numbers 1-5, comma-separated.");
    n.obsPerson = o.obsPerson;
    n.obsTask = o.obsTask;
    n.obsEnvironment = o.obsEnvironment;
    if (!o.next.empty()) {
        FN_TRY_ASSIGN(n.nextVisitOn, parseDateOption(o.next, "--next"));
    }
    n.note = o.note;
    FN_TRY_ASSIGN(n.audience, parseCode<Audience>(o.audience, "audience"));
    n.fieldTime = o.fieldTime;
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = finalizeVisit(*store, actorOf(*store), n);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status correctVisitCommand(const Context& ctx, const std::string& visitId, const std::optional<std::string>& note)
{
    if (!note)
        return fail(ErrorCode::InvalidArgument,
            "Give the corrected note: fieldnotes-cli visit correct ID --note TEXT (the rest is kept from the visit).");
    VisitCorrection c;
    c.note = *note;
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    auto id = correctVisit(*store, actorOf(*store), visitId, c);
    if (!id)
        return fail(id.error().error);
    std::printf("%s\n", id->c_str());
    return {};
}

Status list(const Context& ctx, const std::string& what, const std::string& participant, bool all)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    if (what == "participants") {
        FN_TRY_ASSIGN(auto entries, caseload(*store, all));
        for (const auto& e : entries)
            std::printf("%s  %-24s %-12s steps %-6s last %-10s next %-10s contacts %d\n", e.participantId.c_str(),
                e.displayName.c_str(), std::string(codeOf(e.status)).c_str(), stepsText(e.steps).c_str(),
                dateText(e.lastContactOn).c_str(), dateText(e.nextContactOn).c_str(), e.contactCount);
        return {};
    }
    if (what == "visits") {
        if (!participant.empty()) {
            FN_TRY_ASSIGN(const auto held, store->find<Participant>(participant));
            if (!held)
                return fail(ErrorCode::NotFound,
                    "This store holds no participant " + participant
                        + ". See their ids with: fieldnotes-cli list --all.");
        }
        // A corrected visit is shown by its correction.
        FN_TRY_ASSIGN(auto visits, visitList(*store, participant.empty() ? OptId {} : OptId(participant)));
        for (const auto& v : visits)
            std::printf("%s  %s %-5s %-20s %s\n", v.id.c_str(), formatDate(v.occurredOn).c_str(),
                v.startTime.value_or("").c_str(), std::string(codeOf(v.contactType)).c_str(), v.note.c_str());
        return {};
    }
    if (what == "employers") {
        FN_TRY_ASSIGN(auto employers, employerDirectory(*store));
        for (const auto& e : employers)
            std::printf("%s  %-32s %s\n", e.employerId.c_str(), e.name.c_str(), e.sector.c_str());
        return {};
    }
    if (what == "outbox") {
        Replica replica(*store);
        FN_TRY_ASSIGN(auto n, replica.pendingCount());
        std::printf("%lld changes wait to be sent\n", static_cast<long long>(n));
        return {};
    }
    return fail(ErrorCode::InvalidArgument, "list shows participants, visits, employers or outbox.");
}

} // namespace

void registerStoreCommands(CLI::App& app, Context& ctx)
{
    {
        auto* cmd = app.add_subcommand("init", "Create an encrypted store in --data-dir");
        addCommonOptions(*cmd, ctx);
        auto opts = std::make_shared<InitOptions>();
        cmd->add_option("--max-failures", opts->maxFailures, "Wrong passphrases before the key is destroyed")
            ->check(CLI::Range(1, 100));
        cmd->add_option("--kdf-memory", opts->kdfMemoryMiB, "Argon2id memory in MiB (default 64)")
            ->check(CLI::Range(1, 4096));
        cmd->add_option("--kdf-passes", opts->kdfPasses, "Argon2id passes (default 3)")->check(CLI::Range(1, 20));
        setAction(*cmd, [&ctx, opts]() -> Status {
            FN_TRY_ASSIGN(std::string pass, ctx.passphrase());
            StoreOptions options;
            options.kdf = { opts->kdfPasses, std::size_t { opts->kdfMemoryMiB } << 20 };
            options.maxFailures = opts->maxFailures;
            auto st = Store::create(ctx.dataDir, pass, options);
            wipeString(pass);
            FN_TRY(st);
            std::printf("Created an encrypted store in %s\n", ctx.dataDir.c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("demo", "Load the demo caseload of invented people");
        addCommonOptions(*cmd, ctx);
        auto seed = std::make_shared<std::uint64_t>(DemoOptions {}.seed);
        auto anchor = std::make_shared<std::string>();
        cmd->add_option("--seed", *seed, "Seed for the generated history");
        cmd->add_option("--anchor", *anchor, "The date the history ends (YYYY-MM-DD); default today");
        // Whose tablet the demo store is (a store not yet linked to anyone)
        auto as = std::make_shared<std::string>("specialist");
        cmd->add_option("--as", *as,
               "Whose tablet this is: specialist (default: the caseload's own) or lead (the team lead, who hands "
               "participants over)")
            ->check(CLI::IsMember({ "specialist", "lead" }));
        setAction(*cmd, [&ctx, seed, anchor, as]() -> Status {
            FN_TRY_ASSIGN(auto store, ctx.openStore());
            if (*as == "lead" && !store->staffId().empty())
                return fail(ErrorCode::InvalidArgument,
                    "This store already belongs to someone; --as lead is for a store not yet linked to anyone.");
            DemoOptions options;
            options.seed = *seed;
            if (!anchor->empty()) {
                FN_TRY_ASSIGN(options.anchor, parseDateOption(*anchor, "--anchor"));
            }
            FN_TRY_ASSIGN(DemoSummary s, loadDemo(*store, options));
            if (*as == "lead") {
                FN_TRY(store->setStaffId(s.staff.lead));
                FN_TRY(store->setRole(StaffRole::Lead));
            }
            std::printf("Loaded %d participants, %d employers, %d visits, %d natural-support entries (%d records)\n",
                s.participants, s.employers, s.visits, s.naturalSupportEntries, s.records);
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("add-visit", "Record a finalized visit or contact");
        addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<VisitOptions>();
        cmd->add_option("--participant", o->participant, "Participant id");
        cmd->add_option("--employer", o->employer, "Employer id");
        cmd->add_option("--workplace", o->workplace, "Workplace id");
        cmd->add_option("--type", o->type, "Contact type (default workplace_follow_up)");
        cmd->add_option("--date", o->date, "Date YYYY-MM-DD (default today)");
        cmd->add_option("--time", o->time, "Start time HH:MM");
        cmd->add_option("--duration", o->duration, "Minutes")->check(CLI::Range(0, 24 * 60));
        cmd->add_option("--place", o->place, "Where");
        cmd->add_option("--attendees", o->attendees, "Who was there (comma-separated)");
        cmd->add_option("--purpose", o->purpose, "Purpose");
        cmd->add_option("--steps", o->steps, "Process steps 1-5 (comma-separated)");
        cmd->add_option("--obs-person", o->obsPerson, "Observation: the person");
        cmd->add_option("--obs-task", o->obsTask, "Observation: the task");
        cmd->add_option("--obs-environment", o->obsEnvironment, "Observation: the environment");
        cmd->add_option("--next", o->next, "Next visit date YYYY-MM-DD");
        cmd->add_option("--note", o->note, "Free-text note");
        cmd->add_option("--audience", o->audience, "team (default) or author");
        cmd->add_flag("--field-time", o->fieldTime, "Counts as time in the field");
        setAction(*cmd, [&ctx, o] { return addVisit(ctx, *o); });
    }
    // Visits: correcting a finalized visit.
    {
        auto* visit = app.add_subcommand("visit", "Correct a finalized visit");
        visit->require_subcommand(1);
        auto* cmd = visit->add_subcommand(
            "correct", "Correct one of your finalized visits: a new entry shown in its place; prints its id");
        addCommonOptions(*cmd, ctx);
        auto id = std::make_shared<std::string>();
        auto note = std::make_shared<std::optional<std::string>>();
        cmd->add_option("id", *id, "The visit's id (fieldnotes-cli list visits)")->required();
        cmd->add_option("--note", *note, "The corrected note");
        setAction(*cmd, [&ctx, id, note] { return correctVisitCommand(ctx, *id, *note); });
    }
    {
        auto* cmd = app.add_subcommand("list", "List participants (default), visits, employers or the outbox");
        addCommonOptions(*cmd, ctx);
        auto what = std::make_shared<std::string>("participants");
        auto participant = std::make_shared<std::string>();
        auto all = std::make_shared<bool>(false);
        cmd->add_option("what", *what, "participants | visits | employers | outbox");
        cmd->add_option("--participant", *participant, "Only this participant's visits");
        cmd->add_flag("--all", *all, "Include discharged participants");
        setAction(*cmd, [&ctx, what, participant, all] { return list(ctx, *what, *participant, *all); });
    }
    {
        auto* cmd = app.add_subcommand("search", "Full-text search over names and notes");
        addCommonOptions(*cmd, ctx);
        auto text = std::make_shared<std::string>();
        auto limit = std::make_shared<int>(50);
        cmd->add_option("text", *text, "Words to find (each may be the start of a word)")->required();
        cmd->add_option("--limit", *limit, "Most hits to show")->check(CLI::Range(1, 10000));
        setAction(*cmd, [&ctx, text, limit]() -> Status {
            FN_TRY_ASSIGN(auto store, ctx.openStore());
            FN_TRY_ASSIGN(auto hits, store->search(*text, *limit));
            for (const auto& h : hits)
                std::printf("%-24s %s  %s\n", h.table.c_str(), h.rowId.c_str(), h.snippet.c_str());
            if (hits.empty())
                std::printf("No matches.\n");
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("dump", "Print the canonical JSON of the synced state (sensitive!)");
        addCommonOptions(*cmd, ctx);
        auto digest = std::make_shared<bool>(false);
        cmd->add_flag("--digest", *digest, "Print only its SHA-256, to compare replicas without revealing data");
        setAction(*cmd, [&ctx, digest]() -> Status {
            FN_TRY_ASSIGN(auto store, ctx.openStore());
            FN_TRY_ASSIGN(std::string text, dumpCanonical(*store));
            if (*digest)
                std::printf("%s\n", sha256Hex(text).c_str());
            else
                std::fwrite(text.data(), 1, text.size(), stdout);
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand(
            "passwd", "Change the passphrase; with --rekey also re-encrypt the case file under a new key");
        addCommonOptions(*cmd, ctx);
        auto newFile = std::make_shared<std::filesystem::path>();
        auto rekey = std::make_shared<bool>(false);
        cmd->add_option(
            "--new-passphrase-file", *newFile, "File with the new passphrase (or FIELDNOTES_NEW_PASSPHRASE)");
        cmd->add_flag("--rekey", *rekey,
            "Re-encrypt the case file under a new random key, so that no earlier key file opens it (the new "
            "passphrase is optional: without one the passphrase stays)");
        setAction(*cmd, [&ctx, newFile, rekey]() -> Status {
            FN_TRY_ASSIGN(std::string oldPass, ctx.passphrase());
            auto next = ctx.passphrase("--new-passphrase-file", newFile.get(), "FIELDNOTES_NEW_PASSPHRASE");
            if (!next && !*rekey) {
                wipeString(oldPass);
                return fail(next.error());
            }
            std::string newPass = next ? std::move(*next) : oldPass;
            Status st;
            if (*rekey) {
                int shown = -1;
                st = Store::rekey(ctx.dataDir, oldPass, newPass, {}, [&](const RekeyProgress& p) {
                    const int percent = static_cast<int>(p.fraction * 100);
                    if (percent / 5 != shown / 5 || p.stage != "copying") {
                        shown = percent;
                        std::fprintf(stderr, "re-encrypting: %3d%% %.*s\n", percent, static_cast<int>(p.stage.size()),
                            p.stage.data());
                    }
                });
            } else {
                st = Store::changePassphrase(ctx.dataDir, oldPass, newPass);
            }
            const bool changed = newPass != oldPass;
            wipeString(oldPass);
            wipeString(newPass);
            FN_TRY(st);
            if (*rekey)
                std::printf("The case file is re-encrypted under a new key%s. Copies of the key file made before no "
                            "longer open it.\n",
                    changed ? " and the new passphrase" : "");
            else
                std::printf("Passphrase changed. The case file keeps its key: a copy of the old key file still opens "
                            "it with the old passphrase (use --rekey to prevent that).\n");
            return {};
        });
    }
}

} // namespace fieldnotes::cli
