// The ceiling of one office: a county's worth of teams in one office store, its tablets syncing
// through a working hour compressed into minutes, and a burst of first syncs.
//
//   bench_scale [--quick | --teams N]
//
// Full mode: 50 teams in one office, each the demo caseload's proportions scaled to 100 participants
// (core/demo.h, one generator run per team with its own seed: visits, natural-support entries,
// goals, actions, consents, placements...) spread over 8 specialists, with its lead and mentors; 32
// of each team's mentors have a login. 40 tablets a team, 2,000 in all: each team's first specialist
// and first mentor pair and first-sync for real; the team's other 38 tablets are copies of those two
// synced stores (the same device and user; a copied case file is a case the protocol handles, each
// copy numbering its changes in a generation of its own), because pairing and first-syncing 2,000
// stores on this machine takes longer than the rest of the run. Then:
//   - the hour: each tablet syncs 3 times, at a random moment of each third of the hour, the hour
//     compressed into 5 minutes; before each sync it writes what its user writes (a specialist: a
//     visit note and a changed goal, a different goal on each copy; a mentor: a natural-support
//     entry);
//   - a burst: 200 new tablets, of users spread over the teams' specialists and mentors (their
//     mix), make their first sync at once;
//   - a lead's first sync: the office knows one team (policy.h), so a lead holds every participant
//     of the office in the team view and every employer: what 50 teams in one office cost a lead.
//     Cut after 60 s (as a dropped connection is; the next sync resumes), its rate printed.
// --teams N: the full model with N teams. Quick mode (ctest): 2 teams of 50 participants, 40
// tablets (4 synced for real), 20 first syncs at once, a 30 s hour, the lead's sync whole.
//
// The protocol runs in process (the syncharness path: OfficeSession and DeviceSession, every
// message encoded and decoded as on the wire), without TLS and sockets: 2,000 tablets set up and
// synced over loopback TLS would spend the run on handshakes and client threads of tablets that
// are, in the field, other machines. The office's work is serialised as fieldnotes-office's single
// store thread serialises it (transport.h): one lock, the office's writer, around every call into
// the office; the time it is held is the office's own work. Tablets run on worker threads beside it
// and share the process's CPU and disk: the figures say which part is whose.
//
// Printed per phase: syncs/s, records/s, p50/p95/p99 sync time, the writer's share of the wall
// time, the process's CPU and each core's, disk bytes written, peak resident memory; the office
// store's size on disk; and where one machine runs out. The run fails only on a real error: a sync
// that fails or leaves a change unapplied, refused or in conflict, or a tablet whose canonical dump
// differs from the office's view for its user (checked on a sample after a quiet catch-up sync).
// A missed budget is reported, never failed.
#include "benchstats.h"
#include "demo.h"
#include "dump.h"
#include "storeinternals.h"
#include "syncharness.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <sys/resource.h>
#include <thread>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

using SteadyClock = std::chrono::steady_clock;

double msSince(SteadyClock::time_point t)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t).count();
}

[[noreturn]] void die(const std::string& what)
{
    std::fprintf(stderr, "bench_scale: %s\n", what.c_str());
    std::exit(1);
}

template<class T> T require(Result<T> r, const std::string& what)
{
    if (!r)
        die(what + ": " + r.error().message);
    return std::move(*r);
}

void require(Status st, const std::string& what)
{
    if (!st)
        die(what + ": " + st.error().message);
}

StoreOptions fastStore(const std::string& device)
{
    StoreOptions o;
    o.kdf = KdfCost::minimum();
    o.deviceId = device;
    return o;
}

// ---- What the machine did ---------------------------------------------------------------------

struct CpuTimes {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> cores; // (busy, total) jiffies per core
    std::uint64_t iowait = 0, total = 0;
};

CpuTimes cpuTimes()
{
    CpuTimes t;
    std::ifstream stat("/proc/stat");
    std::string line;
    while (std::getline(stat, line)) {
        if (line.rfind("cpu", 0) != 0)
            break;
        std::istringstream in(line);
        std::string name;
        std::uint64_t user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
        in >> name >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
        const std::uint64_t busy = user + nice + system + irq + softirq + steal;
        const std::uint64_t total = busy + idle + iowait;
        if (name == "cpu") {
            t.iowait = iowait;
            t.total = total;
        } else {
            t.cores.emplace_back(busy, total);
        }
    }
    return t;
}

double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

std::uint64_t ioCounter(const char* name)
{
    std::ifstream io("/proc/self/io");
    std::string key;
    std::uint64_t value = 0;
    while (io >> key >> value)
        if (key == std::string(name) + ":")
            return value;
    return 0;
}

void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double memoryMiB(const char* field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(std::string(field).size())) / 1024.0;
    return 0;
}

double sizeMiB(const std::filesystem::path& dir)
{
    std::uintmax_t bytes = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            bytes += e.file_size();
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

// The office's single writer: every call into the office holds it, as fieldnotes-office runs all
// store work on one thread. Counts the time it is held and the time callers wait for it.
class Writer {
public:
    template<class F> auto run(F&& work)
    {
        const auto asked = SteadyClock::now();
        const std::lock_guard lock(m_mutex);
        const auto got = SteadyClock::now();
        auto result = work();
        const auto done = SteadyClock::now();
        m_waitNs += std::chrono::duration_cast<std::chrono::nanoseconds>(got - asked).count();
        m_heldNs += std::chrono::duration_cast<std::chrono::nanoseconds>(done - got).count();
        return result;
    }
    double heldMs() const { return static_cast<double>(m_heldNs) / 1e6; }
    double waitMs() const { return static_cast<double>(m_waitNs) / 1e6; }

private:
    std::mutex m_mutex;
    std::atomic<std::int64_t> m_heldNs { 0 }, m_waitNs { 0 };
};

// A phase's use of the machine, between two snapshots.
struct Usage {
    SteadyClock::time_point started = SteadyClock::now();
    CpuTimes cpu = cpuTimes();
    double processCpu = processCpuSeconds();
    std::uint64_t written = ioCounter("write_bytes");
    double held = 0;
};

Usage startUsage(const Writer& writer)
{
    resetPeakMemory();
    Usage u;
    u.held = writer.heldMs();
    return u;
}

struct PhaseFigures {
    double wallS = 0, writerShare = 0, processCores = 0, iowaitShare = 0, writtenMiB = 0, peakMiB = 0;
    std::vector<double> coreBusy;
};

PhaseFigures finish(const Usage& u, const Writer& writer)
{
    PhaseFigures f;
    f.wallS = msSince(u.started) / 1000.0;
    const CpuTimes now = cpuTimes();
    for (std::size_t i = 0; i < now.cores.size() && i < u.cpu.cores.size(); ++i) {
        const double busy = static_cast<double>(now.cores[i].first - u.cpu.cores[i].first);
        const double total = static_cast<double>(now.cores[i].second - u.cpu.cores[i].second);
        f.coreBusy.push_back(total > 0 ? busy / total : 0);
    }
    f.iowaitShare = now.total > u.cpu.total
        ? static_cast<double>(now.iowait - u.cpu.iowait) / static_cast<double>(now.total - u.cpu.total)
        : 0;
    f.processCores = (processCpuSeconds() - u.processCpu) / std::max(1e-9, f.wallS);
    f.writerShare = (writer.heldMs() - u.held) / 1000.0 / std::max(1e-9, f.wallS);
    f.writtenMiB = static_cast<double>(ioCounter("write_bytes") - u.written) / (1024.0 * 1024.0);
    f.peakMiB = memoryMiB("VmHWM:");
    return f;
}

void printUsage(const PhaseFigures& f)
{
    std::string cores;
    for (double c : f.coreBusy)
        cores += (cores.empty() ? "" : " / ") + std::to_string(static_cast<int>(c * 100 + 0.5)) + "%";
    std::printf("  wall %.1f s; office writer held %.0f%% of it (one writer: 100%% is its ceiling); process CPU %.2f "
                "cores; machine per core %s busy, iowait %.0f%%\n",
        f.wallS, f.writerShare * 100, f.processCores, cores.c_str(), f.iowaitShare * 100);
    std::printf("  disk written %.0f MiB (%.1f MiB/s, office and tablet stores); peak resident memory %.0f MiB\n",
        f.writtenMiB, f.writtenMiB / std::max(1e-9, f.wallS), f.peakMiB);
    std::fflush(stdout);
}

// ---- Tablets -------------------------------------------------------------------------------------

struct Tablet {
    Id staff;
    StaffRole role = StaffRole::Specialist;
    int team = 0;
    std::filesystem::path dir;
    std::string device;
    CertificateIdentity certificate;
    Tablet* copyOf = nullptr; // a copy of this synced tablet's store (the same device and user), or null
    int slot = 0; // which of its user's participants a copy edits, so that copies never cross edits
    std::mutex busy; // one sync at a time per tablet
};

struct SyncOutcome {
    Status status;
    SyncReport report;
    double ms = 0, officeMs = 0;
    bool cut = false; // stopped at the deadline, as a dropped connection stops (the next sync resumes)
};

// One sync of `tablet` with the office over the in-memory link (syncharness.cpp's, without faults),
// every call into the office holding the writer.
SyncOutcome syncOnce(
    Writer& writer, Office& office, Store& tablet, const CertificateIdentity& certificate, double deadlineMs = 0)
{
    SyncOutcome out;
    const auto started = SteadyClock::now();
    double officeMs = 0;
    auto timedOffice = [&](auto&& call) {
        return writer.run([&] {
            const auto t0 = SteadyClock::now();
            auto r = call();
            officeMs += msSince(t0);
            return r;
        });
    };
    OfficeSession officeSide(office, certificate);
    DeviceSession tabletSide(tablet);
    auto first = tabletSide.start();
    if (!first) {
        out.status = fail(first.error());
        return out;
    }
    std::optional<wire::ClientMessage> outgoing = std::move(*first);
    auto failWith = [&](const Error& e) {
        out.status = fail(e);
        out.ms = msSince(started);
        return out;
    };
    while (outgoing) {
        auto bytes = encode(*outgoing);
        if (!bytes)
            return failWith(bytes.error());
        auto decoded = decodeClientMessage(*bytes);
        if (!decoded)
            return failWith(decoded.error());
        auto reply = timedOffice([&] { return officeSide.handle(*decoded); });
        outgoing.reset();
        std::optional<Error> failed;
        auto deliver = [&](const wire::ServerMessage& m) {
            auto encoded = encode(m);
            if (!encoded) {
                failed = encoded.error();
                return false;
            }
            auto in = decodeServerMessage(*encoded);
            if (!in) {
                failed = in.error();
                return false;
            }
            auto answer = tabletSide.receive(*in);
            if (!answer) {
                failed = answer.error();
                return false;
            }
            if (*answer)
                outgoing = std::move(*answer);
            return true;
        };
        for (const auto& m : reply.messages)
            if (!deliver(m))
                return failWith(*failed);
        if (reply.streaming) {
            for (;;) {
                auto next = timedOffice([&] { return officeSide.next(); });
                if (!next)
                    return failWith(next.error());
                if (!*next)
                    break;
                if (!deliver(**next))
                    return failWith(*failed);
                if (deadlineMs > 0 && msSince(started) > deadlineMs) {
                    out.cut = true;
                    out.ms = msSince(started);
                    out.officeMs = officeMs;
                    out.report = tabletSide.report();
                    return out;
                }
            }
        }
        if (reply.close || tabletSide.finished()) {
            if (outgoing && tabletSide.finished() && !reply.close) {
                if (auto byeBytes = encode(*outgoing))
                    if (auto bye = decodeClientMessage(*byeBytes))
                        (void)timedOffice([&] { return officeSide.handle(*bye); });
            }
            break;
        }
    }
    out.ms = msSince(started);
    out.officeMs = officeMs;
    out.report = tabletSide.report();
    if (!tabletSide.finished())
        out.status = fail(ErrorCode::Protocol, "the conversation ended before the sync finished");
    return out;
}

std::unique_ptr<Store> openTablet(const Tablet& t)
{
    return require(Store::open(t.dir, test::passphrase, fastStore(t.device)), "open a tablet store");
}

// A tablet store in its own folder, paired with the office (in memory) for `staff`.
void pairTablet(Writer& writer, Office& office, Tablet& t)
{
    require(Store::create(t.dir, test::passphrase, fastStore(t.device)), "create a tablet store");
    auto store = openTablet(t);
    const std::string bundle = writer.run([&] {
        return require(OfficeAdmin(office).enroll(t.staff, t.role, std::chrono::hours(2)), "enrol a tablet").bundle;
    });
    require(writer.run([&] { return test::pairInMemory(office, *store, bundle); }), "pair a tablet");
    t.certificate = test::certificateOf(*store);
}

// The edits a tablet's user makes before a sync; the number of changes it made.
Result<int> writeEdits(Store& s, int round, int slot)
{
    if (s.role() == StaffRole::Mentor) {
        FN_TRY_ASSIGN(auto assignments, StoreInternals::select<MentorAssignment>(s, "to_on IS NULL", {}, "id LIMIT 1"));
        if (assignments.empty())
            return fail(ErrorCode::NotFound, "a mentor's tablet holds no assignment to write about");
        NaturalSupportEntry e;
        e.participantId = assignments.front().participantId;
        e.mentorId = assignments.front().mentorId;
        e.authorId = s.staffId();
        e.occurredOn = s.today();
        e.minutes = 15;
        e.kind = SupportKind::TaskTraining;
        e.situation = "Gikk gjennom rutinene for varemottak.";
        e.handledWell = "Spurte når noe var uklart.";
        FN_TRY(s.append(e).map([](const Id&) {}));
        return 1;
    }
    FN_TRY_ASSIGN(auto mine,
        StoreInternals::select<Participant>(
            s, "specialist_id = ? AND status <> 'discharged'", { Value(s.staffId()) }, "id LIMIT 1"));
    // The changed field: one of the user's goals, a different one on each copy of the tablet.
    FN_TRY_ASSIGN(auto goals,
        StoreInternals::select<Goal>(s, "participant_id IN (SELECT id FROM participants WHERE specialist_id = ?)",
            { Value(s.staffId()) }, "id"));
    if (mine.empty() || goals.size() <= static_cast<std::size_t>(slot))
        return fail(ErrorCode::NotFound, "a specialist's tablet holds too few participants and goals to write about");
    Visit v;
    v.participantId = mine.front().id;
    v.authorId = s.staffId();
    v.contactType = ContactType::WorkplaceFollowUp;
    v.occurredOn = s.today();
    v.note = "Kort besøk på arbeidsplassen; avtalte ny arbeidstid med leder.";
    FN_TRY(s.append(v).map([](const Id&) {}));
    Goal g = goals[static_cast<std::size_t>(slot)];
    g.text = "Delmål: møte presis " + std::to_string(round + 3) + " dager i uka";
    FN_TRY(s.update(g));
    return 2;
}

// The tablet holds exactly what the office shows its user (canonical dumps, core/dump.h).
void verifyAgrees(Office& office, Tablet& t, const char* when)
{
    auto store = openTablet(t);
    const std::string expected = sha256Hex(require(test::officeViewFor(office, t.staff), "the office's view"));
    const std::string held = sha256Hex(require(test::tabletDump(*store), "the tablet's dump"));
    if (held != expected)
        die(std::string(when) + ": a tablet (" + t.device + ") holds other than its user's view (dump digest "
            + held.substr(0, 16) + ", office " + expected.substr(0, 16) + ")");
}

struct Config {
    int teams, participantsPerTeam, specialistsPerTeam, mentorsPerTeam, burst, syncsPerTablet, workers;
    double hourSeconds;
    int verifyEvery; // 0: a few tablets only
    bool copies; // each team's first specialist and mentor synced for real, the team's other tablets copies
    double leadDeadlineMs; // 0: none
};

struct Collected {
    std::mutex mutex;
    std::vector<double> ms, officeMs;
    std::int64_t records = 0; // rows received plus changes sent
    int errors = 0;
    std::string firstError;
    void add(const SyncOutcome& o, int expectedApplied)
    {
        const std::lock_guard lock(mutex);
        std::string error;
        if (!o.status)
            error = o.status.error().message;
        else if (o.report.applied != expectedApplied || o.report.rejected != 0 || o.report.conflicts != 0)
            error = std::to_string(o.report.applied) + " of " + std::to_string(expectedApplied) + " changes applied, "
                + std::to_string(o.report.rejected) + " refused, " + std::to_string(o.report.conflicts) + " in conflict"
                + (o.report.refusals.empty() ? "" : " (" + o.report.refusals.front() + ")");
        if (!error.empty()) {
            ++errors;
            if (firstError.empty())
                firstError = error;
            return;
        }
        ms.push_back(o.ms);
        officeMs.push_back(o.officeMs);
        records += o.report.received + o.report.sent;
    }
};

double mean(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / static_cast<double>(v.size());
}

// First syncs of `tablets`, `parallel` at a time (all of them at once when parallel >= size).
void firstSyncs(Writer& writer, Office& office, std::vector<Tablet*> tablets, std::size_t parallel, Collected& c)
{
    std::atomic<std::size_t> next { 0 };
    std::vector<std::thread> threads;
    for (std::size_t k = 0; k < std::min(parallel, tablets.size()); ++k)
        threads.emplace_back([&] {
            for (std::size_t i = next++; i < tablets.size(); i = next++) {
                auto store = openTablet(*tablets[i]);
                c.add(syncOnce(writer, office, *store, tablets[i]->certificate), 0);
            }
        });
    for (auto& t : threads)
        t.join();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const bool quick = argc == 2 && std::string(argv[1]) == "--quick";
    const bool teamsGiven = argc == 3 && std::string(argv[1]) == "--teams";
    if (argc > 3 || (argc == 2 && !quick) || (argc == 3 && !teamsGiven)) {
        std::fprintf(stderr, "usage: bench_scale [--quick | --teams N]\n");
        return 2;
    }
    Config cfg = quick ? Config { 2, 50, 8, 12, 20, 3, 8, 30.0, 4, true, 0 }
                       : Config { 50, 100, 8, 32, 200, 3, 8, 300.0, 0, true, 60000 };
    if (teamsGiven) { // the full model with fewer (or more) teams in the office
        cfg.teams = std::max(1, std::atoi(argv[2]));
        cfg.burst = std::min(cfg.burst, 4 * cfg.teams);
    }
    rlimit files {};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    const auto benchStarted = SteadyClock::now();
    auto phase = [&](const char* what) {
        std::fprintf(stderr, "bench_scale: %.1f s: %s\n", msSince(benchStarted) / 1000.0, what);
    };

    QTemporaryDir tmp;
    const std::filesystem::path root = tmp.path().toStdString();
    const std::string officeDevice = test::deviceUuid(1);
    require(OfficeAdmin::create(
                root / "office", test::passphrase, { "127.0.0.1:7443", fastStore(officeDevice), KdfCost::minimum() }),
        "create the office");
    auto officeStore
        = require(Store::open(root / "office", test::passphrase, fastStore(officeDevice)), "open the office");
    Office office(*officeStore);
    Writer writer;

    std::printf("bench_scale%s: one office, %d teams of %d participants, %d specialists and %d mentors with a "
                "tablet each; protocol in process (no TLS), office work on one writer; %u hardware threads\n",
        quick ? " (quick)" : "", cfg.teams, cfg.participantsPerTeam, cfg.specialistsPerTeam, cfg.mentorsPerTeam,
        std::thread::hardware_concurrency());
    std::fflush(stdout);

    // 1. The office's caseload: one demo generator run per team, then the team's specialists, its
    //    caseload spread over them, and mentor logins.
    phase("generating the caseload");
    std::vector<std::unique_ptr<Tablet>> fleet;
    std::vector<Id> leads;
    std::vector<std::pair<Id, StaffRole>> roster; // every specialist and mentor with a login
    std::int64_t records = 0;
    int participants = 0, visits = 0, supportEntries = 0, mentorRecords = 0;
    const Usage generation = startUsage(writer);
    for (int team = 0; team < cfg.teams; ++team) {
        DemoOptions options;
        options.seed = 20261123 + static_cast<std::uint64_t>(team) * 7919;
        options.participants = cfg.participantsPerTeam;
        DemoSummary demo;
        require(writer.run([&] {
            return office.write([&]() -> Status {
                FN_TRY_ASSIGN(demo, core::loadDemo(*officeStore, options));
                return {};
            });
        }),
            "generate team " + std::to_string(team));
        records += demo.records;
        participants += demo.participants;
        visits += demo.visits;
        supportEntries += demo.naturalSupportEntries;
        leads.push_back(demo.staff.lead);
        std::vector<Id> specialists { demo.staff.specialist, demo.staff.colleague };
        std::vector<Id> mentorUsers { demo.staff.mentorUser };
        require(writer.run([&] {
            return office.write([&]() -> Status {
                for (int k = static_cast<int>(specialists.size()); k < cfg.specialistsPerTeam; ++k) {
                    FN_TRY_ASSIGN(const Id s,
                        officeStore->create(Staff { {}, "Spesialist " + std::to_string(team) + "-" + std::to_string(k),
                            StaffRole::Specialist }));
                    specialists.push_back(s);
                }
                FN_TRY_ASSIGN(auto caseload,
                    StoreInternals::select<Participant>(
                        *officeStore, "specialist_id = ?", { Value(demo.staff.specialist) }, "id"));
                for (std::size_t i = 0; i < caseload.size(); ++i) {
                    const Id& to = specialists[i % specialists.size()];
                    if (caseload[i].specialistId == to)
                        continue;
                    caseload[i].specialistId = to;
                    FN_TRY(officeStore->update(caseload[i]));
                }
                return {};
            });
        }),
            "spread team " + std::to_string(team) + "'s caseload");
        // Mentor logins, for the team's mentor records (those assigned to its participants).
        require(writer.run([&] {
            return office.write([&]() -> Status {
                std::vector<Value> people;
                std::string marks;
                for (const Id& s : specialists) {
                    people.emplace_back(s);
                    marks += marks.empty() ? "?" : ", ?";
                }
                FN_TRY_ASSIGN(auto mentors,
                    StoreInternals::select<Mentor>(*officeStore,
                        "staff_id IS NULL AND id IN (SELECT mentor_id FROM mentor_assignments WHERE participant_id IN "
                        "(SELECT id FROM participants WHERE specialist_id IN ("
                            + marks + ")))",
                        people, "id"));
                mentorRecords += static_cast<int>(mentors.size()) + 1;
                for (auto& m : mentors) {
                    if (static_cast<int>(mentorUsers.size()) >= cfg.mentorsPerTeam)
                        break;
                    FN_TRY_ASSIGN(const Id s,
                        officeStore->create(
                            Staff { {}, "Fadder " + std::to_string(team) + "-" + std::to_string(mentorUsers.size()),
                                StaffRole::Mentor }));
                    m.staffId = s;
                    FN_TRY(officeStore->update(m));
                    mentorUsers.push_back(s);
                }
                return {};
            });
        }),
            "give team " + std::to_string(team) + "'s mentors a login");
        auto add = [&](const Id& staff, StaffRole role, Tablet* copyOf, int slot) {
            roster.emplace_back(staff, role);
            auto t = std::make_unique<Tablet>();
            t->staff = copyOf ? copyOf->staff : staff;
            t->role = role;
            t->team = team;
            t->device = test::deviceUuid(100000 + static_cast<int>(fleet.size()));
            t->dir = root / ("tablet-" + std::to_string(fleet.size()));
            t->copyOf = copyOf;
            t->slot = slot;
            fleet.push_back(std::move(t));
            return fleet.back().get();
        };
        Tablet* firstSpecialist = nullptr;
        for (std::size_t k = 0; k < specialists.size(); ++k) {
            Tablet* t = add(
                specialists[k], StaffRole::Specialist, cfg.copies ? firstSpecialist : nullptr, static_cast<int>(k));
            firstSpecialist = firstSpecialist ? firstSpecialist : t;
        }
        Tablet* firstMentor = nullptr;
        for (std::size_t k = 0; k < mentorUsers.size(); ++k) {
            Tablet* t = add(mentorUsers[k], StaffRole::Mentor, cfg.copies ? firstMentor : nullptr, static_cast<int>(k));
            firstMentor = firstMentor ? firstMentor : t;
        }
        if (team % 10 == 9)
            phase(("generated " + std::to_string(team + 1) + " teams").c_str());
    }
    const PhaseFigures generated = finish(generation, writer);
    const double officeMiBGenerated = sizeMiB(root / "office");
    std::printf("caseload: %lld records (%d participants, %d visits, %d natural-support entries, %d mentor records) "
                "generated in %.0f s; office store %.0f MiB on disk\n",
        static_cast<long long>(records), participants, visits, supportEntries, mentorRecords, generated.wallS,
        officeMiBGenerated);
    std::fflush(stdout);

    // 2. The fleet: paired, then first-synced for real, two at a time (the machine's cores).
    phase("pairing the fleet");
    const Usage pairing = startUsage(writer);
    for (auto& t : fleet)
        if (!t->copyOf)
            pairTablet(writer, office, *t);
    const PhaseFigures paired = finish(pairing, writer);
    phase("first syncs of the fleet");
    Collected setUp;
    const Usage setUpUsage = startUsage(writer);
    {
        std::vector<Tablet*> all;
        for (auto& t : fleet)
            if (!t->copyOf)
                all.push_back(t.get());
        firstSyncs(writer, office, all, 2, setUp);
    }
    const PhaseFigures setUpFigures = finish(setUpUsage, writer);
    const auto copying = SteadyClock::now();
    std::size_t copied = 0;
    for (auto& t : fleet)
        if (t->copyOf) {
            std::filesystem::copy(t->copyOf->dir, t->dir, std::filesystem::copy_options::recursive);
            t->device = t->copyOf->device;
            t->certificate = t->copyOf->certificate;
            ++copied;
        }
    const double copyS = msSince(copying) / 1000.0;
    if (setUp.errors != 0)
        die("a first sync of the fleet failed: " + setUp.firstError);
    std::printf("fleet: %zu tablets paired in %.0f s, first-synced two at a time in %.0f s (%.0f records a tablet on "
                "average); %zu more are copies of a synced tablet of their team (the same user and device), made in "
                "%.0f s\n",
        fleet.size() - copied, paired.wallS, setUpFigures.wallS,
        static_cast<double>(setUp.records) / static_cast<double>(std::max<std::size_t>(1, setUp.ms.size())), copied,
        copyS);
    bench::printRow("first sync of a fleet tablet, two at a time", setUp.ms);
    std::fflush(stdout);

    // 3. The hour: each tablet syncs syncsPerTablet times, once at a random moment of each of its
    //    slices of the (compressed) hour, after its user's edits.
    phase("the hour");
    struct Event {
        double at; // seconds into the compressed hour
        Tablet* tablet;
        int round;
    };
    std::vector<Event> events;
    {
        std::mt19937_64 rng(4242);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        const double slice = cfg.hourSeconds / cfg.syncsPerTablet;
        for (auto& t : fleet)
            for (int k = 0; k < cfg.syncsPerTablet; ++k)
                events.push_back({ slice * (k + u(rng)), t.get(), k });
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    }
    Collected hour;
    std::vector<double> lateness; // how long a due sync waited for a free worker
    std::mutex latenessMutex;
    const Usage hourUsage = startUsage(writer);
    {
        std::atomic<std::size_t> next { 0 };
        const auto hourStarted = SteadyClock::now();
        std::vector<std::thread> workers;
        for (int w = 0; w < cfg.workers; ++w)
            workers.emplace_back([&] {
                for (std::size_t i = next++; i < events.size(); i = next++) {
                    const Event& e = events[i];
                    const auto due = hourStarted
                        + std::chrono::duration_cast<SteadyClock::duration>(std::chrono::duration<double>(e.at));
                    std::this_thread::sleep_until(due);
                    {
                        const std::lock_guard lock(latenessMutex);
                        lateness.push_back(std::max(0.0, msSince(due)));
                    }
                    const std::lock_guard busy(e.tablet->busy);
                    auto store = openTablet(*e.tablet);
                    auto edits = writeEdits(*store, e.round, e.tablet->slot);
                    if (!edits) {
                        SyncOutcome o;
                        o.status = fail(edits.error());
                        hour.add(o, 0);
                        continue;
                    }
                    hour.add(syncOnce(writer, office, *store, e.tablet->certificate), *edits);
                    if ((i + 1) % std::max<std::size_t>(1, events.size() / 10) == 0) {
                        const std::lock_guard lock(hour.mutex);
                        std::fprintf(stderr,
                            "bench_scale: %.1f s: %zu of %zu syncs due by %.0f s, %.0f s into the hour; "
                            "office work p50 %.1f ms\n",
                            msSince(benchStarted) / 1000.0, i + 1, events.size(), e.at, msSince(hourStarted) / 1000.0,
                            bench::percentile(hour.officeMs, 50));
                    }
                }
            });
        for (auto& w : workers)
            w.join();
    }
    const PhaseFigures hourFigures = finish(hourUsage, writer);

    // 4. The burst: new tablets of as many specialists (then mentors) make their first sync at once.
    phase("the burst of first syncs");
    std::vector<std::unique_ptr<Tablet>> burst;
    {
        // Users spread over the roster, so the burst has its mix of specialists and mentors.
        for (int i = 0; i < cfg.burst; ++i) {
            const auto& [staff, role]
                = roster[static_cast<std::size_t>(i) * roster.size() / static_cast<std::size_t>(cfg.burst)];
            auto t = std::make_unique<Tablet>();
            t->staff = staff;
            t->role = role;
            t->device = test::deviceUuid(500000 + i);
            t->dir = root / ("burst-" + std::to_string(i));
            pairTablet(writer, office, *t);
            burst.push_back(std::move(t));
        }
    }
    Collected burstSyncs;
    const Usage burstUsage = startUsage(writer);
    {
        std::vector<Tablet*> all;
        for (auto& t : burst)
            all.push_back(t.get());
        firstSyncs(writer, office, all, all.size(), burstSyncs);
    }
    const PhaseFigures burstFigures = finish(burstUsage, writer);

    // 5. A lead's first sync: the team view of every participant in the office.
    phase("a lead's first sync");
    Collected leadSync;
    Tablet lead;
    lead.staff = leads.front();
    lead.role = StaffRole::Lead;
    lead.device = test::deviceUuid(900000);
    lead.dir = root / "lead";
    pairTablet(writer, office, lead);
    // What the lead's view spans at the office: the team-view tables of every participant, and every
    // employer with its contacts, workplaces and tasks (policy.h).
    std::int64_t leadRows = 0;
    {
        auto* st
            = require(StoreInternals::db(*officeStore)
                          .prepare("SELECT (SELECT count(*) FROM participants) + (SELECT count(*) FROM visits) + "
                                   "(SELECT count(*) FROM placements) + (SELECT count(*) FROM follow_up_meetings) "
                                   "+ (SELECT count(*) FROM case_reviews) + (SELECT count(*) FROM employers) + "
                                   "(SELECT count(*) FROM employer_contacts) + (SELECT count(*) FROM workplaces) + "
                                   "(SELECT count(*) FROM workplace_tasks)"),
                "count the lead's view");
        if (require(st->step(), "count the lead's view"))
            leadRows = st->integer(0);
        st->reset();
    }
    const Usage leadUsage = startUsage(writer);
    SyncOutcome leadOutcome;
    {
        auto store = openTablet(lead);
        leadOutcome = syncOnce(writer, office, *store, lead.certificate, cfg.leadDeadlineMs);
        leadSync.add(leadOutcome, 0);
    }
    const PhaseFigures leadFigures = finish(leadUsage, writer);
    const double officeMiB = sizeMiB(root / "office");

    // 6. What the tablets hold: a sample (every tablet in quick mode's sample of every verifyEvery-th;
    //    a few in full mode, since each check projects the whole office), after a quiet catch-up sync.
    phase("checking the tablets' data");
    int verified = 0;
    if (hour.errors == 0 && burstSyncs.errors == 0 && leadSync.errors == 0) {
        std::vector<Tablet*> sample;
        if (cfg.verifyEvery > 0) {
            for (std::size_t i = 0; i < fleet.size(); i += static_cast<std::size_t>(cfg.verifyEvery))
                sample.push_back(fleet[i].get());
            sample.push_back(burst.front().get());
            sample.push_back(&lead);
        } else {
            sample
                = { fleet[1].get(), fleet[static_cast<std::size_t>(cfg.specialistsPerTeam)].get(), burst.back().get() };
        }
        for (Tablet* t : sample) {
            auto store = openTablet(*t);
            const SyncOutcome o = syncOnce(writer, office, *store, t->certificate);
            if (!o.status)
                die("a catch-up sync failed: " + o.status.error().message);
            store.reset();
            verifyAgrees(office, *t, "after the hour and the burst");
            ++verified;
        }
    }
    phase("figures");

    // ---- Figures ---------------------------------------------------------------------------------
    const double tabletsPerTeam = static_cast<double>(fleet.size()) / cfg.teams;
    std::printf("\nthe hour: %zu tablets, %d syncs each, the hour compressed into %.0f s (%.0fx); %d workers\n",
        fleet.size(), cfg.syncsPerTablet, cfg.hourSeconds, 3600.0 / cfg.hourSeconds, cfg.workers);
    bench::printRow("incremental sync (edits pushed, then pull)", hour.ms);
    bench::printRow("  of which the office's own work (writer held)", hour.officeMs);
    bench::printRow("  start late: waiting for a free worker", lateness);
    const double hourSyncsPerS = static_cast<double>(hour.ms.size()) / hourFigures.wallS;
    std::printf("  %.1f syncs/s offered, %.1f syncs/s done, %.0f records/s; errors %d (budget 0)%s%s\n",
        static_cast<double>(events.size()) / cfg.hourSeconds, hourSyncsPerS,
        static_cast<double>(hour.records) / hourFigures.wallS, hour.errors,
        hour.firstError.empty() ? "" : "; first: ", hour.firstError.c_str());
    std::printf("  budget: incremental sync p50 <= 10 ms (design.md), seen %.1f ms: %s\n",
        bench::percentile(hour.ms, 50), bench::percentile(hour.ms, 50) <= 10 ? "within budget" : "OVER BUDGET");
    printUsage(hourFigures);

    std::printf("\nthe burst: %zu first syncs at once\n", burst.size());
    bench::printRow("first sync (all at once)", burstSyncs.ms);
    bench::printRow("  of which the office's own work (writer held)", burstSyncs.officeMs);
    std::printf("  %.1f syncs/s, %.0f records/s, %.0f records a tablet; errors %d (budget 0)%s%s\n",
        static_cast<double>(burstSyncs.ms.size()) / burstFigures.wallS,
        static_cast<double>(burstSyncs.records) / burstFigures.wallS,
        static_cast<double>(burstSyncs.records) / std::max<double>(1, static_cast<double>(burstSyncs.ms.size())),
        burstSyncs.errors, burstSyncs.firstError.empty() ? "" : "; first: ", burstSyncs.firstError.c_str());
    std::printf("  reference: one first sync of the demo caseload (~10,000 records) <= 250 ms on loopback TLS "
                "(design.md); bench_sync's 200 at once: 0 errors\n");
    printUsage(burstFigures);

    std::printf(
        "\na lead's first sync (the team view of all %d participants, every employer: about %lld rows at the "
        "office): %s after %.0f ms with %d records (%.0f records/s), office's own work %.0f ms; errors %d%s%s\n",
        participants, static_cast<long long>(leadRows), leadOutcome.cut ? "CUT at the deadline" : "done",
        leadOutcome.ms, leadOutcome.report.received,
        leadOutcome.report.received / std::max(1e-9, leadOutcome.ms / 1000.0), leadOutcome.officeMs, leadSync.errors,
        leadSync.firstError.empty() ? "" : ": ", leadSync.firstError.c_str());
    std::printf("  reference: a specialist's first sync in this office, %.0f records (fleet, p50 %.0f ms)\n",
        static_cast<double>(setUp.records) / static_cast<double>(std::max<std::size_t>(1, setUp.ms.size())),
        bench::percentile(setUp.ms, 50));
    printUsage(leadFigures);

    // Where one machine runs out: the writer serves at most 1000 / (its ms a sync) syncs a second;
    // an hour like this one asks tabletsPerTeam x syncsPerTablet syncs a team.
    const double writerMsPerSync = mean(hour.officeMs);
    const double writerCeiling = 1000.0 / std::max(1e-9, writerMsPerSync);
    const double perTeamPerS = tabletsPerTeam * cfg.syncsPerTablet / 3600.0;
    const double processMsPerSync = hourFigures.processCores * hourFigures.wallS * 1000.0
        / std::max<double>(1, static_cast<double>(hour.ms.size()));
    std::printf("\nwhere one machine runs out (measured in the hour, %zu syncs):\n", hour.ms.size());
    std::printf("  the office's writer: %.2f ms held a sync -> at most %.0f syncs/s on its one thread; "
                "held %.0f%% of the compressed hour\n",
        writerMsPerSync, writerCeiling, hourFigures.writerShare * 100);
    std::printf(
        "  CPU: %.2f ms of process CPU a sync (office and tablet sides; the tablets' share is theirs in the "
        "field); machine %.0f%% busy on average over %zu cores\n",
        processMsPerSync,
        [&] {
            double s = 0;
            for (double c : hourFigures.coreBusy)
                s += c;
            return hourFigures.coreBusy.empty() ? 0.0 : 100 * s / static_cast<double>(hourFigures.coreBusy.size());
        }(),
        hourFigures.coreBusy.size());
    std::printf("  disk: %.1f MiB/s written during the hour, %.0f KiB a sync; iowait %.0f%%\n",
        hourFigures.writtenMiB / hourFigures.wallS,
        hourFigures.writtenMiB * 1024.0 / std::max<double>(1, static_cast<double>(hour.ms.size())),
        hourFigures.iowaitShare * 100);
    std::printf("  an hour like this asks %.3f syncs/s a team (%.0f tablets x %d syncs): the writer alone would "
                "serve %.0f teams; this run served %d teams at %.0fx the hour's rate\n",
        perTeamPerS, tabletsPerTeam, cfg.syncsPerTablet, writerCeiling / perTeamPerS, cfg.teams,
        3600.0 / cfg.hourSeconds);
    std::printf("office store: %.0f MiB on disk after the run (%.0f MiB after generation); office writer held %.0f s "
                "in all\n",
        officeMiB, officeMiBGenerated, writer.heldMs() / 1000.0);
    std::printf("data: %d tablets agree with the office's view for their user (canonical dump digests, after a "
                "catch-up sync)\n",
        verified);
    std::printf("  budget: office, concurrent tablets on 2 cores: >= 2,000 incremental syncs, 0 errors (design.md): "
                "%zu syncs, %d errors: %s\n",
        hour.ms.size(), hour.errors + burstSyncs.errors,
        hour.errors + burstSyncs.errors != 0 ? "OVER BUDGET"
            : quick                          ? "no errors (the count is the full mode's)"
            : hour.ms.size() >= 2000         ? "within budget"
                                             : "OVER BUDGET");
    std::printf("total run %.0f s\n", msSince(benchStarted) / 1000.0);
    if (hour.errors != 0 || burstSyncs.errors != 0 || leadSync.errors != 0)
        die("syncs failed: " + (hour.firstError.empty() ? burstSyncs.firstError : hour.firstError));
    return 0;
}
