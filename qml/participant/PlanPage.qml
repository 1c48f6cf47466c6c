import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Writing or changing the participant's follow-up plan: the goal of the cooperation, the agreed
// meeting schedule, the tapering plan, and the days the person and the employer agreed to it.
// Saving goes through the one plan rule in core.
AppPage {
    id: page

    required property string participantId
    signal saved()

    title: controller.exists ? qsTr("Change plan") : qsTr("Write plan")
    headerActions: [
        Button {
            objectName: "savePlan"
            text: qsTr("Save plan")
            highlighted: true
            enabled: !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Save plan")
            onClicked: controller.save()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    PlanController {
        id: controller
        participantId: page.participantId
        onSaved: page.saved()
    }

    ScrollView {
        id: scroll
        objectName: "planScroll"
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
                text: qsTr("Goal of the cooperation")
                font.weight: Font.DemiBold
            }
            TextArea {
                objectName: "planSummary"
                text: controller.summary
                placeholderText: qsTr("What the participant wants to reach, in their own words")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Goal of the cooperation")
                onTextChanged: if (text !== controller.summary) controller.summary = text
            }
            Label {
                text: qsTr("Agreed schedule")
                font.weight: Font.DemiBold
            }
            TextArea {
                objectName: "planSchedule"
                text: controller.schedule
                placeholderText: qsTr("How often you meet, and where")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Agreed schedule")
                onTextChanged: if (text !== controller.schedule) controller.schedule = text
            }
            Label {
                text: qsTr("Tapering plan")
                font.weight: Font.DemiBold
            }
            TextArea {
                objectName: "planTapering"
                text: controller.tapering
                placeholderText: qsTr("How support moves to the mentor and colleagues over time")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Tapering plan")
                onTextChanged: if (text !== controller.tapering) controller.tapering = text
            }
            DateField {
                objectName: "agreedParticipant"
                label: qsTr("Agreed with the participant")
                text: controller.agreedParticipantText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: controller.agreedParticipantOn // qmllint disable type
                hasValue: controller.agreedParticipantText.length > 0
                clearable: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { controller.agreedParticipantOn = day }
                onCleared: controller.clearAgreed("participant")
            }
            DateField {
                objectName: "agreedEmployer"
                label: qsTr("Agreed with the employer")
                text: controller.agreedEmployerText
                value: controller.agreedEmployerOn // qmllint disable type
                hasValue: controller.agreedEmployerText.length > 0
                clearable: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { controller.agreedEmployerOn = day }
                onCleared: controller.clearAgreed("employer")
            }
            Label {
                text: qsTr("Write the plan together with the participant. Leave a day empty until the person or the employer has agreed.")
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
