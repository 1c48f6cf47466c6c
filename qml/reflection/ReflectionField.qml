import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One question of a reflection entry: its label, a text area at least two touch targets tall, and
// the refusal that concerns this field, right under it.
ColumnLayout {
    id: field

    property string label: ""
    property string placeholder: ""
    property string value: ""
    property string refusal: "" // empty: none
    property alias input: area

    signal edited(string text)

    spacing: 4
    Layout.fillWidth: true

    Label {
        text: field.label
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TextArea {
        id: area
        text: field.value
        placeholderText: field.placeholder
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 2
        Accessible.name: field.label
        Accessible.description: field.refusal
        onTextChanged: if (text !== field.value) field.edited(text)
    }
    Label {
        objectName: "fieldRefusal"
        visible: field.refusal.length > 0
        text: field.refusal
        color: Theme.overdue
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
