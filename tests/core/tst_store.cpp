// Typed records, change tracking, journal immutability, tombstones, search and drafts.
#include "replica.h"
#include "store.h"
#include "storeinternals.h"
#include "testsupport.h"
#include "validfields.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Participant invented(std::string name)
{
    return test::inventedParticipant(std::move(name));
}

Visit visitFor(const Id& participant, std::string note)
{
    Visit v;
    v.participantId = participant;
    v.authorId = "staff-1";
    v.contactType = ContactType::WorkplaceFollowUp;
    v.occurredOn = *parseDate("2026-03-02");
    v.note = std::move(note);
    return v;
}

struct OutboxRow {
    std::string op, tbl, rowId, col;
    Value value;
    std::int64_t hlc = 0, baseHlc = 0;
    std::string baseDev;
};

std::vector<OutboxRow> outbox(Store& store)
{
    std::vector<OutboxRow> out;
    auto st = core::StoreInternals::db(store).prepare(
        "SELECT op, tbl, row_id, coalesce(col, ''), value, hlc, coalesce(base_hlc, 0), "
        "coalesce(base_dev, '') FROM outbox ORDER BY seq");
    while (*(*st)->step())
        out.push_back({ (*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3), (*st)->column(4),
            (*st)->integer(5), (*st)->integer(6), (*st)->text(7) });
    (*st)->reset();
    return out;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // SQL made from input (a list of ids, a set of columns) is different text every time: the
    // prepared-statement cache keeps at most its bound, and a statement in the middle of its rows
    // is never the one let go.
    void thePreparedStatementCacheIsBounded()
    {
        test::TempStore store;
        Database& db = core::StoreInternals::db(*store);
        FN_REQUIRE(Statement * walking,
            db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT i FROM n"));
        FN_REQUIRE(bool row, walking->step());
        QVERIFY(row);
        QCOMPARE(walking->integer(0), std::int64_t { 1 });
        for (std::size_t i = 0; i < 3 * Database::maxCachedStatements; ++i) {
            FN_REQUIRE(Statement * st, db.prepare("SELECT " + std::to_string(i)));
            FN_REQUIRE(const bool one, st->step());
            QVERIFY(one);
            QCOMPARE(st->integer(0), static_cast<std::int64_t>(i));
            st->reset();
            QVERIFY(db.cachedStatements() <= Database::maxCachedStatements);
        }
        for (std::int64_t expected : { 2, 3 }) {
            FN_REQUIRE(row, walking->step());
            QVERIFY(row);
            QCOMPARE(walking->integer(0), expected);
        }
        walking->reset();
        // The store's own work goes on as before with a full cache.
        FN_REQUIRE(const Id id, store->create(invented("Sara Testesen")));
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.displayName, std::string("Sara Testesen"));
    }

    void createsAndReadsATypedRecord()
    {
        test::TempStore store;
        FN_REQUIRE(const Id id, store->create(invented("Sara Testesen")));
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.displayName, std::string("Sara Testesen"));
        QCOMPARE(p.programme, Programme::Ips);
        QCOMPARE(p.steps, std::set<int>({ 2 }));
        QCOMPARE(formatDate(*p.referralOn), std::string("2026-01-15"));
        QVERIFY(!p.measureEndOn);

        const auto queued = outbox(*store);
        QCOMPARE(queued.size(), std::size_t { 1 });
        QCOMPARE(queued[0].op, std::string("create"));
        QCOMPARE(queued[0].rowId, id);
    }

    void updateTracksEachChangedFieldWithItsBase()
    {
        test::TempStore store;
        FN_REQUIRE(const Id id, store->create(invented("Sara Testesen")));
        FN_REQUIRE(Participant p, store->get<Participant>(id));
        const auto created = outbox(*store).at(0).hlc;

        p.status = ParticipantStatus::JobSearch;
        p.preferredLanguage = "norsk";
        store.clock().advance(std::chrono::seconds(5));
        FN_VERIFY_OK(store->update(p));
        p.status = ParticipantStatus::JobTasting;
        store.clock().advance(std::chrono::seconds(5));
        FN_VERIFY_OK(store->update(p));
        FN_VERIFY_OK(store->update(p)); // nothing changed: nothing queued

        const auto q = outbox(*store);
        QCOMPARE(q.size(), std::size_t { 4 });
        QCOMPARE(q[1].op, std::string("set"));
        QCOMPARE(q[1].col, std::string("status"));
        QCOMPARE(q[1].baseHlc, created); // the first edit saw the creation version
        QCOMPARE(q[1].baseDev, std::string("device-a"));
        QCOMPARE(q[2].col, std::string("preferred_language"));
        QCOMPARE(q[3].col, std::string("status"));
        QCOMPARE(q[3].baseHlc, q[1].hlc); // the second edit saw the first
        QCOMPARE(q[3].value, Value(std::string("job_tasting")));
        QVERIFY(q[3].hlc > q[1].hlc);

        FN_REQUIRE(const auto versions, store->fieldVersions(*findTable("participants"), id));
        for (const auto& [col, v] : versions) {
            if (col == "status")
                QCOMPARE(v.hlc, static_cast<std::uint64_t>(q[3].hlc));
            else if (col == "display_name")
                QCOMPARE(v.hlc, static_cast<std::uint64_t>(created));
        }
    }

    void versionsNeverGoBackEvenIfTheClockDoes()
    {
        test::TempStore store;
        FN_REQUIRE(const Id id, store->create(invented("Sara Testesen")));
        const auto first = outbox(*store).at(0).hlc;
        store.clock().advance(-std::chrono::hours(48));
        store.reopen();
        FN_REQUIRE(Participant p, store->get<Participant>(id));
        p.displayName = "Sara T.";
        FN_VERIFY_OK(store->update(p));
        QVERIFY(outbox(*store).at(1).hlc > first);
    }

    void journalEntriesAreImmutable()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        Visit v = visitFor(pid, "Første dag på lageret.");
        FN_REQUIRE(const Id vid, store->append(v));
        v.id = vid;
        auto again = store->append(v);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Immutable);
        auto edit = store->setFields(*findTable("visits"), vid, { { "note", std::string("endret") } });
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, ErrorCode::Immutable);
        auto del = store->remove("visits", vid);
        QVERIFY(!del);
        QCOMPARE(del.error().code, ErrorCode::Immutable);

        Visit correction = visitFor(pid, "Rettelse: det var andre dag.");
        correction.correctsId = vid;
        FN_VERIFY_OK(store->append(correction));
        FN_REQUIRE(
            const auto visits, core::StoreInternals::select<Visit>(*store, "participant_id = ?", { pid }, "_hlc"));
        QCOMPARE(visits.size(), std::size_t { 2 });
        QCOMPARE(visits[0].note, std::string("Første dag på lageret."));
        QCOMPARE(*visits[1].correctsId, vid);
    }

    void journalEntryNeedsItsRequiredFields_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("author") << "author_id";
        QTest::newRow("date") << "occurred_on";
    }

    void journalEntryNeedsItsRequiredFields()
    {
        QFETCH(QString, missing);
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        FieldValues fields = encodeRecord(visitFor(pid, "x"));
        std::erase_if(fields, [&](const auto& f) { return f.first == missing.toStdString(); });
        auto r = store->appendFields(*findTable("visits"), "00000000-0000-4000-8000-000000000001", fields);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }

    void aBrokenRuleIsNotCalledADuplicate()
    {
        // Only a record whose id is taken "already exists"; any other rule the row breaks (here, no
        // value for a list the schema requires) is reported as such.
        test::TempStore store;
        FieldValues fields = encodeRecord(invented("Sara Testesen"));
        for (auto& [col, value] : fields)
            if (col == "steps")
                value = Value();
        const Id id = "00000000-0000-4000-8000-000000000042";
        auto r = store->createFields(*findTable("participants"), id, fields);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        FN_VERIFY_OK(store->createFields(*findTable("participants"), id, encodeRecord(invented("Sara Testesen"))));
        auto again = store->createFields(*findTable("participants"), id, encodeRecord(invented("Sara Testesen")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);

        FieldValues visit = encodeRecord(visitFor(id, "Første møte."));
        for (auto& [col, value] : visit)
            if (col == "attendees")
                value = Value();
        auto entry = store->appendFields(*findTable("visits"), "00000000-0000-4000-8000-000000000043", visit);
        QVERIFY(!entry);
        QCOMPARE(entry.error().code, ErrorCode::InvalidArgument);
    }

    void scopeFollowsTheOwner_data()
    {
        QTest::addColumn<bool>("withParticipant");
        QTest::addColumn<bool>("withEmployer");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("participant") << true << false << "p:";
        QTest::newRow("participant and employer") << true << true << "p:";
        QTest::newRow("employer only") << false << true << "e:";
        QTest::newRow("neither") << false << false << "";
    }

    void scopeFollowsTheOwner()
    {
        QFETCH(bool, withParticipant);
        QFETCH(bool, withEmployer);
        QFETCH(QString, prefix);
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        Employer e;
        e.name = "Prøvebakeriet";
        FN_REQUIRE(const Id eid, store->create(e));
        Visit v = visitFor(pid, "x");
        v.participantId = withParticipant ? OptId(pid) : std::nullopt;
        v.employerId = withEmployer ? OptId(eid) : std::nullopt;
        auto id = store->append(v);
        if (prefix.isEmpty()) {
            QVERIFY(!id);
            QCOMPARE(id.error().code, ErrorCode::InvalidArgument);
            return;
        }
        FN_VERIFY_OK(id);
        FN_REQUIRE(const auto row, readRowState(*store, *findTable("visits"), *id));
        QCOMPARE(QString::fromStdString(row->scope), prefix + QString::fromStdString(prefix == "p:" ? pid : eid));
    }

    void aRecordCannotMoveToAnotherParticipant()
    {
        test::TempStore store;
        FN_REQUIRE(const Id a, store->create(invented("Sara Testesen")));
        FN_REQUIRE(const Id b, store->create(invented("Per Prøvesen")));
        Goal g;
        g.participantId = a;
        g.text = "Ta bussen alene";
        FN_REQUIRE(const Id gid, store->create(g));
        g.id = gid;
        g.participantId = b;
        auto r = store->update(g);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Immutable);
    }

    void aRevokedConsentIsFinal()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        Consent c;
        c.participantId = pid;
        c.item = DisclosureItem::SupportNeeds;
        c.recipientKind = RecipientKind::Employer;
        c.grantedOn = parseDate("2026-02-01");
        FN_REQUIRE(const Id cid, store->create(c));
        c.id = cid;
        c.revokedOn = parseDate("2026-03-01");
        FN_VERIFY_OK(store->update(c));
        c.revokedOn.reset();
        auto unrevoke = store->update(c);
        QVERIFY(!unrevoke);
        QCOMPARE(unrevoke.error().code, ErrorCode::Immutable);
        auto del = store->remove("consents", cid);
        QVERIFY(!del);
        QCOMPARE(del.error().code, ErrorCode::Immutable);
        FN_REQUIRE(const Consent stored, store->get<Consent>(cid));
        QVERIFY(!stored.isActive());
    }

    void removeLeavesATombstone()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        Goal g;
        g.participantId = pid;
        g.text = "Ta bussen alene";
        FN_REQUIRE(const Id gid, store->create(g));
        FN_VERIFY_OK(store->remove("goals", gid));
        FN_REQUIRE(const auto found, store->find<Goal>(gid));
        QVERIFY(!found);
        FN_REQUIRE(const auto row, readRowState(*store, *findTable("goals"), gid));
        QVERIFY(row && row->deleted);
        const auto q = outbox(*store);
        QCOMPARE(q.back().op, std::string("delete"));
        auto again = store->remove("goals", gid);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    void rejectsValuesOfTheWrongShape_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("date") << "referral_on"
                              << "15.01.2026";
        QTest::newRow("impossible date") << "referral_on"
                                         << "2026-02-30";
        QTest::newRow("code") << "status"
                              << "hired";
        QTest::newRow("steps") << "steps"
                               << "one";
        QTest::newRow("unknown column") << "national_id"
                                        << "x";
    }

    void rejectsValuesOfTheWrongShape()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        auto r = store->setFields(*findTable("participants"), pid, { { column.toStdString(), value.toStdString() } });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }

    void searchFindsNamesAndNotes()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        FN_REQUIRE(const Id other, store->create(invented("Jørgen Øvrebø")));
        FN_VERIFY_OK(store->append(visitFor(pid, "Lærte å kjøre truck på lageret.")));
        Goal g;
        g.participantId = other;
        g.text = "Søke jobb i barnehage";
        FN_REQUIRE(const Id gid, store->create(g));

        FN_REQUIRE(auto hits, store->search("truck"));
        QCOMPARE(hits.size(), std::size_t { 1 });
        QCOMPARE(hits[0].participantId, pid);
        QVERIFY(hits[0].snippet.find("[truck]") != std::string::npos);

        FN_REQUIRE(hits, store->search("jørg"));
        QCOMPARE(hits.size(), std::size_t { 1 });
        QCOMPARE(hits[0].rowId, other);

        FN_REQUIRE(hits, store->search("barneh"));
        QCOMPARE(hits.size(), std::size_t { 1 });
        FN_VERIFY_OK(store->remove("goals", gid));
        FN_REQUIRE(hits, store->search("barneh"));
        QVERIFY(hits.empty());

        FN_REQUIRE(hits, store->search("\"quoted\" AND OR NEAR("));
        QVERIFY(hits.empty()); // operators are words, not syntax
    }

    void searchSeesItsOwnTransaction()
    {
        // Search entries are written when a transaction commits; a search inside it still sees them.
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        FN_VERIFY_OK(store->transaction([&]() -> Status {
            FN_TRY(store->append(visitFor(pid, "Øvde på truckførerbevis.")));
            FN_TRY_ASSIGN(const auto hits, store->search("truckfører"));
            if (hits.size() != 1)
                return fail(ErrorCode::Internal, "the visit saved in this transaction is not found");
            return {};
        }));
        FN_REQUIRE(const auto hits, store->search("truckfører"));
        QCOMPARE(hits.size(), std::size_t { 1 });
    }

    void searchEntriesOfAnAbandonedTransactionAreGone()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        auto r = store->transaction([&]() -> Status {
            FN_TRY(store->append(visitFor(pid, "Skulle aldri vært lagret.")));
            return fail(ErrorCode::InvalidArgument, "changed my mind");
        });
        QVERIFY(!r);
        FN_REQUIRE(const auto hits, store->search("aldri"));
        QVERIFY(hits.empty());
        FN_REQUIRE(const auto visits, core::StoreInternals::select<Visit>(*store));
        QVERIFY(visits.empty());
        // The next transaction indexes only its own rows.
        FN_VERIFY_OK(store->append(visitFor(pid, "Lagret denne gangen.")));
        FN_REQUIRE(const auto saved, store->search("gangen"));
        QCOMPARE(saved.size(), std::size_t { 1 });
    }

    void manyRowsInOneTransactionAreAllIndexed()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        std::vector<Id> ids;
        FN_VERIFY_OK(store->transaction([&]() -> Status {
            for (int i = 0; i < 300; ++i) {
                FN_TRY_ASSIGN(Id id, store->append(visitFor(pid, "Besøk merke" + std::to_string(i) + "x")));
                ids.push_back(std::move(id));
            }
            return {};
        }));
        FN_VERIFY_OK(
            core::StoreInternals::db(*store).exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')"));
        for (int i : { 0, 150, 299 }) {
            FN_REQUIRE(const auto hits, store->search("merke" + std::to_string(i) + "x"));
            QCOMPARE(hits.size(), std::size_t { 1 });
            QCOMPARE(hits[0].rowId, ids[static_cast<std::size_t>(i)]);
        }
    }

    void searchEntryOfANewRowIsTheOneARebuildWrites_data()
    {
        QTest::addColumn<bool>("inATransaction");
        QTest::newRow("alone") << false;
        QTest::newRow("in a transaction") << true;
    }

    void searchEntryOfANewRowIsTheOneARebuildWrites()
    {
        // A new row's entry is made from the values written; an edited row's is read back from its
        // table. Both must give the same entry, for every searchable table.
        QFETCH(bool, inATransaction);
        test::TempStore store;
        auto entryOf = [&](const TableInfo& t, const Id& id) {
            auto st = core::StoreInternals::db(*store).prepare(
                "SELECT tbl, row_id, participant_id, body FROM search_index WHERE tbl = ? AND row_id = ?");
            (*st)->bind(1, t.name).bind(2, id);
            std::vector<std::string> out;
            while (*(*st)->step())
                out = { (*st)->text(0), (*st)->text(1), (*st)->text(2), (*st)->text(3) };
            (*st)->reset();
            return out;
        };
        std::vector<std::pair<const TableInfo*, Id>> written;
        FN_REQUIRE(const test::References refs, test::makeReferences(*store));
        auto writeAll = [&]() -> Status {
            for (const TableInfo& t : catalogue()) {
                if (t.searchable.empty())
                    continue;
                const auto filled = test::validFields(t, "ordet " + std::string(t.name), refs);
                const Id id = store->ids().next();
                if (t.recordClass == RecordClass::Journal)
                    FN_TRY(store->appendFields(t, id, filled.fields));
                else
                    FN_TRY(store->createFields(t, id, filled.fields));
                written.emplace_back(&t, id);
            }
            return {};
        };
        if (inATransaction)
            FN_VERIFY_OK(store->transaction(writeAll));
        else
            FN_VERIFY_OK(writeAll());
        QVERIFY(written.size() > 10);
        for (const auto& [table, id] : written) {
            const auto fresh = entryOf(*table, id);
            QVERIFY2(fresh.size() == 4, table->name.data());
            QVERIFY(fresh[3].find("ordet") != std::string::npos);
            FN_VERIFY_OK(store->reindex(*table, id));
            QCOMPARE(entryOf(*table, id), fresh);
        }
    }

    void emptyTextIsBoundAsTextNotNull()
    {
        test::TempStore store;
        FN_VERIFY_OK(store->saveDraft({ "00000000-0000-4000-8000-0000000000d1", "visit", {}, 0, "{}" }));
        FN_VERIFY_OK(store->saveDraft({ "00000000-0000-4000-8000-0000000000d2", "employer", {}, 0, "{}" }));
        // drafts() without a kind lists every kind; its empty kind must not become NULL on the way in.
        FN_REQUIRE(const auto all, store->drafts());
        QCOMPARE(all.size(), std::size_t { 2 });
        FN_REQUIRE(const auto visits, store->drafts("visit"));
        QCOMPARE(visits.size(), std::size_t { 1 });
    }

    void draftsStayLocal()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        const auto before = outbox(*store).size();
        Draft d { "00000000-0000-4000-8000-00000000d001", "visit", pid, 0, R"({"note":"halvferdig"})" };
        FN_VERIFY_OK(store->saveDraft(d));
        d.payload = R"({"note":"nesten ferdig"})";
        FN_VERIFY_OK(store->saveDraft(d));
        FN_REQUIRE(const auto drafts, store->drafts("visit"));
        QCOMPARE(drafts.size(), std::size_t { 1 });
        QCOMPARE(drafts[0].payload, d.payload);
        FN_REQUIRE(const auto everyKind, store->drafts()); // no kind given: every draft
        QCOMPARE(everyKind.size(), std::size_t { 1 });
        QCOMPARE(outbox(*store).size(), before);
        FN_VERIFY_OK(store->discardDraft(d.id));
        FN_REQUIRE(const auto gone, store->draft(d.id));
        QVERIFY(!gone);
    }

    void dataSurvivesReopening()
    {
        test::TempStore store;
        FN_REQUIRE(const Id pid, store->create(invented("Sara Testesen")));
        FN_VERIFY_OK(store->append(visitFor(pid, "Lagret før lukking.")));
        store.reopen();
        FN_REQUIRE(const auto visits, core::StoreInternals::select<Visit>(*store, "participant_id = ?", { pid }));
        QCOMPARE(visits.size(), std::size_t { 1 });
        QCOMPARE(store->deviceId(), std::string("device-a"));
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pending());
        QCOMPARE(pending.size(), std::size_t { 2 });
        QCOMPARE(pending[1].op, ChangeOp::Append);
        QVERIFY(!pending[1].fields.empty()); // a journal entry is pushed with its content
    }

    void runsOverAnUnencryptedDatabaseForComparison()
    {
        // Benchmarks run the store's own code on unencrypted storage in the same engine.
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString() + "/plain.db";
        Id id;
        std::string device;
        {
            FN_REQUIRE(auto db, Database::openUnencrypted(path, { .create = true }));
            FN_REQUIRE(auto store, Store::fromDatabase(std::move(db)));
            device = store->deviceId();
            QVERIFY(!device.empty());
            FN_REQUIRE(id, store->create(invented("Sara Testesen")));
        }
        FN_REQUIRE(auto db, Database::openUnencrypted(path, {}));
        FN_REQUIRE(auto store, Store::fromDatabase(std::move(db)));
        QCOMPARE(store->deviceId(), device); // an identity is given only to a database without one
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.displayName, std::string("Sara Testesen"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
