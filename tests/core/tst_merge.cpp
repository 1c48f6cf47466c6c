// The merge rules of design.md, one test per rule, proved by syncing real stores through the
// office ledger in every order that matters, and checking that all replicas end up identical.
#include "consentcase.h"
#include "dump.h"
#include "ledger.h"
#include "replica.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

// A full-view sync without the network: push the outbox, then pull the feed to the head.
struct Sync {
    std::vector<ChangeOutcome> outcomes;
};

Result<Sync> push(Store& device, Store& office)
{
    Replica replica(device);
    Ledger ledger(office);
    FN_TRY_ASSIGN(auto changes, replica.pending(100000));
    Sync s;
    if (changes.empty())
        return s;
    FN_TRY_ASSIGN(s.outcomes, ledger.applyBatch(device.deviceId(), changes));
    // As the office answers a push: the tablet drops what was taken and takes back, as the office
    // has it, each row whose change was refused.
    FN_TRY(replica.acknowledge(changes.back().seq));
    for (std::size_t i = 0; i < s.outcomes.size(); ++i) {
        if (s.outcomes[i].outcome != Outcome::Rejected)
            continue;
        const Change& c = changes[i];
        const std::string table = c.op == ChangeOp::Resolve ? "conflicts" : c.table;
        FN_TRY_ASSIGN(const auto state, ledger.rowState(table, c.rowId));
        FN_TRY(replica.restore(table, c.rowId, state));
    }
    return s;
}

Status pull(Store& device, Store& office)
{
    Replica replica(device);
    Ledger ledger(office);
    FN_TRY_ASSIGN(const std::int64_t head, ledger.head());
    FN_TRY_ASSIGN(const std::int64_t cursor, replica.cursor());
    FN_TRY_ASSIGN(const auto entries, ledger.feedAfter(cursor, head, 1000000));
    std::vector<RowState> rows;
    std::vector<Purge> purges;
    for (const auto& e : entries) {
        if (e.table == "_purge") {
            purges.push_back({ e.seq, e.scope });
            continue;
        }
        FN_TRY_ASSIGN(auto rs, ledger.rowState(e.table, e.rowId));
        if (rs)
            rows.push_back(std::move(*rs));
    }
    return replica.applyFeed(rows, purges, head);
}

Result<Sync> sync(Store& device, Store& office)
{
    FN_TRY_ASSIGN(Sync s, push(device, office));
    FN_TRY(pull(device, office));
    return s;
}

std::string dump(Store& s)
{
    return dumpCanonical(s).value_or("dump failed");
}

std::vector<RowState> openConflicts(Store& s)
{
    std::vector<RowState> out;
    auto st = core::StoreInternals::db(s).prepare("SELECT id FROM conflicts WHERE resolution IS NULL ORDER BY _hlc");
    std::vector<std::string> ids;
    while (*(*st)->step())
        ids.push_back((*st)->text(0));
    (*st)->reset();
    for (const auto& id : ids)
        out.push_back(**readRowState(s, *findTable("conflicts"), id));
    return out;
}

Value field(const RowState& rs, std::string_view col)
{
    for (const auto& [n, v] : rs.fields)
        if (n == col)
            return v;
    return {};
}

std::string text(const Value& v)
{
    return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : "<not text>";
}

// An office and two tablets that already share one participant.
struct World {
    test::TempStore office { "office", 100 };
    test::TempStore a { "tablet-a", 200 };
    test::TempStore b { "tablet-b", 300 };
    Id participant;

    World()
    {
        Participant p;
        p.displayName = "Sara Testesen";
        p.preferredLanguage = "norsk";
        participant = *a->create(p);
        (void)*sync(*a, *office);
        (void)*sync(*b, *office);
    }

    void tick(std::chrono::milliseconds ms = std::chrono::milliseconds(10))
    {
        office.clock().advance(ms);
        a.clock().advance(ms);
        b.clock().advance(ms);
    }

    Participant participantOn(test::TempStore& s) { return *s->get<Participant>(participant); }

    void syncAll()
    {
        for (int round = 0; round < 2; ++round) {
            QVERIFY(sync(*a, *office));
            QVERIFY(sync(*b, *office));
        }
    }

    void verifyConverged()
    {
        const std::string o = dump(*office);
        QCOMPARE(dump(*a), o);
        QCOMPARE(dump(*b), o);
    }
};

} // namespace

class TestMerge : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aFastForwardEditAppliesWithoutConflict()
    {
        World w;
        QCOMPARE(w.participantOn(w.b).displayName, std::string("Sara Testesen"));
        Participant p = w.participantOn(w.a);
        p.status = ParticipantStatus::JobSearch;
        FN_VERIFY_OK(w.a->update(p));
        FN_REQUIRE(const Sync s, sync(*w.a, *w.office));
        QCOMPARE(s.outcomes.size(), std::size_t { 1 });
        QCOMPARE(s.outcomes[0].outcome, Outcome::Applied);
        w.syncAll();
        QCOMPARE(w.participantOn(w.b).status, ParticipantStatus::JobSearch);
        QVERIFY(openConflicts(*w.office).empty());
        w.verifyConverged();
    }

    void editsOfDifferentFieldsMerge()
    {
        World w;
        Participant pa = w.participantOn(w.a);
        pa.status = ParticipantStatus::JobSearch;
        FN_VERIFY_OK(w.a->update(pa));
        Participant pb = w.participantOn(w.b);
        pb.preferredLanguage = "somali";
        FN_VERIFY_OK(w.b->update(pb));
        w.syncAll();
        const Participant merged = w.participantOn(w.office);
        QCOMPARE(merged.status, ParticipantStatus::JobSearch);
        QCOMPARE(merged.preferredLanguage, std::string("somali"));
        QVERIFY(openConflicts(*w.office).empty());
        w.verifyConverged();
    }

    void crossedEditsOfOneFieldPickTheGreaterVersionAndKeepTheOther_data()
    {
        QTest::addColumn<bool>("laterEditSyncsFirst");
        QTest::addColumn<bool>("laterIsB");
        QTest::newRow("later edit arrives first") << true << true;
        QTest::newRow("later edit arrives second") << false << true;
        QTest::newRow("later edit from the other tablet, first") << true << false;
        QTest::newRow("later edit from the other tablet, second") << false << false;
    }

    void crossedEditsOfOneFieldPickTheGreaterVersionAndKeepTheOther()
    {
        QFETCH(bool, laterEditSyncsFirst);
        QFETCH(bool, laterIsB);
        World w;
        test::TempStore& earlier = laterIsB ? w.a : w.b;
        test::TempStore& later = laterIsB ? w.b : w.a;
        Participant pe = w.participantOn(earlier);
        pe.preferredLanguage = "arabisk";
        FN_VERIFY_OK(earlier->update(pe));
        w.tick();
        Participant pl = w.participantOn(later);
        pl.preferredLanguage = "tigrinja";
        FN_VERIFY_OK(later->update(pl));

        if (laterEditSyncsFirst) {
            QVERIFY(sync(*later, *w.office));
            FN_REQUIRE(const Sync s, sync(*earlier, *w.office));
            QCOMPARE(s.outcomes.at(0).outcome, Outcome::Conflict);
        } else {
            QVERIFY(sync(*earlier, *w.office));
            FN_REQUIRE(const Sync s, sync(*later, *w.office));
            QCOMPARE(s.outcomes.at(0).outcome, Outcome::Conflict);
        }
        w.syncAll();
        // The winner does not depend on the order the office heard them in.
        QCOMPARE(w.participantOn(w.office).preferredLanguage, std::string("tigrinja"));
        const auto conflicts = openConflicts(*w.office);
        QCOMPARE(conflicts.size(), std::size_t { 1 });
        QCOMPARE(text(field(conflicts[0], "kept_value")), std::string("tigrinja"));
        QCOMPARE(text(field(conflicts[0], "other_value")), std::string("arabisk"));
        QCOMPARE(text(field(conflicts[0], "kept_dev")), later->deviceId());
        QCOMPARE(text(field(conflicts[0], "other_dev")), earlier->deviceId());
        QCOMPARE(openConflicts(*earlier).size(), std::size_t { 1 }); // both sides see it
        QCOMPARE(openConflicts(*later).size(), std::size_t { 1 });
        w.verifyConverged();
    }

    void theSameValueWrittenOnBothSidesIsNoConflict()
    {
        World w;
        for (auto* s : { &w.a, &w.b }) {
            Participant p = w.participantOn(*s);
            p.status = ParticipantStatus::InWork;
            FN_VERIFY_OK((*s)->update(p));
        }
        w.syncAll();
        QVERIFY(openConflicts(*w.office).empty());
        w.verifyConverged();
    }

    void journalEntriesNeverConflictAndReplaysAreNoOps()
    {
        World w;
        for (auto* s : { &w.a, &w.b }) {
            Visit v;
            v.participantId = w.participant;
            v.authorId = (*s)->deviceId();
            v.contactType = ContactType::Phone;
            v.occurredOn = *parseDate("2026-03-02");
            v.note = "Samtale fra " + (*s)->deviceId();
            FN_VERIFY_OK((*s)->append(v));
        }
        Replica replica(*w.a);
        FN_REQUIRE(const auto changes, replica.pending());
        Ledger ledger(*w.office);
        FN_REQUIRE(const auto first, ledger.applyBatch(w.a->deviceId(), changes));
        QCOMPARE(first.at(0).outcome, Outcome::Applied);
        // The acknowledgement was lost: the tablet sends the same batch again.
        FN_REQUIRE(const auto again, ledger.applyBatch(w.a->deviceId(), changes));
        QCOMPARE(again.at(0).outcome, Outcome::Duplicate);
        w.syncAll();
        FN_REQUIRE(
            const auto visits, core::StoreInternals::select<Visit>(*w.office, "participant_id = ?", { w.participant }));
        QCOMPARE(visits.size(), std::size_t { 2 });
        QVERIFY(openConflicts(*w.office).empty());
        w.verifyConverged();
    }

    void aPushOutOfOrderIsRefusedWhole()
    {
        World w;
        Participant p = w.participantOn(w.a);
        p.status = ParticipantStatus::JobSearch;
        FN_VERIFY_OK(w.a->update(p));
        p.preferredLanguage = "dari";
        FN_VERIFY_OK(w.a->update(p));
        Replica replica(*w.a);
        FN_REQUIRE(auto changes, replica.pending());
        QCOMPARE(changes.size(), std::size_t { 2 });
        std::swap(changes[0], changes[1]);
        Ledger ledger(*w.office);
        auto r = ledger.applyBatch(w.a->deviceId(), changes);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Protocol);
        QCOMPARE(w.participantOn(w.office).status, ParticipantStatus::Referred); // nothing applied
    }

    void aDeleteThatCrossedAnEditLeavesTheRowDeletedWithAConflict_data()
    {
        QTest::addColumn<bool>("deleteFirst");
        QTest::newRow("delete reaches the office first") << true;
        QTest::newRow("edit reaches the office first") << false;
    }

    void aDeleteThatCrossedAnEditLeavesTheRowDeletedWithAConflict()
    {
        QFETCH(bool, deleteFirst);
        World w;
        Goal g;
        g.participantId = w.participant;
        g.text = "Ta bussen alene";
        FN_REQUIRE(const Id gid, w.a->create(g));
        w.syncAll();

        FN_VERIFY_OK(w.a->remove("goals", gid));
        FN_REQUIRE(Goal edited, w.b->get<Goal>(gid));
        edited.text = "Ta bussen alene til jobb";
        FN_VERIFY_OK(w.b->update(edited));
        if (deleteFirst) {
            QVERIFY(sync(*w.a, *w.office));
            QVERIFY(sync(*w.b, *w.office));
        } else {
            QVERIFY(sync(*w.b, *w.office));
            QVERIFY(sync(*w.a, *w.office));
        }
        w.syncAll();
        FN_REQUIRE(const auto row, readRowState(*w.office, *findTable("goals"), gid));
        QVERIFY(row->deleted);
        QCOMPARE(text(field(*row, "text")), std::string("Ta bussen alene til jobb")); // the edit is kept
        const auto conflicts = openConflicts(*w.office);
        QCOMPARE(conflicts.size(), std::size_t { 1 });
        QCOMPARE(text(field(conflicts[0], "kind")), std::string("delete-edit"));
        w.verifyConverged();

        // A person restores it.
        FN_VERIFY_OK(Replica(*w.b).resolveConflict(conflicts[0].rowId, "other"));
        FN_REQUIRE(const auto restoredLocally, w.b->find<Goal>(gid));
        QVERIFY(restoredLocally.has_value());
        w.syncAll();
        FN_REQUIRE(const auto restored, w.a->get<Goal>(gid));
        QCOMPARE(restored.text, std::string("Ta bussen alene til jobb"));
        QVERIFY(openConflicts(*w.office).empty());
        w.verifyConverged();
    }

    void aRevokedConsentAlwaysWins()
    {
        World w;
        Consent c;
        c.participantId = w.participant;
        c.item = DisclosureItem::SupportNeeds;
        c.recipientKind = RecipientKind::Employer;
        c.recipientId = "00000000-0000-4000-8000-0000000000e1";
        c.grantedOn = parseDate("2026-02-01");
        c.purpose = "Tilrettelegging";
        FN_REQUIRE(const Id cid, w.a->create(c));
        w.syncAll();

        // Tablet A revokes; tablet B, unaware and later by the clock, edits the purpose.
        FN_REQUIRE(Consent revoke, w.a->get<Consent>(cid));
        revoke.revokedOn = parseDate("2026-03-02");
        FN_VERIFY_OK(w.a->update(revoke));
        w.tick(std::chrono::hours(1));
        FN_REQUIRE(Consent edit, w.b->get<Consent>(cid));
        edit.purpose = "Tilrettelegging og oppfølging";
        FN_VERIFY_OK(w.b->update(edit));

        QVERIFY(sync(*w.a, *w.office));
        FN_REQUIRE(const Sync s, sync(*w.b, *w.office));
        QCOMPARE(s.outcomes.at(0).outcome, Outcome::Conflict);
        w.syncAll();
        FN_REQUIRE(const Consent final_, w.office->get<Consent>(cid));
        QVERIFY(final_.revokedOn.has_value());
        QCOMPARE(final_.purpose, std::string("Tilrettelegging")); // nothing changes a revoked consent
        const auto conflicts = openConflicts(*w.office);
        QCOMPARE(conflicts.size(), std::size_t { 1 });
        QCOMPARE(text(field(conflicts[0], "kind")), std::string("revoked-consent"));
        QCOMPARE(text(field(conflicts[0], "other_value")), std::string("Tilrettelegging og oppfølging"));
        // Choosing the other side of a revoked consent is refused, on the tablet and at the office.
        auto refused = Replica(*w.b).resolveConflict(conflicts[0].rowId, "other");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Immutable);
        Change sneaky;
        sneaky.seq = 1000;
        sneaky.op = ChangeOp::Resolve;
        sneaky.table = "conflicts";
        sneaky.rowId = conflicts[0].rowId;
        sneaky.column = "other";
        sneaky.version = { w.b->hlc().tick(), w.b->deviceId() };
        FN_REQUIRE(const auto outcome, Ledger(*w.office).applyBatch(w.b->deviceId(), { sneaky }));
        QCOMPARE(outcome.at(0).outcome, Outcome::Rejected);
        w.syncAll();
        FN_REQUIRE(const Consent still, w.b->get<Consent>(cid));
        QVERIFY(still.revokedOn.has_value());
        QCOMPARE(still.purpose, std::string("Tilrettelegging"));
        w.verifyConverged();
    }

    // The same rule for consents recorded and revoked through the use cases (consentcase.h): the
    // revocation a specialist records on one tablet wins over a later edit from another, and the
    // consent is revoked on every replica after the next sync.
    void aRevocationRecordedByTheUseCaseWins()
    {
        World w;
        const Actor lead { "staff-lena", StaffRole::Lead };
        Employer e;
        e.name = "Bakeriet på hjørnet";
        FN_REQUIRE(const Id employerId, w.a->create(e));
        ConsentGrant g;
        g.participantId = w.participant;
        g.item = DisclosureItem::SupportNeeds;
        g.recipientKind = RecipientKind::Employer;
        g.recipientId = employerId;
        g.purpose = "Opplæring";
        g.grantedOn = parseDate("2026-02-01");
        g.how = ConsentManner::Oral;
        auto granted = grantConsent(*w.a, lead, g);
        QVERIFY(granted);
        const Id cid = *granted;
        w.syncAll();

        QVERIFY(revokeConsent(*w.a, lead, cid, *parseDate("2026-03-02")));
        w.tick(std::chrono::hours(1));
        FN_REQUIRE(Consent edit, w.b->get<Consent>(cid));
        edit.purpose = "Opplæring og vurdering";
        FN_VERIFY_OK(w.b->update(edit)); // later by the clock, first at the office
        QVERIFY(sync(*w.b, *w.office));
        QVERIFY(sync(*w.a, *w.office));
        w.syncAll();
        for (test::TempStore* s : { &w.office, &w.a, &w.b }) {
            FN_REQUIRE(const Consent c, (*s)->get<Consent>(cid));
            QCOMPARE(c.revokedOn, parseDate("2026-03-02"));
            QCOMPARE(c.grantedHow, std::optional<ConsentManner>(ConsentManner::Oral));
        }
        // On tablet B, which had not seen it, a second revocation is refused: the first stands.
        const auto again = revokeConsent(*w.b, lead, cid, *parseDate("2026-03-02"));
        QVERIFY(!again);
        QCOMPARE(again.error().refusal, Refusal::AlreadyRevoked);
        w.verifyConverged();
    }

    void aRevocationWinsEvenWithAnOlderClock()
    {
        World w;
        Consent c;
        c.participantId = w.participant;
        c.item = DisclosureItem::LearningGoals;
        c.recipientKind = RecipientKind::Mentor;
        c.recipientId = "00000000-0000-4000-8000-000000000011";
        c.grantedOn = parseDate("2026-02-01");
        FN_REQUIRE(const Id cid, w.a->create(c));
        w.syncAll();
        FN_REQUIRE(Consent revoke, w.a->get<Consent>(cid));
        revoke.revokedOn = parseDate("2026-03-02");
        FN_VERIFY_OK(w.a->update(revoke)); // earlier by the clock
        w.tick(std::chrono::hours(2));
        FN_REQUIRE(Consent edit, w.b->get<Consent>(cid));
        edit.summary = "Endret sammendrag";
        FN_VERIFY_OK(w.b->update(edit)); // later by the clock, reaches the office first
        QVERIFY(sync(*w.b, *w.office));
        QVERIFY(sync(*w.a, *w.office));
        w.syncAll();
        FN_REQUIRE(const Consent final_, w.office->get<Consent>(cid));
        QVERIFY(final_.revokedOn.has_value());
        w.verifyConverged();
    }

    void aResolutionReachesEveryReplica_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keep the office's choice") << "kept"
                                                  << "tigrinja";
        QTest::newRow("take the value set aside") << "other"
                                                  << "arabisk";
        QTest::newRow("write a merged value") << "value"
                                              << "arabisk og tigrinja";
    }

    void aResolutionReachesEveryReplica()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expected);
        World w;
        Participant pa = w.participantOn(w.a);
        pa.preferredLanguage = "arabisk";
        FN_VERIFY_OK(w.a->update(pa));
        w.tick();
        Participant pb = w.participantOn(w.b);
        pb.preferredLanguage = "tigrinja";
        FN_VERIFY_OK(w.b->update(pb));
        w.syncAll();
        auto conflicts = openConflicts(*w.a);
        QCOMPARE(conflicts.size(), std::size_t { 1 });

        w.tick();
        FN_VERIFY_OK(Replica(*w.a).resolveConflict(
            conflicts[0].rowId, choice.toStdString(), Value(std::string("arabisk og tigrinja"))));
        QCOMPARE(w.participantOn(w.a).preferredLanguage, expected.toStdString()); // at once, locally
        QVERIFY(openConflicts(*w.a).empty());
        w.syncAll();
        QCOMPARE(w.participantOn(w.b).preferredLanguage, expected.toStdString());
        QVERIFY(openConflicts(*w.office).empty());
        w.verifyConverged();
    }

    void anEditWaitingToBeSentSurvivesAPull()
    {
        World w;
        // A changes the language but has not pushed; B changes the status and syncs.
        Participant pa = w.participantOn(w.a);
        pa.preferredLanguage = "polsk";
        FN_VERIFY_OK(w.a->update(pa));
        Participant pb = w.participantOn(w.b);
        pb.status = ParticipantStatus::Profiling;
        pb.preferredLanguage = "ukrainsk";
        FN_VERIFY_OK(w.b->update(pb));
        QVERIFY(sync(*w.b, *w.office));
        // A pulls before pushing: the office's state arrives, A's own edit is kept.
        FN_VERIFY_OK(pull(*w.a, *w.office));
        const Participant mid = w.participantOn(w.a);
        QCOMPARE(mid.status, ParticipantStatus::Profiling);
        QCOMPARE(mid.preferredLanguage, std::string("polsk"));
        // After pushing, the office decides the crossed edit and every replica agrees.
        w.syncAll();
        QCOMPARE(openConflicts(*w.office).size(), std::size_t { 1 });
        w.verifyConverged();
    }

    void theSameRecordCreatedOnTwoTabletsMergesFieldByField()
    {
        World w;
        Profile pa;
        pa.id = w.participant; // one profile per participant: the same id on both tablets
        pa.participantId = w.participant;
        pa.interests = "dyr";
        pa.dreamJob = "dyrepleier";
        FN_VERIFY_OK(w.a->create(pa));
        w.tick();
        Profile pb = pa;
        pb.interests = "dyr og natur";
        FN_VERIFY_OK(w.b->create(pb));
        w.syncAll();
        FN_REQUIRE(const Profile merged, w.office->get<Profile>(w.participant));
        QCOMPARE(merged.dreamJob, std::string("dyrepleier"));
        QCOMPARE(merged.interests, std::string("dyr og natur"));
        const auto conflicts = openConflicts(*w.office);
        QCOMPARE(conflicts.size(), std::size_t { 1 });
        QCOMPARE(text(field(conflicts[0], "col")), std::string("interests"));
        w.verifyConverged();
    }

    void anErasureIsCarriedOutOnEveryReplica()
    {
        World w;
        Visit v;
        v.participantId = w.participant;
        v.authorId = "staff-1";
        v.contactType = ContactType::HomeVisit;
        v.occurredOn = *parseDate("2026-03-02");
        v.note = "Hjemmebesøk";
        FN_VERIFY_OK(w.a->append(v));
        w.syncAll();
        // Both tablets write offline while the office erases the participant.
        Participant late = w.participantOn(w.b);
        late.status = ParticipantStatus::Paused;
        FN_VERIFY_OK(w.b->update(late));
        Visit offline = v;
        offline.id.clear();
        offline.note = "Skrevet før sletting var kjent";
        FN_VERIFY_OK(w.a->append(offline));
        FN_VERIFY_OK(Ledger(*w.office).purge("p:" + w.participant));

        // Late changes about the erased person are dropped, and nothing of them is kept: the office
        // answers with the person's scope, for the tablet to erase too.
        FN_REQUIRE(const Sync sb, sync(*w.b, *w.office));
        QCOMPARE(sb.outcomes.at(0).outcome, Outcome::Erased);
        QCOMPARE(sb.outcomes.at(0).scope, "p:" + w.participant);
        FN_REQUIRE(const Sync sa, sync(*w.a, *w.office));
        QCOMPARE(sa.outcomes.at(0).outcome, Outcome::Erased);
        QVERIFY(sa.outcomes.at(0).reason.empty());
        for (auto* s2 : { &w.office, &w.a, &w.b }) {
            FN_REQUIRE(const auto p, (*s2)->find<Participant>(w.participant));
            QVERIFY(!p.has_value());
            FN_REQUIRE(const auto visits,
                core::StoreInternals::select<Visit>(*(*s2), "participant_id = ?", { w.participant }));
            QVERIFY(visits.empty());
            FN_REQUIRE(const auto hits, (*s2)->search("Hjemmebesøk"));
            QVERIFY(hits.empty());
        }
        // And nothing more can be written about the erased person.
        auto after = w.a->append(v);
        QVERIFY(!after);
        QCOMPARE(after.error().code, ErrorCode::NotFound);
        w.verifyConverged();
    }

    void theAuthenticatedDeviceStampsTheVersion()
    {
        World w;
        Participant p = w.participantOn(w.a);
        p.status = ParticipantStatus::JobSearch;
        FN_VERIFY_OK(w.a->update(p));
        FN_REQUIRE(auto changes, Replica(*w.a).pending());
        changes[0].version.device = "someone-else";
        FN_VERIFY_OK(Ledger(*w.office).applyBatch(w.a->deviceId(), changes));
        FN_REQUIRE(const auto versions, w.office->fieldVersions(*findTable("participants"), w.participant));
        for (const auto& [col, v] : versions)
            if (col == "status")
                QCOMPARE(v.device, w.a->deviceId());
    }

    // Versions are ordered by their hybrid logical clock, so a clock that wrapped around would make
    // every later edit lose. A timestamp from elsewhere beyond the clock's range is not taken in,
    // and the clock never issues one below one it issued before; what it issues fits SQLite's
    // signed integers, so stored versions sort as they compare.
    void theHybridClockNeverWraps()
    {
        ManualClock wall(test::fixedStart());
        HybridClock clock(wall);
        const std::uint64_t first = clock.tick();
        clock.observe(~std::uint64_t { 0 });
        clock.observe((std::uint64_t { 1 } << 63) + 1);
        const std::uint64_t second = clock.tick();
        QVERIFY(second > first);
        QVERIFY(second < (std::uint64_t { 1 } << 63));
        // At the very top it stops rather than wrapping.
        clock.observe(HybridClock::maxValue);
        QCOMPARE(clock.tick(), HybridClock::maxValue);
        QCOMPARE(clock.tick(), HybridClock::maxValue);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
