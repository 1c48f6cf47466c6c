// The app's lifecycle as the OS reports it. Going to the background must lock the store: a tablet
// left in a car or handed to someone shows the lock screen, not a participant's notes.
#pragma once

#include <QObject>

namespace fieldnotes::platform {

class Lifecycle : public QObject {
    Q_OBJECT
public:
    // Follows QGuiApplication's application state when there is a QGuiApplication.
    explicit Lifecycle(QObject* parent = nullptr);

    bool inForeground() const { return m_inForeground; }

    // Hidden and Suspended mean the app is in the background (another app or the home screen is
    // shown, or the screen is off). Inactive is not: Android and desktops report it for a dialog
    // or a notification shade over a window that is still visible.
    static bool isBackground(Qt::ApplicationState state);

public slots:
    void handleState(Qt::ApplicationState state);

signals:
    void movedToBackground();
    void movedToForeground();

private:
    bool m_inForeground = true;
};

} // namespace fieldnotes::platform
