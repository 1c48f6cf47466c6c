// Every command of fieldnotes-cli and fieldnotes-office, run once as a person would run it against
// a real office server and paired tablets, its effect read back through the programs; and every
// misuse the README names (no store, a wrong or missing passphrase, a spent pairing bundle, ids that
// name nothing, a required option left out, a command or option that does not exist), each answered
// with one line that says what to do, a non-zero exit, and the store as it was. The commands come
// from the programs themselves (--list-commands): a command without a case here fails the test.
// Invented people only.
#include "cliprocess.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using fieldnotes::test::Run;
using fieldnotes::test::ServeProcess;
using fieldnotes::test::writeSecret;

const std::string tabletPassphrase = "correct horse battery staple";
const std::string officePassphrase = "demo passphrase for invented people";
// An id in the right form that names nothing anywhere.
const QString nobody = "00000000-0000-4000-8000-00000000dead";

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// Which test function runs each command (the program's --list-commands names them). A command the
// programs list that is missing here, or one named here that they no longer have, fails
// everyCommandHasAnEndToEndCase; a command its function never ran successfully fails
// everyCommandRanInItsCase.
const QMap<QString, QString> cliCases {
    { "init", "initTestCase" },
    { "pair", "initTestCase" },
    { "sync", "initTestCase" },
    { "demo", "aLocalStoreIsSetUpListedSearchedAndRekeyed" },
    { "list", "aLocalStoreIsSetUpListedSearchedAndRekeyed" },
    { "search", "aLocalStoreIsSetUpListedSearchedAndRekeyed" },
    { "dump", "aLocalStoreIsSetUpListedSearchedAndRekeyed" },
    { "passwd", "aLocalStoreIsSetUpListedSearchedAndRekeyed" },
    { "participant add", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "participant discharge", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "participant step", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "participant status", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "participant pause", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "participant resume", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "participant extend", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "add-visit", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "visit correct", "aParticipantsCourseAndVisitsReachTheOffice" },
    { "employer add", "employersPlacementsAndMentors" },
    { "employer contact add", "employersPlacementsAndMentors" },
    { "employer workplace add", "employersPlacementsAndMentors" },
    { "employer task add", "employersPlacementsAndMentors" },
    { "placement start", "employersPlacementsAndMentors" },
    { "placement change", "employersPlacementsAndMentors" },
    { "placement correct", "employersPlacementsAndMentors" },
    { "placement end", "employersPlacementsAndMentors" },
    { "placement measure review", "employersPlacementsAndMentors" },
    { "placement measure period", "employersPlacementsAndMentors" },
    { "placement measure end", "employersPlacementsAndMentors" },
    { "mentor add", "employersPlacementsAndMentors" },
    { "mentor assign", "employersPlacementsAndMentors" },
    { "mentor goal", "employersPlacementsAndMentors" },
    { "mentor handover", "employersPlacementsAndMentors" },
    { "mentor end", "employersPlacementsAndMentors" },
    { "schedule", "employersPlacementsAndMentors" },
    { "schedule move", "employersPlacementsAndMentors" },
    { "schedule cancel", "employersPlacementsAndMentors" },
    { "attention", "employersPlacementsAndMentors" },
    { "action done", "employersPlacementsAndMentors" },
    { "action cancel", "employersPlacementsAndMentors" },
    { "consent grant", "consentsAndThePlan" },
    { "consent revoke", "consentsAndThePlan" },
    { "plan set", "consentsAndThePlan" },
    { "goal add", "consentsAndThePlan" },
    { "goal change", "consentsAndThePlan" },
    { "goal done", "consentsAndThePlan" },
    { "goal drop", "consentsAndThePlan" },
    { "goal reopen", "consentsAndThePlan" },
    { "reflection add", "ownRecordsFiguresAndExports" },
    { "reflection list", "ownRecordsFiguresAndExports" },
    { "hours", "ownRecordsFiguresAndExports" },
    { "figures", "ownRecordsFiguresAndExports" },
    { "fidelity", "ownRecordsFiguresAndExports" },
    { "export-key", "ownRecordsFiguresAndExports" },
    { "export-recipient", "ownRecordsFiguresAndExports" },
    { "export", "ownRecordsFiguresAndExports" },
    { "open-export", "ownRecordsFiguresAndExports" },
    { "review add", "theLeadsTabletAdvisesAndHandsOver" },
    { "review list", "theLeadsTabletAdvisesAndHandsOver" },
    { "review advise", "theLeadsTabletAdvisesAndHandsOver" },
    { "review withdraw", "theLeadsTabletAdvisesAndHandsOver" },
    { "team", "theLeadsTabletAdvisesAndHandsOver" },
    { "handover", "theLeadsTabletAdvisesAndHandsOver" },
    { "conflicts", "conflictsAndRefusalsAreShownAndSettled" },
    { "resolve", "conflictsAndRefusalsAreShownAndSettled" },
    { "refused", "conflictsAndRefusalsAreShownAndSettled" },
};

const QMap<QString, QString> officeCases {
    { "init", "initTestCase" },
    { "demo", "initTestCase" },
    { "serve", "initTestCase" },
    { "enroll", "initTestCase" },
    { "assign", "conflictsAndRefusalsAreShownAndSettled" },
    { "staff", "theOfficeAdministersItsTabletsAndKeys" },
    { "status", "theOfficeAdministersItsTabletsAndKeys" },
    { "devices", "theOfficeAdministersItsTabletsAndKeys" },
    { "audit", "theOfficeAdministersItsTabletsAndKeys" },
    { "erase", "theOfficeAdministersItsTabletsAndKeys" },
    { "revoke", "theOfficeAdministersItsTabletsAndKeys" },
    { "rotate-key", "theOfficeAdministersItsTabletsAndKeys" },
};

// A command run to its end and exiting 0, by the test function that ran it.
struct Ran {
    QString program, command, function;
    bool operator==(const Ran&) const = default;
};

QStringList listedCommands(const char* program)
{
    const Run r = fieldnotes::test::run(program, { "--list-commands" });
    if (r.exitCode != 0)
        return {};
    return r.out.split('\n', Qt::SkipEmptyParts);
}

// The command that `args` begin with: the longest run of leading words that is a command.
QString commandOf(const QStringList& args, const QStringList& commands)
{
    QString path, found;
    for (const QString& word : args) {
        if (word.startsWith('-'))
            break;
        path = path.isEmpty() ? word : path + ' ' + word;
        if (commands.contains(path))
            found = path;
    }
    return found;
}

// What must never reach a person's terminal from a failed command.
const QRegularExpression internals(
    "sqlite|SQL|SELECT |INSERT |UPDATE |constraint|Qt|QProcess|terminate called|what\\(\\)|std::|Aborted|core dumped|"
    "Segmentation|exception|assert|0x[0-9a-f]{6,}|\\.cpp|\\.h:",
    QRegularExpression::CaseInsensitiveOption);

} // namespace

class TestCliE2e : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pass, m_officePass, m_wrongPass;
    QString m_office, m_tablet, m_lead, m_spare, m_bundle;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_specialist, m_colleague, m_leadStaff, m_mentorUser;
    QStringList m_cliCommands, m_officeCommands;
    QList<Ran> m_ran;
    QSet<QString> m_functionsRun;
    QStringList m_names; // every participant's name the tablets hold, never to be printed by a failure
    QMap<QString, QJsonObject> m_dumps; // the tables `dump` printed, per store

    QStringList storeOf(const QString& dir) const { return { "--data-dir", dir, "--passphrase-file", m_pass }; }
    QStringList officeStore() const { return { "--data-dir", m_office, "--passphrase-file", m_officePass }; }

    Run cli(const QStringList& args)
    {
        static const QStringList readOnly { "dump", "list", "search", "attention", "conflicts", "review list",
            "reflection list", "team", "figures" };
        if (!readOnly.contains(commandOf(args, m_cliCommands)))
            m_dumps.clear();
        const Run r = fieldnotes::test::cli(args);
        if (r.exitCode == 0)
            m_ran << Ran { "fieldnotes-cli", commandOf(args, m_cliCommands), QTest::currentTestFunction() };
        return r;
    }
    Run office(const QStringList& args)
    {
        const Run r = fieldnotes::test::office(args);
        if (r.exitCode == 0)
            m_ran << Ran { "fieldnotes-office", commandOf(args, m_officeCommands), QTest::currentTestFunction() };
        return r;
    }
    // A tablet command that must succeed; its standard output.
    QString ok(const QStringList& args, const QString& store)
    {
        const Run r = cli(args + storeOf(store));
        if (r.exitCode != 0)
            qWarning("fieldnotes-cli %s: exit %d: %s", qPrintable(args.join(' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : QString();
    }
    bool succeeds(const QStringList& args, const QString& store)
    {
        const Run r = cli(args + storeOf(store));
        if (r.exitCode != 0)
            qWarning("fieldnotes-cli %s: exit %d: %s", qPrintable(args.join(' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0;
    }
    QString officeOk(const QStringList& args)
    {
        const Run r = office(args + officeStore());
        if (r.exitCode != 0)
            qWarning("fieldnotes-office %s: exit %d: %s", qPrintable(args.join(' ')), r.exitCode, qPrintable(r.err));
        return r.exitCode == 0 ? r.out : QString();
    }
    // The store's records, as `dump` prints them.
    // (Read once until a command that may write runs.)
    QJsonObject tableOf(const QString& store, const QString& table)
    {
        if (!m_dumps.contains(store)) {
            const Run r = cli(QStringList { "dump" } + storeOf(store));
            m_dumps[store] = QJsonDocument::fromJson(r.out.toUtf8()).object()["tables"].toObject();
        }
        return m_dumps[store][table].toObject();
    }
    QJsonObject fieldsOf(const QString& store, const QString& table, const QString& id)
    {
        return tableOf(store, table)[id].toObject()["fields"].toObject();
    }
    QString digestOf(const QString& store, const QString& passphraseFile)
    {
        const Run r
            = fieldnotes::test::cli({ "dump", "--digest", "--data-dir", store, "--passphrase-file", passphraseFile });
        return r.exitCode == 0 ? r.out.trimmed() : "(does not open: " + r.err.trimmed() + ")";
    }
    // A tablet syncs; what it printed.
    QString sync(const QString& store) { return ok({ "sync", "--quiet" }, store); }
    // Pairs a new tablet for a staff member through a fresh bundle, and takes the office's records.
    bool pairTablet(const QString& dir, const QString& staff, const QString& role, const QString& label)
    {
        const QString bundle = m_dir.filePath(label + ".bundle");
        const Run enrolled = office(
            QStringList { "enroll", "--user", staff, "--role", role, "--out", bundle, "--address", m_serve->address() }
            + officeStore());
        if (enrolled.exitCode != 0 || !enrolled.out.contains("Existing staff member " + staff))
            return false;
        if (cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + storeOf(dir)).exitCode != 0)
            return false;
        const Run paired = cli(QStringList { "pair", bundle, "--label", label } + storeOf(dir));
        if (paired.exitCode != 0 || !paired.out.contains("as " + staff + " (" + role + ")"))
            return false;
        return sync(dir).contains("Received");
    }
    // The first participant `list` shows whose name starts with `prefix` (any, when empty).
    QString participantIn(const QString& store, const QString& prefix = {})
    {
        for (const QString& line : ok({ "list" }, store).split('\n', Qt::SkipEmptyParts))
            if (prefix.isEmpty() || line.section("  ", 1).startsWith(prefix))
                return line.section(' ', 0, 0);
        return {};
    }
    QString employerIn(const QString& store) { return ok({ "list", "employers" }, store).section(' ', 0, 0); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cliCommands = listedCommands(FIELDNOTES_CLI_BIN);
        m_officeCommands = listedCommands(FIELDNOTES_OFFICE_BIN);
        QVERIFY2(!m_cliCommands.isEmpty(), "fieldnotes-cli --list-commands printed nothing");
        QVERIFY2(!m_officeCommands.isEmpty(), "fieldnotes-office --list-commands printed nothing");
        m_functionsRun << "initTestCase";
        m_pass = writeSecret(m_dir, "pass", tabletPassphrase);
        m_officePass = writeSecret(m_dir, "office-pass", officePassphrase);
        m_wrongPass = writeSecret(m_dir, "wrong-pass", "feil passord for oppdiktede folk");
        m_office = m_dir.filePath("office");
        m_tablet = m_dir.filePath("tablet");
        m_lead = m_dir.filePath("lead-tablet");
        m_spare = m_dir.filePath("spare");

        // The office: its store (at the standard key cost), the invented caseload, served on loopback.
        const Run created = office(QStringList { "init" } + officeStore());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains("Created the office store in " + m_office), qPrintable(created.out));
        QVERIFY(created.out.contains("Server key pin "));
        const Run demo = office(QStringList { "demo", "--seed", "7" } + officeStore());
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        static const QRegularExpression staff("Specialist (\\S+), colleague (\\S+), lead (\\S+), mentor (\\S+)");
        const auto who = staff.match(demo.out);
        QVERIFY2(who.hasMatch(), qPrintable(demo.out));
        QVERIFY(demo.out.startsWith("Loaded "));
        m_specialist = who.captured(1);
        m_colleague = who.captured(2);
        m_leadStaff = who.captured(3);
        m_mentorUser = who.captured(4);
        m_serve = std::make_unique<ServeProcess>();
        const QString problem = m_serve->start(m_office, m_officePass);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_ran << Ran { "fieldnotes-office", "serve", "initTestCase" };

        // The specialist's tablet: a store at a low key cost (tests open it often), paired, synced.
        m_bundle = m_dir.filePath("tablet.bundle");
        const Run enrolled = office(QStringList { "enroll", "--user", m_specialist, "--role", "specialist", "--out",
                                        m_bundle, "--address", m_serve->address() }
            + officeStore());
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QVERIFY2(
            enrolled.out.contains("Existing staff member " + m_specialist + " (specialist)"), qPrintable(enrolled.out));
        QVERIFY(enrolled.out.contains("Wrote a one-time pairing bundle to " + m_bundle));
        const Run init = cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + storeOf(m_tablet));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QCOMPARE(init.out.trimmed(), "Created an encrypted store in " + m_tablet);
        const Run paired = cli(QStringList { "pair", m_bundle, "--label", "tablet A" } + storeOf(m_tablet));
        QVERIFY2(paired.exitCode == 0, qPrintable(paired.err));
        QVERIFY2(paired.out.contains(
                     "Paired with the office at " + m_serve->address() + " as " + m_specialist + " (specialist)"),
            qPrintable(paired.out));
        QVERIFY(ok({ "list" }, m_tablet).isEmpty()); // nothing before the first sync
        const Run synced = cli(QStringList { "sync" } + storeOf(m_tablet));
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        static const QRegularExpression received("Received (\\d+) records");
        const auto got = received.match(synced.out);
        QVERIFY2(got.hasMatch() && got.captured(1).toInt() > 0, qPrintable(synced.out));
        QVERIFY(synced.out.contains("Changes still waiting: 0."));
        QVERIFY(!participantIn(m_tablet).isEmpty());
        for (const QString& line : ok({ "list", "--all" }, m_tablet).split('\n', Qt::SkipEmptyParts))
            m_names << line.section("  ", 1).section("  ", 0, 0).trimmed();
    }

    void init() { m_functionsRun << QTest::currentTestFunction(); }

    void everyCommandHasAnEndToEndCase()
    {
        const auto compare
            = [](const QString& program, const QStringList& listed, const QMap<QString, QString>& cases) {
                  QStringList missing, stale;
                  for (const QString& command : listed)
                      if (!cases.contains(command))
                          missing << command;
                  for (const QString& command : cases.keys())
                      if (!listed.contains(command))
                          stale << command;
                  return missing.isEmpty() && stale.isEmpty() ? QString()
                                                              : program + ": commands without an end-to-end case: ["
                          + missing.join(", ") + "]; cases of commands it does not have: [" + stale.join(", ") + "]";
              };
        const QString cliGap = compare("fieldnotes-cli", m_cliCommands, cliCases);
        QVERIFY2(cliGap.isEmpty(), qPrintable(cliGap));
        const QString officeGap = compare("fieldnotes-office", m_officeCommands, officeCases);
        QVERIFY2(officeGap.isEmpty(), qPrintable(officeGap));
        // Each case names a test function of this file.
        for (const auto* cases : { &cliCases, &officeCases })
            for (const QString& function : cases->values())
                QVERIFY2(function == "initTestCase"
                        || metaObject()->indexOfSlot(QMetaObject::normalizedSignature(qPrintable(function + "()")))
                            >= 0,
                    qPrintable(function));
        // The listing is what the help offers.
        const Run help = fieldnotes::test::cli({ "--help" });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--list-commands"));
    }

    // A store of its own, with the demo caseload: listed, searched, dumped, its passphrase changed.
    void aLocalStoreIsSetUpListedSearchedAndRekeyed()
    {
        QCOMPARE(cli(QStringList { "init", "--kdf-memory", "8", "--kdf-passes", "1" } + storeOf(m_spare)).exitCode, 0);
        const QString loaded = ok({ "demo", "--seed", "7" }, m_spare);
        static const QRegularExpression counts("Loaded (\\d+) participants, (\\d+) employers, (\\d+) visits");
        const auto n = counts.match(loaded);
        QVERIFY2(n.hasMatch(), qPrintable(loaded));

        const QStringList people = ok({ "list" }, m_spare).split('\n', Qt::SkipEmptyParts);
        QVERIFY(!people.isEmpty());
        QVERIFY(people.size() <= n.captured(1).toInt());
        QVERIFY(ok({ "list", "participants", "--all" }, m_spare).split('\n', Qt::SkipEmptyParts).size()
            == n.captured(1).toInt());
        QCOMPARE(ok({ "list", "employers" }, m_spare).split('\n', Qt::SkipEmptyParts).size(), n.captured(2).toInt());
        QCOMPARE(ok({ "list", "visits" }, m_spare).split('\n', Qt::SkipEmptyParts).size(), n.captured(3).toInt());
        QVERIFY(ok({ "list", "outbox" }, m_spare).contains("changes wait to be sent"));

        const QString someone = people.first().section("  ", 1).section(' ', 0, 0);
        const QString found = ok({ "search", someone }, m_spare);
        QVERIFY2(found.contains(people.first().section(' ', 0, 0)), qPrintable(found));
        QCOMPARE(ok({ "search", "Zyxwvutsrq" }, m_spare).trimmed(), QString("No matches."));

        const QJsonObject dumped = QJsonDocument::fromJson(ok({ "dump" }, m_spare).toUtf8()).object();
        QCOMPARE(dumped["format"].toString(), QString("fieldnotes-dump"));
        QCOMPARE(dumped["tables"].toObject()["participants"].toObject().size(), n.captured(1).toInt());
        const QString digest = ok({ "dump", "--digest" }, m_spare).trimmed();
        QVERIFY2(QRegularExpression("^[0-9a-f]{64}$").match(digest).hasMatch(), qPrintable(digest));

        const QString next = writeSecret(m_dir, "spare-next", "hesten spiser gul banan i dag");
        const QString changed = ok({ "passwd", "--new-passphrase-file", next }, m_spare);
        QVERIFY2(changed.contains("Passphrase changed."), qPrintable(changed));
        QCOMPARE(digestOf(m_spare, next), digest);
        const Run old = fieldnotes::test::cli(QStringList { "list" } + storeOf(m_spare));
        QVERIFY(old.exitCode != 0);
        QVERIFY2(old.err.contains("passphrase is not right"), qPrintable(old.err));
    }

    // A person taken on at the tablet, their steps, status, pause and measure, visits written and
    // corrected, and a discharge: each printed, read back, and taken by the office at the next sync.
    void aParticipantsCourseAndVisitsReachTheOffice()
    {
        const QDate today = QDate::currentDate();
        const QString id = ok({ "participant", "add", "--name", "Tiril Prøvesen", "--referred", iso(today.addDays(-40)),
                                  "--measure-end", iso(today.addDays(140)), "--consent" },
            m_tablet)
                               .trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(id.toStdString()), qPrintable(id));
        m_names << "Tiril Prøvesen";
        QVERIFY(ok({ "list" }, m_tablet).contains(id + "  Tiril Prøvesen"));

        QCOMPARE(
            ok({ "participant", "step", id, "--steps", "2,1", "--on", iso(today.addDays(-30)) }, m_tablet).trimmed(),
            id + "  steps 1, 2 from " + iso(today.addDays(-30)));
        QCOMPARE(ok({ "participant", "status", id, "--status", "profiling", "--on", iso(today.addDays(-20)) }, m_tablet)
                     .trimmed(),
            id + "  status profiling (was referred) from " + iso(today.addDays(-20)));
        QCOMPARE(ok({ "participant", "pause", id, "--reason", "Innlagt", "--from", iso(today.addDays(-10)) }, m_tablet)
                     .trimmed(),
            id + "  paused from " + iso(today.addDays(-10)) + " (was profiling; resume returns to it)");
        QVERIFY(ok({ "list" }, m_tablet).contains(QRegularExpression(id + "  Tiril Prøvesen\\s+paused")));
        const QString resumed = ok({ "participant", "resume", id }, m_tablet).trimmed();
        QVERIFY2(
            resumed.startsWith(id + "  resumed on ") && resumed.endsWith(": status profiling"), qPrintable(resumed));
        const QString extension = ok(
            { "participant", "extend", id, "--until", iso(today.addDays(300)), "--why", "Trenger mer tid" }, m_tablet)
                                      .trimmed();
        QVERIFY2(extension.contains("  measure ends " + iso(today.addDays(300))), qPrintable(extension));
        QCOMPARE(fieldsOf(m_tablet, "participants", id)["measure_end_on"].toString(), iso(today.addDays(300)));
        QCOMPARE(fieldsOf(m_tablet, "measure_extensions", extension.section(' ', 0, 0))["justification"].toString(),
            QString("Trenger mer tid"));

        const QString visit
            = ok({ "add-visit", "--participant", id, "--type", "phone", "--note", "Ringte om vaktene" }, m_tablet)
                  .trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(visit.toStdString()), qPrintable(visit));
        QVERIFY(ok({ "list", "visits", "--participant", id }, m_tablet).contains("Ringte om vaktene"));
        const QString fix = ok({ "visit", "correct", visit, "--note", "Ringte om vaktene i mars" }, m_tablet).trimmed();
        QVERIFY(fix != visit);
        const QString visits = ok({ "list", "visits", "--participant", id }, m_tablet);
        QVERIFY2(visits.contains(fix) && visits.contains("Ringte om vaktene i mars") && !visits.contains(visit + " "),
            qPrintable(visits));

        QCOMPARE(ok({ "participant", "discharge", id, "--reason", "education" }, m_tablet).trimmed(), id);
        QVERIFY(!ok({ "list" }, m_tablet).contains(id));
        QVERIFY(ok({ "list", "--all" }, m_tablet).contains(id + "  Tiril Prøvesen"));

        const QString synced = sync(m_tablet);
        QVERIFY2(synced.contains(" 0 refused.") && synced.contains("Changes still waiting: 0."), qPrintable(synced));
        QVERIFY(ok({ "list", "outbox" }, m_tablet).startsWith("0 changes wait"));
        const QJsonObject atOffice
            = QJsonDocument::fromJson(fieldnotes::test::cli(QStringList { "dump" } + officeStore()).out.toUtf8())
                  .object()["tables"]
                  .toObject()["participants"]
                  .toObject()[id]
                  .toObject()["fields"]
                  .toObject();
        QCOMPARE(atOffice["status"].toString(), QString("discharged"));
        QCOMPARE(atOffice["discharge_reason"].toString(), QString("education"));
    }

    // An employer registered and filled in, a job there started, changed, corrected and its support
    // measure kept; a mentor assigned, handed over and ended; the follow-up schedule, the attention
    // list, and actions closed.
    void employersPlacementsAndMentors()
    {
        const QDate today = QDate::currentDate();
        const QString employer
            = ok({ "employer", "add", "--name", "Testbyen Sykkel AS", "--sector", "Handel", "--address", "Torget 1" },
                m_tablet)
                  .trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(employer.toStdString()), qPrintable(employer));
        QVERIFY(ok({ "list", "employers" }, m_tablet)
                    .contains(QRegularExpression(employer + "  Testbyen Sykkel AS\\s+Handel")));
        const QString contact = ok({ "employer", "contact", "add", "--employer", employer, "--name", "Kari Sjefsen",
                                       "--role", "daglig leder" },
            m_tablet)
                                    .trimmed();
        const QString workplace
            = ok({ "employer", "workplace", "add", "--employer", employer, "--name", "Verkstedet" }, m_tablet)
                  .trimmed();
        const QString task = ok(
            { "employer", "task", "add", "--employer", employer, "--workplace", workplace, "--title", "Lappe slanger" },
            m_tablet)
                                 .trimmed();

        QCOMPARE(fieldsOf(m_tablet, "employer_contacts", contact)["employer_id"].toString(), employer);
        QCOMPARE(fieldsOf(m_tablet, "workplaces", workplace)["name"].toString(), QString("Verkstedet"));
        QCOMPARE(fieldsOf(m_tablet, "workplace_tasks", task)["workplace_id"].toString(), workplace);

        const QString person = ok(
            { "participant", "add", "--name", "Sindre Syklist", "--referred", iso(today.addDays(-90)), "--consent" },
            m_tablet)
                                   .trimmed();
        m_names << "Sindre Syklist";
        const QString job = ok({ "placement", "start", "--participant", person, "--employer", employer, "--workplace",
                                   workplace, "--start", iso(today.addDays(-30)), "--percent", "40", "--kind",
                                   "work_trial", "--wage-subsidy", "50", "--subsidy-review", iso(today.addDays(30)) },
            m_tablet)
                                .trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(job.toStdString()), qPrintable(job));
        QCOMPARE(fieldsOf(m_tablet, "placements", job)["employer_id"].toString(), employer);
        QCOMPARE(
            ok({ "placement", "change", job, "--percent", "60", "--from", iso(today.addDays(-7)) }, m_tablet).trimmed(),
            job);
        QCOMPARE(ok({ "placement", "correct", job, "--percent", "50" }, m_tablet).trimmed(), job);
        bool corrected = false;
        const QJsonObject changes = tableOf(m_tablet, "position_changes");
        for (const auto& row : changes)
            if (row.toObject()["fields"].toObject()["placement_id"].toString() == job
                && row.toObject()["fields"].toObject()["percent"].toInt() == 50)
                corrected = true;
        QVERIFY2(corrected, "the last position change reads 50 %");

        const QString measure = ok(
            { "placement", "measure", "review", job, "--held", iso(today), "--next", iso(today.addDays(60)) }, m_tablet)
                                    .trimmed();
        QCOMPARE(fieldsOf(m_tablet, "support_measures", measure)["review_on"].toString(), iso(today.addDays(60)));
        const QString period = ok(
            { "placement", "measure", "period", job, "--from", iso(today.addDays(1)), "--percent", "30" }, m_tablet)
                                   .trimmed();
        QCOMPARE(fieldsOf(m_tablet, "support_measures", period)["percent"].toInt(), 30);
        QCOMPARE(
            ok({ "placement", "measure", "end", job, "--date", iso(today.addDays(20)) }, m_tablet).trimmed(), period);
        QCOMPARE(fieldsOf(m_tablet, "support_measures", period)["to_on"].toString(), iso(today.addDays(20)));

        // The follow-up schedule of the job: its meetings, one moved and one cancelled.
        const QString schedule = ok({ "schedule", "--placement", job, "--propose" }, m_tablet);
        QVERIFY2(!schedule.trimmed().isEmpty(), qPrintable(schedule));
        QVERIFY2(schedule.contains(job + "  work_trial from " + iso(today.addDays(-30))), qPrintable(schedule));
        // The meetings ahead, soonest first: the one proposed today (the second month's) moves two days
        // on, inside its window; the next is cancelled.
        QMap<QString, QString> ahead;
        const QJsonObject planned = tableOf(m_tablet, "follow_up_meetings");
        for (auto it = planned.begin(); it != planned.end(); ++it) {
            const QJsonObject f = it.value().toObject()["fields"].toObject();
            if (f["placement_id"].toString() == job && !it.value().toObject()["deleted"].toBool()
                && f["proposed_on"].toString() >= iso(today))
                ahead.insert(f["proposed_on"].toString() + it.key(), it.key());
        }
        const QStringList meetings = ahead.values();
        QVERIFY2(meetings.size() >= 2, qPrintable(schedule));
        const QString moved
            = ok(QStringList { "schedule", "move", meetings[0], "--to", iso(today.addDays(2)) }, m_tablet).trimmed();
        QCOMPARE(moved, meetings[0]);
        QCOMPARE(
            fieldsOf(m_tablet, "follow_up_meetings", meetings[0])["proposed_on"].toString(), iso(today.addDays(2)));
        QCOMPARE(
            ok({ "schedule", "cancel", meetings[1], "--reason", "Arbeidsgiver ba om å vente" }, m_tablet).trimmed(),
            meetings[1]);
        QVERIFY(tableOf(m_tablet, "follow_up_meetings")[meetings[1]].toObject()["deleted"].toBool());

        // What needs attention names agreed actions; one is done, another cancelled.
        auto listed = [&](const QString& table) {
            QStringList ids;
            for (const QString& line : ok({ "attention" }, m_tablet).split('\n'))
                if (line.contains(" " + table + " "))
                    ids << line.section(' ', -1);
            return ids;
        };
        const QStringList actions = listed("agreed_actions");
        QVERIFY2(actions.size() >= 2, "the demo caseload has agreed actions due");
        QCOMPARE(ok({ "action", "done", actions[0] }, m_tablet).trimmed(), actions[0]);
        QCOMPARE(ok({ "action", "cancel", actions[1], "--reason", "Avtalt på nytt" }, m_tablet).trimmed(), actions[1]);
        const QStringList after = listed("agreed_actions");
        QVERIFY(!after.contains(actions[0]) && !after.contains(actions[1]));

        // A mentor at the employer supports the person, with a learning goal; another takes over; it ends.
        const QString kari
            = ok({ "mentor", "add", "--employer", employer, "--name", "Kari Verksted", "--phone", "+47 400 00 001" },
                m_tablet)
                  .trimmed();
        const QString per
            = ok({ "mentor", "add", "--employer", employer, "--name", "Per Verksted" }, m_tablet).trimmed();
        const QString first = ok({ "mentor", "assign", "--participant", person, "--mentor", kari, "--placement", job,
                                     "--from", iso(today.addDays(-20)), "--mandate", "Opplæring i verkstedet" },
            m_tablet)
                                  .trimmed();
        const QString goal
            = ok({ "mentor", "goal", first, "--text", "Melde fravær før klokka sju" }, m_tablet).trimmed();
        const QString second = ok({ "mentor", "handover", first, "--to", per }, m_tablet).trimmed();
        QCOMPARE(ok({ "mentor", "end", second, "--on", iso(today.addDays(10)) }, m_tablet).trimmed(), second);
        QCOMPARE(fieldsOf(m_tablet, "mentors", kari)["employer_id"].toString(), employer);
        QCOMPARE(fieldsOf(m_tablet, "mentor_assignments", first)["mentor_id"].toString(), kari);
        QCOMPARE(fieldsOf(m_tablet, "learning_goals", goal)["text"].toString(), QString("Melde fravær før klokka sju"));
        QCOMPARE(fieldsOf(m_tablet, "mentor_assignments", second)["mentor_id"].toString(), per);
        QCOMPARE(fieldsOf(m_tablet, "mentor_assignments", first)["to_on"].toString(), iso(today.addDays(-1)));
        QCOMPARE(fieldsOf(m_tablet, "mentor_assignments", second)["to_on"].toString(), iso(today.addDays(10)));
        QCOMPARE(ok({ "placement", "end", job, "--reason", "Prøvetiden var over", "--date", iso(today) }, m_tablet)
                     .trimmed(),
            job);
        QCOMPARE(fieldsOf(m_tablet, "placements", job)["ended_on"].toString(), iso(today));
        const QString synced = sync(m_tablet);
        QVERIFY2(synced.contains(" 0 refused.") && synced.contains("Changes still waiting: 0."), qPrintable(synced));
    }

    // A consent given and withdrawn; the follow-up plan and its goals through their life.
    void consentsAndThePlan()
    {
        const QDate today = QDate::currentDate();
        const QString person = participantIn(m_tablet);
        QVERIFY(!person.isEmpty());
        const QString consent = ok({ "consent", "grant", "--participant", person, "--item", "contact_details",
                                       "--recipient", "nav_counsellor", "--purpose", "Avtale møter", "--how", "oral" },
            m_tablet)
                                    .trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(consent.toStdString()), qPrintable(consent));
        const QJsonObject given = fieldsOf(m_tablet, "disclosures", consent).isEmpty()
            ? fieldsOf(m_tablet, "consents", consent)
            : fieldsOf(m_tablet, "disclosures", consent);
        QCOMPARE(given["participant_id"].toString(), person);
        QCOMPARE(ok({ "consent", "revoke", consent }, m_tablet).trimmed(), consent);
        const QJsonObject revoked = fieldsOf(m_tablet, "disclosures", consent).isEmpty()
            ? fieldsOf(m_tablet, "consents", consent)
            : fieldsOf(m_tablet, "disclosures", consent);
        QCOMPARE(revoked["revoked_on"].toString(), iso(today));

        QCOMPARE(ok({ "plan", "set", "--participant", person, "--summary", "Fast jobb i handel", "--agreed-participant",
                        iso(today) },
                     m_tablet)
                     .trimmed(),
            person);
        bool planned = false;
        for (const auto& row : tableOf(m_tablet, "plans"))
            if (row.toObject()["fields"].toObject()["participant_id"].toString() == person)
                planned = row.toObject()["fields"].toObject()["summary"].toString() == "Fast jobb i handel";
        QVERIFY(planned);
        const QString main
            = ok({ "goal", "add", "--participant", person, "--text", "Ta førerkort", "--due", iso(today.addDays(90)) },
                m_tablet)
                  .trimmed();
        const QString sub
            = ok({ "goal", "add", "--participant", person, "--text", "Teoriprøven", "--parent", main }, m_tablet)
                  .trimmed();
        QCOMPARE(fieldsOf(m_tablet, "goals", sub)["parent_id"].toString(), main);
        QCOMPARE(ok({ "goal", "change", main, "--text", "Ta førerkort klasse B", "--due", "none" }, m_tablet).trimmed(),
            main);
        QCOMPARE(fieldsOf(m_tablet, "goals", main)["text"].toString(), QString("Ta førerkort klasse B"));
        QCOMPARE(ok({ "goal", "done", sub }, m_tablet).trimmed(), sub);
        QCOMPARE(fieldsOf(m_tablet, "goals", sub)["status"].toString(), QString("achieved"));
        QCOMPARE(ok({ "goal", "reopen", sub }, m_tablet).trimmed(), sub);
        QCOMPARE(fieldsOf(m_tablet, "goals", sub)["status"].toString(), QString("open"));
        QCOMPARE(ok({ "goal", "drop", main }, m_tablet).trimmed(), main);
        QCOMPARE(fieldsOf(m_tablet, "goals", main)["status"].toString(), QString("dropped"));
        const QString synced = sync(m_tablet);
        QVERIFY2(synced.contains(" 0 refused.") && synced.contains("Changes still waiting: 0."), qPrintable(synced));
    }

    // One's own records (the reflection log, working hours, the fidelity form), one's figures, and
    // an export sealed to the office's key and opened there.
    void ownRecordsFiguresAndExports()
    {
        const QString entry = ok({ "reflection", "add", "--situation", "Arbeidsgiveren tvilte på deltid", "--did",
                                     "Foreslo en prøveperiode", "--step", "4", "--theme", "arbeidsgiver" },
            m_tablet)
                                  .trimmed();
        const QString log = ok({ "reflection", "list" }, m_tablet);
        QVERIFY2(log.startsWith(entry + "  ") && log.contains("Arbeidsgiveren tvilte på deltid"), qPrintable(log));

        QVERIFY(succeeds({ "hours", "--hours-per-week", "30", "--from", "2026-01-01" }, m_tablet));
        bool hours = false;
        for (const auto& row : tableOf(m_tablet, "working_hours")) {
            const QJsonObject f = row.toObject()["fields"].toObject();
            hours = hours
                || (f["staff_id"].toString() == m_specialist && f["minutes_per_week"].toInt() == 30 * 60
                    && f["from_on"].toString() == "2026-01-01");
        }
        QVERIFY(hours);
        const QString figures = ok({ "figures" }, m_tablet);
        QVERIFY2(!figures.trimmed().isEmpty(), qPrintable(figures));

        const QString round = QDate::currentDate().toString("yyyy-MM");
        QVERIFY(succeeds(
            { "fidelity", "--record", "4 3 bcd 4 3 5 0 abc 4 4 3 4 4 3 3 4 4 3 ad", "--round", round }, m_tablet));
        const QString fidelity = ok({ "fidelity" }, m_tablet);
        QVERIFY2(fidelity.contains(round), qPrintable(fidelity));

        // The office's export key; the tablet seals to it; the office opens the export.
        const Run key = cli(QStringList { "export-key" } + officeStore());
        QVERIFY2(key.exitCode == 0 && !key.out.trimmed().isEmpty(), qPrintable(key.err));
        QVERIFY(ok({ "export-recipient", key.out.trimmed() }, m_tablet).contains("sealed to the office's key"));
        const QString file = m_dir.filePath("figures.fnx");
        QVERIFY(succeeds({ "export", "figures", "--out", file }, m_tablet));
        QVERIFY(QFileInfo::exists(file));
        const Run opened = cli(QStringList { "open-export", file, "--list" } + officeStore());
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        QVERIFY2(opened.out.contains("own_figures.json"), qPrintable(opened.out));
    }

    // The team lead's tablet, paired like any: a case put up by the specialist reaches the lead's
    // queue, the lead's advice reaches the specialist; the team overview; a hand-over.
    void theLeadsTabletAdvisesAndHandsOver()
    {
        QVERIFY(pairTablet(m_lead, m_leadStaff, "lead", "lead tablet"));
        const QString person = participantIn(m_tablet);
        const QString item
            = ok({ "review", "add", "--participant", person, "--question", "Hun vil slutte. Hva nå?" }, m_tablet)
                  .trimmed();
        QVERIFY2(fieldnotes::core::looksLikeId(item.toStdString()), qPrintable(item));
        const QString entry = ok({ "reflection", "add", "--situation", "Et møte som gikk skeis" }, m_tablet).trimmed();
        const QString brought = ok({ "review", "add", "--reflection", entry }, m_tablet).trimmed();
        QCOMPARE(ok({ "review", "withdraw", brought }, m_tablet).trimmed(), brought);
        const QString queue = ok({ "review", "list" }, m_tablet);
        QVERIFY2(queue.contains(item + "  open") && !queue.contains(brought), qPrintable(queue));
        QVERIFY(sync(m_tablet).contains(" 0 refused."));

        QVERIFY(sync(m_lead).contains("Received"));
        QVERIFY2(
            ok({ "review", "list" }, m_lead).contains(item + "  open"), qPrintable(ok({ "review", "list" }, m_lead)));
        QCOMPARE(
            ok({ "review", "advise", item, "--advice", "Prøv jobbsmak i en annen bransje" }, m_lead).trimmed(), item);
        QVERIFY(sync(m_lead).contains(" 0 refused."));
        QVERIFY(sync(m_tablet).contains("Received"));
        const QString advised = ok({ "review", "list" }, m_tablet);
        QVERIFY2(advised.contains(item + "  discussed") && advised.contains("Prøv jobbsmak i en annen bransje"),
            qPrintable(advised));

        const QString team = ok({ "team" }, m_lead);
        QVERIFY2(!team.trimmed().isEmpty(), qPrintable(team));
        // The lead hands one of the specialist's people over to the colleague; after both sync, the
        // specialist's tablet no longer holds them.
        const QString handed = participantIn(m_tablet);
        QCOMPARE(ok({ "handover", "--participant", handed, "--to", m_colleague }, m_lead).trimmed(), handed);
        QVERIFY(sync(m_lead).contains(" 0 refused."));
        const QString after = sync(m_tablet);
        QVERIFY2(after.contains("Handed over to a colleague:"), qPrintable(after));
        QVERIFY(!ok({ "list", "--all" }, m_tablet).contains(handed));
    }

    // Two tablets of one specialist edit the same plan: the second sync keeps both values as a
    // conflict, which a person resolves. The office moves a person away while a tablet still edits
    // them: the office refuses the edit, the tablet keeps what was typed until it is dismissed.
    void conflictsAndRefusalsAreShownAndSettled()
    {
        const QString second = m_dir.filePath("tablet-b");
        QVERIFY(pairTablet(second, m_specialist, "specialist", "tablet B"));
        const QString person = participantIn(m_tablet);
        QCOMPARE(participantIn(second), person);
        QVERIFY(succeeds({ "plan", "set", "--participant", person, "--summary", "Lager på dagtid" }, m_tablet));
        QVERIFY(succeeds({ "plan", "set", "--participant", person, "--summary", "Butikk på kveldstid" }, second));
        QVERIFY(sync(m_tablet).contains(" 0 in conflict"));
        const QString crossed = sync(second);
        QVERIFY2(crossed.contains("Open conflicts: 1."), qPrintable(crossed));
        const QString open = ok({ "conflicts" }, second);
        QVERIFY2(open.contains("plans.summary"), qPrintable(open));
        const QString conflict = open.section(' ', 0, 0);
        QVERIFY2(fieldnotes::core::looksLikeId(conflict.toStdString()), qPrintable(open));
        QVERIFY(ok({ "resolve", conflict, "--value", "Butikk på dagtid" }, second).contains("Resolved"));
        QCOMPARE(ok({ "conflicts" }, second).trimmed(), QString("No open conflicts."));
        QVERIFY(sync(second).contains("Open conflicts: 0."));
        QVERIFY(sync(m_tablet).contains("Received"));
        bool settled = false;
        for (const auto& row : tableOf(m_tablet, "plans"))
            if (row.toObject()["fields"].toObject()["participant_id"].toString() == person)
                settled = row.toObject()["fields"].toObject()["summary"].toString() == "Butikk på dagtid";
        QVERIFY(settled);

        // The office gives the person to the colleague; tablet B, not yet synced, edits them.
        const QString moved = officeOk({ "assign", "--participant", person, "--specialist", m_colleague });
        QCOMPARE(moved.trimmed(), "Participant " + person + " is followed by " + m_colleague + ".");
        QVERIFY(succeeds({ "plan", "set", "--participant", person, "--schedule", "Hver tirsdag" }, second));
        const QString refusedSync = sync(second);
        QVERIFY2(refusedSync.contains("1 refused."), qPrintable(refusedSync));
        const QString refused = ok({ "refused" }, second);
        QVERIFY2(refused.contains("refused because") && refused.contains("Hver tirsdag"), qPrintable(refused));
        QVERIFY(ok({ "refused", "--dismiss-all" }, second).contains("Dismissed"));
        QVERIFY(ok({ "refused" }, second).contains("The office has refused nothing"));
        m_tabletB = second;
    }

    // Misuse of fieldnotes-cli and fieldnotes-office: each row exits non-zero with one line on stderr that says what to
    // do, prints no internals and no one's data, and leaves the store as it was.
    void cliMisuse_data() { misuseRows(false); }
    void cliMisuse() { misuse(); }
    void officeMisuse_data() { misuseRows(true); }
    void officeMisuse() { misuse(); }

    // What the office's staff do: see the staff, tablets, status and audit log; link a mentor's
    // login and assign them; erase a person everywhere; withdraw a tablet; change the server's key.
    void theOfficeAdministersItsTabletsAndKeys()
    {
        const QString staff = officeOk({ "staff" });
        for (const QString& id : { m_specialist, m_colleague, m_leadStaff, m_mentorUser })
            QVERIFY2(staff.contains(id + "  "), qPrintable(staff));
        QVERIFY(staff.contains(QRegularExpression(m_leadStaff + "  lead\\s")));
        const QString devices = officeOk({ "devices" });
        QVERIFY2(devices.contains("tablet A") && devices.contains("lead tablet"), qPrintable(devices));
        const QString status = officeOk({ "status" });
        QVERIFY2(status.contains("Audit log:") && status.contains("chain intact"), qPrintable(status));
        const QString audit = officeOk({ "audit", "--last", "50" });
        QVERIFY2(audit.contains("pair") && audit.contains("the chain is intact"), qPrintable(audit));

        // A person erased at the office is erased from the tablet at its next sync.
        const QString person = participantIn(m_tablet);
        QVERIFY(!person.isEmpty());
        QCOMPARE(officeOk({ "erase", "--participant", person, "--confirm" }).trimmed(),
            "Participant " + person + " is erased here; each tablet erases them when it next syncs.");
        const QString erased = sync(m_tablet);
        QVERIFY2(erased.contains("1 erased"), qPrintable(erased));
        QVERIFY(!ok({ "list", "--all" }, m_tablet).contains(person));

        // Tablet B is withdrawn: its next sync erases it, store and all.
        QVERIFY(!m_tabletB.isEmpty());
        QString deviceB;
        for (const QString& line : devices.split('\n'))
            if (line.endsWith("tablet B"))
                deviceB = line.section(' ', 0, 0);
        QVERIFY2(!deviceB.isEmpty(), qPrintable(devices));
        QVERIFY(officeOk({ "revoke", deviceB }).contains("is withdrawn"));
        QVERIFY(officeOk({ "devices" }).contains(QRegularExpression(deviceB + ".*withdrawn")));
        const Run wiped = cli(QStringList { "sync", "--quiet" } + storeOf(m_tabletB));
        QVERIFY2(wiped.exitCode == 0 && wiped.out.contains("The office withdrew this tablet"), qPrintable(wiped.err));
        QVERIFY(!QFileInfo::exists(m_tabletB + "/key.json"));

        // A new server key: prepared, heard by every tablet in use, activated, served after a restart.
        QVERIFY(officeOk({ "rotate-key", "prepare" }).contains("Next key"));
        QVERIFY(officeOk({ "rotate-key", "cancel" }).contains("discarded"));
        const QString prepared = officeOk({ "rotate-key", "prepare" });
        static const QRegularExpression nextKey("Next key\\s+(\\S+)");
        const QString nextPin = nextKey.match(prepared).captured(1);
        QVERIFY2(!nextPin.isEmpty(), qPrintable(prepared));
        QVERIFY(officeOk({ "rotate-key", "status" }).contains("have not synced since the key was prepared"));
        QVERIFY(sync(m_tablet).contains("Received"));
        QVERIFY(sync(m_lead).contains("Received"));
        QVERIFY(officeOk({ "rotate-key", "status" }).contains("Every tablet in use has heard the next key"));
        QVERIFY(officeOk({ "rotate-key", "activate" }).contains("The office's key is now " + nextPin));
        const int port = m_serve->port();
        QVERIFY2(m_serve->stop(), qPrintable(m_serve->log()));
        QVERIFY(m_serve->log().contains("stopped cleanly"));
        m_serve = std::make_unique<ServeProcess>();
        const QString problem = m_serve->start(m_office, m_officePass, port);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(officeOk({ "status" }).contains("Server key pin " + nextPin));
        QVERIFY(sync(m_tablet).contains("Received"));
    }

    // Every command the programs list ran, and exited 0, in the function the table names.
    void everyCommandRanInItsCase()
    {
        QStringList notRun;
        const auto check = [&](const QString& program, const QMap<QString, QString>& cases) {
            for (auto it = cases.begin(); it != cases.end(); ++it)
                if (m_functionsRun.contains(it.value()) && !m_ran.contains(Ran { program, it.key(), it.value() }))
                    notRun << program + " " + it.key() + " (in " + it.value() + ")";
        };
        check("fieldnotes-cli", cliCases);
        check("fieldnotes-office", officeCases);
        QVERIFY2(notRun.isEmpty(), qPrintable("never ran to success: " + notRun.join(", ")));
    }

    void cleanupTestCase()
    {
        if (m_serve)
            m_serve->stop();
    }

private:
    QString m_tabletB;
    // What the misuse rows look up once: the stores' digests (each row leaves them as they were),
    // and ids of records they hold.
    QMap<QString, QString> m_digests, m_ids;

    void misuseRows(bool forOffice);
    void misuse();
};

// Rows: the program, its arguments ({tablet}, {lead}, {office}, {pass}, {officePass}, {wrong},
// {missing}, {notAStore}, {bundle}, {P} a participant, {E} an employer, {X} an id of nothing...),
// the store that must be left as it was, and what the message must say.
void TestCliE2e::misuseRows(bool forOffice)
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("keeps");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("quiet"); // nothing on stdout
    const QStringList T { "--data-dir", "{tablet}", "--passphrase-file", "{pass}" };
    const QStringList L { "--data-dir", "{lead}", "--passphrase-file", "{pass}" };
    const QStringList O { "--data-dir", "{office}", "--passphrase-file", "{officePass}" };
    const auto row = [&](const char* name, const QStringList& args, const QString& keeps, const QString& says) {
        QTest::newRow(name) << (forOffice ? "office" : "cli") << args << keeps << says << true;
    };
    if (!forOffice) {
        // The store and the passphrase.
        row("no store", QStringList { "list", "--data-dir", "{missing}", "--passphrase-file", "{pass}" }, "", "init");
        row("folder is not a store", QStringList { "list", "--data-dir", "{notAStore}", "--passphrase-file", "{pass}" },
            "", "init");
        row("wrong passphrase", QStringList { "list", "--data-dir", "{tablet}", "--passphrase-file", "{wrong}" },
            "tablet", "passphrase is not right");
        row("passphrase file missing",
            QStringList { "list", "--data-dir", "{tablet}", "--passphrase-file", "{missing}" }, "tablet", "passphrase");
        row("no passphrase given", QStringList { "list", "--data-dir", "{tablet}" }, "tablet", "--passphrase-file");
        row("init over a store", QStringList { "init" } + T, "tablet", "already");
        row("spent bundle, same tablet", QStringList { "pair", "{bundle}" } + T, "tablet", "");
        row("spent bundle, another tablet",
            QStringList { "pair", "{bundle}", "--data-dir", "{fresh}", "--passphrase-file", "{pass}" }, "tablet", "");
        row("bundle file missing", QStringList { "pair", "{missing}" } + T, "tablet", "");
        // The command line itself.
        row("no command", QStringList {}, "", "--help");
        row("unknown command", QStringList { "frobnicate" } + T, "tablet", "--help");
        row("unknown subcommand", QStringList { "participant", "frobnicate" } + T, "tablet", "--help");
        row("group without its command", QStringList { "participant" }, "", "--help");
        row("unknown option", QStringList { "list", "--frobnicate" } + T, "tablet", "--help");
        row("no --data-dir", QStringList { "list", "--passphrase-file", "{pass}" }, "", "--data-dir");
        row("participant add without --name", QStringList { "participant", "add" } + T, "tablet", "--name");
        row("placement start without --percent",
            QStringList { "placement", "start", "--participant", "{P}", "--employer", "{E}", "--start", "2026-01-05" }
                + T,
            "tablet", "--percent");
        row("discharge without the id", QStringList { "participant", "discharge", "--reason", "work" } + T, "tablet",
            "id");
        row("review advise without --advice", QStringList { "review", "advise", "{X}" } + L, "lead", "--advice");
        row("resolve without a choice", QStringList { "resolve", "{X}" } + T, "tablet", "--keep");
        row("a bad date", QStringList { "participant", "step", "{P}", "--steps", "1", "--on", "tomorrow" } + T,
            "tablet", "YYYY-MM-DD");
        row("list what is not listed", QStringList { "list", "frobnicate" } + T, "tablet", "participants");
        // Ids that name nothing, for every command that takes one.
        row("discharge unknown participant", QStringList { "participant", "discharge", "{X}", "--reason", "work" } + T,
            "tablet", "");
        row("step unknown participant", QStringList { "participant", "step", "{X}", "--steps", "1" } + T, "tablet", "");
        row("status unknown participant", QStringList { "participant", "status", "{X}", "--status", "job_search" } + T,
            "tablet", "");
        row("pause unknown participant", QStringList { "participant", "pause", "{X}", "--reason", "Syk" } + T, "tablet",
            "");
        row("resume unknown participant", QStringList { "participant", "resume", "{X}" } + T, "tablet", "");
        row("extend unknown participant",
            QStringList { "participant", "extend", "{X}", "--until", "2030-01-01", "--why", "Tid" } + T, "tablet", "");
        row("visit about unknown participant", QStringList { "add-visit", "--participant", "{X}", "--note", "Hei" } + T,
            "tablet", "");
        row("visit at unknown employer",
            QStringList { "add-visit", "--participant", "{P}", "--employer", "{X}", "--note", "Hei" } + T, "tablet",
            "");
        row("visit at unknown workplace",
            QStringList {
                "add-visit", "--participant", "{P}", "--employer", "{E}", "--workplace", "{X}", "--note", "Hei" }
                + T,
            "tablet", "");
        row("correct unknown visit", QStringList { "visit", "correct", "{X}", "--note", "Hei" } + T, "tablet", "");
        row("visits of unknown participant", QStringList { "list", "visits", "--participant", "{X}" } + T, "tablet",
            "");
        row("schedule of unknown participant", QStringList { "schedule", "--participant", "{X}" } + T, "tablet", "");
        row("schedule of unknown placement", QStringList { "schedule", "--placement", "{X}" } + T, "tablet", "");
        row("move unknown meeting", QStringList { "schedule", "move", "{X}", "--to", "{today}" } + T, "tablet", "");
        row("cancel unknown meeting", QStringList { "schedule", "cancel", "{X}", "--reason", "Nei" } + T, "tablet", "");
        row("placement for unknown participant",
            QStringList { "placement", "start", "--participant", "{X}", "--employer", "{E}", "--start", "{today}",
                "--percent", "50", "--kind", "work_trial" }
                + T,
            "tablet", "");
        row("placement at unknown employer",
            QStringList { "placement", "start", "--participant", "{P}", "--employer", "{X}", "--start", "{today}",
                "--percent", "50", "--kind", "work_trial" }
                + T,
            "tablet", "");
        row("placement at unknown workplace",
            QStringList { "placement", "start", "--participant", "{P}", "--employer", "{E}", "--workplace", "{X}",
                "--start", "{today}", "--percent", "50", "--kind", "work_trial" }
                + T,
            "tablet", "");
        row("change unknown placement", QStringList { "placement", "change", "{X}", "--percent", "50" } + T, "tablet",
            "");
        row("correct unknown placement", QStringList { "placement", "correct", "{X}", "--percent", "50" } + T, "tablet",
            "");
        row("end unknown placement", QStringList { "placement", "end", "{X}", "--reason", "Slutt" } + T, "tablet", "");
        row("review measure of unknown placement", QStringList { "placement", "measure", "review", "{X}" } + T,
            "tablet", "");
        row("period of unknown placement",
            QStringList { "placement", "measure", "period", "{X}", "--from", "{today}" } + T, "tablet", "");
        row("end measure of unknown placement",
            QStringList { "placement", "measure", "end", "{X}", "--date", "{today}" } + T, "tablet", "");
        row("consent of unknown participant",
            QStringList { "consent", "grant", "--participant", "{X}", "--item", "participation" } + T, "tablet", "");
        row("consent to unknown employer",
            QStringList { "consent", "grant", "--participant", "{P}", "--item", "contact_details", "--recipient",
                "employer:{X}", "--purpose", "Møter" }
                + T,
            "tablet", "");
        row("revoke unknown consent", QStringList { "consent", "revoke", "{X}" } + T, "tablet", "");
        row("done unknown action", QStringList { "action", "done", "{X}" } + T, "tablet", "");
        row("cancel unknown action", QStringList { "action", "cancel", "{X}" } + T, "tablet", "");
        row("plan of unknown participant",
            QStringList { "plan", "set", "--participant", "{X}", "--summary", "Jobb" } + T, "tablet", "");
        row("goal of unknown participant", QStringList { "goal", "add", "--participant", "{X}", "--text", "Jobb" } + T,
            "tablet", "");
        row("goal under unknown goal",
            QStringList { "goal", "add", "--participant", "{P}", "--text", "Jobb", "--parent", "{X}" } + T, "tablet",
            "");
        row("change unknown goal", QStringList { "goal", "change", "{X}", "--text", "Jobb" } + T, "tablet", "");
        row("done unknown goal", QStringList { "goal", "done", "{X}" } + T, "tablet", "");
        row("drop unknown goal", QStringList { "goal", "drop", "{X}" } + T, "tablet", "");
        row("reopen unknown goal", QStringList { "goal", "reopen", "{X}" } + T, "tablet", "");
        row("mentor at unknown employer", QStringList { "mentor", "add", "--employer", "{X}", "--name", "Kari" } + T,
            "tablet", "");
        row("mentor for unknown participant",
            QStringList { "mentor", "assign", "--participant", "{X}", "--mentor", "{M}" } + T, "tablet", "");
        row("unknown mentor assigned",
            QStringList { "mentor", "assign", "--participant", "{P}", "--mentor", "{X}" } + T, "tablet", "");
        row("mentor for an unknown placement",
            QStringList { "mentor", "assign", "--participant", "{P}", "--mentor", "{M}", "--placement", "{X}" } + T,
            "tablet", "");
        row("hand over to an unknown mentor", QStringList { "mentor", "handover", "{MA}", "--to", "{X}" } + T, "tablet",
            "");
        row("end unknown assignment", QStringList { "mentor", "end", "{X}" } + T, "tablet", "");
        row("hand over unknown assignment", QStringList { "mentor", "handover", "{X}", "--to", "{M}" } + T, "tablet",
            "");
        row("goal of unknown assignment", QStringList { "mentor", "goal", "{X}", "--text", "Møte presis" } + T,
            "tablet", "");
        row("contact at unknown employer",
            QStringList { "employer", "contact", "add", "--employer", "{X}", "--name", "Kari" } + T, "tablet", "");
        row("workplace of unknown employer",
            QStringList { "employer", "workplace", "add", "--employer", "{X}", "--name", "Lager" } + T, "tablet", "");
        row("task at unknown workplace",
            QStringList { "employer", "task", "add", "--employer", "{E}", "--workplace", "{X}", "--title", "Rydde" }
                + T,
            "tablet", "");
        row("hand over unknown participant", QStringList { "handover", "--participant", "{X}", "--to", "{S}" } + L,
            "lead", "");
        row("hand over to unknown staff", QStringList { "handover", "--participant", "{LP}", "--to", "{X}" } + L,
            "lead", "");
        row("review of unknown participant",
            QStringList { "review", "add", "--participant", "{X}", "--question", "Hva nå?" } + T, "tablet", "");
        row("review of unknown reflection", QStringList { "review", "add", "--reflection", "{X}" } + T, "tablet", "");
        row("advise unknown item", QStringList { "review", "advise", "{X}", "--advice", "Råd" } + L, "lead", "");
        row("withdraw unknown item", QStringList { "review", "withdraw", "{X}" } + T, "tablet", "");
        row("resolve unknown conflict", QStringList { "resolve", "{X}", "--keep" } + T, "tablet", "");
        row("hours of unknown staff", QStringList { "hours", "--staff", "{X}", "--hours-per-week", "30" } + T, "tablet",
            "");
        row("report of unknown participant",
            QStringList {
                "export", "individual-report", "--participant", "{X}", "--out", "{outFile}", "--generate-passphrase" }
                + T,
            "tablet", "");
        row("brief of unknown employer",
            QStringList { "export", "employer-brief", "--participant", "{P}", "--employer", "{X}", "--out", "{outFile}",
                "--generate-passphrase" }
                + T,
            "tablet", "");
        row("open a missing export", QStringList { "open-export", "{missing}", "--list" }, "", "");
        row("seal to a key that is not one", QStringList { "export-recipient", "not-a-key" } + T, "tablet", "");
    } else {
        row("no store", QStringList { "status", "--data-dir", "{missing}", "--passphrase-file", "{officePass}" }, "",
            "init");
        row("folder is not a store",
            QStringList { "status", "--data-dir", "{notAStore}", "--passphrase-file", "{officePass}" }, "", "init");
        row("a tablet's store", QStringList { "status", "--data-dir", "{tablet}", "--passphrase-file", "{pass}" },
            "tablet", "");
        row("wrong passphrase", QStringList { "status", "--data-dir", "{office}", "--passphrase-file", "{wrong}" },
            "office", "passphrase is not right");
        row("passphrase file missing",
            QStringList { "status", "--data-dir", "{office}", "--passphrase-file", "{missing}" }, "office",
            "passphrase");
        row("init over a store", QStringList { "init" } + O, "office", "already");
        row("no command", QStringList {}, "", "--help");
        row("unknown command", QStringList { "frobnicate" } + O, "office", "--help");
        row("unknown option", QStringList { "status", "--frobnicate" } + O, "office", "--help");
        row("enroll without --role", QStringList { "enroll", "--user", "{S}", "--out", "{outFile}" } + O, "office",
            "--role");
        row("enroll as an unknown role",
            QStringList { "enroll", "--user", "{S}", "--role", "boss", "--out", "{outFile}" } + O, "office", "lead");
        row("erase without --participant", QStringList { "erase", "--confirm" } + O, "office", "--participant");
        row("erase without --confirm", QStringList { "erase", "--participant", "{OP}" } + O, "office", "--confirm");
        row("rotate-key without a step", QStringList { "rotate-key" } + O, "office", "step");
        row("rotate-key activate with none prepared", QStringList { "rotate-key", "activate" } + O, "office",
            "prepare");
        row("assign with nothing to assign", QStringList { "assign", "--participant", "{OP}" } + O, "office",
            "--specialist");
        row("enroll an unknown staff id",
            QStringList { "enroll", "--user", "{X}", "--role", "specialist", "--out", "{outFile}" } + O, "office", "");
        row("assign unknown participant", QStringList { "assign", "--participant", "{X}", "--specialist", "{S}" } + O,
            "office", "");
        row("assign to unknown specialist",
            QStringList { "assign", "--participant", "{OP}", "--specialist", "{X}" } + O, "office", "");
        row("unknown participant's mentor", QStringList { "assign", "--participant", "{X}", "--mentor", "{X}" } + O,
            "office", "");
        row("assign unknown mentor", QStringList { "assign", "--participant", "{OP}", "--mentor", "{X}" } + O, "office",
            "");
        row("link unknown mentor", QStringList { "assign", "--mentor", "{X}", "--user", "{MU}" } + O, "office", "");
        row("link mentor to unknown login", QStringList { "assign", "--mentor", "{OM}", "--user", "{X}" } + O, "office",
            "");
        row("revoke unknown device", QStringList { "revoke", "{X}" } + O, "office", "");
        row("erase unknown participant", QStringList { "erase", "--participant", "{X}", "--confirm" } + O, "office",
            "");
        // The audit command prints the log it checked, then why the head given is not in it.
        QTest::newRow("check an unknown head")
            << "office" << QStringList { "audit", "--last", "0", "--check-head", QString(64, QLatin1Char('a')) } + O
            << "office"
            << "investigation" << false;
        row("serve on an address in use", QStringList { "serve", "--listen", "{served}" } + O, "office", "");
    }
}

void TestCliE2e::misuse()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QString, keeps);
    QFETCH(QString, says);
    QFETCH(bool, quiet);

    // Ids the rows name, from the stores as they are now.
    const QString officeDir = m_office;
    QMap<QString, QString> values {
        { "{tablet}", m_tablet },
        { "{lead}", m_lead },
        { "{office}", officeDir },
        { "{pass}", m_pass },
        { "{officePass}", m_officePass },
        { "{wrong}", m_wrongPass },
        { "{missing}", m_dir.filePath("no-such-thing") },
        { "{fresh}", m_dir.filePath("fresh-" + QString::number(QRandomGenerator::global()->generate())) },
        { "{bundle}", m_bundle },
        { "{outFile}", m_dir.filePath("out-" + QString::number(QRandomGenerator::global()->generate())) },
        { "{today}", iso(QDate::currentDate()) },
        { "{X}", nobody },
        { "{S}", m_colleague },
        { "{MU}", m_mentorUser },
        { "{served}", m_serve ? m_serve->address() : QString("127.0.0.1:1") },
    };
    const QString notAStore = m_dir.filePath("not-a-store");
    QDir().mkpath(notAStore);
    writeSecret(m_dir, "not-a-store/notes.txt", "handleliste");
    values["{notAStore}"] = notAStore;
    const auto uses = [&](const char* key) { return args.join('\n').contains(key) && !m_ids.contains(key); };
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        values[it.key()] = it.value();
    if (uses("{P}"))
        values["{P}"] = participantIn(m_tablet);
    if (uses("{E}"))
        values["{E}"] = employerIn(m_tablet);
    if (uses("{LP}"))
        values["{LP}"] = participantIn(m_lead);
    if (uses("{M}")) {
        const QJsonObject mentors = tableOf(m_tablet, "mentors");
        values["{M}"] = mentors.isEmpty() ? nobody : mentors.begin().key();
    }
    if (uses("{MA}")) {
        const QJsonObject assignments = tableOf(m_tablet, "mentor_assignments");
        values["{MA}"] = assignments.isEmpty() ? nobody : assignments.begin().key();
    }
    if (uses("{OP}") || uses("{OM}")) {
        const QJsonObject tables
            = QJsonDocument::fromJson(fieldnotes::test::cli(QStringList { "dump" } + officeStore()).out.toUtf8())
                  .object()["tables"]
                  .toObject();
        values["{OP}"] = tables["participants"].toObject().begin().key();
        values["{OM}"] = tables["mentors"].toObject().begin().key();
    }
    for (const char* key : { "{P}", "{E}", "{LP}", "{M}", "{MA}", "{OP}", "{OM}" })
        if (values.contains(key))
            m_ids[key] = values[key];
    QStringList argv;
    for (QString a : args) {
        for (auto it = values.begin(); it != values.end(); ++it)
            a.replace(it.key(), it.value());
        argv << a;
    }
    const QString keptStore = keeps == "tablet" ? m_tablet
        : keeps == "lead"                       ? m_lead
        : keeps == "office"                     ? officeDir
                                                : "";
    const QString keptPass = keeps == "office" ? m_officePass : m_pass;
    if (!keptStore.isEmpty() && !m_digests.contains(keptStore))
        m_digests[keptStore] = digestOf(keptStore, keptPass);
    const QString before = m_digests.value(keptStore);
    QVERIFY2(keptStore.isEmpty() || before.size() == 64, qPrintable(before));

    const Run r = program == "cli" ? fieldnotes::test::cli(argv) : fieldnotes::test::office(argv);
    const QString shown = QString("%1 %2\nexit %3\nstdout: %4\nstderr: %5")
                              .arg(program == "cli" ? "fieldnotes-cli" : "fieldnotes-office", argv.join(' '))
                              .arg(r.exitCode)
                              .arg(r.out, r.err);
    QVERIFY2(r.exitCode > 0, qPrintable("not a clean failure: " + shown));
    const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1 && !lines[0].trimmed().isEmpty(), qPrintable("not one line: " + shown));
    QVERIFY2(r.out.isEmpty() || !quiet, qPrintable("printed as if it worked: " + shown));
    QVERIFY2(!internals.match(r.err).hasMatch(), qPrintable("internals shown: " + shown));
    for (const QString& name : m_names)
        QVERIFY2(name.isEmpty() || !r.err.contains(name), qPrintable("a person's name shown: " + shown));
    QVERIFY2(!r.err.contains(QString::fromStdString(tabletPassphrase))
            && !r.err.contains(QString::fromStdString(officePassphrase)),
        qPrintable("a passphrase shown: " + shown));
    if (!says.isEmpty())
        QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable("does not say '" + says + "': " + shown));
    qInfo("%s", qPrintable(lines.value(0)));
    // A folder that held no store holds none after a command that failed.
    QVERIFY2(!uses("{fresh}") || !QFileInfo::exists(values["{fresh}"] + "/key.json"),
        qPrintable("a store was left behind: " + shown));
    // A command line CLI11 refused (its exit codes are above 100) ran no action and opened no store.
    if (!keptStore.isEmpty() && r.exitCode < 100) {
        m_digests[keptStore] = digestOf(keptStore, keptPass);
        QCOMPARE(m_digests[keptStore], before);
    }
}

QTEST_GUILESS_MAIN(TestCliE2e)
#include "tst_cli_e2e.moc"
