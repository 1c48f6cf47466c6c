import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One participant in the caseload: name, status and step, next contact, and what needs attention.
ItemDelegate {
    id: row

    required property string participantId
    required property string displayName
    required property string initials
    required property string statusText
    required property string stepsText
    required property string nextContactText
    required property bool nextContactOverdue
    required property int attentionCount
    required property string attentionText
    required property bool attentionOverdue

    signal open(string participantId)
    signal newVisit(string participantId)

    padding: Theme.spacing
    Accessible.name: displayName + ". " + statusText + ". " + nextContactText
                     + (attentionCount > 0 ? ". " + attentionText : "")
    onClicked: row.open(participantId)

    background: Rectangle {
        color: row.down ? Theme.divider : Theme.surface
        radius: Theme.radius
        border.color: row.visualFocus ? Theme.primary : "transparent"
        border.width: 2
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            radius: width / 2
            color: Theme.primary
            Label {
                anchors.centerIn: parent
                text: row.initials
                color: "white"
                font.weight: Font.DemiBold
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true

            Label {
                text: row.displayName
                font.weight: Font.DemiBold
                font.pixelSize: Theme.headingFontSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.statusText + " · " + row.stepsText
                color: Theme.textSecondary
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.nextContactText
                color: row.nextContactOverdue ? Theme.overdue : Theme.textSecondary
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.attentionCount > 0
                text: row.attentionCount > 1
                      ? qsTr("%1 (and %n more)", "", row.attentionCount - 1).arg(row.attentionText)
                      : row.attentionText
                color: row.attentionOverdue ? Theme.overdue : Theme.attention
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Visit")
            flat: true
            Accessible.name: qsTr("New visit with %1").arg(row.displayName)
            onClicked: row.newVisit(row.participantId)
        }
    }
}
