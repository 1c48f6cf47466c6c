import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// What the participant has agreed to share with this employer, shown before anything is noted.
Rectangle {
    id: notice

    property string text: ""
    property bool nothingShared: true
    property alias model: repeater.model

    color: Theme.consentSurface
    border.color: Theme.consentBorder
    border.width: 2
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Consent: %1").arg(text)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: 4

        Label {
            text: qsTr("Before you note anything for this employer")
            font.weight: Font.DemiBold
            color: Theme.consentBorder
        }
        Label {
            text: notice.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            id: repeater
            delegate: Label {
                required property string what
                required property bool active
                required property string stateText
                visible: active
                text: "\u2713 " + what
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
