import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Fieldnotes.Base
import Fieldnotes.Unlock
import Fieldnotes.App

// The window. While locked, only the lock screen exists: the screens of an unlocked session are
// destroyed on lock, so nothing from the case store stays on screen or in their models.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("fieldnotes")
    font.pixelSize: Theme.fontSize
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    readonly property bool choosingPassphrase: Session.state === Session.NoStore
                                               || (Session.createdThisRun && Session.state === Session.Unlocking)

    // The shell of an unlocked session. It is built while the passphrase is being checked (its
    // screens read nothing until the store is open), shown once unlocked, and destroyed on lock.
    Loader {
        id: shell
        anchors.fill: parent
        active: Session.unlocked || (Session.state === Session.Unlocking && !window.choosingPassphrase)
        visible: Session.unlocked
        focus: Session.unlocked
        source: Session.role === Session.Mentor ? Qt.resolvedUrl("MentorShell.qml")
                : Session.role === Session.Lead ? Qt.resolvedUrl("LeadShell.qml")
                : Qt.resolvedUrl("SpecialistShell.qml")
    }

    Loader {
        id: lockScreen
        anchors.fill: parent
        active: !Session.unlocked
        focus: !Session.unlocked
        sourceComponent: window.choosingPassphrase ? firstStart : unlock
    }

    // Over everything while the app is not in the foreground, so the app switcher's thumbnail (taken
    // from the window as drawn) shows no participant, not even for the moment before the lock.
    Rectangle {
        objectName: "privacyCover"
        anchors.fill: parent
        z: 1000
        visible: Session.contentHidden
        color: Theme.background
        PadlockIcon {
            anchors.centerIn: parent
            width: 66
            height: 72
            color: Theme.primary
        }
    }

    Component {
        id: firstStart
        FirstStartPage {}
    }
    Component {
        id: unlock
        UnlockPage {}
    }
}
