// Agreed actions and reminders marked done or cancelled, planned follow-up meetings moved or
// cancelled: one rule in core for the app and the command line, seen where it matters - the
// attention list empties as work gets done. The store's clock stands at 2026-03-02, a Monday
// (testsupport.h). Invented people and employers only.
#include "actions.h"
#include "attention.h"
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

using test::day;
using test::actors::lead;
using test::actors::mentor;
using test::actors::otherSpecialist;
using test::actors::specialist;
using test::actors::unpaired;

// A participant followed by `specialist` with an agreed action due yesterday, a reminder due today,
// and a job starting next Monday whose first meetings are planned.
struct World {
    Id participant;
    Id action;
    Id reminder;
    Id placement;
    Id meetingBefore; // slot 0: window 2026-03-02 .. 03-08, planned for today
    Id meetingAfter; // slot 1: window 2026-03-09 .. 03-12
};

Result<World> world(Store& store)
{
    FN_TRY(store.setStaffId(specialist.staffId));
    World w;
    Intake in;
    in.displayName = "Tiril Prøvesen";
    in.referralOn = day("2026-01-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    w.participant = *taken;
    AgreedAction a;
    a.participantId = w.participant;
    a.text = "Ringe arbeidsgiver om arbeidstid";
    a.dueOn = day("2026-03-01");
    FN_TRY_ASSIGN(w.action, store.create(a));
    FN_TRY_ASSIGN(w.reminder,
        store.create(Reminder { {}, w.participant, specialist.staffId, day("2026-03-02"), "Sende CV", {} }));
    Employer e;
    e.name = "Bakeriet på hjørnet";
    FN_TRY_ASSIGN(const Id employer, store.create(e));
    PlacementStart s;
    s.participantId = w.participant;
    s.employerId = employer;
    s.kind = PlacementKind::WorkTrial;
    s.startOn = day("2026-03-09");
    s.percent = 50;
    auto started = startPlacement(store, specialist, s);
    if (!started)
        return fail(started.error().error);
    w.placement = *started;
    FN_TRY_ASSIGN(const auto meetings,
        core::StoreInternals::select<FollowUpMeeting>(store, "placement_id = ?", { w.placement }, "slot"));
    w.meetingBefore = meetings.at(0).id;
    w.meetingAfter = meetings.at(1).id;
    return w;
}

// The attention items about `subject`, as of the store's today.
std::vector<Attention> itemsAbout(Store& store, const Id& subject)
{
    std::vector<Attention> out;
    auto all = attention(store, store.today());
    if (all)
        for (const Attention& a : *all)
            if (a.subjectId == subject)
                out.push_back(a);
    return out;
}

std::string textIn(const FieldValues& fields, std::string_view column)
{
    for (const auto& [name, value] : fields)
        if (name == column && std::holds_alternative<std::string>(value))
            return std::get<std::string>(value);
    return {};
}

Result<std::int64_t> pending(Store& store)
{
    Replica replica(store);
    return replica.pendingCount();
}

} // namespace

class TestActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void doneLeavesTheAttentionListAndSaysByWhomAndWhen_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<bool>("cancel");
        QTest::newRow("agreed action done") << "action" << false;
        QTest::newRow("agreed action cancelled") << "action" << true;
        QTest::newRow("reminder done") << "reminder" << false;
        QTest::newRow("reminder cancelled") << "reminder" << true;
    }

    void doneLeavesTheAttentionListAndSaysByWhomAndWhen()
    {
        QFETCH(QString, item);
        QFETCH(bool, cancel);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        const Id id = item == "action" ? w.action : w.reminder;
        QCOMPARE(itemsAbout(*store, id).size(), std::size_t(1));
        FN_REQUIRE(const auto before, pending(*store));

        const auto r = cancel ? cancelAction(*store, specialist, id, "  Avtalt på nytt i møtet  ")
                              : markActionDone(*store, specialist, id);
        QVERIFY2(r, r ? "" : r.error().error.message.c_str());

        QVERIFY(itemsAbout(*store, id).empty());
        FN_REQUIRE(const ActionClosing closing, actionClosing(*store, id));
        QCOMPARE(closing.as, cancel ? ClosedAs::Cancelled : ClosedAs::Done);
        QCOMPARE(closing.on, OptDate(day("2026-03-02")));
        QCOMPARE(closing.by.staffId, specialist.staffId);
        QVERIFY(closing.by.thisDevice);
        FN_REQUIRE(const auto after, pending(*store));
        QVERIFY(after > before); // through change tracking: on its way to the office
        if (cancel) {
            FN_REQUIRE(const auto fields,
                store->readFields(*findTable(item == "action" ? "agreed_actions" : "reminders"), id, true));
            QVERIFY(fields);
            const auto text = textIn(*fields, "text");
            QVERIFY(text.ends_with("\nAvlyst: Avtalt på nytt i møtet"));
        }
    }

    void aLeadClosesAnyonesAction()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        QVERIFY(markActionDone(*store, lead, w.action));
        QVERIFY(cancelMeeting(*store, lead, w.meetingBefore, "Syk"));
        QVERIFY(itemsAbout(*store, w.action).empty());
    }

    void actionRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("unknown id") << "unknown" << Refusal::ActionNotFound;
        QTest::newRow("done twice") << "done twice" << Refusal::AlreadyDone;
        QTest::newRow("cancelled, then done") << "cancelled" << Refusal::AlreadyCancelled;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity;
        QTest::newRow("someone else's own reminder") << "reminder of another" << Refusal::NotAllowed;
        QTest::newRow("ID number in the reason") << "id number" << Refusal::NationalIdNumber;
    }

    void actionRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        Id target = w.action;
        Actor actor = specialist;
        bool cancel = false;
        std::string reason;
        if (change == "unknown")
            target = "no-such-action";
        else if (change == "done twice")
            QVERIFY(markActionDone(*store, specialist, w.action));
        else if (change == "cancelled")
            QVERIFY(cancelAction(*store, specialist, w.action));
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentor;
        else if (change == "unpaired")
            actor = unpaired;
        else if (change == "reminder of another") {
            FN_REQUIRE(target, store->create(Reminder { {}, {}, "staff-bo", day("2026-03-02"), "Timeliste", {} }));
        } else if (change == "id number") {
            cancel = true;
            reason = "Se 01019012345";
        }
        FN_REQUIRE(const auto before, pending(*store));

        const auto r = cancel ? cancelAction(*store, actor, target, reason) : markActionDone(*store, actor, target);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("01019012345") == std::string::npos);
        FN_REQUIRE(const auto after, pending(*store));
        QCOMPARE(after, before); // nothing written
    }

    void aMovedMeetingShowsAtItsNewDate()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        auto items = itemsAbout(*store, w.meetingBefore);
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].kind, AttentionKind::FollowUpMeetingDue);
        QCOMPARE(items[0].due, day("2026-03-02"));

        QVERIFY(moveMeeting(*store, specialist, w.meetingBefore, day("2026-03-04")));
        FN_REQUIRE(const FollowUpMeeting m, store->get<FollowUpMeeting>(w.meetingBefore));
        QCOMPARE(m.proposedOn, OptDate(day("2026-03-04")));
        items = itemsAbout(*store, w.meetingBefore);
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].due, day("2026-03-04"));

        // Moved into the last days of its window, three days ahead: not due yet.
        QVERIFY(moveMeeting(*store, specialist, w.meetingBefore, day("2026-03-08")));
        QVERIFY(itemsAbout(*store, w.meetingBefore).empty());
    }

    void aCancelledMeetingLeavesTheListAndIsNotProposedAgain()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        QCOMPARE(itemsAbout(*store, w.meetingBefore).size(), std::size_t(1));
        QVERIFY(cancelMeeting(*store, specialist, w.meetingBefore, "  Arbeidsgiver ba om å vente  "));
        QVERIFY(itemsAbout(*store, w.meetingBefore).empty());
        FN_REQUIRE(const auto fields, store->readFields(*findTable("follow_up_meetings"), w.meetingBefore, true));
        QVERIFY(fields);
        QCOMPARE(textIn(*fields, "note"), std::string("Arbeidsgiver ba om å vente"));
        FN_REQUIRE(const auto proposed, proposeFollowUp(*store, w.placement, store->today()));
        QVERIFY(proposed.empty());
    }

    void meetingRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("move: unknown id") << "move unknown" << Refusal::MeetingNotFound;
        QTest::newRow("move: yesterday") << "move past" << Refusal::MoveInPast;
        QTest::newRow("move: after the window") << "move after" << Refusal::MoveAfterWindow;
        QTest::newRow("move: kept by a visit") << "move kept" << Refusal::MeetingKept;
        QTest::newRow("move: cancelled") << "move cancelled" << Refusal::AlreadyCancelled;
        QTest::newRow("move: schedule ended") << "move ended" << Refusal::ScheduleEnded;
        QTest::newRow("move: another specialist") << "move other" << Refusal::NotAllowed;
        QTest::newRow("move: a mentor") << "move mentor" << Refusal::NotAllowed;
        QTest::newRow("cancel: no reason") << "cancel blank" << Refusal::CancelReasonMissing;
        QTest::newRow("cancel: ID number") << "cancel id number" << Refusal::NationalIdNumber;
        QTest::newRow("cancel: unknown id") << "cancel unknown" << Refusal::MeetingNotFound;
        QTest::newRow("cancel: twice") << "cancel cancelled" << Refusal::AlreadyCancelled;
        QTest::newRow("cancel: kept by a visit") << "cancel kept" << Refusal::MeetingKept;
        QTest::newRow("cancel: another specialist") << "cancel other" << Refusal::NotAllowed;
        QTest::newRow("cancel: an unpaired device") << "cancel unpaired" << Refusal::NoIdentity;
    }

    void meetingRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        Id target = w.meetingBefore;
        Actor actor = specialist;
        Date to = day("2026-03-05");
        std::string reason = "Syk";
        if (change.endsWith("unknown"))
            target = "no-such-meeting";
        else if (change == "move past")
            to = day("2026-03-01");
        else if (change == "move after")
            to = day("2026-03-09");
        else if (change.endsWith("kept")) {
            Visit v;
            v.participantId = w.participant;
            v.authorId = specialist.staffId;
            v.contactType = ContactType::ThreeWayMeeting;
            v.occurredOn = day("2026-03-02");
            FN_REQUIRE(const Id visit, store->append(v));
            Q_UNUSED(visit);
        } else if (change.endsWith("cancelled"))
            QVERIFY(cancelMeeting(*store, specialist, w.meetingBefore, "Første avlysning"));
        else if (change == "move ended") {
            target = w.meetingAfter;
            FN_REQUIRE(const Placement pl, store->get<Placement>(w.placement));
            Placement ended = pl;
            ended.endedOn = day("2026-03-02"); // ended before it began: the slots after are dropped
            FN_VERIFY_OK(store->update(ended));
            to = day("2026-03-10");
        } else if (change.endsWith("other"))
            actor = otherSpecialist;
        else if (change.endsWith("mentor"))
            actor = mentor;
        else if (change.endsWith("unpaired"))
            actor = unpaired;
        else if (change == "cancel blank")
            reason = "   ";
        else if (change == "cancel id number")
            reason = "Se 01019012345";
        FN_REQUIRE(const auto before, pending(*store));

        const auto r = change.startsWith("move") ? moveMeeting(*store, actor, target, to)
                                                 : cancelMeeting(*store, actor, target, reason);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("01019012345") == std::string::npos);
        FN_REQUIRE(const auto after, pending(*store));
        QCOMPARE(after, before);
        if (!change.endsWith("cancelled") && !change.endsWith("unknown")) {
            FN_REQUIRE(const FollowUpMeeting m, store->get<FollowUpMeeting>(target));
            QVERIFY(m.note.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
