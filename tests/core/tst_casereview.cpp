// The weekly case review's queue: a specialist puts a participant up with what they want to
// discuss, or brings an entry of their own reflection log; the lead records the advice; the
// specialist may withdraw an item not yet discussed. One rule in core for the app and the command
// line. The store's clock stands at 2026-03-02 (testsupport.h). Invented people only.
#include "casereview.h"
#include "reflection.h"
#include "replica.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::day;
namespace actors = test::actors; // the mentor and an unpaired device

// Anna follows Tiril; Bo follows Jonas; Lena leads the team. Anna wrote a reflection entry.
struct Team {
    Id anna, bo, lena;
    Id tiril, jonas, discharged, reflection, bosReflection;
    Actor specialist() const { return { anna, StaffRole::Specialist }; }
    Actor otherSpecialist() const { return { bo, StaffRole::Specialist }; }
    Actor lead() const { return { lena, StaffRole::Lead }; }
};

Result<Team> team(Store& store)
{
    Team t;
    FN_TRY_ASSIGN(t.anna, store.create(Staff { {}, "Anna Prøvesen", StaffRole::Specialist }));
    FN_TRY_ASSIGN(t.bo, store.create(Staff { {}, "Bo Eksempel", StaffRole::Specialist }));
    FN_TRY_ASSIGN(t.lena, store.create(Staff { {}, "Lena Leder", StaffRole::Lead }));
    Participant p;
    p.displayName = "Tiril Prøvesen";
    p.referralOn = day("2026-01-05");
    p.status = ParticipantStatus::JobSearch;
    p.specialistId = t.anna;
    FN_TRY_ASSIGN(t.tiril, store.create(p));
    p.displayName = "Jonas Testmann";
    p.specialistId = t.bo;
    FN_TRY_ASSIGN(t.jonas, store.create(p));
    p.displayName = "Kari Avsluttet";
    p.specialistId = t.anna;
    p.status = ParticipantStatus::Discharged;
    p.dischargeReason = DischargeReason::Work;
    p.dischargedOn = day("2026-02-01");
    FN_TRY_ASSIGN(t.discharged, store.create(p));
    ReflectionEntry e;
    e.situation = "Arbeidsgiveren ville ikke ha oppfølging på stedet";
    e.step = 4;
    e.theme = "Arbeidsgiver i tvil";
    auto written = writeReflection(store, t.specialist(), e);
    if (!written)
        return fail(written.error().error);
    t.reflection = *written;
    e.situation = "Første dag uten meg";
    auto bos = writeReflection(store, t.otherSpecialist(), e);
    if (!bos)
        return fail(bos.error().error);
    t.bosReflection = *bos;
    return t;
}

} // namespace

class TestCaseReview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void putUp_data()
    {
        QTest::addColumn<QString>("by");
        QTest::newRow("by the participant's specialist") << "specialist";
        QTest::newRow("by a lead") << "lead";
    }

    // The item is asked today in the asker's name, its question trimmed, and waits to be sent.
    void putUp()
    {
        QFETCH(QString, by);
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        const Actor actor = by == "lead" ? t.lead() : t.specialist();
        Replica replica(*store);
        FN_REQUIRE(const auto before, replica.pendingCount());
        FN_REQUIRE(const Id id, putUpForReview(*store, actor, t.tiril, "  Hun vil slutte etter to uker. Hva nå?  "));
        FN_REQUIRE(const CaseReview r, store->get<CaseReview>(id));
        QCOMPARE(r.participantId, OptId(t.tiril));
        QCOMPARE(r.reflectionId, OptId());
        QCOMPARE(r.askedBy, actor.staffId);
        QCOMPARE(r.askedOn, day("2026-03-02"));
        QCOMPARE(r.question, std::string("Hun vil slutte etter to uker. Hva nå?"));
        QVERIFY(r.isOpen());
        FN_REQUIRE(const auto after, replica.pendingCount());
        QVERIFY(after > before);
        // Scoped to the participant: it goes where their record goes (sync/policy.cpp).
        FN_REQUIRE(auto st, StoreInternals::db(*store).prepare("SELECT _scope FROM case_reviews WHERE id = ?"));
        st->bind(1, id);
        QVERIFY(*st->step());
        QCOMPARE(st->text(0), "p:" + t.tiril);
        st->reset();
    }

    // A reflection entry brought to the review: never tied to a participant; the item shows the entry
    // as it reads now, follows a change of it, and says when it was deleted.
    void aReflectionEntryIsBroughtAndFollowed()
    {
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        FN_REQUIRE(const Id id, bringReflectionToReview(*store, t.specialist(), t.reflection, ""));
        FN_REQUIRE(const CaseReview r, store->get<CaseReview>(id));
        QCOMPARE(r.participantId, OptId());
        QCOMPARE(r.reflectionId, OptId(t.reflection));
        FN_REQUIRE(auto queue, reviewQueue(*store));
        QCOMPARE(queue.size(), std::size_t(1));
        QCOMPARE(queue[0].reflectionSituation, std::string("Arbeidsgiveren ville ikke ha oppfølging på stedet"));
        QCOMPARE(queue[0].reflectionStep, std::optional<int>(4));
        QCOMPARE(queue[0].askedByName, std::string("Anna Prøvesen"));

        ReflectionEntry changed;
        changed.situation = "Arbeidsgiveren ville bare ha møter på kontoret";
        FN_REQUIRE(const Id newer, changeReflection(*store, t.specialist(), t.reflection, changed));
        FN_REQUIRE(queue, reviewQueue(*store));
        QCOMPARE(queue[0].reflectionSituation, std::string("Arbeidsgiveren ville bare ha møter på kontoret"));
        FN_VERIFY_OK(deleteReflection(*store, t.specialist(), newer));
        FN_REQUIRE(queue, reviewQueue(*store));
        QVERIFY(queue[0].reflectionGone);
        QCOMPARE(queue[0].reflectionSituation, std::string());
    }

    // The lead's advice, on the day of the review, in the lead's name: the item is discussed.
    void theLeadAdvises()
    {
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        FN_REQUIRE(const Id id, putUpForReview(*store, t.specialist(), t.tiril, "Hva nå?"));
        store.clock().advance(std::chrono::hours(24 * 3));
        FN_VERIFY_OK(adviseOnReview(*store, t.lead(), id, " Prøv jobbsmak i en annen bransje. ", day("2026-03-04")));
        FN_REQUIRE(const CaseReview r, store->get<CaseReview>(id));
        QCOMPARE(r.advice, std::string("Prøv jobbsmak i en annen bransje."));
        QCOMPARE(r.advisedBy, OptId(t.lena));
        QCOMPARE(r.advisedOn, OptDate(day("2026-03-04")));
        QVERIFY(r.isDiscussed());
        QVERIFY(!r.isOpen());
        FN_REQUIRE(const auto mine, reviewsOf(*store, t.tiril));
        QCOMPARE(mine.size(), std::size_t(1));
        QCOMPARE(mine[0].advisedByName, std::string("Lena Leder"));
        QCOMPARE(mine[0].participantName, std::string("Tiril Prøvesen"));
        // Discussed, the participant may be put up again with a new question.
        FN_VERIFY_OK(putUpForReview(*store, t.specialist(), t.tiril, "Jobbsmaken gikk fint; hva nå?"));
    }

    // The queue: open items newest asked first, then the discussed ones, latest advice first;
    // withdrawn ones not at all.
    void theQueueIsOpenNewestFirstThenDiscussed()
    {
        test::TempStore store;
        FN_REQUIRE(const Team t, team(*store));
        FN_REQUIRE(const Id first, putUpForReview(*store, t.specialist(), t.tiril, "Første"));
        store.clock().advance(std::chrono::hours(24));
        FN_REQUIRE(const Id second, putUpForReview(*store, t.otherSpecialist(), t.jonas, "Andre"));
        FN_REQUIRE(const Id reflection, bringReflectionToReview(*store, t.specialist(), t.reflection, "Tredje"));
        FN_REQUIRE(const Id gone, bringReflectionToReview(*store, t.otherSpecialist(), t.bosReflection, "Borte"));
        FN_VERIFY_OK(withdrawReview(*store, t.otherSpecialist(), gone));
        FN_VERIFY_OK(adviseOnReview(*store, t.lead(), first, "Råd", day("2026-03-03")));
        FN_REQUIRE(const auto queue, reviewQueue(*store));
        QCOMPARE(queue.size(), std::size_t(3));
        QCOMPARE(queue[0].review.id, reflection); // asked on the 3rd, after Jonas's the same day
        QCOMPARE(queue[1].review.id, second);
        QCOMPARE(queue[2].review.id, first);
        QVERIFY(queue[2].review.isDiscussed());
        FN_REQUIRE(const CaseReview withdrawn, store->get<CaseReview>(gone));
        QCOMPARE(withdrawn.withdrawnOn, OptDate(day("2026-03-03")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("code");
        const int invalid = int(ErrorCode::InvalidArgument);
        const int unauthorized = int(ErrorCode::Unauthorized);
        const int notFound = int(ErrorCode::NotFound);
        QTest::newRow("put up from a mentor's device") << "put by mentor" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("put up from an unpaired device")
            << "put by unpaired" << Refusal::NoIdentity << "" << unauthorized;
        QTest::newRow("put up by a colleague") << "put by other" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("put up with no question") << "put blank" << Refusal::QuestionMissing << "question" << invalid;
        QTest::newRow("put up with a national ID number")
            << "put fnr" << Refusal::NationalIdNumber << "question" << invalid;
        QTest::newRow("an unknown participant") << "put unknown" << Refusal::NotFound << "participant_id" << notFound;
        QTest::newRow("a discharged participant")
            << "put discharged" << Refusal::ParticipantDischarged << "participant_id" << invalid;
        QTest::newRow("put up twice") << "put twice" << Refusal::AlreadyUpForReview << "participant_id" << invalid;
        QTest::newRow("a colleague's reflection entry") << "bring other" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("an unknown reflection entry")
            << "bring unknown" << Refusal::ReflectionNotFound << "reflection_id" << notFound;
        QTest::newRow("a reflection entry changed since")
            << "bring changed" << Refusal::ReflectionNotFound << "reflection_id" << notFound;
        QTest::newRow("a reflection entry brought twice")
            << "bring twice" << Refusal::AlreadyUpForReview << "reflection_id" << invalid;
        QTest::newRow("a reflection's question naming a participant")
            << "bring named" << Refusal::NamesParticipant << "question" << invalid;
        QTest::newRow("advice by a specialist") << "advise by specialist" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("advice from a mentor's device")
            << "advise by mentor" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("no advice") << "advise blank" << Refusal::AdviceMissing << "advice" << invalid;
        QTest::newRow("advice with a national ID number")
            << "advise fnr" << Refusal::NationalIdNumber << "advice" << invalid;
        QTest::newRow("advice tomorrow") << "advise future" << Refusal::AdviceInFuture << "advised_on" << invalid;
        QTest::newRow("advice before the item was put up")
            << "advise early" << Refusal::AdviceBeforeAsked << "advised_on" << invalid;
        QTest::newRow("advice on an unknown item") << "advise unknown" << Refusal::ReviewNotFound << "" << notFound;
        QTest::newRow("advice on a withdrawn item")
            << "advise withdrawn" << Refusal::ReviewWithdrawn << "withdrawn_on" << invalid;
        QTest::newRow("advice given twice") << "advise twice" << Refusal::ReviewDiscussed << "advised_on" << invalid;
        QTest::newRow("advice on a reflection naming a participant")
            << "advise named" << Refusal::NamesParticipant << "advice" << invalid;
        QTest::newRow("withdrawn by someone else") << "withdraw by lead" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("withdrawn from a mentor's device")
            << "withdraw by mentor" << Refusal::NotAllowed << "" << unauthorized;
        QTest::newRow("withdrawn twice") << "withdraw twice" << Refusal::ReviewWithdrawn << "withdrawn_on" << invalid;
        QTest::newRow("withdrawn once discussed")
            << "withdraw discussed" << Refusal::ReviewDiscussed << "advised_on" << invalid;
        QTest::newRow("withdrawing an unknown item") << "withdraw unknown" << Refusal::ReviewNotFound << "" << notFound;
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
        const Id unknown = "00000000-0000-4000-8000-00000000dead";
        // What is in the queue before the refused change: an item on Tiril, one on Anna's entry.
        FN_REQUIRE(const Id item, putUpForReview(*store, t.specialist(), t.tiril, "Hva nå?"));
        FN_REQUIRE(const Id reflectionItem, bringReflectionToReview(*store, t.specialist(), t.reflection, ""));
        if (change == "advise withdrawn" || change == "withdraw twice")
            FN_VERIFY_OK(withdrawReview(*store, t.specialist(), item));
        if (change == "advise twice" || change == "withdraw discussed")
            FN_VERIFY_OK(adviseOnReview(*store, t.lead(), item, "Råd", day("2026-03-02")));
        Id reflection = t.reflection;
        if (change == "bring changed") {
            ReflectionEntry e;
            e.situation = "Skrevet om";
            FN_VERIFY_OK(changeReflection(*store, t.specialist(), t.reflection, e));
        }
        if (change == "bring changed" || change == "bring named" || change == "bring unknown") {
            FN_VERIFY_OK(withdrawReview(*store, t.specialist(), reflectionItem));
        }
        Replica replica(*store);
        FN_REQUIRE(const auto before, replica.pendingCount());
        FN_REQUIRE(const auto rowsBefore, test::countOf(*store, "case_reviews"));

        CaseResult<void> done;
        auto put = [&](const Actor& a, const Id& p, std::string_view q) {
            auto r = putUpForReview(*store, a, p, q);
            done = r ? CaseResult<void> {} : CaseResult<void>(tl::unexpected(r.error()));
        };
        auto bring = [&](const Actor& a, const Id& r_, std::string_view q) {
            auto r = bringReflectionToReview(*store, a, r_, q);
            done = r ? CaseResult<void> {} : CaseResult<void>(tl::unexpected(r.error()));
        };
        const Date today = day("2026-03-02");
        if (change == "put by mentor")
            put(actors::mentor, t.jonas, "Spørsmål");
        else if (change == "put by unpaired")
            put(actors::unpaired, t.jonas, "Spørsmål");
        else if (change == "put by other")
            put(t.otherSpecialist(), t.tiril, "Spørsmål");
        else if (change == "put blank")
            put(t.otherSpecialist(), t.jonas, "   ");
        else if (change == "put fnr")
            put(t.otherSpecialist(), t.jonas, "Gjelder 010190 12345");
        else if (change == "put unknown")
            put(t.specialist(), unknown, "Spørsmål");
        else if (change == "put discharged")
            put(t.specialist(), t.discharged, "Spørsmål");
        else if (change == "put twice")
            put(t.specialist(), t.tiril, "Igjen");
        else if (change == "bring other")
            bring(t.otherSpecialist(), t.reflection, "");
        else if (change == "bring unknown")
            bring(t.specialist(), unknown, "");
        else if (change == "bring changed")
            bring(t.specialist(), reflection, "");
        else if (change == "bring twice")
            bring(t.specialist(), t.reflection, "Igjen");
        else if (change == "bring named")
            bring(t.specialist(), t.reflection, "Likner på det med Tiril Prøvesen");
        else if (change == "advise by specialist")
            done = adviseOnReview(*store, t.specialist(), item, "Råd", today);
        else if (change == "advise by mentor")
            done = adviseOnReview(*store, actors::mentor, item, "Råd", today);
        else if (change == "advise blank")
            done = adviseOnReview(*store, t.lead(), item, "  ", today);
        else if (change == "advise fnr")
            done = adviseOnReview(*store, t.lead(), item, "Ring om 01019012345", today);
        else if (change == "advise future")
            done = adviseOnReview(*store, t.lead(), item, "Råd", day("2026-03-03"));
        else if (change == "advise early")
            done = adviseOnReview(*store, t.lead(), item, "Råd", day("2026-03-01"));
        else if (change == "advise unknown")
            done = adviseOnReview(*store, t.lead(), unknown, "Råd", today);
        else if (change == "advise withdrawn" || change == "advise twice")
            done = adviseOnReview(*store, t.lead(), item, "Råd igjen", today);
        else if (change == "advise named")
            done = adviseOnReview(*store, t.lead(), reflectionItem, "Snakk med Jonas Testmann", today);
        else if (change == "withdraw by lead")
            done = withdrawReview(*store, t.lead(), item);
        else if (change == "withdraw by mentor")
            done = withdrawReview(*store, actors::mentor, item);
        else if (change == "withdraw twice" || change == "withdraw discussed")
            done = withdrawReview(*store, t.specialist(), item);
        else if (change == "withdraw unknown")
            done = withdrawReview(*store, t.specialist(), unknown);
        else
            QFAIL(qPrintable("unknown change " + change));

        QVERIFY(!done);
        QCOMPARE(done.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(done.error().field), column);
        QCOMPARE(int(done.error().error.code), code);
        QVERIFY(!done.error().error.message.empty());
        FN_REQUIRE(const auto after, replica.pendingCount());
        QCOMPARE(after, before);
        FN_REQUIRE(const auto rowsAfter, test::countOf(*store, "case_reviews"));
        QCOMPARE(rowsAfter, rowsBefore);
        FN_REQUIRE(const CaseReview stays, store->get<CaseReview>(item));
        if (change.startsWith("advise") && change != "advise twice")
            QCOMPARE(stays.advice, std::string());
    }
};

QTEST_GUILESS_MAIN(TestCaseReview)
#include "tst_casereview.moc"
