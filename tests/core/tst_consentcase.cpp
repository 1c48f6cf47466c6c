// Recording and revoking consent: one rule in core for the app and the command line. The store's
// clock stands at 2026-03-02, a Monday (testsupport.h). Invented people and employers only.
#include "consent.h"
#include "consentcase.h"
#include "replica.h"
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

// A participant followed by `specialist`, an employer and a mentor at that employer.
struct World {
    Id participant;
    Id employer;
    Id mentor;
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
    Mentor m;
    m.employerId = w.employer;
    m.name = "Magne Mentorsen";
    FN_TRY_ASSIGN(w.mentor, store.create(m));
    return w;
}

ConsentGrant toEmployer(const World& w)
{
    ConsentGrant g;
    g.participantId = w.participant;
    g.kind = ConsentKind::Disclosure;
    g.item = DisclosureItem::SupportNeeds;
    g.recipientKind = RecipientKind::Employer;
    g.recipientId = w.employer;
    g.purpose = "  Tilrettelegge oppgavene  ";
    g.grantedOn = day("2026-02-20");
    g.how = ConsentManner::Written;
    g.summary = "Arbeidsgiveren får vite hva du trenger for å gjøre jobben.";
    g.summarySimple = "Sjefen får vite hva som hjelper deg på jobb.";
    return g;
}

} // namespace

class TestConsentCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void grantsADisclosureConsentToANamedEmployer()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const Id id, grantConsent(*store, specialist, toEmployer(w)));
        FN_REQUIRE(const Consent c, store->get<Consent>(id));
        QCOMPARE(c.participantId, w.participant);
        QCOMPARE(c.kind, ConsentKind::Disclosure);
        QCOMPARE(c.item, std::optional<DisclosureItem>(DisclosureItem::SupportNeeds));
        QCOMPARE(c.recipientKind, std::optional<RecipientKind>(RecipientKind::Employer));
        QCOMPARE(c.recipientId, OptId(w.employer));
        QCOMPARE(c.recipientName, std::string("Bakeriet på hjørnet")); // the employer's own name
        QCOMPARE(c.purpose, std::string("Tilrettelegge oppgavene"));
        QCOMPARE(c.grantedOn, OptDate(day("2026-02-20")));
        QCOMPARE(c.grantedHow, std::optional<ConsentManner>(ConsentManner::Written));
        QCOMPARE(c.summarySimple, std::string("Sjefen får vite hva som hjelper deg på jobb."));
        QVERIFY(!c.revokedOn);

        // Read the one way consent is read: the employer may now be told the support needs.
        FN_REQUIRE(const auto items,
            sharedItems(*store, w.participant, RecipientKind::Employer, w.employer, day("2026-03-02")));
        QCOMPARE(items, std::set<DisclosureItem>({ DisclosureItem::SupportNeeds }));

        // Waiting to be sent: the write went through change tracking.
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pendingCount());
        QVERIFY(pending >= 2);
    }

    void grantsParticipationAndConsentsToAMentorAndTheNavCounsellor()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        ConsentGrant part;
        part.participantId = w.participant;
        part.kind = ConsentKind::Participation;
        part.how = ConsentManner::Tablet;
        FN_REQUIRE(const Id pid, grantConsent(*store, lead, part)); // a lead for anyone in the team
        FN_REQUIRE(const Consent pc, store->get<Consent>(pid));
        QCOMPARE(pc.kind, ConsentKind::Participation);
        QCOMPARE(pc.grantedOn, OptDate(day("2026-03-02"))); // today when not given
        QVERIFY(!pc.purpose.empty());
        FN_REQUIRE(const bool takesPart, participates(*store, w.participant, day("2026-03-02")));
        QVERIFY(takesPart);

        ConsentGrant goals;
        goals.participantId = w.participant;
        goals.item = DisclosureItem::LearningGoals;
        goals.recipientKind = RecipientKind::Mentor;
        goals.recipientId = w.mentor;
        goals.purpose = "Opplæring på arbeidsplassen";
        goals.how = ConsentManner::Oral;
        FN_REQUIRE(const Id gid, grantConsent(*store, specialist, goals));
        FN_REQUIRE(const Consent gc, store->get<Consent>(gid));
        QCOMPARE(gc.recipientName, std::string("Magne Mentorsen"));

        ConsentGrant nav;
        nav.participantId = w.participant;
        nav.item = DisclosureItem::FollowUpPlan;
        nav.recipientKind = RecipientKind::NavCounsellor;
        nav.recipientName = "Nora i NAV Sentrum";
        nav.purpose = "Rapportere til NAV";
        FN_REQUIRE(const Id nid, grantConsent(*store, specialist, nav));
        FN_REQUIRE(const Consent nc, store->get<Consent>(nid));
        QVERIFY(!nc.recipientId);
        QCOMPARE(nc.recipientName, std::string("Nora i NAV Sentrum"));
        QVERIFY(!nc.grantedHow);
    }

    void grantRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("unknown participant") << "participant" << Refusal::NotFound << "participant_id";
        QTest::newRow("unknown employer") << "employer" << Refusal::RecipientNotFound << "recipient_id";
        QTest::newRow("unknown mentor") << "mentor id" << Refusal::RecipientNotFound << "recipient_id";
        QTest::newRow("an employer's id given as a mentor's")
            << "employer as mentor" << Refusal::RecipientNotFound << "recipient_id";
        QTest::newRow("employer without id") << "no employer id" << Refusal::RecipientMissing << "recipient_id";
        QTest::newRow("mentor without id") << "no mentor id" << Refusal::RecipientMissing << "recipient_id";
        QTest::newRow("no recipient") << "no recipient" << Refusal::RecipientMissing << "recipient_kind";
        QTest::newRow("no item") << "no item" << Refusal::ItemMissing << "item";
        QTest::newRow("participation naming an item") << "participation item" << Refusal::ItemMissing << "item";
        QTest::newRow("no purpose") << "purpose" << Refusal::PurposeMissing << "purpose";
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::ConsentInFuture << "granted_on";
        QTest::newRow("ID number in the summary") << "summary id" << Refusal::NationalIdNumber << "summary_simple";
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
    }

    void grantRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        ConsentGrant g = toEmployer(w);
        Actor actor = specialist;
        if (change == "participant")
            g.participantId = "no-such-participant";
        else if (change == "employer")
            g.recipientId = "no-such-employer";
        else if (change == "mentor id") {
            g.recipientKind = RecipientKind::Mentor;
            g.recipientId = "no-such-mentor";
        } else if (change == "employer as mentor")
            g.recipientKind = RecipientKind::Mentor;
        else if (change == "no employer id")
            g.recipientId.reset();
        else if (change == "no mentor id") {
            g.recipientKind = RecipientKind::Mentor;
            g.recipientId.reset();
        } else if (change == "no recipient") {
            g.recipientKind.reset();
            g.recipientId.reset();
        } else if (change == "no item")
            g.item.reset();
        else if (change == "participation item")
            g.kind = ConsentKind::Participation;
        else if (change == "purpose")
            g.purpose = "   ";
        else if (change == "tomorrow")
            g.grantedOn = day("2026-03-03");
        else if (change == "summary id")
            g.summarySimple = "Gjelder 010190 12345";
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentor;
        else if (change == "unpaired")
            actor = Actor {};

        const auto r = grantConsent(*store, actor, g);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        QVERIFY(r.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto n, countOf(*store, "consents"));
        QCOMPARE(n, std::int64_t(0)); // the intake recorded no consent; nothing was written
    }

    void revokingTakesEffectOnItsDay()
    {
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const Id id, grantConsent(*store, specialist, toEmployer(w)));
        const auto done = revokeConsent(*store, specialist, id, day("2026-03-02"));
        QVERIFY2(done, done ? "" : done.error().error.message.c_str());
        FN_REQUIRE(const Consent c, store->get<Consent>(id));
        QCOMPARE(c.revokedOn, OptDate(day("2026-03-02")));
        FN_REQUIRE(const auto items,
            sharedItems(*store, w.participant, RecipientKind::Employer, w.employer, day("2026-03-02")));
        QVERIFY(items.empty()); // at once: the same day
        // Nothing changes a revoked consent afterwards, not even a direct write.
        Consent edited = c;
        edited.purpose = "Noe annet";
        const auto refused = store->update(edited);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Immutable);
    }

    void revokeRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("twice") << "twice" << Refusal::AlreadyRevoked;
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::RevokeInFuture;
        QTest::newRow("before it was given") << "before" << Refusal::RevokeBeforeGrant;
        QTest::newRow("unknown consent") << "unknown" << Refusal::ConsentNotFound;
        QTest::newRow("another specialist") << "other" << Refusal::NotAllowed;
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed;
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity;
    }

    void revokeRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        FN_REQUIRE(const World w, world(*store));
        FN_REQUIRE(const Id id, grantConsent(*store, specialist, toEmployer(w)));
        Id target = id;
        Actor actor = specialist;
        Date on = day("2026-03-01");
        if (change == "twice")
            QVERIFY(revokeConsent(*store, specialist, id, day("2026-02-25")));
        else if (change == "tomorrow")
            on = day("2026-03-03");
        else if (change == "before")
            on = day("2026-02-19");
        else if (change == "unknown")
            target = "no-such-consent";
        else if (change == "other")
            actor = otherSpecialist;
        else if (change == "mentor")
            actor = mentor;
        else if (change == "unpaired")
            actor = Actor {};

        const auto r = revokeConsent(*store, actor, target, on);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QVERIFY(!r.error().error.message.empty());
        FN_REQUIRE(const Consent c, store->get<Consent>(id));
        QCOMPARE(c.revokedOn, change == "twice" ? OptDate(day("2026-02-25")) : OptDate());
    }
};

QTEST_GUILESS_MAIN(TestConsentCase)
#include "tst_consentcase.moc"
