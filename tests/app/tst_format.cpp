// Dates, times and numbers follow the chosen language at runtime, and every label has a text.
#include "format.h"
#include "labels.h"
#include "preferences.h"

#include <QTest>

using namespace fieldnotes;
using namespace fieldnotes::app;

class TestFormat : public QObject {
    Q_OBJECT

    std::unique_ptr<Preferences> m_preferences;

private slots:
    void initTestCase() { m_preferences = std::make_unique<Preferences>(QString(), QStringLiteral("en")); }

    void datesAndNumbersFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("inFiveDays");
        QTest::addColumn<QString>("minutes");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("02/03/2026") << QStringLiteral("12,345")
                                 << QStringLiteral("in 5 days") << QStringLiteral("1 h 15 min");
        QTest::newRow("Norsk bokmål") << QStringLiteral("nb") << QStringLiteral("02.03.2026")
                                      << QStringLiteral("12\u00a0345") << QStringLiteral("om 5 dager")
                                      << QStringLiteral("1 t 15 min");
    }

    void datesAndNumbersFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, date);
        QFETCH(QString, number);
        QFETCH(QString, inFiveDays);
        QFETCH(QString, minutes);
        m_preferences->setLanguage(language);
        QCOMPARE(Format::date(QDate(2026, 3, 2)), date);
        QCOMPARE(Format::number(12345), number);
        QCOMPARE(Format::relativeDay(5), inFiveDays);
        QCOMPARE(Format::minutes(75), minutes);
        m_preferences->setLanguage(QStringLiteral("en"));
    }

    void relativeDays_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("text");
        QTest::newRow("today") << 0 << QStringLiteral("today");
        QTest::newRow("tomorrow") << 1 << QStringLiteral("tomorrow");
        QTest::newRow("yesterday") << -1 << QStringLiteral("yesterday");
        QTest::newRow("one day is never plural") << 2 << QStringLiteral("in 2 days");
        QTest::newRow("ago") << -12 << QStringLiteral("12 days ago");
    }

    void relativeDays()
    {
        QFETCH(int, days);
        QFETCH(QString, text);
        QCOMPARE(Format::relativeDay(days), text);
    }

    // A day chosen in a form names the date once: with "today" or "in 3 days" beside it when
    // close, alone when further away.
    void aChosenDayNamesItsDateOnce()
    {
        const QDate today(2026, 12, 7);
        QCOMPARE(Format::dateChosen(today, today), QStringLiteral("today, 07/12/2026"));
        QCOMPARE(Format::dateChosen(today.addDays(3), today), QStringLiteral("in 3 days, 10/12/2026"));
        QCOMPARE(Format::dateChosen(QDate(2026, 2, 23), today), QStringLiteral("23/02/2026"));
        QCOMPARE(Format::dateChosen(QDate(), today), QString());
    }

    void dateConversionsRoundTrip()
    {
        const core::Date leap = *core::parseDate("2028-02-29");
        QCOMPARE(toQDate(leap), QDate(2028, 2, 29));
        QCOMPARE(fromQDate(QDate(2028, 2, 29)), std::optional<core::Date>(leap));
        QVERIFY(!fromQDate(QDate()));
        QVERIFY(!toQDate(std::optional<core::Date> {}).isValid());
    }

    void everyCodeHasALabelInBothLanguages()
    {
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("nb") }) {
            m_preferences->setLanguage(language);
            for (auto t : core::allOf<core::ContactType>())
                QVERIFY(!Labels::contactType(t).isEmpty());
            for (auto s : core::allOf<core::ParticipantStatus>())
                QVERIFY(!Labels::status(s).isEmpty());
            for (auto i : core::allOf<core::DisclosureItem>())
                QVERIFY(!Labels::disclosureItem(i).isEmpty());
            for (int k = 0; k <= int(core::AttentionKind::OpenConflict); ++k)
                QVERIFY(!Labels::attentionKind(static_cast<core::AttentionKind>(k)).isEmpty());
            // Every column a person can change is named (scope columns never change).
            for (const char* table : { "profiles", "participants", "employers", "placements" })
                for (const auto& c : core::findTable(table)->columns)
                    QVERIFY2(core::findTable(table)->isScopeColumn(c.name)
                            || !Labels::column(table, c.name).contains(QLatin1Char('.')),
                        qPrintable(QString::fromLatin1(table) + QLatin1Char('.')
                            + QString::fromUtf8(c.name.data(), c.name.size())));
        }
        m_preferences->setLanguage(QStringLiteral("nb"));
        QCOMPARE(Labels::contactType(core::ContactType::ThreeWayMeeting), QStringLiteral("Trepartsmøte"));
        QCOMPARE(Labels::steps({ 2, 3, 4 }), QStringLiteral("Steg 2, 3 og 4"));
        m_preferences->setLanguage(QStringLiteral("en"));
        QCOMPARE(Labels::steps({ 2, 3, 4 }), QStringLiteral("Steps 2, 3 and 4"));
        QCOMPARE(Labels::steps({}), QStringLiteral("No step"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
