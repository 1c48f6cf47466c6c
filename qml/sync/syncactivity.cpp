#include "syncactivity.h"

#include "session.h"

namespace fieldnotes::app {

SyncActivity& SyncActivity::instance()
{
    static QPointer<SyncActivity> activity;
    Session* session = Session::instance();
    if (!activity || activity->parent() != session)
        activity = new SyncActivity(session);
    return *activity;
}

SyncActivity::SyncActivity(QObject* parent)
    : QObject(parent)
{
}

bool SyncActivity::begin(SyncClient& client)
{
    if (m_working)
        return false;
    m_working = true;
    m_progress = -1;
    m_statusText.clear();
    ++m_call;
    Session::instance()->host().hold();
    m_cancelOnLock = connect(Session::instance(), &Session::aboutToLock, this, [&client] { client.cancel(); });
    emit changed();
    return true;
}

SyncClient::StoreAccess SyncActivity::storeAccess() const
{
    StoreHost* host = &Session::instance()->host();
    return [host](std::function<void(core::Store*)> job) { host->post(std::move(job)); };
}

void SyncActivity::report(const SyncClient::Progress& p)
{
    const int call = m_call;
    QMetaObject::invokeMethod(
        this,
        [this, p, call] {
            if (m_working && call == m_call)
                apply(p);
        },
        Qt::QueuedConnection);
}

void SyncActivity::apply(const SyncClient::Progress& p)
{
    m_progress = p.total > 0 ? double(p.done) / double(p.total) : -1;
    switch (p.phase) {
    case SyncClient::Progress::Phase::Connecting:
        m_statusText = tr("Connecting to the office…");
        break;
    case SyncClient::Progress::Phase::Sending:
        m_statusText
            = p.total > 0 ? tr("Sending your changes… %1 of %2").arg(p.done).arg(p.total) : tr("Sending your changes…");
        break;
    case SyncClient::Progress::Phase::Receiving:
        m_statusText = p.total > 0 ? tr("Receiving news from the office… %1 of %2").arg(p.done).arg(p.total)
                                   : tr("Receiving news from the office…");
        break;
    case SyncClient::Progress::Phase::Saving:
        m_statusText = tr("Saving what arrived…");
        break;
    }
    emit changed();
}

void SyncActivity::end(std::function<void(SyncActivity&)> f)
{
    QMetaObject::invokeMethod(
        this,
        [this, f = std::move(f)] {
            if (!m_working)
                return;
            m_working = false;
            disconnect(m_cancelOnLock);
            f(*this);
            emit changed();
            Session::instance()->host().release();
        },
        Qt::QueuedConnection);
}

void SyncActivity::setStatus(const QString& text, double progress)
{
    m_statusText = text;
    m_progress = progress;
}

} // namespace fieldnotes::app
