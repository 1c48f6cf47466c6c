import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// A finalized visit note or natural-support entry, in full. The author of a visit corrects its
// purpose and note here (a new entry shown in its place); a correction links to the original.
AppPage {
    id: page

    required property string table
    required property string entryId
    property bool editing: false
    property bool startEditing: false // open with the correction form (the correct-visit route)

    signal openEntry(string table, string entryId)

    function beginCorrection() {
        purposeArea.text = controller.purpose;
        noteArea.text = controller.note;
        page.editing = true;
        noteArea.forceActiveFocus();
    }

    title: controller.title
    headerActions: [
        Button {
            objectName: "correctVisit"
            visible: controller.canCorrect && !page.editing
            text: qsTr("Correct")
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Correct this visit note")
            onClicked: page.beginCorrection()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    JournalEntryController {
        id: controller
        table: page.table
        entryId: page.entryId
        onCorrectionSaved: page.editing = false
        onDetailsChanged: {
            if (page.startEditing && controller.canCorrect) {
                page.startEditing = false;
                page.beginCorrection();
            }
        }
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
                objectName: "supersededNotice"
                visible: controller.corrected
                text: qsTr("A later entry corrects this one.")
                color: Theme.attention
                font.weight: Font.DemiBold
            }
            RowLayout {
                visible: controller.correctsId.length > 0
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    objectName: "correctedMark"
                    text: qsTr("Corrected")
                    color: Theme.attention
                    font.weight: Font.DemiBold
                }
                Label {
                    text: qsTr("This note replaces an earlier one.")
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "showOriginal"
                    text: qsTr("Show original")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: page.openEntry("visits", controller.correctsId)
                }
            }
            Card {
                objectName: "correctionForm"
                visible: page.editing
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    SectionHeader {
                        text: qsTr("Correct the note")
                    }
                    Label {
                        text: qsTr("The correction is shown in place of this note; the original can still be read.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Purpose")
                        font.weight: Font.DemiBold
                    }
                    TextArea {
                        id: purposeArea
                        objectName: "correctPurpose"
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Purpose")
                    }
                    Label {
                        text: qsTr("Note")
                        font.weight: Font.DemiBold
                    }
                    TextArea {
                        id: noteArea
                        objectName: "correctNote"
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget * 2
                        Accessible.name: qsTr("Note")
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignRight
                        spacing: Theme.spacing
                        Button {
                            objectName: "cancelCorrection"
                            text: qsTr("Cancel")
                            flat: true
                            Layout.minimumHeight: Theme.touchTarget
                            onClicked: page.editing = false
                        }
                        Button {
                            objectName: "saveCorrection"
                            text: qsTr("Save correction")
                            highlighted: true
                            enabled: !controller.correcting
                            Layout.minimumHeight: Theme.touchTarget
                            onClicked: controller.correct(purposeArea.text, noteArea.text)
                        }
                    }
                }
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
