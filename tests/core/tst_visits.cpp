// Finalizing and correcting a visit note: one rule in core for the app's visit form, its correction
// on the entry page, and `fieldnotes-cli add-visit` / `visit correct`. The store's clock stands at
// 2026-03-02, a Monday (testsupport.h). Invented people only.
#include "intake.h"
#include "storeinternals.h"
#include "testsupport.h"
#include "timeline.h"
#include "visits.h"

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

struct Fixture {
    test::TempStore store;
    Id participant;
    Id employer;
    Id workplace;
    Id otherEmployer;

    Fixture()
    {
        Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = day("2026-01-05");
        participant = *takeOnParticipant(*store, specialist, in);
        Participant p = *store->get<Participant>(participant);
        p.steps = { 3, 4 };
        (void)store->update(p);
        Employer e;
        e.name = "Prøvebakeriet AS";
        employer = *store->create(e);
        Workplace w;
        w.employerId = employer;
        w.name = "Bakeriet på hjørnet";
        workplace = *store->create(w);
        Employer other;
        other.name = "Eksempelverkstedet AS";
        otherEmployer = *store->create(other);
    }

    VisitNote note() const
    {
        VisitNote n;
        n.participantId = participant;
        n.employerId = employer;
        n.workplaceId = workplace;
        n.contactType = ContactType::WorkplaceFollowUp;
        n.occurredOn = day("2026-02-27");
        n.startTime = "09:30";
        n.durationMin = 45;
        n.place = " Bakeriet ";
        n.attendees = { Attendee::Participant, Attendee::Employer };
        n.purpose = "Oppfølging første uke";
        n.obsTask = "Stekte brød alene";
        n.note = "  Gikk bra, vil prøve kassen neste uke. ";
        n.nextVisitOn = day("2026-03-06");
        n.fieldTime = true;
        n.actions = { { "Snakke med leder om kassen", ActionOwner::Specialist, day("2026-03-04") },
            { "  ", ActionOwner::Participant, {} } };
        return n;
    }
};

} // namespace

class TestVisits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void finalizesInTheActorsNameWithTheParticipantsSteps()
    {
        Fixture f;
        FN_VERIFY_OK(f.store->saveDraft({ "00000000-0000-4000-8000-00000000d001", "visit", f.participant, 0, "{}" }));
        VisitNote n = f.note();
        n.draftId = Id("00000000-0000-4000-8000-00000000d001");
        const auto r = finalizeVisit(*f.store, specialist, n);
        QVERIFY2(r, qPrintable(test::errorOf(r)));

        FN_REQUIRE(const Visit v, f.store->get<Visit>(*r));
        QCOMPARE(v.authorId, specialist.staffId);
        QCOMPARE(v.participantId, OptId(f.participant));
        QCOMPARE(v.employerId, OptId(f.employer));
        QCOMPARE(v.workplaceId, OptId(f.workplace));
        QCOMPARE(v.occurredOn, day("2026-02-27"));
        QCOMPARE(v.place, std::string("Bakeriet"));
        QCOMPARE(v.note, std::string("Gikk bra, vil prøve kassen neste uke."));
        QCOMPARE(v.steps, (std::set<int> { 3, 4 })); // none given: the participant's own
        QVERIFY(!v.correctsId);
        FN_REQUIRE(const auto actions, core::StoreInternals::select<AgreedAction>(*f.store, "visit_id = ?", { *r }));
        QCOMPARE(actions.size(), std::size_t(1)); // the empty row is not an action
        QCOMPARE(actions[0].text, std::string("Snakke med leder om kassen"));
        QCOMPARE(actions[0].participantId, OptId(f.participant));
        QCOMPARE(actions[0].employerId, OptId(f.employer));
        FN_REQUIRE(const auto draft, f.store->draft("00000000-0000-4000-8000-00000000d001"));
        QVERIFY(!draft);

        // Steps given are kept; a lead notes a visit with anyone; today when no date is given.
        VisitNote own = f.note();
        own.steps = { 5 };
        own.occurredOn.reset();
        FN_REQUIRE(const Id byLead, finalizeVisit(*f.store, lead, own));
        FN_REQUIRE(const Visit w, f.store->get<Visit>(byLead));
        QCOMPARE(w.steps, std::set<int> { 5 });
        QCOMPARE(w.authorId, lead.staffId);
        QCOMPARE(w.occurredOn, day("2026-03-02"));
    }

    // Rows marked "app" or "cli" show where the two used to disagree: the old command line wrote
    // visits dated in the future, in the device's name on an unpaired store, without a note, and
    // employer visits without the employer; neither checked who follows the participant.
    void finalizeRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("nobody") << "nobody" << Refusal::VisitWithNobody << "participant_id";
        QTest::newRow("cli: an employer visit without the employer")
            << "employer visit" << Refusal::VisitEmployerMissing << "employer_id";
        QTest::newRow("cli: dated tomorrow") << "tomorrow" << Refusal::VisitInFuture << "occurred_on";
        QTest::newRow("start time 9.30") << "time" << Refusal::TimeOfDayInvalid << "start_time";
        QTest::newRow("no minutes") << "duration" << Refusal::DurationOutOfRange << "duration_min";
        QTest::newRow("step 6") << "step" << Refusal::StepOutOfRange << "steps";
        QTest::newRow("cli: next visit the same day") << "next" << Refusal::NextVisitNotAfter << "next_visit_on";
        QTest::newRow("app and cli: no note, no purpose") << "text" << Refusal::VisitTextMissing << "note";
        QTest::newRow("ID number in the note") << "note id" << Refusal::NationalIdNumber << "note";
        QTest::newRow("ID number in the observation") << "obs id" << Refusal::NationalIdNumber << "obs_person";
        QTest::newRow("ID number in an action") << "action id" << Refusal::NationalIdNumber << "text";
        QTest::newRow("unknown participant") << "participant" << Refusal::NotFound << "participant_id";
        QTest::newRow("unknown employer") << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("another employer's workplace")
            << "workplace" << Refusal::WorkplaceNotAtEmployer << "workplace_id";
        QTest::newRow("app and cli: another specialist's participant") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("app and cli: a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("cli: an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void finalizeRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        Fixture f;
        FN_VERIFY_OK(f.store->saveDraft({ "00000000-0000-4000-8000-00000000d001", "visit", f.participant, 0, "{}" }));
        VisitNote n = f.note();
        n.draftId = Id("00000000-0000-4000-8000-00000000d001");
        Actor actor = specialist;
        if (change == "nobody") {
            n.participantId.reset();
            n.employerId.reset();
        } else if (change == "employer visit") {
            n.contactType = ContactType::EmployerFollowUp;
            n.employerId.reset();
            n.workplaceId.reset();
        } else if (change == "tomorrow") {
            n.occurredOn = day("2026-03-03");
            n.nextVisitOn = day("2026-03-10");
        } else if (change == "time") {
            n.startTime = "9.30";
        } else if (change == "duration") {
            n.durationMin = 0;
        } else if (change == "step") {
            n.steps = { 2, 6 };
        } else if (change == "next") {
            n.nextVisitOn = n.occurredOn;
        } else if (change == "text") {
            n.note = " ";
            n.purpose = "\n";
        } else if (change == "note id") {
            n.note = "Fødselsnummer 010190 12345 sjekket";
        } else if (change == "obs id") {
            n.obsPerson = "01019012345";
        } else if (change == "action id") {
            n.actions[0].text = "Send 010190-12345 til NAV";
        } else if (change == "participant") {
            n.participantId = Id("no-such-participant");
        } else if (change == "employer") {
            n.employerId = Id("no-such-employer");
            n.workplaceId.reset();
        } else if (change == "workplace") {
            n.employerId = f.otherEmployer;
        } else if (change == "other") {
            actor = otherSpecialist;
        } else if (change == "mentor") {
            actor = mentor;
        } else if (change == "unpaired") {
            actor = Actor {};
        }

        const auto r = finalizeVisit(*f.store, actor, n);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const std::int64_t visits, test::countOf(*f.store, "visits"));
        QCOMPARE(visits, std::int64_t(0));
        FN_REQUIRE(const std::int64_t actions, test::countOf(*f.store, "agreed_actions"));
        QCOMPARE(actions, std::int64_t(0));
        FN_REQUIRE(const auto draft, f.store->draft("00000000-0000-4000-8000-00000000d001"));
        QVERIFY(draft); // what was typed stays
    }

    void correctsWithANewEntryShownInPlaceOfTheOriginal()
    {
        Fixture f;
        FN_REQUIRE(const Id original, finalizeVisit(*f.store, specialist, f.note()));
        VisitCorrection c;
        c.note = "  Gikk bra. Vil prøve kassen om to uker. ";
        c.occurredOn = day("2026-02-26");
        FN_REQUIRE(const Id fixed, correctVisit(*f.store, specialist, original, c));
        QVERIFY(fixed != original);

        FN_REQUIRE(const Visit v, f.store->get<Visit>(fixed));
        QCOMPARE(v.correctsId, OptId(original));
        QCOMPARE(v.authorId, specialist.staffId);
        QCOMPARE(v.note, std::string("Gikk bra. Vil prøve kassen om to uker."));
        QCOMPARE(v.occurredOn, day("2026-02-26"));
        // The rest is the original's.
        QCOMPARE(v.participantId, OptId(f.participant));
        QCOMPARE(v.employerId, OptId(f.employer));
        QCOMPARE(v.workplaceId, OptId(f.workplace));
        QCOMPARE(v.purpose, std::string("Oppfølging første uke"));
        QCOMPARE(v.startTime, std::optional<std::string>("09:30"));
        QCOMPARE(v.steps, (std::set<int> { 3, 4 }));
        QCOMPARE(v.nextVisitOn, OptDate(day("2026-03-06")));
        // The original is still there, unchanged, and its agreed actions stay with it.
        FN_REQUIRE(const Visit old, f.store->get<Visit>(original));
        QCOMPARE(old.note, std::string("Gikk bra, vil prøve kassen neste uke."));
        FN_REQUIRE(
            const auto actions, core::StoreInternals::select<AgreedAction>(*f.store, "visit_id = ?", { original }));
        QCOMPARE(actions.size(), std::size_t(1));

        FN_REQUIRE(const auto timeline, participantTimeline(*f.store, f.participant));
        QCOMPARE(timeline.size(), std::size_t(1));
        QCOMPARE(timeline[0].id, fixed);
        QCOMPARE(timeline[0].correctsId, OptId(original));

        // The correction can itself be corrected; the chain shows its latest entry.
        VisitCorrection again;
        again.note = "Gikk bra.";
        FN_REQUIRE(const Id fixedAgain, correctVisit(*f.store, specialist, fixed, again));
        FN_REQUIRE(const auto after, participantTimeline(*f.store, f.participant));
        QCOMPARE(after.size(), std::size_t(1));
        QCOMPARE(after[0].id, fixedAgain);
        QCOMPARE(after[0].summary, std::string("Gikk bra."));
    }

    // A note written before a rule (here: a next visit on the same day) can still have its note
    // corrected; a correction that changes the flawed field is held to the rule.
    void aCorrectionIsNotHeldToWhatItLeavesAlone()
    {
        Fixture f;
        Visit old;
        old.participantId = f.participant;
        old.authorId = specialist.staffId;
        old.contactType = ContactType::Phone;
        old.occurredOn = day("2026-02-20");
        old.nextVisitOn = day("2026-02-20");
        old.note = "Ringte.";
        FN_REQUIRE(const Id original, f.store->append(old));
        VisitCorrection c;
        c.note = "Ringte om vaktene.";
        FN_REQUIRE(const Id fixed, correctVisit(*f.store, specialist, original, c));
        FN_REQUIRE(const Visit v, f.store->get<Visit>(fixed));
        QCOMPARE(v.note, std::string("Ringte om vaktene."));

        VisitCorrection moved;
        moved.occurredOn = day("2026-02-21");
        const auto r = correctVisit(*f.store, specialist, fixed, moved);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, Refusal::NextVisitNotAfter);
    }

    void correctRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("no such visit") << "unknown" << Refusal::VisitNotFound << "";
        QTest::newRow("a natural-support entry") << "support" << Refusal::NotAVisit << "";
        QTest::newRow("corrected already") << "twice" << Refusal::AlreadyCorrected << "";
        QTest::newRow("another specialist's note") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a lead, not the author") << "lead" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
        QTest::newRow("the note and purpose emptied") << "text" << Refusal::VisitTextMissing << "note";
        QTest::newRow("moved to tomorrow") << "tomorrow" << Refusal::VisitInFuture << "occurred_on";
        QTest::newRow("ID number in the note") << "note id" << Refusal::NationalIdNumber << "note";
        QTest::newRow("step 0") << "step" << Refusal::StepOutOfRange << "steps";
        QTest::newRow("after a hand-over") << "handed over" << Refusal::NotAllowed << "";
    }

    void correctRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        Fixture f;
        FN_REQUIRE(const Id original, finalizeVisit(*f.store, specialist, f.note()));
        NaturalSupportEntry support;
        support.participantId = f.participant;
        support.authorId = mentor.staffId;
        support.occurredOn = day("2026-02-27");
        support.minutes = 20;
        support.situation = "Lærte kassen";
        FN_REQUIRE(const Id supportId, f.store->append(support));
        Actor actor = specialist;
        Id target = original;
        VisitCorrection c;
        c.note = "Rettet notat";
        if (change == "unknown") {
            target = "no-such-visit";
        } else if (change == "support") {
            target = supportId;
        } else if (change == "twice") {
            FN_VERIFY_OK(correctVisit(*f.store, specialist, original, c));
        } else if (change == "other") {
            actor = otherSpecialist;
        } else if (change == "lead") {
            actor = lead;
        } else if (change == "mentor") {
            actor = mentor;
        } else if (change == "unpaired") {
            actor = Actor {};
        } else if (change == "text") {
            c.note = "";
            c.purpose = " ";
        } else if (change == "tomorrow") {
            c.occurredOn = day("2026-03-03");
            c.nextVisitOn = OptDate {};
        } else if (change == "note id") {
            c.note = "Nummer 010190 12345";
        } else if (change == "step") {
            c.steps = std::set<int> { 0 };
        } else if (change == "handed over") {
            FN_REQUIRE(Participant p, f.store->get<Participant>(f.participant));
            p.specialistId = otherSpecialist.staffId;
            FN_VERIFY_OK(f.store->update(p));
        }
        FN_REQUIRE(const std::int64_t before, test::countOf(*f.store, "visits"));

        const auto r = correctVisit(*f.store, actor, target, c);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const std::int64_t after, test::countOf(*f.store, "visits"));
        QCOMPARE(after, before);
        if (change == "twice")
            QVERIFY2(r.error().error.message.find("Correct the correction instead") != std::string::npos,
                r.error().error.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
