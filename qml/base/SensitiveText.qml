import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A sensitive field (health, referral reason, observations of the person): hidden until tapped,
// so it does not show on a screen seen at a workplace. `reveal()` asks the controller for the value.
ColumnLayout {
    id: field

    property string label: ""
    property string value: ""
    property bool revealed: false

    signal reveal()
    signal hide()

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.label
        color: Theme.textSecondary
        font.pixelSize: Theme.smallFontSize
        Layout.fillWidth: true
    }
    Button {
        visible: !field.revealed
        text: qsTr("Hidden: tap to show")
        flat: true
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.name: qsTr("Show %1").arg(field.label)
        onClicked: field.reveal()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.sensitiveSurface
        }
    }
    RowLayout {
        visible: field.revealed
        Layout.fillWidth: true
        Label {
            text: field.value.length > 0 ? field.value : qsTr("(empty)")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.name: field.label + ": " + text
        }
        Button {
            text: qsTr("Hide")
            flat: true
            Accessible.name: qsTr("Hide %1").arg(field.label)
            onClicked: field.hide()
        }
    }
}
