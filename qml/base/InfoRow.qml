import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A label and its value, one above the other; nothing shown when there is no value.
ColumnLayout {
    id: row

    property string label: ""
    property string value: ""
    property string note: ""

    visible: value.length > 0
    spacing: 2
    Layout.fillWidth: true

    Label {
        text: row.label
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    Label {
        text: row.value
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.name: row.label + ": " + row.value
    }
    Label {
        visible: row.note.length > 0
        text: row.note
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
}
