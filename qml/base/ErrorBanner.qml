import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// An error a person can act on; dismissed with one tap.
Rectangle {
    id: banner

    property string text: ""
    signal dismissed()

    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacing : 0
    color: Theme.overdueSurface
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: banner.text
            color: Theme.overdue
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("OK")
            flat: true
            Accessible.name: qsTr("Dismiss the message")
            onClicked: banner.dismissed()
        }
    }
}
