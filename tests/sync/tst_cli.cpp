// fieldnotes-cli and fieldnotes-office as support staff run them: re-encrypting a store (passwd
// --rekey), the passphrase policy and the office's Argon2id floor, passphrase files others can read,
// secrets kept out of the environment and out of core dumps, opening a sealed export as an audited
// access, and an earlier audit head checked against the log. Invented people only.
#include "cliprocess.h"
#include "testsupport.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

using fieldnotes::test::cli;
using fieldnotes::test::fileText;
using fieldnotes::test::office;
using fieldnotes::test::Run;
using fieldnotes::test::writeSecret;

// What /proc says of a process that is waiting to read its passphrase from a pipe.
struct Inspected {
    std::string environment;
    std::string limits;
};

Inspected inspectWhileWaiting(const char* program, QStringList args, const QString& fifo, const std::string& passphrase,
    const QProcessEnvironment& env, Run* result)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        e.insert(key, env.value(key));
    p.setProcessEnvironment(e);
    p.start(program, args);
    Inspected seen;
    if (!p.waitForStarted(10000))
        return seen;
    const std::string proc = "/proc/" + std::to_string(p.processId());
    // It blocks opening the pipe until there is a writer: by then main() has run its first lines.
    for (int i = 0; i < 200; ++i) {
        const std::string wchan = fileText(proc + "/wchan");
        if (wchan.find("fifo") != std::string::npos || wchan.find("wait_for_partner") != std::string::npos)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    seen.environment = fileText(proc + "/environ");
    seen.limits = fileText(proc + "/limits");
    std::ofstream(fifo.toStdString()) << passphrase << "\n";
    p.waitForFinished(60000);
    *result
        = { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    return seen;
}

const std::string tabletPassphrase = "correct horse battery staple";
const std::string officePassphrase = "demo passphrase for invented people";

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void passwdRekeyLeavesNoEarlierKeyFileThatOpens()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("tablet");
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QString next = writeSecret(dir, "next", "hesten spiser gul banan i dag");
        const QStringList store { "--data-dir", data, "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const Run before = cli(QStringList { "dump", "--digest" } + store);
        QCOMPARE(before.exitCode, 0);
        const std::string savedKey = fileText(data.toStdString() + "/key.json");

        const Run rekeyed = cli(QStringList { "passwd", "--rekey", "--new-passphrase-file", next } + store);
        QVERIFY2(rekeyed.exitCode == 0, qPrintable(rekeyed.err));
        QVERIFY2(rekeyed.err.contains("re-encrypting: 100% done"), qPrintable(rekeyed.err));
        QVERIFY(rekeyed.err.contains("copying"));
        const QStringList renewed { "--data-dir", data, "--passphrase-file", next };
        const Run after = cli(QStringList { "dump", "--digest" } + renewed);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out); // the same records, under another key

        // The key file saved before, with the passphrase it had: the case file does not open.
        std::ofstream(data.toStdString() + "/key.json", std::ios::trunc) << savedKey;
        const Run old = cli(QStringList { "list" } + store);
        QVERIFY(old.exitCode != 0);
        QVERIFY2(old.err.contains("cannot be read"), qPrintable(old.err));
    }

    void participantAddAndDischargeFollowTheIntakeRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);

        // A store that belongs to nobody cannot take anyone on: someone must follow the person.
        const Run unpaired = cli(QStringList { "participant", "add", "--name", "Tiril Prøvesen" } + store);
        QVERIFY(unpaired.exitCode != 0);
        QVERIFY2(unpaired.err.contains("not linked to a person"), qPrintable(unpaired.err));

        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const Run added = cli(QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--programme", "ips",
                                  "--referred", "2026-01-05", "--phone", "+47 912 34 567", "--norwegian-level", "b1",
                                  "--interpreter", "--consent", "--refused-tasks", "Kasse" }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(id.toStdString()), qPrintable(added.out));
        const Run listed = cli(QStringList { "list" } + store);
        QVERIFY(listed.out.contains(id + "  Tiril Prøvesen"));
        QVERIFY(listed.out.contains("referred"));

        // A national ID number is refused wherever it is typed, and the message does not repeat it.
        const Run withId = cli(
            QStringList { "participant", "add", "--name", "Ola Oppdiktet", "--other-contact", "010190 12345" } + store);
        QVERIFY(withId.exitCode != 0);
        QVERIFY(withId.out.isEmpty());
        QVERIFY2(withId.err.contains("national ID number"), qPrintable(withId.err));
        QVERIFY(withId.err.contains("other contact"));
        QVERIFY(!withId.err.contains("12345"));
        const Run future
            = cli(QStringList { "participant", "add", "--name", "Ola Oppdiktet", "--referred", "2999-01-01" } + store);
        QVERIFY(future.exitCode != 0);
        QVERIFY2(future.err.contains("referral date is in the future"), qPrintable(future.err));
        QVERIFY(!cli(QStringList { "list", "--all" } + store).out.contains("Ola Oppdiktet"));

        const Run badReason = cli(QStringList { "participant", "discharge", id, "--reason", "bored" } + store);
        QVERIFY(badReason.exitCode != 0);
        QVERIFY2(badReason.err.contains("back_to_nav_counsellor"), qPrintable(badReason.err));
        const Run discharged = cli(
            QStringList { "participant", "discharge", id, "--reason", "education", "--date", "2026-02-01" } + store);
        QVERIFY2(discharged.exitCode == 0, qPrintable(discharged.err));
        QCOMPARE(discharged.out.trimmed(), id);
        QVERIFY(!cli(QStringList { "list" } + store).out.contains(id));
        QVERIFY(cli(QStringList { "list", "--all" } + store).out.contains(id + "  Tiril Prøvesen"));
        const Run again = cli(QStringList { "participant", "discharge", id, "--reason", "work" } + store);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("already discharged"), qPrintable(again.err));
    }

    void participantStepStatusPauseResumeAndExtendFollowTheCourseRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const Run added = cli(QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred",
                                  "2026-01-05", "--measure-end", "2026-07-05" }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();

        const Run steps
            = cli(QStringList { "participant", "step", id, "--steps", "3, 1", "--on", "2026-02-01" } + store);
        QVERIFY2(steps.exitCode == 0, qPrintable(steps.err));
        QCOMPARE(steps.out.trimmed(), id + "  steps 1, 3 from 2026-02-01");
        const Run badSteps = cli(QStringList { "participant", "step", id, "--steps", "1,six" } + store);
        QVERIFY(badSteps.exitCode != 0);
        QVERIFY2(badSteps.err.contains("--steps takes the step numbers 1-5"), qPrintable(badSteps.err));
        const Run stepSix = cli(QStringList { "participant", "step", id, "--steps", "6" } + store);
        QVERIFY(stepSix.exitCode != 0);
        QVERIFY2(stepSix.err.contains("five steps"), qPrintable(stepSix.err));

        const Run status
            = cli(QStringList { "participant", "status", id, "--status", "job_search", "--on", "2026-02-02" } + store);
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QCOMPARE(status.out.trimmed(), id + "  status job_search (was referred) from 2026-02-02");
        const Run toDischarged = cli(QStringList { "participant", "status", id, "--status", "discharged" } + store);
        QVERIFY(toDischarged.exitCode != 0);
        QVERIFY2(toDischarged.err.contains("participant discharge"), qPrintable(toDischarged.err));
        const Run future
            = cli(QStringList { "participant", "status", id, "--status", "in_work", "--on", "2999-01-01" } + store);
        QVERIFY(future.exitCode != 0);
        QVERIFY2(future.err.contains("in the future"), qPrintable(future.err));

        const Run noReason = cli(QStringList { "participant", "pause", id, "--reason", " " } + store);
        QVERIFY(noReason.exitCode != 0);
        QVERIFY2(noReason.err.contains("Write why the follow-up is paused"), qPrintable(noReason.err));
        const Run paused
            = cli(QStringList { "participant", "pause", id, "--reason", "Innlagt", "--from", "2026-02-20" } + store);
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        QCOMPARE(paused.out.trimmed(), id + "  paused from 2026-02-20 (was job_search; resume returns to it)");
        const Run statusWhilePaused = cli(QStringList { "participant", "status", id, "--status", "in_work" } + store);
        QVERIFY(statusWhilePaused.exitCode != 0);
        QVERIFY2(statusWhilePaused.err.contains("Resume them"), qPrintable(statusWhilePaused.err));
        const Run resumed = cli(QStringList { "participant", "resume", id } + store);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.out.trimmed().startsWith(id + "  resumed on "), qPrintable(resumed.out));
        QVERIFY2(resumed.out.trimmed().endsWith(": status job_search"), qPrintable(resumed.out));
        const Run notPaused = cli(QStringList { "participant", "resume", id } + store);
        QVERIFY(notPaused.exitCode != 0);
        QVERIFY2(notPaused.err.contains("not paused"), qPrintable(notPaused.err));

        const Run noWhy
            = cli(QStringList { "participant", "extend", id, "--until", "2027-01-05", "--why", "" } + store);
        QVERIFY(noWhy.exitCode != 0);
        QVERIFY2(noWhy.err.contains("justification"), qPrintable(noWhy.err));
        const Run earlier
            = cli(QStringList { "participant", "extend", id, "--until", "2026-07-01", "--why", "Mer tid" } + store);
        QVERIFY(earlier.exitCode != 0);
        QVERIFY2(earlier.err.contains("The measure ends on 2026-07-05"), qPrintable(earlier.err));
        const Run extended = cli(QStringList { "participant", "extend", id, "--until", "2027-01-05", "--why",
                                     "Trenger mer tid i arbeidstreningen", "--decided", "2026-06-20" }
            + store);
        QVERIFY2(extended.exitCode == 0, qPrintable(extended.err));
        const QStringList parts = extended.out.trimmed().split("  ");
        QVERIFY2(fieldnotes::core::looksLikeId(parts.value(0).toStdString()), qPrintable(extended.out));
        QCOMPARE(parts.value(1), QString("measure ends 2027-01-05 (was 2026-07-05), decided 2026-06-20"));

        const Run listed = cli(QStringList { "list" } + store);
        QVERIFY(listed.out.contains(id + "  Tiril Prøvesen"));
        QVERIFY2(listed.out.contains("job_search"), qPrintable(listed.out));

        QVERIFY(cli(QStringList { "participant", "discharge", id, "--reason", "work" } + store).exitCode == 0);
        const Run afterDischarge = cli(QStringList { "participant", "step", id, "--steps", "5" } + store);
        QVERIFY(afterDischarge.exitCode != 0);
        QVERIFY2(afterDischarge.err.contains("discharged"), qPrintable(afterDischarge.err));
    }

    void reflectionAddAndListFollowTheReflectionRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "participant", "add", "--name", "Tiril Prøvesen" } + store).exitCode, 0);
        const QString today = QDate::currentDate().toString(Qt::ISODate);

        // Clear refusals, and nothing written.
        const Run named = cli(QStringList { "reflection", "add", "--situation", "Arbeidsgiver var skeptisk", "--did",
                                  "Tok med Tiril Prøvesen på møtet" }
            + store);
        QVERIFY(named.exitCode != 0);
        QVERIFY(named.out.isEmpty());
        QVERIFY2(named.err.contains("write about the situation, not the person's name"), qPrintable(named.err));
        const Run withId
            = cli(QStringList { "reflection", "add", "--situation", "Sjekket 010190 12345", "--step", "4" } + store);
        QVERIFY(withId.exitCode != 0);
        QVERIFY2(withId.err.contains("national ID number"), qPrintable(withId.err));
        QVERIFY(!withId.err.contains("12345"));
        const Run future = cli(QStringList { "reflection", "add", "--situation", "Senere", "--on",
                                   QDate::currentDate().addDays(1).toString(Qt::ISODate) }
            + store);
        QVERIFY(future.exitCode != 0);
        QVERIFY2(future.err.contains("in the future"), qPrintable(future.err));
        const Run badStep = cli(QStringList { "reflection", "add", "--situation", "Noe", "--step", "6" } + store);
        QVERIFY(badStep.exitCode != 0);
        QVERIFY(!cli(QStringList { "reflection", "list" } + store).out.contains("Senere"));

        const Run added
            = cli(QStringList { "reflection", "add", "--situation", "Arbeidsgiver tvilte på deltid", "--did",
                      "Spurte hva som skulle til", "--result", "Ny prat avtalt", "--differently", "Tatt med en plan",
                      "--worked", "Å lytte", "--step", "4", "--theme", "Skeptisk arbeidsgiver" }
                + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(id.toStdString()), qPrintable(added.out));
        const Run listed = cli(QStringList { "reflection", "list" } + store);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        // Newest first: today's entry before the demo's older ones.
        QVERIFY2(
            listed.out.startsWith(id + "  " + today + "  step 4  Skeptisk arbeidsgiver\n"), qPrintable(listed.out));
        QVERIFY(listed.out.contains("  situation: Arbeidsgiver tvilte på deltid\n"));
        QVERIFY(listed.out.contains("  worked: Å lytte\n"));
        // The team's view is a lead's.
        const Run team = cli(QStringList { "reflection", "list", "--team" } + store);
        QVERIFY(team.exitCode != 0);
        QVERIFY2(team.err.contains("Only a team lead"), qPrintable(team.err));
    }

    // The fidelity form on the command line: the 19 answers in item order, ticks by letter (0 where
    // nothing is ticked), one item changed with --item, and the team's result per round.
    void fidelityRecordsTheFormsAnswersAndShowsTheRound()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QStringList round { "fidelity", "--round", "2019-05" };

        const auto refused = [&](const QStringList& args, const QString& says) {
            const Run r = cli(round + args + store);
            QVERIFY2(r.exitCode != 0, qPrintable(r.out));
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
        };
        refused({ "--record", "4 3 bcd" }, "19 answers");
        refused({ "--record", "4 3 bcd 4 3 5 3 abc 4 4 3 4 4 3 3 4 4 3 ad" }, "Item 7 is tick-all");
        refused({ "--item", "2=6" }, "Item 2 is single choice");
        refused({ "--item", "3=bx" }, "no practice 'x'");
        refused({ "--item", "25=1" }, "--item takes ITEM=ANSWER");
        QVERIFY(!cli(round + store).out.contains("2019-05"));

        const Run recorded
            = cli(round + QStringList { "--record", "4 3 b,c,d 4 3 5 0 abc 4 4 3 4 4 3 3 4 4 3 ad" } + store);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
        QCOMPARE(recorded.out, QString("Recorded your answers for 2019-05: 19 of 19 answered, 63/95 fair.\n"));
        const Run ticked = cli(round + QStringList { "--item", "7=a,b,c,d,e" } + store);
        QVERIFY2(ticked.exitCode == 0, qPrintable(ticked.err));
        QCOMPARE(ticked.out, QString("Recorded your answers for 2019-05: 19 of 19 answered, 68/95 fair.\n"));

        // Stored with the ticks themselves, one answer for the round.
        const Run dumped = cli(QStringList { "dump" } + store);
        QStringList answers;
        for (const QJsonValue& row : QJsonDocument::fromJson(dumped.out.toUtf8())
                                         .object()["tables"]
                                         .toObject()["fidelity_responses"]
                                         .toObject()) {
            const QJsonObject fields = row.toObject()["fields"].toObject();
            if (fields["round_on"].toString() == "2019-05-01")
                answers << fields["answers"].toString();
        }
        QCOMPARE(answers, QStringList { "4|3|bcd|4|3|5|abcde|abc|4|4|3|4|4|3|3|4|4|3|ad" });

        const Run shown = cli(round + store);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.startsWith("2019-05  1 answered  68.00/95  fair\n"), qPrintable(shown.out));
        QVERIFY2(shown.out.contains("\nItem means, 2019-05:\n"), qPrintable(shown.out));
        QVERIFY2(
            shown.out.contains(QRegularExpression("\n  7  Promoting ordinary work +5.00\n")), qPrintable(shown.out));

        // An item left open: the answer is kept and the round shown as incomplete.
        const Run open = cli(round + QStringList { "--item", "5=-" } + store);
        QCOMPARE(open.out, QString("Recorded your answers for 2019-05: 18 of 19 answered.\n"));
        const Run incomplete = cli(round + store);
        QVERIFY2(incomplete.out.startsWith("2019-05  0 answered  incomplete  (1 incomplete, left out)\n"),
            qPrintable(incomplete.out));
        // The demo's rounds: three answered by the team, the latest this month.
        const Run latest = cli(QStringList { "fidelity" } + store);
        QVERIFY2(
            latest.out.contains(QDate::currentDate().toString("yyyy-MM") + "  3 answered  "), qPrintable(latest.out));
        QVERIFY2(latest.out.contains("team record"), qPrintable(latest.out));
    }

    // add-visit used to take visits dated in the future, visits that say nothing and employer
    // visits without the employer; it now finalizes by the tablet's rule (core/visits.h).
    void addVisitAndVisitCorrectFollowTheVisitRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const Run taken = cli(QStringList { "participant", "add", "--name", "Tiril Prøvesen" } + store);
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        const QString p = taken.out.trimmed();
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);

        const Run future
            = cli(QStringList { "add-visit", "--participant", p, "--note", "Senere", "--date", tomorrow } + store);
        QVERIFY2(future.exitCode != 0, qPrintable(future.out));
        QVERIFY2(future.err.contains("something that has happened"), qPrintable(future.err));
        const Run empty = cli(QStringList { "add-visit", "--participant", p, "--type", "phone" } + store);
        QVERIFY2(empty.exitCode != 0, qPrintable(empty.out));
        QVERIFY2(empty.err.contains("a note, or at least its purpose"), qPrintable(empty.err));
        const Run noEmployer = cli(
            QStringList { "add-visit", "--participant", p, "--type", "employer_follow_up", "--note", "Hos bakeren" }
            + store);
        QVERIFY2(noEmployer.exitCode != 0, qPrintable(noEmployer.out));
        QVERIFY2(noEmployer.err.contains("names the employer"), qPrintable(noEmployer.err));
        QVERIFY(!cli(QStringList { "list", "visits", "--participant", p } + store).out.contains("Senere"));

        const Run added = cli(QStringList { "add-visit", "--participant", p, "--type", "phone", "--note",
                                  "Ringte om vaktene", "--purpose", "Vakter" }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString visit = added.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(visit.toStdString()), qPrintable(added.out));

        const Run corrected
            = cli(QStringList { "visit", "correct", visit, "--note", "Ringte om vaktene i mars" } + store);
        QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.err));
        const QString fix = corrected.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(fix.toStdString()) && fix != visit, qPrintable(corrected.out));
        const Run listed = cli(QStringList { "list", "visits", "--participant", p } + store);
        QVERIFY2(listed.out.contains(fix), qPrintable(listed.out));
        QVERIFY2(listed.out.contains("Ringte om vaktene i mars"), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(visit), qPrintable(listed.out)); // shown by its correction

        const Run twice = cli(QStringList { "visit", "correct", visit, "--note", "Igjen" } + store);
        QVERIFY(twice.exitCode != 0);
        QVERIFY2(twice.err.contains("Correct the correction instead (" + fix + ")"), qPrintable(twice.err));
        const Run unknown = cli(QStringList { "visit", "correct", "no-such-visit", "--note", "Igjen" } + store);
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("no visit with that id"), qPrintable(unknown.err));
        const Run noNote = cli(QStringList { "visit", "correct", fix } + store);
        QVERIFY(noNote.exitCode != 0);
        QVERIFY2(noNote.err.contains("--note"), qPrintable(noNote.err));
        const Run withId = cli(QStringList { "visit", "correct", fix, "--note", "Se 010190 12345" } + store);
        QVERIFY(withId.exitCode != 0);
        QVERIFY2(withId.err.contains("national ID number"), qPrintable(withId.err));
        QVERIFY(!withId.err.contains("12345"));
    }

    void placementStartAndEndFollowThePlacementRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-30)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString participant = added.out.trimmed();
        const QString employer = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        QVERIFY2(fieldnotes::core::looksLikeId(employer.toStdString()), qPrintable(employer));
        const QStringList job { "placement", "start", "--participant", participant, "--employer", employer, "--start",
            iso(today.addDays(7)), "--title", "Bakeriassistent", "--tasks", "Pakke brød" };

        // Clear refusals, and nothing written.
        const Run noContract = cli(job + QStringList { "--percent", "40" } + store);
        QVERIFY(noContract.exitCode != 0);
        QVERIFY2(noContract.err.contains("--contract"), qPrintable(noContract.err));
        const Run tooMuch = cli(job + QStringList { "--percent", "140", "--contract", "temporary" } + store);
        QVERIFY(tooMuch.exitCode != 0);
        QVERIFY2(tooMuch.err.contains("between 1 and 100 %"), qPrintable(tooMuch.err));
        const Run badContract = cli(job + QStringList { "--percent", "40", "--contract", "forever" } + store);
        QVERIFY(badContract.exitCode != 0);
        QVERIFY2(badContract.err.contains("on_call"), qPrintable(badContract.err));
        const Run trialBefore = cli(
            job + QStringList { "--percent", "40", "--contract", "temporary", "--trial-end", iso(today) } + store);
        QVERIFY(trialBefore.exitCode != 0);
        QVERIFY2(trialBefore.err.contains("trial period cannot end before"), qPrintable(trialBefore.err));
        const Run noEmployer
            = cli(QStringList { "placement", "start", "--participant", participant, "--employer", "no-such-employer",
                      "--start", iso(today), "--percent", "40", "--kind", "work_trial" }
                + store);
        QVERIFY(noEmployer.exitCode != 0);
        QVERIFY2(noEmployer.err.contains("no employer with that id"), qPrintable(noEmployer.err));

        const Run started = cli(job
            + QStringList { "--percent", "40", "--contract", "temporary", "--trial-end", iso(today.addMonths(6)),
                "--wage-subsidy", "40", "--subsidy-review", iso(today.addMonths(6)) }
            + store);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString placement = started.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(placement.toStdString()), qPrintable(started.out));

        // The follow-up schedule of fidelity item 17 was proposed with it: all 16 meetings.
        auto tableOf = [&](const char* table) {
            const Run dumped = cli(QStringList { "dump" } + store);
            return QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()[table].toObject();
        };
        int meetings = 0;
        for (const QJsonValue& row : tableOf("follow_up_meetings"))
            if (row.toObject()["fields"].toObject()["placement_id"].toString() == placement)
                ++meetings;
        QCOMPARE(meetings, 16);
        int subsidies = 0;
        for (const QJsonValue& row : tableOf("support_measures"))
            if (row.toObject()["fields"].toObject()["placement_id"].toString() == placement)
                ++subsidies;
        QCOMPARE(subsidies, 1);

        // Ending: not before the start, with a reason; then it stands.
        const QStringList end { "placement", "end", placement, "--reason", "Kontrakten ble ikke forlenget", "--learnt",
            "Trives best med faste oppgaver" };
        const Run early = cli(end + QStringList { "--date", iso(today.addDays(-1)) } + store);
        QVERIFY(early.exitCode != 0);
        QVERIFY2(early.err.contains("before the placement started"), qPrintable(early.err));
        const Run ended = cli(end + QStringList { "--date", iso(today.addDays(7)) } + store);
        QVERIFY(ended.exitCode != 0); // a week ahead is in the future
        QVERIFY2(ended.err.contains("in the future"), qPrintable(ended.err));
        const QString tastingStart = iso(today.addDays(-3));
        const Run tasting = cli(QStringList { "placement", "start", "--participant", participant, "--employer",
                                    employer, "--start", tastingStart, "--percent", "20", "--kind", "job_tasting" }
            + store);
        QVERIFY2(tasting.exitCode == 0, qPrintable(tasting.err));
        const QString tastingId = tasting.out.trimmed();
        const Run tastingEnded = cli(QStringList { "placement", "end", tastingId, "--reason", "Jobbsmaken var ferdig",
                                         "--learnt", "Liker kundekontakt" }
            + store);
        QVERIFY2(tastingEnded.exitCode == 0, qPrintable(tastingEnded.err));
        QCOMPARE(tastingEnded.out.trimmed(), tastingId);
        const QJsonObject fields = tableOf("placements")[tastingId].toObject()["fields"].toObject();
        QCOMPARE(fields["ended_on"].toString(), iso(today));
        QCOMPARE(fields["end_reason"].toString(), QString("Jobbsmaken var ferdig\nLært: Liker kundekontakt"));
        const Run again = cli(QStringList { "placement", "end", tastingId, "--reason", "Igjen" } + store);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("already ended"), qPrintable(again.err));
    }

    // A work trial that grows into a permanent job, from the command line, by the same rule as the
    // tablet's Change dialog: the position history grows by a row per change, ahead too.
    void placementChangeGrowsThePositionHistory()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-60)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString employer = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        const Run started
            = cli(QStringList { "placement", "start", "--participant", added.out.trimmed(), "--employer", employer,
                      "--start", iso(today.addDays(-30)), "--percent", "50", "--kind", "work_trial" }
                + store);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString placement = started.out.trimmed();
        const QStringList change { "placement", "change", placement };

        const Run nothing = cli(change + store);
        QVERIFY(nothing.exitCode != 0);
        QVERIFY2(nothing.err.contains("Say what changed"), qPrintable(nothing.err));
        const Run fromAlone = cli(change + QStringList { "--from", iso(today) } + store);
        QVERIFY(fromAlone.exitCode != 0);
        QVERIFY2(fromAlone.err.contains("--percent"), qPrintable(fromAlone.err));
        const Run beforeStart
            = cli(change + QStringList { "--percent", "80", "--from", iso(today.addDays(-31)) } + store);
        QVERIFY(beforeStart.exitCode != 0);
        QVERIFY2(beforeStart.err.contains("before the job started"), qPrintable(beforeStart.err));

        const Run grown = cli(change + QStringList { "--percent", "80", "--from", iso(today.addDays(-7)) } + store);
        QVERIFY2(grown.exitCode == 0, qPrintable(grown.err));
        QCOMPARE(grown.out.trimmed(), placement);
        // Agreed now for next month: recorded now, with its day ahead.
        const Run ahead = cli(change
            + QStringList { "--percent", "100", "--from", iso(today.addMonths(1)), "--contract", "permanent", "--tasks",
                "Kassa og varemottak" }
            + store);
        QVERIFY2(ahead.exitCode == 0, qPrintable(ahead.err));
        const Run earlier = cli(change + QStringList { "--percent", "60", "--from", iso(today) } + store);
        QVERIFY(earlier.exitCode != 0);
        QVERIFY2(earlier.err.contains("last changed to 100 %"), qPrintable(earlier.err));

        const Run dumped = cli(QStringList { "dump" } + store);
        const QJsonObject tables = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject();
        QMap<QString, int> history;
        for (const QJsonValue& row : tables["position_changes"].toObject()) {
            const QJsonObject f = row.toObject()["fields"].toObject();
            if (f["placement_id"].toString() == placement)
                history.insert(f["from_on"].toString(), f["percent"].toInt());
        }
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.value(iso(today.addDays(-30))), 50);
        QCOMPARE(history.value(iso(today.addDays(-7))), 80);
        QCOMPARE(history.value(iso(today.addMonths(1))), 100);

        // The last change was meant from two months ahead, at 90 %: corrected, by the same rules.
        const QStringList correct { "placement", "correct", placement };
        const Run tooEarly = cli(correct + QStringList { "--from", iso(today.addDays(-7)) } + store);
        QVERIFY(tooEarly.exitCode != 0);
        QVERIFY2(tooEarly.err.contains("comes after that day"), qPrintable(tooEarly.err));
        const Run fixed = cli(correct + QStringList { "--from", iso(today.addMonths(2)), "--percent", "90" } + store);
        QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
        QCOMPARE(fixed.out.trimmed(), placement);
        QMap<QString, int> corrected;
        const QJsonObject again = QJsonDocument::fromJson(cli(QStringList { "dump" } + store).out.toUtf8())
                                      .object()["tables"]
                                      .toObject()["position_changes"]
                                      .toObject();
        for (const QJsonValue& row : again) {
            const QJsonObject f = row.toObject()["fields"].toObject();
            if (f["placement_id"].toString() == placement)
                corrected.insert(f["from_on"].toString(), f["percent"].toInt());
        }
        QCOMPARE(corrected.size(), 3);
        QCOMPARE(corrected.value(iso(today.addMonths(2))), 90);
        QVERIFY(!corrected.contains(iso(today.addMonths(1))));
        const QJsonObject fields = tables["placements"].toObject()[placement].toObject()["fields"].toObject();
        QCOMPARE(fields["kind"].toString(), QString("paid_job"));
        QCOMPARE(fields["contract"].toString(), QString("permanent"));
        QCOMPARE(fields["carved_tasks"].toString(), QString("Kassa og varemottak"));
    }

    // placement measure review|period|end act on the latest period of the placement's measure.
    void placementMeasureKeepsTheSubsidyHistory()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Vilde Tilskuddsen", "--referred", iso(today.addDays(-90)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString employer = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        const Run started = cli(
            QStringList { "placement", "start", "--participant", added.out.trimmed(), "--employer", employer, "--start",
                iso(today.addDays(-60)), "--percent", "60", "--contract", "temporary", "--wage-subsidy", "50",
                "--subsidy-to", iso(today.addDays(300)), "--subsidy-review", iso(today.addDays(2)) }
            + store);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString placement = started.out.trimmed();
        const QStringList measure { "placement", "measure" };

        const Run noMentor
            = cli(measure + QStringList { "end", placement, "--kind", "mentor_subsidy", "--date", iso(today) } + store);
        QVERIFY(noMentor.exitCode != 0);
        QVERIFY2(noMentor.err.contains("no mentor_subsidy measure"), qPrintable(noMentor.err));
        const Run ahead = cli(measure + QStringList { "review", placement, "--held", iso(today.addDays(1)) } + store);
        QVERIFY(ahead.exitCode != 0);
        QVERIFY2(ahead.err.contains("once it was held"), qPrintable(ahead.err));

        const Run reviewed
            = cli(measure + QStringList { "review", placement, "--next", iso(today.addMonths(6)) } + store);
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.err));
        const QString first = reviewed.out.trimmed();
        const Run period = cli(measure
            + QStringList { "period", placement, "--from", iso(today.addDays(30)), "--percent", "30", "--review",
                iso(today.addMonths(9)) }
            + store);
        QVERIFY2(period.exitCode == 0, qPrintable(period.err));
        const QString second = period.out.trimmed();
        QVERIFY(second != first);
        const Run ended = cli(measure + QStringList { "end", placement, "--date", iso(today.addDays(200)) } + store);
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.err));
        QCOMPARE(ended.out.trimmed(), second);

        const Run dumped = cli(QStringList { "dump" } + store);
        const QJsonObject tables = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject();
        const QJsonObject rows = tables["support_measures"].toObject();
        const QJsonObject old = rows[first].toObject()["fields"].toObject();
        QCOMPARE(old["percent"].toInt(), 50);
        QCOMPARE(old["reviewed_on"].toString(), iso(today));
        QCOMPARE(old["to_on"].toString(), iso(today.addDays(29)));
        QVERIFY(old["review_on"].toString().isEmpty()); // the next review moved to the new period
        const QJsonObject now = rows[second].toObject()["fields"].toObject();
        QCOMPARE(now["percent"].toInt(), 30);
        QCOMPARE(now["from_on"].toString(), iso(today.addDays(30)));
        QCOMPARE(now["to_on"].toString(), iso(today.addDays(200)));
        QVERIFY(now["review_on"].toString().isEmpty()); // after the early end: dropped
    }

    void actionsAndMeetingsAreClosedFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        // The ids the attention list names for a table ("... agreed_actions ID").
        auto listed = [&](const QString& table) {
            QStringList ids;
            for (const QString& line : cli(QStringList { "attention" } + store).out.split('\n'))
                if (line.contains(" " + table + " "))
                    ids << line.section(' ', -1);
            return ids;
        };
        const QStringList actions = listed("agreed_actions");
        QVERIFY2(!actions.isEmpty(), "the demo caseload has agreed actions due");
        const QString action = actions.first();
        // Under each action, what was agreed, in its own words.
        const QStringList lines = cli(QStringList { "attention" } + store).out.split('\n');
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].endsWith(" agreed_actions " + action)) {
                QVERIFY(i + 1 < lines.size());
                QVERIFY2(
                    lines[i + 1].startsWith("    ") && !lines[i + 1].trimmed().isEmpty(), qPrintable(lines[i + 1]));
            }

        const Run done = cli(QStringList { "action", "done", action } + store);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(done.out.trimmed(), action);
        QVERIFY(!listed("agreed_actions").contains(action));
        const Run twice = cli(QStringList { "action", "cancel", action, "--reason", "Likevel ikke" } + store);
        QVERIFY(twice.exitCode != 0);
        QVERIFY(twice.out.isEmpty());
        QVERIFY2(twice.err.contains("already marked done"), qPrintable(twice.err));
        QCOMPARE(twice.err.trimmed().count('\n'), 0); // one line
        const Run unknown = cli(QStringList { "action", "done", "no-such-action" } + store);
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("no agreed action or reminder with that id"), qPrintable(unknown.err));
        if (actions.size() > 1) {
            const Run cancelled
                = cli(QStringList { "action", "cancel", actions[1], "--reason", "Avtalt på nytt" } + store);
            QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
            QVERIFY(!listed("agreed_actions").contains(actions[1]));
        }

        // A work trial a week ahead: its first meeting is planned within this week.
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-30)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString employer = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        const Run started
            = cli(QStringList { "placement", "start", "--participant", added.out.trimmed(), "--employer", employer,
                      "--start", iso(today.addDays(7)), "--percent", "50", "--kind", "work_trial" }
                + store);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QString meeting;
        const Run dumped = cli(QStringList { "dump" } + store);
        const QJsonObject meetings = QJsonDocument::fromJson(dumped.out.toUtf8())
                                         .object()["tables"]
                                         .toObject()["follow_up_meetings"]
                                         .toObject();
        for (auto it = meetings.begin(); it != meetings.end(); ++it) {
            const QJsonObject fields = it.value().toObject()["fields"].toObject();
            if (fields["placement_id"].toString() == started.out.trimmed() && fields["slot"].toInt() == 0)
                meeting = it.key();
        }
        QVERIFY(!meeting.isEmpty());
        QVERIFY(listed("follow_up_meetings").contains(meeting));

        const Run past = cli(QStringList { "schedule", "move", meeting, "--to", iso(today.addDays(-1)) } + store);
        QVERIFY(past.exitCode != 0);
        QVERIFY2(past.err.contains("in the past"), qPrintable(past.err));
        const Run badDate = cli(QStringList { "schedule", "move", meeting, "--to", "tomorrow" } + store);
        QVERIFY(badDate.exitCode != 0);
        QVERIFY2(badDate.err.contains("--to"), qPrintable(badDate.err));
        const Run moved = cli(QStringList { "schedule", "move", meeting, "--to", iso(today.addDays(5)) } + store);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(moved.out.trimmed(), meeting);
        QVERIFY(!listed("follow_up_meetings").contains(meeting)); // five days ahead: not due yet

        const Run noReason = cli(QStringList { "schedule", "cancel", meeting } + store);
        QVERIFY(noReason.exitCode != 0);
        QVERIFY2(noReason.err.contains("Write why the meeting is cancelled"), qPrintable(noReason.err));
        const Run cancelled
            = cli(QStringList { "schedule", "cancel", meeting, "--reason", "Arbeidsgiver ba om å vente" } + store);
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        const Run again = cli(QStringList { "schedule", "move", meeting, "--to", iso(today) } + store);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("already cancelled"), qPrintable(again.err));
        // `schedule` alone still shows the schedule.
        QVERIFY(cli(QStringList { "schedule", "--placement", started.out.trimmed() } + store).exitCode == 0);
    }

    void consentGrantAndRevokeFollowTheConsentRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-30)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString participant = added.out.trimmed();
        const QString employer = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        QVERIFY2(fieldnotes::core::looksLikeId(employer.toStdString()), qPrintable(employer));
        const QStringList grant { "consent", "grant", "--participant", participant };
        auto refused = [&](const QStringList& args, const char* says) {
            const Run r = cli(grant + args + store);
            if (r.exitCode == 0 || !r.err.contains(says) || r.err.count('\n') != 1)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode != 0 && r.err.contains(says) && r.err.count('\n') == 1;
        };

        // Misuse: each a clear one-line error, and nothing written.
        QVERIFY(refused({ "--item", "gossip", "--recipient", "employer:" + employer, "--purpose", "x" },
            "Use one of: participation, contact_details"));
        QVERIFY(refused({ "--item", "support_needs", "--purpose", "Tilrettelegging" }, "add --recipient"));
        QVERIFY(refused({ "--item", "support_needs", "--recipient", "employer", "--purpose", "Tilrettelegging" },
            "Say which employer"));
        QVERIFY(refused({ "--item", "support_needs", "--recipient", "landlord:" + employer, "--purpose", "x" },
            "Unknown recipient kind"));
        QVERIFY(refused({ "--item", "support_needs", "--recipient", "employer:no-such-employer", "--purpose", "x" },
            "no employer with that id"));
        QVERIFY(refused(
            { "--item", "support_needs", "--recipient", "employer:" + employer }, "what the information is for"));
        QVERIFY(refused({ "--item", "support_needs", "--recipient", "employer:" + employer, "--purpose", "x", "--on",
                            iso(today.addDays(1)) },
            "in the future"));
        QVERIFY(refused({ "--item", "support_needs", "--recipient", "employer:" + employer, "--purpose", "x", "--how",
                            "telepathy" },
            "written, oral, tablet"));
        QVERIFY(refused({ "--item", "participation", "--recipient", "employer:" + employer }, "leave out --recipient"));
        const Run unknown
            = cli(QStringList { "consent", "grant", "--participant", "no-such-participant", "--item", "participation" }
                + store);
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("no participant with that id"), qPrintable(unknown.err));
        auto consentsOf = [&]() {
            const Run dumped = cli(QStringList { "dump" } + store);
            QJsonObject mine;
            const QJsonObject all
                = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()["consents"].toObject();
            for (auto it = all.begin(); it != all.end(); ++it)
                if (it->toObject()["fields"].toObject()["participant_id"].toString() == participant)
                    mine.insert(it.key(), *it);
            return mine;
        };
        QVERIFY(consentsOf().isEmpty());

        // Granted: the new id, printed; stored with how and the summary the person was shown.
        const Run granted = cli(grant
            + QStringList { "--item", "support_needs", "--recipient", "employer:" + employer, "--purpose",
                "Tilrettelegge oppgavene", "--how", "written", "--on", iso(today.addDays(-2)), "--plain-summary",
                "Sjefen får vite hva som hjelper deg." }
            + store);
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        const QString id = granted.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(id.toStdString()), qPrintable(granted.out));
        const Run nav = cli(grant
            + QStringList { "--item", "follow_up_plan", "--recipient", "nav_counsellor", "--purpose",
                "Rapport til NAV" }
            + store);
        QVERIFY2(nav.exitCode == 0, qPrintable(nav.err));
        QJsonObject fields = consentsOf()[id].toObject()["fields"].toObject();
        QCOMPARE(fields["item"].toString(), QString("support_needs"));
        QCOMPARE(fields["recipient_kind"].toString(), QString("employer"));
        QCOMPARE(fields["recipient_id"].toString(), employer);
        QCOMPARE(fields["granted_on"].toString(), iso(today.addDays(-2)));
        QCOMPARE(fields["granted_how"].toString(), QString("written"));
        QCOMPARE(fields["summary_simple"].toString(), QString("Sjefen får vite hva som hjelper deg."));
        QVERIFY(fields["revoked_on"].toString().isEmpty());

        // Revoked: today by default, at once; a second revocation is refused and the first stands.
        const Run future = cli(QStringList { "consent", "revoke", id, "--on", iso(today.addDays(1)) } + store);
        QVERIFY(future.exitCode != 0);
        QVERIFY2(future.err.contains("in the future"), qPrintable(future.err));
        const Run revoked = cli(QStringList { "consent", "revoke", id } + store);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(revoked.out.trimmed(), id);
        fields = consentsOf()[id].toObject()["fields"].toObject();
        QCOMPARE(fields["revoked_on"].toString(), iso(today));
        const Run again = cli(QStringList { "consent", "revoke", id, "--on", iso(today.addDays(-1)) } + store);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("already revoked"), qPrintable(again.err));
        QCOMPARE(consentsOf()[id].toObject()["fields"].toObject()["revoked_on"].toString(), iso(today));
        const Run noSuch = cli(QStringList { "consent", "revoke", "no-such-consent" } + store);
        QVERIFY(noSuch.exitCode != 0);
        QVERIFY2(noSuch.err.contains("no consent with that id"), qPrintable(noSuch.err));
        QCOMPARE(consentsOf().size(), 2);
    }

    void planAndGoalsFollowThePlanRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-30)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString participant = added.out.trimmed();
        auto tableOf = [&](const char* table) {
            const Run dumped = cli(QStringList { "dump" } + store);
            QJsonObject mine;
            const QJsonObject all
                = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()[table].toObject();
            for (auto it = all.begin(); it != all.end(); ++it)
                if (it->toObject()["fields"].toObject()["participant_id"].toString() == participant)
                    mine.insert(it.key(), *it);
            return mine;
        };
        auto refused = [&](const QStringList& args, const char* says) {
            const Run r = cli(args + store);
            if (r.exitCode == 0 || !r.err.contains(says) || r.err.count('\n') != 1)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode != 0 && r.err.contains(says) && r.err.count('\n') == 1;
        };

        // Misuse of plan set: each a clear one-line error, and no plan written.
        const QStringList plan { "plan", "set", "--participant", participant };
        QVERIFY(refused(plan, "Say what to write"));
        QVERIFY(refused(plan + QStringList { "--agreed-participant", iso(today.addDays(1)) }, "in the future"));
        QVERIFY(refused(plan + QStringList { "--summary", "Jobb, se 01019012345" }, "national ID number"));
        QVERIFY(refused(QStringList { "plan", "set", "--participant", "no-such-participant", "--summary", "Jobb" },
            "no participant with that id"));
        QVERIFY(tableOf("plans").isEmpty());

        // Written, then changed: only the options given change.
        Run r = cli(plan + QStringList { "--summary", "Fast jobb innen et år", "--schedule", "Ukentlig" } + store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), participant);
        r = cli(plan + QStringList { "--tapering", "Mentor tar over", "--agreed-employer", iso(today) } + store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject fields = tableOf("plans")[participant].toObject()["fields"].toObject();
        QCOMPARE(fields["summary"].toString(), QString("Fast jobb innen et år"));
        QCOMPARE(fields["schedule"].toString(), QString("Ukentlig"));
        QCOMPARE(fields["tapering"].toString(), QString("Mentor tar over"));
        QCOMPARE(fields["agreed_employer_on"].toString(), iso(today));
        QCOMPARE(tableOf("plans").size(), 1);

        // Goals: added with a due day, a sub-goal under it, changed, done, reopened, dropped.
        const QStringList goal { "goal", "add", "--participant", participant };
        QVERIFY(refused(goal + QStringList { "--text", "  " }, "Write the goal"));
        QVERIFY(refused(goal + QStringList { "--text", "Ta førerkort", "--due", "snart" }, "--due"));
        QVERIFY(refused(
            goal + QStringList { "--text", "Ta førerkort", "--parent", "no-such-goal" }, "no goal with that id"));
        QVERIFY(tableOf("goals").isEmpty());
        r = cli(goal + QStringList { "--text", "Ta førerkort", "--due", iso(today.addDays(60)) } + store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString main = r.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(main.toStdString()), qPrintable(r.out));
        r = cli(goal + QStringList { "--text", "Bestå teoriprøven", "--parent", main } + store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString sub = r.out.trimmed();
        QCOMPARE(tableOf("goals")[sub].toObject()["fields"].toObject()["parent_id"].toString(), main);

        QVERIFY(refused(QStringList { "goal", "change", main }, "Say what to change"));
        r = cli(QStringList { "goal", "change", main, "--text", "Ta førerkort klasse B", "--due", "none" } + store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        fields = tableOf("goals")[main].toObject()["fields"].toObject();
        QCOMPARE(fields["text"].toString(), QString("Ta førerkort klasse B"));
        QVERIFY(fields["due_on"].toString().isEmpty());

        r = cli(QStringList { "goal", "done", sub } + store);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), sub);
        QCOMPARE(tableOf("goals")[sub].toObject()["fields"].toObject()["status"].toString(), QString("achieved"));
        QVERIFY(refused(QStringList { "goal", "done", sub }, "already marked achieved"));
        QVERIFY(cli(QStringList { "goal", "reopen", sub } + store).exitCode == 0);
        QCOMPARE(tableOf("goals")[sub].toObject()["fields"].toObject()["status"].toString(), QString("open"));
        QVERIFY(cli(QStringList { "goal", "drop", main } + store).exitCode == 0);
        QCOMPARE(tableOf("goals")[main].toObject()["fields"].toObject()["status"].toString(), QString("dropped"));
        QVERIFY(refused(QStringList { "goal", "drop", "no-such-goal" }, "no goal with that id"));
        QCOMPARE(tableOf("goals").size(), 2);
    }

    void mentorsAreAddedAssignedHandedOverAndEndedFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        const QDate today = QDate::currentDate();
        auto iso = [](const QDate& d) { return d.toString(Qt::ISODate); };
        const Run added = cli(
            QStringList { "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-30)) }
            + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString participant = added.out.trimmed();
        const QString employer = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        const Run job = cli(QStringList { "placement", "start", "--participant", participant, "--employer", employer,
                                "--start", iso(today.addDays(-7)), "--percent", "50", "--kind", "work_trial" }
            + store);
        QVERIFY2(job.exitCode == 0, qPrintable(job.err));
        const QString placement = job.out.trimmed();
        auto tableOf = [&](const char* table) {
            const Run dumped = cli(QStringList { "dump" } + store);
            return QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()[table].toObject();
        };

        // mentor add: a name, at an employer in the directory; no national ID numbers.
        const Run noName = cli(QStringList { "mentor", "add", "--employer", employer, "--name", " " } + store);
        QVERIFY(noName.exitCode != 0);
        QVERIFY2(noName.err.contains("mentor's name"), qPrintable(noName.err));
        const Run idNumber
            = cli(QStringList { "mentor", "add", "--employer", employer, "--name", "Kari", "--phone", "01019012345" }
                + store);
        QVERIFY(idNumber.exitCode != 0);
        QVERIFY2(idNumber.err.contains("national ID"), qPrintable(idNumber.err));
        const Run noEmployer
            = cli(QStringList { "mentor", "add", "--employer", "no-such-employer", "--name", "Kari" } + store);
        QVERIFY(noEmployer.exitCode != 0);
        QVERIFY2(noEmployer.err.contains("no employer with that id"), qPrintable(noEmployer.err));
        const Run kari = cli(QStringList { "mentor", "add", "--employer", employer, "--name", "Kari Bakersen",
                                 "--email", "kari@bakeriet.example", "--training", "Mentorkurs 2025" }
            + store);
        QVERIFY2(kari.exitCode == 0, qPrintable(kari.err));
        const QString kariId = kari.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(kariId.toStdString()), qPrintable(kari.out));
        QCOMPARE(tableOf("mentors")[kariId].toObject()["fields"].toObject()["training"].toString(),
            QString("Mentorkurs 2025"));
        const Run per = cli(QStringList { "mentor", "add", "--employer", employer, "--name", "Per Deigsen" } + store);
        QVERIFY2(per.exitCode == 0, qPrintable(per.err));
        const QString perId = per.out.trimmed();

        // mentor assign: the talk every 7-56 days; every other week by default.
        const QStringList assign { "mentor", "assign", "--participant", participant, "--mentor", kariId, "--placement",
            placement, "--mandate", "Opplæring i rutinene" };
        const Run tooOften = cli(assign + QStringList { "--talk-every", "3" } + store);
        QVERIFY(tooOften.exitCode != 0);
        QVERIFY2(tooOften.err.contains("every other week"), qPrintable(tooOften.err));
        auto assignmentsOfParticipant = [&]() {
            int n = 0;
            for (const QJsonValue& row : tableOf("mentor_assignments"))
                if (row.toObject()["fields"].toObject()["participant_id"].toString() == participant)
                    ++n;
            return n;
        };
        QCOMPARE(assignmentsOfParticipant(), 0);
        const Run assigned = cli(assign + store);
        QVERIFY2(assigned.exitCode == 0, qPrintable(assigned.err));
        const QString first = assigned.out.trimmed();
        QJsonObject fields = tableOf("mentor_assignments")[first].toObject()["fields"].toObject();
        QCOMPARE(fields["mentor_id"].toString(), kariId);
        QCOMPARE(fields["placement_id"].toString(), placement);
        QCOMPARE(fields["from_on"].toString(), iso(today));
        QCOMPARE(fields["talk_interval_days"].toInt(), 14);
        const Run twice = cli(assign + store);
        QVERIFY(twice.exitCode != 0);
        QVERIFY2(twice.err.contains("already assigned"), qPrintable(twice.err));
        QCOMPARE(assignmentsOfParticipant(), 1);
        const Run goal = cli(QStringList { "mentor", "goal", first, "--text", "Melde fravær før klokka sju" } + store);
        QVERIFY2(goal.exitCode == 0, qPrintable(goal.err));

        // mentor handover: Per takes over in a week, with the learning goal.
        const Run same = cli(QStringList { "mentor", "handover", first, "--to", kariId } + store);
        QVERIFY(same.exitCode != 0);
        QVERIFY2(same.err.contains("current mentor"), qPrintable(same.err));
        const Run handed
            = cli(QStringList { "mentor", "handover", first, "--to", perId, "--on", iso(today.addDays(7)) } + store);
        QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
        const QString second = handed.out.trimmed();
        const QJsonObject assignments = tableOf("mentor_assignments");
        QCOMPARE(assignments[first].toObject()["fields"].toObject()["to_on"].toString(), iso(today.addDays(6)));
        fields = assignments[second].toObject()["fields"].toObject();
        QCOMPARE(fields["mentor_id"].toString(), perId);
        QCOMPARE(fields["from_on"].toString(), iso(today.addDays(7)));
        QCOMPARE(fields["mandate"].toString(), QString("Opplæring i rutinene"));
        QCOMPARE(
            tableOf("learning_goals")[goal.out.trimmed()].toObject()["fields"].toObject()["assignment_id"].toString(),
            second);

        // mentor end: not before the mentor started; then it stands.
        const Run early = cli(QStringList { "mentor", "end", second, "--on", iso(today) } + store);
        QVERIFY(early.exitCode != 0);
        QVERIFY2(early.err.contains("before the assignment started"), qPrintable(early.err));
        const Run ended = cli(QStringList { "mentor", "end", second, "--on", iso(today.addDays(60)) } + store);
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.err));
        QCOMPARE(ended.out.trimmed(), second);
        QCOMPARE(tableOf("mentor_assignments")[second].toObject()["fields"].toObject()["to_on"].toString(),
            iso(today.addDays(60)));
        const Run again = cli(QStringList { "mentor", "end", second } + store);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("already ends"), qPrintable(again.err));
        const Run noSuch = cli(QStringList { "mentor", "end", "no-such-assignment" } + store);
        QVERIFY(noSuch.exitCode != 0);
        QVERIFY2(noSuch.err.contains("no mentor assignment with that id"), qPrintable(noSuch.err));
    }

    // handover on a team lead's store: to another specialist on the staff list, with a clear error
    // for every misuse; a specialist's own store cannot hand anyone over.
    void handoverFollowsTheHandOverRule()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList lead { "--data-dir", dir.filePath("lead"), "--passphrase-file", pass };
        const QStringList own { "--data-dir", dir.filePath("specialist"), "--passphrase-file", pass };
        for (const QStringList& store : { lead, own })
            QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7", "--as", "lead" } + lead).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + own).exitCode, 0);
        QVERIFY(cli(QStringList { "demo", "--as", "lead" } + own).exitCode != 0); // already someone's store
        auto tableOf = [&](const QStringList& store, const char* table) {
            const Run dumped = cli(QStringList { "dump" } + store);
            return QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()[table].toObject();
        };
        auto fieldsOf = [&](const char* table, const QString& id) {
            return tableOf(lead, table)[id].toObject()["fields"].toObject();
        };

        // A participant who is not discharged, who follows them, a colleague, and a mentor's login.
        QString participant, current, colleague, mentor, discharged;
        const QJsonObject participants = tableOf(lead, "participants");
        for (auto it = participants.begin(); it != participants.end(); ++it) {
            const QJsonObject f = it.value().toObject()["fields"].toObject();
            if (f["status"].toString() == "discharged")
                discharged = it.key();
            else if (participant.isEmpty() && !f["specialist_id"].toString().isEmpty()) {
                participant = it.key();
                current = f["specialist_id"].toString();
            }
        }
        const QJsonObject staff = tableOf(lead, "staff");
        for (auto it = staff.begin(); it != staff.end(); ++it) {
            const QString role = it.value().toObject()["fields"].toObject()["role"].toString();
            if (role == "specialist" && it.key() != current)
                colleague = it.key();
            if (role == "mentor")
                mentor = it.key();
        }
        QVERIFY(!participant.isEmpty() && !colleague.isEmpty());
        const QStringList handOver { "handover", "--participant", participant };

        const Run noTo = cli(handOver + lead);
        QVERIFY(noTo.exitCode != 0);
        QVERIFY2(noTo.err.contains("--to"), qPrintable(noTo.err));
        const Run notALead = cli(handOver + QStringList { "--to", colleague } + own);
        QVERIFY(notALead.exitCode != 0);
        QVERIFY2(notALead.err.contains("Only a team lead"), qPrintable(notALead.err));
        const Run unknown
            = cli(QStringList { "handover", "--participant", "00000000-0000-4000-8000-00000000dead", "--to", colleague }
                + lead);
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("no participant with that id"), qPrintable(unknown.err));
        const Run nobody = cli(handOver + QStringList { "--to", "00000000-0000-4000-8000-00000000beef" } + lead);
        QVERIFY(nobody.exitCode != 0);
        QVERIFY2(nobody.err.contains("staff list"), qPrintable(nobody.err));
        const Run same = cli(handOver + QStringList { "--to", current } + lead);
        QVERIFY(same.exitCode != 0);
        QVERIFY2(same.err.contains("already follows"), qPrintable(same.err));
        const Run tomorrow = cli(handOver
            + QStringList { "--to", colleague, "--date", QDate::currentDate().addDays(1).toString(Qt::ISODate) }
            + lead);
        QVERIFY(tomorrow.exitCode != 0);
        QVERIFY2(tomorrow.err.contains("in the future"), qPrintable(tomorrow.err));
        const Run badDate = cli(handOver + QStringList { "--to", colleague, "--date", "next week" } + lead);
        QVERIFY(badDate.exitCode != 0);
        QVERIFY2(badDate.err.contains("--date"), qPrintable(badDate.err));
        if (!mentor.isEmpty()) {
            const Run toMentor = cli(handOver + QStringList { "--to", mentor } + lead);
            QVERIFY(toMentor.exitCode != 0);
            QVERIFY2(toMentor.err.contains("mentor does not follow"), qPrintable(toMentor.err));
        }
        if (!discharged.isEmpty()) {
            const Run gone = cli(QStringList { "handover", "--participant", discharged, "--to", colleague } + lead);
            QVERIFY(gone.exitCode != 0);
            QVERIFY2(gone.err.contains("discharged"), qPrintable(gone.err));
        }
        QCOMPARE(fieldsOf("participants", participant)["specialist_id"].toString(), current);

        const Run handed = cli(handOver + QStringList { "--to", colleague } + lead);
        QVERIFY2(handed.exitCode == 0, qPrintable(handed.err));
        QCOMPARE(handed.out.trimmed(), participant);
        QCOMPARE(fieldsOf("participants", participant)["specialist_id"].toString(), colleague);
    }

    // review: a specialist puts one of their participants up (or an entry of their reflection log),
    // lists the queue and withdraws what is not yet discussed; only a lead records the advice.
    void reviewPutsACaseUpAndTheLeadAdvises()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList lead { "--data-dir", dir.filePath("lead"), "--passphrase-file", pass };
        const QStringList own { "--data-dir", dir.filePath("specialist"), "--passphrase-file", pass };
        for (const QStringList& store : { lead, own })
            QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7", "--as", "lead" } + lead).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + own).exitCode, 0);
        // The participant the demo specialist follows (the one most of the caseload names), not discharged.
        const Run dumped = cli(QStringList { "dump" } + own);
        const QJsonObject participants
            = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()["participants"].toObject();
        QMap<QString, int> followed;
        for (auto it = participants.begin(); it != participants.end(); ++it)
            ++followed[it.value().toObject()["fields"].toObject()["specialist_id"].toString()];
        QString me;
        for (auto it = followed.begin(); it != followed.end(); ++it)
            if (me.isEmpty() || it.value() > followed[me])
                me = it.key();
        // Not the one the demo put up already (its item waits for the review).
        QSet<QString> waiting;
        const QJsonObject reviews
            = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()["case_reviews"].toObject();
        for (auto it = reviews.begin(); it != reviews.end(); ++it)
            waiting.insert(it.value().toObject()["fields"].toObject()["participant_id"].toString());
        QString participant;
        for (auto it = participants.begin(); it != participants.end() && participant.isEmpty(); ++it) {
            const QJsonObject f = it.value().toObject()["fields"].toObject();
            if (f["specialist_id"].toString() == me && f["status"].toString() != "discharged"
                && !waiting.contains(it.key()))
                participant = it.key();
        }
        QVERIFY(!participant.isEmpty());

        const Run nothing = cli(QStringList { "review", "add" } + own);
        QVERIFY(nothing.exitCode != 0);
        QVERIFY2(nothing.err.contains("Name what to discuss"), qPrintable(nothing.err));
        const Run blank = cli(QStringList { "review", "add", "--participant", participant, "--question", " " } + own);
        QVERIFY(blank.exitCode != 0);
        QVERIFY2(blank.err.contains("what you want to discuss"), qPrintable(blank.err));
        const Run fnr = cli(
            QStringList { "review", "add", "--participant", participant, "--question", "Gjelder 01019012345" } + own);
        QVERIFY(fnr.exitCode != 0);
        QVERIFY2(fnr.err.contains("national ID"), qPrintable(fnr.err));
        const Run added
            = cli(QStringList { "review", "add", "--participant", participant, "--question", "Hun vil slutte. Hva nå?" }
                + own);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString item = added.out.trimmed();
        QVERIFY(!item.isEmpty());
        const Run twice
            = cli(QStringList { "review", "add", "--participant", participant, "--question", "Igjen" } + own);
        QVERIFY(twice.exitCode != 0);
        QVERIFY2(twice.err.contains("in the case review's queue already"), qPrintable(twice.err));
        const Run notALead = cli(QStringList { "review", "advise", item, "--advice", "Selv" } + own);
        QVERIFY(notALead.exitCode != 0);
        QVERIFY2(notALead.err.contains("Only the team lead"), qPrintable(notALead.err));
        const Run listed = cli(QStringList { "review", "list" } + own);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(item + "  open"), qPrintable(listed.out));
        QVERIFY2(listed.out.contains("question: Hun vil slutte. Hva nå?"), qPrintable(listed.out));

        // A reflection entry brought to the review, then withdrawn; withdrawn once only.
        const Run entry = cli(QStringList { "reflection", "add", "--situation", "Arbeidsgiveren var i tvil" } + own);
        QVERIFY2(entry.exitCode == 0, qPrintable(entry.err));
        const Run brought = cli(QStringList { "review", "add", "--reflection", entry.out.trimmed() } + own);
        QVERIFY2(brought.exitCode == 0, qPrintable(brought.err));
        const Run withdrawn = cli(QStringList { "review", "withdraw", brought.out.trimmed() } + own);
        QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
        const Run again = cli(QStringList { "review", "withdraw", brought.out.trimmed() } + own);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("withdrawn"), qPrintable(again.err));
        QVERIFY(!cli(QStringList { "review", "list" } + own).out.contains(brought.out.trimmed()));

        // The lead puts a case up on their own store and records the advice, not for a day to come.
        QString theirs;
        const QJsonObject team = QJsonDocument::fromJson(cli(QStringList { "dump" } + lead).out.toUtf8())
                                     .object()["tables"]
                                     .toObject()["participants"]
                                     .toObject();
        for (auto it = team.begin(); it != team.end() && theirs.isEmpty(); ++it)
            if (it.value().toObject()["fields"].toObject()["status"].toString() != "discharged"
                && !waiting.contains(it.key()))
                theirs = it.key();
        const Run leads = cli(QStringList { "review", "add", "--participant", theirs, "--question", "Hva nå?" } + lead);
        QVERIFY2(leads.exitCode == 0, qPrintable(leads.err));
        const QString leadItem = leads.out.trimmed();
        const Run tomorrow = cli(QStringList { "review", "advise", leadItem, "--advice", "Råd", "--on",
                                     QDate::currentDate().addDays(1).toString(Qt::ISODate) }
            + lead);
        QVERIFY(tomorrow.exitCode != 0);
        QVERIFY2(tomorrow.err.contains("in the future"), qPrintable(tomorrow.err));
        const Run advised
            = cli(QStringList { "review", "advise", leadItem, "--advice", "Prøv jobbsmak i en annen bransje" } + lead);
        QVERIFY2(advised.exitCode == 0, qPrintable(advised.err));
        const Run discussed = cli(QStringList { "review", "list" } + lead);
        QVERIFY2(discussed.out.contains(leadItem + "  discussed"), qPrintable(discussed.out));
        QVERIFY2(discussed.out.contains("Prøv jobbsmak i en annen bransje"), qPrintable(discussed.out));
        const Run unknown = cli(QStringList { "review", "withdraw", "00000000-0000-4000-8000-00000000dead" } + own);
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("no such item"), qPrintable(unknown.err));
    }

    void aPassphraseFileOthersCanReadIsWarnedAbout()
    {
        QTemporaryDir dir;
        const QString loose = writeSecret(dir, "pass", tabletPassphrase, 0644);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", loose };
        const Run r = cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("can be read by others (mode 0644)"), qPrintable(r.err));
        QVERIFY(r.err.contains("chmod 600"));
        ::chmod(loose.toLocal8Bit().constData(), 0600);
        const Run quiet = cli(QStringList { "list" } + store);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains("warning"), qPrintable(quiet.err));
    }

    void weakPassphrasesAreRefusedByBothCommandLines()
    {
        QTemporaryDir dir;
        const QString weak = writeSecret(dir, "weak", "Sommer2024");
        const Run tablet = cli({ "init", "--data-dir", dir.filePath("tablet"), "--passphrase-file", weak });
        QVERIFY(tablet.exitCode != 0);
        QVERIFY2(tablet.err.contains("too easy to guess"), qPrintable(tablet.err));
        const Run theOffice = office({ "init", "--data-dir", dir.filePath("office"), "--passphrase-file", weak });
        QVERIFY(theOffice.exitCode != 0);
        QVERIFY2(theOffice.err.contains("too easy to guess"), qPrintable(theOffice.err));
        QVERIFY(!std::filesystem::exists(dir.filePath("office/key.json").toStdString()));
    }

    void theOfficeRefusesArgon2BelowATablets()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", officePassphrase);
        const Run r = office({ "init", "--data-dir", dir.filePath("office"), "--passphrase-file", pass, "--kdf-memory",
            "32", "--kdf-passes", "3" });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("64 MiB and 3 passes"), qPrintable(r.err));
        QVERIFY(!std::filesystem::exists(dir.filePath("office/key.json").toStdString()));
    }

    void passphrasesStayOutOfTheEnvironmentAndOfCoreDumps()
    {
        // Each program waits on a pipe for its passphrase file; meanwhile /proc shows what another
        // process of the user could read: no passphrase in its environment, and no core dumps.
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        QCOMPARE(cli({ "init", "--kdf-memory", "8", "--kdf-passes", "1", "--data-dir", dir.filePath("tablet"),
                         "--passphrase-file", pass })
                     .exitCode,
            0);
        const QString fifo = dir.filePath("fifo");
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        const std::string canary = "kanari-i-miljoet-7f3a";
        QProcessEnvironment env;
        env.insert("FIELDNOTES_EXPORT_PASSPHRASE", QString::fromStdString(canary));
        env.insert("FIELDNOTES_NEW_PASSPHRASE", QString::fromStdString(canary));
        for (const char* program : { FIELDNOTES_CLI_BIN, FIELDNOTES_OFFICE_BIN }) {
            Run r;
            const bool isCli = std::string(program) == FIELDNOTES_CLI_BIN;
            const Inspected seen = inspectWhileWaiting(program,
                { isCli ? "list" : "status", "--data-dir", dir.filePath("tablet"), "--passphrase-file", fifo }, fifo,
                tabletPassphrase, env, &r);
            QVERIFY2(!seen.limits.empty(), program);
            if (::geteuid() == 0)
                QVERIFY2(!seen.environment.empty(), program); // root reads it even from a non-dumpable process
            QVERIFY2(seen.environment.find(canary) == std::string::npos, program);
            QVERIFY2(seen.environment.find("FIELDNOTES_EXPORT_PASSPHRASE=") == std::string::npos
                    || seen.environment.find("FIELDNOTES_EXPORT_PASSPHRASE=" + canary) == std::string::npos,
                program);
            const auto line = seen.limits.find("Max core file size");
            QVERIFY2(line != std::string::npos, seen.limits.c_str());
            const std::string coreLimit = seen.limits.substr(line, seen.limits.find('\n', line) - line);
            QVERIFY2(coreLimit.find(" 0 ") != std::string::npos, coreLimit.c_str());
            if (isCli)
                QCOMPARE(r.exitCode, 0);
        }
    }

    // team on a lead's store prints the team overview (core/teamoverview.h): the caseload matches the
    // store's participants not discharged, the statuses add up to it, and no one waits in the demo;
    // a specialist's store is told the overview is the lead's.
    void teamPrintsTheOverviewForTheLeadAlone()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList lead { "--data-dir", dir.filePath("lead"), "--passphrase-file", pass };
        const QStringList own { "--data-dir", dir.filePath("specialist"), "--passphrase-file", pass };
        for (const QStringList& store : { lead, own })
            QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7", "--as", "lead" } + lead).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + own).exitCode, 0);

        const Run dumped = cli(QStringList { "dump" } + lead);
        const QJsonObject participants
            = QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()["participants"].toObject();
        int notDischarged = 0;
        for (auto it = participants.begin(); it != participants.end(); ++it)
            notDischarged += it.value().toObject()["fields"].toObject()["status"].toString() != "discharged" ? 1 : 0;
        QVERIFY(notDischarged > 0);

        const Run team = cli(QStringList { "team" } + lead);
        QVERIFY2(team.exitCode == 0, qPrintable(team.err));
        QVERIFY2(team.out.contains(QStringLiteral("On the caseload: %1\n").arg(notDischarged)), qPrintable(team.out));
        int byStatus = 0;
        const QString statuses = team.out.section("By status:\n", 1).section("By step", 0, 0);
        for (const QString& line : statuses.split('\n', Qt::SkipEmptyParts))
            byStatus += line.section(' ', -1).toInt();
        QCOMPARE(byStatus, notDischarged);
        QVERIFY2(team.out.contains("Waiting for a specialist: 0\n"), qPrintable(team.out));
        QVERIFY2(team.out.contains("Placements "), qPrintable(team.out));

        const Run refused = cli(QStringList { "team" } + own);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("for the team lead"), qPrintable(refused.err));
    }

    void openingASealedExportIsAnAuditedAccess()
    {
        QTemporaryDir dir;
        const QString officePass = writeSecret(dir, "office-pass", officePassphrase);
        const QString tabletPass = writeSecret(dir, "tablet-pass", tabletPassphrase);
        const QStringList theOffice { "--data-dir", dir.filePath("office"), "--passphrase-file", officePass };
        const QStringList tablet { "--data-dir", dir.filePath("tablet"), "--passphrase-file", tabletPass };
        QCOMPARE(office(QStringList { "init" } + theOffice).exitCode, 0);
        const Run key = cli(QStringList { "export-key" } + theOffice);
        QCOMPARE(key.exitCode, 0);
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + tablet).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + tablet).exitCode, 0);
        QCOMPARE(cli(QStringList { "export-recipient", key.out.trimmed() } + tablet).exitCode, 0);
        const QString file = dir.filePath("figures.fnx");
        QCOMPARE(cli(QStringList { "export", "figures", "--out", file } + tablet).exitCode, 0);

        const Run before = office(QStringList { "audit", "--last", "0" } + theOffice);
        QCOMPARE(before.exitCode, 0);
        const QString head = before.out.section("head ", 1).section(';', 0, 0);
        QCOMPARE(head.size(), 64);

        const Run opened = cli(QStringList { "open-export", file, "--list" } + theOffice);
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        const Run audit = office(QStringList { "audit", "--last", "1" } + theOffice);
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(audit.out.contains("open-export"), qPrintable(audit.out));
        QVERIFY2(audit.out.contains("kind=own_figures"), qPrintable(audit.out));

        // The head printed before is still in the log, one entry back; an invented one is not.
        const Run checked = office(QStringList { "audit", "--last", "0", "--check-head", head } + theOffice);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY2(checked.out.contains("1 entries follow it"), qPrintable(checked.out));
        const Run invented
            = office(QStringList { "audit", "--last", "0", "--check-head", QString(64, QLatin1Char('a')) } + theOffice);
        QVERIFY(invented.exitCode != 0);
        QVERIFY2(invented.err.contains("does not hold the earlier head"), qPrintable(invented.err));
    }

    // rotate-key as support staff would run it: prepare, status, misuse, cancel, and activate with
    // no tablets to wait for; the status command shows the prepared key meanwhile.
    void rotateKeyPreparesActivatesAndCancels()
    {
        QTemporaryDir dir;
        const QString officePass = writeSecret(dir, "office-pass", officePassphrase);
        const QStringList theOffice { "--data-dir", dir.filePath("office"), "--passphrase-file", officePass };
        QCOMPARE(office(QStringList { "init" } + theOffice).exitCode, 0);
        const Run before = office(QStringList { "status" } + theOffice);
        const QString oldPin = before.out.section("Server key pin ", 1).section('\n', 0, 0);
        QVERIFY2(oldPin.startsWith("sha256/"), qPrintable(before.out));

        const Run nothing = office(QStringList { "rotate-key", "activate" } + theOffice);
        QVERIFY(nothing.exitCode != 0);
        QVERIFY2(nothing.err.contains("No new office key is prepared"), qPrintable(nothing.err));
        QVERIFY(office(QStringList { "rotate-key", "turn" } + theOffice).exitCode != 0);

        const Run prepared = office(QStringList { "rotate-key", "prepare" } + theOffice);
        QVERIFY2(prepared.exitCode == 0, qPrintable(prepared.err));
        const QString nextPin = prepared.out.section("Next key    ", 1).section('\n', 0, 0);
        QVERIFY2(nextPin.startsWith("sha256/") && nextPin != oldPin, qPrintable(prepared.out));
        QVERIFY2(office(QStringList { "status" } + theOffice).out.contains("Next server key pin " + nextPin),
            "status does not show the prepared key");
        QVERIFY(office(QStringList { "rotate-key", "prepare" } + theOffice).exitCode != 0);
        QCOMPARE(office(QStringList { "rotate-key", "cancel" } + theOffice).exitCode, 0);
        QVERIFY(office(QStringList { "rotate-key", "cancel" } + theOffice).exitCode != 0);

        QCOMPARE(office(QStringList { "rotate-key", "prepare" } + theOffice).exitCode, 0);
        const Run ready = office(QStringList { "rotate-key", "status" } + theOffice);
        QVERIFY2(ready.out.contains("Every tablet in use has heard the next key"), qPrintable(ready.out));
        const QString newPin = ready.out.section("Next key    ", 1).section('\n', 0, 0);
        const Run activated = office(QStringList { "rotate-key", "activate" } + theOffice);
        QVERIFY2(activated.exitCode == 0, qPrintable(activated.err));
        QVERIFY2(activated.out.contains("Restart fieldnotes-office serve"), qPrintable(activated.out));
        QVERIFY2(office(QStringList { "status" } + theOffice).out.contains("Server key pin " + newPin),
            "the office does not serve the new key");
        const Run audit = office(QStringList { "audit", "--last", "6" } + theOffice);
        for (const char* event : { "key-rotation-prepared", "key-rotation-cancelled", "key-rotation-activated" })
            QVERIFY2(audit.out.contains(event), qPrintable(audit.out));
    }

    void employersAreRegisteredAndFilledInFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString pass = writeSecret(dir, "pass", tabletPassphrase);
        const QStringList store { "--data-dir", dir.filePath("tablet"), "--passphrase-file", pass };
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + store).exitCode, 0);
        QCOMPARE(cli(QStringList { "demo", "--seed", "7" } + store).exitCode, 0);
        auto tableOf = [&](const char* table) {
            const Run dumped = cli(QStringList { "dump" } + store);
            return QJsonDocument::fromJson(dumped.out.toUtf8()).object()["tables"].toObject()[table].toObject();
        };
        auto refused = [&](const QStringList& args, const char* says) {
            const Run r = cli(args + store);
            if (r.exitCode == 0 || !r.err.contains(says) || r.err.count('\n') != 1)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode != 0 && r.err.contains(says) && r.err.count('\n') == 1;
        };
        const int employersBefore = static_cast<int>(tableOf("employers").size());

        // employer add: a name; an organisation number of nine digits with a valid check digit,
        // not one already registered; no national ID numbers. Each a one-line error, nothing written.
        QVERIFY(refused({ "employer", "add", "--name", " " }, "employer's name"));
        QVERIFY(
            refused({ "employer", "add", "--name", "Testbyen Sykkel AS", "--org-number", "99900001" }, "nine digits"));
        QVERIFY(
            refused({ "employer", "add", "--name", "Testbyen Sykkel AS", "--org-number", "999000011" }, "check digit"));
        QVERIFY(refused(
            { "employer", "add", "--name", "Testbyen Sykkel AS", "--notes", "Leder 01019012345" }, "national ID"));
        QVERIFY(refused({ "employer", "add", "--name", "Testbyen Sykkel AS", "--follow-up", "never" },
            "Use one of: on_site, meetings_only"));
        QCOMPARE(static_cast<int>(tableOf("employers").size()), employersBefore);

        const Run added
            = cli(QStringList { "employer", "add", "--name", "Testbyen Sykkel AS", "--org-number", "999 000 010",
                      "--sector", "verksted", "--address", "Sykkelveien 2", "--follow-up", "meetings_only" }
                + store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString employer = added.out.trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(employer.toStdString()), qPrintable(added.out));
        QJsonObject fields = tableOf("employers")[employer].toObject()["fields"].toObject();
        QCOMPARE(fields["name"].toString(), QString("Testbyen Sykkel AS"));
        QCOMPARE(fields["org_number"].toString(), QString("999000010"));
        QCOMPARE(fields["follow_up_preference"].toString(), QString("meetings_only"));
        QVERIFY(!fields["owner_id"].toString().isEmpty());
        QString firstWorkplace;
        const QJsonObject workplaces = tableOf("workplaces");
        for (auto it = workplaces.begin(); it != workplaces.end(); ++it)
            if (it.value().toObject()["fields"].toObject()["employer_id"].toString() == employer)
                firstWorkplace = it.key();
        QVERIFY(!firstWorkplace.isEmpty());
        QVERIFY(refused(
            { "employer", "add", "--name", "Sykkelverkstedet", "--org-number", "999000010" }, "Testbyen Sykkel AS"));

        // contact, workplace and task add: at an employer that exists, a task at one of its workplaces.
        QVERIFY(refused({ "employer", "contact", "add", "--employer", "no-such-employer", "--name", "Kari" },
            "no employer with that id"));
        const Run contact = cli(QStringList { "employer", "contact", "add", "--employer", employer, "--name",
                                    "Kari Eksempel", "--role", "Daglig leder" }
            + store);
        QVERIFY2(contact.exitCode == 0, qPrintable(contact.err));
        QCOMPARE(tableOf("employer_contacts")[contact.out.trimmed()].toObject()["fields"].toObject()["name"].toString(),
            QString("Kari Eksempel"));
        const Run workplace
            = cli(QStringList { "employer", "workplace", "add", "--employer", employer, "--name", "Utsalget på torget" }
                + store);
        QVERIFY2(workplace.exitCode == 0, qPrintable(workplace.err));
        const Run task = cli(QStringList { "employer", "task", "add", "--employer", employer, "--workplace",
                                 workplace.out.trimmed(), "--title", "Skifte dekk" }
            + store);
        QVERIFY2(task.exitCode == 0, qPrintable(task.err));
        QCOMPARE(
            tableOf("workplace_tasks")[task.out.trimmed()].toObject()["fields"].toObject()["workplace_id"].toString(),
            workplace.out.trimmed());
        const QString someoneElses = cli(QStringList { "list", "employers" } + store).out.section(' ', 0, 0);
        QVERIFY(someoneElses != employer);
        QVERIFY(refused({ "employer", "task", "add", "--employer", someoneElses, "--workplace", firstWorkplace,
                            "--title", "Skifte dekk" },
            "does not belong to the employer"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
