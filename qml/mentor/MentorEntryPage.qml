import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Mentor

// Logging natural support in under a minute: kind, what happened, handled well, needs work,
// minutes, and a flag for the specialist. Saved as a draft while typed. Opened for a structured
// talk (kind "structured_talk"), it asks about the talk, shows the shared learning goals to go
// through, and what was agreed.
AppPage {
    id: page

    property string participantId: ""
    property string draftId: ""
    property string kind: ""
    signal done()

    title: controller.talk ? (controller.participantName.length > 0 ? qsTr("Structured talk with %1").arg(controller.participantName)
                                                                    : qsTr("Log structured talk"))
                           : (controller.participantName.length > 0 ? qsTr("Support for %1").arg(controller.participantName)
                                                                    : qsTr("Log support"))
    ready: controller.ready
    busy: controller.loading || controller.saving
    errorText: controller.errorText
    onDismissError: controller.clearError()

    MentorEntryController {
        id: controller
        participantId: page.participantId
        draftId: page.draftId
        kind: page.kind.length > 0 ? page.kind : "task_training"
        onSaved: page.done()
    }
    ChoiceModel {
        id: kinds
        kind: ChoiceModel.SupportKinds
    }

    Shortcut {
        sequence: "Ctrl+Return"
        onActivated: controller.save()
    }

    ScrollView {
        id: scroll
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
            ChoiceChips {
                model: kinds
                selected: controller.kind
                accessibleGroupName: qsTr("Kind of support")
                Layout.fillWidth: true
                onChosen: function(code) { controller.kind = code }
            }
            ColumnLayout {
                visible: controller.talk && controller.goals.count > 0
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: qsTr("Go through the learning goals together:")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Repeater {
                    model: controller.goals
                    delegate: Label {
                        required property string goalText
                        required property bool achieved
                        text: (achieved ? "\u2713 " : "• ") + goalText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
            TextArea {
                objectName: "situation"
                text: controller.situation
                placeholderText: controller.talk ? qsTr("What did you talk about?") : qsTr("What happened?")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: controller.talk ? qsTr("What you talked about") : qsTr("What happened")
                onTextChanged: if (text !== controller.situation) controller.situation = text
            }
            TextArea {
                objectName: "handledWell"
                text: controller.handledWell
                placeholderText: controller.talk ? qsTr("What is going well?") : qsTr("What went well?")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 1.5
                Accessible.name: qsTr("What went well")
                onTextChanged: if (text !== controller.handledWell) controller.handledWell = text
            }
            TextArea {
                objectName: "needsWork"
                text: controller.needsWork
                placeholderText: controller.talk ? qsTr("What to practise over the next weeks?") : qsTr("What needs work?")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 1.5
                Accessible.name: qsTr("What needs work")
                onTextChanged: if (text !== controller.needsWork) controller.needsWork = text
            }
            TextArea {
                objectName: "expectedBehaviour"
                visible: controller.talk || controller.expectedBehaviour.length > 0
                text: controller.expectedBehaviour
                placeholderText: qsTr("What did you agree? (what is expected, and by when)")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 1.5
                Accessible.name: qsTr("What you agreed")
                onTextChanged: if (text !== controller.expectedBehaviour) controller.expectedBehaviour = text
            }
            Label {
                text: qsTr("Minutes spent")
                font.weight: Font.DemiBold
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: [5, 10, 15, 20, 30, 45, 60]
                    delegate: Button {
                        required property int modelData
                        readonly property bool isOn: controller.minutes === modelData // qmllint disable unqualified
                        text: (isOn ? "\u2713 " : "") + modelData
                        highlighted: isOn
                        flat: !isOn
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: isOn
                        Accessible.name: qsTr("%1 minutes").arg(modelData)
                        onClicked: controller.minutes = modelData // qmllint disable unqualified
                    }
                }
            }
            DateField {
                label: qsTr("Date")
                text: controller.occurredText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: controller.occurredOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { controller.occurredOn = day }
            }
            Switch {
                objectName: "needsSpecialist"
                text: qsTr("The job specialist should follow this up")
                checked: controller.needsSpecialist
                Accessible.name: text
                onToggled: controller.needsSpecialist = checked
            }
            Label {
                visible: controller.missingText.length > 0
                text: controller.missingText
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveEntry"
                text: controller.saving ? qsTr("Saving…") : qsTr("Save")
                highlighted: true
                enabled: !controller.saving && controller.missingText.length === 0
                font.pixelSize: Theme.headingFontSize
                Layout.fillWidth: true
                Accessible.name: qsTr("Save the entry")
                onClicked: controller.save()
            }
        }
    }
}
