import QtQuick
import QtQuick.Layouts
import Fieldnotes.Base

// The specialist's destinations, with "new visit" first: a column in landscape, a row in portrait.
GridLayout {
    id: nav

    property bool vertical: true
    property string section: "caseload"
    signal chosen(string name)
    signal newVisit()

    columns: vertical ? 1 : 8
    rowSpacing: 4
    columnSpacing: 0

    NavButton {
        objectName: "navNewVisit"
        glyph: "+"
        accent: true
        text: qsTr("New visit")
        Layout.fillWidth: true
        onClicked: nav.newVisit()
    }
    NavButton {
        glyph: "\u2302"
        text: qsTr("Caseload")
        current: nav.section === "caseload"
        Layout.fillWidth: true
        onClicked: nav.chosen("caseload")
    }
    NavButton {
        glyph: "\u2692"
        text: qsTr("Employers")
        current: nav.section === "employers"
        Layout.fillWidth: true
        onClicked: nav.chosen("employers")
    }
    NavButton {
        objectName: "navReflection"
        glyph: "\u270e"
        text: qsTr("Reflection")
        current: nav.section === "reflection"
        Layout.fillWidth: true
        Accessible.name: qsTr("Reflection log")
        onClicked: nav.chosen("reflection")
    }
    NavButton {
        objectName: "navFigures"
        glyph: "\u25a4"
        text: qsTr("Figures")
        current: nav.section === "figures"
        Layout.fillWidth: true
        Accessible.name: qsTr("My figures")
        onClicked: nav.chosen("figures")
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
