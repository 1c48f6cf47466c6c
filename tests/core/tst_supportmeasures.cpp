// A running job's support measures over time: the wage subsidy's review held and the next one set, a
// new period with a new %, and a measure ended early, through one rule in core for the app and the
// command line. The store's clock stands at 2026-03-02, a Monday (testsupport.h). Invented people and
// employers only.
#include "attention.h"
#include "intake.h"
#include "placement.h"
#include "storeinternals.h"
#include "supportmeasures.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::day;
using test::actors::lead;
using test::actors::mentor;
using test::actors::otherSpecialist;
using test::actors::specialist;

// A job followed by `specialist` that started on 2026-01-05 with a 50 % wage subsidy until
// 2026-12-31, reviewed on 2026-03-05.
struct Job {
    Id participant;
    Id placement;
    Id subsidy;
};

Result<Job> job(Store& store)
{
    Job j;
    Intake in;
    in.displayName = "Vilde Tilskuddsen";
    in.referralOn = day("2025-12-01");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    j.participant = *taken;
    Employer e;
    e.name = "Sykkelverkstedet";
    FN_TRY_ASSIGN(const Id employer, store.create(e));
    PlacementStart s;
    s.participantId = j.participant;
    s.employerId = employer;
    s.contract = ContractType::Temporary;
    s.title = "Sykkelmekaniker";
    s.startOn = day("2026-01-05");
    s.percent = 60;
    s.measures.push_back(
        PlacementMeasure { SupportMeasureKind::WageSubsidy, 50, {}, {}, day("2026-12-31"), day("2026-03-05") });
    auto started = startPlacement(store, specialist, s);
    if (!started)
        return fail(started.error().error);
    j.placement = *started;
    FN_TRY_ASSIGN(const auto measures,
        StoreInternals::select<SupportMeasure>(store, "placement_id = ?", { j.placement }, "from_on"));
    j.subsidy = measures.at(0).id;
    return j;
}

Result<std::vector<SupportMeasure>> periods(Store& store, const Job& j)
{
    return StoreInternals::select<SupportMeasure>(store, "placement_id = ?", { j.placement }, "from_on");
}

} // namespace

class TestSupportMeasures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // The review held is kept with the measure, the next one replaces the due one, and the attention
    // list no longer asks for it.
    void aReviewHeldSetsTheNextReview()
    {
        test::TempStore store;
        FN_REQUIRE(const Job j, job(*store));
        FN_REQUIRE(const auto dueBefore, attentionFor(*store, j.participant, store->today()));
        QVERIFY(std::ranges::any_of(
            dueBefore, [](const Attention& a) { return a.kind == AttentionKind::WageSubsidyReview; }));

        FN_VERIFY_OK(
            recordMeasureReview(*store, specialist, j.subsidy, MeasureReview { day("2026-03-02"), day("2026-09-01") }));
        FN_REQUIRE(const SupportMeasure m, store->get<SupportMeasure>(j.subsidy));
        QCOMPARE(m.reviewedOn, OptDate(day("2026-03-02")));
        QCOMPARE(m.reviewOn, OptDate(day("2026-09-01")));
        QCOMPARE(m.percent, std::optional<int>(50));
        FN_REQUIRE(const auto dueAfter, attentionFor(*store, j.participant, store->today()));
        QVERIFY(std::ranges::none_of(
            dueAfter, [](const Attention& a) { return a.kind == AttentionKind::WageSubsidyReview; }));

        // A lead may record it too; no next review clears the date.
        FN_VERIFY_OK(recordMeasureReview(*store, lead, j.subsidy, MeasureReview { day("2026-03-02"), {} }));
        FN_REQUIRE(const SupportMeasure cleared, store->get<SupportMeasure>(j.subsidy));
        QVERIFY(!cleared.reviewOn);
    }

    // A new period from a day: the old period ends the day before and stays in the history with its %.
    void aNewPeriodKeepsTheOldOneInHistory()
    {
        test::TempStore store;
        FN_REQUIRE(const Job j, job(*store));
        MeasurePeriod p;
        p.fromOn = day("2026-04-01");
        p.percent = 30;
        p.toOn = day("2027-03-31");
        p.reviewOn = day("2026-10-01");
        FN_REQUIRE(const Id next, startMeasurePeriod(*store, specialist, j.subsidy, p));

        FN_REQUIRE(const auto all, periods(*store, j));
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].id, j.subsidy);
        QCOMPARE(all[0].percent, std::optional<int>(50));
        QCOMPARE(all[0].fromOn, OptDate(day("2026-01-05")));
        QCOMPARE(all[0].toOn, OptDate(day("2026-03-31")));
        QCOMPARE(all[0].reviewOn, OptDate(day("2026-03-05"))); // before the new period: still due
        QCOMPARE(all[1].id, next);
        QCOMPARE(all[1].kind, SupportMeasureKind::WageSubsidy);
        QCOMPARE(all[1].percent, std::optional<int>(30));
        QCOMPARE(all[1].fromOn, OptDate(day("2026-04-01")));
        QCOMPARE(all[1].toOn, OptDate(day("2027-03-31")));
        QCOMPARE(all[1].reviewOn, OptDate(day("2026-10-01")));

        // The % carries over when not given; the earlier period no longer changes.
        MeasurePeriod again;
        again.fromOn = day("2026-06-01");
        FN_REQUIRE(const Id third, startMeasurePeriod(*store, specialist, next, again));
        FN_REQUIRE(const SupportMeasure t, store->get<SupportMeasure>(third));
        QCOMPARE(t.percent, std::optional<int>(30));
        FN_REQUIRE(const SupportMeasure second, store->get<SupportMeasure>(next));
        QCOMPARE(second.toOn, OptDate(day("2026-05-31")));
        QVERIFY(!second.reviewOn); // its review was after its new end: it moves to the new period
        auto old = startMeasurePeriod(*store, specialist, j.subsidy, again);
        QVERIFY(!old);
        QCOMPARE(old.error().refusal, Refusal::MeasureSuperseded);
    }

    void endsAMeasureEarly()
    {
        test::TempStore store;
        FN_REQUIRE(const Job j, job(*store));
        FN_VERIFY_OK(endMeasureEarly(*store, specialist, j.subsidy, day("2026-02-28")));
        FN_REQUIRE(const SupportMeasure m, store->get<SupportMeasure>(j.subsidy));
        QCOMPARE(m.toOn, OptDate(day("2026-02-28")));
        QVERIFY(!m.reviewOn); // the review planned after the end is gone
        FN_REQUIRE(const auto due, attentionFor(*store, j.participant, store->today()));
        QVERIFY(
            std::ranges::none_of(due, [](const Attention& a) { return a.kind == AttentionKind::WageSubsidyReview; }));

        auto again = endMeasureEarly(*store, specialist, j.subsidy, day("2026-02-28"));
        QVERIFY(!again);
        QCOMPARE(again.error().refusal, Refusal::MeasureEndNotEarlier);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<Refusal>("refusal");
        QTest::addColumn<QString>("field");
        QTest::newRow("review in the future") << "review 2026-03-03" << Refusal::ReviewInFuture << "reviewed_on";
        QTest::newRow("review before the measure") << "review 2026-01-04" << Refusal::DateBeforeStart << "reviewed_on";
        QTest::newRow("next review not after the one held")
            << "review 2026-03-02 next 2026-03-02" << Refusal::NextReviewNotAfterHeld << "review_on";
        QTest::newRow("next review after the period")
            << "review 2026-03-02 next 2027-01-01" << Refusal::ReviewAfterPeriod << "review_on";
        QTest::newRow("period not after the current one")
            << "period 2026-01-05" << Refusal::MeasurePeriodNotAfter << "from_on";
        QTest::newRow("period % out of range") << "period 2026-04-01 % 0" << Refusal::SubsidyOutOfRange << "percent";
        QTest::newRow("period ends before it starts")
            << "period 2026-04-01 to 2026-03-31" << Refusal::DateBeforeStart << "to_on";
        QTest::newRow("period review after its end")
            << "period 2026-04-01 to 2026-06-30 review 2026-07-01" << Refusal::ReviewAfterPeriod << "review_on";
        QTest::newRow("end before the measure began") << "end 2026-01-04" << Refusal::DateBeforeStart << "to_on";
        QTest::newRow("end not earlier") << "end 2026-12-31" << Refusal::MeasureEndNotEarlier << "to_on";
        QTest::newRow("no such measure") << "end 2026-02-01 unknown" << Refusal::MeasureNotFound << "";
        QTest::newRow("not their specialist") << "end 2026-02-01 other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor's device") << "end 2026-02-01 mentor" << Refusal::NotAllowed << "";
        QTest::newRow("placement ended") << "end 2026-02-01 ended" << Refusal::AlreadyEnded << "ended_on";
        QTest::newRow("participant discharged")
            << "end 2026-02-01 discharged" << Refusal::PlacementOfDischarged << "participant_id";
    }

    // Each refusal leaves the measures as they were.
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(Refusal, refusal);
        QFETCH(QString, field);
        test::TempStore store;
        FN_REQUIRE(const Job j, job(*store));
        const QStringList w = what.split(' ');
        const auto at = [&](const char* key) -> OptDate {
            const auto i = w.indexOf(QLatin1String(key));
            return i >= 0 ? OptDate(day(w[i + 1].toUtf8().constData())) : OptDate {};
        };
        Actor actor = specialist;
        Id measure = j.subsidy;
        if (w.contains("unknown"))
            measure = "no-such-measure";
        if (w.contains("other"))
            actor = otherSpecialist;
        if (w.contains("mentor"))
            actor = mentor;
        if (w.contains("ended"))
            FN_VERIFY_OK(
                endPlacement(*store, specialist, j.placement, PlacementEnd { day("2026-02-27"), "Slutt", {} }));
        if (w.contains("discharged"))
            FN_VERIFY_OK(
                dischargeParticipant(*store, specialist, j.participant, DischargeReason::Other, day("2026-03-01")));
        FN_REQUIRE(const auto before, periods(*store, j));

        std::optional<CaseError> refused;
        if (w[0] == "review") {
            auto r = recordMeasureReview(*store, actor, measure, MeasureReview { *at("review"), at("next") });
            if (!r)
                refused = r.error();
        } else if (w[0] == "period") {
            MeasurePeriod p;
            p.fromOn = *at("period");
            const auto pct = w.indexOf(QLatin1String("%"));
            if (pct >= 0)
                p.percent = w[pct + 1].toInt();
            p.toOn = at("to");
            p.reviewOn = at("review");
            auto r = startMeasurePeriod(*store, actor, measure, p);
            if (!r)
                refused = r.error();
        } else {
            auto r = endMeasureEarly(*store, actor, measure, *at("end"));
            if (!r)
                refused = r.error();
        }
        QVERIFY(refused);
        QCOMPARE(refused->refusal, refusal);
        QCOMPARE(QString::fromStdString(refused->field), field);
        QVERIFY(!refused->error.message.empty());
        FN_REQUIRE(const auto after, periods(*store, j));
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after[0].toOn, before[0].toOn);
        QCOMPARE(after[0].reviewOn, before[0].reviewOn);
    }
};

QTEST_GUILESS_MAIN(TestSupportMeasures)
#include "tst_supportmeasures.moc"
