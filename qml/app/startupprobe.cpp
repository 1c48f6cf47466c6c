#include "startupprobe.h"

#include "session.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace fieldnotes::app {

StartupProbe::StartupProbe(Session& session, QQuickWindow& window, QElapsedTimer sinceStart, QString screenshotFile,
    bool report, QObject* parent)
    : QObject(parent)
    , m_window(&window)
    , m_sinceStart(sinceStart)
    , m_screenshotFile(std::move(screenshotFile))
    , m_report(report)
{
    connect(&session, &Session::firstInteractive, this, &StartupProbe::onInteractive);
    connect(m_window, &QQuickWindow::frameSwapped, this, &StartupProbe::onFrame, Qt::QueuedConnection);
    if (session.interactive())
        onInteractive();
    if (!m_screenshotFile.isEmpty()) {
        // A screen that never becomes ready is a failure to report, not a hang.
        QTimer::singleShot(60'000, this, [] {
            std::fprintf(stderr, "fieldnotes: no interactive frame within 60 s; no screenshot taken\n");
            QCoreApplication::exit(3);
        });
    }
}

void StartupProbe::onInteractive()
{
    auto grabNextFrame = [this] {
        m_waitingForFrame = true;
        m_window->requestUpdate();
    };
    if (m_report || m_screenshotFile.isEmpty()) {
        grabNextFrame();
        return;
    }
    // A screenshot waits for what a route opens after the page is ready (a dialog reads its data
    // first, then opens with a short transition), so the picture shows the screen as a person sees it.
    QTimer::singleShot(screenshotSettle, this, grabNextFrame);
}

void StartupProbe::onFrame()
{
    if (!m_waitingForFrame)
        return;
    m_waitingForFrame = false;
    if (m_report) {
        // CPU time too: on a busy machine the wall time says more about the neighbours than about us.
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const long long cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
        std::printf("fieldnotes: first interactive frame after %lld ms (%lld ms of CPU)\n",
            static_cast<long long>(m_sinceStart.elapsed()), cpuMs);
        std::fflush(stdout);
    }
    if (m_screenshotFile.isEmpty())
        return;
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_screenshotFile, "PNG")) {
        std::fprintf(stderr, "fieldnotes: could not save the screenshot to %s\n", qPrintable(m_screenshotFile));
        QCoreApplication::exit(3);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace fieldnotes::app
