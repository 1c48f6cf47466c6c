// Every derived figure against a fixture computed by hand: two specialists (Anna and Bjørn) and a
// lead over March 2026, which has 22 weekdays (Sunday the 1st to Tuesday the 31st).
//
// Anna: 37.5 h a week (2250 min) from 1 January, 30 h (1800 min) from Monday 16 March.
//   Contracted: 10 weekdays x 450 + 12 weekdays x 360 = 8820 min.
//   Her contacts in March (field time unless said otherwise):
//     03 workplace follow-up, P1, 90 min          05 new employer visit, 60 min
//     10 phone, P1, 15 min, not field             12 home visit, P2, 45 min
//     18 new employer visit, 30 min               20 three-way meeting, P1, no duration
//     25 new employer visit, 60 min, corrected by 26 new employer visit, 75 min
//   and 25 Feb a three-way meeting with P1 (not field), 27 Feb a new employer visit (outside March).
//   Field minutes 90+60+45+30+75 = 300; at employers 90+60+30+75 = 255; 1 field contact without a
//   duration; new employer visits 05, 18, 26 = 3.
//   Participants:
//     P1 in work: paid job from Monday 2 March. Slots ending in March: before the start (23 Feb -
//        1 Mar, kept 25 Feb), after the start (2-5 Mar, kept 3 Mar), week 2 (9-15, missed: only a
//        phone call), week 3 (16-22, kept 20 Mar). Week 4 ends 1 April. Due 4, kept 3.
//     P2 job search: a job tasting from 9 March (no schedule).
//     P4 paid job since 5 January, discharged into work 15 March: month 2 (5 Feb - 4 Mar) due and
//        missed; month 3 cut short by the discharge, dropped. Due 1, kept 0.
//     P5 referred 2 April: not yet on the caseload.
//     P6 paused: on the caseload.
//     P7 paid job 1 Feb - 20 Mar (month 2, 1-31 March, is cut short: dropped); discharged in April.
//     P8 discharged 31 March with no reason given.
//   Caseload on 31 March: P1, P2, P6, P7 = 4. In work: P1. Started: a paid job and a job tasting.
//   Discharged: P4 (work), P8 (no reason). Cadence: due 5, kept 3.
// Bjørn: 37.5 h with no start date: 22 x 450 = 9900 min. Contacts: 04 new employer visit 120 min,
//   11 workplace follow-up with P3 60 min. P3: temporary paid job from Monday 16 March; before the
//   start (9-15, kept 11 Mar), after (16-19, missed), week 2 (23-29, missed): due 3, kept 1.
//   P9 profiling. P10 discharged 20 March for health treatment. Caseload 2, in work 1.
// The lead: a participant and a new employer visit of her own, in no team figure.
#include "figures.h"
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

const Period march { d("2026-03-01"), d("2026-03-31") };

// Fixture writes must succeed; a failure here is a broken fixture, not a finding.
template<class T> T must(Result<T> r)
{
    if (!r)
        qFatal("fixture: %s", r.error().message.c_str());
    return std::move(*r);
}

struct Team {
    test::TempStore store;
    Id anna, bjorn, lead;
    Id p1, p2;
    Id employer;

    Team()
    {
        Employer e;
        e.name = "Testbedriften AS";
        employer = must(store->create(e));
        anna = must(store->create(Staff { {}, "Anna Testesen", StaffRole::Specialist }));
        bjorn = must(store->create(Staff { {}, "Bjørn Prøvesen", StaffRole::Specialist }));
        lead = must(store->create(Staff { {}, "Lise Leder", StaffRole::Lead }));
        must(store->create(WorkingHours { {}, anna, d("2026-01-01"), 2250 }));
        must(store->create(WorkingHours { {}, anna, d("2026-03-16"), 1800 }));
        must(store->create(WorkingHours { {}, bjorn, std::nullopt, 2250 }));

        p1 = participant(anna, "2026-01-10", ParticipantStatus::InWork);
        placement(p1, PlacementKind::PaidJob, "2026-03-02");
        p2 = participant(anna, "2025-11-01", ParticipantStatus::JobSearch);
        placement(p2, PlacementKind::JobTasting, "2026-03-09");
        const Id p4
            = participant(anna, "2025-06-01", ParticipantStatus::Discharged, "2026-03-15", DischargeReason::Work);
        placement(p4, PlacementKind::PaidJob, "2026-01-05");
        participant(anna, "2026-04-02", ParticipantStatus::Referred);
        participant(anna, "2025-09-01", ParticipantStatus::Paused);
        const Id p7
            = participant(anna, "2025-10-01", ParticipantStatus::InWork, "2026-04-05", DischargeReason::Education);
        placement(p7, PlacementKind::PaidJob, "2026-02-01", "2026-03-20");
        participant(anna, "2025-08-01", ParticipantStatus::Discharged, "2026-03-31");

        contact(anna, p1, ContactType::ThreeWayMeeting, "2026-02-25", std::nullopt, false);
        contact(anna, {}, ContactType::NewEmployerVisit, "2026-02-27", 60, true);
        contact(anna, p1, ContactType::WorkplaceFollowUp, "2026-03-03", 90, true);
        contact(anna, {}, ContactType::NewEmployerVisit, "2026-03-05", 60, true);
        contact(anna, p1, ContactType::Phone, "2026-03-10", 15, false);
        contact(anna, p2, ContactType::HomeVisit, "2026-03-12", 45, true);
        contact(anna, {}, ContactType::NewEmployerVisit, "2026-03-18", 30, true);
        contact(anna, p1, ContactType::ThreeWayMeeting, "2026-03-20", std::nullopt, true);
        const Id wrong = contact(anna, {}, ContactType::NewEmployerVisit, "2026-03-25", 60, true);
        contact(anna, {}, ContactType::NewEmployerVisit, "2026-03-26", 75, true, wrong);

        const Id p3 = participant(bjorn, "2026-02-01", ParticipantStatus::InWork);
        placement(p3, PlacementKind::PaidJob, "2026-03-16");
        participant(bjorn, "2026-03-10", ParticipantStatus::Profiling);
        participant(bjorn, "2025-12-01", ParticipantStatus::Discharged, "2026-03-20", DischargeReason::HealthTreatment);
        contact(bjorn, {}, ContactType::NewEmployerVisit, "2026-03-04", 120, true);
        contact(bjorn, p3, ContactType::WorkplaceFollowUp, "2026-03-11", 60, true);

        const Id own = participant(lead, "2026-01-01", ParticipantStatus::InWork);
        placement(own, PlacementKind::PaidJob, "2026-03-02");
        contact(lead, {}, ContactType::NewEmployerVisit, "2026-03-09", 60, true);
    }

    Id participant(const Id& specialist, const char* referral, ParticipantStatus status,
        const char* discharged = nullptr, std::optional<DischargeReason> reason = std::nullopt)
    {
        Participant p;
        p.displayName = "Deltaker";
        p.specialistId = specialist;
        p.referralOn = d(referral);
        p.status = status;
        if (discharged)
            p.dischargedOn = d(discharged);
        p.dischargeReason = reason;
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

    Id contact(const Id& author, const OptId& participant, ContactType type, const char* on, std::optional<int> minutes,
        bool field, OptId corrects = std::nullopt)
    {
        Visit v;
        v.participantId = participant;
        if (!participant)
            v.employerId = employer;
        v.authorId = author;
        v.contactType = type;
        v.occurredOn = d(on);
        v.durationMin = minutes;
        v.fieldTime = field;
        v.correctsId = std::move(corrects);
        return must(store->append(v));
    }

    Result<Figures> as(const Id& user, StaffRole role, bool team)
    {
        FN_TRY(store->setStaffId(user));
        FN_TRY(store->setRole(role));
        return team ? teamFigures(*store, march) : ownFigures(*store, march);
    }
};

} // namespace

class TestFigures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aSpecialistsOwnFigures()
    {
        Team t;
        FN_REQUIRE(const Figures f, t.as(t.anna, StaffRole::Specialist, false));
        QVERIFY(!f.team);
        QCOMPARE(f.specialists, 1);
        QCOMPARE(f.caseloadTotal, 4);
        QCOMPARE(f.caseload, 4.0);
        QCOMPARE(f.contractedMinutes, 8820.0);
        QCOMPARE(f.fieldMinutes, 300);
        QCOMPARE(f.employerFieldMinutes, 255);
        QCOMPARE(f.fieldContactsWithoutDuration, 1);
        QVERIFY(qFuzzyCompare(*f.outOfOfficeShare, 300.0 / 8820.0));
        QVERIFY(qFuzzyCompare(*f.atEmployersShare, 255.0 / 8820.0));
        QCOMPARE(f.newEmployerContacts, 3);
        QVERIFY(qFuzzyCompare(f.newEmployerContactsPerWeek, 3.0 * 7.0 / 31.0));
        QCOMPARE(f.participantContacts, 4);
        QVERIFY(qFuzzyCompare(*f.contactsPerParticipant, 1.0));
        QCOMPARE(f.followUp.due, 5);
        QCOMPARE(f.followUp.kept, 3);
        QVERIFY(qFuzzyCompare(*f.followUpKeptShare, 0.6));
        QCOMPARE(f.placementsStarted.at(PlacementKind::PaidJob), 1);
        QCOMPARE(f.placementsStarted.at(PlacementKind::JobTasting), 1);
        QCOMPARE(f.placementsStarted.at(PlacementKind::WorkTrial), 0);
        QCOMPARE(f.peopleInWork, 1);
        QCOMPARE(f.discharges.at(DischargeReason::Work), 1);
        QCOMPARE(f.discharges.at(DischargeReason::Education), 0);
        QCOMPARE(f.dischargesWithoutReason, 1);
    }

    void theOtherSpecialistsOwnFigures()
    {
        Team t;
        FN_REQUIRE(const Figures f, t.as(t.bjorn, StaffRole::Specialist, false));
        QCOMPARE(f.caseloadTotal, 2);
        QCOMPARE(f.contractedMinutes, 9900.0);
        QCOMPARE(f.fieldMinutes, 180);
        QCOMPARE(f.employerFieldMinutes, 180);
        QCOMPARE(f.newEmployerContacts, 1);
        QCOMPARE(f.participantContacts, 1);
        QVERIFY(qFuzzyCompare(*f.contactsPerParticipant, 0.5));
        QCOMPARE(f.followUp.due, 3);
        QCOMPARE(f.followUp.kept, 1);
        QCOMPARE(f.peopleInWork, 1);
        QCOMPARE(f.discharges.at(DischargeReason::HealthTreatment), 1);
    }

    void teamFiguresPoolTheSpecialistsAndAverageThePerPersonCounts()
    {
        Team t;
        FN_REQUIRE(const Figures f, t.as(t.lead, StaffRole::Lead, true));
        QVERIFY(f.team);
        QCOMPARE(f.specialists, 2);
        QCOMPARE(f.caseloadTotal, 6);
        QCOMPARE(f.caseload, 3.0);
        QCOMPARE(f.contractedMinutes, 18720.0);
        QCOMPARE(f.fieldMinutes, 480);
        QCOMPARE(f.employerFieldMinutes, 435);
        QVERIFY(qFuzzyCompare(*f.outOfOfficeShare, 480.0 / 18720.0));
        QVERIFY(qFuzzyCompare(*f.atEmployersShare, 435.0 / 18720.0));
        QCOMPARE(f.newEmployerContacts, 4);
        QVERIFY(qFuzzyCompare(f.newEmployerContactsPerWeek, 4.0 * 7.0 / 31.0 / 2.0));
        QCOMPARE(f.participantContacts, 5);
        QVERIFY(qFuzzyCompare(*f.contactsPerParticipant, 5.0 / 6.0)); // pooled, not a mean of means
        QCOMPARE(f.followUp.due, 8);
        QCOMPARE(f.followUp.kept, 4);
        QVERIFY(qFuzzyCompare(*f.followUpKeptShare, 0.5));
        QCOMPARE(f.placementsStarted.at(PlacementKind::PaidJob), 2); // not the lead's own
        QCOMPARE(f.placementsStarted.at(PlacementKind::JobTasting), 1);
        QCOMPARE(f.peopleInWork, 2);
        QCOMPARE(f.discharges.at(DischargeReason::Work), 1);
        QCOMPARE(f.discharges.at(DischargeReason::HealthTreatment), 1);
        QCOMPARE(f.dischargesWithoutReason, 1);
    }

    void whoMaySeeWhich_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("team");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("specialist, own") << int(StaffRole::Specialist) << false << true;
        QTest::newRow("specialist, team") << int(StaffRole::Specialist) << true << false;
        QTest::newRow("lead, team") << int(StaffRole::Lead) << true << true;
        QTest::newRow("lead, own") << int(StaffRole::Lead) << false << true;
        QTest::newRow("mentor, own") << int(StaffRole::Mentor) << false << false;
        QTest::newRow("mentor, team") << int(StaffRole::Mentor) << true << false;
    }

    void whoMaySeeWhich()
    {
        QFETCH(int, role);
        QFETCH(bool, team);
        QFETCH(bool, allowed);
        Team t;
        const auto r = t.as(t.anna, static_cast<StaffRole>(role), team);
        QCOMPARE(r.has_value(), allowed);
        if (!allowed)
            QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    }

    void noContractedHoursMeansNoShare()
    {
        Team t;
        FN_REQUIRE(const auto hours, core::StoreInternals::select<WorkingHours>(*t.store, "staff_id = ?", { t.bjorn }));
        QCOMPARE(hours.size(), std::size_t { 1 });
        FN_VERIFY_OK(t.store->remove("working_hours", hours.front().id));
        FN_REQUIRE(const Figures f, t.as(t.bjorn, StaffRole::Specialist, false));
        QCOMPARE(f.contractedMinutes, 0.0);
        QVERIFY(!f.outOfOfficeShare);
        QVERIFY(!f.atEmployersShare);
        QCOMPARE(f.fieldMinutes, 180);
    }

    void aReversedPeriodIsRefused()
    {
        Team t;
        FN_VERIFY_OK(t.store->setStaffId(t.anna));
        const auto r = ownFigures(*t.store, { d("2026-03-31"), d("2026-03-01") });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }

    void noCaseloadMeansNoContactsPerParticipant()
    {
        Team t;
        FN_VERIFY_OK(t.store->setStaffId(t.anna));
        const Period january { d("2025-01-01"), d("2025-01-31") }; // before any of Anna's referrals
        FN_REQUIRE(const Figures f, ownFigures(*t.store, january));
        QCOMPARE(f.caseloadTotal, 0);
        QVERIFY(!f.contactsPerParticipant);
    }

    void periodsOfADay_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("weekFrom");
        QTest::addColumn<QString>("weekTo");
        QTest::addColumn<QString>("monthFrom");
        QTest::addColumn<QString>("monthTo");
        QTest::newRow("a Monday") << "2026-03-02"
                                  << "2026-03-02"
                                  << "2026-03-08"
                                  << "2026-03-01"
                                  << "2026-03-31";
        QTest::newRow("a Sunday, the 1st") << "2026-03-01"
                                           << "2026-02-23"
                                           << "2026-03-01"
                                           << "2026-03-01"
                                           << "2026-03-31";
        QTest::newRow("a week across the year") << "2026-12-31"
                                                << "2026-12-28"
                                                << "2027-01-03"
                                                << "2026-12-01"
                                                << "2026-12-31";
        QTest::newRow("February of a leap year") << "2028-02-10"
                                                 << "2028-02-07"
                                                 << "2028-02-13"
                                                 << "2028-02-01"
                                                 << "2028-02-29";
        QTest::newRow("February") << "2026-02-28"
                                  << "2026-02-23"
                                  << "2026-03-01"
                                  << "2026-02-01"
                                  << "2026-02-28";
    }

    void periodsOfADay()
    {
        QFETCH(QString, day);
        QFETCH(QString, weekFrom);
        QFETCH(QString, weekTo);
        QFETCH(QString, monthFrom);
        QFETCH(QString, monthTo);
        const Period week = weekOf(d(qPrintable(day)));
        QCOMPARE(QString::fromStdString(formatDate(week.from)), weekFrom);
        QCOMPARE(QString::fromStdString(formatDate(week.to)), weekTo);
        QCOMPARE(week.days(), 7);
        const Period month = monthOf(d(qPrintable(day)));
        QCOMPARE(QString::fromStdString(formatDate(month.from)), monthFrom);
        QCOMPARE(QString::fromStdString(formatDate(month.to)), monthTo);
    }

    void theFormsBandsForTimeAtEmployers_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<int>("score");
        QTest::newRow("none") << 0.0 << 1;
        QTest::newRow("just under 30 %") << 0.2999 << 1;
        QTest::newRow("30 %") << 0.30 << 2;
        QTest::newRow("39 %") << 0.39 << 2;
        QTest::newRow("40 %") << 0.40 << 3;
        QTest::newRow("49 %") << 0.49 << 3;
        QTest::newRow("50 %") << 0.50 << 4;
        QTest::newRow("64 %") << 0.64 << 4;
        QTest::newRow("65 %") << 0.65 << 5;
        QTest::newRow("more than the week") << 1.2 << 5;
    }

    void theFormsBandsForTimeAtEmployers()
    {
        QFETCH(double, share);
        QFETCH(int, score);
        QCOMPARE(atEmployersScore(share), score);
    }

    // The three weeks up to Tuesday 31 March: 16-22 March, 23-29 March, 30 March - 5 April.
    void theLastWeeksOneByOne_data()
    {
        QTest::addColumn<bool>("team");
        QTest::addColumn<int>("week");
        QTest::addColumn<QString>("from");
        QTest::addColumn<double>("contracted");
        QTest::addColumn<int>("fieldMinutes");
        QTest::addColumn<int>("withoutDuration");
        QTest::addColumn<int>("newEmployerContacts");
        QTest::addColumn<double>("newPerWeek");
        QTest::addColumn<int>("participantContacts");
        // Anna: 18 March new employer visit 30 min, 20 March three-way meeting without a duration.
        QTest::newRow("own, 16-22") << false << 0 << "2026-03-16" << 1800.0 << 30 << 1 << 1 << 1.0 << 1;
        // Anna: the 25th's visit corrected by the 26th's, 75 min.
        QTest::newRow("own, 23-29") << false << 1 << "2026-03-23" << 1800.0 << 75 << 0 << 1 << 1.0 << 0;
        QTest::newRow("own, 30-5") << false << 2 << "2026-03-30" << 1800.0 << 0 << 0 << 0 << 0.0 << 0;
        // The team adds Bjørn's 5 x 450 contracted minutes and nothing logged; contacts per specialist.
        QTest::newRow("team, 16-22") << true << 0 << "2026-03-16" << 4050.0 << 30 << 1 << 1 << 0.5 << 1;
        QTest::newRow("team, 23-29") << true << 1 << "2026-03-23" << 4050.0 << 75 << 0 << 1 << 0.5 << 0;
    }

    void theLastWeeksOneByOne()
    {
        QFETCH(bool, team);
        QFETCH(int, week);
        QFETCH(QString, from);
        QFETCH(double, contracted);
        QFETCH(int, fieldMinutes);
        QFETCH(int, withoutDuration);
        QFETCH(int, newEmployerContacts);
        QFETCH(double, newPerWeek);
        QFETCH(int, participantContacts);
        Team t;
        FN_VERIFY_OK(t.store->setStaffId(team ? t.lead : t.anna));
        FN_VERIFY_OK(t.store->setRole(team ? StaffRole::Lead : StaffRole::Specialist));
        FN_REQUIRE(const auto weeks,
            team ? teamWeeklyFigures(*t.store, d("2026-03-31"), 3) : ownWeeklyFigures(*t.store, d("2026-03-31"), 3));
        QCOMPARE(weeks.size(), std::size_t { 3 });
        const Figures& f = weeks[static_cast<std::size_t>(week)];
        QCOMPARE(QString::fromStdString(formatDate(f.period.from)), from);
        QCOMPARE(f.period.days(), 7);
        QCOMPARE(f.team, team);
        QCOMPARE(f.contractedMinutes, contracted);
        QCOMPARE(f.fieldMinutes, fieldMinutes);
        QCOMPARE(f.fieldContactsWithoutDuration, withoutDuration);
        QCOMPARE(f.newEmployerContacts, newEmployerContacts);
        QVERIFY(qFuzzyCompare(1.0 + f.newEmployerContactsPerWeek, 1.0 + newPerWeek));
        QCOMPARE(f.participantContacts, participantContacts);
        // The same figures as asking for that week alone.
        FN_REQUIRE(const Figures alone, team ? teamFigures(*t.store, f.period) : ownFigures(*t.store, f.period));
        QCOMPARE(alone.fieldMinutes, f.fieldMinutes);
        QCOMPARE(alone.followUp.due, f.followUp.due);
        QCOMPARE(alone.peopleInWork, f.peopleInWork);
    }

    void theWeeksAreRefusedAsTheFiguresAre_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("team");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("code");
        QTest::newRow("no weeks") << int(StaffRole::Specialist) << false << 0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("two years and more") << int(StaffRole::Lead) << true << 105 << int(ErrorCode::InvalidArgument);
        QTest::newRow("a mentor") << int(StaffRole::Mentor) << false << 8 << int(ErrorCode::Unauthorized);
        QTest::newRow("a specialist, the team")
            << int(StaffRole::Specialist) << true << 8 << int(ErrorCode::Unauthorized);
    }

    void theWeeksAreRefusedAsTheFiguresAre()
    {
        QFETCH(int, role);
        QFETCH(bool, team);
        QFETCH(int, weeks);
        QFETCH(int, code);
        Team t;
        FN_VERIFY_OK(t.store->setStaffId(t.anna));
        FN_VERIFY_OK(t.store->setRole(static_cast<StaffRole>(role)));
        const auto r = team ? teamWeeklyFigures(*t.store, d("2026-03-31"), weeks)
                            : ownWeeklyFigures(*t.store, d("2026-03-31"), weeks);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void fidelityEvidenceFromTheFigures()
    {
        Figures f;
        f.specialists = 2;
        f.caseload = 21;
        f.followUpKeptShare = 1.0;
        f.atEmployersShare = 0.64;
        const auto evidence = fidelityEvidence(f);
        QCOMPARE(evidence.size(), std::size_t { 3 });
        QCOMPARE(evidence[0].item, 1);
        QVERIFY(!evidence[0].meetsFive);
        QCOMPARE(evidence[1].item, 17);
        QVERIFY(evidence[1].meetsFive);
        QCOMPARE(evidence[2].item, 18);
        QVERIFY(!evidence[2].meetsFive);
        f.atEmployersShare.reset();
        f.followUpKeptShare.reset();
        QCOMPARE(fidelityEvidence(f).size(), std::size_t { 1 });
    }
};

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
