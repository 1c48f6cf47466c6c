// Each attention rule raises its item when, and only when, its condition holds.
#include "attention.h"
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

    std::vector<Attention> items(AttentionKind kind)
    {
        auto all = attention(*store, today);
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

        Reminder r { {}, f.participant, "staff-1", day(0), "Sjekke vaktliste", {} };
        FN_VERIFY_OK(f.store->create(r));
        Reminder future { {}, f.participant, "staff-1", day(3), "Senere", {} };
        FN_VERIFY_OK(f.store->create(future));
        QCOMPARE(f.items(AttentionKind::ReminderDue).size(), std::size_t { 1 });
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
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
