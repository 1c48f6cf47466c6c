// Cancelling a sync ends it, whenever the cancel comes: while the office's name is being resolved,
// while connecting, or during the TLS handshake. The app cancels a sync when the tablet locks and
// waits for the sync to end before it closes the store, so a cancel that is lost leaves the store
// open behind the lock screen. The office here takes the connection and never answers.
#include "officeadmin.h"
#include "syncharness.h"
#include "transport.h"

#include <QDeadlineTimer>
#include <QThread>
#include <sodium.h>

#include <atomic>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

// A tablet paired with an office whose bundles send it to `address`.
struct Paired {
    test::TempStore office { test::deviceUuid(1), 31 };
    test::TempStore tablet { test::deviceUuid(2), 32 };

    explicit Paired(const std::string& address)
    {
        if (!OfficeAdmin::setUp(*office, address))
            qFatal("cannot set up the office");
        Office o(*office);
        Id staff;
        if (!o.write([&]() -> Status {
                FN_TRY_ASSIGN(staff, office->create(Staff { {}, "Anna Testesen", StaffRole::Specialist }));
                return {};
            }))
            qFatal("cannot add staff");
        auto enrolment = OfficeAdmin(o).enroll(staff, StaffRole::Specialist, std::chrono::hours(1));
        if (!enrolment || !test::pairInMemory(o, *tablet, enrolment->bundle))
            qFatal("cannot pair");
    }
};

bool waitFor(const std::atomic<bool>& flag, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!flag && !deadline.hasExpired())
        QThread::msleep(5);
    return flag;
}

} // namespace

class TestClientCancel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aCancelRightAfterTheStartEndsTheSync()
    {
        // The cancel reaches the client's thread while the office's name is still being resolved.
        test::SilentOffice silent;
        Paired paired(silent.address());
        SyncClient client;
        std::atomic<bool> ended { false };
        Status outcome;
        client.sync(*paired.tablet, {}, [&](Result<SyncReport> r) {
            outcome = r ? Status {} : Status(tl::unexpected(r.error()));
            ended = true;
        });
        client.cancel();
        QVERIFY2(waitFor(ended, 5000), "the cancel was lost: the sync still waits for the office");
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Network);
    }

    void aCancelDuringTheHandshakeEndsTheSync()
    {
        test::SilentOffice silent;
        Paired paired(silent.address());
        SyncClient client;
        std::atomic<bool> ended { false };
        client.sync(*paired.tablet, {}, [&](Result<SyncReport>) { ended = true; });
        QThread::msleep(300); // connected by now, waiting for the office's half of the handshake
        QVERIFY(!ended);
        client.cancel();
        QVERIFY2(waitFor(ended, 5000), "the cancel was lost: the sync still waits for the office");
    }
};

QTEST_GUILESS_MAIN(TestClientCancel)
#include "tst_clientcancel.moc"
