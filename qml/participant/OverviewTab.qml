import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Who the participant is and where they are in the process; what needs attention now.
ScrollView {
    id: tab

    required property ParticipantController controller
    property string initialCourseForm: "" // opened once the course is read (a route to the form)
    // The fields shown in clear, by "table.column" (the keys hold a dot, so they are read by index).
    readonly property var revealed: tab.controller.revealed

    contentWidth: availableWidth
    clip: true

    CourseController {
        id: courseController
        participantId: tab.controller.participantId
        onReadyChanged: {
            if (ready && tab.initialCourseForm.length > 0 && !discharged) {
                courseDialog.openForm(tab.initialCourseForm);
                tab.initialCourseForm = "";
            }
        }
    }
    CourseDialog {
        id: courseDialog
        course: courseController
        displayName: tab.controller.displayName
    }

    ColumnLayout {
        width: tab.availableWidth
        spacing: Theme.spacing

        AttentionActions {
            id: attentionActions
            model: tab.controller.attention
        }
        Label {
            objectName: "attentionActionError"
            visible: attentionActions.errorText.length > 0
            text: attentionActions.errorText
            color: Theme.overdue
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: tab.controller.attention
            delegate: Rectangle {
                id: attentionItem
                required property string line
                required property bool overdue
                required property string subjectTable
                required property string subjectId
                color: overdue ? Theme.overdueSurface : Theme.attentionSurface
                radius: Theme.radius
                Layout.fillWidth: true
                implicitHeight: attentionColumn.implicitHeight + 2 * Theme.spacing
                ColumnLayout {
                    id: attentionColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacing / 2
                    Label {
                        text: attentionItem.line
                        color: attentionItem.overdue ? Theme.overdue : Theme.attention
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    AttentionItemActions {
                        actions: attentionActions // qmllint disable unqualified
                        subjectTable: attentionItem.subjectTable
                        subjectId: attentionItem.subjectId
                        subjectLine: attentionItem.line
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
                    label: qsTr("Status")
                    value: tab.controller.statusText + " · " + tab.controller.stepsText
                }
                Label {
                    objectName: "pauseText"
                    visible: courseController.paused && courseController.pauseText.length > 0
                    text: courseController.pauseText
                    color: Theme.attention
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                // The course: steps and status with a date, pause and resume.
                Flow {
                    objectName: "courseActions"
                    visible: courseController.ready && !courseController.discharged
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Button {
                        objectName: "changeSteps"
                        height: Math.max(implicitHeight, Theme.touchTarget)
                        text: qsTr("Steps")
                        Accessible.name: qsTr("Change the steps worked on with %1").arg(tab.controller.displayName)
                        onClicked: courseDialog.openForm("steps")
                    }
                    Button {
                        objectName: "changeStatus"
                        height: Math.max(implicitHeight, Theme.touchTarget)
                        visible: !courseController.paused
                        text: qsTr("Status")
                        Accessible.name: qsTr("Change the status of %1").arg(tab.controller.displayName)
                        onClicked: courseDialog.openForm("status")
                    }
                    Button {
                        objectName: "pauseOrResume"
                        height: Math.max(implicitHeight, Theme.touchTarget)
                        text: courseController.paused ? qsTr("Resume") : qsTr("Pause")
                        Accessible.name: courseController.paused ? qsTr("Resume the follow-up of %1").arg(tab.controller.displayName)
                                                       : qsTr("Pause the follow-up of %1").arg(tab.controller.displayName)
                        onClicked: courseDialog.openForm(courseController.paused ? "resume" : "pause")
                    }
                    Button {
                        objectName: "extendMeasure"
                        height: Math.max(implicitHeight, Theme.touchTarget)
                        text: qsTr("Extend measure")
                        Accessible.name: qsTr("Extend the measure for %1").arg(tab.controller.displayName)
                        onClicked: courseDialog.openForm("extend")
                    }
                }
                InfoRow {
                    objectName: "followedBy"
                    label: qsTr("Followed by")
                    value: tab.controller.followedByText
                }
                InfoRow {
                    label: qsTr("Programme")
                    value: tab.controller.programmeText
                }
                InfoRow {
                    label: qsTr("Referred on")
                    value: tab.controller.referredText
                }
                InfoRow {
                    label: qsTr("Measure ends")
                    value: tab.controller.measureEndText
                }
                InfoRow {
                    label: qsTr("Contact")
                    value: tab.controller.contactText
                }
                InfoRow {
                    label: qsTr("Language")
                    value: tab.controller.languageText
                }
                InfoRow {
                    label: qsTr("Constraints")
                    value: tab.controller.constraintsText
                }
                SensitiveText {
                    label: qsTr("Reason for referral")
                    revealed: tab.revealed["participants.referral_reason"] !== undefined
                    value: revealed ? tab.revealed["participants.referral_reason"] : ""
                    onReveal: tab.controller.reveal("participants.referral_reason")
                    onHide: tab.controller.hide("participants.referral_reason")
                }
                SensitiveText {
                    label: qsTr("Childcare")
                    revealed: tab.revealed["participants.childcare_constraint"] !== undefined
                    value: revealed ? tab.revealed["participants.childcare_constraint"] : ""
                    onReveal: tab.controller.reveal("participants.childcare_constraint")
                    onHide: tab.controller.hide("participants.childcare_constraint")
                }
            }
        }
    }
}
