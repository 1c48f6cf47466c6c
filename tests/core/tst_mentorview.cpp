// A mentor sees only their assigned participants, and learning goals only under an active consent.
#include "mentoring.h"
#include "mentorview.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

const Date today = *parseDate("2026-03-20");

Date day(int offset)
{
    return addDays(today, offset);
}

struct Fixture {
    test::TempStore store;
    Id mentorUser = "staff-mentor";
    Id employer;
    Id mentor;
    Id otherMentor;
    Id participant;
    Id assignment;

    Fixture()
    {
        Employer e;
        e.name = "Prøvebakeriet AS";
        employer = *store->create(e);
        mentor = *store->create(Mentor { {}, employer, mentorUser, "Mona Fadder", "", "", "" });
        otherMentor = *store->create(Mentor { {}, employer, std::string("staff-other"), "Ola Annen", "", "", "" });
        participant = addParticipant("Sara Testesen");
        assignment = *store->create(MentorAssignment { {}, participant, mentor, {}, day(-30), {}, "", 14, {} });
    }

    Id addParticipant(std::string name)
    {
        Participant p;
        p.displayName = std::move(name);
        return *store->create(p);
    }

    Id consent(const Id& recipient, OptDate revokedOn = std::nullopt)
    {
        Consent c;
        c.participantId = participant;
        c.kind = ConsentKind::Disclosure;
        c.item = DisclosureItem::LearningGoals;
        c.recipientKind = RecipientKind::Mentor;
        c.recipientId = recipient;
        c.grantedOn = day(-30);
        c.revokedOn = revokedOn;
        return *store->create(c);
    }
};

} // namespace

class TestMentorView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // The mentor's home and the specialist's report read one schedule (mentoring.h planTalks): the
    // first talk is due an interval after the assignment starts, each next one an interval after the
    // last talk held; a talk that is late stays due (and shows as overdue) rather than skipping ahead.
    void nextTalkIsTheScheduleOfTheTalksHeld_data()
    {
        QTest::addColumn<QString>("talks"); // days from today of structured talks by this mentor
        QTest::addColumn<int>("expected"); // days from today
        QTest::newRow("none yet: the first is overdue") << "" << -16;
        QTest::newRow("held on time") << "-16" << -2;
        QTest::newRow("held early, the next follows it") << "-20,-9" << 5;
        QTest::newRow("held three days ago") << "-3" << 11;
    }

    void nextTalkIsTheScheduleOfTheTalksHeld()
    {
        QFETCH(QString, talks);
        QFETCH(int, expected);
        Fixture f;
        for (const QString& t : talks.split(',', Qt::SkipEmptyParts)) {
            NaturalSupportEntry e;
            e.participantId = f.participant;
            e.mentorId = f.mentor;
            e.authorId = f.mentorUser;
            e.occurredOn = day(t.toInt());
            e.minutes = 60;
            e.kind = SupportKind::StructuredTalk;
            FN_VERIFY_OK(f.store->append(e));
        }
        FN_REQUIRE(const auto cases, mentorCaseload(*f.store, f.mentorUser, today));
        QCOMPARE(cases.size(), std::size_t { 1 });
        QCOMPARE(cases[0].nextTalkOn, OptDate(day(expected)));
        // The same date the specialist's side reads.
        FN_REQUIRE(const auto support, mentorSupport(*f.store, f.participant, today));
        QCOMPARE(support.size(), std::size_t { 1 });
        QCOMPARE(cases[0].nextTalkOn, support[0].talks.nextDueOn);
    }

    void talksOfAnotherMentorAndOtherKindsDoNotCount()
    {
        Fixture f;
        NaturalSupportEntry training;
        training.participantId = f.participant;
        training.mentorId = f.mentor;
        training.authorId = f.mentorUser;
        training.occurredOn = day(-5);
        training.kind = SupportKind::TaskTraining;
        FN_VERIFY_OK(f.store->append(training));
        NaturalSupportEntry others = training;
        others.id.clear();
        others.mentorId = f.otherMentor;
        others.authorId = "staff-other";
        others.kind = SupportKind::StructuredTalk;
        FN_VERIFY_OK(f.store->append(others));
        FN_REQUIRE(const auto cases, mentorCaseload(*f.store, f.mentorUser, today));
        QCOMPARE(cases.size(), std::size_t { 1 });
        QCOMPARE(cases[0].nextTalkOn, OptDate(day(-16)));
    }

    void listsOnlyActiveAssignmentsOfThisMentorUser()
    {
        Fixture f;
        const Id ended = f.addParticipant("Tidligere Deltaker");
        FN_VERIFY_OK(f.store->create(MentorAssignment { {}, ended, f.mentor, {}, day(-90), day(-1), "", 14, {} }));
        const Id future = f.addParticipant("Framtidig Deltaker");
        FN_VERIFY_OK(f.store->create(MentorAssignment { {}, future, f.mentor, {}, day(3), {}, "", 14, {} }));
        const Id others = f.addParticipant("Annen Mentors Deltaker");
        FN_VERIFY_OK(f.store->create(MentorAssignment { {}, others, f.otherMentor, {}, day(-5), {}, "", 14, {} }));

        NaturalSupportEntry mine;
        mine.participantId = f.participant;
        mine.mentorId = f.mentor;
        mine.authorId = f.mentorUser;
        mine.occurredOn = day(-2);
        mine.minutes = 15;
        FN_VERIFY_OK(f.store->append(mine));
        NaturalSupportEntry notMine = mine;
        notMine.id.clear();
        notMine.authorId = "staff-other";
        notMine.occurredOn = day(-1);
        FN_VERIFY_OK(f.store->append(notMine));

        FN_REQUIRE(const auto cases, mentorCaseload(*f.store, f.mentorUser, today));
        QCOMPARE(cases.size(), std::size_t { 1 });
        QCOMPARE(cases[0].participantId, f.participant);
        QCOMPARE(cases[0].displayName, std::string("Sara Testesen"));
        QCOMPARE(cases[0].employerName, std::string("Prøvebakeriet AS"));
        QCOMPARE(cases[0].entryCount, 1);
        QCOMPARE(cases[0].lastEntryOn, OptDate(day(-2)));
        QCOMPARE(cases[0].nextTalkOn, OptDate(day(-16))); // from day -30, every 14 days, no talk held yet

        FN_REQUIRE(const auto nobody, mentorCaseload(*f.store, "", today));
        QVERIFY(nobody.empty());
    }

    void learningGoalsOnlyUnderAnActiveConsent_data()
    {
        QTest::addColumn<int>("consent"); // 0 none, 1 active, 2 revoked yesterday, 3 to another mentor
        QTest::addColumn<bool>("shown");
        QTest::newRow("no consent") << 0 << false;
        QTest::newRow("active consent") << 1 << true;
        QTest::newRow("revoked consent") << 2 << false;
        QTest::newRow("consent to another mentor") << 3 << false;
    }

    void learningGoalsOnlyUnderAnActiveConsent()
    {
        QFETCH(int, consent);
        QFETCH(bool, shown);
        Fixture f;
        FN_VERIFY_OK(
            f.store->create(LearningGoal { {}, f.participant, f.assignment, "Lære kassen", GoalStatus::Open }));
        if (consent == 1)
            f.consent(f.mentor);
        else if (consent == 2)
            f.consent(f.mentor, day(-1));
        else if (consent == 3)
            f.consent(f.otherMentor);
        FN_REQUIRE(const auto goals, sharedLearningGoals(*f.store, f.participant, f.mentor, today));
        QCOMPARE(!goals.empty(), shown);
    }

    void goalsOfAnotherAssignmentAndDroppedGoalsStayHidden()
    {
        Fixture f;
        f.consent(f.mentor);
        const Id otherAssignment
            = *f.store->create(MentorAssignment { {}, f.participant, f.otherMentor, {}, day(-5), {}, "", 14, {} });
        FN_VERIFY_OK(f.store->create(LearningGoal { {}, f.participant, f.assignment, "Min", GoalStatus::Open }));
        FN_VERIFY_OK(f.store->create(LearningGoal { {}, f.participant, {}, "Felles", GoalStatus::Achieved }));
        FN_VERIFY_OK(f.store->create(LearningGoal { {}, f.participant, otherAssignment, "Annen", GoalStatus::Open }));
        FN_VERIFY_OK(f.store->create(LearningGoal { {}, f.participant, f.assignment, "Droppet", GoalStatus::Dropped }));
        FN_REQUIRE(const auto goals, sharedLearningGoals(*f.store, f.participant, f.mentor, today));
        QCOMPARE(goals.size(), std::size_t { 2 });
        QCOMPARE(goals[0].text, std::string("Min")); // open before achieved
        QCOMPARE(goals[1].text, std::string("Felles"));
    }

    void ownEntriesAreTheAuthorsOnlyNewestFirst()
    {
        Fixture f;
        for (int d : { -5, -1, -3 }) {
            NaturalSupportEntry e;
            e.participantId = f.participant;
            e.authorId = f.mentorUser;
            e.occurredOn = day(d);
            FN_VERIFY_OK(f.store->append(e));
        }
        NaturalSupportEntry other;
        other.participantId = f.participant;
        other.authorId = "staff-other";
        other.occurredOn = day(0);
        FN_VERIFY_OK(f.store->append(other));
        FN_REQUIRE(const auto entries, ownEntries(*f.store, f.participant, f.mentorUser));
        QCOMPARE(entries.size(), std::size_t { 3 });
        QCOMPARE(entries[0].occurredOn, day(-1));
        QCOMPARE(entries[2].occurredOn, day(-5));
    }
};

QTEST_GUILESS_MAIN(TestMentorView)
#include "tst_mentorview.moc"
