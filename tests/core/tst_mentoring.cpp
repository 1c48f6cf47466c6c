// Mentors: when an assignment runs, the structured-talk schedule, the handover's preconditions,
// what a participant's mentors do, and the tapering plan's agreement.
#include "mentoring.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Date d(const char* text)
{
    return *parseDate(text);
}

OptDate optDate(const QString& text)
{
    return text.isEmpty() ? std::nullopt : parseDate(text.toStdString());
}

QString text(const OptDate& date)
{
    return date ? QString::fromStdString(formatDate(*date)) : QString();
}

std::vector<Date> dates(const QString& list)
{
    std::vector<Date> out;
    for (const QString& s : list.split(',', Qt::SkipEmptyParts))
        out.push_back(*parseDate(s.trimmed().toStdString()));
    return out;
}

struct Fixture {
    test::TempStore store;
    Id participant;
    Id employer;
    Id mentor;
    Id assignment;

    Fixture()
    {
        Participant p;
        p.displayName = "Sara Testesen";
        p.status = ParticipantStatus::InWork;
        participant = *store->create(p);
        Employer e;
        e.name = "Testbakeriet";
        employer = *store->create(e);
        Mentor m;
        m.employerId = employer;
        m.name = "Ola Fadder";
        mentor = *store->create(m);
        MentorAssignment a;
        a.participantId = participant;
        a.mentorId = mentor;
        a.fromOn = d("2026-03-02");
        a.mandate = "Opplæring i oppgavene og inkludering i pausene";
        assignment = *store->create(a);
    }

    Status entry(const Date& on, SupportKind kind, int minutes, bool flag = false, OptId mentorId = std::nullopt,
        OptId corrects = std::nullopt)
    {
        NaturalSupportEntry e;
        e.participantId = participant;
        e.mentorId = mentorId ? mentorId : OptId(mentor);
        e.authorId = "mentor-user";
        e.occurredOn = on;
        e.kind = kind;
        e.minutes = minutes;
        e.needsSpecialist = flag;
        e.correctsId = std::move(corrects);
        return store->append(e).map([](const Id&) {});
    }

    Status goal(GoalStatus status)
    {
        return store->create(LearningGoal { {}, participant, assignment, "Lære kassen", status }).map([](const Id&) {});
    }
};

} // namespace

class TestMentoring : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void anAssignmentRunsFromItsStartThroughItsEnd_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("day");
        QTest::addColumn<bool>("active");
        QTest::newRow("before the start") << "2026-03-02"
                                          << ""
                                          << "2026-03-01" << false;
        QTest::newRow("first day") << "2026-03-02"
                                   << ""
                                   << "2026-03-02" << true;
        QTest::newRow("open-ended, a year on") << "2026-03-02"
                                               << ""
                                               << "2027-03-02" << true;
        QTest::newRow("last day") << "2026-03-02"
                                  << "2026-09-30"
                                  << "2026-09-30" << true;
        QTest::newRow("after the end") << "2026-03-02"
                                       << "2026-09-30"
                                       << "2026-10-01" << false;
        QTest::newRow("no start date") << ""
                                       << ""
                                       << "2026-03-02" << false;
    }

    void anAssignmentRunsFromItsStartThroughItsEnd()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, day);
        QFETCH(bool, active);
        MentorAssignment a;
        a.fromOn = optDate(from);
        a.toOn = optDate(to);
        QCOMPARE(isAssignmentActive(a, *optDate(day)), active);
    }

    void structuredTalksEveryOtherWeek_data()
    {
        // Assignment from Monday 2026-03-02, every 14 days unless said otherwise.
        QTest::addColumn<QString>("talks");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("held");
        QTest::addColumn<int>("onTime");
        QTest::addColumn<QString>("nextDue");
        QTest::newRow("none yet") << ""
                                  << "2026-03-10"
                                  << "" << 14 << 0 << 0 << "2026-03-16";
        QTest::newRow("on the due day") << "2026-03-16"
                                        << "2026-03-20"
                                        << "" << 14 << 1 << 1 << "2026-03-30";
        QTest::newRow("one on time, one a day late") << "2026-03-16,2026-03-31"
                                                     << "2026-04-05"
                                                     << "" << 14 << 2 << 1 << "2026-04-14";
        QTest::newRow("early talks count, and move the next one") << "2026-03-09,2026-03-13"
                                                                  << "2026-03-14"
                                                                  << "" << 14 << 2 << 2 << "2026-03-27";
        QTest::newRow("before the start and after today are ignored") << "2026-02-20,2026-03-16,2026-04-01"
                                                                      << "2026-03-20"
                                                                      << "" << 14 << 1 << 1 << "2026-03-30";
        QTest::newRow("weekly talks") << "2026-03-09,2026-03-16"
                                      << "2026-03-17"
                                      << "" << 7 << 2 << 2 << "2026-03-23";
        QTest::newRow("the assignment has ended: nothing due") << "2026-03-16"
                                                               << "2026-04-02"
                                                               << "2026-03-31" << 14 << 1 << 1 << "";
        QTest::newRow("no interval: nothing due") << "2026-03-16"
                                                  << "2026-03-20"
                                                  << "" << 0 << 1 << 0 << "";
    }

    void structuredTalksEveryOtherWeek()
    {
        QFETCH(QString, talks);
        QFETCH(QString, today);
        QFETCH(QString, to);
        QFETCH(int, interval);
        QFETCH(int, held);
        QFETCH(int, onTime);
        QFETCH(QString, nextDue);
        MentorAssignment a;
        a.fromOn = d("2026-03-02");
        a.toOn = optDate(to);
        a.talkIntervalDays = interval;
        const TalkSchedule s = planTalks(a, dates(talks), *optDate(today));
        QCOMPARE(s.talksHeld, held);
        QCOMPARE(s.talksOnTime, onTime);
        QCOMPARE(text(s.nextDueOn), nextDue);
    }

    void talksAreTheMentorsOwnStructuredTalks()
    {
        Fixture f;
        FN_VERIFY_OK(f.entry(d("2026-03-10"), SupportKind::TaskTraining, 30)); // not a talk
        FN_VERIFY_OK(f.entry(
            d("2026-03-11"), SupportKind::StructuredTalk, 60, false, Id("00000000-0000-4000-8000-0000000000aa")));
        FN_VERIFY_OK(f.entry(d("2026-03-12"), SupportKind::StructuredTalk, 60));
        FN_REQUIRE(const MentorAssignment a, f.store->get<MentorAssignment>(f.assignment));
        FN_REQUIRE(TalkSchedule s, talkSchedule(*f.store, a, d("2026-03-20")));
        QCOMPARE(s.talksHeld, 1);
        QCOMPARE(text(s.nextDueOn), QString("2026-03-26"));
        // The talk was really on the 13th: the correction counts, the original does not.
        FN_REQUIRE(const auto talks,
            core::StoreInternals::select<NaturalSupportEntry>(
                *f.store, "kind = 'structured_talk' AND mentor_id = ?", { f.mentor }));
        QCOMPARE(talks.size(), std::size_t { 1 });
        FN_VERIFY_OK(f.entry(d("2026-03-13"), SupportKind::StructuredTalk, 60, false, std::nullopt, talks[0].id));
        FN_REQUIRE(s, talkSchedule(*f.store, a, d("2026-03-20")));
        QCOMPARE(s.talksHeld, 1);
        QCOMPARE(text(s.nextDueOn), QString("2026-03-27"));
    }

    void handoverNeedsAMandateAndALearningGoal()
    {
        Fixture f;
        auto refused = recordHandover(*f.store, f.assignment, d("2026-03-20"));
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.error().message).contains("learning goal"));
        FN_VERIFY_OK(f.goal(GoalStatus::Dropped));
        QVERIFY(!recordHandover(*f.store, f.assignment, d("2026-03-20")));
        FN_VERIFY_OK(f.goal(GoalStatus::Open));
        QVERIFY(!recordHandover(*f.store, f.assignment, d("2026-02-20"))); // before the assignment starts

        FN_REQUIRE(MentorAssignment a, f.store->get<MentorAssignment>(f.assignment));
        a.mandate = "   ";
        FN_VERIFY_OK(f.store->update(a));
        refused = recordHandover(*f.store, f.assignment, d("2026-03-20"));
        QVERIFY(!refused);
        QVERIFY(QString::fromStdString(refused.error().message).contains("mandate"));
        a.mandate = "Daglig opplæring; spesialisten tar samtaler om helse";
        FN_VERIFY_OK(f.store->update(a));

        FN_VERIFY_OK(recordHandover(*f.store, f.assignment, d("2026-03-20")));
        FN_REQUIRE(a, f.store->get<MentorAssignment>(f.assignment));
        QCOMPARE(text(a.handoverOn), QString("2026-03-20"));
    }

    void mentorSupportContinuesAfterDischarge()
    {
        Fixture f;
        FN_VERIFY_OK(f.goal(GoalStatus::Open));
        FN_VERIFY_OK(f.goal(GoalStatus::Achieved));
        FN_VERIFY_OK(f.goal(GoalStatus::Dropped));
        FN_VERIFY_OK(f.store->create(MentorTraining { {}, f.mentor, f.employer, d("2026-02-10"), "Mentorkurs", 6 }));
        FN_VERIFY_OK(f.store->create(MentorTraining { {}, f.mentor, f.employer, d("2026-01-15"), "Inkludering", 3 }));
        FN_VERIFY_OK(f.entry(d("2026-03-05"), SupportKind::TaskTraining, 30));
        FN_VERIFY_OK(f.entry(d("2026-03-06"), SupportKind::Social, 15, true));
        FN_VERIFY_OK(f.entry(d("2026-03-16"), SupportKind::StructuredTalk, 60));

        FN_REQUIRE(Participant p, f.store->get<Participant>(f.participant));
        p.status = ParticipantStatus::Discharged;
        p.dischargeReason = DischargeReason::Work;
        p.dischargedOn = d("2026-03-31");
        FN_VERIFY_OK(f.store->update(p));

        FN_REQUIRE(const auto support, mentorSupport(*f.store, f.participant, d("2026-04-10")));
        QCOMPARE(support.size(), std::size_t { 1 });
        const MentorSupport& s = support[0];
        QVERIFY(s.active);
        QCOMPARE(s.mentorName, std::string("Ola Fadder"));
        QCOMPARE(s.learningGoals, 2);
        QCOMPARE(s.learningGoalsAchieved, 1);
        QCOMPARE(s.trainingCourses, 2);
        QCOMPARE(s.entries, 3);
        QCOMPARE(s.minutes, 105);
        QCOMPARE(s.flaggedForSpecialist, 1);
        QCOMPARE(s.talks.talksHeld, 1);
        QCOMPARE(text(s.talks.nextDueOn), QString("2026-03-30"));

        FN_REQUIRE(const auto record, trainingRecord(*f.store, f.mentor));
        QCOMPARE(record.size(), std::size_t { 2 });
        QCOMPARE(record[0].title, std::string("Inkludering"));
    }

    void taperingAgreementStates_data()
    {
        QTest::addColumn<bool>("steps");
        QTest::addColumn<QString>("legacyText");
        QTest::addColumn<bool>("participant");
        QTest::addColumn<bool>("employer");
        QTest::addColumn<int>("state");
        QTest::newRow("nothing") << false << "" << false << false << int(TaperingAgreement::NoPlan);
        QTest::newRow("agreement without a plan") << false << "" << true << true << int(TaperingAgreement::NoPlan);
        QTest::newRow("steps, nobody agreed") << true << "" << false << false << int(TaperingAgreement::AwaitingBoth);
        QTest::newRow("participant agreed") << true << "" << true << false << int(TaperingAgreement::AwaitingEmployer);
        QTest::newRow("employer agreed") << true << "" << false << true << int(TaperingAgreement::AwaitingParticipant);
        QTest::newRow("both agreed") << true << "" << true << true << int(TaperingAgreement::Agreed);
        QTest::newRow("older plan in words, agreed")
            << false << "Fadder tar over etter tre måneder" << true << true << int(TaperingAgreement::Agreed);
    }

    void taperingAgreementStates()
    {
        QFETCH(bool, steps);
        QFETCH(QString, legacyText);
        QFETCH(bool, participant);
        QFETCH(bool, employer);
        QFETCH(int, state);
        Plan plan;
        plan.tapering = legacyText.toStdString();
        if (participant)
            plan.agreedParticipantOn = d("2026-04-01");
        if (employer)
            plan.agreedEmployerOn = d("2026-04-02");
        std::vector<TaperingStep> list;
        if (steps)
            list.push_back(TaperingStep { {}, "p", {}, d("2026-04-15"), 14, "", "", "" });
        QCOMPARE(int(taperingAgreement(plan, list)), state);
    }

    void aChangedTaperingPlanIsAgreedAgain()
    {
        Fixture f;
        QVERIFY(!agreeTaperingPlan(*f.store, f.participant, AgreeingParty::Participant, d("2026-04-01")));
        const std::vector<TaperingStep> plan {
            { {}, {}, {}, d("2026-04-15"), 14, "Hver fjortende dag", "Daglig opplæring", "Tar med i lunsj" },
            { {}, {}, {}, d("2026-06-01"), 30, "Månedlig", "Samtale annenhver uke", "" },
        };
        FN_VERIFY_OK(setTaperingPlan(*f.store, f.participant, plan));
        FN_REQUIRE(auto state, taperingAgreement(*f.store, f.participant));
        QCOMPARE(state, TaperingAgreement::AwaitingBoth);
        FN_VERIFY_OK(agreeTaperingPlan(*f.store, f.participant, AgreeingParty::Participant, d("2026-04-01")));
        FN_VERIFY_OK(agreeTaperingPlan(*f.store, f.participant, AgreeingParty::Employer, d("2026-04-03")));
        FN_REQUIRE(state, taperingAgreement(*f.store, f.participant));
        QCOMPARE(state, TaperingAgreement::Agreed);
        FN_REQUIRE(auto steps, taperingSteps(*f.store, f.participant));
        QCOMPARE(steps.size(), std::size_t { 2 });
        QCOMPARE(steps[1].specialistIntervalDays, std::optional(30));

        // A new plan replaces the old steps and needs both agreements again.
        FN_VERIFY_OK(setTaperingPlan(*f.store, f.participant, { plan[0] }));
        FN_REQUIRE(steps, taperingSteps(*f.store, f.participant));
        QCOMPARE(steps.size(), std::size_t { 1 });
        FN_REQUIRE(state, taperingAgreement(*f.store, f.participant));
        QCOMPARE(state, TaperingAgreement::AwaitingBoth);
    }

    void aTaperingPlanTapers_data()
    {
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<int>("firstInterval");
        QTest::addColumn<QString>("secondDate");
        QTest::addColumn<int>("secondInterval");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("less often later") << "2026-04-15" << 14 << "2026-06-01" << 30 << true;
        QTest::newRow("as often") << "2026-04-15" << 14 << "2026-06-01" << 14 << true;
        QTest::newRow("more often later") << "2026-04-15" << 30 << "2026-06-01" << 14 << false;
        QTest::newRow("given out of order, tapering by date") << "2026-06-01" << 30 << "2026-04-15" << 14 << true;
        QTest::newRow("same start date") << "2026-04-15" << 14 << "2026-04-15" << 30 << false;
        QTest::newRow("a step without a date") << "" << 14 << "2026-06-01" << 30 << false;
        QTest::newRow("a zero interval") << "2026-04-15" << 0 << "2026-06-01" << 30 << false;
    }

    void aTaperingPlanTapers()
    {
        QFETCH(QString, firstDate);
        QFETCH(int, firstInterval);
        QFETCH(QString, secondDate);
        QFETCH(int, secondInterval);
        QFETCH(bool, accepted);
        Fixture f;
        const auto r = setTaperingPlan(*f.store, f.participant,
            { { {}, {}, {}, optDate(firstDate), firstInterval, "", "", "" },
                { {}, {}, {}, optDate(secondDate), secondInterval, "", "", "" } });
        QCOMPARE(r.has_value(), accepted);
        FN_REQUIRE(const auto steps, taperingSteps(*f.store, f.participant));
        QCOMPARE(steps.size(), std::size_t { accepted ? 2u : 0u });
    }
};

QTEST_GUILESS_MAIN(TestMentoring)
#include "tst_mentoring.moc"
