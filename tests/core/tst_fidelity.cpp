// Fidelity scoring: bands at their edges, validation, and the history with the items that moved.
#include "fidelity.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

#include <numeric>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

// 19 scores adding up to `total` (19-95), as even as possible.
std::vector<int> scoresFor(int total)
{
    std::vector<int> scores(fidelityItemCount, 1);
    int left = total - fidelityItemCount;
    for (auto& s : scores) {
        const int add = std::min(left, 4);
        s += add;
        left -= add;
    }
    return scores;
}

} // namespace

class TestFidelity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void nineteenItemsNumberedInOrder()
    {
        const auto& items = fidelityItems();
        for (int i = 0; i < fidelityItemCount; ++i) {
            QCOMPARE(items[std::size_t(i)].number, i + 1);
            QVERIFY(!items[std::size_t(i)].title.empty());
            QVERIFY(!items[std::size_t(i)].titleNb.empty());
            QVERIFY(!items[std::size_t(i)].scoreFive.empty());
        }
        QCOMPARE(fidelityMaxTotal, 95);
        QCOMPARE(items[16].title, std::string_view("Meetings after the job starts"));
    }

    void bandsAtTheirEdges_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("band");
        QTest::newRow("lowest possible") << 19 << int(FidelityBand::NotSupportedEmployment);
        QTest::newRow("43") << 43 << int(FidelityBand::NotSupportedEmployment);
        QTest::newRow("44") << 44 << int(FidelityBand::Fair);
        QTest::newRow("69") << 69 << int(FidelityBand::Fair);
        QTest::newRow("70") << 70 << int(FidelityBand::Good);
        QTest::newRow("84") << 84 << int(FidelityBand::Good);
        QTest::newRow("85") << 85 << int(FidelityBand::Exemplary);
        QTest::newRow("95") << 95 << int(FidelityBand::Exemplary);
    }

    void bandsAtTheirEdges()
    {
        QFETCH(int, total);
        QFETCH(int, band);
        QCOMPARE(int(fidelityBand(total)), band);
        // The same through a recorded assessment.
        test::TempStore store;
        const auto scores = scoresFor(total);
        QCOMPARE(std::accumulate(scores.begin(), scores.end(), 0), total);
        FN_VERIFY_OK(recordFidelityAssessment(*store, *parseDate("2026-03-01"), scores, ""));
        FN_REQUIRE(const auto history, fidelityHistory(*store));
        QCOMPARE(history.assessments.size(), std::size_t { 1 });
        QCOMPARE(history.assessments[0].total, total);
        QCOMPARE(int(history.assessments[0].band), band);
        QVERIFY(!history.assessments[0].change);
    }

    void invalidScoresAreRefused_data()
    {
        QTest::addColumn<QString>("scores");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("18 items") << "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"
                                  << "19 items";
        QTest::newRow("20 items") << "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"
                                  << "19 items";
        QTest::newRow("a zero") << "3,3,3,3,3,3,3,0,3,3,3,3,3,3,3,3,3,3,3"
                                << "Item 8";
        QTest::newRow("a six") << "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,6"
                               << "Item 19";
    }

    void invalidScoresAreRefused()
    {
        QFETCH(QString, scores);
        QFETCH(QString, mentions);
        std::vector<int> list;
        for (const QString& s : scores.split(','))
            list.push_back(s.toInt());
        test::TempStore store;
        const auto r = recordFidelityAssessment(*store, *parseDate("2026-03-01"), list, "");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(r.error().message).contains(mentions));
        FN_REQUIRE(const auto rows, core::StoreInternals::select<FidelityAssessment>(*store));
        QVERIFY(rows.empty());
    }

    void historyShowsWhatMoved()
    {
        test::TempStore store;
        // The weakest items in the research: 18, 19, 8, 7 and 11. Recorded out of order.
        std::vector<int> spring(fidelityItemCount, 4);
        spring[17] = 2;
        spring[18] = 2;
        spring[7] = 3;
        std::vector<int> autumn = spring;
        autumn[17] = 4; // item 18 up two
        autumn[10] = 3; // item 11 down one
        FN_VERIFY_OK(recordFidelityAssessment(*store, *parseDate("2026-10-01"), autumn, "Høst"));
        FN_VERIFY_OK(recordFidelityAssessment(*store, *parseDate("2026-04-01"), spring, "Vår"));
        // A record written elsewhere with 18 scores is left out, and counted.
        FN_VERIFY_OK(store->create(FidelityAssessment { {}, parseDate("2026-07-01"), std::vector<int>(18, 5), "" }));

        FN_REQUIRE(const auto history, fidelityHistory(*store));
        QCOMPARE(history.unreadable, 1);
        QCOMPARE(history.assessments.size(), std::size_t { 2 });
        const auto& first = history.assessments[0];
        const auto& second = history.assessments[1];
        QCOMPARE(formatDate(first.assessedOn), std::string("2026-04-01"));
        QCOMPARE(first.total, 16 * 4 + 3 + 2 + 2); // items 8, 18 and 19 below 4
        QCOMPARE(first.band, FidelityBand::Good);
        QCOMPARE(second.total, 72);
        QCOMPARE(second.change, std::optional(1));
        QCOMPARE(second.moved.size(), std::size_t { 2 });
        QCOMPARE(second.moved[0].item, 11);
        QCOMPARE(second.moved[0].from, 4);
        QCOMPARE(second.moved[0].to, 3);
        QCOMPARE(second.moved[1].item, 18);
        QCOMPARE(second.moved[1].from, 2);
        QCOMPARE(second.moved[1].to, 4);
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
