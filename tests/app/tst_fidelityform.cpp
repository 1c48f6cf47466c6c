// The fidelity form's models under QAbstractItemModelTester: the 19 items with one person's answers
// (choosing, ticking, the score shown, item 3's a) scoring nothing), and a round's item means with
// what moved. Words come in the person's language; the numbers are core's.
#include "fidelitymodels.h"
#include "modeltest.h"

#include <QTest>

using namespace fieldnotes;
using namespace fieldnotes::app;
using test::roleValue;

class TestFidelityForm : public QObject {
    Q_OBJECT

private slots:
    void theFormsItemsTakeChoicesAndTicks()
    {
        FidelityItemsModel model;
        test::watchModel(model);
        QCOMPARE(model.rowCount(), 19);
        QCOMPARE(roleValue(model, 0, "number").toInt(), 1);
        QVERIFY(!roleValue(model, 0, "title").toString().isEmpty());
        QCOMPARE(roleValue(model, 0, "tickAll").toBool(), false);
        QCOMPARE(roleValue(model, 0, "options").toStringList().size(), 5);
        QCOMPARE(roleValue(model, 2, "tickAll").toBool(), true);
        QCOMPARE(roleValue(model, 2, "options").toStringList().size(), 6);
        QCOMPARE(roleValue(model, 2, "letters").toString(), QString("abcdef"));
        QVERIFY(roleValue(model, 2, "natureText").toString().contains("a) is recorded and scores nothing"));
        QCOMPARE(roleValue(model, 18, "options").toStringList().size(), 5);
        QCOMPARE(roleValue(model, 0, "answered").toBool(), false);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.choose(1, 4));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.choose(1, 4)); // the same choice again changes nothing
        QVERIFY(!model.choose(1, 6));
        QVERIFY(!model.choose(3, 2)); // a tick-all item takes ticks, not an option
        QCOMPARE(roleValue(model, 0, "option").toInt(), 4);
        QCOMPARE(roleValue(model, 0, "scoreText").toString(), QString("Scores 4 of 5"));

        QVERIFY(model.toggle(3, "a"));
        QVERIFY(model.toggle(3, "d"));
        QVERIFY(model.toggle(3, "c"));
        QVERIFY(!model.toggle(3, "g"));
        QVERIFY(!model.toggle(1, "a"));
        QCOMPARE(roleValue(model, 2, "ticks").toString(), QString("acd"));
        QCOMPARE(roleValue(model, 2, "scoreText").toString(), QString("Scores 2 of 5"));
        QVERIFY(model.toggle(3, "d")); // unticked again
        QCOMPARE(roleValue(model, 2, "ticks").toString(), QString("ac"));
        // Unticking everything leaves the item answered with nothing ticked: 0.
        QVERIFY(model.toggle(7, "b"));
        QVERIFY(model.toggle(7, "b"));
        QCOMPARE(roleValue(model, 6, "answered").toBool(), true);
        QCOMPARE(roleValue(model, 6, "scoreText").toString(), QString("Scores 0 of 5"));
        QCOMPARE(core::fidelityAnsweredCount(model.answers()), 3);
    }

    void theTeamsMeansSayWhatMoved()
    {
        FidelityMeansModel model;
        test::watchModel(model);
        QCOMPARE(model.rowCount(), 0);
        core::FidelityRound round;
        round.itemMeans.assign(19, 3.0);
        round.itemMeans[17] = 3.6667;
        round.moved.push_back({ 18, 2.3333, 3.6667 });
        model.setRound(round);
        QCOMPARE(model.rowCount(), 19);
        QCOMPARE(roleValue(model, 17, "meanText").toString(), QString("3.7"));
        QCOMPARE(roleValue(model, 17, "movedText").toString(), QString("up from 2.3"));
        QCOMPARE(roleValue(model, 0, "movedText").toString(), QString());
        QVERIFY(roleValue(model, 17, "accessibleText").toString().startsWith("Item 18, "));
        QVERIFY(roleValue(model, 17, "accessibleText").toString().endsWith(": 3.7 of 5, up from 2.3"));
        round.itemMeans[17] = 2.0;
        round.moved = { { 18, 3.6667, 2.0 } };
        model.setRound(round); // same rows: updated in place
        QCOMPARE(roleValue(model, 17, "movedText").toString(), QString("down from 3.7"));
        model.setRound({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFidelityForm)
#include "tst_fidelityform.moc"
