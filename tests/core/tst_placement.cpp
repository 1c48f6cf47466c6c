// Starting, changing and ending a job: one rule in core for the app and both command lines, and the follow-up
// schedule of fidelity item 17 proposed the moment a job starts. The store's clock stands at
// 2026-03-02, a Monday (testsupport.h). Invented people and employers only.
#include "intake.h"
#include "placement.h"
#include "replica.h"
#include "schedule.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::countOf;
using test::day;
using test::actors::lead;
using test::actors::mentor;
using test::actors::otherSpecialist;
using test::actors::specialist;

// A participant followed by `specialist`, an employer with one workplace, and another employer's
// workplace.
struct World {
    Id participant;
    Id employer;
    Id workplace;
    Id otherWorkplace;
};

Result<World> world(Store& store)
{
    World w;
    Intake in;
    in.displayName = "Tiril Prøvesen";
    in.referralOn = day("2026-01-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    w.participant = *taken;
    Employer e;
    e.name = "Bakeriet på hjørnet";
    FN_TRY_ASSIGN(w.employer, store.create(e));
    Employer other;
    other.name = "Lageret AS";
    FN_TRY_ASSIGN(const Id otherId, store.create(other));
    FN_TRY_ASSIGN(
        w.workplace, store.create(Workplace { {}, w.employer, "Bakeriet, Storgata", {}, {}, {}, {}, {}, {} }));
    FN_TRY_ASSIGN(w.otherWorkplace, store.create(Workplace { {}, otherId, "Lageret, havna", {}, {}, {}, {}, {}, {} }));
    return w;
}

PlacementStart job(const World& w)
{
    PlacementStart s;
    s.participantId = w.participant;
    s.employerId = w.employer;
    s.workplaceId = w.workplace;
    s.kind = PlacementKind::PaidJob;
    s.contract = ContractType::Temporary;
    s.title = "Bakeriassistent";
    s.tasks = "  Pakke brød, vaske brett  ";
    s.startOn = day("2026-03-09");
    s.percent = 40;
    s.trialEndOn = day("2026-09-08");
    s.contractEndOn = day("2027-03-08");
    s.measures.push_back(
        PlacementMeasure { SupportMeasureKind::WageSubsidy, 40, {}, {}, day("2027-03-08"), day("2026-09-01") });
    return s;
}

} // namespace

class TestPlacement : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void startsAJobWithPositionSubsidyAndTheFollowUpSchedule()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, job(w)));

        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        QCOMPARE(pl.participantId, w.participant);
        QCOMPARE(pl.employerId, OptId(w.employer));
        QCOMPARE(pl.workplaceId, OptId(w.workplace));
        QCOMPARE(pl.kind, PlacementKind::PaidJob);
        QCOMPARE(pl.contract, std::optional<ContractType>(ContractType::Temporary));
        QCOMPARE(pl.carvedTasks, std::string("Pakke brød, vaske brett"));
        QCOMPARE(pl.startOn, OptDate(day("2026-03-09")));
        QCOMPARE(pl.trialEndOn, OptDate(day("2026-09-08")));
        QCOMPARE(pl.contractEndOn, OptDate(day("2027-03-08")));
        QVERIFY(!pl.endedOn);

        FN_REQUIRE(
            const auto positions, core::StoreInternals::select<PositionChange>(*store, "placement_id = ?", { id }));
        QCOMPARE(positions.size(), std::size_t(1));
        QCOMPARE(positions[0].percent, 40);
        QCOMPARE(positions[0].fromOn, OptDate(day("2026-03-09")));
        FN_REQUIRE(
            const auto measures, core::StoreInternals::select<SupportMeasure>(*store, "placement_id = ?", { id }));
        QCOMPARE(measures.size(), std::size_t(1));
        QCOMPARE(measures[0].percent, std::optional<int>(40));
        QCOMPARE(measures[0].fromOn, OptDate(day("2026-03-09"))); // the start, when not given
        QCOMPARE(measures[0].reviewOn, OptDate(day("2026-09-01")));

        // Fidelity item 17, proposed at once: a week before, three days after, weekly in the first
        // month, monthly in the first year - all 16 slots, each on a weekday inside its window.
        FN_REQUIRE(const auto meetings,
            core::StoreInternals::select<FollowUpMeeting>(*store, "placement_id = ?", { id }, "slot"));
        QCOMPARE(meetings.size(), std::size_t(followUpSlotCount));
        for (const FollowUpMeeting& m : meetings) {
            const auto slot = followUpSlot(day("2026-03-09"), m.slot);
            QVERIFY(slot);
            QVERIFY(m.proposedOn && *m.proposedOn >= slot->windowFrom && *m.proposedOn <= slot->windowTo);
        }
        QCOMPARE(meetings[0].proposedOn, OptDate(day("2026-03-02"))); // the week before: from today
        QCOMPARE(meetings[1].proposedOn, OptDate(day("2026-03-09"))); // within three days after

        // Everything is waiting to be sent: the writes went through change tracking.
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pendingCount());
        QVERIFY(pending >= 2 + 1 + 1 + followUpSlotCount);
    }

    void aJobRecordedLateGetsOnlyTheSlotsStillAhead()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.startOn = day("2026-02-02"); // four weeks ago: slots 0-4 are over
        s.measures.clear();
        FN_REQUIRE(const Id id, startPlacement(*store, lead, s));
        FN_REQUIRE(const auto meetings,
            core::StoreInternals::select<FollowUpMeeting>(*store, "placement_id = ?", { id }, "slot"));
        QCOMPARE(meetings.size(), std::size_t(11));
        QCOMPARE(meetings[0].slot, 5);
    }

    void aJobTastingHasNoSchedule()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.kind = PlacementKind::JobTasting;
        s.contract.reset();
        s.trialEndOn.reset();
        s.contractEndOn.reset();
        s.measures.clear();
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));
        FN_REQUIRE(const auto n, countOf(*store, "follow_up_meetings"));
        QCOMPARE(n, std::int64_t(0));
        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        QCOMPARE(pl.kind, PlacementKind::JobTasting);
    }

    void startRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("position 0 %") << "percent 0" << Refusal::PositionOutOfRange << "percent";
        QTest::newRow("position 101 %") << "percent 101" << Refusal::PositionOutOfRange << "percent";
        QTest::newRow("paid job without contract") << "no contract" << Refusal::ContractMissing << "contract";
        QTest::newRow("trial with a contract") << "trial with contract" << Refusal::ContractMissing << "contract";
        QTest::newRow("trial ends before start") << "trial end" << Refusal::DateBeforeStart << "trial_end_on";
        QTest::newRow("contract ends before start") << "contract end" << Refusal::DateBeforeStart << "contract_end_on";
        QTest::newRow("subsidy 120 %") << "subsidy percent" << Refusal::SubsidyOutOfRange << "percent";
        QTest::newRow("subsidy ends before it starts") << "subsidy end" << Refusal::DateBeforeStart << "to_on";
        QTest::newRow("ID number in tasks") << "tasks id" << Refusal::NationalIdNumber << "carved_tasks";
        QTest::newRow("unknown employer") << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("another employer's workplace")
            << "workplace" << Refusal::WorkplaceNotAtEmployer << "workplace_id";
        QTest::newRow("unknown participant") << "participant" << Refusal::NotFound << "participant_id";
        QTest::newRow("discharged participant") << "discharged" << Refusal::ParticipantDischarged << "participant_id";
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void startRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        Actor actor = specialist;
        if (change == "percent 0")
            s.percent = 0;
        else if (change == "percent 101")
            s.percent = 101;
        else if (change == "no contract")
            s.contract.reset();
        else if (change == "trial with contract")
            s.kind = PlacementKind::WorkTrial;
        else if (change == "trial end")
            s.trialEndOn = day("2026-03-08");
        else if (change == "contract end")
            s.contractEndOn = day("2026-03-01");
        else if (change == "subsidy percent")
            s.measures[0].percent = 120;
        else if (change == "subsidy end")
            s.measures[0].toOn = day("2026-03-08");
        else if (change == "tasks id")
            s.tasks = "Pakke brød for 010190 12345";
        else if (change == "employer")
            s.employerId = "no-such-employer";
        else if (change == "workplace")
            s.workplaceId = w.otherWorkplace;
        else if (change == "participant")
            s.participantId = "no-such-participant";
        else if (change == "discharged")
            QVERIFY(dischargeParticipant(*store, specialist, w.participant, DischargeReason::Other, day("2026-03-01")));
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentor;
        else if (change == "unpaired")
            actor = Actor {};

        const auto r = startPlacement(*store, actor, s);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        for (const char* table : { "placements", "position_changes", "support_measures", "follow_up_meetings" }) {
            FN_REQUIRE(const auto n, countOf(*store, table));
            QCOMPARE(n, std::int64_t(0));
        }
    }

    void endingAJobKeepsTheReasonAndWhatWasLearnt()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.startOn = day("2026-02-02");
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));
        const auto done = endPlacement(*store, specialist, id,
            PlacementEnd {
                day("2026-03-01"), " Kontrakten ble avsluttet ", "Trives med faste rutiner tidlig på dagen" });
        QVERIFY2(done, done ? "" : done.error().error.message.c_str());
        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        QCOMPARE(pl.endedOn, OptDate(day("2026-03-01")));
        QCOMPARE(pl.endReason,
            std::string("Kontrakten ble avsluttet\n") + std::string(learntLabel)
                + "Trives med faste rutiner tidlig på dagen");

        // The schedule ends with the job: no slot after the end is due any more.
        FN_REQUIRE(const FollowUpTrack track, followUpStatus(*store, id, day("2026-03-02")));
        QCOMPARE(track.endsOn, OptDate(day("2026-03-01")));
        for (const SlotStatus& st : track.slotStatus)
            if (st.slot.windowTo > day("2026-03-01"))
                QCOMPARE(st.state, SlotState::Dropped);

        // The participant can start the next job: a job loss is a step, not the end.
        PlacementStart next = job(w);
        FN_REQUIRE(const Id nextId, startPlacement(*store, specialist, next));
        QVERIFY(nextId != id);
    }

    void endRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("no reason") << "reason" << Refusal::EndReasonMissing;
        QTest::newRow("ID number in what was learnt") << "learnt" << Refusal::NationalIdNumber;
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::EndInFuture;
        QTest::newRow("before the start") << "before" << Refusal::EndBeforeStart;
        QTest::newRow("twice") << "twice" << Refusal::AlreadyEnded;
        QTest::newRow("unknown placement") << "unknown" << Refusal::PlacementNotFound;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
    }

    void endRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.startOn = day("2026-02-02");
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));
        Id target = id;
        Actor actor = specialist;
        PlacementEnd end { day("2026-02-27"), "Sluttet selv", "" };
        if (change == "reason")
            end.reason = "  ";
        else if (change == "learnt")
            end.learnt = "Se 01019012345";
        else if (change == "tomorrow")
            end.endedOn = day("2026-03-03");
        else if (change == "before")
            end.endedOn = day("2026-02-01");
        else if (change == "twice")
            QVERIFY(endPlacement(*store, specialist, id, PlacementEnd { day("2026-02-20"), "Første slutt", "" }));
        else if (change == "unknown")
            target = "no-such-placement";
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentor;

        const auto r = endPlacement(*store, actor, target, end);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QVERIFY(r.error().error.message.find("01019012345") == std::string::npos);
        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        if (change == "twice") {
            QCOMPARE(pl.endedOn, OptDate(day("2026-02-20")));
            QCOMPARE(pl.endReason, std::string("Første slutt"));
        } else {
            QVERIFY(!pl.endedOn);
            QVERIFY(pl.endReason.empty());
        }
    }

    // A job that grows: 40 % from the start, 60 % from April, and a change agreed now for next
    // month recorded now (a day ahead counts from its day, as a start ahead does). The trial ends
    // in a permanent contract; the tasks grow with it.
    void aPlacementChangesOverTimeAndKeepsItsPositionHistory()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.kind = PlacementKind::WorkTrial;
        s.contract.reset();
        s.contractEndOn.reset();
        s.startOn = day("2026-02-02");
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));

        PlacementChange more;
        more.position = PlacementChange::Position { 60, day("2026-03-01") };
        auto done = changePlacement(*store, specialist, id, more);
        QVERIFY2(done, done ? "" : done.error().error.message.c_str());
        PlacementChange permanent;
        permanent.position = PlacementChange::Position { 80, day("2026-04-01") }; // agreed for next month
        permanent.contract = ContractType::Permanent;
        permanent.tasks = "  Pakke brød, vaske brett, kassa  ";
        permanent.accommodations = "Fast arbeidsplass ved vinduet";
        done = changePlacement(*store, lead, id, permanent);
        QVERIFY2(done, done ? "" : done.error().error.message.c_str());

        FN_REQUIRE(const auto history, positionHistory(*store, id));
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[0].percent, 40);
        QCOMPARE(history[0].fromOn, OptDate(day("2026-02-02")));
        QCOMPARE(history[1].percent, 60);
        QCOMPARE(history[1].fromOn, OptDate(day("2026-03-01")));
        QCOMPARE(history[2].percent, 80);
        QCOMPARE(history[2].participantId, w.participant);
        // In force today (2 March) is 60 %; 80 % from its day on.
        QCOMPARE(positionOn(history, day("2026-03-02")), std::optional<int>(60));
        QCOMPARE(positionOn(history, day("2026-04-01")), std::optional<int>(80));
        QCOMPARE(positionOn(history, day("2026-01-01")), std::optional<int>(40));

        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        QCOMPARE(pl.kind, PlacementKind::PaidJob); // the trial led to a job
        QCOMPARE(pl.contract, std::optional<ContractType>(ContractType::Permanent));
        QVERIFY(!pl.contractEndOn);
        QCOMPARE(pl.trialEndOn, OptDate(day("2026-09-08"))); // not named in the change: as it was
        QCOMPARE(pl.carvedTasks, std::string("Pakke brød, vaske brett, kassa"));
        QCOMPARE(pl.accommodations, std::string("Fast arbeidsplass ved vinduet"));
        QCOMPARE(pl.startOn, OptDate(day("2026-02-02")));

        // A temporary contract extended: only the end moves.
        PlacementChange temporary;
        temporary.contract = ContractType::Temporary;
        temporary.contractEndOn = day("2027-06-30");
        temporary.trialEndOn = day("2026-08-01");
        QVERIFY(changePlacement(*store, specialist, id, temporary));
        FN_REQUIRE(const Placement again, store->get<Placement>(id));
        QCOMPARE(again.contract, std::optional<ContractType>(ContractType::Temporary));
        QCOMPARE(again.contractEndOn, OptDate(day("2027-06-30")));
        QCOMPARE(again.trialEndOn, OptDate(day("2026-08-01")));
        QCOMPARE(again.carvedTasks, std::string("Pakke brød, vaske brett, kassa"));
    }

    void changeRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("nothing named") << "nothing" << Refusal::PlacementUnchanged << "";
        QTest::newRow("position 0 %") << "percent 0" << Refusal::PositionOutOfRange << "percent";
        QTest::newRow("position 101 %") << "percent 101" << Refusal::PositionOutOfRange << "percent";
        QTest::newRow("position before the start")
            << "position before start" << Refusal::PositionChangeBeforeStart << "from_on";
        QTest::newRow("position on the start day")
            << "position on start" << Refusal::PositionChangeNotAfterLast << "from_on";
        QTest::newRow("position before the last change")
            << "position before last" << Refusal::PositionChangeNotAfterLast << "from_on";
        QTest::newRow("same position %") << "same percent" << Refusal::PositionUnchanged << "percent";
        QTest::newRow("trial ends before start") << "trial end" << Refusal::DateBeforeStart << "trial_end_on";
        QTest::newRow("contract ends before start") << "contract end" << Refusal::DateBeforeStart << "contract_end_on";
        QTest::newRow("permanent with an end")
            << "permanent end" << Refusal::ContractEndOnPermanent << "contract_end_on";
        QTest::newRow("end on a permanent contract")
            << "end on permanent" << Refusal::ContractEndOnPermanent << "contract_end_on";
        QTest::newRow("a tasting given a contract") << "tasting" << Refusal::TastingHasNoContract << "contract";
        QTest::newRow("ID number in tasks") << "tasks id" << Refusal::NationalIdNumber << "carved_tasks";
        QTest::newRow("ID number in accommodations")
            << "accommodations id" << Refusal::NationalIdNumber << "accommodations";
        QTest::newRow("ended placement") << "ended" << Refusal::AlreadyEnded << "ended_on";
        QTest::newRow("discharged participant") << "discharged" << Refusal::PlacementOfDischarged << "participant_id";
        QTest::newRow("unknown placement") << "unknown" << Refusal::PlacementNotFound << "";
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void changeRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.startOn = day("2026-02-02");
        if (change == "end on permanent") {
            s.contract = ContractType::Permanent;
            s.contractEndOn.reset();
        } else if (change == "tasting") {
            s.kind = PlacementKind::JobTasting;
            s.contract.reset();
        }
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));
        PlacementChange second;
        second.position = PlacementChange::Position { 60, day("2026-02-16") };
        QVERIFY(changePlacement(*store, specialist, id, second));

        Id target = id;
        Actor actor = specialist;
        PlacementChange c;
        c.position = PlacementChange::Position { 80, day("2026-04-01") };
        if (change == "percent 0")
            c.position->percent = 0;
        else if (change == "percent 101")
            c.position->percent = 101;
        else if (change == "position before start")
            c.position->fromOn = day("2026-02-01");
        else if (change == "position on start")
            c.position->fromOn = day("2026-02-02");
        else if (change == "position before last")
            c.position->fromOn = day("2026-02-10");
        else if (change == "same percent")
            c.position->percent = 60;
        else if (change == "trial end")
            c.trialEndOn = day("2026-02-01");
        else if (change == "contract end")
            c.contractEndOn = day("2026-01-31");
        else if (change == "permanent end") {
            c.contract = ContractType::Permanent;
            c.contractEndOn = day("2027-01-31");
        } else if (change == "end on permanent")
            c.contractEndOn = day("2027-01-31");
        else if (change == "tasting")
            c.contract = ContractType::Permanent;
        else if (change == "tasks id")
            c.tasks = "Pakke brød for 010190 12345";
        else if (change == "accommodations id")
            c.accommodations = "Se 01019012345";
        else if (change == "ended")
            QVERIFY(endPlacement(*store, specialist, id, PlacementEnd { day("2026-02-27"), "Sluttet selv", "" }));
        else if (change == "discharged")
            QVERIFY(dischargeParticipant(*store, specialist, w.participant, DischargeReason::Other, day("2026-03-01")));
        else if (change == "unknown")
            target = "no-such-placement";
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentor;
        else if (change == "unpaired")
            actor = test::actors::unpaired;
        if (change != "tasks id" && change != "accommodations id")
            c.tasks = "Kassa"; // written only if the whole change is
        if (change == "nothing")
            c = PlacementChange {};

        const auto r = changePlacement(*store, actor, target, c);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        // Nothing of the change was written: the history has the start and the first change, the
        // placement its start's tasks.
        FN_REQUIRE(const auto history, positionHistory(*store, id));
        QCOMPARE(history.size(), std::size_t(2));
        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        QCOMPARE(pl.carvedTasks, std::string("Pakke brød, vaske brett"));
        QCOMPARE(pl.kind, s.kind);
        QCOMPARE(pl.contract, s.contract);
    }

    void aLeadEndsAnyonesPlacement()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.startOn = day("2026-02-02");
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));
        QVERIFY(endPlacement(*store, lead, id, PlacementEnd { day("2026-03-02"), "Gikk over til utdanning", "" }));
        FN_REQUIRE(const Placement pl, store->get<Placement>(id));
        QCOMPARE(pl.endedOn, OptDate(day("2026-03-02")));
    }

    // A change entered with the wrong day (or %) is corrected in place: the history keeps its order
    // and its rules (not before the start, after the change before it).
    void aMisdatedPositionChangeIsCorrected()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        PlacementStart s = job(w);
        s.startOn = day("2026-02-02");
        FN_REQUIRE(const Id id, startPlacement(*store, specialist, s));
        auto corrected = correctPositionChange(*store, specialist, id, PositionCorrection { day("2026-02-10"), {} });
        QVERIFY(!corrected);
        QCOMPARE(corrected.error().refusal, Refusal::NoPositionChangeToCorrect);

        PlacementChange more;
        more.position = PlacementChange::Position { 60, day("2026-02-16") };
        FN_VERIFY_OK(changePlacement(*store, specialist, id, more));
        more.position = PlacementChange::Position { 80, day("2026-03-16") }; // meant 2026-03-09
        FN_VERIFY_OK(changePlacement(*store, specialist, id, more));

        FN_VERIFY_OK(correctPositionChange(*store, specialist, id, PositionCorrection { day("2026-03-09"), {} }));
        FN_VERIFY_OK(correctPositionChange(*store, lead, id, PositionCorrection { {}, 70 }));
        FN_REQUIRE(const auto history, positionHistory(*store, id));
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history[1].fromOn, OptDate(day("2026-02-16")));
        QCOMPARE(history[1].percent, 60);
        QCOMPARE(history[2].fromOn, OptDate(day("2026-03-09")));
        QCOMPARE(history[2].percent, 70);

        const std::pair<PositionCorrection, Refusal> refused[] = {
            { PositionCorrection {}, Refusal::PlacementUnchanged },
            { PositionCorrection { day("2026-02-16"), {} }, Refusal::PositionChangeNotAfterLast },
            { PositionCorrection { day("2026-02-01"), {} }, Refusal::PositionChangeBeforeStart },
            { PositionCorrection { {}, 60 }, Refusal::PositionUnchanged },
            { PositionCorrection { {}, 101 }, Refusal::PositionOutOfRange },
        };
        for (const auto& [c, refusal] : refused) {
            auto r = correctPositionChange(*store, specialist, id, c);
            QVERIFY(!r);
            QCOMPARE(r.error().refusal, refusal);
        }
        auto other = correctPositionChange(*store, otherSpecialist, id, PositionCorrection { {}, 90 });
        QVERIFY(!other);
        QCOMPARE(other.error().refusal, Refusal::NotAllowed);
        auto byMentor = correctPositionChange(*store, mentor, id, PositionCorrection { {}, 90 });
        QVERIFY(!byMentor);
        QCOMPARE(byMentor.error().refusal, Refusal::NotAllowed);
        FN_REQUIRE(const auto after, positionHistory(*store, id));
        QCOMPARE(after[2].fromOn, OptDate(day("2026-03-09")));
        QCOMPARE(after[2].percent, 70);
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
