import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One side of a conflict: the value, who wrote it and when, and the button that keeps it.
Rectangle {
    id: side

    property string heading: ""
    property string value: ""
    property string by: ""
    property string buttonText: ""
    property string accessibleAction: ""
    property bool buttonEnabled: true
    signal chosen()

    color: Theme.background
    radius: Theme.radius
    border.color: Theme.divider
    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4
        Label {
            text: side.heading
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
        }
        Label {
            text: side.value
            font.pixelSize: Theme.headingFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: side.by
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            text: side.buttonText
            enabled: side.buttonEnabled
            Layout.fillWidth: true
            Accessible.name: side.accessibleAction
            onClicked: side.chosen()
        }
    }
}
