// What waits to be sent, record by record, and the changes the office refused: the office's reason
// kept, what the person typed kept until they dismiss it, and what they can do about each.
#include "outboxview.h"
#include "replica.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

// A refusal as the tablet records it when the office answers a push (sync/device.cpp).
Status refuse(Store& store, const Change& c, const std::string& scope, const std::string& reason)
{
    nlohmann::json payload = nlohmann::json::object();
    for (const auto& [column, value] : c.fields)
        payload[column] = toJson(value);
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(store).prepare(
            "INSERT INTO rejected_changes(seq, op, tbl, row_id, scope, col, value, payload, reason,"
            " rejected_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return st->bind(1, c.seq)
        .bind(2, opName(c.op))
        .bind(3, c.table)
        .bind(4, c.rowId)
        .bind(5, scope)
        .bind(6, c.column)
        .bind(7, c.value)
        .bind(8, payload.dump())
        .bind(9, reason)
        .bind(10, store.clock().nowMs())
        .run();
}

} // namespace

class TestOutboxView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void oneLineForEachRecordInTheOrderFirstChanged()
    {
        test::TempStore store;
        Employer e;
        e.name = "Prøvebakeriet AS";
        FN_REQUIRE(e.id, store->create(e));
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id sara, store->create(p));
        FN_VERIFY_OK(Replica(*store).acknowledge(1000)); // both are at the office already
        store.clock().advance(std::chrono::minutes(5));

        p.id = sara;
        p.phone = "90000001";
        FN_VERIFY_OK(store->update(p));
        Visit v;
        v.participantId = sara;
        v.authorId = "staff-a";
        v.occurredOn = *parseDate("2026-03-02");
        v.note = "Første dag";
        FN_VERIFY_OK(store->append(v));
        p.email = "sara@example.invalid";
        p.phone = "90000002";
        store.clock().advance(std::chrono::minutes(1));
        FN_VERIFY_OK(store->update(p));
        e.sector = "Mat";
        FN_VERIFY_OK(store->update(e));

        FN_REQUIRE(const auto waiting, waitingRecords(*store));
        QCOMPARE(waiting.size(), std::size_t { 3 });
        QCOMPARE(waiting[0].table, std::string("participants"));
        QCOMPARE(waiting[0].op, ChangeOp::Set);
        QCOMPARE(waiting[0].changes, 3);
        QCOMPARE(waiting[0].columns, (std::vector<std::string> { "phone", "email" }));
        QCOMPARE(waiting[0].subject, std::string("Sara Testesen"));
        QCOMPARE(waiting[0].participantId, sara);
        QCOMPARE(waiting[0].lastChangeMs, store.clock().nowMs());
        QCOMPARE(waiting[1].table, std::string("visits"));
        QCOMPARE(waiting[1].op, ChangeOp::Append);
        QCOMPARE(waiting[1].subject, std::string("Sara Testesen"));
        QCOMPARE(waiting[2].table, std::string("employers"));
        QCOMPARE(waiting[2].subject, std::string("Prøvebakeriet AS"));
        QVERIFY(waiting[2].participantId.empty());

        FN_REQUIRE(const auto count, Replica(*store).pendingCount());
        QCOMPARE(count, std::int64_t { 5 });
        FN_REQUIRE(const auto limited, waitingRecords(*store, 2));
        QCOMPARE(limited.size(), std::size_t { 2 });
        FN_REQUIRE(const auto records, waitingRecordCount(*store));
        QCOMPARE(records, std::int64_t { 3 });
    }

    void aNewRecordIsNewHoweverOftenItChanged()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Ola Prøve";
        FN_REQUIRE(p.id, store->create(p));
        p.phone = "40000000";
        FN_VERIFY_OK(store->update(p));
        FN_REQUIRE(const auto waiting, waitingRecords(*store));
        QCOMPARE(waiting.size(), std::size_t { 1 });
        QCOMPARE(waiting[0].op, ChangeOp::Create);
        QCOMPARE(waiting[0].changes, 2);
    }

    void refusedChangesKeepWhatWasTypedAndTheReason()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(p.id, store->create(p));
        const std::string scope = "p:" + p.id;

        Change note;
        note.seq = 7;
        note.op = ChangeOp::Append;
        note.table = "visits";
        note.rowId = "00000000-0000-4000-8000-0000000000v1";
        note.fields = { { "participant_id", p.id }, { "note", std::string("Snakket om turnus") } };
        FN_VERIFY_OK(refuse(*store, note, scope, "this participant is not followed by you"));
        store.clock().advance(std::chrono::seconds(1));
        Change phone;
        phone.seq = 8;
        phone.op = ChangeOp::Set;
        phone.table = "participants";
        phone.rowId = p.id;
        phone.column = "phone";
        phone.value = std::string("41234567");
        FN_VERIFY_OK(refuse(*store, phone, scope, "who follows a participant is decided at the office"));

        FN_REQUIRE(const auto refused, refusedChanges(*store));
        QCOMPARE(refused.size(), std::size_t { 2 });
        // Newest first.
        QCOMPARE(refused[0].table, std::string("participants"));
        QCOMPARE(refused[0].column, std::string("phone"));
        QCOMPARE(refused[0].value, Value(std::string("41234567")));
        QCOMPARE(refused[0].remedy, RefusalRemedy::AskTheOffice);
        QCOMPARE(refused[0].reason, std::string("who follows a participant is decided at the office"));
        QCOMPARE(refused[0].subject, std::string("Sara Testesen"));
        QCOMPARE(refused[1].op, ChangeOp::Append);
        QCOMPARE(refused[1].remedy, RefusalRemedy::CopyIntoNewEntry);
        QCOMPARE(refused[1].participantId, p.id);
        bool kept = false;
        for (const auto& [column, value] : refused[1].fields)
            kept = kept || (column == "note" && value == Value(std::string("Snakket om turnus")));
        QVERIFY(kept);

        // Dismissed, it is gone from the store, text and all.
        FN_VERIFY_OK(dismissRefused(*store, refused[1].id));
        FN_REQUIRE(const auto after, refusedChanges(*store));
        QCOMPARE(after.size(), std::size_t { 1 });
        FN_REQUIRE(Statement * st, core::StoreInternals::db(*store).prepare("SELECT count(*) FROM rejected_changes"));
        FN_REQUIRE(const bool row, st->step());
        QVERIFY(row);
        QCOMPARE(st->integer(0), std::int64_t { 1 });
        st->reset();
        FN_VERIFY_OK(dismissRefused(*store, std::nullopt));
        FN_REQUIRE(const auto none, refusedChanges(*store));
        QVERIFY(none.empty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
