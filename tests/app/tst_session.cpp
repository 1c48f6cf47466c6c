// The session: unlocking (and what a wrong passphrase says), who the user is, and locking — on
// request, after the idle time, and when the app goes to the background — with drafts saved first.
#include "appfixture.h"
#include "draftkeeper.h"

#include <QJsonObject>

using namespace fieldnotes;
using namespace fieldnotes::test;

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void startsLockedWhenThereIsAStore()
    {
        AppFixture f(AppFixture::Content::Empty);
        QCOMPARE(f.session().state(), app::Session::State::Locked);
        QVERIFY(!f.session().unlocked());

        QTemporaryDir empty;
        app::SessionOptions so;
        so.dataDir = empty.path();
        so.watchIdle = false;
        so.watchLifecycle = false;
        app::Session none(so);
        QCOMPARE(none.state(), app::Session::State::NoStore);
    }

    void aWrongPassphraseSaysSoAndHowLongToWait()
    {
        AppFixture f(AppFixture::Content::Empty);
        std::optional<core::Status> result;
        f.session().unlock("not the passphrase", [&](core::Status st) { result = st; });
        QCOMPARE(f.session().state(), app::Session::State::Unlocking);
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY(!*result);
        QCOMPARE(result->error().code, core::ErrorCode::WrongPassphrase);
        QVERIFY(result->error().retryAfter.count() >= 0);
        QCOMPARE(f.session().state(), app::Session::State::Locked);
    }

    void unlockingReadsWhoTheUserIs_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("name");
        QTest::newRow("specialist") << int(core::StaffRole::Specialist) << int(app::Session::Role::Specialist)
                                    << QStringLiteral("Ingrid Lunde");
        QTest::newRow("mentor") << int(core::StaffRole::Mentor) << int(app::Session::Role::Mentor)
                                << QStringLiteral("Per Aasen");
    }

    void unlockingReadsWhoTheUserIs()
    {
        QFETCH(int, role);
        QFETCH(int, expected);
        QFETCH(QString, name);
        AppFixture f(AppFixture::Content::Demo, static_cast<core::StaffRole>(role));
        QVERIFY(f.unlock());
        QCOMPARE(f.session().state(), app::Session::State::Unlocked);
        QCOMPARE(int(f.session().role()), expected);
        QCOMPARE(f.session().staffName(), name);
        QVERIFY(f.session().paired());
    }

    void lockingSavesTheOpenDraftBeforeClosing()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        QString typed = QStringLiteral("halvskrevet notat");
        app::DraftKeeper keeper(
            QStringLiteral("visit"),
            [&] {
                return QJsonObject { { QStringLiteral("note"), typed } };
            },
            [] { return QString(); });
        keeper.touched(); // typed, and the pause has not passed yet
        QSignalSpy aboutToLock(&f.session(), &app::Session::aboutToLock);
        f.session().lock();
        QCOMPARE(aboutToLock.count(), 1);
        QCOMPARE(f.session().state(), app::Session::State::Locked);
        QVERIFY(!keeper.draftId().isEmpty());
        QCOMPARE(f.session().resumeKind(), QStringLiteral("visit"));
        QCOMPARE(f.session().resumeDraftId(), keeper.draftId());

        QVERIFY(f.unlock());
        const std::string id = keeper.draftId().toStdString();
        auto draft = f.onStore<std::optional<core::Draft>>([id](core::Store& s) { return s.draft(id); });
        QVERIFY(draft && *draft);
        QVERIFY((*draft)->payload.find("halvskrevet notat") != std::string::npos);
    }

    void locksAfterTheIdleTime()
    {
        AppFixture f(AppFixture::Content::Empty);
        qint64 now = 0;
        f.session().idleMonitor().setTimeSource([&now] { return now; });
        f.preferences().setLockTimeoutMinutes(2);
        QVERIFY(f.unlock());
        now += 60'000;
        f.session().idleMonitor().check();
        QVERIFY(f.session().unlocked());
        f.session().idleMonitor().noteActivity(); // a touch restarts the wait
        now += 90'000;
        f.session().idleMonitor().check();
        QVERIFY(f.session().unlocked());
        now += 30'000;
        f.session().idleMonitor().check();
        QCOMPARE(f.session().state(), app::Session::State::Locked);
    }

    void locksWhenTheAppGoesToTheBackground_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("locks");
        QTest::newRow("suspended") << int(Qt::ApplicationSuspended) << true;
        QTest::newRow("hidden") << int(Qt::ApplicationHidden) << true;
        QTest::newRow("inactive (the app switcher)") << int(Qt::ApplicationInactive) << true;
        QTest::newRow("active") << int(Qt::ApplicationActive) << false;
    }

    void locksWhenTheAppGoesToTheBackground()
    {
        QFETCH(int, state);
        QFETCH(bool, locks);
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        f.session().lifecycle().handleState(static_cast<Qt::ApplicationState>(state));
        QCOMPARE(!f.session().unlocked(), locks);
    }

    void createsAStoreOnFirstStart()
    {
        QTemporaryDir dir;
        core::ManualClock clock(fixedStart());
        app::SessionOptions so;
        so.dataDir = dir.filePath(QStringLiteral("store"));
        so.store.clock = &clock;
        so.store.kdf = core::KdfCost::minimum();
        so.watchIdle = false;
        so.watchLifecycle = false;
        app::Session session(so);
        QCOMPARE(session.state(), app::Session::State::NoStore);
        std::optional<core::Status> result;
        session.createStore("en lang og god setning", [&](core::Status st) { result = st; });
        QVERIFY(waitFor([&] { return result.has_value(); }));
        QVERIFY2(result->has_value(), result->has_value() ? "" : result->error().message.c_str());
        QVERIFY(session.unlocked());
        QVERIFY(session.createdThisRun());
        QVERIFY(!session.paired());
        QVERIFY(core::Store::exists(session.storeDir()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
