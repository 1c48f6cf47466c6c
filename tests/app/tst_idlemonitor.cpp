// Idle detection: input of any kind re-arms it; it fires once per quiet period; 0 turns it off.
#include "idlemonitor.h"
#include "lifecycle.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace fieldnotes::platform;

class TestIdleMonitor : public QObject {
    Q_OBJECT

private slots:
    void firesOnceAfterTheTimeoutWithoutInput()
    {
        IdleMonitor monitor;
        qint64 now = 1000;
        monitor.setTimeSource([&now] { return now; });
        monitor.setTimeoutMs(5000);
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        now += 4999;
        monitor.check();
        QCOMPARE(idle.count(), 0);
        now += 1;
        monitor.check();
        QCOMPARE(idle.count(), 1);
        now += 10000;
        monitor.check();
        QCOMPARE(idle.count(), 1);
        monitor.noteActivity();
        now += 5000;
        monitor.check();
        QCOMPARE(idle.count(), 2);
    }

    void inputRestartsTheWait()
    {
        IdleMonitor monitor;
        qint64 now = 0;
        monitor.setTimeSource([&now] { return now; });
        monitor.setTimeoutMs(5000);
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        now += 4000;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(this, &press); // any receiver: the filter sees the whole app
        now += 4000;
        monitor.check();
        QCOMPARE(idle.count(), 0);
        now += 1000;
        monitor.check();
        QCOMPARE(idle.count(), 1);
    }

    void zeroTurnsItOff()
    {
        IdleMonitor monitor;
        qint64 now = 0;
        monitor.setTimeSource([&now] { return now; });
        monitor.setTimeoutMs(0);
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        now += 1'000'000;
        monitor.check();
        QCOMPARE(idle.count(), 0);
    }

    void whatCountsAsInput_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("input");
        QTest::newRow("touch") << int(QEvent::TouchBegin) << true;
        QTest::newRow("mouse press") << int(QEvent::MouseButtonPress) << true;
        QTest::newRow("key") << int(QEvent::KeyPress) << true;
        QTest::newRow("wheel") << int(QEvent::Wheel) << true;
        QTest::newRow("timer") << int(QEvent::Timer) << false;
        QTest::newRow("paint") << int(QEvent::Paint) << false;
    }

    void whatCountsAsInput()
    {
        QFETCH(int, type);
        QFETCH(bool, input);
        QEvent e(static_cast<QEvent::Type>(type));
        QCOMPARE(IdleMonitor::isUserInput(&e), input);
    }

    void theAppSwitcherLocksLikeTheBackground()
    {
        // The app switcher (and a window losing focus) is Inactive: the tablet may be handed over
        // from there, so it locks as when the app is hidden.
        Lifecycle lifecycle;
        QSignalSpy background(&lifecycle, &Lifecycle::movedToBackground);
        QSignalSpy foreground(&lifecycle, &Lifecycle::movedToForeground);
        lifecycle.handleState(Qt::ApplicationInactive);
        QCOMPARE(background.count(), 1);
        QVERIFY(!lifecycle.inForeground());
        lifecycle.handleState(Qt::ApplicationSuspended);
        lifecycle.handleState(Qt::ApplicationHidden);
        QCOMPARE(background.count(), 1);
        lifecycle.handleState(Qt::ApplicationActive);
        QCOMPARE(foreground.count(), 1);
        QVERIFY(lifecycle.inForeground());
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
