// Each attention rule raises its item when, and only when, its condition holds.
#include "attention.h"
#include "demo.h"
#include "mentoring.h"
#include "schedule.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

#include <algorithm>

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
    Id participant;

    explicit Fixture(ParticipantStatus status = ParticipantStatus::InWork)
    {
        Participant p;
        p.displayName = "Sara Testesen";
        p.status = status;
        p.referralOn = day(-200);
        participant = *store->create(p);
    }

    Visit visitOn(int offset, OptDate next = std::nullopt)
    {
        Visit v;
        v.participantId = participant;
        v.authorId = "staff-1";
        v.contactType = ContactType::Phone;
        v.occurredOn = day(offset);
        v.nextVisitOn = next;
        return v;
    }

    std::vector<Attention> items(AttentionKind kind, const Date& on = today)
    {
        auto all = attention(*store, on);
        std::vector<Attention> out;
        if (all)
            for (const auto& a : *all)
                if (a.kind == kind)
                    out.push_back(a);
        return out;
    }
};

} // namespace

class TestAttention : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void followUpOverdueOnlyWhenThePlannedDateHasPassedWithoutContact_data()
    {
        QTest::addColumn<int>("lastContact");
        QTest::addColumn<int>("plannedNext");
        QTest::addColumn<bool>("raised");
        QTest::newRow("planned in the future") << -3 << 4 << false;
        QTest::newRow("planned today") << -7 << 0 << false;
        QTest::newRow("planned yesterday") << -7 << -1 << true;
        QTest::newRow("long overdue") << -30 << -20 << true;
    }

    void followUpOverdueOnlyWhenThePlannedDateHasPassedWithoutContact()
    {
        QFETCH(int, lastContact);
        QFETCH(int, plannedNext);
        QFETCH(bool, raised);
        Fixture f;
        FN_VERIFY_OK(f.store->append(f.visitOn(lastContact, day(plannedNext))));
        const auto items = f.items(AttentionKind::FollowUpOverdue);
        QCOMPARE(!items.empty(), raised);
        if (raised)
            QCOMPARE(items[0].daysLeft, plannedNext);
    }

    void aLaterContactClearsAnOverdueFollowUp()
    {
        Fixture f;
        FN_VERIFY_OK(f.store->append(f.visitOn(-20, day(-10))));
        QCOMPARE(f.items(AttentionKind::FollowUpOverdue).size(), std::size_t { 1 });
        FN_VERIFY_OK(f.store->append(f.visitOn(-5)));
        QVERIFY(f.items(AttentionKind::FollowUpOverdue).empty());
    }

    void noRecentContactDependsOnStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("lastContact");
        QTest::addColumn<bool>("raised");
        QTest::newRow("in work, 10 days") << int(ParticipantStatus::InWork) << -10 << false;
        QTest::newRow("in work, 15 days") << int(ParticipantStatus::InWork) << -15 << true;
        QTest::newRow("job search, 15 days") << int(ParticipantStatus::JobSearch) << -15 << false;
        QTest::newRow("job search, 22 days") << int(ParticipantStatus::JobSearch) << -22 << true;
        QTest::newRow("paused, 90 days") << int(ParticipantStatus::Paused) << -90 << false;
        QTest::newRow("discharged, 90 days") << int(ParticipantStatus::Discharged) << -90 << false;
    }

    void noRecentContactDependsOnStatus()
    {
        QFETCH(int, status);
        QFETCH(int, lastContact);
        QFETCH(bool, raised);
        Fixture f(static_cast<ParticipantStatus>(status));
        FN_VERIFY_OK(f.store->append(f.visitOn(lastContact)));
        QCOMPARE(!f.items(AttentionKind::NoRecentContact).empty(), raised);
    }

    void placementDatesWarnAhead_data()
    {
        QTest::addColumn<int>("trialEnd");
        QTest::addColumn<int>("contractEnd");
        QTest::addColumn<bool>("trial");
        QTest::addColumn<bool>("contract");
        QTest::newRow("far off") << 60 << 90 << false << false;
        QTest::newRow("trial in 14 days") << 14 << 90 << true << false;
        QTest::newRow("trial in 15 days") << 15 << 90 << false << false;
        QTest::newRow("contract in 30 days") << 60 << 30 << false << true;
        QTest::newRow("both passed") << -1 << -1 << false << false;
    }

    void placementDatesWarnAhead()
    {
        QFETCH(int, trialEnd);
        QFETCH(int, contractEnd);
        QFETCH(bool, trial);
        QFETCH(bool, contract);
        Fixture f;
        Placement pl;
        pl.participantId = f.participant;
        pl.kind = PlacementKind::PaidJob;
        pl.startOn = day(-100);
        pl.trialEndOn = day(trialEnd);
        pl.contractEndOn = day(contractEnd);
        FN_VERIFY_OK(f.store->create(pl));
        QCOMPARE(!f.items(AttentionKind::TrialPeriodEnding).empty(), trial);
        QCOMPARE(!f.items(AttentionKind::ContractEnding).empty(), contract);
    }

    void anEndedPlacementRaisesNothing()
    {
        Fixture f;
        Placement pl;
        pl.participantId = f.participant;
        pl.trialEndOn = day(3);
        pl.endedOn = day(-1);
        FN_VERIFY_OK(f.store->create(pl));
        QVERIFY(f.items(AttentionKind::TrialPeriodEnding).empty());
    }

    void subsidyReviewAndMeasureEnd()
    {
        Fixture f;
        SupportMeasure s;
        s.participantId = f.participant;
        s.placementId = "00000000-0000-4000-8000-000000000001";
        s.reviewOn = day(10);
        s.toOn = day(100);
        FN_VERIFY_OK(f.store->create(s));
        QCOMPARE(f.items(AttentionKind::WageSubsidyReview).size(), std::size_t { 1 });

        FN_REQUIRE(Participant p, f.store->get<Participant>(f.participant));
        p.measureEndOn = day(20);
        FN_VERIFY_OK(f.store->update(p));
        QCOMPARE(f.items(AttentionKind::MeasureEnding).size(), std::size_t { 1 });
        MeasureExtension x;
        x.participantId = f.participant;
        x.newEndOn = day(200);
        FN_VERIFY_OK(f.store->create(x));
        QVERIFY(f.items(AttentionKind::MeasureEnding).empty());
    }

    void mentorFlagsReachTheSpecialistUntilTheNextContact()
    {
        Fixture f;
        FN_VERIFY_OK(f.store->append(f.visitOn(-10)));
        NaturalSupportEntry e;
        e.participantId = f.participant;
        e.authorId = "mentor-1";
        e.occurredOn = day(-2);
        e.needsSpecialist = true;
        FN_VERIFY_OK(f.store->append(e));
        e.needsSpecialist = false;
        e.occurredOn = day(-1);
        FN_VERIFY_OK(f.store->append(e));
        QCOMPARE(f.items(AttentionKind::NeedsSpecialist).size(), std::size_t { 1 });
        FN_VERIFY_OK(f.store->append(f.visitOn(0)));
        QVERIFY(f.items(AttentionKind::NeedsSpecialist).empty());
    }

    void actionsAndRemindersWhenDueAndNotDone()
    {
        Fixture f;
        AgreedAction mine { {}, f.participant, {}, {}, "Ringe leder", ActionOwner::Specialist, day(2), {} };
        AgreedAction theirs { {}, f.participant, {}, {}, "Kjøpe arbeidssko", ActionOwner::Participant, day(-2), {} };
        AgreedAction done { {}, f.participant, {}, {}, "Sende CV", ActionOwner::Specialist, day(-5), day(-6) };
        AgreedAction later { {}, f.participant, {}, {}, "Evaluere", ActionOwner::Specialist, day(30), {} };
        for (const auto& a : { mine, theirs, done, later })
            FN_VERIFY_OK(f.store->create(a));
        const auto actions = f.items(AttentionKind::ActionDue);
        QCOMPARE(actions.size(), std::size_t { 1 });
        QCOMPARE(actions[0].daysLeft, 2);
        QCOMPARE(actions[0].detail, std::string("Ringe leder")); // the card says which action

        Reminder r { {}, f.participant, "staff-1", day(0), "Sjekke vaktliste", {} };
        FN_VERIFY_OK(f.store->create(r));
        Reminder future { {}, f.participant, "staff-1", day(3), "Senere", {} };
        FN_VERIFY_OK(f.store->create(future));
        const auto reminders = f.items(AttentionKind::ReminderDue);
        QCOMPARE(reminders.size(), std::size_t { 1 });
        QCOMPARE(reminders[0].detail, std::string("Sjekke vaktliste"));
        // Asked for one participant, the page's list says the same.
        FN_REQUIRE(const auto page, attentionFor(*f.store, f.participant, today));
        const auto action = std::find_if(
            page.begin(), page.end(), [](const Attention& a) { return a.kind == AttentionKind::ActionDue; });
        QVERIFY(action != page.end());
        QCOMPARE(action->detail, std::string("Ringe leder"));
        // The other kinds carry no words of their own.
        FN_VERIFY_OK(f.store->append(f.visitOn(-3, day(-1))));
        for (const Attention& a : f.items(AttentionKind::FollowUpOverdue))
            QVERIFY(a.detail.empty());
    }

    void mostUrgentFirst()
    {
        Fixture f;
        FN_VERIFY_OK(f.store->append(f.visitOn(-3, day(-1))));
        Reminder r { {}, f.participant, "staff-1", day(-5), "Eldst", {} };
        FN_VERIFY_OK(f.store->create(r));
        FN_REQUIRE(const auto all, attention(*f.store, today));
        QVERIFY(all.size() >= 2);
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].daysLeft <= all[i].daysLeft);
        QCOMPARE(all[0].kind, AttentionKind::ReminderDue);
    }
    // ---- Schedule-driven items ----

    void proposedFollowUpMeetings_data()
    {
        // A job starting Monday day(3) = 2026-03-23; before-start window 16-22 March, proposed Monday 16th.
        QTest::addColumn<int>("on"); // the day the list is read, relative to 2026-03-20
        QTest::addColumn<QString>("contact"); // type code, "" for none
        QTest::addColumn<int>("contactOn");
        QTest::addColumn<int>("movedTo"); // 0: not moved
        QTest::addColumn<int>("kind"); // expected for the before-start meeting; -1: nothing
        QTest::addColumn<int>("daysLeft");
        QTest::newRow("two days ahead") << -6 << "" << 0 << 0 << int(AttentionKind::FollowUpMeetingDue) << 2;
        QTest::newRow("three days ahead: not yet") << -7 << "" << 0 << 0 << -1 << 0;
        QTest::newRow("date passed, window open") << 0 << "" << 0 << 0 << int(AttentionKind::FollowUpMeetingDue) << -4;
        QTest::newRow("held in the window") << 0 << "three_way_meeting" << -2 << 0 << -1 << 0;
        QTest::newRow("a phone call is not a meeting")
            << 0 << "phone" << -2 << 0 << int(AttentionKind::FollowUpMeetingDue) << -4;
        QTest::newRow("window over: missed") << 3 << "" << 0 << 0 << int(AttentionKind::FollowUpMeetingMissed) << -1;
        QTest::newRow("missed 14 days ago: still shown")
            << 16 << "" << 0 << 0 << int(AttentionKind::FollowUpMeetingMissed) << -14;
        QTest::newRow("missed 15 days ago: dropped from the list") << 17 << "" << 0 << 0 << -1 << 0;
        QTest::newRow("moved past the window, not held yet")
            << 4 << "" << 0 << 5 << int(AttentionKind::FollowUpMeetingDue) << 1;
        QTest::newRow("moved past the window and held on the new date") << 6 << "home_visit" << 5 << 5 << -1 << 0;
    }

    void proposedFollowUpMeetings()
    {
        QFETCH(int, on);
        QFETCH(QString, contact);
        QFETCH(int, contactOn);
        QFETCH(int, movedTo);
        QFETCH(int, kind);
        QFETCH(int, daysLeft);
        Fixture f;
        Placement pl;
        pl.participantId = f.participant;
        pl.kind = PlacementKind::PaidJob;
        pl.startOn = day(3);
        FN_REQUIRE(const Id placement, f.store->create(pl));
        FN_REQUIRE(const auto meetings, proposeFollowUp(*f.store, placement, f.store->today()));
        const Id beforeStart = meetings.front();
        if (movedTo != 0) {
            FN_REQUIRE(FollowUpMeeting m, f.store->get<FollowUpMeeting>(beforeStart));
            m.proposedOn = day(movedTo);
            FN_VERIFY_OK(f.store->update(m));
        }
        if (!contact.isEmpty()) {
            Visit v = f.visitOn(contactOn);
            v.contactType = *enumFromCode<ContactType>(contact.toStdString());
            FN_VERIFY_OK(f.store->append(v));
        }
        FN_REQUIRE(const auto all, attention(*f.store, day(on)));
        std::vector<Attention> mine;
        for (const auto& a : all)
            if (a.subjectId == beforeStart)
                mine.push_back(a);
        QCOMPARE(mine.size(), std::size_t { kind < 0 ? 0u : 1u });
        if (kind >= 0) {
            QCOMPARE(int(mine[0].kind), kind);
            QCOMPARE(mine[0].daysLeft, daysLeft);
            QCOMPARE(mine[0].participantId, f.participant);
            QCOMPARE(mine[0].subjectTable, std::string("follow_up_meetings"));
        }
    }

    void noMeetingRemindersWhenPausedOrAfterTheJobEnded()
    {
        Fixture f;
        Placement pl;
        pl.participantId = f.participant;
        pl.kind = PlacementKind::PaidJob;
        pl.startOn = day(-10);
        FN_REQUIRE(const Id placement, f.store->create(pl));
        FN_VERIFY_OK(proposeFollowUp(*f.store, placement, day(-20)));
        QVERIFY(!f.items(AttentionKind::FollowUpMeetingMissed).empty()); // before and after the start
        FN_REQUIRE(Placement ended, f.store->get<Placement>(placement));
        ended.endedOn = day(-12); // it never really started
        FN_VERIFY_OK(f.store->update(ended));
        QVERIFY(f.items(AttentionKind::FollowUpMeetingMissed).empty());
        QVERIFY(f.items(AttentionKind::FollowUpMeetingDue).empty());
        ended.endedOn.reset();
        FN_VERIFY_OK(f.store->update(ended));
        FN_REQUIRE(Participant p, f.store->get<Participant>(f.participant));
        p.status = ParticipantStatus::Paused;
        FN_VERIFY_OK(f.store->update(p));
        QVERIFY(f.items(AttentionKind::FollowUpMeetingMissed).empty());
    }

    void plannedVisitTodayOrTomorrow_data()
    {
        QTest::addColumn<int>("planned");
        QTest::addColumn<bool>("raised");
        QTest::newRow("today") << 0 << true;
        QTest::newRow("tomorrow") << 1 << true;
        QTest::newRow("the day after") << 2 << false;
        QTest::newRow("yesterday: overdue instead") << -1 << false;
    }

    void plannedVisitTodayOrTomorrow()
    {
        QFETCH(int, planned);
        QFETCH(bool, raised);
        Fixture f;
        FN_VERIFY_OK(f.store->append(f.visitOn(-5, day(planned))));
        const auto items = f.items(AttentionKind::PlannedVisit);
        QCOMPARE(!items.empty(), raised);
        if (raised)
            QCOMPARE(items[0].daysLeft, planned);
    }

    void employersNotContactedForLong_data()
    {
        QTest::addColumn<bool>("owned");
        QTest::addColumn<bool>("someoneWorksThere");
        QTest::addColumn<int>("lastContact"); // 0: never (recorded 2026-03-02, 18 days before today)
        QTest::addColumn<int>("on");
        QTest::addColumn<bool>("raised");
        QTest::newRow("own employer, 60 days") << true << false << -60 << 0 << false;
        QTest::newRow("own employer, 61 days") << true << false << -61 << 0 << true;
        QTest::newRow("a colleague's employer, 90 days") << false << false << -90 << 0 << false;
        QTest::newRow("a colleague's employer where someone works") << false << true << -90 << 0 << true;
        QTest::newRow("own employer, never contacted, recorded 18 days ago") << true << false << 0 << 0 << false;
        QTest::newRow("own employer, never contacted, recorded 61 days ago") << true << false << 0 << 43 << true;
    }

    void employersNotContactedForLong()
    {
        QFETCH(bool, owned);
        QFETCH(bool, someoneWorksThere);
        QFETCH(int, lastContact);
        QFETCH(int, on);
        QFETCH(bool, raised);
        Fixture f;
        FN_VERIFY_OK(f.store->setStaffId("staff-1"));
        Employer e;
        e.name = "Testbakeriet";
        e.ownerId = owned ? "staff-1" : "staff-2";
        FN_REQUIRE(const Id employer, f.store->create(e));
        if (lastContact != 0) {
            Visit v;
            v.employerId = employer;
            v.authorId = "staff-1";
            v.contactType = ContactType::EmployerFollowUp;
            v.occurredOn = day(lastContact);
            FN_VERIFY_OK(f.store->append(v));
        }
        if (someoneWorksThere) {
            Placement pl;
            pl.participantId = f.participant;
            pl.employerId = employer;
            pl.kind = PlacementKind::PaidJob;
            pl.startOn = day(-100);
            FN_VERIFY_OK(f.store->create(pl));
        }
        const auto items = f.items(AttentionKind::EmployerNotContacted, day(on));
        QCOMPARE(!items.empty(), raised);
        if (raised) {
            QCOMPARE(items[0].subjectId, employer);
            QVERIFY(items[0].participantId.empty());
        }
    }

    void goneQuietAfterUnansweredOutreach_data()
    {
        QTest::addColumn<int>("reached"); // 0: never reached since referral (day -200)
        QTest::addColumn<QString>("attempts"); // days of outreach attempts
        QTest::addColumn<bool>("raised");
        QTest::newRow("reached 20 days ago, two attempts since") << -20 << "-10,-3" << true;
        QTest::newRow("reached 20 days ago, one attempt since") << -20 << "-3" << false;
        QTest::newRow("attempts before the last reach do not count") << -20 << "-30,-25,-5" << false;
        QTest::newRow("reached 10 days ago, three attempts since") << -10 << "-8,-5,-2" << false;
        QTest::newRow("never reached, two attempts") << 0 << "-150,-100" << true;
    }

    void goneQuietAfterUnansweredOutreach()
    {
        QFETCH(int, reached);
        QFETCH(QString, attempts);
        QFETCH(bool, raised);
        Fixture f;
        if (reached != 0)
            FN_VERIFY_OK(f.store->append(f.visitOn(reached)));
        for (const QString& a : attempts.split(',')) {
            Visit v = f.visitOn(a.toInt());
            v.contactType = ContactType::OutreachAttempt;
            FN_VERIFY_OK(f.store->append(v));
        }
        QCOMPARE(!f.items(AttentionKind::GoneQuiet).empty(), raised);
    }

    void extensionDeadline_data()
    {
        QTest::addColumn<int>("ends");
        QTest::addColumn<int>("extendedTo"); // 0: no extension
        QTest::addColumn<bool>("atMaximum");
        QTest::addColumn<bool>("raised");
        QTest::addColumn<int>("daysLeft");
        QTest::newRow("ends in 45 days: not yet") << 45 << 0 << false << false << 0;
        QTest::newRow("ends in 44 days: deadline in 14") << 44 << 0 << false << true << 14;
        QTest::newRow("ends in 10 days: deadline passed") << 10 << 0 << false << true << -20;
        QTest::newRow("ends today: too late, the measure ends") << 0 << 0 << false << false << 0;
        QTest::newRow("already extended") << 20 << 200 << false << false << 0;
        QTest::newRow("at the three-year maximum") << 20 << 0 << true << false << 0;
    }

    void extensionDeadline()
    {
        QFETCH(int, ends);
        QFETCH(int, extendedTo);
        QFETCH(bool, atMaximum);
        QFETCH(bool, raised);
        QFETCH(int, daysLeft);
        Fixture f;
        FN_REQUIRE(Participant p, f.store->get<Participant>(f.participant));
        p.measureEndOn = day(ends);
        if (atMaximum)
            p.referralOn = addMonths(day(ends), -36);
        FN_VERIFY_OK(f.store->update(p));
        if (extendedTo != 0) {
            MeasureExtension x;
            x.participantId = f.participant;
            x.newEndOn = day(extendedTo);
            FN_VERIFY_OK(f.store->create(x));
        }
        const auto items = f.items(AttentionKind::ExtensionDeadline);
        QCOMPARE(!items.empty(), raised);
        if (raised)
            QCOMPARE(items[0].daysLeft, daysLeft);
    }

    void mentorTalksDueEvenAfterDischarge()
    {
        Fixture f;
        MentorAssignment a;
        a.participantId = f.participant;
        a.mentorId = "00000000-0000-4000-8000-00000000f001";
        a.fromOn = day(-20);
        FN_REQUIRE(const Id assignment, f.store->create(a));
        auto talks = f.items(AttentionKind::MentorTalkDue);
        QCOMPARE(talks.size(), std::size_t { 1 });
        QCOMPARE(talks[0].daysLeft, -6);
        QCOMPARE(talks[0].subjectId, assignment);

        FN_REQUIRE(Participant p, f.store->get<Participant>(f.participant));
        p.status = ParticipantStatus::Discharged;
        p.dischargedOn = day(-1);
        FN_VERIFY_OK(f.store->update(p));
        QCOMPARE(f.items(AttentionKind::MentorTalkDue).size(), std::size_t { 1 });

        NaturalSupportEntry talk;
        talk.participantId = f.participant;
        talk.mentorId = a.mentorId;
        talk.authorId = "mentor-1";
        talk.occurredOn = day(-3);
        talk.kind = SupportKind::StructuredTalk;
        talk.minutes = 60;
        FN_VERIFY_OK(f.store->append(talk));
        QVERIFY(f.items(AttentionKind::MentorTalkDue).empty()); // next one due day(11)
        QCOMPARE(f.items(AttentionKind::MentorTalkDue, day(9)).size(), std::size_t { 1 });
    }

    void aMentorsDeviceShowsOnlyTheMentorsItems()
    {
        Fixture f; // no contacts at all: on a specialist's device, this participant has gone silent
        QVERIFY(!f.items(AttentionKind::NoRecentContact).empty());
        MentorAssignment a;
        a.participantId = f.participant;
        a.mentorId = "00000000-0000-4000-8000-00000000f001";
        a.fromOn = day(-20);
        FN_VERIFY_OK(f.store->create(a));
        FN_VERIFY_OK(f.store->setRole(StaffRole::Mentor));
        FN_REQUIRE(const auto all, attention(*f.store, today));
        QCOMPARE(all.size(), std::size_t { 1 });
        QCOMPARE(all[0].kind, AttentionKind::MentorTalkDue);
    }

    void taperingPlanAfterTheFirstMonth_data()
    {
        QTest::addColumn<int>("started");
        QTest::addColumn<bool>("agreed");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<bool>("raised");
        QTest::newRow("three weeks in") << -20 << false << false << false;
        QTest::newRow("a month in, no agreed plan") << -28 << false << false << true; // 2026-02-20 + 1 month
        QTest::newRow("a month in, agreed by both") << -28 << true << false << false;
        QTest::newRow("the job has ended") << -60 << false << true << false;
    }

    void taperingPlanAfterTheFirstMonth()
    {
        QFETCH(int, started);
        QFETCH(bool, agreed);
        QFETCH(bool, ended);
        QFETCH(bool, raised);
        Fixture f;
        Placement pl;
        pl.participantId = f.participant;
        pl.kind = PlacementKind::PaidJob;
        pl.startOn = day(started);
        if (ended)
            pl.endedOn = day(-1);
        FN_REQUIRE(const Id placement, f.store->create(pl));
        FN_VERIFY_OK(setTaperingPlan(*f.store, f.participant, { { {}, {}, placement, day(0), 14, "", "", "" } }));
        if (agreed) {
            FN_VERIFY_OK(agreeTaperingPlan(*f.store, f.participant, AgreeingParty::Participant, day(0)));
            FN_VERIFY_OK(agreeTaperingPlan(*f.store, f.participant, AgreeingParty::Employer, day(0)));
        }
        const auto items = f.items(AttentionKind::TaperingNotAgreed);
        QCOMPARE(!items.empty(), raised);
        if (raised)
            QCOMPARE(formatDate(items[0].due), std::string("2026-03-20"));
    }

    // A participant's page asks for their items alone: exactly their part of the whole list, in the
    // same order, for everyone in the demo caseload (every kind of item occurs in it), on the
    // specialist's device and on a mentor's.
    void oneParticipantsItemsAreTheirPartOfTheWholeList_data()
    {
        QTest::addColumn<bool>("mentor");
        QTest::newRow("specialist") << false;
        QTest::newRow("mentor") << true;
    }
    void oneParticipantsItemsAreTheirPartOfTheWholeList()
    {
        QFETCH(bool, mentor);
        test::TempStore store;
        FN_REQUIRE(const DemoSummary demo, loadDemo(*store));
        if (mentor) {
            FN_VERIFY_OK(store->setStaffId(demo.staff.mentorUser));
            FN_VERIFY_OK(store->setRole(StaffRole::Mentor));
        }
        const Date today = store->today();
        FN_REQUIRE(const auto all, attention(*store, today));
        QVERIFY(!all.empty());
        FN_REQUIRE(const auto people, core::StoreInternals::select<Participant>(*store, "1", {}, "id"));
        std::size_t seen = 0;
        for (const Participant& p : people) {
            std::vector<Attention> expected;
            std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                [&](const Attention& a) { return a.participantId == p.id; });
            FN_REQUIRE(const auto theirs, attentionFor(*store, p.id, today));
            QCOMPARE(theirs.size(), expected.size());
            for (std::size_t i = 0; i < theirs.size(); ++i) {
                QCOMPARE(theirs[i].kind, expected[i].kind);
                QCOMPARE(theirs[i].subjectId, expected[i].subjectId);
                QCOMPARE(theirs[i].daysLeft, expected[i].daysLeft);
            }
            seen += theirs.size();
        }
        QVERIFY(seen > 0);
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
