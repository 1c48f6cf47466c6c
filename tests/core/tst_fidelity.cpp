// The fidelity form (core/fidelity.h, ../shared/fidelity-form.md): how each item scores (tick-all
// items from 0, item 3's a) unscored, item 19's fifth practice), the bands at their edges and for
// a team's unrounded mean, incomplete answers, the refusals, and the rounds with what moved. The
// earlier team assessments stay readable as earlier results.
#include "fidelity.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

FidelityItemAnswer parsed(int item, const QString& text)
{
    auto a = parseFidelityItemAnswer(item, text.toStdString());
    return a ? *a : FidelityItemAnswer {};
}

// Complete answers adding up to `total` (15-95): single-choice items first, then the ticks.
FidelityAnswers answersFor(int total)
{
    FidelityAnswers answers(fidelityItemCount);
    int left = total - 15;
    for (const FidelityItem& item : fidelityItems()) {
        auto& a = answers[static_cast<std::size_t>(item.number - 1)];
        a.answered = true;
        if (item.kind == FidelityItemKind::SingleChoice) {
            const int add = std::min(left, 4);
            a.option = 1 + add;
            left -= add;
        }
    }
    for (const FidelityItem& item : fidelityItems()) {
        if (item.kind != FidelityItemKind::TickAll)
            continue;
        const int add = std::min(left, 5);
        answers[static_cast<std::size_t>(item.number - 1)].ticks = std::string(item.scored.substr(0, std::size_t(add)));
        left -= add;
    }
    return answers;
}

Id addStaff(Store& store, const std::string& name, StaffRole role)
{
    auto id = store.create(Staff { {}, name, role });
    return id ? *id : Id {};
}

const Date march = *parseDate("2026-03-01");
const Date september = *parseDate("2026-09-01");

} // namespace

class TestFidelity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void nineteenItemsAsTheFormHasThem()
    {
        const auto& items = fidelityItems();
        int tickAll = 0;
        for (int i = 0; i < fidelityItemCount; ++i) {
            const FidelityItem& item = items[std::size_t(i)];
            QCOMPARE(item.number, i + 1);
            QVERIFY(!item.title.empty());
            QVERIFY(!item.titleNb.empty());
            if (item.kind == FidelityItemKind::TickAll)
                ++tickAll;
        }
        QCOMPARE(tickAll, 4); // items 3, 7, 8 and 19
        QCOMPARE(items[2].practices, std::string_view("abcdef"));
        QCOMPARE(items[2].scored, std::string_view("bcdef"));
        QCOMPARE(items[18].practices, std::string_view("abcde")); // our split of the duplicated fourth
        QCOMPARE(fidelityMaxTotal, 95);
    }

    void eachItemScoresAsTheFormSays_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<int>("score");
        QTest::newRow("single choice, lowest") << 1 << "1" << true << 1;
        QTest::newRow("single choice, highest") << 18 << "5" << true << 5;
        QTest::newRow("tick-all, nothing ticked scores 0") << 7 << "0" << true << 0;
        QTest::newRow("tick-all, none written out") << 19 << "none" << true << 0;
        QTest::newRow("tick-all, all five") << 8 << "abcde" << true << 5;
        QTest::newRow("tick-all, with commas and spaces") << 7 << "a, c,e" << true << 3;
        QTest::newRow("item 3: a) is recorded, scores nothing") << 3 << "a" << true << 0;
        QTest::newRow("item 3: all six score five") << 3 << "abcdef" << true << 5;
        QTest::newRow("item 3: b-d") << 3 << "b,c,d" << true << 3;
        QTest::newRow("item 19: the split's e) alone") << 19 << "e" << true << 1;
        QTest::newRow("item 19: visits and coordination") << 19 << "de" << true << 2;
        QTest::newRow("left open") << 4 << "-" << false << 0;
        QTest::newRow("left open, tick-all") << 7 << "" << false << 0;
    }

    void eachItemScoresAsTheFormSays()
    {
        QFETCH(int, item);
        QFETCH(QString, typed);
        QFETCH(bool, answered);
        QFETCH(int, score);
        auto a = parseFidelityItemAnswer(item, typed.toStdString());
        QVERIFY2(a, a ? "" : a.error().error.message.c_str());
        QCOMPARE(a->answered, answered);
        QCOMPARE(fidelityItemScore(item, *a), score);
        // The ticks themselves are kept, not only their count.
        if (item == 3 && typed == "a")
            QCOMPARE(a->ticks, std::string("a"));
    }

    void answersAreStoredWithTheirTicks()
    {
        test::TempStore store;
        const Id ingrid = addStaff(*store, "Ingrid Lunde", StaffRole::Specialist);
        FidelityAnswers answers = answersFor(60);
        answers[2] = parsed(3, "a,c,f");
        answers[18] = parsed(19, "0");
        answers[4] = {}; // item 5 left open
        FN_REQUIRE(const Id id, recordFidelityAnswers(*store, { ingrid, StaffRole::Specialist }, march, answers));
        FN_REQUIRE(const auto row, store->get<FidelityResponse>(id));
        QCOMPARE(row.respondentId, ingrid);
        QCOMPARE(formatDate(*row.roundOn), std::string("2026-03-01"));
        QVERIFY(QString::fromStdString(row.answers).contains("|acf|"));
        FN_REQUIRE(const auto own, ownFidelityAnswers(*store, { ingrid, StaffRole::Specialist }, march));
        QVERIFY(own.has_value());
        QVERIFY(*own == answers);
        QCOMPARE(fidelityAnsweredCount(*own), 18);
        QVERIFY(!fidelityTotal(*own));
        // Answering the same round again replaces the answer; a day in the month names the round.
        answers[4] = parsed(5, "3");
        FN_REQUIRE(const Id again,
            recordFidelityAnswers(*store, { ingrid, StaffRole::Specialist }, *parseDate("2026-03-20"), answers));
        QCOMPARE(again, id);
        FN_REQUIRE(const auto rows, StoreInternals::select<FidelityResponse>(*store));
        QCOMPARE(rows.size(), std::size_t { 1 });
    }

    void bandsOfTheTeamsUnroundedMean_data()
    {
        QTest::addColumn<QList<int>>("totals");
        QTest::addColumn<double>("mean");
        QTest::addColumn<int>("band");
        QTest::newRow("43") << QList<int> { 43 } << 43.0 << int(FidelityBand::NotSupportedEmployment);
        QTest::newRow("44") << QList<int> { 44 } << 44.0 << int(FidelityBand::Fair);
        QTest::newRow("69") << QList<int> { 69 } << 69.0 << int(FidelityBand::Fair);
        QTest::newRow("70") << QList<int> { 70 } << 70.0 << int(FidelityBand::Good);
        QTest::newRow("84") << QList<int> { 84 } << 84.0 << int(FidelityBand::Good);
        QTest::newRow("85") << QList<int> { 85 } << 85.0 << int(FidelityBand::Exemplary);
        QTest::newRow("lowest possible") << QList<int> { 15 } << 15.0 << int(FidelityBand::NotSupportedEmployment);
        QTest::newRow("95") << QList<int> { 95 } << 95.0 << int(FidelityBand::Exemplary);
        QTest::newRow("43.5 is not yet fair")
            << QList<int> { 44, 43 } << 43.5 << int(FidelityBand::NotSupportedEmployment);
        QTest::newRow("69.67 is not yet good") << QList<int> { 70, 70, 69 } << 209.0 / 3 << int(FidelityBand::Fair);
        QTest::newRow("84.5 is not yet exemplary") << QList<int> { 85, 84 } << 84.5 << int(FidelityBand::Good);
        QTest::newRow("70.33 is good") << QList<int> { 70, 70, 71 } << 211.0 / 3 << int(FidelityBand::Good);
    }

    void bandsOfTheTeamsUnroundedMean()
    {
        QFETCH(QList<int>, totals);
        QFETCH(double, mean);
        QFETCH(int, band);
        test::TempStore store;
        int n = 0;
        for (int total : totals) {
            const Id person = addStaff(*store, "Person " + std::to_string(++n), StaffRole::Specialist);
            const FidelityAnswers answers = answersFor(total);
            QCOMPARE(fidelityTotal(answers), std::optional(total));
            FN_VERIFY_OK(recordFidelityAnswers(*store, { person, StaffRole::Specialist }, march, answers));
        }
        FN_REQUIRE(const auto history, fidelityRounds(*store));
        QCOMPARE(history.rounds.size(), std::size_t { 1 });
        const FidelityRound& r = history.rounds[0];
        QCOMPARE(r.answered, int(totals.size()));
        QVERIFY(r.total);
        QCOMPARE(*r.total, mean);
        QCOMPARE(int(*r.band), band);
        QCOMPARE(int(fidelityBand(mean)), band);
        // The team's total is the sum of the item means.
        double sum = 0;
        for (double m : r.itemMeans)
            sum += m;
        QVERIFY(std::abs(sum - mean) < 1e-9);
    }

    void incompleteAnswersAreCountedAndLeftOut()
    {
        test::TempStore store;
        const Id a = addStaff(*store, "Ingrid Lunde", StaffRole::Specialist);
        const Id b = addStaff(*store, "Tarek Haddad", StaffRole::Specialist);
        FidelityAnswers open = answersFor(50);
        open[10] = {};
        FN_VERIFY_OK(recordFidelityAnswers(*store, { b, StaffRole::Specialist }, march, open));
        FN_REQUIRE(const auto onlyOpen, fidelityRounds(*store));
        QCOMPARE(onlyOpen.rounds.size(), std::size_t { 1 });
        QCOMPARE(onlyOpen.rounds[0].incomplete, 1);
        QCOMPARE(onlyOpen.rounds[0].answered, 0);
        QVERIFY(!onlyOpen.rounds[0].total); // shown as incomplete, with no band
        QVERIFY(!onlyOpen.rounds[0].band);
        QVERIFY(onlyOpen.rounds[0].itemMeans.empty());

        FN_VERIFY_OK(recordFidelityAnswers(*store, { a, StaffRole::Specialist }, march, answersFor(80)));
        FN_REQUIRE(const auto history, fidelityRounds(*store));
        QCOMPARE(history.rounds[0].incomplete, 1);
        QCOMPARE(history.rounds[0].answered, 1);
        QCOMPARE(*history.rounds[0].total, 80.0);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("item");
        QTest::addColumn<int>("option");
        QTest::addColumn<QString>("ticks");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("mentions");
        const int specialist = int(StaffRole::Specialist);
        QTest::newRow("a mentor") << int(StaffRole::Mentor) << 19 << 0 << 0 << "" << int(Refusal::NotAllowed)
                                  << "mentor";
        QTest::newRow("18 items") << specialist << 18 << 0 << 0 << "" << int(Refusal::FidelityItemCount) << "19 items";
        QTest::newRow("20 items") << specialist << 20 << 0 << 0 << "" << int(Refusal::FidelityItemCount) << "19 items";
        QTest::newRow("option 6") << specialist << 19 << 18 << 6 << "" << int(Refusal::FidelityOptionOutOfRange)
                                  << "Item 18";
        QTest::newRow("option 0 on a single-choice item")
            << specialist << 19 << 1 << 0 << "" << int(Refusal::FidelityOptionOutOfRange) << "Item 1";
        QTest::newRow("a count on a tick-all item")
            << specialist << 19 << 7 << 3 << "" << int(Refusal::FidelityOptionOutOfRange) << "Item 7";
        QTest::newRow("item 7 has no f") << specialist << 19 << 7 << 0 << "abf" << int(Refusal::FidelityPracticeUnknown)
                                         << "'f'";
        QTest::newRow("item 3 has no g") << specialist << 19 << 3 << 0 << "g" << int(Refusal::FidelityPracticeUnknown)
                                         << "'g'";
        QTest::newRow("ticked twice") << specialist << 19 << 19 << 0 << "dd" << int(Refusal::FidelityPracticeUnknown)
                                      << "twice";
    }

    void refusals()
    {
        QFETCH(int, role);
        QFETCH(int, count);
        QFETCH(int, item);
        QFETCH(int, option);
        QFETCH(QString, ticks);
        QFETCH(int, refusal);
        QFETCH(QString, mentions);
        test::TempStore store;
        const Id person = addStaff(*store, "Ingrid Lunde", StaffRole(role));
        FidelityAnswers answers = answersFor(70);
        answers.resize(std::size_t(count), answers.back());
        if (item > 0) {
            auto& a = answers[std::size_t(item - 1)];
            a.option = option;
            a.ticks = ticks.toStdString();
        }
        const auto r = recordFidelityAnswers(*store, { person, StaffRole(role) }, march, answers);
        QVERIFY(!r);
        QCOMPARE(int(r.error().refusal), refusal);
        QVERIFY2(QString::fromStdString(r.error().error.message).contains(mentions), r.error().error.message.c_str());
        FN_REQUIRE(const auto rows, StoreInternals::select<FidelityResponse>(*store));
        QVERIFY(rows.empty());
    }

    void typedAnswersAreRefusedWithWhatToWrite_data()
    {
        QTest::addColumn<int>("item");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("refusal");
        QTest::newRow("single choice 6") << 2 << "6" << int(Refusal::FidelityOptionOutOfRange);
        QTest::newRow("single choice 0") << 2 << "0" << int(Refusal::FidelityOptionOutOfRange);
        QTest::newRow("single choice letters") << 2 << "b" << int(Refusal::FidelityOptionOutOfRange);
        QTest::newRow("tick-all count") << 19 << "4" << int(Refusal::FidelityOptionOutOfRange);
        QTest::newRow("unknown practice") << 8 << "x" << int(Refusal::FidelityPracticeUnknown);
        QTest::newRow("no item 20") << 20 << "3" << int(Refusal::FidelityItemCount);
    }

    void typedAnswersAreRefusedWithWhatToWrite()
    {
        QFETCH(int, item);
        QFETCH(QString, typed);
        QFETCH(int, refusal);
        const auto a = parseFidelityItemAnswer(item, typed.toStdString());
        QVERIFY(!a);
        QCOMPARE(int(a.error().refusal), refusal);
        QCOMPARE(a.error().error.code, ErrorCode::InvalidArgument);
    }

    void roundsShowWhatMovedSinceTheOneBefore()
    {
        test::TempStore store;
        const Id a = addStaff(*store, "Ingrid Lunde", StaffRole::Specialist);
        const Id b = addStaff(*store, "Tarek Haddad", StaffRole::Specialist);
        // An earlier team assessment, as recorded before the form: read as an earlier result.
        std::vector<int> earlier(fidelityItemCount, 3);
        FN_VERIFY_OK(store->create(FidelityAssessment { {}, parseDate("2025-10-14"), earlier, "Høst" }));
        // A record written elsewhere with 18 scores is left out, and counted.
        FN_VERIFY_OK(store->create(FidelityAssessment { {}, parseDate("2025-11-01"), std::vector<int>(18, 5), "" }));

        FidelityAnswers springA = answersFor(57); // items 1-12 high, item 18 at 1, nothing ticked
        FidelityAnswers springB = springA;
        FN_VERIFY_OK(recordFidelityAnswers(*store, { a, StaffRole::Specialist }, march, springA));
        FN_VERIFY_OK(recordFidelityAnswers(*store, { b, StaffRole::Specialist }, march, springB));
        FidelityAnswers autumnA = springA;
        autumnA[17] = parsed(18, "5"); // item 18 up for one of two
        autumnA[18] = parsed(19, "abde"); // item 19 from 0 to 4 for one of two
        FN_VERIFY_OK(recordFidelityAnswers(*store, { a, StaffRole::Specialist }, september, autumnA));
        FN_VERIFY_OK(recordFidelityAnswers(*store, { b, StaffRole::Specialist }, september, springB));

        FN_REQUIRE(const auto history, fidelityRounds(*store));
        QCOMPARE(history.unreadable, 1);
        QCOMPARE(history.rounds.size(), std::size_t { 3 });
        const FidelityRound& team = history.rounds[0];
        QVERIFY(team.teamRecord);
        QCOMPARE(formatDate(team.round), std::string("2025-10-01"));
        QCOMPARE(*team.total, 57.0);
        const FidelityRound& spring = history.rounds[1];
        QVERIFY(!spring.teamRecord);
        QCOMPARE(spring.answered, 2);
        QCOMPARE(*spring.total, 57.0);
        QCOMPARE(*spring.change, 0.0);
        QVERIFY(!spring.moved.empty()); // same total, different items
        const FidelityRound& autumn = history.rounds[2];
        const double before18 = spring.itemMeans[17];
        QCOMPARE(*autumn.total, 57.0 + ((5 - springA[17].option) + 4) / 2.0);
        QCOMPARE(*autumn.change, *autumn.total - 57.0);
        QCOMPARE(autumn.moved.size(), std::size_t { 2 });
        QCOMPARE(autumn.moved[0].item, 18);
        QCOMPARE(autumn.moved[0].from, before18);
        QCOMPARE(autumn.moved[0].to, (5 + springB[17].option) / 2.0);
        QCOMPARE(autumn.moved[1].item, 19);
        QCOMPARE(autumn.moved[1].from, 0.0);
        QCOMPARE(autumn.moved[1].to, 2.0);
    }

    void storedAnswersReadBackAsWritten()
    {
        FidelityAnswers answers = answersFor(77);
        answers[2] = parsed(3, "abf");
        answers[6] = parsed(7, "0");
        answers[12] = {};
        const std::string text = encodeFidelityAnswers(answers);
        const auto back = decodeFidelityAnswers(text);
        QVERIFY(back);
        QVERIFY(*back == answers);
        QVERIFY(!decodeFidelityAnswers("4|4|4"));
        QVERIFY(!decodeFidelityAnswers(text + "|4"));
        QVERIFY(!decodeFidelityAnswers(""));
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
