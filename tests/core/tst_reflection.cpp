// The reflection log: a specialist's own entries, never tied to a participant, and the lead's view
// of the team's entries by step and theme without names. The store's clock stands at 2026-03-02
// (testsupport.h). Invented people only.
#include "intake.h"
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
using test::actors::lead;
using test::actors::mentor;
using test::actors::otherSpecialist;
using test::actors::specialist;

ReflectionEntry entry(const char* situation, const char* on = "2026-02-27")
{
    ReflectionEntry e;
    e.occurredOn = day(on);
    e.situation = situation;
    e.whatIDid = "Spurte hva som skulle til";
    e.result = "Avtalte en ny prat";
    e.couldDoDifferently = "Tatt med en plan";
    e.whatWorked = "Å lytte først";
    e.step = 4;
    e.theme = "Skeptisk arbeidsgiver";
    return e;
}

Status takeOn(Store& store, const char* name)
{
    Intake in;
    in.displayName = name;
    in.referralOn = day("2026-01-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    return {};
}

} // namespace

class TestReflection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void writesAnEntryInOnesOwnNameThroughChangeTracking()
    {
        test::TempStore store;
        ReflectionEntry e = entry("  Arbeidsgiver tvilte på deltid.  ");
        e.occurredOn.reset();
        FN_REQUIRE(const Id id, writeReflection(*store, specialist, e));
        FN_REQUIRE(const auto found, store->find<Reflection>(id));
        QVERIFY(found);
        QCOMPARE(found->authorId, specialist.staffId);
        QCOMPARE(found->occurredOn, day("2026-03-02")); // today when not given
        QCOMPARE(found->situation, std::string("Arbeidsgiver tvilte på deltid."));
        QCOMPARE(found->step, std::optional<int>(4));
        QCOMPARE(found->theme, std::string("Skeptisk arbeidsgiver"));
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pendingCount());
        QCOMPARE(pending, std::int64_t(1));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("no situation") << "situation" << Refusal::SituationMissing << "situation";
        QTest::newRow("blank situation") << "blank" << Refusal::SituationMissing << "situation";
        QTest::newRow("tomorrow") << "future" << Refusal::ReflectionInFuture << "occurred_on";
        QTest::newRow("step 0") << "step 0" << Refusal::StepOutOfRange << "step";
        QTest::newRow("step 6") << "step 6" << Refusal::StepOutOfRange << "step";
        QTest::newRow("ID number in what I did") << "id did" << Refusal::NationalIdNumber << "what_i_did";
        QTest::newRow("ID number with a space in the theme") << "id theme" << Refusal::NationalIdNumber << "theme";
        QTest::newRow("participant's name") << "name" << Refusal::NamesParticipant << "situation";
        QTest::newRow("participant's name in other case") << "name case" << Refusal::NamesParticipant << "result";
        QTest::newRow("participant's name in what worked")
            << "name worked" << Refusal::NamesParticipant << "what_worked";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_VERIFY_OK(takeOn(*store, "Tiril Prøvesen"));
        ReflectionEntry e = entry("Første dag på lageret.");
        Actor actor = specialist;
        if (change == "situation")
            e.situation.clear();
        if (change == "blank")
            e.situation = "   ";
        if (change == "future")
            e.occurredOn = day("2026-03-03");
        if (change == "step 0")
            e.step = 0;
        if (change == "step 6")
            e.step = 6;
        if (change == "id did")
            e.whatIDid = "Sjekket 01017012345 hos NAV";
        if (change == "id theme")
            e.theme = "010170 12345";
        if (change == "name")
            e.situation = "Tiril Prøvesen kom for sent.";
        if (change == "name case")
            e.result = "tiril prøvesen fikk jobben";
        if (change == "name worked")
            e.whatWorked = "Å la Tiril Prøvesen velge";
        if (change == "mentor")
            actor = mentor;
        if (change == "unpaired")
            actor = Actor { {}, StaffRole::Specialist };

        const auto written = writeReflection(*store, actor, e);
        QVERIFY(!written);
        QCOMPARE(written.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(written.error().field), column);
        QVERIFY(!written.error().error.message.empty());
        if (refusal == Refusal::NamesParticipant)
            QVERIFY(written.error().error.message.find("write about the situation, not the person's name")
                != std::string::npos);
        FN_REQUIRE(const auto all, core::StoreInternals::select<Reflection>(*store));
        QVERIFY(all.empty());
    }

    // A name is a whole word: a situation may say "Tiril" when the person is "Tiril Prøvesen", or use
    // a word that holds the name within it.
    void aNameIsMatchedAsAWhole()
    {
        test::TempStore store;
        FN_VERIFY_OK(takeOn(*store, "Ali"));
        FN_VERIFY_OK(takeOn(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(writeReflection(*store, specialist, entry("Tiril kom for sent; alibiet holdt.")));
        QVERIFY(!writeReflection(*store, specialist, entry("Ali kom for sent.")));
        QVERIFY(!writeReflection(*store, specialist, entry("Møtet med ALI.")));
    }

    void ownEntriesComeNewestFirstAndChangesReplaceThem()
    {
        test::TempStore store;
        FN_REQUIRE(const Id older, writeReflection(*store, specialist, entry("Eldre", "2026-02-10")));
        FN_REQUIRE(const Id newer, writeReflection(*store, specialist, entry("Nyere", "2026-02-20")));
        FN_REQUIRE(const Id sameDay, writeReflection(*store, specialist, entry("Samme dag, senere", "2026-02-20")));
        FN_VERIFY_OK(writeReflection(*store, otherSpecialist, entry("En kollegas")));

        FN_REQUIRE(auto own, ownReflections(*store, specialist));
        QCOMPARE(own.size(), std::size_t(3));
        QCOMPARE(own[0].id, sameDay);
        QCOMPARE(own[1].id, newer);
        QCOMPARE(own[2].id, older);

        ReflectionEntry changed = entry("Eldre, skrevet om", "2026-02-11");
        FN_REQUIRE(const Id replacement, changeReflection(*store, specialist, older, changed));
        FN_REQUIRE(own, ownReflections(*store, specialist));
        QCOMPARE(own.size(), std::size_t(3));
        QCOMPARE(own[2].id, replacement);
        QCOMPARE(own[2].situation, std::string("Eldre, skrevet om"));
        QCOMPARE(own[2].correctsId, OptId(older));

        // The replaced entry is no longer one's to change, nor a colleague's entry.
        const auto stale = changeReflection(*store, specialist, older, changed);
        QVERIFY(!stale);
        QCOMPARE(stale.error().refusal, Refusal::ReflectionNotFound);
        FN_REQUIRE(const auto theirs, ownReflections(*store, otherSpecialist));
        const auto notMine = changeReflection(*store, specialist, theirs[0].id, changed);
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().refusal, Refusal::NotAllowed);
        const auto notMineToDelete = deleteReflection(*store, specialist, theirs[0].id);
        QVERIFY(!notMineToDelete);
        QCOMPARE(notMineToDelete.error().refusal, Refusal::NotAllowed);
        // A change is checked like a new entry.
        ReflectionEntry blank = changed;
        blank.situation.clear();
        QCOMPARE(changeReflection(*store, specialist, replacement, blank).error().refusal, Refusal::SituationMissing);

        FN_VERIFY_OK(deleteReflection(*store, specialist, newer));
        FN_REQUIRE(own, ownReflections(*store, specialist));
        QCOMPARE(own.size(), std::size_t(2));
        QCOMPARE(own[0].id, sameDay);
        QCOMPARE(own[1].id, replacement);
        const auto twice = deleteReflection(*store, specialist, newer);
        QVERIFY(!twice);
        QCOMPARE(twice.error().refusal, Refusal::ReflectionNotFound);
        const auto byMentor = deleteReflection(*store, mentor, sameDay);
        QVERIFY(!byMentor);
        QCOMPARE(byMentor.error().refusal, Refusal::NotAllowed);
    }

    void theLeadReadsTheTeamsEntriesByStepAndThemeWithoutNames()
    {
        test::TempStore store;
        auto write = [&](const Actor& who, const char* situation, std::optional<int> step, const char* theme,
                         const char* on) -> Result<Id> {
            ReflectionEntry e = entry(situation, on);
            e.step = step;
            e.theme = theme;
            auto id = writeReflection(*store, who, e);
            if (!id)
                return fail(id.error().error);
            return *id;
        };
        FN_VERIFY_OK(write(specialist, "A", 4, "Skeptisk arbeidsgiver", "2026-02-01"));
        FN_VERIFY_OK(write(otherSpecialist, "B", 4, " skeptisk  arbeidsgiver", "2026-02-03"));
        FN_VERIFY_OK(write(otherSpecialist, "C", 4, "Deltid", "2026-02-02"));
        FN_VERIFY_OK(write(specialist, "D", 1, "", "2026-02-04"));
        FN_VERIFY_OK(write(specialist, "E", std::nullopt, "Eget arbeid", "2026-02-05"));
        FN_VERIFY_OK(write(lead, "F", 1, "Samtale", "2026-02-06"));
        FN_REQUIRE(const Id gone, write(specialist, "G", 4, "Deltid", "2026-02-07"));
        FN_VERIFY_OK(deleteReflection(*store, specialist, gone));

        FN_REQUIRE(const auto groups, teamReflections(*store, lead));
        QStringList seen;
        for (const ReflectionGroup& g : groups) {
            QStringList situations;
            for (const TeamReflection& r : g.entries)
                situations << QString::fromStdString(r.situation);
            seen << QString("%1|%2|%3")
                        .arg(g.step ? QString::number(*g.step) : QString("-"))
                        .arg(QString::fromStdString(g.theme))
                        .arg(situations.join(','));
        }
        QCOMPARE(seen,
            QStringList({ "1|Samtale|F", "1||D", "4|Deltid|C", "4|skeptisk  arbeidsgiver|B,A", "-|Eget arbeid|E" }));

        for (const Actor& notLead : { specialist, mentor }) {
            const auto refused = teamReflections(*store, notLead);
            QVERIFY(!refused);
            QCOMPARE(refused.error().refusal, Refusal::NotAllowed);
        }
    }
};

QTEST_GUILESS_MAIN(TestReflection)
#include "tst_reflection.moc"
