// The follow-up schedule: slot windows from the start date, what keeps a slot, when a slot is
// dropped, and the proposed meetings a person can move or cancel.
#include "schedule.h"
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

Date dq(const QString& text)
{
    return *parseDate(text.toStdString());
}

Visit contact(ContactType type, const Date& on, std::string id = "v")
{
    Visit v;
    v.id = std::move(id);
    v.participantId = "p";
    v.authorId = "staff-1";
    v.contactType = type;
    v.occurredOn = on;
    return v;
}

// A participant in paid work from `start`, in a fresh store whose clock reads 2026-03-02.
struct Fixture {
    test::TempStore store;
    Id participant;
    Id placement;

    explicit Fixture(const Date& start, PlacementKind kind = PlacementKind::PaidJob)
    {
        Participant p;
        p.displayName = "Sara Testesen";
        p.status = ParticipantStatus::InWork;
        participant = *store->create(p);
        Placement pl;
        pl.participantId = participant;
        pl.kind = kind;
        pl.startOn = start;
        placement = *store->create(pl);
    }

    Status log(ContactType type, const Date& on, OptId corrects = std::nullopt)
    {
        Visit v = contact(type, on, {});
        v.participantId = participant;
        v.correctsId = std::move(corrects);
        return store->append(v).map([](const Id&) {});
    }
};

} // namespace

class TestSchedule : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void slotWindowsFromTheStartDate_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("Monday start: before") << "2026-03-16" << 0 << "2026-03-09"
                                              << "2026-03-15";
        QTest::newRow("Monday start: within 3 days") << "2026-03-16" << 1 << "2026-03-16"
                                                     << "2026-03-19";
        QTest::newRow("Monday start: week 2") << "2026-03-16" << 2 << "2026-03-23"
                                              << "2026-03-29";
        QTest::newRow("Monday start: week 3") << "2026-03-16" << 3 << "2026-03-30"
                                              << "2026-04-05";
        QTest::newRow("31-day month: week 4 takes the last 3 days") << "2026-03-16" << 4 << "2026-04-06"
                                                                    << "2026-04-15";
        QTest::newRow("Monday start: month 2") << "2026-03-16" << 5 << "2026-04-16"
                                               << "2026-05-15";
        QTest::newRow("Monday start: month 12") << "2026-03-16" << 15 << "2027-02-16"
                                                << "2027-03-15";
        QTest::newRow("February start: week 4 is exactly a week") << "2026-02-02" << 4 << "2026-02-23"
                                                                  << "2026-03-01";
        QTest::newRow("31 January: week 4 ends before 28 February") << "2026-01-31" << 4 << "2026-02-21"
                                                                    << "2026-02-27";
        QTest::newRow("31 January: month 2 starts 28 February") << "2026-01-31" << 5 << "2026-02-28"
                                                                << "2026-03-30";
        QTest::newRow("31 January: month 3 does not drift") << "2026-01-31" << 6 << "2026-03-31"
                                                            << "2026-04-29";
        QTest::newRow("31 January, leap year: week 4") << "2028-01-31" << 4 << "2028-02-21"
                                                       << "2028-02-28";
        QTest::newRow("31 January, leap year: month 2 from the leap day") << "2028-01-31" << 5 << "2028-02-29"
                                                                          << "2028-03-30";
        QTest::newRow("leap day start: before") << "2028-02-29" << 0 << "2028-02-22"
                                                << "2028-02-28";
        QTest::newRow("leap day start: within 3 days") << "2028-02-29" << 1 << "2028-02-29"
                                                       << "2028-03-03";
        QTest::newRow("leap day start: week 4") << "2028-02-29" << 4 << "2028-03-21"
                                                << "2028-03-28";
        QTest::newRow("leap day start: month 12 ends before 28 February") << "2028-02-29" << 15 << "2029-01-29"
                                                                          << "2029-02-27";
        QTest::newRow("across the year end: month 2") << "2026-12-28" << 5 << "2027-01-28"
                                                      << "2027-02-27";
        QTest::newRow("across the year end: month 3") << "2026-12-28" << 6 << "2027-02-28"
                                                      << "2027-03-27";
    }

    void slotWindowsFromTheStartDate()
    {
        QFETCH(QString, start);
        QFETCH(int, slot);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const auto s = followUpSlot(dq(start), slot);
        QVERIFY(s);
        QCOMPARE(QString::fromStdString(formatDate(s->windowFrom)), from);
        QCOMPARE(QString::fromStdString(formatDate(s->windowTo)), to);
    }

    void slotsAreOrderedAndCoverTheYearForEveryStartDate()
    {
        // Every start day over three years, leap year included: 16 slots in order, never
        // overlapping; only S+4..S+6 fall between slots, and the months tile the rest of the year.
        for (Date start = d("2026-01-01"); start <= d("2028-12-31"); start = addDays(start, 1)) {
            const auto schedule = followUpSlots(start);
            QCOMPARE(int(schedule.size()), followUpSlotCount);
            for (int i = 0; i < followUpSlotCount; ++i) {
                const auto& s = schedule[std::size_t(i)];
                QCOMPARE(s.index, i);
                QVERIFY(s.windowFrom <= s.windowTo);
                if (i == 0)
                    continue;
                const int gap = daysBetween(schedule[std::size_t(i - 1)].windowTo, s.windowFrom);
                QVERIFY2(gap == (i == 2 ? 4 : 1), qPrintable(QString::fromStdString(formatDate(start))));
            }
            const int week4 = daysBetween(schedule[4].windowFrom, schedule[4].windowTo) + 1;
            QVERIFY(week4 >= 7 && week4 <= 10);
            QCOMPARE(addDays(schedule[15].windowTo, 1), addMonths(start, 12));
        }
    }

    void whichContactsKeepASlot_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("counts");
        QTest::newRow("workplace follow-up") << int(ContactType::WorkplaceFollowUp) << true;
        QTest::newRow("three-way meeting") << int(ContactType::ThreeWayMeeting) << true;
        QTest::newRow("employer follow-up") << int(ContactType::EmployerFollowUp) << true;
        QTest::newRow("home visit") << int(ContactType::HomeVisit) << true;
        QTest::newRow("new employer visit") << int(ContactType::NewEmployerVisit) << false;
        QTest::newRow("job-tasting day") << int(ContactType::JobTastingDay) << false;
        QTest::newRow("phone") << int(ContactType::Phone) << false;
        QTest::newRow("SMS") << int(ContactType::Sms) << false;
        QTest::newRow("e-mail") << int(ContactType::Email) << false;
        QTest::newRow("unanswered outreach") << int(ContactType::OutreachAttempt) << false;
    }

    void whichContactsKeepASlot()
    {
        QFETCH(int, type);
        QFETCH(bool, counts);
        Visit v = contact(static_cast<ContactType>(type), d("2026-03-17"));
        QCOMPARE(countsAsFollowUpMeeting(v), counts);
        const auto schedule = trackFollowUp(d("2026-03-16"), std::nullopt, { v }, d("2026-03-20"));
        QCOMPARE(schedule[1].state, counts ? SlotState::Kept : SlotState::Missed);
        v.participantId.reset(); // a contact logged on the employer alone says nobody's follow-up
        QVERIFY(!countsAsFollowUpMeeting(v));
    }

    void aContactKeepsTheSlotWhoseWindowHoldsIt_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("met");
        QTest::addColumn<int>("kept"); // -1: none
        QTest::newRow("8 days before: too early") << "2026-03-16"
                                                  << "2026-03-08" << -1;
        QTest::newRow("7 days before") << "2026-03-16"
                                       << "2026-03-09" << 0;
        QTest::newRow("the day before") << "2026-03-16"
                                        << "2026-03-15" << 0;
        QTest::newRow("on the first day") << "2026-03-16"
                                          << "2026-03-16" << 1;
        QTest::newRow("3 days after") << "2026-03-16"
                                      << "2026-03-19" << 1;
        QTest::newRow("4 days after: too late, and before week 2") << "2026-03-16"
                                                                   << "2026-03-20" << -1;
        QTest::newRow("first day of week 2") << "2026-03-16"
                                             << "2026-03-23" << 2;
        QTest::newRow("last of the month's days, in week 4") << "2026-03-16"
                                                             << "2026-04-15" << 4;
        QTest::newRow("one month after: month 2") << "2026-03-16"
                                                  << "2026-04-16" << 5;
        QTest::newRow("31 January start, 27 February: week 4") << "2026-01-31"
                                                               << "2026-02-27" << 4;
        QTest::newRow("31 January start, 28 February: month 2") << "2026-01-31"
                                                                << "2026-02-28" << 5;
        QTest::newRow("leap day start, leap day meeting") << "2028-02-29"
                                                          << "2028-02-29" << 1;
        QTest::newRow("leap day start, last day of the year") << "2028-02-29"
                                                              << "2029-02-27" << 15;
        QTest::newRow("leap day start, a year on: past the schedule") << "2028-02-29"
                                                                      << "2029-02-28" << -1;
    }

    void aContactKeepsTheSlotWhoseWindowHoldsIt()
    {
        QFETCH(QString, start);
        QFETCH(QString, met);
        QFETCH(int, kept);
        const Date today = addMonths(dq(start), 13);
        const auto schedule = trackFollowUp(
            dq(start), std::nullopt, { contact(ContactType::WorkplaceFollowUp, dq(met), "meeting") }, today);
        for (const auto& s : schedule) {
            QCOMPARE(s.state, s.slot.index == kept ? SlotState::Kept : SlotState::Missed);
            QCOMPARE(s.keptBy.has_value(), s.slot.index == kept);
        }
    }

    void stateAsOfToday_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<int>("state"); // of week 2: 2026-03-23 .. 2026-03-29
        QTest::addColumn<bool>("withMeetingOn25th");
        QTest::newRow("before the window") << "2026-03-22" << int(SlotState::Upcoming) << false;
        QTest::newRow("first day of the window") << "2026-03-23" << int(SlotState::Open) << false;
        QTest::newRow("last day of the window") << "2026-03-29" << int(SlotState::Open) << false;
        QTest::newRow("the day after") << "2026-03-30" << int(SlotState::Missed) << false;
        QTest::newRow("kept, on the day") << "2026-03-25" << int(SlotState::Kept) << true;
        QTest::newRow("a meeting logged ahead of its day does not count yet")
            << "2026-03-24" << int(SlotState::Open) << true;
    }

    void stateAsOfToday()
    {
        QFETCH(QString, today);
        QFETCH(int, state);
        QFETCH(bool, withMeetingOn25th);
        std::vector<Visit> contacts;
        if (withMeetingOn25th)
            contacts.push_back(contact(ContactType::ThreeWayMeeting, d("2026-03-25")));
        const auto schedule = trackFollowUp(d("2026-03-16"), std::nullopt, contacts, dq(today));
        QCOMPARE(int(schedule[2].state), state);
    }

    void anEarlyEndDropsTheSlotsItCutsShort_data()
    {
        QTest::addColumn<QString>("ended");
        QTest::addColumn<QString>("discharged");
        QTest::addColumn<int>("firstDropped");
        QTest::newRow("ended on day 10, inside week 2") << "2026-03-26"
                                                        << "" << 2;
        QTest::newRow("ended on the last day of week 2") << "2026-03-29"
                                                         << "" << 3;
        QTest::newRow("ended before the start") << "2026-03-12"
                                                << "" << 0;
        QTest::newRow("discharged before the job ended") << "2026-06-30"
                                                         << "2026-04-20" << 5;
        QTest::newRow("runs the whole year") << ""
                                             << "" << 16;
    }

    void anEarlyEndDropsTheSlotsItCutsShort()
    {
        QFETCH(QString, ended);
        QFETCH(QString, discharged);
        QFETCH(int, firstDropped);
        Placement pl;
        pl.kind = PlacementKind::PaidJob;
        pl.startOn = d("2026-03-16");
        if (!ended.isEmpty())
            pl.endedOn = dq(ended);
        Participant p;
        if (!discharged.isEmpty())
            p.dischargedOn = dq(discharged);
        // A meeting in every slot, week 2's before the end: a slot cut short is dropped even if kept.
        std::vector<Visit> contacts;
        for (const auto& s : followUpSlots(*pl.startOn))
            contacts.push_back(contact(ContactType::WorkplaceFollowUp, s.windowFrom, "m" + std::to_string(s.index)));
        const auto schedule = trackFollowUp(*pl.startOn, followUpEndsOn(pl, p), contacts, d("2027-06-01"));
        for (const auto& s : schedule)
            QCOMPARE(s.state, s.slot.index >= firstDropped ? SlotState::Dropped : SlotState::Kept);
        const CadenceCount c = countCadence(schedule, d("2026-01-01"), d("2027-12-31"));
        QCOMPARE(c.due, firstDropped);
        QCOMPARE(c.kept, firstDropped);
    }

    void countCadenceByTheDayTheWindowEnds()
    {
        // Kept: before start, week 2. Missed: after start, week 3. Open: week 4. Upcoming: the months.
        const std::vector<Visit> contacts { contact(ContactType::ThreeWayMeeting, d("2026-03-12"), "a"),
            contact(ContactType::WorkplaceFollowUp, d("2026-03-24"), "b") };
        const auto schedule = trackFollowUp(d("2026-03-16"), std::nullopt, contacts, d("2026-04-08"));
        CadenceCount all = countCadence(schedule, d("2026-03-01"), d("2026-04-30"));
        QCOMPARE(all.due, 4);
        QCOMPARE(all.kept, 2);
        CadenceCount march = countCadence(schedule, d("2026-03-01"), d("2026-03-29"));
        QCOMPARE(march.due, 3); // week 3 ends 5 April
        QCOMPARE(march.kept, 2);
    }

    void proposedDateAvoidsWeekendsAndThePast_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("proposed"); // "" for none
        QTest::newRow("window opens on a Monday") << "2026-03-16"
                                                  << "2026-03-22"
                                                  << "2026-03-01"
                                                  << "2026-03-16";
        QTest::newRow("window opens on a Saturday") << "2026-03-14"
                                                    << "2026-03-20"
                                                    << "2026-03-01"
                                                    << "2026-03-16";
        QTest::newRow("half past: from today") << "2026-03-16"
                                               << "2026-03-22"
                                               << "2026-03-18"
                                               << "2026-03-18";
        QTest::newRow("only the weekend left") << "2026-03-16"
                                               << "2026-03-22"
                                               << "2026-03-21"
                                               << "2026-03-21";
        QTest::newRow("window over") << "2026-03-16"
                                     << "2026-03-22"
                                     << "2026-03-23"
                                     << "";
    }

    void proposedDateAvoidsWeekendsAndThePast()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, today);
        QFETCH(QString, proposed);
        const FollowUpSlot slot { 2, FollowUpSlotKind::Weekly, 2, dq(from), dq(to) };
        const auto on = proposedDate(slot, dq(today));
        QCOMPARE(on ? QString::fromStdString(formatDate(*on)) : QString(), proposed);
    }

    void proposesOneMeetingPerSlotWhenAJobStarts()
    {
        Fixture f(d("2026-03-16")); // the store's today is 2026-03-02, two weeks ahead
        FN_REQUIRE(const auto ids, proposeFollowUp(*f.store, f.placement, f.store->today()));
        QCOMPARE(int(ids.size()), followUpSlotCount);
        FN_REQUIRE(const auto meetings,
            core::StoreInternals::select<FollowUpMeeting>(*f.store, "placement_id = ?", { f.placement }, "slot"));
        QCOMPARE(int(meetings.size()), followUpSlotCount);
        for (const auto& m : meetings) {
            const auto slot = followUpSlot(d("2026-03-16"), m.slot);
            QCOMPARE(m.participantId, f.participant);
            QVERIFY(m.proposedOn && *m.proposedOn >= slot->windowFrom && *m.proposedOn <= slot->windowTo);
            QVERIFY(!isWeekend(*m.proposedOn));
        }
        QCOMPARE(formatDate(*meetings[0].proposedOn), std::string("2026-03-09"));
        QCOMPARE(formatDate(*meetings[1].proposedOn), std::string("2026-03-16"));
        // Proposing again adds nothing.
        FN_REQUIRE(const auto again, proposeFollowUp(*f.store, f.placement, f.store->today()));
        QVERIFY(again.empty());
    }

    void aStartInThePastProposesOnlyWhatCanStillBeMet()
    {
        // Registered six weeks late: before-start, after-start and weeks 2-4 are over.
        Fixture f(d("2026-01-19"));
        FN_REQUIRE(const auto ids, proposeFollowUp(*f.store, f.placement, d("2026-03-02")));
        QCOMPARE(int(ids.size()), followUpSlotCount - 5);
        FN_REQUIRE(const auto meetings,
            core::StoreInternals::select<FollowUpMeeting>(*f.store, "placement_id = ?", { f.placement }, "slot"));
        QCOMPARE(meetings.front().slot, 5); // month 2: 2026-02-19 .. 2026-03-18, still open
        QCOMPARE(formatDate(*meetings.front().proposedOn), std::string("2026-03-02"));
        // The past slots are still tracked: missed, as no meeting was logged.
        FN_REQUIRE(const auto track, followUpStatus(*f.store, f.placement, d("2026-03-02")));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(track.slotStatus[std::size_t(i)].state, SlotState::Missed);
        QCOMPARE(track.slotStatus[5].state, SlotState::Open);
        QCOMPARE(track.slotStatus[5].meetingId, std::optional(meetings.front().id));
    }

    void aCancelledMeetingStaysCancelledAndAMovedOneStaysMoved()
    {
        Fixture f(d("2026-03-16"));
        FN_REQUIRE(const auto ids, proposeFollowUp(*f.store, f.placement, f.store->today()));
        FN_VERIFY_OK(f.store->remove("follow_up_meetings", ids[3]));
        FN_REQUIRE(FollowUpMeeting moved, f.store->get<FollowUpMeeting>(ids[5]));
        moved.proposedOn = d("2026-05-04");
        FN_VERIFY_OK(f.store->update(moved));
        FN_REQUIRE(const auto again, proposeFollowUp(*f.store, f.placement, f.store->today()));
        QVERIFY(again.empty());
        FN_REQUIRE(const auto track, followUpStatus(*f.store, f.placement, f.store->today()));
        QVERIFY(!track.slotStatus[3].meetingId);
        QCOMPARE(formatDate(*track.slotStatus[5].proposedOn), std::string("2026-05-04"));
    }

    void anEndedPlacementGetsNoMeetingsAfterItsEnd()
    {
        Fixture f(d("2026-03-16"));
        FN_REQUIRE(Placement pl, f.store->get<Placement>(f.placement));
        pl.endedOn = d("2026-04-10"); // inside week 4
        FN_VERIFY_OK(f.store->update(pl));
        FN_REQUIRE(const auto ids, proposeFollowUp(*f.store, f.placement, f.store->today()));
        QCOMPARE(int(ids.size()), 4); // before, after, weeks 2 and 3
    }

    void onlyPaidJobsAndWorkTrialsHaveASchedule()
    {
        Fixture tasting(d("2026-03-16"), PlacementKind::JobTasting);
        auto r = proposeFollowUp(*tasting.store, tasting.placement, tasting.store->today());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        FN_REQUIRE(const auto track, followUpStatus(*tasting.store, tasting.placement, tasting.store->today()));
        QVERIFY(track.slotStatus.empty());

        Fixture trial(d("2026-03-16"), PlacementKind::WorkTrial);
        FN_REQUIRE(const auto ids, proposeFollowUp(*trial.store, trial.placement, trial.store->today()));
        QCOMPARE(int(ids.size()), followUpSlotCount);
    }

    void aCorrectedContactCountsByItsCorrection()
    {
        Fixture f(d("2026-03-16"));
        FN_VERIFY_OK(f.log(ContactType::WorkplaceFollowUp, d("2026-03-17")));
        FN_REQUIRE(auto track, followUpStatus(*f.store, f.placement, d("2026-03-25")));
        QCOMPARE(track.slotStatus[1].state, SlotState::Kept);
        const Id original = *track.slotStatus[1].keptBy;
        // It really happened on the 24th, in week 2: the after-start meeting was missed.
        FN_VERIFY_OK(f.log(ContactType::WorkplaceFollowUp, d("2026-03-24"), original));
        FN_REQUIRE(track, followUpStatus(*f.store, f.placement, d("2026-03-25")));
        QCOMPARE(track.slotStatus[1].state, SlotState::Missed);
        QCOMPARE(track.slotStatus[2].state, SlotState::Kept);
        QVERIFY(track.slotStatus[2].keptBy != original);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
