// Who wrote a field and when: this device's own user, a colleague's known device, an unknown device.
#include "provenance.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

class TestProvenance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void versionTimeIsTheClockTimeOfTheEdit()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id id, store->create(p));
        FN_REQUIRE(const auto authors, fieldAuthors(*store, *findTable("participants"), id));
        QVERIFY(!authors.empty());
        const std::int64_t expected
            = std::chrono::duration_cast<std::chrono::milliseconds>(test::fixedStart().time_since_epoch()).count();
        for (const auto& a : authors)
            QCOMPARE(a.atMs, expected);
        QCOMPARE(versionTimeMs(Version {}), std::int64_t { 0 });
    }

    void thisDeviceIsItsOwnUser()
    {
        test::TempStore store;
        FN_REQUIRE(const Id me, store->create(Staff { {}, "Ingrid Testdal", StaffRole::Specialist }));
        FN_VERIFY_OK(store->setStaffId(me));
        FN_REQUIRE(const Writer w, writerOf(*store, store->deviceId()));
        QVERIFY(w.thisDevice);
        QCOMPARE(w.staffId, me);
        QCOMPARE(w.staffName, std::string("Ingrid Testdal"));
    }

    void aKnownDeviceNamesItsStaffMember()
    {
        test::TempStore store;
        FN_REQUIRE(const Id colleague, store->create(Staff { {}, "Tor Prøvesen", StaffRole::Specialist }));
        const std::string deviceB = "00000000-0000-4000-8000-00000000000b";
        FN_VERIFY_OK(store->create(Device { deviceB, colleague, "Tors nettbrett", {} }));
        FN_REQUIRE(const Writer w, writerOf(*store, deviceB));
        QVERIFY(!w.thisDevice);
        QCOMPARE(w.staffId, colleague);
        QCOMPARE(w.staffName, std::string("Tor Prøvesen"));
        QCOMPARE(w.deviceLabel, std::string("Tors nettbrett"));
    }

    void anUnknownDeviceIsReportedAsSuch()
    {
        test::TempStore store;
        FN_REQUIRE(const Writer w, writerOf(*store, "device-z"));
        QVERIFY(!w.thisDevice);
        QVERIFY(w.staffId.empty());
        QVERIFY(w.staffName.empty());
        QCOMPARE(w.deviceId, std::string("device-z"));
    }

    void eachFieldNamesItsLastWriter()
    {
        test::TempStore store;
        FN_REQUIRE(const Id me, store->create(Staff { {}, "Ingrid Testdal", StaffRole::Specialist }));
        FN_VERIFY_OK(store->setStaffId(me));
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id pid, store->create(p));
        Profile profile;
        profile.id = pid;
        profile.participantId = pid;
        profile.interests = "sykler";
        FN_VERIFY_OK(store->create(profile));
        store.clock().advance(std::chrono::hours(2));
        profile.dreamJob = "sykkelmekaniker";
        FN_VERIFY_OK(store->update(profile));

        FN_REQUIRE(const auto authors, fieldAuthors(*store, *findTable("profiles"), pid));
        auto of = [&](std::string_view column) {
            for (const auto& a : authors)
                if (a.column == column)
                    return a;
            return FieldAuthor {};
        };
        QCOMPARE(of("dream_job").atMs - of("interests").atMs, std::int64_t { 2 * 3600 * 1000 });
        QCOMPARE(of("dream_job").writer.staffName, std::string("Ingrid Testdal"));
        for (const auto& a : authors)
            QVERIFY2(a.column.front() != '_', "bookkeeping columns are not fields");
    }

    void aMissingRowIsNotFound()
    {
        test::TempStore store;
        const auto r = fieldAuthors(*store, *findTable("profiles"), "00000000-0000-4000-8000-000000000000");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
