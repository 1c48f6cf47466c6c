// The follow-up plan and its goals: one rule in core for the app and the command line. The store's
// clock stands at 2026-03-02, a Monday (testsupport.h). Invented people only.
#include "intake.h"
#include "plans.h"
#include "storeinternals.h"
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

Result<Id> participantOf(Store& store, const char* name)
{
    Intake in;
    in.displayName = name;
    in.referralOn = day("2026-01-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    return *taken;
}

PlanChange fullPlan()
{
    PlanChange c;
    c.summary = "  Fast jobb i butikk innen et år ";
    c.schedule = "Ukentlig første måned, så månedlig";
    c.tapering = "Mentor tar over etter tre måneder";
    c.agreedParticipantOn = OptDate(day("2026-02-20"));
    return c;
}

// Applies the change a refusal row names to the actor, the request or the store.
void prepare(Store& store, const QString& change, const Id& participant, Actor& actor)
{
    if (change == "other")
        actor = otherSpecialist;
    else if (change == "mentor")
        actor = mentor;
    else if (change == "unpaired")
        actor = Actor {};
    else if (change == "discharged")
        QVERIFY(dischargeParticipant(store, specialist, participant, DischargeReason::Other, day("2026-03-01")));
}

} // namespace

class TestPlans : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void writesThePlanThenChangesOnlyWhatIsGiven()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        const auto written = writePlan(*store, specialist, p, fullPlan());
        QVERIFY2(written, written ? "" : written.error().error.message.c_str());

        FN_REQUIRE(Plan plan, store->get<Plan>(p)); // one plan per participant: its id is theirs
        QCOMPARE(plan.participantId, p);
        QCOMPARE(plan.summary, std::string("Fast jobb i butikk innen et år"));
        QCOMPARE(plan.schedule, std::string("Ukentlig første måned, så månedlig"));
        QCOMPARE(plan.tapering, std::string("Mentor tar over etter tre måneder"));
        QCOMPARE(plan.agreedParticipantOn, OptDate(day("2026-02-20")));
        QVERIFY(!plan.agreedEmployerOn);

        PlanChange later;
        later.tapering = "Mentor tar over etter fire måneder";
        later.agreedParticipantOn = OptDate {};
        later.agreedEmployerOn = OptDate(day("2026-03-02"));
        QVERIFY(writePlan(*store, lead, p, later)); // a lead writes anyone's plan
        FN_REQUIRE(plan, store->get<Plan>(p));
        QCOMPARE(plan.summary, std::string("Fast jobb i butikk innen et år"));
        QCOMPARE(plan.tapering, std::string("Mentor tar over etter fire måneder"));
        QVERIFY(!plan.agreedParticipantOn);
        QCOMPARE(plan.agreedEmployerOn, OptDate(day("2026-03-02")));
        FN_REQUIRE(const auto plans, core::StoreInternals::select<Plan>(*store, "participant_id = ?", { p }));
        QCOMPARE(plans.size(), std::size_t(1));
    }

    void planRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("a new plan that says nothing") << "empty" << Refusal::PlanEmpty << "summary";
        QTest::newRow("agreed with the person tomorrow")
            << "participant tomorrow" << Refusal::AgreedInFuture << "agreed_participant_on";
        QTest::newRow("agreed with the employer tomorrow")
            << "employer tomorrow" << Refusal::AgreedInFuture << "agreed_employer_on";
        QTest::newRow("ID number in the summary") << "summary id" << Refusal::NationalIdNumber << "summary";
        QTest::newRow("ID number in the schedule") << "schedule id" << Refusal::NationalIdNumber << "schedule";
        QTest::newRow("ID number in the tapering plan") << "tapering id" << Refusal::NationalIdNumber << "tapering";
        QTest::newRow("unknown participant") << "participant" << Refusal::NotFound << "participant_id";
        QTest::newRow("discharged participant") << "discharged" << Refusal::PlanOfDischarged << "participant_id";
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void planRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        Id target = p;
        Actor actor = specialist;
        PlanChange c = fullPlan();
        prepare(*store, change, p, actor);
        if (change == "empty")
            c = PlanChange { std::string("  "), {}, {}, OptDate(day("2026-02-20")), {} };
        else if (change == "participant tomorrow")
            c.agreedParticipantOn = OptDate(day("2026-03-03"));
        else if (change == "employer tomorrow")
            c.agreedEmployerOn = OptDate(day("2026-03-03"));
        else if (change == "summary id")
            c.summary = "Jobb for 010190 12345";
        else if (change == "schedule id")
            c.schedule = "Ring 01019012345";
        else if (change == "tapering id")
            c.tapering = "Se 010190-12345";
        else if (change == "participant")
            target = "no-such-participant";

        const auto r = writePlan(*store, actor, target, c);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto plans, core::StoreInternals::select<Plan>(*store, "1"));
        QVERIFY(plans.empty());
    }

    void addsGoalsAndSubGoals()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        auto main = addGoal(*store, specialist, GoalNew { p, "  Ta førerkort ", {}, day("2026-06-30") });
        QVERIFY2(main, main ? "" : main.error().error.message.c_str());
        auto sub = addGoal(*store, lead, GoalNew { p, "Bestå teoriprøven", *main, {} });
        QVERIFY2(sub, sub ? "" : sub.error().error.message.c_str());

        FN_REQUIRE(const Goal g, store->get<Goal>(*main));
        QCOMPARE(g.participantId, p);
        QCOMPARE(g.text, std::string("Ta førerkort"));
        QCOMPARE(g.status, GoalStatus::Open);
        QCOMPARE(g.dueOn, OptDate(day("2026-06-30")));
        QVERIFY(!g.parentId);
        FN_REQUIRE(const Goal s, store->get<Goal>(*sub));
        QCOMPARE(s.parentId, OptId(*main));
        QVERIFY(!s.dueOn);
    }

    void addGoalRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("no text") << "text" << Refusal::GoalTextMissing << "text";
        QTest::newRow("ID number in the text") << "text id" << Refusal::NationalIdNumber << "text";
        QTest::newRow("unknown parent") << "parent" << Refusal::ParentGoalNotFound << "parent_id";
        QTest::newRow("another participant's goal as parent")
            << "foreign parent" << Refusal::ParentGoalNotFound << "parent_id";
        QTest::newRow("a sub-goal as parent") << "sub parent" << Refusal::SubGoalUnderSubGoal << "parent_id";
        QTest::newRow("unknown participant") << "participant" << Refusal::NotFound << "participant_id";
        QTest::newRow("discharged participant") << "discharged" << Refusal::PlanOfDischarged << "participant_id";
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void addGoalRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_REQUIRE(const Id q, participantOf(*store, "Bo Eksempelsen"));
        FN_REQUIRE(const Id mainGoal, addGoal(*store, specialist, GoalNew { p, "Ta førerkort", {}, {} }));
        FN_REQUIRE(const Id subGoal, addGoal(*store, specialist, GoalNew { p, "Bestå teoriprøven", mainGoal, {} }));
        FN_REQUIRE(const Id foreign, addGoal(*store, specialist, GoalNew { q, "Lære truck", {}, {} }));
        Actor actor = specialist;
        GoalNew g { p, "Møte presis hver dag", mainGoal, day("2026-04-01") };
        prepare(*store, change, p, actor);
        if (change == "text")
            g.text = " \n ";
        else if (change == "text id")
            g.text = "Søknad med 01019012345";
        else if (change == "parent")
            g.parentId = "no-such-goal";
        else if (change == "foreign parent")
            g.parentId = foreign;
        else if (change == "sub parent")
            g.parentId = subGoal;
        else if (change == "participant")
            g.participantId = "no-such-participant";

        const auto r = addGoal(*store, actor, g);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto goals, core::StoreInternals::select<Goal>(*store, "1"));
        QCOMPARE(goals.size(), std::size_t(3));
    }

    void changesAGoalsTextAndDueDay()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_REQUIRE(const Id id, addGoal(*store, specialist, GoalNew { p, "Ta førerkort", {}, day("2026-06-30") }));
        QVERIFY(changeGoal(*store, specialist, id, GoalChange { std::string(" Ta førerkort klasse B "), {} }));
        FN_REQUIRE(Goal g, store->get<Goal>(id));
        QCOMPARE(g.text, std::string("Ta førerkort klasse B"));
        QCOMPARE(g.dueOn, OptDate(day("2026-06-30")));
        QVERIFY(changeGoal(*store, specialist, id, GoalChange { {}, OptDate {} }));
        FN_REQUIRE(g, store->get<Goal>(id));
        QCOMPARE(g.text, std::string("Ta førerkort klasse B"));
        QVERIFY(!g.dueOn);
    }

    void changeGoalRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("text made empty") << "text" << Refusal::GoalTextMissing;
        QTest::newRow("ID number in the text") << "text id" << Refusal::NationalIdNumber;
        QTest::newRow("unknown goal") << "goal" << Refusal::GoalNotFound;
        QTest::newRow("discharged participant") << "discharged" << Refusal::PlanOfDischarged;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
    }

    void changeGoalRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_REQUIRE(const Id id, addGoal(*store, specialist, GoalNew { p, "Ta førerkort", {}, day("2026-06-30") }));
        Actor actor = specialist;
        Id target = id;
        GoalChange c { std::string("Ta førerkort klasse B"), OptDate {} };
        prepare(*store, change, p, actor);
        if (change == "text")
            c.text = "   ";
        else if (change == "text id")
            c.text = "Førerkort 010190 12345";
        else if (change == "goal")
            target = "no-such-goal";

        const auto r = changeGoal(*store, actor, target, c);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const Goal g, store->get<Goal>(id));
        QCOMPARE(g.text, std::string("Ta førerkort"));
        QCOMPARE(g.dueOn, OptDate(day("2026-06-30")));
    }

    void goalsAreAchievedDroppedAndReopened()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_REQUIRE(const Id id, addGoal(*store, specialist, GoalNew { p, "Ta førerkort", {}, {} }));
        for (GoalStatus status : { GoalStatus::Achieved, GoalStatus::Open, GoalStatus::Dropped, GoalStatus::Open }) {
            const auto r = setGoalStatus(*store, specialist, id, status);
            QVERIFY2(r, r ? "" : r.error().error.message.c_str());
            FN_REQUIRE(const Goal g, store->get<Goal>(id));
            QCOMPARE(g.status, status);
        }
        QVERIFY(setGoalStatus(*store, lead, id, GoalStatus::Achieved));
    }

    void goalStatusRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("achieved twice") << "twice" << Refusal::GoalStatusUnchanged;
        QTest::newRow("unknown goal") << "goal" << Refusal::GoalNotFound;
        QTest::newRow("discharged participant") << "discharged" << Refusal::PlanOfDischarged;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity;
    }

    void goalStatusRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_REQUIRE(const Id id, addGoal(*store, specialist, GoalNew { p, "Ta førerkort", {}, {} }));
        Actor actor = specialist;
        Id target = id;
        GoalStatus expected = GoalStatus::Open;
        prepare(*store, change, p, actor);
        if (change == "twice") {
            QVERIFY(setGoalStatus(*store, specialist, id, GoalStatus::Achieved));
            expected = GoalStatus::Achieved;
        } else if (change == "goal") {
            target = "no-such-goal";
        }

        const auto r = setGoalStatus(*store, actor, target, GoalStatus::Achieved);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QVERIFY(!r.error().error.message.empty());
        FN_REQUIRE(const Goal g, store->get<Goal>(id));
        QCOMPARE(g.status, expected);
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
