// Crash safety. A child process (fieldnotes-crash-writer) saves visits, alone or a few to a
// transaction, and is killed with SIGKILL at a random moment: while starting, while unlocking, in
// the middle of a commit or a checkpoint. After every kill the store opens, passes
// PRAGMA integrity_check and FTS5's own integrity check, and holds every visit the child reported as
// committed; every visit it holds is complete (all fields as written, its search entry, its outbox
// row) and nothing else is there: no partial visit, no orphan outbox row or index entry.
//
// The same for a rekey (fieldnotes-crash-rekey), killed at each of its stages and at random moments
// while it copies: afterwards the store is the old one (old key, old passphrase) or the new one,
// never neither, whole and searchable, and the next open finishes or undoes what was left.
#include "crashvisit.h"
#include "store.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <QProcess>
#include <sodium.h>

#include <fstream>
#include <map>
#include <random>
#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Result<std::set<std::string>> rowIds(Store& store, const std::string& sql, std::int64_t* rows)
{
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare(sql));
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

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

void writeAll(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
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
            FN_REQUIRE(Statement * check, core::StoreInternals::db(*store).prepare("PRAGMA integrity_check"));
            FN_REQUIRE(const bool row, check->step());
            QVERIFY(row);
            QCOMPARE(check->text(0), std::string("ok"));
            check->reset();
            FN_VERIFY_OK(core::StoreInternals::db(*store).exec(
                "INSERT INTO search_index(search_index) VALUES ('integrity-check')"));

            FN_REQUIRE(const auto visits, core::StoreInternals::select<Visit>(*store, "1", {}, "note"));
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

    void aRekeyKilledAtAnyMomentLeavesTheOldStoreOrTheNew()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        ManualClock clock(test::fixedStart());
        StoreOptions options;
        options.kdf = KdfCost::minimum();
        options.clock = &clock;
        FN_VERIFY_OK(Store::create(folder, test::passphrase, options));
        int visits = 0;
        {
            FN_REQUIRE(auto store, Store::open(folder, test::passphrase, options));
            Participant p;
            p.displayName = "Nora Krasjtest";
            FN_REQUIRE(const Id participant, store->create(p));
            Employer e;
            e.name = "Prøvelageret AS";
            FN_REQUIRE(const Id employer, store->create(e));
            FN_VERIFY_OK(store->transaction([&]() -> Status {
                for (; visits < 400; ++visits)
                    FN_TRY(store->append(test::crashVisit(visits, participant, employer)));
                return {};
            }));
        }

        // Each stage twice, then kills at random moments of the copy.
        std::vector<std::string> moments;
        for (int round = 0; round < 2; ++round)
            for (const char* stage : { "start", "unlocked", "key-staged", "copied", "swapped", "done" })
                moments.emplace_back(stage);
        for (int i = 0; i < 12; ++i)
            moments.emplace_back("copying");
        std::mt19937 rng(20261124);
        const std::string passphrases[]
            = { test::passphrase, "en helt ny og lang passfrase", "hesten spiser gul banan i dag" };
        int current = 0, oldStores = 0, newStores = 0;
        for (std::size_t round = 0; round < moments.size(); ++round) {
            const std::string& moment = moments[round];
            const int next = (current + 1) % 3;
            const std::string savedKey = readAll(folder / Store::keyFileName);
            QProcess rekey;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("FIELDNOTES_PASSPHRASE", QString::fromStdString(passphrases[current]));
            env.insert("FIELDNOTES_NEW_PASSPHRASE", QString::fromStdString(passphrases[next]));
            rekey.setProcessEnvironment(env);
            rekey.start(FIELDNOTES_CRASH_REKEY, { dir.path() });
            QVERIFY2(rekey.waitForStarted(10000), qPrintable(rekey.errorString()));
            QByteArray output;
            bool staged = false; // the key file holds the new passphrase from here on
            auto reached = [&](const std::string& stage) { return output.contains(("stage " + stage + " ").c_str()); };
            if (moment != "start") {
                while (!reached(moment)) {
                    QVERIFY2(rekey.waitForReadyRead(30000), output.constData());
                    output += rekey.readAllStandardOutput();
                    QVERIFY2(!output.contains("error"), output.constData());
                    // Stages before the chosen one are let through.
                    for (const char* stage : { "unlocked", "key-staged", "copied", "swapped", "done" })
                        if (reached(stage) && stage != moment
                            && !output.contains(("go " + std::string(stage)).c_str())) {
                            rekey.write("go\n");
                            output += ("go " + std::string(stage) + "\n").c_str();
                        }
                }
                if (moment == "copying")
                    QTest::qSleep(static_cast<int>(rng() % 25));
            }
            rekey.kill();
            QVERIFY(rekey.waitForFinished(30000));
            output += rekey.readAllStandardOutput();
            staged = reached("key-staged");

            // Exactly one passphrase opens it, and it is the new one once the rekey was staged.
            clock.advance(std::chrono::hours(1));
            auto withNew = Store::open(folder, passphrases[next], options);
            clock.advance(std::chrono::hours(1));
            auto withOld = Store::open(folder, passphrases[current], options);
            QVERIFY2(
                withNew.has_value() != withOld.has_value(), qPrintable(QString::fromStdString(moment) + ": " + output));
            if (staged)
                QVERIFY2(withNew.has_value(), qPrintable(QString::fromStdString(moment) + ": " + output));
            auto& store = withNew ? *withNew : *withOld;
            FN_REQUIRE(Statement * check, core::StoreInternals::db(*store).prepare("PRAGMA integrity_check"));
            FN_REQUIRE(const bool row, check->step());
            QVERIFY(row);
            QCOMPARE(check->text(0), std::string("ok"));
            check->reset();
            FN_VERIFY_OK(core::StoreInternals::db(*store).exec(
                "INSERT INTO search_index(search_index) VALUES ('integrity-check')"));
            FN_REQUIRE(const auto all, core::StoreInternals::select<Visit>(*store));
            QCOMPARE(static_cast<int>(all.size()), visits);
            FN_REQUIRE(const auto hits, store->search(test::crashVisitMarker(visits - 1)));
            QCOMPARE(hits.size(), std::size_t { 1 });
            store.reset();
            FN_REQUIRE(const KeyFileState state, Store::keyState(folder, options));
            QVERIFY(!state.rekeyPending); // the open settled it
            QVERIFY(!std::filesystem::exists(folder / (std::string(Store::databaseFileName) + ".rekey")));

            // Once the new file is in place, the key file saved before this round opens nothing.
            if (reached("swapped")) {
                const std::string currentKey = readAll(folder / Store::keyFileName);
                writeAll(folder / Store::keyFileName, savedKey);
                clock.advance(std::chrono::hours(1));
                auto old = Store::open(folder, passphrases[current], options);
                QVERIFY(!old);
                QCOMPARE(old.error().code, ErrorCode::NotADatabase);
                writeAll(folder / Store::keyFileName, currentKey);
            }
            if (withNew) {
                ++newStores;
                current = next;
            } else {
                ++oldStores;
            }
        }
        qInfo("%zu rekeys killed: %d left the old store, %d the new one", moments.size(), oldStores, newStores);
        QVERIFY(oldStores > 0 && newStores > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
