import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant
import Fieldnotes.Review

// A participant: who they are and where they are, the co-written profile, plan and goals,
// placements, consents at a glance, and the timeline of contacts and natural support.
AppPage {
    id: page

    required property string participantId

    signal newVisit(string participantId)
    signal openEntry(string table, string entryId)
    signal openEmployer(string employerId)
    signal openShared(string participantId)
    signal startPlacement(string participantId)
    signal recordConsent(string participantId)
    signal writePlan(string participantId)

    readonly property bool wide: width >= 1000
    property int initialTab: 0 // the tab the page opens on (2: Plan)
    property string initialCourseForm: "" // a course form of the Overview tab to open at once (steps, pause...)
    property string initialWorkDialog: "" // a dialog of the Work tab for the first running job (see PlacementsTab.initialDialog)
    property bool initialGoalEdit: false // the Plan tab's Edit dialog for the first open goal (a route)
    property bool openHandOver: false // the hand-over dialog opened at once, once the page may offer it (a route)

    title: participant.displayName
    ready: participant.ready
    busy: participant.loading
    errorText: participant.errorText
    onDismissError: participant.clearError()

    headerActions: [
        Button {
            objectName: "handOverButton"
            visible: participant.ready && participant.canHandOver
            text: qsTr("Hand over")
            flat: true
            Accessible.name: qsTr("Hand %1 over to another specialist").arg(participant.displayName)
            onClicked: handOverDialog.open()
        },
        Button {
            objectName: "putUpForReview"
            visible: participant.ready && !participant.discharged && review.ready && !review.hasOpen
            text: qsTr("Put up for case review")
            flat: true
            Accessible.name: qsTr("Put %1 up for the team's case review").arg(participant.displayName)
            onClicked: reviewDialog.openNew()
        },
        Button {
            objectName: "dischargeButton"
            visible: participant.ready && !participant.discharged
            text: qsTr("Discharge")
            flat: true
            Accessible.name: qsTr("Discharge %1").arg(participant.displayName)
            onClicked: dischargeDialog.open()
        },
        Button {
            objectName: "openShared"
            text: qsTr("What is shared")
            flat: true
            Accessible.name: qsTr("What is shared about %1, to show them").arg(participant.displayName)
            onClicked: page.openShared(page.participantId)
        },
        Button {
            text: qsTr("+ New visit")
            highlighted: true
            Accessible.name: qsTr("New visit with %1").arg(participant.displayName)
            onClicked: page.newVisit(page.participantId)
        }
    ]

    ParticipantController {
        id: participant
        participantId: page.participantId
        onDischargeDone: dischargeDialog.close()
        onHandedOver: handOverDialog.close()
        onDetailsChanged: {
            if (page.openHandOver && canHandOver) {
                page.openHandOver = false;
                handOverDialog.open();
            }
        }
    }
    // The case review (core/casereview.h): what was put up about the person and the advice given.
    CaseReviewController {
        id: review
        participantId: page.participantId
        onSaved: reviewDialog.close()
    }
    AppDialog {
        id: reviewDialog
        objectName: "reviewDialog"
        function openNew() {
            questionField.text = "";
            review.clearError();
            open();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        modal: true
        title: qsTr("Put %1 up for case review").arg(participant.displayName)
        standardButtons: Dialog.Cancel
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("What do you want to discuss with the team?")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextArea {
                id: questionField
                objectName: "reviewQuestion"
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("No national ID numbers. The team lead sees this question.")
                Accessible.name: qsTr("What do you want to discuss with the team?")
                Layout.fillWidth: true
                Layout.minimumHeight: 120
            }
            Label {
                visible: review.errorText.length > 0
                text: review.errorText
                color: Theme.overdue
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "confirmPutUp"
                text: qsTr("Put up for case review")
                highlighted: true
                Layout.minimumHeight: Theme.touchTarget
                onClicked: review.putUp(page.participantId, questionField.text)
            }
        }
    }
    ChoiceModel {
        id: dischargeReasons
        kind: ChoiceModel.DischargeReasons
    }

    AppDialog {
        id: dischargeDialog
        objectName: "dischargeDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        modal: true
        focus: true
        padding: Theme.margin
        title: qsTr("Discharge %1").arg(participant.displayName)

        onOpened: participant.clearError()

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing

            Label {
                text: qsTr("Why does the follow-up end?")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "dischargeReasonChips"
                model: dischargeReasons
                selected: participant.dischargeReason
                accessibleGroupName: qsTr("Why the follow-up ends")
                Layout.fillWidth: true
                onChosen: function(code) { participant.dischargeReason = code }
            }
            DateField {
                label: qsTr("Discharged on")
                text: participant.dischargeOnText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: participant.dischargeOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { participant.dischargeOn = day }
            }
            Label {
                objectName: "dischargeError"
                visible: participant.errorText.length > 0
                text: participant.errorText
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
                    onClicked: dischargeDialog.close()
                }
                Button {
                    objectName: "confirmDischarge"
                    text: qsTr("Discharge")
                    highlighted: true
                    enabled: participant.dischargeReason.length > 0 && !participant.loading
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Discharge %1").arg(participant.displayName)
                    onClicked: participant.discharge()
                }
            }
        }
    }

    // A lead hands the participant over: picks a colleague from the team list, then confirms.
    AppDialog {
        id: handOverDialog
        objectName: "handOverDialog"
        property string chosenId: ""
        property string chosenName: ""
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        height: Math.min(implicitHeight, parent.height - 2 * Theme.margin)
        modal: true
        focus: true
        padding: Theme.margin
        title: qsTr("Hand %1 over").arg(participant.displayName)

        onOpened: {
            participant.clearError()
            chosenId = ""
            chosenName = ""
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing

            Label {
                visible: participant.followedBy.length > 0
                text: qsTr("Followed by %1 now.").arg(participant.followedBy)
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Who takes over?")
                font.weight: Font.DemiBold
            }
            ButtonGroup {
                id: receivers
            }
            Repeater {
                objectName: "handOverChoices"
                model: participant.handOverChoices
                delegate: RadioButton {
                    required property var modelData
                    objectName: "handOverTo_" + modelData.staffId
                    text: modelData.name + " · " + modelData.roleText
                    checked: handOverDialog.chosenId === modelData.staffId // qmllint disable unqualified
                    ButtonGroup.group: receivers // qmllint disable unqualified
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Hand over to %1").arg(modelData.name)
                    onClicked: {
                        handOverDialog.chosenId = modelData.staffId // qmllint disable unqualified
                        handOverDialog.chosenName = modelData.name // qmllint disable unqualified
                    }
                }
            }
            Label {
                visible: participant.handOverChoices.length === 0
                text: qsTr("No other specialist is on the team list on this tablet. Sync, then try again.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Their records go to the new specialist's tablet at the next sync. What the current specialist has written and not yet sent still reaches the office, and their drafts stay with them.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "handOverError"
                visible: participant.errorText.length > 0
                text: participant.errorText
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
                    onClicked: handOverDialog.close()
                }
                Button {
                    objectName: "confirmHandOver"
                    text: handOverDialog.chosenName.length > 0
                          ? qsTr("Hand over to %1").arg(handOverDialog.chosenName) : qsTr("Hand over")
                    highlighted: true
                    enabled: handOverDialog.chosenId.length > 0 && !participant.loading
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: text
                    onClicked: participant.handOver(handOverDialog.chosenId)
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing

            // The latest item put up for the case review: the question while it waits, the advice once given.
            Repeater {
                model: review.items
                delegate: Card {
                    id: reviewCard
                    objectName: "reviewCard"
                    required property int index
                    required property string reviewId
                    required property string question
                    required property string askedText
                    required property string adviceText
                    required property string advice
                    required property bool discussed
                    required property bool mine
                    visible: reviewCard.index === 0
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: (reviewCard.discussed ? reviewCard.adviceText + ": " + reviewCard.advice
                                                           : qsTr("Up for the case review") + ": " + reviewCard.question)
                    RowLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: Theme.spacing
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                text: reviewCard.discussed ? reviewCard.adviceText : qsTr("Up for the case review")
                                font.weight: Font.DemiBold
                                Layout.fillWidth: true
                            }
                            Label {
                                text: reviewCard.discussed ? reviewCard.advice : reviewCard.question
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                visible: reviewCard.discussed
                                text: qsTr("You asked: %1").arg(reviewCard.question)
                                color: Theme.textSecondary
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "withdrawReview"
                            visible: !reviewCard.discussed && reviewCard.mine
                            text: qsTr("Withdraw")
                            flat: true
                            Accessible.name: qsTr("Withdraw from the case review")
                            onClicked: review.withdraw(reviewCard.reviewId) // qmllint disable unqualified
                        }
                    }
                }
            }

            TabBar {
                id: tabs
                Layout.fillWidth: true
                currentIndex: page.initialTab
                TabButton {
                    text: qsTr("Overview")
                    Accessible.name: text
                }
                TabButton {
                    text: qsTr("Profile")
                    Accessible.name: text
                }
                TabButton {
                    objectName: "planTab"
                    text: qsTr("Plan")
                    Accessible.name: qsTr("Plan and goals")
                }
                TabButton {
                    objectName: "workTab"
                    text: qsTr("Work")
                    Accessible.name: qsTr("Placements")
                }
                TabButton {
                    objectName: "consentsTab"
                    text: qsTr("Consents")
                    Accessible.name: text
                }
                TabButton {
                    visible: !page.wide
                    width: visible ? implicitWidth : 0
                    text: qsTr("Timeline")
                    Accessible.name: text
                }
            }

            // Every tab is built with the page, and StackLayout sizes only the current one: a hidden
            // tab's size is bound to the stack's, so its layouts never run at width 0 (wrapped text
            // at no width feeds its height back into the layout: a polish loop that Qt aborts,
            // leaving the rest of the window unpolished).
            StackLayout {
                id: tabStack
                currentIndex: tabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true

                OverviewTab {
                    width: tabStack.width
                    height: tabStack.height
                    controller: participant
                    initialCourseForm: page.initialCourseForm
                }
                ProfileTab {
                    width: tabStack.width
                    height: tabStack.height
                    controller: participant
                }
                PlanTab {
                    width: tabStack.width
                    height: tabStack.height
                    controller: participant
                    editFirstOpenGoal: page.initialGoalEdit
                    onWritePlan: page.writePlan(page.participantId)
                }
                PlacementsTab {
                    width: tabStack.width
                    height: tabStack.height
                    controller: participant
                    initialDialog: page.initialWorkDialog
                    onOpenEmployer: function(id) { page.openEmployer(id) }
                    onStartJob: page.startPlacement(page.participantId)
                }
                ConsentsTab {
                    width: tabStack.width
                    height: tabStack.height
                    controller: participant
                    onRecordConsent: page.recordConsent(page.participantId)
                }
                TimelineList {
                    width: tabStack.width
                    height: tabStack.height
                    model: participant.timeline
                    onOpenEntry: function(table, id) { page.openEntry(table, id) }
                }
            }
        }

        ColumnLayout {
            visible: page.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.spacing

            SectionHeader {
                text: qsTr("Timeline")
            }
            TimelineList {
                model: participant.timeline
                Layout.fillWidth: true
                Layout.fillHeight: true
                onOpenEntry: function(table, id) { page.openEntry(table, id) }
            }
        }
    }
}
