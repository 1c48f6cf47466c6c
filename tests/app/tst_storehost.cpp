// The store thread: work runs off the UI thread, in the order posted; results come back on the
// caller's thread, never to a destroyed receiver; a closed store answers "locked".
#include "appfixture.h"
#include "storehost.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

using namespace fieldnotes;
using namespace fieldnotes::test;

class TestStoreHost : public QObject {
    Q_OBJECT

private slots:
    void workRunsOffTheUiThreadInOrder()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        std::vector<int> done;
        QThread* ui = QThread::currentThread();
        std::atomic<bool> offUiThread { true };
        for (int i = 0; i < 20; ++i)
            f.session().host().run<int>(
                this,
                [i, ui, &offUiThread](core::Store&) -> core::Result<int> {
                    if (QThread::currentThread() == ui)
                        offUiThread = false;
                    return i;
                },
                [&done, ui](core::Result<int> r) {
                    QCOMPARE(QThread::currentThread(), ui);
                    done.push_back(*r);
                });
        QVERIFY(waitFor([&] { return done.size() == 20; }));
        QVERIFY(offUiThread);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(done[static_cast<std::size_t>(i)], i);
    }

    void aClosedStoreAnswersLocked()
    {
        app::StoreHost host;
        std::optional<core::Result<int>> result;
        host.run<int>(
            this, [](core::Store&) -> core::Result<int> { return 1; },
            [&](core::Result<int> r) { result = std::move(r); });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!*result);
        QCOMPARE(result->error().code, core::ErrorCode::Locked);
    }

    void aDestroyedReceiverGetsNothing()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        bool delivered = false;
        bool ran = false;
        auto* receiver = new QObject;
        f.session().host().run<int>(
            receiver,
            [&ran](core::Store&) -> core::Result<int> {
                ran = true;
                return 1;
            },
            [&delivered](core::Result<int>) { delivered = true; });
        delete receiver;
        QVERIFY(waitFor([&] { return ran; }));
        // A later job's answer proves the earlier one had its chance to arrive.
        bool later = false;
        f.session().host().run<int>(
            this, [](core::Store&) -> core::Result<int> { return 2; }, [&later](core::Result<int>) { later = true; });
        QVERIFY(waitFor([&] { return later; }));
        QVERIFY(!delivered);
    }

    void onlySuccessfulWritesAnnounceAChange()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        QSignalSpy changed(&f.session().host(), &app::StoreHost::changed);
        int answers = 0;
        f.session().host().write<int>(
            this, [](core::Store&) -> core::Result<int> { return core::fail(core::ErrorCode::InvalidArgument, "no"); },
            [&answers](core::Result<int>) { ++answers; });
        f.session().host().write<int>(
            this, [](core::Store&) -> core::Result<int> { return 1; }, [&answers](core::Result<int>) { ++answers; });
        QVERIFY(waitFor([&] { return answers == 2; }));
        QVERIFY(waitFor([&] { return changed.count() >= 1; }));
        QCOMPARE(changed.count(), 1);
    }

    // The store's upkeep runs once work stops coming for a moment, never while it keeps coming.
    void upkeepWaitsForAnIdleMoment()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        app::StoreHost& host = f.session().host();
        host.setUpkeepDelay(std::chrono::milliseconds(600));
        QSignalSpy tidied(&host, &app::StoreHost::tidied);
        int answers = 0;
        QElapsedTimer busy;
        busy.start();
        int posted = 0;
        while (busy.elapsed() < 1000) {
            host.run<int>(
                this, [](core::Store&) -> core::Result<int> { return 1; },
                [&answers](core::Result<int>) { ++answers; });
            ++posted;
            QTest::qWait(50);
        }
        QVERIFY(waitFor([&] { return answers == posted; }));
        QCOMPARE(tidied.count(), 0);
        QVERIFY(tidied.wait(3000));
        // Work after upkeep finds the store as before.
        auto r = f.onStore<int>([](core::Store&) -> core::Result<int> { return 7; });
        QVERIFY(r);
        QCOMPARE(*r, 7);
    }

    void closingDestroysTheStore()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        bool closed = false;
        f.session().host().close(this, [&closed] { closed = true; });
        QVERIFY(waitFor([&] { return closed; }));
        auto r = f.onStore<int>([](core::Store&) -> core::Result<int> { return 1; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, core::ErrorCode::Locked);
    }

    void aHeldStoreClosesAndReopensOnlyWhenReleased()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        app::StoreHost& host = f.session().host();
        host.hold();
        host.hold();
        bool closed = false;
        host.close(this, [&closed] { closed = true; });
        // A client's later steps still find the Store while it is held.
        bool sawStore = false;
        bool stepRan = false;
        host.post([&](core::Store* s) {
            sawStore = s != nullptr;
            stepRan = true;
        });
        QVERIFY(waitFor([&] { return stepRan; }));
        QVERIFY(sawStore);
        QVERIFY(!closed);
        host.release();
        QVERIFY(host.held());
        QVERIFY(!waitFor([&] { return closed; }, 200));
        host.release();
        QVERIFY(!host.held());
        QVERIFY(waitFor([&] { return closed; }));
        auto r = f.onStore<int>([](core::Store&) -> core::Result<int> { return 1; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, core::ErrorCode::Locked);

        // An unlock asked for while held waits as well, and then opens.
        host.hold();
        std::optional<core::Status> opened;
        host.open(this, f.dir(), test::passphrase, f.session().storeOptions(),
            [&opened](core::Status status) { opened = status; });
        QVERIFY(!waitFor([&] { return opened.has_value(); }, 200));
        host.release();
        QVERIFY(waitFor([&] { return opened.has_value(); }));
        QVERIFY(opened->has_value());
    }
};

QTEST_GUILESS_MAIN(TestStoreHost)
#include "tst_storehost.moc"
