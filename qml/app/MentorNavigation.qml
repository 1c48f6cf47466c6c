import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// The mentor's destinations: their people, sync, settings, lock.
GridLayout {
    id: nav

    property bool vertical: true
    property string section: "home"
    signal chosen(string name)

    columns: vertical ? 1 : 4
    rowSpacing: 4
    columnSpacing: 0

    NavButton {
        glyph: "\u2302"
        text: qsTr("My people")
        current: nav.section === "home"
        Layout.fillWidth: true
        onClicked: nav.chosen("home")
    }
    NavButton {
        glyph: "\u21c5"
        text: qsTr("Sync")
        current: nav.section === "sync"
        Layout.fillWidth: true
        onClicked: nav.chosen("sync")
    }
    NavButton {
        glyph: "\u2699"
        text: qsTr("Settings")
        current: nav.section === "settings"
        Layout.fillWidth: true
        onClicked: nav.chosen("settings")
    }
    NavButton {
        padlock: true
        text: qsTr("Lock")
        Layout.fillWidth: true
        onClicked: Session.lock()
    }
}
