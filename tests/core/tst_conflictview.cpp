// The conflicts inbox shows both values of a crossed edit with who wrote each and when, and the
// sync summary counts what waits to be sent. Conflicts reach the tablet the way they do in use:
// two tablets edit the same field, the office merges, the tablet pulls the office's feed.
#include "conflictview.h"
#include "ledger.h"
#include "replica.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

const std::string deviceA = "00000000-0000-4000-8000-00000000000a";
const std::string deviceB = "00000000-0000-4000-8000-00000000000b";

void push(Ledger& office, test::TempStore& tablet)
{
    Replica replica(*tablet);
    auto pending = replica.pending();
    QVERIFY(pending && !pending->empty());
    QVERIFY(office.applyBatch(tablet->deviceId(), *pending));
    QVERIFY(replica.acknowledge(pending->back().seq));
}

void pull(Ledger& office, test::TempStore& tablet)
{
    Replica replica(*tablet);
    const std::int64_t cursor = *replica.cursor();
    const std::int64_t head = *office.head();
    auto feed = office.feedAfter(cursor, head, 1000);
    QVERIFY(feed);
    std::vector<RowState> rows;
    for (const FeedEntry& e : *feed)
        if (auto rs = office.rowState(e.table, e.rowId); rs && *rs)
            rows.push_back(**rs);
    QVERIFY(replica.applyFeed(rows, {}, head));
}

Id officeCreates(test::TempStore& office, Ledger& ledger, std::string_view table, const FieldValues& fields, Id id = {})
{
    Change c;
    c.op = ChangeOp::Create;
    c.table = std::string(table);
    c.rowId = id.empty() ? office->ids().next() : id;
    c.fields = fields;
    [&] { QVERIFY(ledger.applyOwn(c)); }();
    return c.rowId;
}

struct Fixture {
    test::TempStore office { "00000000-0000-4000-8000-0000000000f0", 3 };
    test::TempStore a { deviceA, 1 };
    test::TempStore b { deviceB, 2 };
    Ledger ledger { *office };
    Id participant;

    Fixture()
    {
        const Id ingrid = officeCreates(office, ledger, "staff", encodeRecord(Staff { {}, "Ingrid Testdal" }));
        const Id tor = officeCreates(office, ledger, "staff", encodeRecord(Staff { {}, "Tor Prøvesen" }));
        officeCreates(office, ledger, "devices", encodeRecord(Device { {}, ingrid, "A", {} }), deviceA);
        officeCreates(office, ledger, "devices", encodeRecord(Device { {}, tor, "B", {} }), deviceB);
        (void)a->setStaffId(ingrid);
        (void)b->setStaffId(tor);

        Participant p;
        p.displayName = "Sara Testesen";
        participant = *a->create(p);
        push(ledger, a);
        pull(ledger, a);
        pull(ledger, b);
    }

    void crossEdits(std::string onA, std::string onB)
    {
        auto pa = *a->get<Participant>(participant);
        pa.phone = std::move(onA);
        QVERIFY(a->update(pa));
        b.clock().advance(std::chrono::minutes(5));
        auto pb = *b->get<Participant>(participant);
        pb.phone = std::move(onB);
        QVERIFY(b->update(pb));
        push(ledger, a);
        push(ledger, b);
        pull(ledger, a);
    }
};

} // namespace

class TestConflictView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void showsBothValuesWithWhoAndWhen()
    {
        Fixture f;
        f.crossEdits("11111111", "22222222");
        FN_REQUIRE(const auto conflicts, openConflicts(*f.a));
        QCOMPARE(conflicts.size(), std::size_t { 1 });
        const ConflictView& c = conflicts.front();
        QCOMPARE(c.kind, std::string("field"));
        QCOMPARE(c.table, std::string("participants"));
        QCOMPARE(c.column, std::string("phone"));
        QCOMPARE(c.participantId, f.participant);
        QCOMPARE(c.subject, std::string("Sara Testesen"));
        // B's edit is five minutes later, so it is the greater version and stays in the row.
        QCOMPARE(c.keptValue, Value(std::string("22222222")));
        QCOMPARE(c.keptBy.staffName, std::string("Tor Prøvesen"));
        QVERIFY(!c.keptBy.thisDevice);
        QCOMPARE(c.otherValue, Value(std::string("11111111")));
        QCOMPARE(c.otherBy.staffName, std::string("Ingrid Testdal"));
        QVERIFY(c.otherBy.thisDevice);
        QCOMPARE(versionTimeMs(c.keptVersion) - versionTimeMs(c.otherVersion), std::int64_t { 5 * 60 * 1000 });
        QVERIFY(!c.sensitive);
    }

    void resolvingRemovesItFromTheInboxAndQueuesTheDecision()
    {
        Fixture f;
        f.crossEdits("11111111", "22222222");
        FN_REQUIRE(const auto before, syncSummary(*f.a));
        QCOMPARE(before.openConflicts, 1);
        QCOMPARE(before.pendingChanges, std::int64_t { 0 });
        FN_REQUIRE(const auto conflicts, openConflicts(*f.a));
        Replica replica(*f.a);
        FN_VERIFY_OK(replica.resolveConflict(conflicts.front().conflictId, "other"));
        FN_REQUIRE(const auto after, openConflicts(*f.a));
        QVERIFY(after.empty());
        FN_REQUIRE(const auto summary, syncSummary(*f.a));
        QCOMPARE(summary.openConflicts, 0);
        QCOMPARE(summary.pendingChanges, std::int64_t { 1 });
        FN_REQUIRE(const auto p, f.a->get<Participant>(f.participant));
        QCOMPARE(p.phone, std::string("11111111"));
    }

    void summaryReadsTheLastSyncTimeWhenThereIsOne()
    {
        test::TempStore store;
        FN_REQUIRE(const auto never, syncSummary(*store));
        QVERIFY(!never.lastSyncMs);
        QCOMPARE(never.pendingChanges, std::int64_t { 0 });
        Participant p;
        p.displayName = "Sara Testesen";
        FN_VERIFY_OK(store->create(p));
        FN_VERIFY_OK(store->setState(lastSyncStateKey, std::int64_t { 1772442000000 }));
        FN_REQUIRE(const auto synced, syncSummary(*store));
        QCOMPARE(synced.lastSyncMs, std::optional<std::int64_t>(1772442000000));
        QCOMPARE(synced.pendingChanges, std::int64_t { 1 });
    }
};

QTEST_GUILESS_MAIN(TestConflictView)
#include "tst_conflictview.moc"
