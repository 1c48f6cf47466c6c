// Waits for the first interactive frame (Session::firstInteractive, then the next frame on
// screen), then reports the time since start, saves a screenshot and exits, as asked. A screenshot
// alone waits a moment longer, for the dialog a start route opens.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace fieldnotes::app {

class Session;

class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(Session& session, QQuickWindow& window, QElapsedTimer sinceStart, QString screenshotFile, bool report,
        QObject* parent = nullptr);

private:
    static constexpr int screenshotSettle = 800; // ms after the first interactive frame

    void onInteractive();
    void onFrame();

    QQuickWindow* m_window;
    QElapsedTimer m_sinceStart;
    QString m_screenshotFile;
    bool m_report;
    bool m_waitingForFrame = false;
};

} // namespace fieldnotes::app
