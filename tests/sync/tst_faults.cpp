// Sync under process faults, with the real programs. The office server (fieldnotes-office serve) is
// killed with SIGKILL while a tablet pushes thousands of visits, at moments chosen from the
// tablet's own progress (between two batches, or a random part of a batch's round trip later),
// restarted, and synced with again: every visit reaches the office exactly once, the tablet's
// outbox empties, and the tablet, a second tablet of the same user and the office's view of that
// user all agree. Then fieldnotes-cli sync is killed while it receives the demo caseload, and
// synced again: its store opens and passes its integrity checks after every kill, and ends the
// same as a tablet whose sync was never interrupted. Invented people and records only.
#include "dump.h"
#include "storeinternals.h"
#include "syncharness.h"
#include "transport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <boost/asio.hpp>
#include <sodium.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <random>
#include <set>
#include <sys/resource.h>
#include <thread>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

using SteadyClock = std::chrono::steady_clock;

Result<std::int64_t> scalar(Store& store, const std::string& sql)
{
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare(sql));
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t n = row ? st->integer(0) : -1;
    st->reset();
    return n;
}

// SQLite's and FTS5's integrity checks: what is wrong, or "" if nothing is.
QString integrityProblem(Store& store)
{
    auto st = core::StoreInternals::db(store).prepare("PRAGMA integrity_check");
    if (!st)
        return QString::fromStdString(st.error().message);
    auto row = (*st)->step();
    const std::string verdict = row && *row ? (*st)->text(0) : std::string("no answer");
    (*st)->reset();
    if (verdict != "ok")
        return QString::fromStdString("integrity_check: " + verdict);
    if (auto fts
        = core::StoreInternals::db(store).exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
        !fts)
        return QString::fromStdString("search index: " + fts.error().message);
    return {};
}

// fieldnotes-office serve on a loopback port, its log (stderr) kept for failure messages.
class OfficeProcess {
public:
    explicit OfficeProcess(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }
    ~OfficeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Starts serving on `port` (0: a free one) and waits until it listens; "" or what went wrong.
    QString start(std::uint16_t port)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FIELDNOTES_PASSPHRASE", test::passphrase);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_log.clear();
        m_process.start(FIELDNOTES_OFFICE_BIN,
            { "serve", "--data-dir", m_dataDir, "--listen", "127.0.0.1:" + QString::number(port) });
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        static const QRegularExpression listening("listening on 127\\.0\\.0\\.1:(\\d+)");
        for (;;) {
            const auto match = listening.match(QString::fromUtf8(m_log));
            if (match.hasMatch()) {
                m_port = static_cast<std::uint16_t>(match.captured(1).toUInt());
                m_pid = static_cast<pid_t>(m_process.processId());
                return {};
            }
            if (!m_process.waitForReadyRead(30000))
                return "the office server did not start listening: " + QString::fromUtf8(m_log);
            m_log += m_process.readAll();
        }
    }
    // Starts the server with this limit of open files (soft, hard), as a service manager or a
    // shell's ulimit would leave it.
    void limitOpenFiles(rlim_t soft, rlim_t hard)
    {
        m_process.setChildProcessModifier([soft, hard] {
            const rlimit limit { soft, hard };
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    // SIGKILL, unless it is dead already (killed from another thread through pid()).
    bool kill()
    {
        m_process.kill();
        return m_process.waitForFinished(30000) && m_process.exitStatus() == QProcess::CrashExit;
    }
    // SIGTERM: the server's own clean shutdown.
    bool stop()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(30000);
        m_log += m_process.readAll();
        return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    // Reads what the server logged for up to `ms` milliseconds.
    void pump(int ms)
    {
        if (m_process.waitForReadyRead(ms))
            m_log += m_process.readAll();
    }
    pid_t pid() const { return m_pid; }
    std::uint16_t port() const { return m_port; }
    QByteArray log() { return m_log += m_process.readAll(); }
    ClientOptions client() const
    {
        ClientOptions o;
        o.addressOverride = "127.0.0.1:" + std::to_string(m_port);
        o.connectTimeout = std::chrono::seconds(10);
        o.idleTimeout = std::chrono::seconds(20);
        return o;
    }

private:
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_log;
    std::uint16_t m_port = 0;
    pid_t m_pid = 0;
};

// An office store made in-process (libsodium's cheapest KDF), as fieldnotes-office init makes it.
struct OfficeFolder {
    QTemporaryDir dir;
    std::filesystem::path path() const { return dir.path().toStdString(); }
    Result<std::unique_ptr<Store>> open() const { return Store::open(path(), test::passphrase); }
};

Status createOffice(const OfficeFolder& folder)
{
    OfficeSetup setup;
    setup.store.kdf = KdfCost::minimum();
    setup.minimumKdf = KdfCost::minimum(); // tests open offices often; the real floor is tested in tst_cli
    return OfficeAdmin::create(folder.path(), test::passphrase, setup);
}

Visit inventedVisit(int n, const Id& participant, const Id& employer, const Id& author)
{
    Visit v;
    v.participantId = participant;
    if (n % 3 == 0)
        v.employerId = employer;
    v.authorId = author;
    v.contactType = allOf<ContactType>()[static_cast<std::size_t>(n) % allOf<ContactType>().size()];
    v.occurredOn = addDays(*parseDate("2025-01-06"), n % 400);
    v.durationMin = 15 + n % 90;
    v.place = "Lageret, port " + std::to_string(n % 9);
    v.attendees = { Attendee::Participant };
    v.purpose = "Oppfølging " + std::to_string(n);
    v.obsTask = "Plukket ordre i riktig rekkefølge.";
    v.note = "Feilbesøk " + std::to_string(n) + ": rolig dag, god kontakt med kollegaene.";
    return v;
}

// Runs fieldnotes-cli or fieldnotes-office to the end: its exit code and what it printed.
std::pair<int, QByteArray> run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("FIELDNOTES_PASSPHRASE", test::passphrase);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return { -1, "did not finish: " + p.readAll() };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll() };
}

// FIELDNOTES_FAULT_ROUNDS=n runs n server kills instead of 6 (more for a soak, fewer under valgrind).
int roundsWanted()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("FIELDNOTES_FAULT_ROUNDS");
    return fromEnvironment > 0 ? fromEnvironment : 6;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void serverKilledMidPushLosesAndRepeatsNothing()
    {
        OfficeFolder officeFolder;
        FN_VERIFY_OK(createOffice(officeFolder));
        Id specialist, participant, employer;
        PairingBundle bundleA, bundleB;
        {
            FN_REQUIRE(auto store, officeFolder.open());
            Office office(*store);
            FN_VERIFY_OK(office.write([&]() -> Status {
                FN_TRY_ASSIGN(specialist, store->create(Staff { {}, "Ingrid Lunde", StaffRole::Specialist }));
                Participant p;
                p.displayName = "Sander Vikhovd";
                p.specialistId = specialist;
                p.status = ParticipantStatus::InWork;
                FN_TRY_ASSIGN(participant, store->create(p));
                Employer e;
                e.name = "Prøvelageret AS";
                e.ownerId = specialist; // so the tablet holds it, and its visits may name it
                FN_TRY_ASSIGN(employer, store->create(e));
                return {};
            }));
            for (PairingBundle* b : { &bundleA, &bundleB }) {
                FN_REQUIRE(const Enrolment e,
                    OfficeAdmin(office).enroll(specialist, StaffRole::Specialist, std::chrono::hours(1)));
                FN_REQUIRE(*b, parseBundle(e.bundle));
            }
        }

        OfficeProcess server(officeFolder.dir.path());
        QString problem = server.start(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const std::uint16_t port = server.port();
        test::TempStore tablet(test::deviceUuid(401), 40100);
        FN_VERIFY_OK(pairNow(*tablet, bundleA, "tablet A", server.client()));
        FN_VERIFY_OK(syncNow(*tablet, {}, server.client())); // takes the participant

        // Each round writes visits enough for several batches, starts a sync, and kills the server
        // at a moment chosen from the tablet's progress: one round in four from inside the progress
        // callback just before a batch goes out (the server idle between two batches), the others
        // a random part of one batch's round trip after a batch went out (the server reading,
        // applying or committing it, or its answer on the way back).
        const int rounds = roundsWanted();
        constexpr int visitsPerRound = 3 * DeviceSession::changesPerBatch;
        std::mt19937 rng(20261124);
        std::set<Id> written;
        int interrupted = 0, betweenBatches = 0, committedUnacknowledged = 0;
        for (int round = 0; round < rounds; ++round) {
            FN_VERIFY_OK(tablet->transaction([&]() -> Status {
                for (int i = 0; i < visitsPerRound; ++i) {
                    FN_TRY_ASSIGN(const Id id,
                        tablet->append(inventedVisit(round * visitsPerRound + i, participant, employer, specialist)));
                    written.insert(id);
                }
                return {};
            }));
            const bool killBetween = rng() % 4 == 0;
            const int killAtBatch = 2 + static_cast<int>(rng() % 2); // at least one batch timed before it
            const double partOfBatch = std::uniform_real_distribution<double>(0.0, 1.5)(rng);
            betweenBatches += killBetween ? 1 : 0;

            std::atomic<int> batches { 0 };
            std::atomic<bool> trigger { false }, finished { false };
            std::atomic<std::int64_t> batchNs { 0 };
            SteadyClock::time_point firstBatch {};
            const pid_t serverPid = server.pid();
            const ProgressCallback progress = [&](const SyncProgress& p) {
                if (p.phase != SyncProgress::Phase::Pushing)
                    return;
                const int n = ++batches;
                if (n == 1)
                    firstBatch = SteadyClock::now();
                if (n != killAtBatch)
                    return;
                batchNs = (SteadyClock::now() - firstBatch).count() / (n - 1);
                if (killBetween)
                    ::kill(serverPid, SIGKILL);
                trigger = true;
            };
            std::optional<Result<SyncReport>> result;
            std::thread syncing([&] {
                result = syncNow(*tablet, progress, server.client());
                finished = true;
            });
            while (!trigger && !finished)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            if (trigger && !killBetween)
                std::this_thread::sleep_for(std::chrono::nanoseconds(static_cast<std::int64_t>(partOfBatch * batchNs)));
            const bool killed = server.kill();
            syncing.join();
            QVERIFY2(killed, "the office server was not killed");
            QVERIFY(result.has_value());
            interrupted += *result ? 0 : 1;

            // A batch the office committed and never acknowledged is sent again by the next sync.
            {
                FN_REQUIRE(auto officeStore, officeFolder.open());
                FN_REQUIRE(const std::int64_t atOffice, scalar(*officeStore, "SELECT count(*) FROM visits"));
                FN_REQUIRE(const std::int64_t waiting, scalar(*tablet, "SELECT count(*) FROM outbox"));
                QVERIFY(atOffice + waiting >= static_cast<std::int64_t>(written.size()));
                committedUnacknowledged += atOffice + waiting > static_cast<std::int64_t>(written.size()) ? 1 : 0;
            }
            problem = server.start(port);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(!server.log().contains("WARNING"), server.log().constData());
            QVERIFY2(integrityProblem(*tablet).isEmpty(), qPrintable(integrityProblem(*tablet)));
        }

        // Sync after the last restart: everything that was waiting goes, once.
        FN_REQUIRE(const SyncReport last, syncNow(*tablet, {}, server.client()));
        QCOMPARE(last.pending, std::int64_t { 0 });
        QCOMPARE(last.rejected, 0);
        QCOMPARE(last.conflicts, 0);
        FN_REQUIRE(const std::int64_t outbox, scalar(*tablet, "SELECT count(*) FROM outbox"));
        QCOMPARE(outbox, std::int64_t { 0 });

        // A second tablet of the same user syncs fresh; the first takes its device record.
        test::TempStore second(test::deviceUuid(402), 40200);
        FN_VERIFY_OK(pairNow(*second, bundleB, "tablet B", server.client()));
        FN_VERIFY_OK(syncNow(*second, {}, server.client()));
        FN_VERIFY_OK(syncNow(*tablet, {}, server.client()));
        QVERIFY2(server.stop(), server.log().constData());

        FN_REQUIRE(auto officeStore, officeFolder.open());
        QVERIFY2(integrityProblem(*officeStore).isEmpty(), qPrintable(integrityProblem(*officeStore)));
        Office office(*officeStore);
        FN_REQUIRE(const AuditCheck audit, office.audit().verify());
        QCOMPARE(audit.firstBroken, std::int64_t { 0 });
        // Every visit exactly once: by id, and by content (a replay given a new id would show here).
        FN_REQUIRE(const std::int64_t atOffice, scalar(*officeStore, "SELECT count(*) FROM visits"));
        FN_REQUIRE(const std::int64_t distinctNotes, scalar(*officeStore, "SELECT count(DISTINCT note) FROM visits"));
        QCOMPARE(atOffice, static_cast<std::int64_t>(written.size()));
        QCOMPARE(distinctNotes, static_cast<std::int64_t>(written.size()));
        {
            FN_REQUIRE(Statement * ids, core::StoreInternals::db(*officeStore).prepare("SELECT id FROM visits"));
            std::set<Id> held;
            for (;;) {
                FN_REQUIRE(const bool row, ids->step());
                if (!row)
                    break;
                held.insert(ids->text(0));
            }
            ids->reset();
            QVERIFY(held == written);
        }

        FN_REQUIRE(const std::string tabletView, dumpCanonical(*tablet));
        FN_REQUIRE(const std::string secondView, dumpCanonical(*second));
        FN_REQUIRE(const std::string officeView, test::officeViewFor(office, specialist));
        QCOMPARE(sha256Hex(tabletView), sha256Hex(secondView));
        QCOMPARE(sha256Hex(tabletView), sha256Hex(officeView));

        qInfo("%d rounds of %d visits, the server killed in each (%d between two batches, the others in a batch's "
              "round trip); %d syncs cut off; %d kills fell after the office committed a batch and before the tablet "
              "heard so; the last sync sent %d changes again that the office had already",
            rounds, visitsPerRound, betweenBatches, interrupted, committedUnacknowledged, last.duplicates);
        QVERIFY(interrupted >= betweenBatches);
    }

    // fieldnotes-cli sync on a freshly paired tablet, killed while it receives the demo caseload,
    // at a random moment within the first 80% of the time an uninterrupted pull of the same data took, then run
    // again until it completes.
    void clientKilledMidPullResumesAndDuplicatesNothing()
    {
        OfficeFolder officeFolder;
        FN_VERIFY_OK(createOffice(officeFolder));
        {
            FN_REQUIRE(auto store, officeFolder.open());
            Office office(*store);
            FN_VERIFY_OK(OfficeAdmin(office).loadDemo({}));
        }
        OfficeProcess server(officeFolder.dir.path());
        const QString problem = server.start(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const std::string address = "127.0.0.1:" + std::to_string(server.port());

        // Both tablets are paired before either syncs, so each sees the other's device record.
        Id specialist;
        PairingBundle bundleReference, bundleKilled;
        {
            FN_REQUIRE(auto store, officeFolder.open());
            Office office(*store);
            FN_REQUIRE(const auto staff, OfficeAdmin(office).staff());
            for (const Staff& s : staff)
                if (s.role == StaffRole::Specialist && specialist.empty())
                    specialist = s.id;
            QVERIFY(!specialist.empty());
            for (PairingBundle* b : { &bundleReference, &bundleKilled }) {
                FN_REQUIRE(const Enrolment e,
                    OfficeAdmin(office).enroll(specialist, StaffRole::Specialist, std::chrono::hours(1), address));
                FN_REQUIRE(*b, parseBundle(e.bundle));
            }
        }
        test::TempStore reference(test::deviceUuid(501), 50100);
        FN_VERIFY_OK(pairNow(*reference, bundleReference, "reference"));
        test::TempStore killed(test::deviceUuid(502), 50200);
        FN_VERIFY_OK(pairNow(*killed, bundleKilled, "killed"));
        killed.close();

        SteadyClock::time_point pullStarted {}, pullEnded {};
        FN_REQUIRE(const SyncReport whole, syncNow(*reference, [&](const SyncProgress& p) {
            if (p.phase == SyncProgress::Phase::Pulling && pullStarted == SteadyClock::time_point {})
                pullStarted = SteadyClock::now();
            if (p.phase == SyncProgress::Phase::Finished)
                pullEnded = SteadyClock::now();
        }));
        QVERIFY(whole.received > 0);
        const auto pullNs = (pullEnded - pullStarted).count();

        std::mt19937 rng(20261125);
        int kills = 0, completedByItself = 0;
        auto runCli = [&](bool killWhileReceiving, QByteArray& output) -> QString {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("FIELDNOTES_PASSPHRASE", test::passphrase);
            cli.setProcessEnvironment(env);
            cli.setProcessChannelMode(QProcess::MergedChannels);
            cli.start(FIELDNOTES_CLI_BIN, { "sync", "--data-dir", QString::fromStdString(killed.dir().string()) });
            if (!cli.waitForStarted(10000))
                return cli.errorString();
            if (killWhileReceiving) {
                while (!output.contains("receiving")) {
                    if (!cli.waitForReadyRead(30000))
                        return "no progress from fieldnotes-cli sync: " + QString::fromUtf8(output);
                    output += cli.readAll();
                }
                // A random moment of the pull, measured by the pull that was not interrupted.
                const auto waitMs = static_cast<int>(
                    std::uniform_real_distribution<double>(0.0, 0.8)(rng) * static_cast<double>(pullNs) / 1e6);
                if (!cli.waitForFinished(std::max(1, waitMs))) {
                    cli.kill();
                    if (!cli.waitForFinished(30000) || cli.exitStatus() != QProcess::CrashExit)
                        return "fieldnotes-cli was not killed";
                    ++kills;
                    output += cli.readAll();
                    return {};
                }
                ++completedByItself;
            }
            // A whole first pull takes seconds; minutes on a machine busy with a build beside it.
            // waitForFinished() answers false for a process that has already finished, which is
            // what a pull that ended inside the random wait above has done.
            if (cli.state() != QProcess::NotRunning && !cli.waitForFinished(300000))
                return "fieldnotes-cli sync did not finish in 5 minutes";
            output += cli.readAll();
            if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
                return "fieldnotes-cli sync failed: " + QString::fromUtf8(output);
            return {};
        };

        constexpr int attempts = 3;
        for (int i = 0; i < attempts; ++i) {
            QByteArray output;
            const QString failure = runCli(true, output);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            // After every kill the store opens, is whole, and has nothing waiting to be sent.
            killed.reopen();
            QVERIFY2(integrityProblem(*killed).isEmpty(), qPrintable(integrityProblem(*killed)));
            FN_REQUIRE(const std::int64_t outbox, scalar(*killed, "SELECT count(*) FROM outbox"));
            QCOMPARE(outbox, std::int64_t { 0 });
            killed.close();
        }
        QByteArray output;
        const QString failure = runCli(false, output);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(output.contains("Changes still waiting: 0."), output.constData());

        FN_VERIFY_OK(syncNow(*reference)); // in case the office changed since its first sync
        QVERIFY2(server.stop(), server.log().constData());
        killed.reopen();
        QVERIFY2(integrityProblem(*killed).isEmpty(), qPrintable(integrityProblem(*killed)));
        FN_REQUIRE(const std::string killedView, dumpCanonical(*killed));
        FN_REQUIRE(const std::string referenceView, dumpCanonical(*reference));
        QCOMPARE(sha256Hex(killedView), sha256Hex(referenceView));
        // Nothing twice: the same rows per table as the reference (the digests say the same rows).
        for (const TableInfo& t : catalogue()) {
            const std::string count = "SELECT count(*) FROM " + std::string(t.name);
            FN_REQUIRE(const std::int64_t here, scalar(*killed, count));
            FN_REQUIRE(const std::int64_t there, scalar(*reference, count));
            QCOMPARE(here, there);
        }
        FN_REQUIRE(const std::int64_t visits, scalar(*killed, "SELECT count(*) FROM visits"));
        QVERIFY(visits > 0);
        qInfo("%lld rows in an uninterrupted first sync (its pull took %lld ms); fieldnotes-cli sync killed %d times "
              "while receiving, %d attempts finished before their moment came",
            static_cast<long long>(whole.received), static_cast<long long>(pullNs / 1000000), kills, completedByItself);
        QVERIFY(kills + completedByItself == attempts);
    }

    // The reproduced lock-out: a script on the office machine opens connections to the port, many
    // more than the server can hold open files for, and keeps them. A tablet on the same address
    // still syncs: the server sheds the oldest connection that has not shown a certificate instead
    // of stalling on "too many open files". The server also raises its own limit of open files to
    // what the system allows.
    void aHostHoldingMoreConnectionsThanOpenFilesDoesNotLockOutTablets()
    {
        OfficeFolder officeFolder;
        FN_VERIFY_OK(createOffice(officeFolder));
        Id specialist;
        PairingBundle bundle;
        {
            FN_REQUIRE(auto store, officeFolder.open());
            Office office(*store);
            FN_VERIFY_OK(office.write([&]() -> Status {
                FN_TRY_ASSIGN(specialist, store->create(Staff { {}, "Ingrid Lunde", StaffRole::Specialist }));
                Participant p;
                p.displayName = "Sander Vikhovd";
                p.specialistId = specialist;
                return store->create(p).map([](const Id&) {});
            }));
            FN_REQUIRE(const Enrolment e,
                OfficeAdmin(office).enroll(specialist, StaffRole::Specialist, std::chrono::hours(1)));
            FN_REQUIRE(bundle, parseBundle(e.bundle));
        }

        {
            // A soft limit below the hard one is raised at start.
            OfficeProcess raised(officeFolder.dir.path());
            raised.limitOpenFiles(64, 2048);
            const QString problem = raised.start(0);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QFile limits(QString("/proc/%1/limits").arg(raised.pid()));
            QVERIFY(limits.open(QIODevice::ReadOnly));
            const QByteArray text = limits.readAll();
            static const QRegularExpression openFiles("Max open files\\s+(\\d+)\\s+(\\d+)");
            const auto match = openFiles.match(QString::fromUtf8(text));
            QVERIFY2(match.hasMatch(), text.constData());
            QCOMPARE(match.captured(1).toInt(), 2048);
            QVERIFY2(raised.stop(), raised.log().constData());
        }

        OfficeProcess server(officeFolder.dir.path());
        server.limitOpenFiles(48, 48);
        const QString problem = server.start(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        test::TempStore tablet(test::deviceUuid(701), 70100);
        FN_VERIFY_OK(pairNow(*tablet, bundle, "tablet", server.client()));

        boost::asio::io_context io;
        const boost::asio::ip::tcp::endpoint office { boost::asio::ip::make_address("127.0.0.1"), server.port() };
        std::vector<boost::asio::ip::tcp::socket> held;
        for (int i = 0; i < 300; ++i) {
            boost::asio::ip::tcp::socket s(io);
            boost::system::error_code ec;
            s.connect(office, ec);
            QVERIFY2(!ec, ec.message().c_str());
            held.push_back(std::move(s));
        }
        QTest::qWait(200); // the server meets its limit of open files

        const auto started = SteadyClock::now();
        // The server's log is read meanwhile, as a service manager's journal reads it.
        std::optional<Result<SyncReport>> result;
        std::atomic<bool> done { false };
        std::thread syncing([&] {
            result = syncNow(*tablet, {}, server.client());
            done = true;
        });
        while (!done)
            server.pump(20);
        syncing.join();
        const Result<SyncReport>& synced = *result;
        QVERIFY2(synced,
            qPrintable(QString::fromStdString(synced ? std::string() : synced.error().message) + "\n"
                + QString::fromUtf8(server.log().right(3000))));
        QVERIFY(synced->received > 0);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - started).count();
        QVERIFY2(server.log().contains("shed"), server.log().constData());
        QVERIFY2(server.stop(), server.log().constData());
        qInfo("a paired tablet synced in %lld ms with 300 connections held from its own address against a server "
              "allowed 48 open files",
            static_cast<long long>(ms));
    }

    // As a support person would see it with the command lines: a tablet holds an unsent visit note
    // about a participant, the office erases the participant while serving, and the tablet syncs
    // twice. Nothing about the person is left on the tablet: fieldnotes-cli refused has nothing to
    // show, and the note is in none of the tablet's tables.
    void anErasureReachesATabletThroughTheCommandLines()
    {
        OfficeFolder officeFolder;
        FN_VERIFY_OK(createOffice(officeFolder));
        Id specialist, participant;
        {
            FN_REQUIRE(auto store, officeFolder.open());
            Office office(*store);
            FN_VERIFY_OK(office.write([&]() -> Status {
                FN_TRY_ASSIGN(specialist, store->create(Staff { {}, "Ingrid Lunde", StaffRole::Specialist }));
                Participant p;
                p.displayName = "Sander Vikhovd";
                p.specialistId = specialist;
                FN_TRY_ASSIGN(participant, store->create(p));
                return {};
            }));
        }
        OfficeProcess server(officeFolder.dir.path());
        const QString problem = server.start(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        PairingBundle bundle;
        {
            FN_REQUIRE(auto store, officeFolder.open());
            Office office(*store);
            FN_REQUIRE(const Enrolment e,
                OfficeAdmin(office).enroll(specialist, StaffRole::Specialist, std::chrono::hours(1),
                    "127.0.0.1:" + std::to_string(server.port())));
            FN_REQUIRE(bundle, parseBundle(e.bundle));
        }
        test::TempStore tablet(test::deviceUuid(601), 60100);
        FN_VERIFY_OK(pairNow(*tablet, bundle, "tablet"));
        tablet.close();
        const QString dir = QString::fromStdString(tablet.dir().string());
        const QString officeDir = officeFolder.dir.path();
        const QString note = QStringLiteral("Kanarifugl-notat 8812: snakket om vaktene.");

        auto [synced, syncOutput] = run(FIELDNOTES_CLI_BIN, { "sync", "--data-dir", dir, "--quiet" });
        QVERIFY2(synced == 0, syncOutput.constData());
        auto [added, addOutput] = run(FIELDNOTES_CLI_BIN,
            { "add-visit", "--data-dir", dir, "--participant", QString::fromStdString(participant), "--note", note });
        QVERIFY2(added == 0, addOutput.constData());
        auto [erased, eraseOutput] = run(FIELDNOTES_OFFICE_BIN,
            { "erase", "--data-dir", officeDir, "--participant", QString::fromStdString(participant), "--confirm" });
        QVERIFY2(erased == 0, eraseOutput.constData());
        for (int i = 0; i < 2; ++i) {
            auto [code, output] = run(FIELDNOTES_CLI_BIN, { "sync", "--data-dir", dir, "--quiet" });
            QVERIFY2(code == 0, output.constData());
        }
        auto [listed, refused] = run(FIELDNOTES_CLI_BIN, { "refused", "--data-dir", dir });
        QVERIFY2(listed == 0, refused.constData());
        QVERIFY2(!refused.contains("Kanarifugl"), refused.constData());
        QVERIFY2(refused.contains("The office has refused nothing"), refused.constData());
        QVERIFY2(server.stop(), server.log().constData());

        tablet.reopen();
        for (const char* table : { "participants", "visits", "outbox", "rejected_changes", "drafts" }) {
            FN_REQUIRE(const std::int64_t rows, scalar(*tablet, std::string("SELECT count(*) FROM ") + table));
            QVERIFY2(rows == 0, table);
        }
        FN_REQUIRE(const auto hits, tablet->search("Kanarifugl"));
        QVERIFY(hits.empty());
        FN_REQUIRE(auto officeStore, officeFolder.open());
        FN_REQUIRE(const std::int64_t atOffice,
            scalar(*officeStore, "SELECT count(*) FROM device_rejections WHERE reason LIKE '%Kanarifugl%'"));
        QCOMPARE(atOffice, std::int64_t { 0 });
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
