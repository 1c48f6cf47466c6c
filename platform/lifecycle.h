// The app's lifecycle as the OS reports it. Leaving the foreground must lock the store: a tablet
// left in a car or handed to someone shows the lock screen, not a participant's notes.
//
// "Leaving" includes Inactive: iOS and Android report it when the app switcher opens (the tablet is
// one tap from being handed over with the app on screen), and desktops when another window takes
// the focus. A dialog of the app itself does not make it Inactive (it is a window of the same app).
//
// While not in the foreground the app also covers its content (contentHidden), so that the app
// switcher's thumbnail shows no participant. On desktop Linux that is all that can be done: X11 and
// Wayland compositors take their thumbnails from the window as drawn, and offer an application no
// way to opt out of them or of screenshots. Android's FLAG_SECURE and iOS's snapshot on
// resignActive are described in platform/README.md.
#pragma once

#include <QObject>

namespace fieldnotes::platform {

class Lifecycle : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool contentHidden READ contentHidden NOTIFY contentHiddenChanged)
public:
    // Follows QGuiApplication's application state when there is a QGuiApplication.
    explicit Lifecycle(QObject* parent = nullptr);

    bool inForeground() const { return m_inForeground; }
    bool contentHidden() const { return !m_inForeground; }

    // Inactive (the app switcher, another window in front), Hidden and Suspended.
    static bool isBackground(Qt::ApplicationState state);

public slots:
    void handleState(Qt::ApplicationState state);

signals:
    void movedToBackground();
    void movedToForeground();
    void contentHiddenChanged();

private:
    bool m_inForeground = true;
};

} // namespace fieldnotes::platform
