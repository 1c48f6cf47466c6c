import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// A finalized visit note or natural-support entry, in full.
AppPage {
    id: page

    required property string table
    required property string entryId

    title: controller.title
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    JournalEntryController {
        id: controller
        table: page.table
        entryId: page.entryId
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            width: Math.min(page.width - 2 * Theme.margin, Theme.maxFormWidth)
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Label {
                visible: controller.corrected
                text: qsTr("A later entry corrects this one.")
                color: Theme.attention
                font.weight: Font.DemiBold
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    InfoRow {
                        label: qsTr("When")
                        value: controller.whenText
                        note: controller.authorText
                    }
                    InfoRow {
                        label: qsTr("Participant")
                        value: controller.participantName
                    }
                    InfoRow {
                        label: qsTr("Employer")
                        value: controller.employerName
                    }
                    InfoRow {
                        label: qsTr("Place")
                        value: controller.placeText
                    }
                    InfoRow {
                        label: qsTr("Who was there")
                        value: controller.attendeesText
                    }
                    InfoRow {
                        label: qsTr("Purpose")
                        value: controller.purpose
                    }
                    InfoRow {
                        label: qsTr("Steps")
                        value: controller.stepsText
                    }
                }
            }
            Card {
                visible: controller.isVisit
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    SectionHeader {
                        text: qsTr("Observations")
                    }
                    SensitiveText {
                        label: qsTr("The person")
                        revealed: controller.obsPersonRevealed
                        value: controller.obsPerson
                        onReveal: controller.revealObservation()
                        onHide: controller.hideObservation()
                    }
                    InfoRow {
                        label: qsTr("The tasks")
                        value: controller.obsTask
                    }
                    InfoRow {
                        label: qsTr("The environment")
                        value: controller.obsEnvironment
                    }
                    InfoRow {
                        label: qsTr("Note")
                        value: controller.note
                    }
                    InfoRow {
                        label: qsTr("Next visit")
                        value: controller.nextVisitText
                    }
                    InfoRow {
                        label: qsTr("Who may read it")
                        value: controller.audienceText
                    }
                    SectionHeader {
                        visible: controller.actions.length > 0
                        text: qsTr("Agreed actions")
                    }
                    Repeater {
                        model: controller.actions
                        delegate: Label {
                            required property string modelData
                            text: "• " + modelData
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Card {
                visible: !controller.isVisit
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    InfoRow {
                        label: qsTr("What happened")
                        value: controller.situation
                    }
                    InfoRow {
                        label: qsTr("Handled well")
                        value: controller.handledWell
                    }
                    InfoRow {
                        label: qsTr("Needs work")
                        value: controller.needsWork
                    }
                    InfoRow {
                        label: qsTr("Expected behaviour")
                        value: controller.expectedBehaviour
                    }
                    Label {
                        visible: controller.needsSpecialist
                        text: qsTr("The mentor asks the specialist to follow this up.")
                        color: Theme.overdue
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
