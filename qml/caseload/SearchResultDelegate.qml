import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One search hit: whose record, where it was found, and the words around the match.
ItemDelegate {
    id: row

    required property string participantId
    required property string employerId
    required property string subject
    required property string sourceText
    required property string snippet

    signal openParticipant(string participantId)
    signal openEmployer(string employerId)

    padding: Theme.spacing
    Accessible.name: subject + ", " + sourceText
    onClicked: participantId.length > 0 ? row.openParticipant(participantId) : row.openEmployer(employerId)

    background: Rectangle {
        color: row.down ? Theme.divider : Theme.surface
        radius: Theme.radius
        border.color: row.visualFocus ? Theme.primary : "transparent"
        border.width: 2
    }

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            text: row.subject + "  ·  " + row.sourceText
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: row.snippet
            textFormat: Text.StyledText
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
