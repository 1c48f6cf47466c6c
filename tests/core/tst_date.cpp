// Calendar arithmetic the schedules rely on: month ends, leap days and weekends.
#include "date.h"

#include <QTest>

using namespace fieldnotes::core;

class TestDate : public QObject {
    Q_OBJECT

private slots:
    void addMonthsClampsToTheMonthEnd_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ordinary") << "2026-03-16" << 1 << "2026-04-16";
        QTest::newRow("31st into a 30-day month") << "2026-03-31" << 1 << "2026-04-30";
        QTest::newRow("31st into February") << "2026-01-31" << 1 << "2026-02-28";
        QTest::newRow("31st into a leap February") << "2028-01-31" << 1 << "2028-02-29";
        QTest::newRow("counted from the start, no drift") << "2026-01-31" << 2 << "2026-03-31";
        QTest::newRow("leap day plus a year") << "2028-02-29" << 12 << "2029-02-28";
        QTest::newRow("leap day plus four years") << "2028-02-29" << 48 << "2032-02-29";
        QTest::newRow("across the year end") << "2026-11-30" << 3 << "2027-02-28";
        QTest::newRow("backwards") << "2026-03-31" << -1 << "2026-02-28";
        QTest::newRow("zero") << "2026-05-17" << 0 << "2026-05-17";
    }

    void addMonthsClampsToTheMonthEnd()
    {
        QFETCH(QString, from);
        QFETCH(int, months);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(formatDate(addMonths(*parseDate(from.toStdString()), months))), expected);
    }

    void weekends_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<bool>("weekend");
        QTest::newRow("Friday") << "2026-03-13" << false;
        QTest::newRow("Saturday") << "2026-03-14" << true;
        QTest::newRow("Sunday") << "2026-03-15" << true;
        QTest::newRow("Monday") << "2026-03-16" << false;
        QTest::newRow("leap day 2028 is a Tuesday") << "2028-02-29" << false;
    }

    void weekends()
    {
        QFETCH(QString, day);
        QFETCH(bool, weekend);
        QCOMPARE(isWeekend(*parseDate(day.toStdString())), weekend);
    }
};

QTEST_GUILESS_MAIN(TestDate)
#include "tst_date.moc"
