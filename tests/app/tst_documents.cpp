// Documents a person can read: "what is shared about me" on the tablet, in plain Norwegian or in
// English; the PDF the exports carry (it parses, holds the person's name and the report's
// sections, Norwegian letters, page numbers); and exports made from the app, sealed as the command
// line seals them and opened at the office.
#include "appfixture.h"
#include "documentmodel.h"
#include "exportcontroller.h"
#include "exports.h"
#include "fileio.h"
#include "modeltest.h"
#include "pdfrenderer.h"
#include "reports.h"
#include "sharedaboutmecontroller.h"
#include "storeinternals.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

core::Id participantInWork(AppFixture& f)
{
    auto rows = f.onStore<std::vector<core::Participant>>([](core::Store& s) {
        return core::StoreInternals::select<core::Participant>(s, "status = 'in_work'", {}, "display_name");
    });
    return rows && !rows->empty() ? rows->front().id : core::Id {};
}

// The text of a PDF as a reader extracts it (poppler's pdftotext, reading the PDF from a pipe so the
// test writes no plaintext file of its own); empty if it does not parse.
QString pdfText(const QByteArray& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-") });
    if (!p.waitForStarted())
        return QStringLiteral("(pdftotext is missing: install poppler-utils)");
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdfinfo's page count; -1 if the PDF does not parse.
int pdfPages(const QByteArray& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { QStringLiteral("-") });
    if (!p.waitForStarted())
        return -1;
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        return -1;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

// For a look by eye: the PDF's pages as images in FIELDNOTES_SHOTS, when it is set (invented people).
void savePages(const QByteArray& pdf, const QString& name, int first = 1, int last = 4)
{
    const QString folder = qEnvironmentVariable("FIELDNOTES_SHOTS");
    if (folder.isEmpty())
        return;
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"),
            QString::number(first), QStringLiteral("-l"), QString::number(last), QStringLiteral("-"),
            folder + QLatin1Char('/') + name });
    p.waitForStarted();
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(60000);
}

// pdftotext breaks lines where the layout does; compare words, not line breaks.
QString flat(const QString& text)
{
    return text.simplified();
}

const core::ExportEntry* entry(const core::ExportBundle& b, const std::string& name)
{
    for (const auto& e : b.entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private slots:
    void aDocumentAsRowsForTheScreen()
    {
        DocumentModel m;
        watchModel(m);
        core::Document d;
        d.title = "Dette deles om deg";
        d.subtitle = "Sara Testesen";
        d.notice = "Du bestemmer.";
        d.sections.push_back(
            { "Disse hjelper deg", { core::FieldList { { { "Jobbspesialist", "Anna Testesen" } } } } });
        d.sections.push_back({ "Arbeidsgiver: Testbakeriet",
            { core::Table { { "Hva", "Hvorfor", "Nå" },
                  { { "Telefonnummeret ditt", "Ringe ved fravær", "Deles" }, { "Språk", "–", "Ikke lenger" } } },
                core::Paragraph { "Sjefen får vite hva som hjelper deg." } } });
        m.setDocument(d);
        QCOMPARE(m.rowCount(), 6);
        QCOMPARE(m.title(), QStringLiteral("Dette deles om deg"));
        QCOMPARE(roleValue(m, 0, "kind").toString(), QStringLiteral("heading"));
        QCOMPARE(roleValue(m, 1, "kind").toString(), QStringLiteral("field"));
        QCOMPARE(roleValue(m, 1, "value").toString(), QStringLiteral("Anna Testesen"));
        QCOMPARE(roleValue(m, 3, "kind").toString(), QStringLiteral("row"));
        QCOMPARE(roleValue(m, 3, "cells").toStringList().size(), 3);
        QCOMPARE(roleValue(m, 3, "header").toStringList().at(1), QStringLiteral("Hvorfor"));
        QVERIFY(roleValue(m, 3, "first").toBool());
        QVERIFY(!roleValue(m, 4, "first").toBool());
        QCOMPARE(roleValue(m, 5, "text").toString(), QStringLiteral("Sjefen får vite hva som hjelper deg."));

        QSignalSpy counted(&m, &DocumentModel::countChanged);
        m.setDocument({});
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(counted.count(), 1);
    }

    void whatIsSharedAboutMeInPlainNorwegianOrEnglish()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        QVERIFY(!pid.empty());
        SharedAboutMeController c;
        watchModel(*c.document());
        QCOMPARE(c.language(), QStringLiteral("en")); // the fixture's app language
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QCOMPARE(c.document()->title(), QStringLiteral("What is shared about you"));
        QVERIFY(!c.displayName().isEmpty());
        QStringList headings;
        for (int row = 0; row < c.document()->rowCount(); ++row)
            if (roleValue(*c.document(), row, "kind").toString() == QLatin1String("heading"))
                headings << roleValue(*c.document(), row, "text").toString();
        QVERIFY2(headings.contains(QStringLiteral("Who follows you")), qPrintable(headings.join(QLatin1Char('|'))));
        QVERIFY(headings.contains(QStringLiteral("What has been handed over")));
        QVERIFY(headings.contains(QStringLiteral("How to withdraw consent")));
        QVERIFY(headings.filter(QStringLiteral("Mentor: ")).size() >= 1); // the demo shares goals with a mentor

        c.setLanguage(QStringLiteral("nb-plain"));
        QVERIFY(waitFor([&] { return c.document()->title() == QStringLiteral("Dette deles om deg"); }));
        bool plainHeading = false;
        for (int row = 0; row < c.document()->rowCount(); ++row)
            plainHeading
                = plainHeading || roleValue(*c.document(), row, "text").toString() == QLatin1String("Slik sier du nei");
        QVERIFY(plainHeading);
        c.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(c.language(), QStringLiteral("nb-plain"));
    }

    void thePdfParsesAndHoldsTheNameAndTheSections()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        auto docs = f.onStore<std::vector<core::Document>>([pid](core::Store& s)
                                                               -> core::Result<std::vector<core::Document>> {
            std::vector<core::Document> out;
            FN_TRY_ASSIGN(auto shared, core::sharedAboutMe(s, pid, s.today(), { core::Language::Norwegian, true }));
            out.push_back(std::move(shared));
            FN_TRY_ASSIGN(auto report, core::individualReport(s, pid, s.today(), { core::Language::Norwegian, false }));
            out.push_back(std::move(report));
            return out;
        });
        QVERIFY(docs);
        const QByteArray pdf = renderPdf(*docs);
        QVERIFY(pdf.startsWith("%PDF-"));
        savePages(pdf, QStringLiteral("pdf-shared-report"));
        const QString text = flat(pdfText(pdf));
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the PDF");
        const QString name = QString::fromStdString(docs->front().subtitle);
        QVERIFY(text.contains(name));
        for (const auto& d : *docs)
            for (const auto& s : d.sections)
                QVERIFY2(text.contains(flat(QString::fromStdString(s.heading))), s.heading.c_str());
        QVERIFY(text.contains(QStringLiteral("Dette deles om deg")));
        QVERIFY(text.contains(QStringLiteral("Individuell rapport")));
        QVERIFY(text.contains(QStringLiteral("Slik sier du nei"))); // "å", "ø" and friends survive
        QVERIFY(text.contains(QStringLiteral("Henvisningsgrunn")));
        // Each document starts on a page of its own, and every page says which it is of how many.
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 2);
        QVERIFY2(text.contains(QStringLiteral("Side 1 av %1").arg(pages)), qPrintable(text.right(400)));
        QVERIFY(text.contains(QStringLiteral("Side %1 av %1").arg(pages)));
    }

    void aLongTableGoesOverSeveralPages()
    {
        core::Document d;
        d.kind = "test";
        d.language = "en";
        d.title = "Many rows";
        core::Table t { { "Row", "Text" }, {} };
        for (int i = 0; i < 400; ++i)
            t.rows.push_back({ std::to_string(i), "Ærlig, ørlite åpen tekst nummer " + std::to_string(i) });
        d.sections.push_back({ "All of them", { t } });
        const QByteArray pdf = renderPdf({ d });
        const int pages = pdfPages(pdf);
        QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Ærlig, ørlite åpen tekst nummer 399")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The header row is repeated at the top of every page the table spans ("Text" is only in it).
        QVERIFY2(text.count(QStringLiteral("Text")) >= pages - 1,
            qPrintable(QString::number(text.count(QStringLiteral("Text")))));
    }

    void anExportSealedWithAGeneratedPassphraseOpensAtTheOffice()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        ExportController c;
        c.setKind(QStringLiteral("shared_about_me"));
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QVERIFY(!c.officeKey());
        QCOMPARE(c.protection(), QStringLiteral("generated"));
        c.setProtection(QStringLiteral("office")); // not without the office's key
        QCOMPARE(c.protection(), QStringLiteral("generated"));
        QSignalSpy made(&c, &ExportController::made);
        c.make();
        QVERIFY(c.working());
        QVERIFY(waitFor([&] { return made.count() == 1; }));
        QVERIFY(c.errorText().isEmpty());
        QVERIFY(c.done());
        const QString path = c.filePath();
        QVERIFY(path.startsWith(f.exportsDir()));
        QVERIFY(c.fileName().startsWith(QStringLiteral("shared-about-me-2026-03-02-")));
        QVERIFY(c.fileName().endsWith(QStringLiteral(".fnexport")));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QCOMPARE(c.generatedPassphrase().size(), 29); // 24 symbols in groups of four
        QVERIFY(c.howToOpenText().contains(c.fileName()));
        QVERIFY(c.howToOpenText().contains(QStringLiteral("separately")));

        FN_REQUIRE(const std::string file, core::readFile(path.toStdString(), 64 << 20));
        FN_REQUIRE(const core::ExportBundle bundle, core::openExport(file, c.generatedPassphrase().toStdString()));
        QCOMPARE(bundle.kind, std::string("shared_about_me"));
        const core::ExportEntry* pdf = entry(bundle, "shared_about_me.pdf");
        QVERIFY(pdf);
        QCOMPARE(pdf->mediaType, std::string("application/pdf"));
        QVERIFY(entry(bundle, "shared_about_me.json"));
        QVERIFY(entry(bundle, "shared_about_me.csv"));
        const QString text = flat(pdfText(QByteArray::fromStdString(pdf->content)));
        QVERIFY(text.contains(QStringLiteral("What is shared about you")));
        QVERIFY(text.contains(QStringLiteral("How to withdraw consent")));
        auto name = f.onStore<core::Participant>([pid](core::Store& s) { return s.get<core::Participant>(pid); });
        QVERIFY(text.contains(QString::fromStdString(name->displayName)));
    }

    void theRightOfAccessSealedToTheOfficeKey()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        test::TempStore office("00000000-0000-4000-8000-0000000000f0", 99);
        FN_REQUIRE(const core::ExportPublicKey key, core::createOfficeExportKey(*office));
        QVERIFY(f.onStore<bool>([key](core::Store& s) -> core::Result<bool> {
            FN_TRY(core::setExportRecipient(s, key));
            return true;
        }));
        ExportController c;
        c.setKind(QStringLiteral("right_of_access"));
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QVERIFY(c.officeKey());
        QCOMPARE(c.protection(), QStringLiteral("office")); // whenever the tablet has the key
        c.setLanguage(QStringLiteral("nb"));
        QSignalSpy made(&c, &ExportController::made);
        c.make();
        QVERIFY(waitFor([&] { return made.count() == 1; }));
        QVERIFY(c.generatedPassphrase().isEmpty()); // nothing secret travels beside the file
        QVERIFY(c.howToOpenText().contains(QStringLiteral("Only the office")));

        FN_REQUIRE(const std::string file, core::readFile(c.filePath().toStdString(), 64 << 20));
        QVERIFY(!core::openExport(file, "any passphrase at all"));
        FN_REQUIRE(auto keys, core::officeExportKey(*office));
        FN_REQUIRE(const core::ExportBundle bundle, core::openExport(file, keys.first, keys.second));
        const core::ExportEntry* pdf = entry(bundle, "right_of_access.pdf");
        QVERIFY(pdf);
        savePages(QByteArray::fromStdString(pdf->content), QStringLiteral("pdf-access"), 8, 9);
        const QString text = flat(pdfText(QByteArray::fromStdString(pdf->content)));
        // The three documents of the access export, in one PDF.
        QVERIFY(text.contains(QStringLiteral("Dette deles om deg")));
        QVERIFY(text.contains(QStringLiteral("Individuell rapport")));
        QVERIFY(text.contains(QStringLiteral("Innsyn: alt som er lagret om deg")));
        QVERIFY(text.contains(QStringLiteral("Kontakter og besøk")));
        QVERIFY(entry(bundle, "table_participants.csv"));
    }

    void aChosenPassphraseMustBeLongAndTypedTwice()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        ExportController c;
        c.setKind(QStringLiteral("individual_report"));
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QCOMPARE(c.language(), QStringLiteral("en"));
        c.setLanguage(QStringLiteral("nb-plain")); // the office's report has no plain version
        QCOMPARE(c.language(), QStringLiteral("en"));
        c.setProtection(QStringLiteral("own"));
        c.setPassphrase(QStringLiteral("kort"));
        QVERIFY(c.missingText().contains(QStringLiteral("12 characters")));
        c.make();
        QVERIFY(!c.working());
        QVERIFY(!c.errorText().isEmpty());
        c.setPassphrase(QStringLiteral("blåbærsyltetøy på brødskiva"));
        c.setPassphraseRepeat(QStringLiteral("blåbærsyltetøy på brødskiv"));
        QVERIFY(c.missingText().contains(QStringLiteral("not the same")));
        c.setPassphraseRepeat(QStringLiteral("blåbærsyltetøy på brødskiva"));
        QVERIFY(c.missingText().isEmpty());
        QSignalSpy made(&c, &ExportController::made);
        c.make();
        QVERIFY(waitFor([&] { return made.count() == 1; }));
        QVERIFY(c.generatedPassphrase().isEmpty());
        FN_REQUIRE(const std::string file, core::readFile(c.filePath().toStdString(), 64 << 20));
        FN_REQUIRE(const core::ExportBundle bundle, core::openExport(file, "blåbærsyltetøy på brødskiva"));
        QVERIFY(entry(bundle, "individual_report.pdf"));
        QVERIFY(entry(bundle, "individual_reports.csv"));
        QVERIFY(flat(pdfText(QByteArray::fromStdString(entry(bundle, "individual_report.pdf")->content)))
                    .contains(QStringLiteral("Individual report")));
    }

    void anExportThatCannotBeWrittenSaysSoAndLeavesNothing()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        // The exports folder's place is taken by a file: it cannot be made.
        QFile blocker(f.exportsDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ExportController c;
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        c.make();
        QVERIFY(!c.done());
        QVERIFY(c.errorText().contains(QStringLiteral("cannot be made")));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
