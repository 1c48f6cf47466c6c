// The natural-support log as a mentor writes it: only for a participant assigned to them today, in
// their own name, never in the future, with something said and no national ID numbers. One rule in
// core for the mentor's tablet (core/naturalsupport.h). The store's clock stands at 2026-03-02
// (testsupport.h). Invented people only.
#include "naturalsupport.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::countOf;
using test::day;

const Actor mentorUser { "staff-mona", StaffRole::Mentor };

struct World {
    Id participant;
    Id notAssigned;
    Id endedAssignment; // a participant whose assignment with the mentor ended last month
    Id mentor;
};

Result<World> world(Store& store)
{
    World w;
    Employer e;
    e.name = "Prøvebakeriet AS";
    FN_TRY_ASSIGN(const Id employer, store.create(e));
    FN_TRY_ASSIGN(w.mentor, store.create(Mentor { {}, employer, mentorUser.staffId, "Mona Fadder", "", "", "" }));
    Participant p;
    p.displayName = "Sara Testesen";
    FN_TRY_ASSIGN(w.participant, store.create(p));
    p.displayName = "Ola Annensen";
    FN_TRY_ASSIGN(w.notAssigned, store.create(p));
    p.displayName = "Per Tidligere";
    FN_TRY_ASSIGN(w.endedAssignment, store.create(p));
    FN_TRY(store.create(MentorAssignment { {}, w.participant, w.mentor, {}, day("2026-02-01"), {}, "", 14, {} }));
    FN_TRY(store.create(
        MentorAssignment { {}, w.endedAssignment, w.mentor, {}, day("2026-01-01"), day("2026-02-01"), "", 14, {} }));
    return w;
}

NaturalSupportLog entry(const World& w)
{
    NaturalSupportLog e;
    e.participantId = w.participant;
    e.occurredOn = day("2026-03-02");
    e.minutes = 20;
    e.kind = SupportKind::TaskTraining;
    e.situation = "  Lærte å stille inn deigmaskinen ";
    e.handledWell = "Spurte når hun var usikker";
    return e;
}

} // namespace

class TestNaturalSupport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void logsAnEntryForAnAssignedParticipant()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        const Id draftId = "5b0c2f8e-4a1d-4c8b-9f3e-2d7a6b1c0e94";
        FN_VERIFY_OK(store->saveDraft(Draft { draftId, "mentor_entry", w.participant, 1, "{}" }));
        NaturalSupportLog in = entry(w);
        in.draftId = draftId;
        FN_REQUIRE(const Id id, logNaturalSupport(*store, mentorUser, in));
        FN_REQUIRE(const NaturalSupportEntry e, store->get<NaturalSupportEntry>(id));
        QCOMPARE(e.participantId, w.participant);
        QCOMPARE(e.mentorId, OptId(w.mentor));
        QCOMPARE(e.authorId, mentorUser.staffId);
        QCOMPARE(e.situation, std::string("Lærte å stille inn deigmaskinen"));
        QCOMPARE(e.minutes, 20);
        FN_REQUIRE(const auto left, store->draft(draftId));
        QVERIFY(!left);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("not assigned") << "not assigned" << Refusal::NotAssignedMentor << "participant_id";
        QTest::newRow("assignment ended") << "ended" << Refusal::NotAssignedMentor << "participant_id";
        QTest::newRow("no such participant") << "unknown" << Refusal::NotAssignedMentor << "participant_id";
        QTest::newRow("the specialist") << "specialist" << Refusal::NotAssignedMentor << "participant_id";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
        QTest::newRow("tomorrow") << "future" << Refusal::SupportInFuture << "occurred_on";
        QTest::newRow("nothing said") << "empty" << Refusal::SupportTextMissing << "situation";
        QTest::newRow("negative minutes") << "minutes -1" << Refusal::MinutesOutOfRange << "minutes";
        QTest::newRow("more than a day") << "minutes 1441" << Refusal::MinutesOutOfRange << "minutes";
        QTest::newRow("ID number in what needs work") << "id" << Refusal::NationalIdNumber << "needs_work";
    }

    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const auto before, countOf(*store, "natural_support_entries"));
        NaturalSupportLog in = entry(w);
        Actor actor = mentorUser;
        if (change == "not assigned")
            in.participantId = w.notAssigned;
        else if (change == "ended")
            in.participantId = w.endedAssignment;
        else if (change == "unknown")
            in.participantId = "no-such-participant";
        else if (change == "specialist")
            actor = test::actors::specialist;
        else if (change == "unpaired")
            actor = test::actors::unpaired;
        else if (change == "future")
            in.occurredOn = day("2026-03-03");
        else if (change == "empty") {
            in.situation = " ";
            in.handledWell.clear();
        } else if (change == "minutes -1")
            in.minutes = -1;
        else if (change == "minutes 1441")
            in.minutes = 1441;
        else if (change == "id")
            in.needsWork = "Skrev 01019012345 på lappen";
        const auto id = logNaturalSupport(*store, actor, in);
        QVERIFY(!id);
        QCOMPARE(id.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(id.error().field), column);
        QVERIFY(!id.error().error.message.empty());
        QVERIFY(id.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto after, countOf(*store, "natural_support_entries"));
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestNaturalSupport)
#include "tst_naturalsupport.moc"
