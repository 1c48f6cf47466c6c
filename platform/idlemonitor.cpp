#include "idlemonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

#include <algorithm>

namespace fieldnotes::platform {

IdleMonitor::IdleMonitor(QObject* parent)
    : QObject(parent)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_now = [clock] { return clock->elapsed(); };
    m_lastActivity = m_now();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::setTimeSource(TimeSource source)
{
    m_now = std::move(source);
    m_lastActivity = m_now();
    arm();
}

void IdleMonitor::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutMs = std::max<qint64>(0, timeoutMs);
    m_fired = false;
    arm();
}

void IdleMonitor::noteActivity()
{
    m_lastActivity = m_now();
    if (m_fired) {
        m_fired = false;
        arm();
    } else if (!m_timer.isActive()) {
        arm();
    }
}

void IdleMonitor::check()
{
    if (m_timeoutMs <= 0 || m_fired)
        return;
    const qint64 quiet = m_now() - m_lastActivity;
    if (quiet >= m_timeoutMs) {
        m_fired = true;
        emit idle();
        return;
    }
    m_timer.start(static_cast<int>(std::min<qint64>(m_timeoutMs - quiet, 60'000)));
}

void IdleMonitor::arm()
{
    if (m_timeoutMs <= 0) {
        m_timer.stop();
        return;
    }
    // The timer only wakes us up; check() decides from the time source, so a timer that fires late
    // (a suspended device) still locks, and one that fires early just re-arms.
    m_timer.start(static_cast<int>(std::min<qint64>(m_timeoutMs, 60'000)));
}

bool IdleMonitor::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    // Input reaches several receivers (window, item); counting each is harmless and cheap.
    if (isUserInput(event))
        noteActivity();
    return QObject::eventFilter(watched, event);
}

} // namespace fieldnotes::platform
