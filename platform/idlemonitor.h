// Notices when nobody has touched the app for a while.
//
// Every touch, click, key press or wheel turn anywhere in the app counts as activity. Once
// `timeoutMs` passes without any, `idle()` is emitted once; the next activity re-arms it.
// The time source can be replaced (tests drive it by hand and call check()).
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace fieldnotes::platform {

class IdleMonitor : public QObject {
    Q_OBJECT
public:
    using TimeSource = std::function<qint64()>; // monotonic milliseconds

    // Watches input to the whole application (an event filter on QCoreApplication).
    explicit IdleMonitor(QObject* parent = nullptr);
    ~IdleMonitor() override;

    void setTimeSource(TimeSource source);
    // 0 disables the monitor.
    void setTimeoutMs(qint64 timeoutMs);
    qint64 timeoutMs() const { return m_timeoutMs; }

    // Counts as activity (also called for every input event).
    void noteActivity();
    // Emits idle() if the timeout has passed since the last activity; called by the internal timer.
    void check();

    static bool isUserInput(const QEvent* event);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arm();

    TimeSource m_now;
    qint64 m_timeoutMs = 0;
    qint64 m_lastActivity = 0;
    bool m_fired = false;
    QTimer m_timer;
};

} // namespace fieldnotes::platform
