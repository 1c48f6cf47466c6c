// The office's side of the protocol and the tablet's, talking in memory through the codec:
// pairing, greetings, push and pull, scopes as tablets receive them, refused changes, drops at
// every message, and the audit log.
#include "audit.h"
#include "demo.h"
#include "syncharness.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

std::int64_t scalar(Store& store, const std::string& sql)
{
    auto st = store.db().prepare(sql);
    if (!st || !*(*st)->step())
        return -1;
    const std::int64_t n = (*st)->integer(0);
    (*st)->reset();
    return n;
}

Visit visitFor(const Id& participant, const Id& author, std::string note)
{
    Visit v;
    v.participantId = participant;
    v.authorId = author;
    v.contactType = ContactType::WorkplaceFollowUp;
    v.occurredOn = *parseDate("2026-03-02");
    v.note = std::move(note);
    return v;
}

wire::ClientMessage hello(const std::string& device)
{
    wire::ClientMessage m;
    m.mutable_hello()->set_protocol(protocolVersion);
    m.mutable_hello()->set_device_id(device);
    return m;
}

} // namespace

class TestOffice : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void pairingSpendsTheTokenAndPinsTheOffice()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        FN_REQUIRE(
            const Enrolment e, office.office().enroll("Ingrid Lunde", StaffRole::Specialist, std::chrono::hours(1)));
        QCOMPARE(e.staffId, ingrid);
        QVERIFY(!e.newStaff);
        test::TempStore tablet(test::deviceUuid(201), 77);
        FN_VERIFY_OK(test::pairInMemory(office.office(), *tablet, e.bundle));
        QVERIFY(isPaired(*tablet));
        QCOMPARE(tablet->staffId(), ingrid);
        QCOMPARE(tablet->role(), StaffRole::Specialist);
        FN_REQUIRE(DeviceCredentials creds, loadCredentials(*tablet));
        FN_REQUIRE(const OfficeStatus status, office.office().status());
        QCOMPARE(creds.officePin, status.pin);
        QCOMPARE(status.devices, std::int64_t { 1 });
        QCOMPARE(status.pendingTokens, std::int64_t { 0 });

        // The same bundle again, from another tablet: refused.
        test::TempStore thief(test::deviceUuid(202), 78);
        auto replay = test::pairInMemory(office.office(), *thief, e.bundle);
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, ErrorCode::Unauthorized);
        QVERIFY(!isPaired(*thief));
    }

    void pairingIsRefusedForABadBundle_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::newRow("expired") << "expired";
        QTest::newRow("token from another office") << "foreign";
        QTest::newRow("tampered token") << "tampered";
    }

    void pairingIsRefusedForABadBundle()
    {
        QFETCH(QString, defect);
        test::TestOffice office;
        office.addStaff("Tarek Haddad", StaffRole::Specialist);
        FN_REQUIRE(Enrolment e, office.office().enroll("Tarek Haddad", StaffRole::Specialist, std::chrono::hours(1)));
        auto bundle = nlohmann::json::parse(e.bundle);
        if (defect == "expired")
            office.temp().clock().advance(std::chrono::hours(2));
        if (defect == "foreign") {
            test::TestOffice other(99);
            other.addStaff("Tarek Haddad", StaffRole::Specialist);
            FN_REQUIRE(Enrolment elsewhere,
                other.office().enroll("Tarek Haddad", StaffRole::Specialist, std::chrono::hours(1)));
            bundle["token"] = nlohmann::json::parse(elsewhere.bundle)["token"];
        }
        if (defect == "tampered") {
            std::string token = bundle["token"];
            token[3] = token[3] == 'A' ? 'B' : 'A';
            bundle["token"] = token;
        }
        test::TempStore tablet(test::deviceUuid(203), 79);
        auto paired = test::pairInMemory(office.office(), *tablet, bundle.dump());
        QVERIFY(!paired);
        QCOMPARE(paired.error().code, ErrorCode::Unauthorized);
        QVERIFY(!isPaired(*tablet));
        QVERIFY(scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event = 'pair-refused'") == 1);
    }

    // The first sync of a specialist's tablet brings exactly their caseload, as the office has it.
    void aFirstSyncBringsTheCaseloadAndNothingElse()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.office().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        const auto result = tablet.sync();
        FN_VERIFY_OK(result.status);
        QVERIFY(result.completed);
        QVERIFY(result.report.received > 5000);
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), demo.staff.specialist));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { demo.participants });
        // The colleague's own reflections stay with the colleague.
        QCOMPARE(scalar(tablet.store(),
                     "SELECT count(*) FROM reflections WHERE author_id <> '" + demo.staff.specialist + "'"),
            std::int64_t { 0 });

        // Nothing new: the next sync moves nothing.
        const auto again = tablet.sync();
        FN_VERIFY_OK(again.status);
        QCOMPARE(again.report.received, 0);
        QCOMPARE(again.report.sent, 0);
    }

    void aNoteWrittenOnOneTabletReachesTheOtherThroughTheOffice()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.office().loadDemo({}));
        test::TestTablet first(office, demo.staff.specialist, 1);
        test::TestTablet second(office, demo.staff.specialist, 2);
        FN_VERIFY_OK(first.sync().status);
        FN_VERIFY_OK(second.sync().status);
        FN_REQUIRE(auto participants, first.store().select<Participant>("1", {}, "id LIMIT 1"));
        FN_REQUIRE(const Id vid,
            first.store().append(visitFor(participants.at(0).id, demo.staff.specialist, "Kort besøk på lageret.")));
        const auto pushed = first.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.sent, 1);
        QCOMPARE(pushed.report.applied, 1);
        const auto pulled = second.sync();
        FN_VERIFY_OK(pulled.status);
        QCOMPARE(pulled.report.received, 1);
        FN_REQUIRE(auto visit, second.store().find<Visit>(vid));
        QVERIFY(visit.has_value());
        FN_REQUIRE(const std::string a, test::tabletDump(first.store()));
        FN_REQUIRE(const std::string b, test::tabletDump(second.store()));
        QCOMPARE(a, b);
    }

    // A drop at any message leaves the tablet consistent, and the next sync ends where an
    // unbroken one would have: nothing lost, nothing twice.
    void aDropAtAnyMessageResumesCleanly()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        for (int i = 0; i < 3; ++i) {
            Participant p;
            p.displayName = "Deltaker " + std::to_string(i);
            p.specialistId = ingrid;
            FN_REQUIRE(const Id pid, tablet.store().create(p));
            for (int v = 0; v < 4; ++v)
                FN_VERIFY_OK(tablet.store().append(visitFor(pid, ingrid, "Samtale " + std::to_string(v))));
        }
        int drops = 0;
        for (int cut = 0; cut < 40; ++cut) {
            const auto result = tablet.sync({ cut, -1, -1 });
            if (result.completed)
                break;
            QVERIFY(result.dropped);
            ++drops;
        }
        QVERIFY(drops > 3);
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits"), std::int64_t { 12 });
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM outbox"), std::int64_t { 0 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    void duplicatedMessagesAreHarmless()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.office().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync({ -1, 5, -1 }).status); // a snapshot chunk applied twice
        FN_REQUIRE(auto participants, tablet.store().select<Participant>("1", {}, "id LIMIT 1"));
        FN_VERIFY_OK(tablet.store().append(visitFor(participants.at(0).id, demo.staff.specialist, "Oppfølging.")));
        const std::int64_t before = scalar(office.store(), "SELECT count(*) FROM visits");
        FN_VERIFY_OK(tablet.sync({ -1, -1, 1 }).status); // the push reaches the office twice
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits"), before + 1);
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), demo.staff.specialist));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    // A refused change leaves the outbox, is kept in the list of refused changes with what was
    // typed, and the record returns to the office's state.
    void aRefusedChangeIsKeptVisibleAndTheRecordReturns()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        Participant p;
        p.displayName = "Sara T.";
        p.specialistId = ingrid;
        FN_REQUIRE(const Id pid, tablet.store().create(p));
        FN_VERIFY_OK(tablet.sync().status);
        // Ingrid tries to hand Sara to Tarek herself, and changes the phone number in the same go.
        FN_REQUIRE(Participant mine, tablet.store().get<Participant>(pid));
        mine.specialistId = tarek;
        mine.phone = "90000003";
        FN_VERIFY_OK(tablet.store().update(mine));
        const auto result = tablet.sync();
        FN_VERIFY_OK(result.status);
        QCOMPARE(result.report.rejected, 1);
        QCOMPARE(result.report.applied, 1);
        FN_REQUIRE(const Participant after, tablet.store().get<Participant>(pid));
        QCOMPARE(after.specialistId, std::optional<Id>(ingrid));
        QCOMPARE(after.phone, std::string("90000003"));
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM rejected_changes WHERE col = 'specialist_id'"),
            std::int64_t { 1 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    void aWithdrawnTabletIsToldToWipeAndDoes()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.office().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync().status);
        QVERIFY(scalar(tablet.store(), "SELECT count(*) FROM visits") > 0);
        FN_VERIFY_OK(office.office().revoke(tablet.store().deviceId()));
        const auto result = tablet.sync();
        FN_VERIFY_OK(result.status);
        QVERIFY(result.report.wiped);
        for (const TableInfo& t : catalogue())
            QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM " + std::string(t.name)), std::int64_t { 0 });
        QVERIFY(!isPaired(tablet.store()));
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM search_index"), std::int64_t { 0 });
    }

    void theConversationKeepsItsOrder_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<bool>("withCertificate");
        QTest::newRow("push before hello") << 0 << true;
        QTest::newRow("pull before hello") << 1 << true;
        QTest::newRow("hello without a certificate") << 2 << false;
        QTest::newRow("pairing with a certificate") << 3 << true;
        QTest::newRow("bye before hello") << 4 << true;
    }

    void theConversationKeepsItsOrder()
    {
        QFETCH(int, first);
        QFETCH(bool, withCertificate);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        std::optional<CertificateIdentity> cert;
        if (withCertificate)
            cert = tablet.certificate();
        OfficeSession session(office.office(), cert);
        wire::ClientMessage m;
        switch (first) {
        case 0: {
            core::Change c;
            c.seq = 1;
            c.op = ChangeOp::Create;
            c.table = "employers";
            c.rowId = test::deviceUuid(900);
            toWire(c, *m.mutable_push()->add_changes());
            break;
        }
        case 1:
            m.mutable_pull();
            break;
        case 2:
            m = hello(tablet.store().deviceId());
            break;
        case 3:
            m.mutable_pair()->set_protocol(protocolVersion);
            break;
        case 4:
            m.mutable_bye();
            break;
        }
        const auto reply = session.handle(m);
        QVERIFY(reply.close);
        QCOMPARE(reply.messages.size(), std::size_t { 1 });
        QVERIFY(reply.messages[0].has_refusal());
        QVERIFY(session.closed());
        // Nothing more is taken on this connection.
        const auto after = session.handle(hello(tablet.store().deviceId()));
        QVERIFY(after.close);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM employers"), std::int64_t { 0 });
    }

    void aGreetingMustComeFromTheCertifiedDevice()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        OfficeSession session(office.office(), tablet.certificate());
        const auto reply = session.handle(hello(test::deviceUuid(555)));
        QVERIFY(reply.close);
        QVERIFY(reply.messages.at(0).has_refusal());
        QCOMPARE(reply.messages.at(0).refusal().code(), wire::Refusal::UNAUTHORIZED);
    }

    void everyAccessIsInAnIntactAuditChain()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.office().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const AuditCheck check, office.office().audit().verify());
        QCOMPARE(check.firstBroken, std::int64_t { 0 });
        for (const char* event : { "init", "demo", "enroll", "pair", "hello", "pull" })
            QVERIFY2(scalar(office.store(), std::string("SELECT count(*) FROM audit_log WHERE event = '") + event + "'")
                    >= 1,
                event);
        // No names in the log: the demo specialist's name appears nowhere in it.
        QCOMPARE(scalar(office.store(),
                     "SELECT count(*) FROM audit_log WHERE detail LIKE '%Lunde%' OR staff_id LIKE '%Lunde%'"),
            std::int64_t { 0 });
        // The table refuses edits; an edit made behind its back breaks the chain from there on.
        QVERIFY(!office.store().db().exec("UPDATE audit_log SET detail = 'x' WHERE seq = 2"));
        QVERIFY(!office.store().db().exec("DELETE FROM audit_log WHERE seq = 2"));
        FN_VERIFY_OK(office.store().db().exec("DROP TRIGGER audit_log_no_update"));
        FN_VERIFY_OK(office.store().db().exec("UPDATE audit_log SET detail = 'records=1' WHERE seq = 2"));
        FN_REQUIRE(const AuditCheck broken, office.office().audit().verify());
        QCOMPARE(broken.firstBroken, std::int64_t { 2 });
    }
};

QTEST_GUILESS_MAIN(TestOffice)
#include "tst_office.moc"
