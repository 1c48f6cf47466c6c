import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A labelled multi-line text field that grows with its text.
ColumnLayout {
    id: field

    property string label: ""
    property string hint: ""
    property string text: ""
    property bool sensitive: false
    readonly property alias input: area
    signal edited(string text)

    spacing: 4
    Layout.fillWidth: true

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: field.label
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Label {
            visible: field.sensitive
            text: qsTr("Sensitive: hidden in lists")
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
        }
    }
    TextArea {
        id: area
        text: field.text
        placeholderText: field.hint
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 1.5
        Accessible.name: field.label
        Accessible.description: field.hint
        onTextChanged: if (text !== field.text) field.edited(text)
    }
}
