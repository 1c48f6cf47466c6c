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
    signal startJob()

    function askToEnd(placementId, title) {
        endDialog.placementId = placementId;
        endDialog.placementTitle = title;
        endDialog.open();
    }

    model: controller.placements
    clip: true
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Placements")

    header: RowLayout {
        width: list.width // qmllint disable unqualified
        visible: !list.controller.discharged // qmllint disable unqualified
        height: visible ? implicitHeight + Theme.spacing : 0
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "startJob"
            text: qsTr("Start a job")
            highlighted: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Start a job for %1").arg(list.controller.displayName) // qmllint disable unqualified
            onClicked: list.startJob() // qmllint disable unqualified
        }
    }

    Connections {
        target: list.controller
        function onPlacementEnded() { endDialog.close() }
    }

    Dialog {
        id: endDialog
        objectName: "endPlacementDialog"
        property string placementId: ""
        property string placementTitle: ""
        property date endOn: new Date()
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("End %1").arg(placementTitle)
        onOpened: {
            endOn = list.controller.today();
            endReason.text = "";
            endLearnt.text = "";
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("A job that ends is a step on the way: write what was learnt for the next one.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DateField {
                label: qsTr("Ended on")
                text: list.controller.dayText(endDialog.endOn)
                value: endDialog.endOn
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { endDialog.endOn = day }
            }
            TextEntry {
                id: endReason
                objectName: "endReason"
                placeholderText: qsTr("Why it ended")
                Layout.fillWidth: true
                Accessible.name: qsTr("Why it ended")
            }
            TextArea {
                id: endLearnt
                objectName: "endLearnt"
                placeholderText: qsTr("What was learnt, for the next job")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("What was learnt")
            }
            Label {
                objectName: "endError"
                visible: list.controller.errorText.length > 0
                text: list.controller.errorText
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: endDialog.close()
                }
                Button {
                    objectName: "confirmEndPlacement"
                    text: qsTr("End the job")
                    highlighted: true
                    enabled: !list.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: list.controller.endPlacement(endDialog.placementId, endDialog.endOn, endReason.text,
                                                            endLearnt.text)
                }
            }
        }
    }

    delegate: Card {
        id: card
        required property string placementId
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
            Button {
                objectName: "endPlacement"
                visible: !card.ended
                text: qsTr("End")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("End %1").arg(card.title)
                onClicked: list.askToEnd(card.placementId, card.title) // qmllint disable unqualified
            }
        }
    }
    EmptyState {
        anchors.fill: parent
        visible: list.count === 0
        text: qsTr("No placements yet.")
    }
}
