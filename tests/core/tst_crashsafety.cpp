// Crash safety. A child process (fieldnotes-crash-writer) saves visits, alone or a few to a
// transaction, and is killed with SIGKILL at a random moment: while starting, while unlocking, in
// the middle of a commit or a checkpoint. After every kill the store opens, passes
// PRAGMA integrity_check and FTS5's own integrity check, and holds every visit the child reported as
// committed; every visit it holds is complete (all fields as written, its search entry, its outbox
// row) and nothing else is there: no partial visit, no orphan outbox row or index entry.
#include "crashvisit.h"
#include "store.h"
#include "testsupport.h"

#include <QProcess>
#include <sodium.h>

#include <map>
#include <random>
#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Result<std::set<std::string>> rowIds(Store& store, const std::string& sql, std::int64_t* rows)
{
    FN_TRY_ASSIGN(Statement * st, store.db().prepare(sql));
    std::set<std::string> out;
    *rows = 0;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        out.insert(st->text(0));
        ++*rows;
    }
    st->reset();
    return out;
}

int killsWanted()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("FIELDNOTES_CRASH_KILLS");
    return fromEnvironment > 0 ? fromEnvironment : 200;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        StoreOptions options;
        options.kdf = KdfCost::minimum(); // the child unlocks once per run
        FN_VERIFY_OK(Store::create(folder, test::passphrase, options));
        Id participant, employer;
        {
            FN_REQUIRE(auto store, Store::open(folder, test::passphrase));
            Participant p;
            p.displayName = "Nora Krasjtest";
            FN_REQUIRE(participant, store->create(p));
            Employer e;
            e.name = "Prøvelageret AS";
            FN_REQUIRE(employer, store->create(e));
        }

        std::mt19937 rng(20261123);
        std::map<int, std::string> reported; // visit number -> id, as the child printed them
        int kills = 0, beforeReady = 0, quietRuns = 0, unreportedCommits = 0, runsWithACommit = 0;
        std::int64_t visitsChecked = 0;
        std::size_t held = 0;
        const int wanted = killsWanted();
        for (int run = 0; run < wanted; ++run) {
            QProcess writer;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("FIELDNOTES_PASSPHRASE", test::passphrase);
            writer.setProcessEnvironment(env);
            writer.start(FIELDNOTES_CRASH_WRITER,
                { dir.path(), QString::fromStdString(participant), QString::fromStdString(employer),
                    QString::number(run) });
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            // A random moment in its life, timed from what it has said so far (so that a slow machine,
            // or a sanitizer, changes nothing): one run in five while starting up or unlocking, one in
            // five between unlocking and its first commit, the rest after a first commit.
            QByteArray output;
            auto waitFor = [&](const char* said) {
                while (!output.contains(said)) {
                    if (!writer.waitForReadyRead(30000))
                        return false;
                    output += writer.readAllStandardOutput();
                    if (output.contains("error"))
                        return false;
                }
                return true;
            };
            const unsigned moment = rng() % 5;
            const char* after = moment == 0 ? nullptr : moment == 1 ? "ready " : "committed ";
            if (after)
                QVERIFY2(waitFor(after), output.constData());
            if (moment >= 2)
                ++runsWithACommit;
            if (writer.waitForFinished(static_cast<int>(rng() % (moment >= 2 ? 60 : 30))))
                QFAIL((output + writer.readAllStandardOutput()).constData()); // it stopped by itself: an error
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;
            output += writer.readAllStandardOutput();

            int lastReported = -1;
            bool ready = false;
            const QList<QByteArray> lines = output.split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece is empty or an unfinished line
                const QByteArray& line = lines[i];
                QVERIFY2(!line.startsWith("error"), line.constData());
                ready = ready || line.startsWith("ready ");
                if (!line.startsWith("committed "))
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                QCOMPARE(parts.size(), 3);
                const int n = parts[1].toInt();
                const std::string id = parts[2].toStdString();
                QVERIFY2(!reported.count(n) || reported[n] == id, "a visit number was reported twice");
                reported[n] = id;
                lastReported = n;
            }
            if (!ready)
                ++beforeReady; // killed while starting or unlocking
            else if (lastReported < 0)
                ++quietRuns;
            const std::size_t heldBefore = held;

            // ---- After the kill ----
            FN_REQUIRE(auto store, Store::open(folder, test::passphrase));
            FN_REQUIRE(Statement * check, store->db().prepare("PRAGMA integrity_check"));
            FN_REQUIRE(const bool row, check->step());
            QVERIFY(row);
            QCOMPARE(check->text(0), std::string("ok"));
            check->reset();
            FN_VERIFY_OK(store->db().exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')"));

            FN_REQUIRE(const auto visits, store->select<Visit>("1", {}, "note"));
            std::set<std::string> visitIds;
            for (std::size_t i = 0; i < visits.size(); ++i) {
                const Visit& v = visits[i];
                const auto n = test::crashVisitNumber(v.note);
                QVERIFY2(n.has_value(), "a visit that was never written");
                // Numbers run 0, 1, 2, ... with no gap: each commit is whole or absent.
                QCOMPARE(*n, static_cast<int>(i));
                QVERIFY(encodeRecord(v) == encodeRecord(test::crashVisit(*n, participant, employer)));
                visitIds.insert(v.id);
            }
            QCOMPARE(visitIds.size(), visits.size());
            for (const auto& [n, id] : reported) {
                QVERIFY2(static_cast<std::size_t>(n) < visits.size(),
                    qPrintable("visit " + QString::number(n) + " was reported committed and is gone"));
                QCOMPARE(visits[static_cast<std::size_t>(n)].id, id);
            }
            // Committed, then killed before it could say so: allowed, and counted.
            if (visits.size() > (lastReported >= 0 ? static_cast<std::size_t>(lastReported) + 1 : heldBefore))
                ++unreportedCommits;

            std::int64_t outboxRows = 0, indexRows = 0;
            FN_REQUIRE(const auto queued,
                rowIds(*store, "SELECT row_id FROM outbox WHERE tbl = 'visits' AND op = 'append'", &outboxRows));
            FN_REQUIRE(
                const auto indexed, rowIds(*store, "SELECT row_id FROM search_index WHERE tbl = 'visits'", &indexRows));
            QVERIFY(queued == visitIds);
            QCOMPARE(outboxRows, static_cast<std::int64_t>(visits.size()));
            QVERIFY(indexed == visitIds);
            QCOMPARE(indexRows, static_cast<std::int64_t>(visits.size()));
            if (!visits.empty()) {
                const Visit& last = visits.back();
                FN_REQUIRE(const auto hits, store->search(test::crashVisitMarker(*test::crashVisitNumber(last.note))));
                QVERIFY(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.rowId == last.id; }));
            }
            visitsChecked += static_cast<std::int64_t>(visits.size());
            held = visits.size();
        }
        qInfo("%d kills (%d while starting or unlocking, %d after unlocking but before a first commit); %zu visits "
              "reported committed, all present and complete; %zu visits in the store at the end; %lld visit checks "
              "in all; %d kills fell between a commit and its report",
            kills, beforeReady, quietRuns, reported.size(), held, static_cast<long long>(visitsChecked),
            unreportedCommits);
        QVERIFY(kills >= wanted);
        QVERIFY(reported.size() >= static_cast<std::size_t>(runsWithACommit));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
