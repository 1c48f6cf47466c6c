import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// The follow-up plan and its goals; a goal is ticked off with one tap.
ScrollView {
    id: tab

    required property ParticipantController controller

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: tab.availableWidth
        spacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                InfoRow {
                    label: qsTr("Goal of the cooperation")
                    value: tab.controller.planSummary
                    note: tab.controller.planAgreedText
                }
                InfoRow {
                    label: qsTr("Agreed schedule")
                    value: tab.controller.planSchedule
                }
                InfoRow {
                    label: qsTr("Tapering plan")
                    value: tab.controller.planTapering
                }
                Label {
                    visible: tab.controller.planSummary.length === 0 && tab.controller.planSchedule.length === 0
                    text: qsTr("No plan written yet.")
                    color: Theme.textSecondary
                }
            }
        }
        SectionHeader {
            text: qsTr("Goals")
        }
        Repeater {
            model: tab.controller.goals
            delegate: CheckDelegate {
                id: goal
                required property string goalId
                required property string goalText
                required property string dueText
                required property bool achieved
                Layout.fillWidth: true
                checked: achieved
                contentItem: ColumnLayout {
                    Label {
                        text: goal.goalText
                        wrapMode: Text.WordWrap
                        font.strikeout: goal.achieved
                        Layout.fillWidth: true
                        rightPadding: goal.indicator.width + goal.spacing
                    }
                    Label {
                        visible: goal.dueText.length > 0
                        text: goal.dueText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                    }
                }
                text: goalText
                Accessible.name: goalText
                onToggled: tab.controller.setGoalAchieved(goalId, checked) // qmllint disable unqualified
            }
        }
        EmptyState {
            visible: tab.controller.goals.count === 0
            text: qsTr("No goals yet.")
            Layout.fillWidth: true
        }
    }
}
