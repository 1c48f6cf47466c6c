import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// The follow-up plan and its goals. "Write plan" / "Change plan" opens the plan form; "Add goal"
// asks for the goal, an optional main goal it belongs under and a due day; "Edit" changes an open
// goal's words and due day; each goal is marked done or dropped, or opened again, with one tap
// (core/plans.h). A discharged participant's plan
// is shown as it was, without the buttons.
ScrollView {
    id: tab

    required property ParticipantController controller
    property bool editFirstOpenGoal: false // a route to the Edit dialog: the first open goal's, once listed
    signal writePlan()

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
                    visible: !tab.controller.planExists
                    text: qsTr("No plan written yet.")
                    color: Theme.textSecondary
                }
                Button {
                    objectName: "writePlan"
                    visible: !tab.controller.discharged
                    text: tab.controller.planExists ? qsTr("Change plan") : qsTr("Write plan")
                    highlighted: !tab.controller.planExists
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: tab.writePlan()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            SectionHeader {
                text: qsTr("Goals")
                Layout.fillWidth: true
            }
            Button {
                objectName: "addGoal"
                visible: !tab.controller.discharged
                text: qsTr("Add goal")
                highlighted: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Add goal for %1").arg(tab.controller.displayName)
                onClicked: goalDialog.open()
            }
        }
        Repeater {
            model: tab.controller.goals
            delegate: Card {
                id: goal
                objectName: "goal_" + goalId
                required property string goalId
                required property string goalText
                required property string status
                required property string statusText
                required property string dueText
                required property bool achieved
                required property bool subGoal
                required property date dueOn
                Layout.fillWidth: true
                Layout.leftMargin: subGoal ? Theme.margin * 2 : 0
                Component.onCompleted: {
                    if (tab.editFirstOpenGoal && goal.status === "open") { // qmllint disable unqualified
                        tab.editFirstOpenGoal = false; // qmllint disable unqualified
                        tab.askToEditGoal(goal.goalId, goal.goalText, goal.dueOn); // qmllint disable unqualified
                    }
                }
                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: goal.goalText
                            wrapMode: Text.WordWrap
                            font.strikeout: goal.status !== "open"
                            Layout.fillWidth: true
                        }
                        Label {
                            text: goal.status === "open" ? goal.dueText
                                                         : goal.dueText.length > 0 ? goal.statusText + " · " + goal.dueText
                                                                                   : goal.statusText
                            visible: text.length > 0
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "goalDone"
                        visible: goal.status === "open" && !tab.controller.discharged // qmllint disable unqualified
                        text: qsTr("Done")
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Mark “%1” done").arg(goal.goalText)
                        onClicked: tab.controller.setGoalStatus(goal.goalId, "achieved") // qmllint disable unqualified
                    }
                    Button {
                        objectName: "goalDrop"
                        visible: goal.status === "open" && !tab.controller.discharged // qmllint disable unqualified
                        text: qsTr("Drop")
                        flat: true
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Drop “%1”").arg(goal.goalText)
                        onClicked: tab.controller.setGoalStatus(goal.goalId, "dropped") // qmllint disable unqualified
                    }
                    Button {
                        objectName: "goalEdit"
                        visible: goal.status === "open" && !tab.controller.discharged // qmllint disable unqualified
                        text: qsTr("Edit")
                        flat: true
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Edit “%1”").arg(goal.goalText)
                        onClicked: tab.askToEditGoal(goal.goalId, goal.goalText, goal.dueOn) // qmllint disable unqualified
                    }
                    Button {
                        objectName: "goalReopen"
                        visible: goal.status !== "open" && !tab.controller.discharged // qmllint disable unqualified
                        text: qsTr("Reopen")
                        flat: true
                        Layout.minimumHeight: Theme.touchTarget
                        Accessible.name: qsTr("Open “%1” again").arg(goal.goalText)
                        onClicked: tab.controller.setGoalStatus(goal.goalId, "open") // qmllint disable unqualified
                    }
                }
            }
        }
        EmptyState {
            visible: tab.controller.goals.count === 0
            text: qsTr("No goals yet.")
            Layout.fillWidth: true
        }
        Item {
            implicitHeight: Theme.margin
        }
    }

    Connections {
        target: tab.controller
        function onGoalAdded() { goalDialog.close() }
        function onGoalChanged() { editGoalDialog.close() }
    }
    function askToEditGoal(goalId, text, dueOn) {
        editGoalDialog.goalId = goalId;
        editGoalDialog.originalText = text;
        editGoalDialog.hasDue = !isNaN(dueOn.getTime());
        editGoalDialog.dueOn = editGoalDialog.hasDue ? dueOn : new Date();
        editGoalDialog.open();
    }
    // "Edit" on an open goal: its words and due day, through the one plan rule in core.
    AppDialog {
        id: editGoalDialog
        objectName: "editGoalDialog"
        property string goalId: ""
        property string originalText: ""
        property date dueOn: new Date()
        property bool hasDue: false
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("Edit goal")
        onOpened: {
            editGoalText.text = originalText;
            tab.controller.clearError();
            editGoalText.forceActiveFocus();
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            TextEntry {
                id: editGoalText
                objectName: "editGoalText"
                placeholderText: qsTr("The goal, in the participant's own words")
                Layout.fillWidth: true
                Accessible.name: qsTr("Goal")
            }
            DateField {
                objectName: "editGoalDue"
                label: qsTr("Due")
                text: tab.controller.dayText(editGoalDialog.dueOn)
                value: editGoalDialog.dueOn
                hasValue: editGoalDialog.hasDue
                clearable: true
                onPicked: function(day) {
                    editGoalDialog.dueOn = day;
                    editGoalDialog.hasDue = true;
                }
                onCleared: editGoalDialog.hasDue = false
            }
            Label {
                objectName: "editGoalError"
                visible: tab.controller.errorText.length > 0
                text: tab.controller.errorText
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
                    onClicked: editGoalDialog.close()
                }
                Button {
                    objectName: "confirmEditGoal"
                    text: qsTr("Save goal")
                    highlighted: true
                    enabled: !tab.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: tab.controller.changeGoal(editGoalDialog.goalId, editGoalText.text,
                                                         editGoalDialog.hasDue, editGoalDialog.dueOn)
                }
            }
        }
    }
    AppDialog {
        id: goalDialog
        objectName: "addGoalDialog"
        property date dueOn: new Date()
        property bool hasDue: false
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("Add goal")
        onOpened: {
            goalText.text = "";
            parentBox.currentIndex = 0;
            hasDue = false;
            tab.controller.clearError();
            goalText.forceActiveFocus();
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            TextEntry {
                id: goalText
                objectName: "goalText"
                placeholderText: qsTr("The goal, in the participant's own words")
                Layout.fillWidth: true
                Accessible.name: qsTr("Goal")
            }
            Label {
                visible: parentBox.count > 1
                text: qsTr("Part of")
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
            }
            ComboBox {
                id: parentBox
                objectName: "goalParent"
                visible: count > 1
                model: tab.controller.goalParents
                textRole: "text"
                valueRole: "goalId"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Part of")
            }
            DateField {
                label: qsTr("Due")
                text: tab.controller.dayText(goalDialog.dueOn)
                value: goalDialog.dueOn
                hasValue: goalDialog.hasDue
                clearable: true
                onPicked: function(day) {
                    goalDialog.dueOn = day;
                    goalDialog.hasDue = true;
                }
                onCleared: goalDialog.hasDue = false
            }
            Label {
                objectName: "goalError"
                visible: tab.controller.errorText.length > 0
                text: tab.controller.errorText
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
                    onClicked: goalDialog.close()
                }
                Button {
                    objectName: "confirmAddGoal"
                    text: qsTr("Add goal")
                    highlighted: true
                    enabled: !tab.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: tab.controller.addGoal(goalText.text, parentBox.currentValue ?? "", goalDialog.hasDue,
                                                      goalDialog.dueOn)
                }
            }
        }
    }
}
