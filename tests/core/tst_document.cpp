// Documents as content: CSV quoting and the spreadsheet dialect, formula-looking text kept as text,
// the JSON form the app renders from (and refuses when malformed), and the plain-text form.
#include "document.h"

#include <QTest>

using namespace fieldnotes::core;

namespace {

Document sample()
{
    Document d;
    d.kind = "individual_report";
    d.language = "nb";
    d.title = "Individuell rapport";
    d.subtitle = "Åse Ørnulfsen";
    d.notice = "Fortrolig.";
    d.createdOn = *parseDate("2026-04-15");
    d.sections.push_back({ "Bakgrunn",
        { Paragraph { "Første avsnitt, med \"sitat\"." }, FieldList { { { "Program", "IPS" }, { "Språk", "norsk" } } },
            Table { { "Milepæl", "Dato" }, { { "Henvist", "05.01.2026" }, { "Første kontakt", "12.01.2026" } } } } });
    d.sections.push_back({ "Tom seksjon", {} });
    return d;
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void csvCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("number");
        QTest::addColumn<bool>("norwegian");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Rolig arbeidsplass" << false << false << "Rolig arbeidsplass";
        QTest::newRow("comma") << "kjøkken, lager" << false << false << "\"kjøkken, lager\"";
        QTest::newRow("comma, Norwegian dialect") << "kjøkken, lager" << false << true << "kjøkken, lager";
        QTest::newRow("semicolon, Norwegian dialect") << "a;b" << false << true << "\"a;b\"";
        QTest::newRow("quote") << "han sa \"ja\"" << false << false << "\"han sa \"\"ja\"\"\"";
        QTest::newRow("line break") << "to\nlinjer" << false << false << "\"to\nlinjer\"";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")" << false << false << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+47 900 00 000" << false << false << "'+47 900 00 000";
        QTest::newRow("minus text") << "-ikke oppgitt" << false << false << "'-ikke oppgitt";
        QTest::newRow("at") << "@sum" << false << false << "'@sum";
        QTest::newRow("a negative number stays a number") << "-3" << true << false << "-3";
        QTest::newRow("decimal point") << "0.4250" << true << false << "0.4250";
        QTest::newRow("decimal comma") << "0.4250" << true << true << "0,4250";
    }

    void csvCells()
    {
        QFETCH(QString, text);
        QFETCH(bool, number);
        QFETCH(bool, norwegian);
        QFETCH(QString, written);
        CsvTable t { { "h" }, { { CsvCell { text.toStdString(), number } } } };
        const CsvDialect dialect = norwegian ? CsvDialect::norwegianSpreadsheet() : CsvDialect::standard();
        const std::string csv = toCsv(t, dialect);
        const std::string expected = "\xEF\xBB\xBFh\r\n" + written.toStdString() + "\r\n";
        QCOMPARE(QString::fromStdString(csv), QString::fromStdString(expected));
    }

    void csvRowsAndSeparators()
    {
        CsvTable t { { "metric", "value" },
            { { csvText("caseload"), csvNumber(std::int64_t { 18 }) }, { csvText("share"), csvNumber(0.4231, 3) } } };
        CsvDialect noBom;
        noBom.byteOrderMark = false;
        QCOMPARE(toCsv(t, noBom), std::string("metric,value\r\ncaseload,18\r\nshare,0.423\r\n"));
        CsvDialect nb = CsvDialect::norwegianSpreadsheet();
        nb.byteOrderMark = false;
        QCOMPARE(toCsv(t, nb), std::string("metric;value\r\ncaseload;18\r\nshare;0,423\r\n"));
    }

    void jsonRoundTrip()
    {
        const Document d = sample();
        const auto json = documentToJson(d);
        QCOMPARE(QString::fromStdString(json.at("format").get<std::string>()), QString("fieldnotes-document"));
        auto back = documentFromJson(nlohmann::json::parse(json.dump()));
        QVERIFY(back);
        QCOMPARE(documentToJson(*back).dump(), json.dump());
        QCOMPARE(back->sections.size(), std::size_t { 2 });
        QCOMPARE(std::get<Table>(back->sections[0].blocks[2]).rows[1][0], std::string("Første kontakt"));
        QCOMPARE(formatDate(back->createdOn), std::string("2026-04-15"));
    }

    void malformedJsonIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("replacement");
        QTest::newRow("another format") << "/format"
                                        << "\"something-else\"";
        QTest::newRow("a newer version") << "/version"
                                         << "2";
        QTest::newRow("a title that is not text") << "/title"
                                                  << "12";
        QTest::newRow("an unknown block") << "/sections/0/blocks/0/type"
                                          << "\"image\"";
        QTest::newRow("a table row of the wrong width") << "/sections/0/blocks/2/rows/0"
                                                        << "[\"only one cell\"]";
    }

    void malformedJsonIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, replacement);
        auto json = documentToJson(sample());
        json[nlohmann::json::json_pointer(path.toStdString())] = nlohmann::json::parse(replacement.toStdString());
        const auto r = documentFromJson(json);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }

    void plainText()
    {
        const std::string text = documentToText(sample());
        QVERIFY(text.find("Individuell rapport\n===================\n") == 0);
        QVERIFY(text.find("Program: IPS\n") != std::string::npos);
        QVERIFY(text.find("Milepæl | Dato\n") != std::string::npos);
        QVERIFY(text.find("Bakgrunn\n--------\n") != std::string::npos);
        QVERIFY(text.find("Tom seksjon\n-----------\n") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
