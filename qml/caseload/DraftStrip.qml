import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// Unfinished notes saved on this tablet, each one tap from where it was left.
ColumnLayout {
    id: strip

    property alias model: repeater.model
    signal resume(string kind, string draftId)

    spacing: 4

    Label {
        text: qsTr("Unfinished")
        font.weight: Font.DemiBold
        color: Theme.primary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            id: repeater
            delegate: Button {
                required property string draftId
                required property string kind
                required property string title
                required property string updatedText
                text: title + " · " + updatedText
                Accessible.name: qsTr("Continue %1").arg(title)
                onClicked: strip.resume(kind, draftId) // qmllint disable unqualified
            }
        }
    }
}
