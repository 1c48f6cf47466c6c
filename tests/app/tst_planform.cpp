// Writing the follow-up plan and its goals at the tablet: the plan form's controller and the Plan
// tab's goal actions, all through the one rule in core (core/plans.h), with refusals said in plain
// words. The tablet's clock stands at 2026-03-02. Invented people only.
#include "appfixture.h"
#include "intake.h"
#include "participantcontroller.h"
#include "plancontroller.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

QString takeOn(AppFixture& f)
{
    auto r = f.onStore<core::Id>([](core::Store& s) -> core::Result<core::Id> {
        core::Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = core::parseDate("2026-01-05");
        auto id = core::takeOnParticipant(s, core::actorOf(s), in);
        if (!id)
            return tl::unexpected(id.error().error);
        return *id;
    });
    return r ? QString::fromStdString(*r) : QString();
}

std::optional<core::Plan> planOf(AppFixture& f, const QString& participant)
{
    auto r = f.onStore<std::optional<core::Plan>>(
        [pid = participant.toStdString()](core::Store& s) { return s.find<core::Plan>(pid); });
    return r ? *r : std::nullopt;
}

std::optional<core::Goal> goalOf(AppFixture& f, const QString& id)
{
    auto r = f.onStore<std::optional<core::Goal>>(
        [gid = id.toStdString()](core::Store& s) { return s.find<core::Goal>(gid); });
    return r ? *r : std::nullopt;
}

int rowOf(GoalsModel& goals, const QString& id)
{
    for (int row = 0; row < goals.rowCount(); ++row)
        if (goals.data(goals.index(row, 0), GoalsModel::GoalIdRole).toString() == id)
            return row;
    return -1;
}

} // namespace

class TestPlanForm : public QObject {
    Q_OBJECT

private slots:
    void writesThePlanThenChangesIt()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        QVERIFY(!participant.isEmpty());
        {
            PlanController form;
            form.setParticipantId(participant);
            complete(form);
            QVERIFY(waitFor([&] { return form.ready(); }));
            QVERIFY(!form.exists());
            QSignalSpy saved(&form, &PlanController::saved);

            // An empty plan and a day ahead are refused by the rule, in plain words; nothing saved.
            form.save();
            QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
            QVERIFY2(form.errorText().contains(QStringLiteral("says something")), qPrintable(form.errorText()));
            form.clearError();
            form.setSummary(QStringLiteral("Fast jobb i butikk innen et år"));
            form.setAgreedParticipantOn(QDate(2026, 3, 4));
            form.save();
            QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
            QVERIFY2(form.errorText().contains(QStringLiteral("in the future")), qPrintable(form.errorText()));
            QCOMPARE(saved.count(), 0);
            QVERIFY(!planOf(f, participant));

            form.setAgreedParticipantOn(QDate(2026, 3, 1));
            form.setSchedule(QStringLiteral("Ukentlig første måned"));
            form.save();
            QVERIFY(waitFor([&] { return saved.count() == 1; }));
        }
        auto plan = planOf(f, participant);
        QVERIFY(plan);
        QCOMPARE(plan->summary, std::string("Fast jobb i butikk innen et år"));
        QCOMPARE(plan->schedule, std::string("Ukentlig første måned"));
        QCOMPARE(plan->agreedParticipantOn, core::parseDate("2026-03-01"));

        // Opened again, the form shows the plan as written and changes it.
        PlanController again;
        again.setParticipantId(participant);
        complete(again);
        QVERIFY(waitFor([&] { return again.ready() && again.exists(); }));
        QCOMPARE(again.summary(), QStringLiteral("Fast jobb i butikk innen et år"));
        QCOMPARE(again.agreedParticipantOn(), QDate(2026, 3, 1));
        again.setTapering(QStringLiteral("Mentor tar over etter tre måneder"));
        again.setAgreedEmployerOn(QDate(2026, 3, 2));
        again.clearAgreed(QStringLiteral("participant"));
        QSignalSpy saved(&again, &PlanController::saved);
        again.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        plan = planOf(f, participant);
        QCOMPARE(plan->summary, std::string("Fast jobb i butikk innen et år"));
        QCOMPARE(plan->tapering, std::string("Mentor tar over etter tre måneder"));
        QVERIFY(!plan->agreedParticipantOn);
        QCOMPARE(plan->agreedEmployerOn, core::parseDate("2026-03-02"));
    }

    void aPlanRecordedUnderItsOwnIdShowsAndIsChanged()
    {
        // Plans made before the plan rule (the demo caseload, other devices) have an id of their own,
        // not the participant's: the page and the form find them by participant all the same.
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        auto made = f.onStore<core::Id>([pid = participant.toStdString()](core::Store& s) {
            return s.create(core::Plan { {}, pid, "Komme i ordinært arbeid", "Ukentlig", {}, {}, {} });
        });
        QVERIFY(made);
        QVERIFY(*made != participant.toStdString());
        ParticipantController page;
        page.setParticipantId(participant);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready(); }));
        QVERIFY(page.planExists());
        QCOMPARE(page.planSummary(), QStringLiteral("Komme i ordinært arbeid"));

        PlanController form;
        form.setParticipantId(participant);
        complete(form);
        QVERIFY(waitFor([&] { return form.ready() && form.exists(); }));
        form.setTapering(QStringLiteral("Mentor tar over"));
        QSignalSpy saved(&form, &PlanController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        auto plans = f.onStore<std::vector<core::Plan>>([pid = participant.toStdString()](core::Store& s) {
            return core::StoreInternals::select<core::Plan>(s, "participant_id = ?", { pid });
        });
        QVERIFY(plans);
        QCOMPARE(plans->size(), std::size_t(1));
        QCOMPARE(plans->front().id, *made);
        QCOMPARE(plans->front().tapering, std::string("Mentor tar over"));
    }

    void goalsAreAddedUnderTheirMainGoalAndMarked()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        ParticipantController page;
        page.setParticipantId(participant);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready(); }));
        QCOMPARE(page.goals()->rowCount(), 0);
        QCOMPARE(page.goalParents().size(), 1); // "no main goal"

        QSignalSpy added(&page, &ParticipantController::goalAdded);
        page.addGoal(QStringLiteral("  "), {}, false, {});
        QVERIFY(waitFor([&] { return !page.errorText().isEmpty(); }));
        QVERIFY2(page.errorText().contains(QStringLiteral("Write the goal")), qPrintable(page.errorText()));
        page.clearError();
        page.addGoal(QStringLiteral("Ta førerkort"), {}, true, QDate(2026, 6, 30));
        QVERIFY(waitFor([&] { return added.count() == 1; }));
        const QString main = added.last().first().toString();
        QVERIFY(waitFor([&] { return page.goalParents().size() == 2; }));
        QCOMPARE(page.goalParents().last().toMap().value(QStringLiteral("goalId")).toString(), main);
        page.addGoal(QStringLiteral("Bestå teoriprøven"), main, false, {});
        QVERIFY(waitFor([&] { return added.count() == 2; }));
        const QString sub = added.last().first().toString();
        QCOMPARE(goalOf(f, sub)->parentId, core::OptId(main.toStdString()));
        QCOMPARE(goalOf(f, main)->dueOn, core::parseDate("2026-06-30"));

        // The sub-goal follows its main goal, marked as one.
        QVERIFY(waitFor([&] { return page.goals()->rowCount() == 2; }));
        QCOMPARE(rowOf(*page.goals(), main), 0);
        QCOMPARE(rowOf(*page.goals(), sub), 1);
        QVERIFY(page.goals()->data(page.goals()->index(1, 0), GoalsModel::SubGoalRole).toBool());

        // Done, done again (refused in plain words), reopened, dropped: each through the rule.
        QSignalSpy changed(&page, &ParticipantController::goalChanged);
        page.setGoalStatus(sub, QStringLiteral("achieved"));
        QVERIFY(waitFor([&] { return changed.count() == 1; }));
        QCOMPARE(goalOf(f, sub)->status, core::GoalStatus::Achieved);
        page.setGoalAchieved(sub, true);
        QVERIFY(waitFor([&] { return page.errorText().contains(QStringLiteral("already marked so")); }));
        page.clearError();
        page.setGoalStatus(sub, QStringLiteral("open"));
        QVERIFY(waitFor([&] { return changed.count() == 2; }));
        QCOMPARE(goalOf(f, sub)->status, core::GoalStatus::Open);
        page.setGoalStatus(main, QStringLiteral("dropped"));
        QVERIFY(waitFor([&] { return changed.count() == 3; }));
        QCOMPARE(goalOf(f, main)->status, core::GoalStatus::Dropped);
        QVERIFY(waitFor([&] {
            const int row = rowOf(*page.goals(), main);
            return row >= 0
                && page.goals()->data(page.goals()->index(row, 0), GoalsModel::StatusRole).toString()
                == QStringLiteral("dropped");
        }));
    }
};

QTEST_GUILESS_MAIN(TestPlanForm)
#include "tst_planform.moc"
