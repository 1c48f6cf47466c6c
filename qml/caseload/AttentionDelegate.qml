import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One thing that needs attention: what, for whom, and when; an action, a reminder or a planned
// meeting closed right here with a tap.
ItemDelegate {
    id: row

    required property string participantId
    required property string participantName
    required property string subjectTable
    required property string kindText
    required property string line
    required property bool overdue
    required property string subjectId
    // Closes the item where it is (done, moved, cancelled).
    required property AttentionActions actions

    signal open(string participantId, string subjectTable)

    padding: Theme.spacing
    Accessible.name: (participantName.length > 0 ? participantName + ": " : "") + line
    onClicked: row.open(participantId, subjectTable)

    background: Rectangle {
        color: row.overdue ? Theme.overdueSurface : Theme.attentionSurface
        radius: Theme.radius
        border.color: row.visualFocus ? Theme.primary : "transparent"
        border.width: 2
    }

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            text: row.participantName.length > 0 ? row.participantName : row.kindText
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: row.line
            color: row.overdue ? Theme.overdue : Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        AttentionItemActions {
            actions: row.actions
            subjectTable: row.subjectTable
            subjectId: row.subjectId
            subjectLine: (row.participantName.length > 0 ? row.participantName + ": " : "") + row.line
        }
    }
}
