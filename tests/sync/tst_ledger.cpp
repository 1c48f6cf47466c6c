// The office's merge rules (core::Ledger) together with the tablets' adoption of their results
// (core::Replica): each test is named after the rule it proves. Most replicas talk to the ledger
// directly here, without scopes or a wire, so that only the merge rules are under test; the rules
// about resolutions and restores are proved through the office's own push and pull, as tablets
// meet them.
#include "dump.h"
#include "ledger.h"
#include "replica.h"
#include "storeinternals.h"
#include "syncharness.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

// Push everything pending, then pull the whole feed: the simplest faithful use of the two halves.
void pushAll(Store& device, Ledger& ledger, std::vector<ChangeOutcome>* outcomes = nullptr)
{
    Replica replica(device);
    auto pending = replica.pending(100000);
    QVERIFY2(pending.has_value(), "pending");
    if (pending->empty())
        return;
    auto result = ledger.applyBatch(device.deviceId(), *pending);
    QVERIFY2(result.has_value(), result ? "" : result.error().message.c_str());
    if (outcomes)
        *outcomes = *result;
    QVERIFY(replica.acknowledge(pending->back().seq).has_value());
}

void pullAll(Store& device, Ledger& ledger)
{
    Replica replica(device);
    auto cursor = replica.cursor();
    auto head = ledger.head();
    QVERIFY(cursor && head);
    auto entries = ledger.feedAfter(*cursor, *head, 1000000);
    QVERIFY(entries.has_value());
    std::vector<RowState> rows;
    std::vector<Purge> purges;
    for (const FeedEntry& e : *entries) {
        if (e.table == "_purge") {
            purges.push_back({ e.seq, e.scope });
            continue;
        }
        auto rs = ledger.rowState(e.table, e.rowId);
        QVERIFY(rs.has_value());
        if (*rs)
            rows.push_back(std::move(**rs));
    }
    QVERIFY(replica.applyFeed(rows, purges, *head).has_value());
}

void syncAll(Store& device, Ledger& ledger)
{
    pushAll(device, ledger);
    pullAll(device, ledger);
}

// A tablet whose edits were made while it was pulling (a person typing during a sync): it adopts
// the office's newer state of the row around its pending edit, and pushes the edit afterwards.
void pullThenPush(Store& device, Ledger& ledger, std::vector<ChangeOutcome>* outcomes = nullptr)
{
    pullAll(device, ledger);
    pushAll(device, ledger, outcomes);
    pullAll(device, ledger);
}

std::string dumpOf(Store& store)
{
    auto text = dumpCanonical(store);
    return text ? *text : "dump failed: " + text.error().message;
}

std::optional<Participant> participant(Store& store, const Id& id)
{
    auto p = store.find<Participant>(id);
    return p ? *p : std::nullopt;
}

int openConflicts(Store& store)
{
    auto st = core::StoreInternals::db(store).prepare(
        "SELECT count(*) FROM conflicts WHERE resolution IS NULL AND _deleted = 0");
    if (!st || !*(*st)->step())
        return -1;
    const int n = static_cast<int>((*st)->integer(0));
    (*st)->reset();
    return n;
}

Participant invented(std::string name)
{
    Participant p;
    p.displayName = std::move(name);
    p.programme = Programme::Ips;
    p.status = ParticipantStatus::Profiling;
    return p;
}

// The office and two tablets, each with its own clock; the tablets start from the office's state.
struct Team {
    test::TempStore office { "office", 100 };
    test::TempStore a { "tablet-a", 200 };
    test::TempStore b { "tablet-b", 300 };
    Ledger ledger { *office };

    void advance(std::chrono::milliseconds ms)
    {
        office.clock().advance(ms);
        a.clock().advance(ms);
        b.clock().advance(ms);
    }
};

// Tablets of one specialist, synced through the office's push and pull (in memory, on the wire).
struct OfficeTeam {
    test::TestOffice office;
    Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
    test::TestTablet a { office, ingrid, 1 };
    test::TestTablet b { office, ingrid, 2 };
    test::TestTablet c { office, ingrid, 3 };

    void advance(std::chrono::milliseconds ms)
    {
        office.temp().clock().advance(ms);
        for (test::TestTablet* t : { &a, &b, &c })
            t->temp().clock().advance(ms);
    }
    void sync(test::TestTablet& t)
    {
        const auto result = t.sync();
        QVERIFY2(result.status.has_value(), result.status ? "" : result.status.error().message.c_str());
        QVERIFY(result.completed);
    }
    void syncAll()
    {
        for (test::TestTablet* t : { &a, &b, &c })
            sync(*t);
    }
    void verifyConverged()
    {
        auto expected = test::officeViewFor(office.office(), ingrid);
        QVERIFY(expected.has_value());
        for (test::TestTablet* t : { &a, &b, &c }) {
            auto actual = test::tabletDump(t->store());
            QVERIFY(actual.has_value());
            QCOMPARE(*actual, *expected);
        }
    }
};

struct ConflictRow {
    Id id;
    std::string kind, column;
    Value kept, other;
    std::string resolution;
};

std::vector<ConflictRow> conflictsAbout(Store& store, const Id& row)
{
    std::vector<ConflictRow> out;
    auto st = core::StoreInternals::db(store).prepare(
        "SELECT id, kind, col, kept_value, other_value, coalesce(resolution, '') "
        "FROM conflicts WHERE row_id = ? AND _deleted = 0 ORDER BY _hlc, id");
    if (!st)
        return out;
    (*st)->bind(1, row);
    while (auto more = (*st)->step()) {
        if (!*more)
            break;
        out.push_back(
            { (*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->column(3), (*st)->column(4), (*st)->text(5) });
    }
    (*st)->reset();
    return out;
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aFieldEditBasedOnTheCurrentVersionFastForwards()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        auto p = *participant(*t.b, pid);
        p.status = ParticipantStatus::JobSearch;
        FN_VERIFY_OK(t.b->update(p));
        std::vector<ChangeOutcome> outcomes;
        pushAll(*t.b, t.ledger, &outcomes);
        QCOMPARE(outcomes.size(), std::size_t { 1 });
        QCOMPARE(outcomes[0].outcome, Outcome::Applied);
        pullAll(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        QCOMPARE(participant(*t.a, pid)->status, ParticipantStatus::JobSearch);
        QCOMPARE(openConflicts(*t.office), 0);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    void crossedEditsOfOneFieldGiveOneWinnerAndAConflict_data()
    {
        QTest::addColumn<bool>("laterEditArrivesFirst");
        QTest::addColumn<bool>("loserPullsFirst");
        QTest::newRow("later edit arrives first") << true << false;
        QTest::newRow("earlier edit arrives first") << false << false;
        QTest::newRow("later first, second tablet pulled while editing") << true << true;
        QTest::newRow("earlier first, second tablet pulled while editing") << false << true;
    }

    // The greater version wins whichever arrives first, and the loser's value is kept; the
    // tablet whose edit lost converges too (its row gets a fresh feed position).
    void crossedEditsOfOneFieldGiveOneWinnerAndAConflict()
    {
        QFETCH(bool, laterEditArrivesFirst);
        QFETCH(bool, loserPullsFirst);
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);

        auto pa = *participant(*t.a, pid);
        pa.preferredLanguage = "somali";
        FN_VERIFY_OK(t.a->update(pa));
        t.advance(std::chrono::seconds(5));
        auto pb = *participant(*t.b, pid);
        pb.preferredLanguage = "arabisk"; // made later: the greater version
        FN_VERIFY_OK(t.b->update(pb));

        Store& first = laterEditArrivesFirst ? *t.b : *t.a;
        Store& second = laterEditArrivesFirst ? *t.a : *t.b;
        syncAll(first, t.ledger);
        std::vector<ChangeOutcome> outcomes;
        if (loserPullsFirst) {
            pullThenPush(second, t.ledger, &outcomes);
        } else {
            pushAll(second, t.ledger, &outcomes);
            pullAll(second, t.ledger);
        }
        QCOMPARE(outcomes.at(0).outcome, Outcome::Conflict);
        syncAll(first, t.ledger);

        for (Store* s : { &*t.a, &*t.b, &*t.office })
            QCOMPARE(participant(*s, pid)->preferredLanguage, std::string("arabisk"));
        QCOMPARE(openConflicts(*t.office), 1);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    void editsOfDifferentFieldsMerge()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        auto pa = *participant(*t.a, pid);
        pa.phone = "90000001";
        FN_VERIFY_OK(t.a->update(pa));
        auto pb = *participant(*t.b, pid);
        pb.status = ParticipantStatus::InWork;
        FN_VERIFY_OK(t.b->update(pb));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        const auto merged = *participant(*t.office, pid);
        QCOMPARE(merged.phone, std::string("90000001"));
        QCOMPARE(merged.status, ParticipantStatus::InWork);
        QCOMPARE(openConflicts(*t.office), 0);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    // Two people typing the same thing is not a conflict, but both tablets must still end up with
    // the office's version of the field, not their own.
    void theSameValueTypedTwiceConvergesWithoutAConflict()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        auto pb = *participant(*t.b, pid);
        pb.status = ParticipantStatus::JobTasting;
        FN_VERIFY_OK(t.b->update(pb));
        t.advance(std::chrono::seconds(1));
        auto pa = *participant(*t.a, pid);
        pa.status = ParticipantStatus::JobTasting;
        FN_VERIFY_OK(t.a->update(pa));
        syncAll(*t.a, t.ledger); // the greater version arrives first
        pullThenPush(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        QCOMPARE(openConflicts(*t.office), 0);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    void aDeleteIsATombstoneAndTwoDeletesConverge()
    {
        Team t;
        Goal g;
        g.participantId = "4b3f2d10-0000-4000-8000-000000000001";
        g.text = "Lære kassearbeid";
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        g.participantId = pid;
        FN_REQUIRE(const Id gid, t.a->create(g));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        FN_VERIFY_OK(t.a->remove("goals", gid));
        t.advance(std::chrono::seconds(1));
        FN_VERIFY_OK(t.b->remove("goals", gid));
        syncAll(*t.a, t.ledger);
        std::vector<ChangeOutcome> outcomes;
        pullThenPush(*t.b, t.ledger, &outcomes);
        QCOMPARE(outcomes.at(0).outcome, Outcome::Duplicate);
        syncAll(*t.a, t.ledger);
        FN_REQUIRE(auto gone, t.office->find<Goal>(gid));
        QVERIFY(!gone); // reads never return tombstones
        FN_REQUIRE(auto rs, t.ledger.rowState("goals", gid));
        QVERIFY(rs && rs->deleted);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    void aDeleteThatCrossedAnEditIsAConflictAndCanBeUndone()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Goal g;
        g.participantId = pid;
        g.text = "Lære kassearbeid";
        FN_REQUIRE(const Id gid, t.a->create(g));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        g.id = gid;
        g.text = "Lære kassearbeid og varemottak";
        FN_VERIFY_OK(t.b->update(g));
        FN_VERIFY_OK(t.a->remove("goals", gid));
        syncAll(*t.b, t.ledger);
        std::vector<ChangeOutcome> outcomes;
        pushAll(*t.a, t.ledger, &outcomes);
        QCOMPARE(outcomes.at(0).outcome, Outcome::Conflict);
        pullAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        QCOMPARE(openConflicts(*t.a), 1);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));

        // A person restores the goal from tablet B.
        FN_REQUIRE(auto conflicts,
            core::StoreInternals::db(*t.b).prepare("SELECT id FROM conflicts WHERE resolution IS NULL"));
        QVERIFY(*conflicts->step());
        const Id conflict = conflicts->text(0);
        conflicts->reset();
        Replica rb(*t.b);
        FN_VERIFY_OK(rb.resolveConflict(conflict, "other"));
        syncAll(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        FN_REQUIRE(auto restored, t.a->find<Goal>(gid));
        QVERIFY(restored);
        QCOMPARE(restored->text, std::string("Lære kassearbeid og varemottak"));
        QCOMPARE(openConflicts(*t.office), 0);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    // Tablet A edits a field and deletes the record; tablet B, unaware of both, edits the same field.
    // B's edit crossed A's edit as well as the delete: both are kept for a person to see.
    void anEditThatCrossedAnEditAndADeleteKeepsBoth()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Goal g;
        g.participantId = pid;
        g.text = "Lære kassearbeid";
        FN_REQUIRE(const Id gid, t.a->create(g));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        g.id = gid;
        g.text = "Lære kassearbeid og vareopptelling";
        FN_VERIFY_OK(t.a->update(g));
        FN_VERIFY_OK(t.a->remove("goals", gid));
        syncAll(*t.a, t.ledger);
        t.advance(std::chrono::seconds(2));
        Goal other = g;
        other.text = "Lære å ta bussen";
        FN_VERIFY_OK(t.b->update(other));
        std::vector<ChangeOutcome> outcomes;
        pullThenPush(*t.b, t.ledger, &outcomes);
        syncAll(*t.a, t.ledger);
        FN_REQUIRE(auto st,
            core::StoreInternals::db(*t.office).prepare(
                "SELECT count(*) FROM conflicts WHERE kind = 'field' AND other_value = 'Lære "
                "kassearbeid og vareopptelling'"));
        QVERIFY(*st->step());
        QCOMPARE(st->integer(0), std::int64_t { 1 });
        st->reset();
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    // A revoked consent always wins: an edit that crossed the revocation is kept aside as a
    // conflict, and the editing tablet takes the office's (revoked) state.
    void aRevokedConsentWinsOverACrossedEdit()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Consent c;
        c.participantId = pid;
        c.kind = ConsentKind::Disclosure;
        c.item = DisclosureItem::SupportNeeds;
        c.recipientKind = RecipientKind::Employer;
        c.recipientId = "9c1a0f00-0000-4000-8000-000000000001";
        c.purpose = "Tilrettelegging";
        c.grantedOn = parseDate("2026-02-01");
        FN_REQUIRE(const Id cid, t.a->create(c));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        c.id = cid;
        c.revokedOn = parseDate("2026-03-02");
        FN_VERIFY_OK(t.a->update(c));
        t.advance(std::chrono::seconds(3));
        Consent edited = c;
        edited.revokedOn.reset();
        edited.purpose = "Tilrettelegging og arbeidstid";
        FN_VERIFY_OK(t.b->update(edited));
        syncAll(*t.a, t.ledger);
        std::vector<ChangeOutcome> outcomes;
        pullThenPush(*t.b, t.ledger, &outcomes);
        QCOMPARE(outcomes.at(0).outcome, Outcome::Conflict);
        syncAll(*t.a, t.ledger);
        for (Store* s : { &*t.a, &*t.b, &*t.office }) {
            FN_REQUIRE(const Consent now, s->get<Consent>(cid));
            QVERIFY(now.revokedOn.has_value());
            QCOMPARE(now.purpose, std::string("Tilrettelegging"));
        }
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    void aConflictOverARevokedConsentCannotBeResolvedAgainstTheRevocation()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Consent c;
        c.participantId = pid;
        c.item = DisclosureItem::ContactDetails;
        c.recipientKind = RecipientKind::Mentor;
        c.recipientId = "9c1a0f00-0000-4000-8000-000000000002";
        c.grantedOn = parseDate("2026-02-01");
        FN_REQUIRE(const Id cid, t.a->create(c));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        c.id = cid;
        c.revokedOn = parseDate("2026-03-02");
        FN_VERIFY_OK(t.a->update(c));
        Consent edited = c;
        edited.revokedOn.reset();
        edited.purpose = "Annet";
        FN_VERIFY_OK(t.b->update(edited));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        FN_REQUIRE(
            auto st, core::StoreInternals::db(*t.b).prepare("SELECT id FROM conflicts WHERE kind = 'revoked-consent'"));
        QVERIFY(*st->step());
        const Id conflict = st->text(0);
        st->reset();
        Replica rb(*t.b);
        auto refused = rb.resolveConflict(conflict, "other");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Immutable);
        FN_REQUIRE(const Consent still, t.b->get<Consent>(cid));
        QVERIFY(still.revokedOn.has_value());
        FN_VERIFY_OK(rb.resolveConflict(conflict, "kept"));
        syncAll(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        QCOMPARE(openConflicts(*t.office), 0);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    // Both tablets resolve the same conflict differently: the first to arrive is recorded, and the
    // second tablet ends up showing what the office recorded.
    void aConflictResolvedTwiceConverges()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        auto pa = *participant(*t.a, pid);
        pa.email = "a@example.invalid";
        FN_VERIFY_OK(t.a->update(pa));
        t.advance(std::chrono::seconds(1));
        auto pb = *participant(*t.b, pid);
        pb.email = "b@example.invalid";
        FN_VERIFY_OK(t.b->update(pb));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        FN_REQUIRE(auto st, core::StoreInternals::db(*t.a).prepare("SELECT id FROM conflicts"));
        QVERIFY(*st->step());
        const Id conflict = st->text(0);
        st->reset();
        FN_VERIFY_OK(Replica(*t.a).resolveConflict(conflict, "kept"));
        FN_VERIFY_OK(Replica(*t.b).resolveConflict(conflict, "kept"));
        syncAll(*t.a, t.ledger);
        pullThenPush(*t.b, t.ledger);
        syncAll(*t.a, t.ledger);
        QCOMPARE(openConflicts(*t.office), 0);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    void journalEntriesNeverConflictAndReplaysAreHarmless()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Visit v;
        v.participantId = pid;
        v.authorId = "staff-a";
        v.contactType = ContactType::Phone;
        v.occurredOn = *parseDate("2026-03-02");
        v.note = "Kort samtale om vaktlisten.";
        FN_REQUIRE(const Id vid, t.a->append(v));
        Replica ra(*t.a);
        FN_REQUIRE(auto pending, ra.pending());
        FN_REQUIRE(auto first, t.ledger.applyBatch(t.a->deviceId(), pending));
        FN_REQUIRE(auto again, t.ledger.applyBatch(t.a->deviceId(), pending));
        QCOMPARE(first.size(), std::size_t { 2 });
        QCOMPARE(first[1].outcome, Outcome::Applied);
        QCOMPARE(again[0].outcome, Outcome::Duplicate);
        QCOMPARE(again[1].outcome, Outcome::Duplicate);
        FN_REQUIRE(const std::int64_t head, t.ledger.head());
        QCOMPARE(head, std::int64_t { 2 });
        FN_VERIFY_OK(ra.acknowledge(pending.back().seq));
        pullAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        FN_REQUIRE(auto visits, core::StoreInternals::select<Visit>(*t.b));
        QCOMPARE(visits.size(), std::size_t { 1 });
        QCOMPARE(visits[0].id, vid);
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
        QCOMPARE(dumpOf(*t.b), dumpOf(*t.office));
    }

    // A change the office cannot store is refused on its own: the rest of the batch is applied,
    // and the device's high-water passes it, so one bad change never blocks a tablet's sync.
    void aChangeTheOfficeCannotStoreIsRejectedNotFatal_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("fields");
        QTest::newRow("no owner to scope it") << "goals"
                                              << R"({"text":"x"})";
        QTest::newRow("missing required column") << "workplace_tasks"
                                                 << R"({"employer_id":"9c1a0f00-0000-4000-8000-000000000003"})";
        QTest::newRow("null in a not-null column") << "participants"
                                                   << R"({"display_name":null})";
    }

    void aChangeTheOfficeCannotStoreIsRejectedNotFatal()
    {
        QFETCH(QString, table);
        QFETCH(QString, fields);
        Team t;
        Change bad;
        bad.seq = 1;
        bad.op = ChangeOp::Create;
        bad.table = table.toStdString();
        bad.rowId = "5d2e0c00-0000-4000-8000-000000000001";
        bad.version = { HybridClock::fromMs(t.a.clock().nowMs()), t.a->deviceId() };
        const auto j = nlohmann::json::parse(fields.toStdString());
        for (const auto& [k, v] : j.items())
            bad.fields.emplace_back(k, valueFromJson(v));
        Change good;
        good.seq = 2;
        good.op = ChangeOp::Create;
        good.table = "employers";
        good.rowId = "5d2e0c00-0000-4000-8000-000000000002";
        good.version = { bad.version.hlc + 1, t.a->deviceId() };
        good.fields = { { "name", std::string("Fjordkanten Kafé") } };
        FN_REQUIRE(auto outcomes, t.ledger.applyBatch(t.a->deviceId(), { bad, good }));
        QCOMPARE(outcomes.size(), std::size_t { 2 });
        QCOMPARE(outcomes[0].outcome, Outcome::Rejected);
        QVERIFY(!outcomes[0].reason.empty());
        QCOMPARE(outcomes[1].outcome, Outcome::Applied);
        FN_REQUIRE(const std::int64_t hw, t.ledger.highWater(t.a->deviceId()));
        QCOMPARE(hw, std::int64_t { 2 });
        FN_REQUIRE(auto employer, t.office->find<Employer>(good.rowId));
        QVERIFY(employer.has_value());
    }

    // An office command (enrolling a tablet, assigning a participant) writes from its own process
    // beside the running server: neither may issue a version the other has issued.
    void twoOfficeProcessesNeverIssueTheSameVersion()
    {
        test::TempStore office { "office", 100 };
        FN_REQUIRE(auto second, Store::open(office.dir(), test::passphrase, office.options()));
        Ledger server(*office);
        Ledger command(*second);
        Change staff;
        staff.op = ChangeOp::Create;
        staff.table = "staff";
        staff.rowId = "6a000000-0000-4000-8000-000000000001";
        staff.fields = { { "name", std::string("Ingrid Lunde") } };
        FN_REQUIRE(auto first, command.applyOwn(staff));
        QCOMPARE(first.outcome, Outcome::Applied);
        Change rename;
        rename.op = ChangeOp::Set;
        rename.table = "staff";
        rename.rowId = staff.rowId;
        rename.column = "name";
        rename.value = std::string("Ingrid M. Lunde");
        FN_REQUIRE(auto created, server.rowState("staff", staff.rowId));
        QVERIFY(created.has_value());
        rename.base = created->created;
        // Same wall clock, fresh in-memory clock in the server's process: still a later version.
        FN_REQUIRE(auto second_, server.applyOwn(rename));
        QCOMPARE(second_.outcome, Outcome::Applied);
        FN_REQUIRE(auto after, command.rowState("staff", staff.rowId));
        QVERIFY(after.has_value());
        QCOMPARE(after->fieldVersions.size(), std::size_t { 1 });
        QVERIFY(after->fieldVersions[0].second > after->created);
    }

    void theOfficesOwnTypedEditsReachTheFeed()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.office->create(invented("Sara Testesen")));
        FN_VERIFY_OK(t.ledger.publishLocal());
        FN_REQUIRE(const std::int64_t queued, Replica(*t.office).pendingCount());
        QCOMPARE(queued, std::int64_t { 0 });
        syncAll(*t.a, t.ledger);
        QVERIFY(participant(*t.a, pid).has_value());
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
    }

    // When the office refuses a change, the tablet takes the office's row back, keeping the edits
    // it has not sent yet.
    void aRefusedEditIsUndoneAndLaterEditsSurvive()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        auto p = *participant(*t.a, pid);
        p.phone = "90000002";
        FN_VERIFY_OK(t.a->update(p));
        p.email = "sara@example.invalid";
        FN_VERIFY_OK(t.a->update(p));
        Replica ra(*t.a);
        FN_REQUIRE(auto pending, ra.pending());
        QCOMPARE(pending.size(), std::size_t { 2 });
        const std::vector<Change> first { pending[0] };
        FN_REQUIRE(auto outcomes,
            t.ledger.applyBatch(t.a->deviceId(), first, [](const Change&, const std::string&) { return "refused"; }));
        QCOMPARE(outcomes.at(0).outcome, Outcome::Rejected);
        FN_VERIFY_OK(ra.acknowledge(pending[0].seq));
        FN_REQUIRE(auto officeRow, t.ledger.rowState("participants", pid));
        FN_VERIFY_OK(ra.restore("participants", pid, officeRow));
        QCOMPARE(participant(*t.a, pid)->phone, std::string());
        QCOMPARE(participant(*t.a, pid)->email, std::string("sara@example.invalid"));
        syncAll(*t.a, t.ledger);
        QCOMPARE(participant(*t.office, pid)->email, std::string("sara@example.invalid"));
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
    }

    void aRefusedNewRecordLeavesTheTablet()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        Goal g;
        g.participantId = pid;
        g.text = "Ta bussen alene";
        FN_REQUIRE(const Id gid, t.a->create(g));
        Replica ra(*t.a);
        FN_REQUIRE(auto pending, ra.pending());
        FN_REQUIRE(auto outcomes,
            t.ledger.applyBatch(t.a->deviceId(), pending, [](const Change&, const std::string&) { return "refused"; }));
        QCOMPARE(outcomes.at(0).outcome, Outcome::Rejected);
        FN_VERIFY_OK(ra.acknowledge(pending.back().seq));
        FN_VERIFY_OK(ra.applySnapshot("p:" + pid, "s1", {}, true));
        FN_VERIFY_OK(ra.restore("goals", gid, std::nullopt));
        FN_REQUIRE(auto gone, t.a->find<Goal>(gid));
        QVERIFY(!gone);
        // The participant's scope is missing a row the office may still have: no longer held whole.
        FN_REQUIRE(auto held, ra.heldScopes());
        QVERIFY(held.empty());
        FN_REQUIRE(auto hits, t.a->search("bussen"));
        QVERIFY(hits.empty());
        QCOMPARE(dumpOf(*t.a), dumpOf(*t.office));
    }

    // The answer to a push can be lost; the tablet sends the batch again and must hear that a
    // refused change was refused, not that it is already there.
    void aRefusedChangeSentAgainIsRefusedAgain()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Replica ra(*t.a);
        FN_REQUIRE(auto pending, ra.pending());
        const Ledger::Permission refuse = [](const Change&, const std::string&) { return "not followed by you"; };
        FN_REQUIRE(auto first, t.ledger.applyBatch(t.a->deviceId(), pending, refuse));
        FN_REQUIRE(auto again, t.ledger.applyBatch(t.a->deviceId(), pending, refuse));
        QCOMPARE(first.at(0).outcome, Outcome::Rejected);
        QCOMPARE(again.at(0).outcome, Outcome::Rejected);
        QCOMPARE(again.at(0).reason, std::string("not followed by you"));
        FN_REQUIRE(auto gone, t.office->find<Participant>(pid));
        QVERIFY(!gone);
    }

    // A scope that could not be dropped because of work still to send is no longer held whole: the
    // changes the feed passed by meanwhile must come in a fresh snapshot, not be skipped.
    void aScopeKeptForPendingWorkIsNoLongerHeldWhole()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        syncAll(*t.a, t.ledger);
        Replica ra(*t.a);
        FN_VERIFY_OK(ra.applySnapshot("p:" + pid, "s1", {}, true));
        auto p = *participant(*t.a, pid);
        p.phone = "90000004";
        FN_VERIFY_OK(t.a->update(p));
        FN_REQUIRE(auto kept, ra.evict({ "p:" + pid }));
        QCOMPARE(kept, std::vector<std::string> { "p:" + pid });
        FN_REQUIRE(auto held, ra.heldScopes());
        QVERIFY(held.empty());
        QVERIFY(participant(*t.a, pid).has_value());
    }

    void anErasedParticipantIsGoneEverywhere()
    {
        Team t;
        FN_REQUIRE(const Id pid, t.a->create(invented("Sara Testesen")));
        Visit v;
        v.participantId = pid;
        v.authorId = "staff-a";
        v.contactType = ContactType::HomeVisit;
        v.occurredOn = *parseDate("2026-03-01");
        v.note = "Hjemmebesøk.";
        FN_VERIFY_OK(t.a->append(v));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        FN_VERIFY_OK(t.ledger.purge("p:" + pid));
        syncAll(*t.a, t.ledger);
        syncAll(*t.b, t.ledger);
        for (Store* s : { &*t.a, &*t.b, &*t.office }) {
            FN_REQUIRE(auto st,
                core::StoreInternals::db(*s).prepare(
                    "SELECT (SELECT count(*) FROM participants) + (SELECT count(*) FROM visits)"));
            QVERIFY(*st->step());
            QCOMPARE(st->integer(0), std::int64_t { 0 });
            st->reset();
        }
        // A late edit from a tablet that had not heard of the erasure is dropped, and nothing of it
        // is kept: not even a refusal under its number.
        Visit late = v;
        late.id.clear();
        Change c;
        c.seq = 99;
        c.op = ChangeOp::Append;
        c.table = "visits";
        c.rowId = "5d2e0c00-0000-4000-8000-000000000009";
        c.version = { HybridClock::fromMs(t.a.clock().nowMs()), t.a->deviceId() };
        c.fields = encodeRecord(late);
        FN_REQUIRE(auto outcomes, t.ledger.applyBatch(t.a->deviceId(), { c }));
        QCOMPARE(outcomes.at(0).outcome, Outcome::Erased);
        QCOMPARE(outcomes.at(0).scope, "p:" + pid);
        FN_REQUIRE(auto again, t.ledger.applyBatch(t.a->deviceId(), { c }));
        QCOMPARE(again.at(0).outcome, Outcome::Erased);
        FN_REQUIRE(
            auto refusals, core::StoreInternals::db(*t.office).prepare("SELECT count(*) FROM device_rejections"));
        QVERIFY(*refusals->step());
        QCOMPARE(refusals->integer(0), std::int64_t { 0 });
        refusals->reset();
    }

    void twoDifferentResolutionsOfOneConflictCrossLikeEdits_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("kept, then other") << "kept"
                                          << "other";
        QTest::newRow("other, then kept") << "other"
                                          << "kept";
        QTest::newRow("a new value, then other") << "value"
                                                 << "other";
    }

    // Two people resolve one conflict differently, neither having seen the other's decision. Each
    // decision is an edit of the field made from the version the conflict kept, so the two crossed
    // like any two edits: the greater version wins, and the other decision is kept in a new
    // conflict for a person to see. The first record stays true to what its resolver decided.
    void twoDifferentResolutionsOfOneConflictCrossLikeEdits()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        OfficeTeam o;
        Participant p;
        p.displayName = "Sara Testesen";
        p.specialistId = o.ingrid;
        FN_REQUIRE(const Id pid, o.a.store().create(p));
        o.syncAll();
        FN_REQUIRE(Participant pa, o.a.store().get<Participant>(pid));
        pa.email = "a@example.invalid";
        FN_VERIFY_OK(o.a.store().update(pa));
        o.advance(std::chrono::seconds(1));
        FN_REQUIRE(Participant pb, o.b.store().get<Participant>(pid));
        pb.email = "b@example.invalid";
        FN_VERIFY_OK(o.b.store().update(pb));
        o.sync(o.a);
        o.sync(o.b);
        o.sync(o.a);
        const auto raised = conflictsAbout(o.a.store(), pid);
        QCOMPARE(raised.size(), std::size_t { 1 });
        const Id conflict = raised[0].id;
        QCOMPARE(raised[0].kept, Value(std::string("b@example.invalid")));

        auto chosen = [](const QString& choice) {
            return choice == "kept" ? Value(std::string("b@example.invalid"))
                : choice == "other" ? Value(std::string("a@example.invalid"))
                                    : Value(std::string("c@example.invalid"));
        };
        o.advance(std::chrono::seconds(1));
        FN_VERIFY_OK(Replica(o.a.store()).resolveConflict(conflict, first.toStdString(), chosen(first)));
        o.advance(std::chrono::seconds(1));
        FN_VERIFY_OK(Replica(o.b.store()).resolveConflict(conflict, second.toStdString(), chosen(second)));
        o.sync(o.a);
        o.sync(o.b);
        o.syncAll();

        FN_REQUIRE(const Participant now, o.office.store().get<Participant>(pid));
        const auto records = conflictsAbout(o.office.store(), pid);
        QCOMPARE(records.size(), std::size_t { 2 });
        QCOMPARE(records[0].id, conflict);
        QCOMPARE(QString::fromStdString(records[0].resolution), first);
        // The second decision is the greater version: it is in the field, and the first is set aside.
        const ConflictRow& crossed = records[1];
        QCOMPARE(crossed.kind, std::string("field"));
        QCOMPARE(crossed.column, std::string("email"));
        QCOMPARE(crossed.resolution, std::string());
        QCOMPARE(crossed.kept, chosen(second));
        QCOMPARE(crossed.other, chosen(first));
        QCOMPARE(Value(now.email), chosen(second));
        o.verifyConverged();
    }

    // After a removal crossed an edit, one person restores the record and another keeps it
    // removed, neither knowing of the other: the two decisions crossed, so the record stays
    // removed (as any removal that crossed an edit) and a new conflict lets a person restore it.
    void aRestoreAndAKeepOfOneRemovalCrossLikeEdits_data()
    {
        QTest::addColumn<bool>("restoreFirst");
        QTest::newRow("kept removed, then restored") << false;
        QTest::newRow("restored, then kept removed") << true;
    }

    void aRestoreAndAKeepOfOneRemovalCrossLikeEdits()
    {
        QFETCH(bool, restoreFirst);
        OfficeTeam o;
        Participant p;
        p.displayName = "Sara Testesen";
        p.specialistId = o.ingrid;
        FN_REQUIRE(const Id pid, o.a.store().create(p));
        FN_REQUIRE(const Id gid, o.a.store().create(Goal { {}, pid, {}, "Lære kassearbeid", GoalStatus::Open, {} }));
        o.syncAll();
        FN_VERIFY_OK(o.a.store().remove("goals", gid));
        FN_REQUIRE(Goal g, o.b.store().get<Goal>(gid));
        g.text = "Lære kassearbeid og varemottak";
        FN_VERIFY_OK(o.b.store().update(g));
        o.sync(o.b);
        o.sync(o.a);
        o.sync(o.b);
        const auto raised = conflictsAbout(o.a.store(), gid);
        QCOMPARE(raised.size(), std::size_t { 1 });
        QCOMPARE(raised[0].kind, std::string("delete-edit"));

        test::TestTablet& restorer = restoreFirst ? o.a : o.b;
        test::TestTablet& keeper = restoreFirst ? o.b : o.a;
        o.advance(std::chrono::seconds(1));
        FN_VERIFY_OK(Replica(restorer.store()).resolveConflict(raised[0].id, "other"));
        o.advance(std::chrono::seconds(1));
        FN_VERIFY_OK(Replica(keeper.store()).resolveConflict(raised[0].id, "kept"));
        o.sync(restoreFirst ? restorer : keeper);
        o.sync(restoreFirst ? keeper : restorer);
        o.syncAll();

        FN_REQUIRE(const auto goal, o.office.office().ledger().rowState("goals", gid));
        QVERIFY(goal && goal->deleted);
        const auto records = conflictsAbout(o.office.store(), gid);
        QCOMPARE(records.size(), std::size_t { 2 });
        QCOMPARE(records[0].resolution, std::string(restoreFirst ? "other" : "kept"));
        QCOMPARE(records[1].kind, std::string("delete-edit"));
        QCOMPARE(records[1].resolution, std::string());
        o.verifyConverged();
    }

    // A restore is an edit of the record's removal. A delete made by someone who saw the record
    // before the removal and the restore (but after every other edit) crossed that restore: it is
    // a conflict, as a delete that crossed any edit, not a silent undoing of a person's decision.
    void aDeleteThatDidNotSeeARestoreIsAConflict()
    {
        OfficeTeam o;
        Participant p;
        p.displayName = "Sara Testesen";
        p.specialistId = o.ingrid;
        FN_REQUIRE(const Id pid, o.a.store().create(p));
        FN_REQUIRE(const Id gid, o.a.store().create(Goal { {}, pid, {}, "Lære kassearbeid", GoalStatus::Open, {} }));
        o.syncAll();
        FN_REQUIRE(Goal g, o.b.store().get<Goal>(gid));
        g.text = "Lære kassearbeid og varemottak";
        FN_VERIFY_OK(o.b.store().update(g));
        o.sync(o.b);
        o.sync(o.c); // C sees the edit, and nothing after it
        FN_VERIFY_OK(o.a.store().remove("goals", gid));
        o.sync(o.a); // the removal crossed B's edit
        o.sync(o.b);
        const auto raised = conflictsAbout(o.b.store(), gid);
        QCOMPARE(raised.size(), std::size_t { 1 });
        FN_VERIFY_OK(Replica(o.b.store()).resolveConflict(raised[0].id, "other"));
        o.sync(o.b);
        FN_REQUIRE(const auto restored, o.office.office().ledger().rowState("goals", gid));
        QVERIFY(restored && !restored->deleted);

        o.advance(std::chrono::seconds(1));
        FN_VERIFY_OK(o.c.store().remove("goals", gid));
        o.sync(o.c);
        const auto records = conflictsAbout(o.office.store(), gid);
        QCOMPARE(records.size(), std::size_t { 2 });
        QCOMPARE(records[1].kind, std::string("delete-edit"));
        QCOMPARE(records[1].resolution, std::string());
        o.syncAll();
        o.verifyConverged();

        // A person restores it again from the new conflict.
        FN_VERIFY_OK(Replica(o.a.store()).resolveConflict(records[1].id, "other"));
        o.sync(o.a);
        o.syncAll();
        FN_REQUIRE(const auto again, o.office.office().ledger().rowState("goals", gid));
        QVERIFY(again && !again->deleted);
        o.verifyConverged();
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
