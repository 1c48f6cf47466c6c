// Sync commands: pair, sync, conflicts, resolve, refused.
#include "cli.h"
#include "device.h"
#include "fileio.h"
#include "outboxview.h"
#include "storeinternals.h"
#include "transport.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace fieldnotes::cli {

using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

std::string timeOfHlc(std::int64_t hlc)
{
    const std::time_t t = static_cast<std::time_t>(HybridClock::toMs(static_cast<std::uint64_t>(hlc)) / 1000);
    std::tm local {};
    localtime_r(&t, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

std::string valueText(const Value& v)
{
    if (isNull(v))
        return "(empty)";
    if (const auto* s = std::get_if<std::string>(&v))
        return "\"" + *s + "\"";
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    return std::to_string(std::get<double>(v));
}

// Who a device belongs to, by name where this tablet knows the team.
std::string whoWrote(Store& store, const std::string& device)
{
    auto d = store.find<Device>(device);
    if (d && *d) {
        auto s = store.find<Staff>((*d)->staffId);
        if (s && *s)
            return (*s)->name;
    }
    if (device == store.deviceId())
        return "this tablet";
    return "device " + device.substr(0, 8);
}

Status pair(const Context& ctx, const std::filesystem::path& bundleFile, const std::string& label)
{
    auto read = readFile(bundleFile, 64 * 1024);
    if (!read)
        return fail(read.error().code,
            "Cannot read the pairing bundle " + bundleFile.string() + ": " + withoutFullStop(read.error().message)
                + ". Check the path; the office writes bundles with fieldnotes-office enroll.");
    std::string text = std::move(*read);
    auto bundle = parseBundle(text);
    wipeString(text);
    FN_TRY(bundle);
    const bool created = !Store::exists(ctx.dataDir);
    if (created) {
        FN_TRY_ASSIGN(std::string pass, ctx.passphrase());
        auto made = Store::create(ctx.dataDir, pass);
        wipeString(pass);
        FN_TRY(made);
    }
    // A store made for this pairing goes again when the pairing fails: the folder is as it was.
    const auto paired = [&]() -> Result<std::unique_ptr<Store>> {
        FN_TRY_ASSIGN(auto store, ctx.openStore());
        char host[256] = {};
        gethostname(host, sizeof host - 1);
        FN_TRY(pairNow(*store, *bundle, label.empty() ? std::string(host) : label));
        return store;
    }();
    wipeString(bundle->token);
    if (!paired) {
        if (created)
            (void)Store::destroy(ctx.dataDir);
        return fail(paired.error());
    }
    const auto& store = *paired;
    if (created)
        std::printf("Created an encrypted store in %s\n", ctx.dataDir.c_str());
    std::printf("Paired with the office at %s as %s (%s).\n"
                "The bundle's token is spent; delete %s.\n",
        bundle->office.c_str(), store->staffId().c_str(), std::string(codeOf(store->role())).c_str(),
        bundleFile.c_str());
    return {};
}

Status syncCommand(const Context& ctx, bool quiet)
{
    bool wiped = false;
    {
        FN_TRY_ASSIGN(auto store, ctx.openStore());
        const bool tty = isatty(STDERR_FILENO) != 0;
        auto last = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        SyncProgress::Phase lastPhase = SyncProgress::Phase::Finished;
        const ProgressCallback progress = [&](const SyncProgress& p) {
            if (quiet)
                return;
            const auto now = std::chrono::steady_clock::now();
            if (p.phase == lastPhase && now - last < std::chrono::milliseconds(tty ? 100 : 1000)
                && !(p.total > 0 && p.done == p.total))
                return;
            last = now;
            lastPhase = p.phase;
            const char* phase = p.phase == SyncProgress::Phase::Connecting ? "connecting"
                : p.phase == SyncProgress::Phase::Pushing                  ? "sending"
                : p.phase == SyncProgress::Phase::Pulling                  ? "receiving"
                                                                           : "done";
            if (p.total > 0)
                std::fprintf(stderr, "%s %lld/%lld%s", phase, static_cast<long long>(p.done),
                    static_cast<long long>(p.total), tty ? "\r" : "\n");
            else
                std::fprintf(stderr, "%s...%s", phase, tty ? "\r" : "\n");
        };
        const auto started = std::chrono::steady_clock::now();
        FN_TRY_ASSIGN(const SyncReport r, syncNow(*store, progress));
        if (tty && !quiet)
            std::fprintf(stderr, "\n");
        const auto ms
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        if (r.wiped) {
            wiped = true;
        } else {
            std::printf("Sent %d changes: %d applied, %d already at the office, %d in conflict, %d refused.\n", r.sent,
                r.applied, r.duplicates, r.conflicts, r.rejected);
            std::printf("Received %d records (%d scopes whole, %d removed from this tablet, %d erased).\n", r.received,
                r.snapshots, r.evicted, r.purged);
            std::printf("Open conflicts: %lld. Changes still waiting: %lld. Took %lld ms.\n",
                static_cast<long long>(r.openConflicts), static_cast<long long>(r.pending), static_cast<long long>(ms));
            if (r.erasedChanges > 0)
                std::printf(
                    "%d changes were about people erased at the office: removed from this tablet.\n", r.erasedChanges);
            if (r.restamped > 0)
                std::printf("%d changes saved while this tablet's clock ran ahead were stamped again.\n", r.restamped);
            for (SyncNotice n : r.notices)
                std::printf("Note: %s\n", noticeText(n, r.clockGapMs).c_str());
            for (const auto& name : r.handedOver)
                std::printf("Handed over to a colleague: %s.\n", name.c_str());
            if (r.draftsKept > 0)
                std::printf("%d drafts about them stay on this tablet.\n", r.draftsKept);
            for (const auto& reason : r.refusals)
                std::printf("Refused by the office: %s\n", reason.c_str());
            if (r.rejected > 0)
                std::printf("What was refused is kept: see fieldnotes-cli refused.\n");
            if (r.openConflicts > 0)
                std::printf("See fieldnotes-cli conflicts, and resolve them.\n");
        }
    }
    if (wiped) {
        FN_TRY(Store::destroy(ctx.dataDir));
        std::printf(
            "The office withdrew this tablet: everything synced to it has been erased, and its store removed.\n");
    }
    return {};
}

Status conflicts(const Context& ctx)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*store).prepare(
            "SELECT id, kind, tbl, row_id, col, kept_value, kept_hlc, kept_dev, other_value, other_hlc, "
            "other_dev FROM conflicts WHERE resolution IS NULL AND _deleted = 0 ORDER BY _hlc"));
    struct Row {
        std::string id, kind, table, rowId, column;
        Value kept, other;
        std::int64_t keptHlc, otherHlc;
        std::string keptDev, otherDev;
    };
    std::vector<Row> rows;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        rows.push_back({ st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->column(5), st->column(8),
            st->integer(6), st->integer(9), st->text(7), st->text(10) });
    }
    st->reset();
    if (rows.empty()) {
        std::printf("No open conflicts.\n");
        return {};
    }
    for (const Row& r : rows) {
        std::printf("%s  %s %s.%s (%s)\n", r.id.c_str(), r.kind.c_str(), r.table.c_str(),
            r.column.empty() ? "-" : r.column.c_str(), r.rowId.c_str());
        if (r.kind == "delete-edit") {
            std::printf(
                "    kept:  removed, by %s at %s\n", whoWrote(*store, r.keptDev).c_str(), timeOfHlc(r.keptHlc).c_str());
            std::printf("    other: edited to %s by %s at %s\n", valueText(r.other).c_str(),
                whoWrote(*store, r.otherDev).c_str(), timeOfHlc(r.otherHlc).c_str());
        } else {
            std::printf("    kept:  %s by %s at %s\n", valueText(r.kept).c_str(), whoWrote(*store, r.keptDev).c_str(),
                timeOfHlc(r.keptHlc).c_str());
            std::printf("    other: %s by %s at %s\n", valueText(r.other).c_str(), whoWrote(*store, r.otherDev).c_str(),
                timeOfHlc(r.otherHlc).c_str());
        }
    }
    std::printf("Resolve with: fieldnotes-cli resolve CONFLICT --keep | --other | --value TEXT\n");
    return {};
}

Status resolve(
    const Context& ctx, const std::string& id, bool keep, bool other, const std::optional<std::string>& value)
{
    if (int(keep) + int(other) + int(value.has_value()) != 1)
        return fail(ErrorCode::InvalidArgument, "Choose one of --keep, --other or --value TEXT.");
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    Replica replica(*store);
    Value chosen;
    if (value) {
        // A number typed for a number field is stored as one.
        chosen = *value;
        FN_TRY_ASSIGN(
            Statement * st, core::StoreInternals::db(*store).prepare("SELECT tbl, col FROM conflicts WHERE id = ?"));
        st->bind(1, id);
        FN_TRY_ASSIGN(const bool row, st->step());
        const std::string table = row ? st->text(0) : std::string(), column = row ? st->text(1) : std::string();
        st->reset();
        if (const TableInfo* t = findTable(table); t && t->validate && !t->validate(column, chosen)) {
            try {
                chosen = static_cast<std::int64_t>(std::stoll(*value));
            } catch (...) {
            }
        }
    }
    FN_TRY(replica.resolveConflict(id, keep ? "kept" : other ? "other" : "value", chosen));
    std::printf("Resolved; the decision goes to the office with the next sync.\n");
    return {};
}

Status refused(const Context& ctx, bool dismissAll)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    if (dismissAll) {
        FN_TRY(dismissRefused(*store, std::nullopt));
        std::printf("Dismissed: what was typed is removed from this tablet.\n");
        return {};
    }
    FN_TRY_ASSIGN(const auto changes, refusedChanges(*store));
    for (const RefusedChange& r : changes) {
        std::printf("%lld  %s %s%s%s (%s)%s%s\n    refused because %s\n", static_cast<long long>(r.id),
            std::string(opName(r.op)).c_str(), r.table.c_str(), r.column.empty() ? "" : ".", r.column.c_str(),
            r.rowId.c_str(), r.subject.empty() ? "" : ", about ", r.subject.c_str(), r.reason.c_str());
        if (!r.column.empty())
            std::printf("    value: %s\n", valueText(r.value).c_str());
        for (const auto& [column, value] : r.fields)
            std::printf("    %s: %s\n", column.c_str(), valueText(value).c_str());
        std::printf("    %s\n",
            r.remedy == RefusalRemedy::CopyIntoNewEntry
                ? "what you wrote is kept here: write it again where it belongs, or give it to the office"
                : "the record is back as the office has it: ask the office if the change is still needed");
    }
    if (changes.empty())
        std::printf("The office has refused nothing from this tablet.\n");
    else
        std::printf("Then: fieldnotes-cli refused --dismiss-all\n");
    return {};
}

} // namespace

void registerSyncCommands(CLI::App& app, Context& ctx)
{
    {
        auto* cmd = app.add_subcommand(
            "pair", "Pair this tablet with the office, using a bundle from fieldnotes-office enroll");
        addCommonOptions(*cmd, ctx);
        auto bundle = std::make_shared<std::filesystem::path>();
        auto label = std::make_shared<std::string>();
        cmd->add_option("bundle", *bundle, "The pairing bundle file")->required();
        cmd->add_option("--label", *label, "A name for this tablet at the office (default: the host name)");
        setAction(*cmd, [&ctx, bundle, label] { return pair(ctx, *bundle, *label); });
    }
    {
        auto* cmd = app.add_subcommand("sync", "Send this tablet's changes to the office and take what is new");
        addCommonOptions(*cmd, ctx);
        auto quiet = std::make_shared<bool>(false);
        cmd->add_flag("--quiet", *quiet, "No progress lines");
        setAction(*cmd, [&ctx, quiet] { return syncCommand(ctx, *quiet); });
    }
    {
        auto* cmd = app.add_subcommand("conflicts", "List the conflicts no one has resolved yet (sensitive!)");
        addCommonOptions(*cmd, ctx);
        setAction(*cmd, [&ctx] { return conflicts(ctx); });
    }
    {
        auto* cmd = app.add_subcommand(
            "resolve", "Resolve a conflict: keep the office's choice, take the other, or type a value");
        addCommonOptions(*cmd, ctx);
        auto id = std::make_shared<std::string>();
        auto keep = std::make_shared<bool>(false);
        auto other = std::make_shared<bool>(false);
        auto value = std::make_shared<std::optional<std::string>>();
        cmd->add_option("conflict", *id, "Conflict id (see conflicts)")->required();
        cmd->add_flag("--keep", *keep, "Keep the value the office chose");
        cmd->add_flag("--other", *other, "Take the value it set aside (or restore a removed record)");
        cmd->add_option("--value", *value, "Use this value instead");
        setAction(*cmd, [&ctx, id, keep, other, value] { return resolve(ctx, *id, *keep, *other, *value); });
    }
    {
        auto* cmd = app.add_subcommand("refused", "List the changes the office refused (sensitive!)");
        addCommonOptions(*cmd, ctx);
        auto dismiss = std::make_shared<bool>(false);
        cmd->add_flag("--dismiss-all", *dismiss, "Mark them all as seen");
        setAction(*cmd, [&ctx, dismiss] { return refused(ctx, *dismiss); });
    }
}

} // namespace fieldnotes::cli
