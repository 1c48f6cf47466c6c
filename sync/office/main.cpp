// fieldnotes-office: the office server and its commands.
//
//   fieldnotes-office COMMAND --data-dir DIR --passphrase-file FILE [options]
//
// The office's store is encrypted like a tablet's; the passphrase comes from --passphrase-file or
// FIELDNOTES_PASSPHRASE. Its certificate authority, server key and pairing tokens live inside it.
// Commands other than serve may run while the server runs (they wait for each other's writes).
#include "cli.h"
#include "fileio.h"
#include "officeadmin.h"
#include "pki.h"
#include "storeinternals.h"
#include "transport.h"

#include <sodium.h>

#include <algorithm>
#include <csignal>
#include <ctime>
#include <iostream>
#include <pthread.h>
#include <sys/resource.h>
#include <vector>

namespace fieldnotes::office {

using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

std::string timestamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

void logLine(const std::string& line)
{
    std::fprintf(stderr, "%s fieldnotes-office: %s\n", timestamp().c_str(), line.c_str());
    std::fflush(stderr);
}

std::string dateTimeOfMs(std::int64_t ms)
{
    if (ms <= 0)
        return "never";
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm utc {};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
    return text;
}

template<class E> Result<E> parseCode(const std::string& text, const char* what)
{
    if (auto e = enumFromCode<E>(text))
        return *e;
    std::string known;
    for (const auto& [value, code] : EnumCodes<E>::codes)
        known += (known.empty() ? "" : ", ") + std::string(code);
    return fail(
        ErrorCode::InvalidArgument, "Unknown " + std::string(what) + " '" + text + "'. Use one of: " + known + ".");
}

Result<std::unique_ptr<Store>> openOffice(const cli::Context& ctx)
{
    FN_TRY_ASSIGN(auto store, ctx.openStore());
    Office probe(*store);
    FN_TRY(probe.credential(caCertName));
    return store;
}

struct InitOptions {
    std::string address { defaultOfficeAddress };
    unsigned kdfMemoryMiB = 64;
    unsigned kdfPasses = 3;
};

// What an earlier printout of the audit head says about the log now, in one line; an error when
// the log no longer holds that head (entries up to it were altered, removed or rewritten).
Result<std::string> checkEarlierHead(const AuditCheck& check, const std::string& earlierHead)
{
    if (check.earlierHeadAt == 0)
        return fail(ErrorCode::Corrupt,
            "The audit log does not hold the earlier head " + earlierHead
                + ": entries up to it were altered, removed or rewritten. Keep this store for investigation.");
    if (check.firstBroken != 0)
        return fail(ErrorCode::Corrupt,
            "The audit log holds the earlier head (entry " + std::to_string(check.earlierHeadAt)
                + "), but its chain is broken at entry " + std::to_string(check.firstBroken)
                + ". Keep this store for investigation.");
    return "the earlier head is entry " + std::to_string(check.earlierHeadAt) + "; "
        + std::to_string(check.entries - check.earlierHeadAt) + " entries follow it, and the chain is intact";
}

// Every connection holds a file descriptor. Service managers and shells often start programs with a
// soft limit of 1024 open files, below the hard limit the system allows: a host holding a thousand
// connections would then exhaust it. Raise the soft limit to the hard one; returns the limit now.
rlim_t raiseOpenFileLimit(std::vector<std::string>& log)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    const rlim_t before = limit.rlim_cur;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            limit.rlim_cur = before;
    }
    if (limit.rlim_cur != before)
        log.push_back(
            "open files: limit raised from " + std::to_string(before) + " to " + std::to_string(limit.rlim_cur));
    return limit.rlim_cur;
}

Status serve(const cli::Context& ctx, const std::string& listen, int threads, const std::string& expectHead)
{
    // What the start has to say is logged once the server listens: a start that fails says one line.
    std::vector<std::string> startLog;
    const rlim_t openFiles = raiseOpenFileLimit(startLog);

    // SIGTERM and SIGINT are taken by this thread alone (blocked before any other thread starts).
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    FN_TRY_ASSIGN(auto store, openOffice(ctx));
    Office office(*store);
    FN_TRY_ASSIGN(const AuditCheck audit, office.audit().verify(expectHead));
    if (audit.firstBroken != 0)
        startLog.push_back("WARNING: the audit log's chain is broken at entry " + std::to_string(audit.firstBroken)
            + "; keep this store for investigation");
    // Printed at every start, to be written down (or kept in the service log elsewhere) and given
    // back with --expect-head next time.
    startLog.push_back("audit log: " + std::to_string(audit.entries) + " entries, head " + audit.head);
    if (!expectHead.empty()) {
        FN_TRY_ASSIGN(const std::string said, checkEarlierHead(audit, expectHead));
        startLog.push_back("audit log: " + said);
    }
    ServerOptions options;
    FN_TRY_ASSIGN(options.listen, OfficeAdmin(office).address());
    if (!listen.empty())
        options.listen = listen;
    options.networkThreads = threads;
    options.log = logLine;
    // Tablets past the front door keep to half the descriptors there are (a few dozen go to the
    // store, the log and the event loop). Connections without a certificate that run the rest out
    // are shed, oldest first, when an accept finds none free.
    if (openFiles != RLIM_INFINITY && openFiles > 0) {
        const std::size_t usable = openFiles > 128 ? static_cast<std::size_t>(openFiles) - 64 : 32;
        options.maxConnections = std::min(options.maxConnections, std::max<std::size_t>(8, usable / 2));
    }
    // From start() on, the office is the server's store thread's alone until stop().
    options.beforeServing = [listening = options.listen](Office& served) {
        return served.audit().append("serve", "", "", "listen=" + listening);
    };
    OfficeServer server(office, options);
    FN_TRY(server.start());
    for (const std::string& line : startLog)
        logLine(line);
    int received = 0;
    sigwait(&signals, &received);
    logLine(std::string("received ") + (received == SIGTERM ? "SIGTERM" : "SIGINT") + ": shutting down");
    server.stop();
    FN_TRY(office.audit().append("stop", "", "", ""));
    FN_TRY_ASSIGN(const AuditCheck after, office.audit().verify());
    logLine("audit log: " + std::to_string(after.entries) + " entries, head " + after.head);
    FN_TRY(core::StoreInternals::db(*store).exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    logLine("stopped cleanly");
    return {};
}

} // namespace

void registerCommands(CLI::App& app, cli::Context& ctx)
{
    {
        auto* cmd = app.add_subcommand("init", "Create the office's encrypted store, its authority and server key");
        cli::addCommonOptions(*cmd, ctx);
        auto o = std::make_shared<InitOptions>();
        cmd->add_option("--address", o->address, "Where tablets reach the office, HOST:PORT (default 127.0.0.1:7443)");
        cmd->add_option("--kdf-memory", o->kdfMemoryMiB, "Argon2id memory in MiB (default 64)")
            ->check(CLI::Range(1, 4096));
        cmd->add_option("--kdf-passes", o->kdfPasses, "Argon2id passes (default 3)")->check(CLI::Range(1, 20));
        cli::setAction(*cmd, [&ctx, o]() -> Status {
            FN_TRY_ASSIGN(std::string pass, ctx.passphrase());
            OfficeSetup setup;
            setup.address = o->address;
            setup.store.kdf = { o->kdfPasses, std::size_t { o->kdfMemoryMiB } << 20 };
            auto st = OfficeAdmin::create(ctx.dataDir, pass, setup);
            wipeString(pass);
            FN_TRY(st);
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY_ASSIGN(const OfficeStatus s, admin.status());
            std::printf("Created the office store in %s\nOffice %s at %s\nServer key pin %s\n", ctx.dataDir.c_str(),
                s.officeId.c_str(), s.address.c_str(), s.pin.c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("serve", "Serve tablets until SIGTERM or Ctrl-C");
        cli::addCommonOptions(*cmd, ctx);
        auto listen = std::make_shared<std::string>();
        auto threads = std::make_shared<int>(1);
        auto expectHead = std::make_shared<std::string>();
        cmd->add_option("--listen", *listen, "ADDR:PORT to listen on (default: the address given at init)");
        cmd->add_option("--threads", *threads, "Network threads (store work always runs on one)")
            ->check(CLI::Range(1, 16));
        cmd->add_option("--expect-head", *expectHead,
            "An audit head printed at an earlier start: refuse to serve unless the log still holds it");
        cli::setAction(
            *cmd, [&ctx, listen, threads, expectHead] { return serve(ctx, *listen, *threads, *expectHead); });
    }
    {
        auto* cmd = app.add_subcommand("enroll", "Write a one-time pairing bundle for a user's tablet");
        cli::addCommonOptions(*cmd, ctx);
        auto user = std::make_shared<std::string>();
        auto role = std::make_shared<std::string>();
        auto out = std::make_shared<std::filesystem::path>();
        auto hours = std::make_shared<int>(72);
        auto address = std::make_shared<std::string>();
        cmd->add_option("--user", *user, "Staff id, or a name (an existing staff member, or a new one)")->required();
        cmd->add_option("--role", *role, "specialist, mentor or lead")->required();
        cmd->add_option("--out", *out, "File to write the bundle to (created 0600)")->required();
        cmd->add_option("--valid-hours", *hours, "How long the bundle can be used (default 72)")
            ->check(CLI::Range(1, 720));
        cmd->add_option("--address", *address, "Office address to put in the bundle (default: the one given at init)");
        cli::setAction(*cmd, [&ctx, user, role, out, hours, address]() -> Status {
            FN_TRY_ASSIGN(const StaffRole r, parseCode<StaffRole>(*role, "role"));
            std::error_code ec;
            if (std::filesystem::exists(*out, ec))
                return fail(ErrorCode::AlreadyExists, out->string() + " exists already; choose another file.");
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY_ASSIGN(Enrolment e, admin.enroll(*user, r, std::chrono::hours(*hours), *address));
            auto written = writeFileAtomically(*out, e.bundle);
            wipeString(e.bundle);
            FN_TRY(written);
            std::printf(
                "%s staff member %s (%s).\n", e.newStaff ? "New" : "Existing", e.staffId.c_str(), role->c_str());
            std::printf("Wrote a one-time pairing bundle to %s with mode 0600: it holds a one-time token, so keep it\n"
                        "private, give it to the tablet (fieldnotes-cli pair ... %s), then delete it.\n"
                        "It can be used once, until %s.\n",
                out->c_str(), out->c_str(), dateTimeOfMs(e.expiresMs).c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("assign",
            "Who follows a participant (--specialist), or which mentor supports them (--mentor); or link a mentor "
            "record to a mentor's login (--mentor with --user)");
        cli::addCommonOptions(*cmd, ctx);
        auto participant = std::make_shared<std::string>();
        auto specialist = std::make_shared<std::string>();
        auto mentor = std::make_shared<std::string>();
        auto user = std::make_shared<std::string>();
        auto placement = std::make_shared<std::string>();
        auto from = std::make_shared<std::string>();
        cmd->add_option("--participant", *participant, "Participant id");
        cmd->add_option("--specialist", *specialist, "Staff id of the specialist who follows the participant");
        cmd->add_option("--mentor", *mentor, "Mentor record id");
        cmd->add_option("--user", *user, "With --mentor and no --participant: the mentor's staff id (their login)");
        cmd->add_option("--placement", *placement, "With --mentor: the placement the support belongs to");
        cmd->add_option("--from", *from, "With --mentor: the first day (YYYY-MM-DD; default today)");
        cli::setAction(*cmd, [&ctx, participant, specialist, mentor, user, placement, from]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            if (!participant->empty() && !specialist->empty() && mentor->empty()) {
                FN_TRY(admin.assignSpecialist(*participant, *specialist));
                std::printf("Participant %s is followed by %s.\n", participant->c_str(), specialist->c_str());
                return {};
            }
            if (!participant->empty() && !mentor->empty() && specialist->empty() && user->empty()) {
                OptDate fromOn;
                if (!from->empty()) {
                    auto d = parseDate(*from);
                    if (!d)
                        return fail(ErrorCode::InvalidArgument, "--from must be a date written YYYY-MM-DD.");
                    fromOn = *d;
                }
                OptId pl;
                if (!placement->empty())
                    pl = *placement;
                FN_TRY_ASSIGN(const Id id, admin.assignMentor(*participant, *mentor, pl, fromOn));
                std::printf("Mentor %s supports participant %s (assignment %s).\n", mentor->c_str(),
                    participant->c_str(), id.c_str());
                return {};
            }
            if (participant->empty() && !mentor->empty() && !user->empty()) {
                FN_TRY(admin.linkMentor(*mentor, *user));
                std::printf("Mentor record %s is now %s's login.\n", mentor->c_str(), user->c_str());
                return {};
            }
            return fail(ErrorCode::InvalidArgument,
                "Use assign --participant ID --specialist STAFF, assign --participant ID --mentor MENTOR "
                "[--placement ID] [--from DATE], or assign --mentor MENTOR --user STAFF.");
        });
    }
    {
        auto* cmd = app.add_subcommand("revoke", "Withdraw a tablet: on its next connection it erases everything");
        cli::addCommonOptions(*cmd, ctx);
        auto device = std::make_shared<std::string>();
        cmd->add_option("device", *device, "Device id (see devices)")->required();
        cli::setAction(*cmd, [&ctx, device]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY(admin.revoke(*device));
            std::printf(
                "Tablet %s is withdrawn. It is told to erase its data when it next connects.\n", device->c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("devices", "List paired tablets");
        cli::addCommonOptions(*cmd, ctx);
        cli::setAction(*cmd, [&ctx]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY_ASSIGN(auto devices, admin.devices());
            for (const auto& d : devices)
                std::printf("%s  staff %s  %-10s last seen %-22s %s\n", d.id.c_str(), d.staffId.c_str(),
                    d.revokedOn ? ("withdrawn " + formatDate(*d.revokedOn)).c_str() : "active",
                    dateTimeOfMs(d.lastSeenMs).c_str(), d.label.c_str());
            if (devices.empty())
                std::printf("No tablets are paired yet (see enroll).\n");
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("staff", "List the staff (ids, roles and names)");
        cli::addCommonOptions(*cmd, ctx);
        cli::setAction(*cmd, [&ctx]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY_ASSIGN(auto staff, admin.staff());
            for (const auto& s : staff)
                std::printf("%s  %-10s %s\n", s.id.c_str(), std::string(codeOf(s.role)).c_str(), s.name.c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("status", "The office's identity, counts, and the audit log's integrity");
        cli::addCommonOptions(*cmd, ctx);
        cli::setAction(*cmd, [&ctx]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY_ASSIGN(const OfficeStatus s, admin.status());
            std::printf("Office %s at %s\nServer key pin %s\n", s.officeId.c_str(), s.address.c_str(), s.pin.c_str());
            if (!s.nextPin.empty())
                std::printf("Next server key pin %s (prepared; see rotate-key status)\n", s.nextPin.c_str());
            std::printf("Staff %lld, tablets %lld (%lld withdrawn), unused pairing bundles %lld\n",
                static_cast<long long>(s.staff), static_cast<long long>(s.devices),
                static_cast<long long>(s.revokedDevices), static_cast<long long>(s.pendingTokens));
            std::printf("Participants %lld, employers %lld, open conflicts %lld, feed position %lld\n",
                static_cast<long long>(s.participants), static_cast<long long>(s.employers),
                static_cast<long long>(s.openConflicts), static_cast<long long>(s.head));
            std::printf("Audit log: %lld entries, %s, head %s\n", static_cast<long long>(s.audit.entries),
                s.audit.firstBroken == 0 ? "chain intact"
                                         : ("CHAIN BROKEN at entry " + std::to_string(s.audit.firstBroken)).c_str(),
                s.audit.head.c_str());
            if (s.audit.firstBroken != 0)
                return fail(ErrorCode::Corrupt, "The audit log has been altered. Keep this store for investigation.");
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("rotate-key",
            "Change the server's key without pairing tablets again: prepare, wait for status, activate (or cancel)");
        cli::addCommonOptions(*cmd, ctx);
        auto step = std::make_shared<std::string>();
        auto force = std::make_shared<bool>(false);
        cmd->add_option("step", *step, "prepare | status | activate | cancel")
            ->required()
            ->check(CLI::IsMember({ "prepare", "status", "activate", "cancel" }));
        cmd->add_flag("--force", *force, "Activate although some tablets have not heard the new key (pair them again)");
        cli::setAction(*cmd, [&ctx, step, force]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            auto printWaiting = [](const KeyRotation& r) {
                for (const DeviceInfo& d : r.waiting)
                    std::printf("  %s  staff %s  last seen %-22s %s\n", d.id.c_str(), d.staffId.c_str(),
                        dateTimeOfMs(d.lastSeenMs).c_str(), d.label.c_str());
            };
            if (*step == "cancel") {
                FN_TRY(admin.cancelKeyRotation());
                std::printf("The prepared key is discarded; the office keeps its key %s.\n",
                    admin.keyRotation()->currentPin.c_str());
                return {};
            }
            if (*step == "activate") {
                FN_TRY_ASSIGN(const KeyRotation r, admin.activateNextKey(*force));
                std::printf(
                    "The office's key is now %s. Restart fieldnotes-office serve to serve it.\n", r.currentPin.c_str());
                if (!r.waiting.empty()) {
                    std::printf(
                        "These %zu tablet(s) never heard the new key and must be paired again:\n", r.waiting.size());
                    printWaiting(r);
                }
                return {};
            }
            KeyRotation r;
            if (*step == "prepare") {
                FN_TRY_ASSIGN(r, admin.prepareKeyRotation());
            } else {
                FN_TRY_ASSIGN(r, admin.keyRotation());
            }
            std::printf("Current key %s\n", r.currentPin.c_str());
            if (r.nextPin.empty()) {
                std::printf("No new key is prepared.\n");
                return {};
            }
            std::printf("Next key    %s\n", r.nextPin.c_str());
            if (r.waiting.empty()) {
                std::printf("Every tablet in use has heard the next key: activate it with rotate-key activate.\n");
                return {};
            }
            std::printf("%zu tablet(s) have not synced since the key was prepared:\n", r.waiting.size());
            printWaiting(r);
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("demo", "Load the invented demo caseload into an empty office");
        cli::addCommonOptions(*cmd, ctx);
        auto seed = std::make_shared<std::uint64_t>(DemoOptions {}.seed);
        cmd->add_option("--seed", *seed, "Seed for the generated history");
        cli::setAction(*cmd, [&ctx, seed]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            DemoOptions options;
            options.seed = *seed;
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY_ASSIGN(const DemoSummary s, admin.loadDemo(options));
            std::printf("Loaded %d participants, %d employers, %d visits, %d natural-support entries (%d records)\n"
                        "Specialist %s, colleague %s, lead %s, mentor %s\n",
                s.participants, s.employers, s.visits, s.naturalSupportEntries, s.records, s.staff.specialist.c_str(),
                s.staff.colleague.c_str(), s.staff.lead.c_str(), s.staff.mentorUser.c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("erase", "Erase a participant everywhere (GDPR): the office and every tablet");
        cli::addCommonOptions(*cmd, ctx);
        auto participant = std::make_shared<std::string>();
        auto confirm = std::make_shared<bool>(false);
        cmd->add_option("--participant", *participant, "Participant id")->required();
        cmd->add_flag("--confirm", *confirm, "Required: erasure cannot be undone");
        cli::setAction(*cmd, [&ctx, participant, confirm]() -> Status {
            if (!*confirm)
                return fail(ErrorCode::InvalidArgument, "Erasure cannot be undone; add --confirm to go ahead.");
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            OfficeAdmin admin(office);
            FN_TRY(admin.erase(*participant));
            std::printf(
                "Participant %s is erased here; each tablet erases them when it next syncs.\n", participant->c_str());
            return {};
        });
    }
    {
        auto* cmd = app.add_subcommand("audit", "Check the audit log and show its last entries");
        cli::addCommonOptions(*cmd, ctx);
        auto last = std::make_shared<int>(20);
        auto earlier = std::make_shared<std::string>();
        cmd->add_option("--last", *last, "How many entries to show (default 20)")->check(CLI::Range(0, 100000));
        cmd->add_option("--check-head", *earlier,
            "An audit head printed earlier (at a start of serve, or by status): is it still in the log?");
        cli::setAction(*cmd, [&ctx, last, earlier]() -> Status {
            FN_TRY_ASSIGN(auto store, openOffice(ctx));
            Office office(*store);
            FN_TRY_ASSIGN(auto entries, office.audit().tail(*last));
            for (const auto& e : entries)
                std::printf("%6lld %s %-14s device %-36s staff %-36s %s\n", static_cast<long long>(e.seq),
                    dateTimeOfMs(e.atMs).c_str(), e.event.c_str(), e.deviceId.c_str(), e.staffId.c_str(),
                    e.detail.c_str());
            FN_TRY_ASSIGN(const AuditCheck check, office.audit().verify(*earlier));
            std::printf("%lld entries, head %s; %s\n", static_cast<long long>(check.entries), check.head.c_str(),
                check.firstBroken == 0 ? "the chain is intact"
                                       : ("the chain is BROKEN at entry " + std::to_string(check.firstBroken)).c_str());
            if (!earlier->empty()) {
                FN_TRY_ASSIGN(const std::string said, checkEarlierHead(check, *earlier));
                std::printf("%s\n", said.c_str());
            }
            if (check.firstBroken != 0)
                return fail(ErrorCode::Corrupt, "The audit log has been altered. Keep this store for investigation.");
            return {};
        });
    }
}

} // namespace fieldnotes::office

int main(int argc, char** argv)
{
    using namespace fieldnotes;
    cli::hardenOrWarn("fieldnotes-office");
    if (sodium_init() < 0) {
        std::fprintf(stderr, "fieldnotes-office: the crypto library could not start\n");
        return 1;
    }
    CLI::App app { "fieldnotes-office: the office server for fieldnotes tablets", "fieldnotes-office" };
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Help for every command");
    cli::Context context;
    context.takeSecretsFromEnvironment();
    core::Status failure;
    cli::reportFailuresTo(failure);
    office::registerCommands(app, context);
    cli::addCommandListing(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return cli::exitOnParseError(app, e);
    }
    if (!failure) {
        std::fprintf(stderr, "fieldnotes-office: %s\n", failure.error().describe().c_str());
        return 1;
    }
    return 0;
}
