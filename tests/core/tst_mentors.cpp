// Mentors and their assignments: registered at an employer, assigned to a participant with a mandate
// and a talk interval, ended, handed over to a new mentor, and the learning goals agreed with them.
// One rule in core for the app and the command line. The store's clock stands at 2026-03-02, a
// Monday (testsupport.h). Invented people and employers only.
#include "consentcase.h"
#include "intake.h"
#include "mentoring.h"
#include "mentors.h"
#include "mentorview.h"
#include "placement.h"
#include "replica.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::countOf;
using test::day;
using test::actors::lead;
using test::actors::otherSpecialist;
using test::actors::specialist;

const Actor mentorDevice { "staff-mats", StaffRole::Mentor };

// A participant followed by `specialist` with a current job at the bakery; two mentors there and one
// at another employer; another participant's placement at the bakery.
struct World {
    Id participant;
    Id employer;
    Id otherEmployer;
    Id placement;
    Id endedPlacement;
    Id othersPlacement;
    Id mentor;
    Id secondMentor;
    Id otherEmployersMentor;
};

Result<Id> person(Store& store, const char* name)
{
    Intake in;
    in.displayName = name;
    in.referralOn = day("2026-01-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    return *taken;
}

Result<Id> job(Store& store, const Id& participant, const Id& employer, const char* start)
{
    PlacementStart s;
    s.participantId = participant;
    s.employerId = employer;
    s.kind = PlacementKind::JobTasting;
    s.startOn = day(start);
    s.percent = 50;
    auto id = startPlacement(store, specialist, s);
    if (!id)
        return fail(id.error().error);
    return *id;
}

Result<Id> mentorAt(Store& store, const Id& employer, const char* name)
{
    auto id = registerMentor(store, specialist, MentorRegistration { employer, name, {}, {}, {} });
    if (!id)
        return fail(id.error().error);
    return *id;
}

Result<World> world(Store& store)
{
    World w;
    FN_TRY_ASSIGN(w.participant, person(store, "Tiril Prøvesen"));
    FN_TRY_ASSIGN(const Id other, person(store, "Ola Annensen"));
    Employer e;
    e.name = "Bakeriet på hjørnet";
    FN_TRY_ASSIGN(w.employer, store.create(e));
    Employer o;
    o.name = "Lageret AS";
    FN_TRY_ASSIGN(w.otherEmployer, store.create(o));
    FN_TRY_ASSIGN(w.placement, job(store, w.participant, w.employer, "2026-02-16"));
    FN_TRY_ASSIGN(w.endedPlacement, job(store, w.participant, w.employer, "2026-01-12"));
    auto ended = endPlacement(store, specialist, w.endedPlacement, PlacementEnd { day("2026-02-01"), "Smakebit", {} });
    if (!ended)
        return fail(ended.error().error);
    FN_TRY_ASSIGN(w.othersPlacement, job(store, other, w.employer, "2026-02-16"));
    FN_TRY_ASSIGN(w.mentor, mentorAt(store, w.employer, "Kari Bakersen"));
    FN_TRY_ASSIGN(w.secondMentor, mentorAt(store, w.employer, "Per Deigsen"));
    FN_TRY_ASSIGN(w.otherEmployersMentor, mentorAt(store, w.otherEmployer, "Lise Lagersen"));
    return w;
}

MentorAssignmentStart assignment(const World& w)
{
    MentorAssignmentStart a;
    a.participantId = w.participant;
    a.mentorId = w.mentor;
    a.placementId = w.placement;
    a.fromOn = day("2026-02-23");
    a.mandate = "  Opplæring i bakeriets rutiner; arbeidsavtalen følger spesialisten  ";
    return a;
}

} // namespace

class TestMentors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void registersAMentorAtAnEmployer()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const Id id,
            registerMentor(*store, otherSpecialist,
                MentorRegistration {
                    w.employer, "  Nora Kringle ", "+47 912 34 567", "nora@bakeriet.example", "Mentorkurs 2025" }));
        FN_REQUIRE(const Mentor m, store->get<Mentor>(id));
        QCOMPARE(m.employerId, w.employer);
        QCOMPARE(m.name, std::string("Nora Kringle"));
        QCOMPARE(m.phone, std::string("+47 912 34 567"));
        QCOMPARE(m.email, std::string("nora@bakeriet.example"));
        QCOMPARE(m.training, std::string("Mentorkurs 2025"));
        QVERIFY(!m.staffId); // pairing the mentor's own tablet is the office's
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pendingCount());
        QVERIFY(pending > 0);
    }

    void registerRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("no name") << "name" << Refusal::MentorNameMissing << "name";
        QTest::newRow("ID number in training") << "training id" << Refusal::NationalIdNumber << "training";
        QTest::newRow("ID number in phone") << "phone id" << Refusal::NationalIdNumber << "phone";
        QTest::newRow("unknown employer") << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void registerRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const auto before, countOf(*store, "mentors"));
        MentorRegistration r { w.employer, "Nora Kringle", {}, {}, {} };
        Actor actor = specialist;
        if (change == "name")
            r.name = "   ";
        else if (change == "training id")
            r.training = "Kurs, deltaker 010190 12345";
        else if (change == "phone id")
            r.phone = "01019012345";
        else if (change == "employer")
            r.employerId = "no-such-employer";
        else if (change == "mentor")
            actor = mentorDevice;
        else if (change == "unpaired")
            actor = Actor {};
        const auto id = registerMentor(*store, actor, r);
        QVERIFY(!id);
        QCOMPARE(id.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(id.error().field), column);
        QVERIFY(!id.error().error.message.empty());
        QVERIFY(id.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto after, countOf(*store, "mentors"));
        QCOMPARE(after, before);
    }

    void assignsAMentorWithMandateAndTalkInterval()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        MentorAssignmentStart in = assignment(w);
        in.talkIntervalDays = 28;
        FN_REQUIRE(const Id id, assignMentor(*store, lead, in));
        FN_REQUIRE(const MentorAssignment a, store->get<MentorAssignment>(id));
        QCOMPARE(a.participantId, w.participant);
        QCOMPARE(a.mentorId, w.mentor);
        QCOMPARE(a.placementId, OptId(w.placement));
        QCOMPARE(a.fromOn, OptDate(day("2026-02-23")));
        QVERIFY(!a.toOn);
        QCOMPARE(a.mandate, std::string("Opplæring i bakeriets rutiner; arbeidsavtalen følger spesialisten"));
        QCOMPARE(a.talkIntervalDays, 28);
        // The talk schedule reads it: the first talk is due an interval after the start.
        FN_REQUIRE(const TalkSchedule talks, talkSchedule(*store, a, store->today()));
        QCOMPARE(talks.nextDueOn, OptDate(day("2026-03-23")));
    }

    void assignsEveryOtherWeekFromTodayWithoutAPlacement()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        MentorAssignmentStart in;
        in.participantId = w.participant;
        in.mentorId = w.otherEmployersMentor; // no placement: any employer's mentor
        FN_REQUIRE(const Id id, assignMentor(*store, specialist, in));
        FN_REQUIRE(const MentorAssignment a, store->get<MentorAssignment>(id));
        QCOMPARE(a.fromOn, OptDate(day("2026-03-02")));
        QCOMPARE(a.talkIntervalDays, 14);
        QVERIFY(!a.placementId);
    }

    void assignRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("talks every 6 days") << "interval 6" << Refusal::TalkIntervalOutOfRange << "talk_interval_days";
        QTest::newRow("talks every 57 days")
            << "interval 57" << Refusal::TalkIntervalOutOfRange << "talk_interval_days";
        QTest::newRow("ID number in mandate") << "mandate id" << Refusal::NationalIdNumber << "mandate";
        QTest::newRow("unknown participant") << "participant" << Refusal::NotFound << "participant_id";
        QTest::newRow("discharged participant") << "discharged" << Refusal::ParticipantDischarged << "participant_id";
        QTest::newRow("unknown mentor") << "mentor id" << Refusal::MentorNotFound << "mentor_id";
        QTest::newRow("another participant's placement")
            << "others placement" << Refusal::PlacementNotWithMentor << "placement_id";
        QTest::newRow("mentor at another employer")
            << "other employer" << Refusal::PlacementNotWithMentor << "placement_id";
        QTest::newRow("ended placement") << "ended placement" << Refusal::AlreadyEnded << "placement_id";
        QTest::newRow("same mentor twice") << "twice" << Refusal::MentorAlreadyAssigned << "mentor_id";
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void assignRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        MentorAssignmentStart in = assignment(w);
        Actor actor = specialist;
        if (change == "interval 6")
            in.talkIntervalDays = 6;
        else if (change == "interval 57")
            in.talkIntervalDays = 57;
        else if (change == "mandate id")
            in.mandate = "Følger opp 010190 12345";
        else if (change == "participant")
            in.participantId = "no-such-participant";
        else if (change == "discharged")
            QVERIFY(dischargeParticipant(*store, specialist, w.participant, DischargeReason::Other, day("2026-03-01")));
        else if (change == "mentor id")
            in.mentorId = "no-such-mentor";
        else if (change == "others placement")
            in.placementId = w.othersPlacement;
        else if (change == "other employer")
            in.mentorId = w.otherEmployersMentor;
        else if (change == "ended placement")
            in.placementId = w.endedPlacement;
        else if (change == "twice")
            QVERIFY(assignMentor(*store, specialist, assignment(w)));
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentorDevice;
        else if (change == "unpaired")
            actor = Actor {};
        FN_REQUIRE(const auto before, countOf(*store, "mentor_assignments"));
        const auto id = assignMentor(*store, actor, in);
        QVERIFY(!id);
        QCOMPARE(id.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(id.error().field), column);
        QVERIFY(!id.error().error.message.empty());
        QVERIFY(id.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto after, countOf(*store, "mentor_assignments"));
        QCOMPARE(after, before);
    }

    void aMentorEndedEarlierMayBeAssignedAgain()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        MentorAssignmentStart in = assignment(w);
        in.fromOn = day("2026-02-16");
        FN_REQUIRE(const Id first, assignMentor(*store, specialist, in));
        QVERIFY(endAssignment(*store, specialist, first, day("2026-02-20")));
        in.fromOn = day("2026-03-02");
        FN_REQUIRE(const Id second, assignMentor(*store, specialist, in));
        QVERIFY(second != first);
    }

    void endsAnAssignment()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const Id id, assignMentor(*store, specialist, assignment(w)));
        const auto ended = endAssignment(*store, lead, id, day("2026-03-31"));
        QVERIFY2(ended, qPrintable(test::errorOf(ended)));
        FN_REQUIRE(const MentorAssignment a, store->get<MentorAssignment>(id));
        QCOMPARE(a.toOn, OptDate(day("2026-03-31")));
        QVERIFY(isAssignmentActive(a, day("2026-03-31")));
        QVERIFY(!isAssignmentActive(a, day("2026-04-01")));
    }

    void endRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("unknown assignment") << "id" << Refusal::AssignmentNotFound;
        QTest::newRow("before the start") << "before" << Refusal::AssignmentEndBeforeStart;
        QTest::newRow("ended twice") << "twice" << Refusal::AssignmentEnded;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
    }

    void endRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(Id id, assignMentor(*store, specialist, assignment(w)));
        Date on = day("2026-03-02");
        Actor actor = specialist;
        if (change == "id")
            id = "no-such-assignment";
        else if (change == "before")
            on = day("2026-02-22");
        else if (change == "twice")
            QVERIFY(endAssignment(*store, specialist, id, day("2026-03-01")));
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentorDevice;
        const auto ended = endAssignment(*store, actor, id, on);
        QVERIFY(!ended);
        QCOMPARE(ended.error().refusal, refusal);
        if (change != "id") {
            FN_REQUIRE(const MentorAssignment a, store->get<MentorAssignment>(id));
            QCOMPARE(a.toOn, change == "twice" ? OptDate(day("2026-03-01")) : OptDate());
        }
    }

    void handOverMovesTheLearningGoalsToTheNewMentor()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        MentorAssignmentStart in = assignment(w);
        in.talkIntervalDays = 7;
        FN_REQUIRE(const Id old, assignMentor(*store, specialist, in));
        FN_REQUIRE(const Id goal, addLearningGoal(*store, specialist, old, "  Melde fravær før klokka sju "));
        FN_REQUIRE(
            const Id untied, store->create(LearningGoal { {}, w.participant, {}, "Spise lunsj med de andre", {} }));

        FN_REQUIRE(const Id next, handOverMentor(*store, lead, old, w.secondMentor, day("2026-03-09")));
        FN_REQUIRE(const MentorAssignment before, store->get<MentorAssignment>(old));
        FN_REQUIRE(const MentorAssignment after, store->get<MentorAssignment>(next));
        QCOMPARE(before.toOn, OptDate(day("2026-03-08")));
        QCOMPARE(after.mentorId, w.secondMentor);
        QCOMPARE(after.participantId, w.participant);
        QCOMPARE(after.placementId, OptId(w.placement));
        QCOMPARE(after.fromOn, OptDate(day("2026-03-09")));
        QVERIFY(!after.toOn);
        QCOMPARE(after.mandate, before.mandate);
        QCOMPARE(after.talkIntervalDays, 7);

        FN_REQUIRE(const LearningGoal moved, store->get<LearningGoal>(goal));
        QCOMPARE(moved.assignmentId, OptId(next));
        QCOMPARE(moved.text, std::string("Melde fravær før klokka sju"));
        FN_REQUIRE(const LearningGoal kept, store->get<LearningGoal>(untied));
        QVERIFY(!kept.assignmentId);

        // Who sees the goals is still consent's: the new mentor sees them once the participant agrees
        // to share learning goals with them, the old mentor no longer sees the moved goal.
        FN_REQUIRE(const auto unshared, sharedLearningGoals(*store, w.participant, w.secondMentor, day("2026-03-09")));
        QVERIFY(unshared.empty());
        for (const Id& m : { w.mentor, w.secondMentor }) {
            ConsentGrant g;
            g.participantId = w.participant;
            g.item = DisclosureItem::LearningGoals;
            g.recipientKind = RecipientKind::Mentor;
            g.recipientId = m;
            g.purpose = "Opplæring på arbeidsplassen";
            FN_VERIFY_OK(grantConsent(*store, specialist, g));
        }
        FN_REQUIRE(const auto shared, sharedLearningGoals(*store, w.participant, w.secondMentor, day("2026-03-09")));
        QCOMPARE(shared.size(), std::size_t(2));
        FN_REQUIRE(const auto oldMentors, sharedLearningGoals(*store, w.participant, w.mentor, day("2026-03-09")));
        QCOMPARE(oldMentors.size(), std::size_t(1));
        QCOMPARE(oldMentors[0].id, untied);

        // The placement card lists the goals that went along, open ones first.
        FN_REQUIRE(const Id reached,
            store->create(LearningGoal { {}, w.participant, next, "Bruke kassen alene", GoalStatus::Achieved }));
        FN_REQUIRE(const Id later, addLearningGoal(*store, specialist, next, "Svare i telefonen"));
        FN_REQUIRE(const auto card, placementMentor(*store, w.placement, day("2026-03-09")));
        QVERIFY(card);
        QCOMPARE(card->assignment.id, next);
        QCOMPARE(card->learningGoals.size(), std::size_t(3));
        QCOMPARE(card->learningGoals[0].id, goal);
        QCOMPARE(card->learningGoals[1].id, later);
        QCOMPARE(card->learningGoals[2].id, reached);
        QCOMPARE(card->learningGoals[2].status, GoalStatus::Achieved);
    }

    void handOverRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("unknown assignment") << "id" << Refusal::AssignmentNotFound;
        QTest::newRow("unknown mentor") << "mentor id" << Refusal::MentorNotFound;
        QTest::newRow("the same mentor") << "same" << Refusal::SameMentor;
        QTest::newRow("mentor at another employer") << "other employer" << Refusal::PlacementNotWithMentor;
        QTest::newRow("on the first day") << "first day" << Refusal::AssignmentEndBeforeStart;
        QTest::newRow("already ended") << "ended" << Refusal::AssignmentEnded;
        QTest::newRow("new mentor already assigned") << "assigned" << Refusal::MentorAlreadyAssigned;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
    }

    void handOverRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(Id id, assignMentor(*store, specialist, assignment(w)));
        FN_REQUIRE(const Id goal, addLearningGoal(*store, specialist, id, "Melde fravær"));
        Id to = w.secondMentor;
        Date on = day("2026-03-09");
        Actor actor = specialist;
        if (change == "id")
            id = "no-such-assignment";
        else if (change == "mentor id")
            to = "no-such-mentor";
        else if (change == "same")
            to = w.mentor;
        else if (change == "other employer")
            to = w.otherEmployersMentor;
        else if (change == "first day")
            on = day("2026-02-23");
        else if (change == "ended")
            QVERIFY(endAssignment(*store, specialist, id, day("2026-03-01")));
        else if (change == "assigned") {
            MentorAssignmentStart second = assignment(w);
            second.mentorId = w.secondMentor;
            QVERIFY(assignMentor(*store, specialist, second));
        } else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentorDevice;
        FN_REQUIRE(const auto before, countOf(*store, "mentor_assignments"));
        const auto next = handOverMentor(*store, actor, id, to, on);
        QVERIFY(!next);
        QCOMPARE(next.error().refusal, refusal);
        QVERIFY(!next.error().error.message.empty());
        FN_REQUIRE(const auto after, countOf(*store, "mentor_assignments"));
        QCOMPARE(after, before);
        FN_REQUIRE(const LearningGoal g, store->get<LearningGoal>(goal));
        QVERIFY(g.assignmentId);
        if (change != "id") {
            QCOMPARE(*g.assignmentId, id);
            FN_REQUIRE(const MentorAssignment a, store->get<MentorAssignment>(id));
            QCOMPARE(a.toOn, change == "ended" ? OptDate(day("2026-03-01")) : OptDate());
        }
    }

    void learningGoalRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("no text") << "text" << Refusal::LearningGoalTextMissing;
        QTest::newRow("ID number") << "id number" << Refusal::NationalIdNumber;
        QTest::newRow("unknown assignment") << "id" << Refusal::AssignmentNotFound;
        QTest::newRow("ended assignment") << "ended" << Refusal::AssignmentEnded;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
    }

    void learningGoalRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(Id id, assignMentor(*store, specialist, assignment(w)));
        std::string text = "Melde fravær før klokka sju";
        Actor actor = specialist;
        if (change == "text")
            text = "  ";
        else if (change == "id number")
            text = "Melde fravær 010190 12345";
        else if (change == "id")
            id = "no-such-assignment";
        else if (change == "ended")
            QVERIFY(endAssignment(*store, specialist, id, day("2026-03-01")));
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentorDevice;
        const auto goal = addLearningGoal(*store, actor, id, text);
        QVERIFY(!goal);
        QCOMPARE(goal.error().refusal, refusal);
        QVERIFY(goal.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto n, countOf(*store, "learning_goals"));
        QCOMPARE(n, std::int64_t(0));
    }

    void notFoundRefusalsCarryTheNotFoundCode()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        MentorAssignmentStart in = assignment(w);
        in.mentorId = "no-such-mentor";
        const auto mentor = assignMentor(*store, specialist, in);
        QVERIFY(!mentor);
        QCOMPARE(mentor.error().error.code, ErrorCode::NotFound);
        const auto assignmentMissing = endAssignment(*store, specialist, "no-such-assignment", day("2026-03-02"));
        QVERIFY(!assignmentMissing);
        QCOMPARE(assignmentMissing.error().error.code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMentors)
#include "tst_mentors.moc"
