import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// Contacts and natural support, newest first; a tap opens the whole entry.
ListView {
    id: list

    signal openEntry(string table, string entryId)

    clip: true
    spacing: 4
    reuseItems: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Timeline")
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: row

        required property string entryId
        required property string table
        required property string dateText
        required property string timeText
        required property string kindText
        required property string summary
        required property string authorName
        required property string minutesText
        required property bool needsSpecialist
        required property bool corrected // a correction, shown in place of the entry it corrects

        width: list.width // qmllint disable unqualified
        padding: Theme.spacing
        Accessible.name: dateText + ", " + kindText + (corrected ? ", " + qsTr("Corrected") : "") + ". " + summary
        // A change of the course has no page of its own: all there is to it is on the row.
        onClicked: if (table !== "course_changes") list.openEntry(table, entryId) // qmllint disable unqualified

        background: Rectangle {
            color: row.down ? Theme.divider : Theme.surface
            radius: Theme.radius
            border.color: row.visualFocus ? Theme.primary : "transparent"
            border.width: 2
        }

        contentItem: ColumnLayout {
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: row.dateText + (row.timeText.length > 0 ? " " + row.timeText : "")
                    font.weight: Font.DemiBold
                }
                Label {
                    text: row.kindText
                    color: Theme.primary
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: row.minutesText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize
                }
            }
            Label {
                visible: row.summary.length > 0
                text: row.summary
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: row.authorName
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "correctedMark"
                    visible: row.corrected
                    text: qsTr("Corrected")
                    color: Theme.attention
                    font.pixelSize: Theme.smallFontSize
                    font.weight: Font.DemiBold
                }
                Label {
                    visible: row.needsSpecialist
                    text: qsTr("Needs the specialist")
                    color: Theme.overdue
                    font.pixelSize: Theme.smallFontSize
                    font.weight: Font.DemiBold
                }
            }
        }
    }
    EmptyState {
        anchors.fill: parent
        visible: list.count === 0
        text: qsTr("Nothing noted yet.")
    }
}
