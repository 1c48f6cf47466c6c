import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One agreed action being written: what, who does it, by when.
ColumnLayout {
    id: editor

    required property int index
    required property string text
    required property string owner
    required property date dueDate
    required property string dueText
    property var owners

    signal textEdited(int row, string text)
    signal ownerChosen(int row, string owner)
    signal duePicked(int row, date day)
    signal removed(int row)

    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        TextEntry {
            text: editor.text
            placeholderText: qsTr("What was agreed")
            Layout.fillWidth: true
            Accessible.name: qsTr("Agreed action %1").arg(editor.index + 1)
            onTextEdited: editor.textEdited(editor.index, text)
        }
        Button {
            text: "\u2715"
            flat: true
            Accessible.name: qsTr("Remove agreed action %1").arg(editor.index + 1)
            onClicked: editor.removed(editor.index)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ComboBox {
            model: editor.owners
            textRole: "label"
            valueRole: "code"
            currentIndex: editor.owners ? editor.owners.indexOf(editor.owner) : -1
            Layout.fillWidth: true
            Accessible.name: qsTr("Who does agreed action %1").arg(editor.index + 1)
            onActivated: function(index) { editor.ownerChosen(editor.index, currentValue) }
        }
        Button {
            text: editor.dueText.length > 0 ? qsTr("By %1").arg(editor.dueText) : qsTr("Due date")
            Accessible.name: qsTr("Due date for agreed action %1").arg(editor.index + 1)
            onClicked: calendar.openAt(isNaN(editor.dueDate.getTime()) ? new Date() : editor.dueDate)
        }
    }
    DatePopup {
        id: calendar
        onPicked: function(day) { editor.duePicked(editor.index, day) }
    }
}
