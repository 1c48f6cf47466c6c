import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// The team lead's destinations: the case review first (the weekly meeting), the team (its overview
// and the hand-over), their
// own caseload, the team's figures and fidelity result, the team's reflection log, sync, settings,
// lock. A column in landscape, a row in portrait.
GridLayout {
    id: nav

    property bool vertical: true
    property string section: "review"
    signal chosen(string name)

    columns: vertical ? 1 : 9
    rowSpacing: 4
    columnSpacing: 0

    NavButton {
        objectName: "navReview"
        glyph: "\u2637"
        text: qsTr("Case review")
        current: nav.section === "review"
        Layout.fillWidth: true
        onClicked: nav.chosen("review")
    }
    NavButton {
        objectName: "navTeam"
        glyph: "\u21c4"
        text: qsTr("Team")
        current: nav.section === "team" || nav.section === "handover"
        Layout.fillWidth: true
        Accessible.name: qsTr("Team: overview and hand-over")
        onClicked: nav.chosen("team")
    }
    NavButton {
        objectName: "navOwnCaseload"
        glyph: "\u2302"
        text: qsTr("My caseload")
        current: nav.section === "caseload"
        Layout.fillWidth: true
        onClicked: nav.chosen("caseload")
    }
    NavButton {
        objectName: "navFigures"
        glyph: "\u25a4"
        text: qsTr("Figures")
        current: nav.section === "figures"
        Layout.fillWidth: true
        Accessible.name: qsTr("Team figures")
        onClicked: nav.chosen("figures")
    }
    NavButton {
        objectName: "navFidelity"
        glyph: "\u2714"
        text: qsTr("Fidelity")
        current: nav.section === "fidelity"
        Layout.fillWidth: true
        Accessible.name: qsTr("Fidelity: the team")
        onClicked: nav.chosen("fidelity")
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
