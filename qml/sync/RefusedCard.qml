import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A change the office refused: what it was about, the office's reason in its own words, what the
// person can do, and what they had typed (hidden until tapped: it may be a note about someone).
Card {
    id: card

    required property string refusedId
    required property string what
    required property string subject
    required property string reason
    required property string remedyText
    required property string typedText
    required property string whenText
    property bool shown: false

    signal dismiss(string refusedId)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: card.subject.length > 0 ? card.subject + " · " + card.what : card.what
            font.weight: Font.DemiBold
            font.pixelSize: Theme.headingFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Refused %1: %2").arg(card.whenText).arg(card.reason)
            color: Theme.overdue
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: card.remedyText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            visible: !card.shown && card.typedText.length > 0
            text: qsTr("Show what you wrote")
            flat: true
            Accessible.name: qsTr("Show what you wrote for %1").arg(card.what)
            onClicked: card.shown = true
            background: Rectangle {
                radius: Theme.radius
                color: Theme.sensitiveSurface
            }
        }
        Label {
            objectName: "typedText"
            visible: card.shown
            text: card.typedText
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "dismissRefused"
                text: qsTr("Done: remove from the list")
                Accessible.name: qsTr("Remove the refused change to %1 from the list").arg(card.what)
                onClicked: card.dismiss(card.refusedId)
            }
        }
    }
}
