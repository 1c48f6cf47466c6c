import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A date chosen with a tap: the date as the controller formats it, quick choices, and a calendar.
// `picked(date)` gives a JS Date (local midnight); `cleared()` removes the date when allowed.
ColumnLayout {
    id: field

    property string label: ""
    property string text: ""
    property date value
    property bool hasValue: false
    property bool clearable: false
    property var quickChoices: [] // [{ label, days }] relative to today

    signal picked(date day)
    signal cleared()

    spacing: 4
    Layout.fillWidth: true

    function daysFromToday(days) {
        const d = new Date();
        d.setHours(0, 0, 0, 0);
        d.setDate(d.getDate() + days);
        return d;
    }
    function pickDaysFromToday(days) {
        field.picked(field.daysFromToday(days));
    }
    // A quick choice that is already the chosen day is not offered again.
    function isChosen(days) {
        if (!field.hasValue)
            return false;
        const d = field.daysFromToday(days);
        return field.value.getFullYear() === d.getFullYear() && field.value.getMonth() === d.getMonth()
            && field.value.getDate() === d.getDate();
    }

    Label {
        text: field.label
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize
        visible: field.label.length > 0
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8

        Button {
            text: field.hasValue ? field.text : qsTr("Choose a date")
            Accessible.name: field.hasValue ? qsTr("%1: %2. Change the date").arg(field.label).arg(field.text)
                                            : qsTr("%1: choose a date").arg(field.label)
            onClicked: calendar.openAt(field.hasValue ? field.value : new Date())
        }
        Repeater {
            model: field.quickChoices
            delegate: Button {
                required property var modelData
                text: modelData.label
                flat: true
                visible: !field.isChosen(modelData.days) // qmllint disable unqualified
                Accessible.name: field.label + ": " + modelData.label // qmllint disable unqualified
                onClicked: field.pickDaysFromToday(modelData.days) // qmllint disable unqualified
            }
        }
        Button {
            visible: field.clearable && field.hasValue
            text: qsTr("No date")
            flat: true
            Accessible.name: qsTr("%1: remove the date").arg(field.label)
            onClicked: field.cleared()
        }
    }

    DatePopup {
        id: calendar
        onPicked: function(day) { field.picked(day) }
    }
}
