import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// One small form of a participant's course, each with the day it takes effect: the steps worked on
// (chips for the five steps, several at once), the status, a pause with its reason, the resume
// (to the status before the pause, unless another is chosen) and the measure extended with its
// justification. Saving goes through `course` (CourseController, the one rule in core).
AppDialog {
    id: dialog

    required property CourseController course
    required property string displayName
    property string form: "steps" // steps, status, pause, resume or extend

    function openForm(which) {
        dialog.form = which;
        dialog.course.begin(which);
        dialog.open();
    }

    objectName: "courseDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.margin, 620)
    modal: true
    focus: true
    padding: Theme.margin
    title: dialog.form === "steps" ? qsTr("Steps worked on with %1").arg(dialog.displayName)
         : dialog.form === "status" ? qsTr("Change the status of %1").arg(dialog.displayName)
         : dialog.form === "pause" ? qsTr("Pause the follow-up of %1").arg(dialog.displayName)
         : dialog.form === "resume" ? qsTr("Resume the follow-up of %1").arg(dialog.displayName)
         : qsTr("Extend the measure for %1").arg(dialog.displayName)

    Connections {
        target: dialog.course
        function onSaved() { dialog.close() }
    }
    ChoiceModel {
        id: processSteps
        kind: ChoiceModel.ProcessSteps
    }
    ChoiceModel {
        id: statuses
        kind: ChoiceModel.CourseStatuses
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            visible: dialog.form === "steps"
            text: qsTr("Which steps are you working on now? Several at once is fine; the order is yours.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ChoiceChips {
            objectName: "courseStepChips"
            visible: dialog.form === "steps"
            multiple: true
            model: processSteps
            selectedCodes: dialog.course.steps
            accessibleGroupName: qsTr("Steps worked on")
            Layout.fillWidth: true
            onToggled: function(code) { dialog.course.toggleStep(code) }
        }

        Label {
            visible: dialog.form === "status" || dialog.form === "resume"
            text: dialog.form === "status" ? qsTr("New status")
                : dialog.course.statusBeforePause.length > 0 ? qsTr("Returns to the status before the pause")
                : qsTr("Which status do they return to?")
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        ChoiceChips {
            objectName: "courseStatusChips"
            visible: dialog.form === "status" || dialog.form === "resume"
            model: statuses
            selected: dialog.course.status
            accessibleGroupName: qsTr("Status")
            Layout.fillWidth: true
            onChosen: function(code) { dialog.course.status = code }
        }

        Label {
            visible: dialog.form === "pause"
            text: qsTr("Why is the follow-up paused?")
            font.weight: Font.DemiBold
        }
        TextEntry {
            objectName: "pauseReason"
            visible: dialog.form === "pause"
            text: dialog.course.reason
            placeholderText: qsTr("In a few words, e.g. in hospital, travelling home for a month")
            Accessible.name: qsTr("Why the follow-up is paused")
            Layout.fillWidth: true
            onTextEdited: dialog.course.reason = text
        }

        DateField {
            visible: dialog.form !== "extend"
            label: dialog.form === "pause" ? qsTr("Paused from") : dialog.form === "resume" ? qsTr("Resumed on")
                                                                                            : qsTr("From")
            text: dialog.course.dayText
            value: dialog.course.day // qmllint disable type
            hasValue: true
            quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
            onPicked: function(day) { dialog.course.day = day }
        }

        Label {
            visible: dialog.form === "extend"
            text: dialog.course.measureEndText.length > 0
                  ? qsTr("The measure now ends %1.").arg(dialog.course.measureEndText)
                  : qsTr("The measure has no end date yet.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        DateField {
            objectName: "extendUntil"
            visible: dialog.form === "extend"
            label: qsTr("New end of the measure")
            text: dialog.course.untilText
            value: dialog.course.until // qmllint disable type
            hasValue: true
            quickChoices: []
            onPicked: function(day) { dialog.course.until = day }
        }
        Label {
            visible: dialog.form === "extend"
            text: qsTr("Justification")
            font.weight: Font.DemiBold
        }
        TextArea {
            objectName: "extendWhy"
            visible: dialog.form === "extend"
            text: dialog.course.justification
            placeholderText: qsTr("Why the measure goes on, as agreed with NAV")
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Justification for the extension")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 2
            onTextChanged: if (text !== dialog.course.justification) dialog.course.justification = text
        }
        DateField {
            visible: dialog.form === "extend"
            label: qsTr("Decided on")
            text: dialog.course.decidedText
            value: dialog.course.decidedOn // qmllint disable type
            hasValue: true
            quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
            onPicked: function(day) { dialog.course.decidedOn = day }
        }

        Label {
            objectName: "courseError"
            visible: dialog.course.errorText.length > 0
            text: dialog.course.errorText
            color: Theme.attention
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        // A Row, not a RowLayout: the save button's text follows the form, and a layout keeps the
        // width it measured while the dialog was closed (the text would be cut short).
        Item {
            Layout.fillWidth: true
            implicitHeight: buttons.height
            Row {
                id: buttons
                anchors.right: parent.right
                spacing: Theme.spacing
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    height: Math.max(implicitHeight, Theme.touchTarget)
                    onClicked: dialog.close()
                }
                Button {
                    objectName: "saveCourse"
                    text: dialog.form === "pause" ? qsTr("Pause") : dialog.form === "resume" ? qsTr("Resume")
                        : dialog.form === "extend" ? qsTr("Extend") : qsTr("Save")
                    highlighted: true
                    enabled: !dialog.course.saving
                    height: Math.max(implicitHeight, Theme.touchTarget)
                    onClicked: {
                        if (dialog.form === "steps")
                            dialog.course.saveSteps();
                        else if (dialog.form === "status")
                            dialog.course.saveStatus();
                        else if (dialog.form === "pause")
                            dialog.course.pause();
                        else if (dialog.form === "resume")
                            dialog.course.resume();
                        else
                            dialog.course.extend();
                    }
                }
            }
        }
    }
}
