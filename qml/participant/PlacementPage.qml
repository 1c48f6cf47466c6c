import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Starting a job for a participant: the employer from the directory, the kind of job and contract,
// position %, the dates that matter and a wage subsidy. Starting proposes the follow-up meetings
// (a week before, three days after, weekly in the first month, monthly in the first year) at once.
AppPage {
    id: page

    required property string participantId
    signal saved(string placementId)

    title: qsTr("Start a job")
    headerActions: [
        Button {
            objectName: "savePlacement"
            text: qsTr("Start the job")
            highlighted: true
            // Always tappable: a tap on an incomplete form says what is missing.
            enabled: !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Start the job")
            onClicked: controller.save()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    PlacementController {
        id: controller
        participantId: page.participantId
        onSaved: function(placementId) { page.saved(placementId) }
    }
    ChoiceModel {
        id: kinds
        kind: ChoiceModel.PlacementKinds
    }
    ChoiceModel {
        id: contracts
        kind: ChoiceModel.ContractTypes
    }

    ScrollView {
        id: scroll
        objectName: "placementScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxFormWidth)
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Label {
                objectName: "placementMissing"
                visible: controller.missingText.length > 0
                text: controller.missingText
                color: Theme.attention
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Employer")
                font.weight: Font.DemiBold
            }
            ComboBox {
                id: employerBox
                objectName: "employerChoice"
                model: controller.employers
                textRole: "name"
                valueRole: "employerId"
                displayText: controller.employerName.length > 0 ? controller.employerName : qsTr("Choose the employer")
                currentIndex: indexOfValue(controller.employerId)
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Employer")
                onActivated: controller.employerId = currentValue
            }
            Label {
                text: qsTr("Kind of job")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "placementKindChips"
                model: kinds
                selected: controller.kind
                accessibleGroupName: qsTr("Kind of job")
                Layout.fillWidth: true
                onChosen: function(code) { controller.kind = code }
            }
            Label {
                visible: controller.kind === "paid_job"
                text: qsTr("Contract")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "contractChips"
                visible: controller.kind === "paid_job"
                model: contracts
                selected: controller.contract
                accessibleGroupName: qsTr("Contract")
                Layout.fillWidth: true
                onChosen: function(code) { controller.contract = code }
            }
            TextEntry {
                objectName: "placementTitle"
                text: controller.title
                placeholderText: qsTr("Job title")
                Layout.fillWidth: true
                Accessible.name: qsTr("Job title")
                onTextEdited: controller.title = text
            }
            TextArea {
                objectName: "placementTasks"
                text: controller.tasks
                placeholderText: qsTr("The tasks, as agreed with the employer")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Tasks")
                onTextChanged: if (text !== controller.tasks) controller.tasks = text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: qsTr("Position %")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                SpinBox {
                    objectName: "positionPercent"
                    from: 0
                    to: 100
                    stepSize: 5
                    editable: true
                    value: controller.percent
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Position %")
                    onValueModified: controller.percent = value
                }
            }
            DateField {
                label: qsTr("Starts on")
                text: controller.startText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: controller.startOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("In a week"), days: 7 }]
                onPicked: function(day) { controller.startOn = day }
            }
            DateField {
                visible: controller.kind !== "job_tasting"
                label: qsTr("Trial period ends")
                text: controller.dateText(controller.trialEndOn) // qmllint disable type
                value: controller.trialEndOn // qmllint disable type
                hasValue: text.length > 0
                clearable: true
                quickChoices: [{ label: qsTr("In 6 months"), days: 182 }]
                onPicked: function(day) { controller.trialEndOn = day }
                onCleared: controller.clearTrialEnd()
            }
            DateField {
                visible: controller.contract === "temporary"
                label: qsTr("Contract ends")
                text: controller.dateText(controller.contractEndOn) // qmllint disable type
                value: controller.contractEndOn // qmllint disable type
                hasValue: text.length > 0
                clearable: true
                quickChoices: [{ label: qsTr("In 6 months"), days: 182 }, { label: qsTr("In a year"), days: 365 }]
                onPicked: function(day) { controller.contractEndOn = day }
                onCleared: controller.clearContractEnd()
            }

            SectionHeader {
                visible: controller.kind === "paid_job"
                text: qsTr("Wage subsidy")
            }
            RowLayout {
                visible: controller.kind === "paid_job"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: qsTr("Subsidy % (0 for none)")
                    Layout.fillWidth: true
                }
                SpinBox {
                    objectName: "subsidyPercent"
                    from: 0
                    to: 100
                    stepSize: 5
                    editable: true
                    value: controller.subsidyPercent
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Wage subsidy %")
                    onValueModified: controller.subsidyPercent = value
                }
            }
            DateField {
                visible: controller.kind === "paid_job" && controller.subsidyPercent > 0
                label: qsTr("Subsidy reviewed on")
                text: controller.dateText(controller.subsidyReviewOn) // qmllint disable type
                value: controller.subsidyReviewOn // qmllint disable type
                hasValue: text.length > 0
                clearable: true
                quickChoices: [{ label: qsTr("In 6 months"), days: 182 }]
                onPicked: function(day) { controller.subsidyReviewOn = day }
                onCleared: controller.clearSubsidyReview()
            }
            Label {
                text: qsTr("Starting the job plans the follow-up meetings: one the week before, one within three days after, weekly in the first month and monthly in the first year.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
