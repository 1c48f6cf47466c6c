// A participant handed over to another specialist: by a team lead (on their tablet, or with
// fieldnotes-cli handover) or by the office. One rule in core for the app and both command lines.
// The store's clock stands at 2026-03-02 (testsupport.h). Invented people only.
#include "handover.h"
#include "replica.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::day;

// The team as a lead's tablet holds it (staff ids are UUIDs), and a participant Anna follows.
struct Team {
    Id participant;
    Id anna, bo, lena;
    Id mentorStaff;
    Id removed;
    Actor specialist() const { return { anna, StaffRole::Specialist }; }
    Actor otherSpecialist() const { return { bo, StaffRole::Specialist }; }
    Actor lead() const { return { lena, StaffRole::Lead }; }
    Actor mentor() const { return { mentorStaff, StaffRole::Mentor }; }
};

Result<Team> team(Store& store)
{
    Team t;
    FN_TRY_ASSIGN(t.anna, store.create(Staff { {}, "Anna Prøvesen", StaffRole::Specialist }));
    FN_TRY_ASSIGN(t.bo, store.create(Staff { {}, "Bo Eksempel", StaffRole::Specialist }));
    FN_TRY_ASSIGN(t.lena, store.create(Staff { {}, "Lena Leder", StaffRole::Lead }));
    FN_TRY_ASSIGN(t.mentorStaff, store.create(Staff { {}, "Mats Mentor", StaffRole::Mentor }));
    FN_TRY_ASSIGN(t.removed, store.create(Staff { {}, "Sluttet Ansatt", StaffRole::Specialist }));
    FN_TRY(store.remove("staff", t.removed));
    Participant p;
    p.displayName = "Tiril Prøvesen";
    p.referralOn = day("2026-01-05");
    p.status = ParticipantStatus::JobSearch;
    p.specialistId = t.anna;
    FN_TRY_ASSIGN(t.participant, store.create(p));
    return t;
}

} // namespace

class TestHandover : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void handedOver_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("by");
        QTest::newRow("a lead to a specialist") << "bo"
                                                << "lead";
        QTest::newRow("a lead to a lead") << "lena"
                                          << "lead";
        QTest::newRow("the office to a specialist") << "bo"
                                                    << "office";
    }

    // The new specialist follows the participant from the hand-over's day, through change tracking
    // (two edits waiting to be sent: participants.specialist_id and followed_since).
    void handedOver()
    {
        QFETCH(QString, to);
        QFETCH(QString, by);
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        Replica replica(*store);
        FN_REQUIRE(const auto before, replica.pendingCount());
        const Id receiver = to == "bo" ? t.bo : t.lena;
        const auto done = by == "office"
            ? handOverParticipantAtOffice(*store, t.participant, receiver, day("2026-02-27"))
            : handOverParticipant(*store, t.lead(), t.participant, receiver, day("2026-02-27"));
        FN_VERIFY_OK(done);
        FN_REQUIRE(const Participant p, store->get<Participant>(t.participant));
        QCOMPARE(p.specialistId, OptId(receiver));
        QCOMPARE(p.followedSince, OptDate(day("2026-02-27"))); // the day given, not the day it was entered
        FN_REQUIRE(const auto after, replica.pendingCount());
        QCOMPARE(after, before + 2);
        FN_REQUIRE(
            auto st, core::StoreInternals::db(*store).prepare("SELECT col FROM outbox ORDER BY seq DESC LIMIT 2"));
        std::set<std::string> columns;
        while (*st->step())
            columns.insert(st->text(0));
        st->reset();
        QCOMPARE(columns, (std::set<std::string> { "specialist_id", "followed_since" }));
    }

    // The team list a lead picks from: specialists and leads, by name, without the current
    // specialist, a mentor or someone removed from the staff list.
    void candidatesAreTheTeamButTheCurrentSpecialist()
    {
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        FN_REQUIRE(const auto candidates, handOverCandidates(*store, t.participant));
        QCOMPARE(candidates.size(), std::size_t(2));
        QCOMPARE(candidates[0].id, t.bo);
        QCOMPARE(candidates[1].id, t.lena);
        FN_VERIFY_OK(handOverParticipant(*store, t.lead(), t.participant, t.bo, day("2026-03-02")));
        FN_REQUIRE(const auto after, handOverCandidates(*store, t.participant));
        QCOMPARE(after.size(), std::size_t(2));
        QCOMPARE(after[0].id, t.anna);
        QCOMPARE(after[1].id, t.lena);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("code");
        QTest::newRow("by the specialist themself")
            << "by specialist" << Refusal::NotAllowed << "" << int(ErrorCode::Unauthorized);
        QTest::newRow("by a colleague") << "by other" << Refusal::NotAllowed << "" << int(ErrorCode::Unauthorized);
        QTest::newRow("by a mentor's device")
            << "by mentor" << Refusal::NotAllowed << "" << int(ErrorCode::Unauthorized);
        QTest::newRow("by an unpaired device")
            << "by unpaired" << Refusal::NoIdentity << "" << int(ErrorCode::Unauthorized);
        QTest::newRow("an unknown participant")
            << "participant" << Refusal::NotFound << "participant_id" << int(ErrorCode::NotFound);
        QTest::newRow("to no one on the staff list")
            << "unknown staff" << Refusal::StaffNotFound << "specialist_id" << int(ErrorCode::NotFound);
        QTest::newRow("to someone removed from the staff list")
            << "removed staff" << Refusal::StaffNotFound << "specialist_id" << int(ErrorCode::NotFound);
        QTest::newRow("to a mentor") << "to mentor" << Refusal::ReceiverNotSpecialist << "specialist_id"
                                     << int(ErrorCode::InvalidArgument);
        QTest::newRow("to the current specialist")
            << "same" << Refusal::SameSpecialist << "specialist_id" << int(ErrorCode::InvalidArgument);
        QTest::newRow("a discharged participant")
            << "discharged" << Refusal::ParticipantDischarged << "status" << int(ErrorCode::InvalidArgument);
        QTest::newRow("tomorrow") << "future" << Refusal::HandOverInFuture << "specialist_id"
                                  << int(ErrorCode::InvalidArgument);
        QTest::newRow("the office, to a mentor") << "office to mentor" << Refusal::ReceiverNotSpecialist
                                                 << "specialist_id" << int(ErrorCode::InvalidArgument);
        QTest::newRow("the office, a discharged participant")
            << "office discharged" << Refusal::ParticipantDischarged << "status" << int(ErrorCode::InvalidArgument);
    }

    // Each refusal says why, with the error code programs act on, and changes nothing.
    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        QFETCH(int, code);
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        Actor actor = t.lead();
        Id participant = t.participant;
        Id to = t.bo;
        Date on = day("2026-03-02");
        bool office = change.startsWith("office");
        if (change == "by specialist")
            actor = t.specialist();
        else if (change == "by other")
            actor = t.otherSpecialist();
        else if (change == "by mentor")
            actor = t.mentor();
        else if (change == "by unpaired")
            actor = test::actors::unpaired;
        else if (change == "participant")
            participant = "00000000-0000-4000-8000-00000000dead";
        else if (change == "unknown staff")
            to = "00000000-0000-4000-8000-00000000beef";
        else if (change == "removed staff")
            to = t.removed;
        else if (change == "to mentor" || change == "office to mentor")
            to = t.mentorStaff;
        else if (change == "same")
            to = t.anna;
        else if (change == "future")
            on = day("2026-03-03");
        if (change.endsWith("discharged")) {
            FN_REQUIRE(Participant p, store->get<Participant>(t.participant));
            p.status = ParticipantStatus::Discharged;
            p.dischargeReason = DischargeReason::Work;
            p.dischargedOn = day("2026-03-01");
            FN_VERIFY_OK(store->update(p));
        }
        Replica replica(*store);
        FN_REQUIRE(const auto before, replica.pendingCount());

        const auto done = office ? handOverParticipantAtOffice(*store, participant, to, on)
                                 : handOverParticipant(*store, actor, participant, to, on);
        QVERIFY(!done);
        QCOMPARE(done.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(done.error().field), column);
        QCOMPARE(int(done.error().error.code), code);
        QVERIFY(!done.error().error.message.empty());

        FN_REQUIRE(const Participant p, store->get<Participant>(t.participant));
        QCOMPARE(p.specialistId, OptId(t.anna));
        FN_REQUIRE(const auto after, replica.pendingCount());
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
