// The team overview (core/teamoverview.h) against a team worked out by hand, on Tuesday 31 March
// 2026; the recent 4 weeks are 4 - 31 March. Anna and Bjørn are specialists, Lise the lead, Kari a
// specialist who has left (removed from the staff list).
//
//   P1  Anna  in work      steps 4, 5  paid job from 2 March (before the 4 weeks). Follow-up: 25 Feb
//             (before the start, kept), 3 Mar (after the start, kept), week 2 (9-15) missed (a phone
//             call only), week 3 (16-22) kept 20 Mar, week 4 open. Slots ending in the 4 weeks: after
//             the start, weeks 2 and 3: due 3, kept 2. Under way and slipping.
//   P2  Anna  job search   step 3      job tasting 9-13 March: started and ended.
//   P3  Bjørn in work      step 4      work trial from 16 March: before (9-15, kept 11 Mar), after
//             (16-19, kept 17 Mar), week 2 (23-29, kept 24 Mar): due 3, kept 3. Under way, not slipping.
//   P4  Bjørn job search   step 3      paid job 5 January - 20 March: ended. Month 2 (5 Feb - 4 Mar)
//             due and missed; month 3 cut short: due 1, kept 0. Not under way any more.
//   P5  nobody referred    -           referred 10 March: waiting 21 days.
//   P6  Kari  engagement   step 1      referred 15 February: waiting 44 days, her specialist left.
//   P7  nobody referred    -           no referral date: waiting, days unknown, listed last.
//   P8  nobody referred    -           referred 10 April: not on the caseload yet, not waiting.
//   P9  Anna  discharged 15 March      job tasting from 5 March: started; not on the caseload.
//   P10 Lise  paused       steps 2, 3  followed by the lead: not waiting.
//   P11 Anna  profiling    step 2      referred 20 March.
//   P12 Bjørn in work      step 4      paid job from 5 January, still running. Every slot to 4 February
//             missed, month 2 (5 Feb - 4 Mar) kept 20 Feb: due 1, kept 1. Under way; its misses are
//             older than the 4 weeks, so not slipping.
//
// Caseload 10: in work 3, job search 2, referred 2, engagement 1, paused 1, profiling 1. Steps: 1: 1,
// 2: 2, 3: 3, 4: 3, 5: 1; without a step 2. Started: 2 job tastings and a work trial; ended: a job
// tasting and a paid job. In follow-up 3, slipping 1. Slots: due 8, kept 6.
#include "teamoverview.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Date d(const char* text)
{
    return *parseDate(text);
}

const Date today = d("2026-03-31");

template<class T> T must(Result<T> r)
{
    if (!r)
        qFatal("fixture: %s", r.error().message.c_str());
    return std::move(*r);
}

struct Team {
    test::TempStore store;
    Id anna, bjorn, lead, kari;
    Id p1, p5, p6, p7;

    Team()
    {
        anna = must(store->create(Staff { {}, "Anna Testesen", StaffRole::Specialist }));
        bjorn = must(store->create(Staff { {}, "Bjørn Prøvesen", StaffRole::Specialist }));
        lead = must(store->create(Staff { {}, "Lise Leder", StaffRole::Lead }));
        kari = must(store->create(Staff { {}, "Kari Sluttet", StaffRole::Specialist }));

        p1 = participant("Per Én", anna, "2026-01-10", ParticipantStatus::InWork, { 4, 5 });
        placement(p1, PlacementKind::PaidJob, "2026-03-02");
        contact(anna, p1, ContactType::ThreeWayMeeting, "2026-02-25");
        contact(anna, p1, ContactType::WorkplaceFollowUp, "2026-03-03");
        contact(anna, p1, ContactType::Phone, "2026-03-10");
        contact(anna, p1, ContactType::ThreeWayMeeting, "2026-03-20");

        const Id p2 = participant("Pål To", anna, "2025-11-01", ParticipantStatus::JobSearch, { 3 });
        placement(p2, PlacementKind::JobTasting, "2026-03-09", "2026-03-13");

        const Id p3 = participant("Siri Tre", bjorn, "2026-02-01", ParticipantStatus::InWork, { 4 });
        placement(p3, PlacementKind::WorkTrial, "2026-03-16");
        contact(bjorn, p3, ContactType::WorkplaceFollowUp, "2026-03-11");
        contact(bjorn, p3, ContactType::HomeVisit, "2026-03-17");
        contact(bjorn, p3, ContactType::ThreeWayMeeting, "2026-03-24");

        const Id p4 = participant("Tor Fire", bjorn, "2025-10-01", ParticipantStatus::JobSearch, { 3 });
        placement(p4, PlacementKind::PaidJob, "2026-01-05", "2026-03-20");

        p5 = participant("Ola Venter", std::nullopt, "2026-03-10", ParticipantStatus::Referred, {});
        p6 = participant("Eva Etterlatt", kari, "2026-02-15", ParticipantStatus::Engagement, { 1 });
        if (!store->remove("staff", kari))
            qFatal("fixture: Kari was not removed");
        p7 = participant("Åse Udatert", std::nullopt, nullptr, ParticipantStatus::Referred, {});
        participant("Liv Senere", std::nullopt, "2026-04-10", ParticipantStatus::Referred, {});

        const Id p9 = participant("Nils Ni", anna, "2025-12-01", ParticipantStatus::Discharged, {}, "2026-03-15");
        placement(p9, PlacementKind::JobTasting, "2026-03-05");

        participant("Mia Ti", lead, "2025-09-01", ParticipantStatus::Paused, { 2, 3 });
        participant("Ida Elleve", anna, "2026-03-20", ParticipantStatus::Profiling, { 2 });

        const Id p12 = participant("Kai Tolv", bjorn, "2025-12-01", ParticipantStatus::InWork, { 4 });
        placement(p12, PlacementKind::PaidJob, "2026-01-05");
        contact(bjorn, p12, ContactType::WorkplaceFollowUp, "2026-02-20");
    }

    Id participant(const char* name, const OptId& specialist, const char* referral, ParticipantStatus status,
        std::set<int> steps, const char* discharged = nullptr)
    {
        Participant p;
        p.displayName = name;
        p.specialistId = specialist;
        if (referral)
            p.referralOn = d(referral);
        p.status = status;
        p.steps = std::move(steps);
        if (discharged) {
            p.dischargedOn = d(discharged);
            p.dischargeReason = DischargeReason::Work;
        }
        return must(store->create(p));
    }

    void placement(const Id& participant, PlacementKind kind, const char* start, const char* ended = nullptr)
    {
        Placement pl;
        pl.participantId = participant;
        pl.kind = kind;
        pl.startOn = d(start);
        if (ended)
            pl.endedOn = d(ended);
        must(store->create(pl));
    }

    void contact(const Id& author, const Id& participant, ContactType type, const char* on)
    {
        Visit v;
        v.participantId = participant;
        v.authorId = author;
        v.contactType = type;
        v.occurredOn = d(on);
        v.fieldTime = true;
        must(store->append(v));
    }

    Result<TeamOverview> as(const Id& user, StaffRole role)
    {
        FN_TRY(store->setStaffId(user));
        FN_TRY(store->setRole(role));
        return teamOverview(*store, today);
    }
};

} // namespace

class TestTeamOverview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void theCaseloadByStatusAndStep()
    {
        Team t;
        FN_REQUIRE(const TeamOverview o, t.as(t.lead, StaffRole::Lead));
        QCOMPARE(o.recent.from, d("2026-03-04"));
        QCOMPARE(o.recent.to, today);
        QCOMPARE(o.caseload, 10);
        QCOMPARE(o.byStatus.size(), std::size_t(7)); // every status but discharged
        QCOMPARE(o.byStatus.at(ParticipantStatus::InWork), 3);
        QCOMPARE(o.byStatus.at(ParticipantStatus::JobSearch), 2);
        QCOMPARE(o.byStatus.at(ParticipantStatus::Referred), 2);
        QCOMPARE(o.byStatus.at(ParticipantStatus::Engagement), 1);
        QCOMPARE(o.byStatus.at(ParticipantStatus::Paused), 1);
        QCOMPARE(o.byStatus.at(ParticipantStatus::Profiling), 1);
        QCOMPARE(o.byStatus.at(ParticipantStatus::JobTasting), 0);
        QCOMPARE(o.byStep.at(1), 1);
        QCOMPARE(o.byStep.at(2), 2);
        QCOMPARE(o.byStep.at(3), 3);
        QCOMPARE(o.byStep.at(4), 3);
        QCOMPARE(o.byStep.at(5), 1);
        QCOMPARE(o.withoutStep, 2);
    }

    void placementsStartedAndEndedInTheLastFourWeeks()
    {
        Team t;
        FN_REQUIRE(const TeamOverview o, t.as(t.lead, StaffRole::Lead));
        QCOMPARE(o.placementsStartedTotal, 3);
        QCOMPARE(o.placementsStarted.at(PlacementKind::JobTasting), 2);
        QCOMPARE(o.placementsStarted.at(PlacementKind::WorkTrial), 1);
        QCOMPARE(o.placementsStarted.at(PlacementKind::PaidJob), 0); // P1's began on 2 March
        QCOMPARE(o.placementsEndedTotal, 2);
        QCOMPARE(o.placementsEnded.at(PlacementKind::JobTasting), 1);
        QCOMPARE(o.placementsEnded.at(PlacementKind::PaidJob), 1);
        QCOMPARE(o.placementsEnded.at(PlacementKind::WorkTrial), 0);
    }

    void theWaitingListLongestWaitingFirst()
    {
        Team t;
        FN_REQUIRE(const TeamOverview o, t.as(t.lead, StaffRole::Lead));
        QCOMPARE(o.waiting.size(), std::size_t(3));
        QCOMPARE(o.waiting[0].participantId, t.p6);
        QCOMPARE(o.waiting[0].displayName, std::string("Eva Etterlatt"));
        QCOMPARE(o.waiting[0].referralOn, OptDate(d("2026-02-15")));
        QCOMPARE(o.waiting[0].daysWaiting, std::optional<int>(44));
        QVERIFY(o.waiting[0].specialistLeft);
        QCOMPARE(o.waiting[1].participantId, t.p5);
        QCOMPARE(o.waiting[1].daysWaiting, std::optional<int>(21));
        QVERIFY(!o.waiting[1].specialistLeft);
        QCOMPARE(o.waiting[2].participantId, t.p7);
        QVERIFY(!o.waiting[2].daysWaiting);
    }

    void aPersonHandedOverStopsWaiting()
    {
        Team t;
        Participant p = must(t.store->get<Participant>(t.p5));
        p.specialistId = t.bjorn;
        FN_VERIFY_OK(t.store->update(p));
        FN_REQUIRE(const TeamOverview o, t.as(t.lead, StaffRole::Lead));
        QCOMPARE(o.waiting.size(), std::size_t(2));
        QCOMPARE(o.waiting[1].participantId, t.p7);
    }

    void slippingFollowUpsAsACountAndShare()
    {
        Team t;
        FN_REQUIRE(const TeamOverview o, t.as(t.lead, StaffRole::Lead));
        QCOMPARE(o.inFollowUp, 3);
        QCOMPARE(o.slipping, 1); // P1; P12's misses are older than the 4 weeks
        QVERIFY(qFuzzyCompare(*o.slippingShare, 1.0 / 3.0));
        QCOMPARE(o.recentSlots.due, 8);
        QCOMPARE(o.recentSlots.kept, 6);
        QVERIFY(qFuzzyCompare(*o.recentSlotsMissedShare, 2.0 / 8.0));
    }

    void aMeetingLoggedLateDoesNotMendAMissedWeek()
    {
        // The missed week stays missed (schedule.h); the week-4 meeting keeps week 4 only.
        Team t;
        t.contact(t.anna, t.p1, ContactType::WorkplaceFollowUp, "2026-03-30");
        FN_REQUIRE(const TeamOverview o, t.as(t.lead, StaffRole::Lead));
        QCOMPARE(o.slipping, 1);
        QCOMPARE(o.recentSlots.due, 8);
    }

    void onlyForTheTeamLead()
    {
        Team t;
        const auto r = t.as(t.anna, StaffRole::Specialist);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    }

    void anEmptyTeamHasNoShares()
    {
        test::TempStore store;
        FN_VERIFY_OK(store->setRole(StaffRole::Lead));
        FN_REQUIRE(const TeamOverview o, teamOverview(*store, today));
        QCOMPARE(o.caseload, 0);
        QVERIFY(o.waiting.empty());
        QVERIFY(!o.slippingShare);
        QVERIFY(!o.recentSlotsMissedShare);
    }
};

QTEST_GUILESS_MAIN(TestTeamOverview)
#include "tst_teamoverview.moc"
