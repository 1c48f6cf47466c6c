import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Job tastings, work trials and jobs: where, since when, the dates that matter and the support.
ListView {
    id: list

    required property ParticipantController controller
    signal openEmployer(string employerId)

    model: controller.placements
    clip: true
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Placements")

    delegate: Card {
        id: card
        required property string title
        required property string kindText
        required property string employerId
        required property string employerName
        required property string periodText
        required property string datesText
        required property string supportText
        required property string accommodations
        required property string carvedTasks
        required property bool ended
        width: list.width // qmllint disable unqualified
        opacity: ended ? 0.7 : 1

        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            Label {
                text: card.title
                font.weight: Font.DemiBold
                font.pixelSize: Theme.headingFontSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: card.kindText + (card.periodText.length > 0 ? " · " + card.periodText : "")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                visible: card.employerName.length > 0
                text: card.employerName
                flat: true
                Accessible.name: qsTr("Open employer %1").arg(card.employerName)
                onClicked: list.openEmployer(card.employerId) // qmllint disable unqualified
            }
            InfoRow {
                label: qsTr("Dates")
                value: card.datesText
            }
            InfoRow {
                label: qsTr("Support")
                value: card.supportText
            }
            InfoRow {
                label: qsTr("Carved tasks")
                value: card.carvedTasks
            }
            InfoRow {
                label: qsTr("Accommodations")
                value: card.accommodations
            }
        }
    }
    EmptyState {
        anchors.fill: parent
        visible: list.count === 0
        text: qsTr("No placements yet.")
    }
}
