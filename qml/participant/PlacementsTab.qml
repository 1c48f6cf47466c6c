import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Job tastings, work trials and jobs: where, since when, the position history, the dates that
// matter, the support, and the mentor at the job (assigned, changed by hand-over, or ended here). A
// running job changes here too: a new position % from a day, the contract, its dates, the tasks,
// and its support measures (a review held, a new period, an early end).
ListView {
    id: list

    required property ParticipantController controller
    // Opened for the first running job once listed (a route to it): change-job, correct-change,
    // support-measure (its review), measure-period, measure-end or learning-goal.
    property string initialDialog: ""
    signal openEmployer(string employerId)
    signal startJob()

    function askToEnd(placementId, title) {
        endDialog.placementId = placementId;
        endDialog.placementTitle = title;
        endDialog.open();
    }
    // The route's dialog, for the first running job as its card is made.
    function openInitialDialog(card) {
        if (initialDialog === "change-job")
            askToChange(card);
        else if (initialDialog === "correct-change" && card.lastChangePercent > 0)
            askToCorrect(card);
        else if (initialDialog === "support-measure" && card.measures.length > 0)
            askAboutMeasure(card);
        else if (initialDialog === "measure-period" && card.measures.length > 0)
            askAboutMeasure(card, "period");
        else if (initialDialog === "measure-end" && card.measures.length > 0)
            askAboutMeasure(card, "end");
        else if (initialDialog === "learning-goal" && card.mentorAssignmentId.length > 0)
            askForLearningGoal(card.mentorAssignmentId, card.mentorName);
        else
            return;
        initialDialog = "";
    }

    // The Change dialog starts from what the card shows; only what is changed is saved.
    function askToChange(card) {
        changeDialog.placementId = card.placementId;
        changeDialog.placementTitle = card.title;
        changeDialog.kind = card.kind;
        changeDialog.currentPercent = card.positionPercent;
        changeDialog.currentContract = card.contract;
        changeDialog.currentTasks = card.carvedTasks;
        changeDialog.currentAccommodations = card.accommodations;
        changeDialog.currentTrialEnd = card.trialEndOn;
        changeDialog.currentContractEnd = card.contractEndOn;
        changeDialog.open();
    }
    // A first mentor (assignmentId "") or a hand-over from the current one.
    function askForMentor(placementId, employerId, assignmentId, mentorId, mentorName, mandate, interval) {
        mentorForm.prepare(placementId, employerId, assignmentId, mentorId, mandate, interval);
        mentorDialog.currentMentorName = mentorName;
        mentorDialog.open();
    }
    // "Correct the last change": the last position change's day and %, as entered.
    function askToCorrect(card) {
        correctDialog.placementId = card.placementId;
        correctDialog.placementTitle = card.title;
        correctDialog.currentPercent = card.lastChangePercent;
        correctDialog.currentFrom = card.lastChangeOn;
        correctDialog.open();
    }
    // "Support measure" on a running job: the latest period of each measure the job has; it opens
    // on the review unless `action` names another (period, end).
    function askAboutMeasure(card, action) {
        measureDialog.placementTitle = card.title;
        measureDialog.measures = card.measures;
        measureDialog.openingAction = action || "review";
        measureDialog.open();
    }
    function askForLearningGoal(assignmentId, mentorName) {
        learningGoalDialog.assignmentId = assignmentId;
        learningGoalDialog.mentorName = mentorName;
        learningGoalDialog.open();
    }
    function askToEndMentor(assignmentId, mentorName) {
        endMentorDialog.assignmentId = assignmentId;
        endMentorDialog.mentorName = mentorName;
        endMentorDialog.open();
    }

    model: controller.placements
    clip: true
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Placements")

    header: RowLayout {
        width: list.width // qmllint disable unqualified
        visible: !list.controller.discharged // qmllint disable unqualified
        height: visible ? implicitHeight + Theme.spacing : 0
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "startJob"
            text: qsTr("Start a job")
            highlighted: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Start a job for %1").arg(list.controller.displayName) // qmllint disable unqualified
            onClicked: list.startJob() // qmllint disable unqualified
        }
    }

    Connections {
        target: list.controller
        function onPlacementEnded() { endDialog.close() }
        function onPlacementChanged() { changeDialog.close() }
        function onMeasureChanged() { measureDialog.close() }
        function onPositionCorrected() { correctDialog.close() }
    }

    MentorAssignController {
        id: mentorForm
        participantId: list.controller.participantId
        onSaved: mentorDialog.close()
        onEnded: endMentorDialog.close()
        onLearningGoalAdded: learningGoalDialog.close()
        onMentorsChanged: {
            mentorChoices.clear();
            const mentors = mentorForm.mentors;
            for (let i = 0; i < mentors.length; ++i)
                mentorChoices.append({ code: mentors[i].mentorId, label: mentors[i].name });
        }
    }
    ListModel {
        id: mentorChoices
    }
    ListModel {
        id: talkChoices
        Component.onCompleted: {
            append({ code: "7", label: qsTr("Every week") });
            append({ code: "14", label: qsTr("Every other week") });
            append({ code: "28", label: qsTr("Every four weeks") });
        }
    }

    // "Assign mentor" and "Change mentor": a mentor of the job's employer, the mandate, and how
    // often the structured talk is held.
    AppDialog {
        id: mentorDialog
        objectName: "mentorDialog"
        property string currentMentorName: ""
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 600)
        title: mentorForm.handover ? qsTr("Change mentor") : qsTr("Assign mentor")
        onOpened: mandateField.text = mentorForm.mandate

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: mentorForm.handover
                      ? qsTr("%1 hands over to the mentor you choose. The learning goals go along.").arg(
                            mentorDialog.currentMentorName)
                      : qsTr("A colleague at the workplace who gives natural support.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Mentor")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "mentorChips"
                model: mentorChoices
                selected: mentorForm.mentorId
                accessibleGroupName: qsTr("Mentor")
                Layout.fillWidth: true
                onChosen: function(code) { mentorForm.mentorId = code }
            }
            Label {
                visible: mentorChoices.count === 0 && mentorForm.ready
                text: qsTr("No other mentor is registered at this employer. Add one on the employer's page.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextArea {
                id: mandateField
                objectName: "mentorMandate"
                visible: !mentorForm.handover
                placeholderText: qsTr("Mandate: what the mentor does, and what stays with you")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("The mentor's mandate")
                onTextChanged: mentorForm.mandate = text
            }
            Label {
                visible: !mentorForm.handover
                text: qsTr("Structured talk")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "talkChips"
                visible: !mentorForm.handover
                model: talkChoices
                selected: String(mentorForm.talkIntervalDays)
                accessibleGroupName: qsTr("Structured talk")
                Layout.fillWidth: true
                onChosen: function(code) { mentorForm.talkIntervalDays = parseInt(code) }
            }
            DateField {
                label: mentorForm.handover ? qsTr("Takes over on") : qsTr("From")
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                text: list.controller.dayText(mentorForm.startOn) // qmllint disable type
                value: mentorForm.startOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Tomorrow"), days: 1 },
                    { label: qsTr("In a week"), days: 7 }]
                onPicked: function(day) { mentorForm.startOn = day }
            }
            Label {
                objectName: "mentorFormError"
                visible: mentorForm.errorText.length > 0
                text: mentorForm.errorText
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
                    onClicked: mentorDialog.close()
                }
                Button {
                    objectName: "saveMentorAssignment"
                    text: mentorForm.handover ? qsTr("Change mentor") : qsTr("Assign mentor")
                    highlighted: true
                    enabled: !mentorForm.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: mentorForm.save()
                }
            }
        }
    }

    // "Add learning goal": a goal agreed with the participant, tied to the mentor assignment. Whether
    // the mentor sees it is consent's (core/mentorview.h), and the dialog says so.
    AppDialog {
        id: learningGoalDialog
        objectName: "learningGoalDialog"
        property string assignmentId: ""
        property string mentorName: ""
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("Learning goal with %1").arg(mentorName)
        onOpened: {
            learningGoalText.text = "";
            mentorForm.clearError();
            learningGoalText.forceActiveFocus();
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                objectName: "learningGoalConsentNote"
                text: qsTr("%1 sees this goal only while %2's consent to share learning goals with %1 is in force. "
                           + "Without that consent, or once it is withdrawn, the goal stays with you.")
                      .arg(learningGoalDialog.mentorName).arg(list.controller.displayName)
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextArea {
                id: learningGoalText
                objectName: "learningGoalText"
                placeholderText: qsTr("The learning goal, as the participant agreed it")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Learning goal")
            }
            Label {
                objectName: "learningGoalError"
                visible: mentorForm.errorText.length > 0
                text: mentorForm.errorText
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
                    onClicked: learningGoalDialog.close()
                }
                Button {
                    objectName: "confirmLearningGoal"
                    text: qsTr("Add learning goal")
                    highlighted: true
                    enabled: !mentorForm.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: mentorForm.addLearningGoal(learningGoalDialog.assignmentId, learningGoalText.text)
                }
            }
        }
    }

    AppDialog {
        id: endMentorDialog
        objectName: "endMentorDialog"
        property string assignmentId: ""
        property string mentorName: ""
        property date lastDay: new Date()
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("End %1 as mentor").arg(mentorName)
        onOpened: {
            lastDay = list.controller.today();
            mentorForm.clearError();
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("The learning goals stay with the participant, for the next mentor.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DateField {
                label: qsTr("Last day")
                text: list.controller.dayText(endMentorDialog.lastDay)
                value: endMentorDialog.lastDay
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { endMentorDialog.lastDay = day }
            }
            Label {
                objectName: "endMentorError"
                visible: mentorForm.errorText.length > 0
                text: mentorForm.errorText
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
                    onClicked: endMentorDialog.close()
                }
                Button {
                    objectName: "confirmEndMentor"
                    text: qsTr("End mentoring")
                    highlighted: true
                    enabled: !mentorForm.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: mentorForm.endAssignment(endMentorDialog.assignmentId, endMentorDialog.lastDay)
                }
            }
        }
    }

    ChoiceModel {
        id: contractKinds
        kind: ChoiceModel.ContractTypes
    }

    // "Change" on a running job: a new position % from a day (ahead too: agreed now for next
    // month), the contract (a work trial given one becomes a job), its dates, the tasks and the
    // accommodations. Only what differs from the card is sent.
    AppDialog {
        id: changeDialog
        objectName: "changePlacementDialog"
        property string placementId: ""
        property string placementTitle: ""
        property string kind: ""
        property int currentPercent: 0
        property string currentContract: ""
        property string currentTasks: ""
        property string currentAccommodations: ""
        property date currentTrialEnd
        property date currentContractEnd
        property int percent: 0
        property date fromOn: new Date()
        property string contract: ""
        property date trialEnd
        property bool hasTrialEnd: false
        property date contractEnd
        property bool hasContractEnd: false
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 640, 640)
        height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * Theme.spacing : 760)
        title: qsTr("Change %1").arg(placementTitle)
        onOpened: {
            percent = currentPercent;
            fromOn = list.controller.today();
            contract = currentContract;
            hasTrialEnd = !isNaN(currentTrialEnd.getTime());
            trialEnd = currentTrialEnd;
            hasContractEnd = !isNaN(currentContractEnd.getTime());
            contractEnd = currentContractEnd;
            changeTasks.text = currentTasks;
            changeAccommodations.text = currentAccommodations;
            changePercent.value = currentPercent;
            list.controller.clearError();
            changeScroll.contentItem.contentY = 0;
        }
        function sameDay(a, b) {
            return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
        }
        function save() {
            const change = {};
            if (percent !== currentPercent) {
                change.percent = percent;
                change.fromOn = fromOn;
            }
            if (contract !== currentContract)
                change.contract = contract;
            if (hasTrialEnd && (isNaN(currentTrialEnd.getTime()) || !sameDay(trialEnd, currentTrialEnd)))
                change.trialEndOn = trialEnd;
            if (hasContractEnd && contract !== "permanent"
                    && (isNaN(currentContractEnd.getTime()) || !sameDay(contractEnd, currentContractEnd)))
                change.contractEndOn = contractEnd;
            if (changeTasks.text !== currentTasks)
                change.tasks = changeTasks.text;
            if (changeAccommodations.text !== currentAccommodations)
                change.accommodations = changeAccommodations.text;
            list.controller.changePlacement(placementId, change);
        }

        // The fields scroll; the error and the buttons stay in sight below them.
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            ScrollView {
                id: changeScroll
                objectName: "changeScroll"
                contentWidth: availableWidth
                implicitHeight: changeColumn.implicitHeight
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    id: changeColumn
                    width: changeScroll.availableWidth
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Only what you change is saved. A new position counts from its day; a change "
                                   + "agreed for next month can be recorded now.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            text: qsTr("Position %")
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        SpinBox {
                            id: changePercent
                            objectName: "changePercent"
                            from: 1
                            to: 100
                            stepSize: 5
                            editable: true
                            Layout.minimumHeight: Theme.touchTarget
                            Accessible.name: qsTr("Position %")
                            onValueModified: changeDialog.percent = value
                        }
                    }
                    DateField {
                        objectName: "changeFrom"
                        visible: changeDialog.percent !== changeDialog.currentPercent
                        label: qsTr("The new position counts from")
                        text: list.controller.dayText(changeDialog.fromOn)
                        value: changeDialog.fromOn
                        hasValue: true
                        quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("In a week"), days: 7 },
                            { label: qsTr("In a month"), days: 30 }]
                        onPicked: function(day) { changeDialog.fromOn = day }
                    }
                    Label {
                        visible: changeDialog.kind !== "job_tasting"
                        text: changeDialog.kind === "work_trial" ? qsTr("Contract (the trial becomes a paid job)")
                                                                 : qsTr("Contract")
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ChoiceChips {
                        objectName: "changeContractChips"
                        visible: changeDialog.kind !== "job_tasting"
                        model: contractKinds
                        selected: changeDialog.contract
                        accessibleGroupName: qsTr("Contract")
                        Layout.fillWidth: true
                        onChosen: function(code) { changeDialog.contract = code }
                    }
                    DateField {
                        visible: changeDialog.kind !== "job_tasting"
                        label: qsTr("Trial period ends")
                        text: changeDialog.hasTrialEnd ? list.controller.dayText(changeDialog.trialEnd) : ""
                        value: changeDialog.trialEnd
                        hasValue: changeDialog.hasTrialEnd
                        quickChoices: [{ label: qsTr("In 6 months"), days: 182 }]
                        onPicked: function(day) {
                            changeDialog.trialEnd = day;
                            changeDialog.hasTrialEnd = true;
                        }
                    }
                    DateField {
                        visible: changeDialog.contract === "temporary"
                        label: qsTr("Contract ends")
                        text: changeDialog.hasContractEnd ? list.controller.dayText(changeDialog.contractEnd) : ""
                        value: changeDialog.contractEnd
                        hasValue: changeDialog.hasContractEnd
                        quickChoices: [{ label: qsTr("In 6 months"), days: 182 }, { label: qsTr("In a year"), days: 365 }]
                        onPicked: function(day) {
                            changeDialog.contractEnd = day;
                            changeDialog.hasContractEnd = true;
                        }
                    }
                    Label {
                        text: qsTr("Carved tasks")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                    }
                    TextArea {
                        id: changeTasks
                        objectName: "changeTasks"
                        placeholderText: qsTr("The tasks, as agreed with the employer")
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget * 2
                        Accessible.name: qsTr("Tasks")
                    }
                    Label {
                        text: qsTr("Accommodations")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                    }
                    TextArea {
                        id: changeAccommodations
                        objectName: "changeAccommodations"
                        placeholderText: qsTr("Accommodations at the workplace")
                        wrapMode: TextEdit.Wrap
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget * 2
                        Accessible.name: qsTr("Accommodations")
                    }
                }
            }
            Label {
                objectName: "changeError"
                visible: list.controller.errorText.length > 0
                text: list.controller.errorText
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
                    onClicked: changeDialog.close()
                }
                Button {
                    objectName: "confirmChangePlacement"
                    text: qsTr("Save the change")
                    highlighted: true
                    enabled: !list.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: changeDialog.save()
                }
            }
        }
    }

    // A position change entered with the wrong day or %: corrected in place, by the change's rules.
    AppDialog {
        id: correctDialog
        objectName: "correctPositionDialog"
        property string placementId: ""
        property string placementTitle: ""
        property int currentPercent: 0
        property date currentFrom
        property date fromOn
        property int percent: 0
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 560, 560)
        title: qsTr("Correct the last change at %1").arg(placementTitle)
        onOpened: {
            fromOn = currentFrom;
            percent = currentPercent;
            correctPercent.value = currentPercent;
            list.controller.clearError();
        }
        function save() {
            const values = {};
            if (fromOn.getTime() !== currentFrom.getTime())
                values.fromOn = fromOn;
            if (percent !== currentPercent)
                values.percent = percent;
            list.controller.correctPositionChange(placementId, values);
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("For a change entered with the wrong day or %. A new change is recorded with Change.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DateField {
                objectName: "correctFrom"
                label: qsTr("The change counts from")
                text: list.controller.dayText(correctDialog.fromOn)
                value: correctDialog.fromOn
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { correctDialog.fromOn = day }
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
                    id: correctPercent
                    objectName: "correctPercent"
                    from: 1
                    to: 100
                    stepSize: 5
                    editable: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Position %")
                    onValueModified: correctDialog.percent = value
                }
            }
            Label {
                objectName: "correctError"
                visible: list.controller.errorText.length > 0
                text: list.controller.errorText
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
                    onClicked: correctDialog.close()
                }
                Button {
                    objectName: "confirmCorrectPosition"
                    text: qsTr("Save the correction")
                    highlighted: true
                    enabled: !list.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: correctDialog.save()
                }
            }
        }
    }

    ListModel {
        id: measureChoices
    }
    ListModel {
        id: measureActions
        Component.onCompleted: {
            append({ code: "review", label: qsTr("Review held") });
            append({ code: "period", label: qsTr("New period") });
            append({ code: "end", label: qsTr("End early") });
        }
    }

    // "Support measure": a wage subsidy's review held and the next one, a new period with a new %
    // (the current one ends the day before and stays in the history), or an early end.
    AppDialog {
        id: measureDialog
        objectName: "measureDialog"
        property string placementTitle: ""
        property var measures: []
        property int chosen: 0
        property string action: "review"
        property string openingAction: "review"
        property date heldOn: new Date()
        property date nextReview
        property bool hasNextReview: false
        property date fromOn: new Date()
        property int amount: 0
        property date toOn
        property bool hasToOn: false
        property date reviewOn
        property bool hasReviewOn: false
        property date lastDay: new Date()
        readonly property var measure: measures.length > chosen ? measures[chosen] : ({})
        readonly property bool hours: measure.kind === "mentor_subsidy"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 600)
        height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * Theme.spacing : 760)
        title: qsTr("Support measure at %1").arg(placementTitle)
        function reset() {
            const today = list.controller.today();
            heldOn = today;
            hasNextReview = false;
            fromOn = today;
            amount = hours ? measure.hoursPerMonth : measure.percent;
            measureAmount.value = amount;
            hasToOn = false;
            hasReviewOn = false;
            lastDay = today;
        }
        onOpened: {
            measureChoices.clear();
            for (let i = 0; i < measures.length; ++i)
                measureChoices.append({ code: String(i), label: measures[i].label });
            chosen = 0;
            action = openingAction;
            reset();
            list.controller.clearError();
        }
        function save() {
            const values = {};
            if (action === "review") {
                values.heldOn = heldOn;
                if (hasNextReview)
                    values.nextReviewOn = nextReview;
            } else if (action === "period") {
                values.fromOn = fromOn;
                if (hours)
                    values.hoursPerMonth = amount;
                else
                    values.percent = amount;
                if (hasToOn)
                    values.toOn = toOn;
                if (hasReviewOn)
                    values.reviewOn = reviewOn;
            } else {
                values.lastDay = lastDay;
            }
            list.controller.changeMeasure(measure.measureId, action, values);
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            ScrollView {
                id: measureScroll
                contentWidth: availableWidth
                implicitHeight: measureColumn.implicitHeight
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    id: measureColumn
                    width: measureScroll.availableWidth
                    spacing: Theme.spacing
                    ChoiceChips {
                        objectName: "measureChips"
                        visible: measureChoices.count > 1
                        model: measureChoices
                        selected: String(measureDialog.chosen)
                        accessibleGroupName: qsTr("Support measure")
                        Layout.fillWidth: true
                        onChosen: function(code) {
                            measureDialog.chosen = parseInt(code);
                            measureDialog.reset();
                        }
                    }
                    Label {
                        objectName: "measureNow"
                        text: measureDialog.measure.label
                              + (isNaN(measureDialog.measure.toOn ? measureDialog.measure.toOn.getTime() : NaN)
                                 ? "" : " · " + qsTr("until %1").arg(list.controller.dayText(measureDialog.measure.toOn)))
                              + (isNaN(measureDialog.measure.reviewOn ? measureDialog.measure.reviewOn.getTime() : NaN)
                                 ? "" : " · " + qsTr("review %1").arg(list.controller.dayText(measureDialog.measure.reviewOn)))
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ChoiceChips {
                        objectName: "measureActionChips"
                        model: measureActions
                        selected: measureDialog.action
                        accessibleGroupName: qsTr("What happened")
                        Layout.fillWidth: true
                        onChosen: function(code) {
                            measureDialog.action = code;
                            list.controller.clearError();
                        }
                    }
                    Label {
                        text: measureDialog.action === "review"
                              ? qsTr("The review with the employer and NAV was held. Set the next one, if there is one.")
                              : measureDialog.action === "period"
                                ? qsTr("The current period ends the day before the new one and stays in the history.")
                                : qsTr("The measure stops after its last day. A review after that day is dropped.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    DateField {
                        objectName: "reviewHeldOn"
                        visible: measureDialog.action === "review"
                        label: qsTr("Review held on")
                        text: list.controller.dayText(measureDialog.heldOn)
                        value: measureDialog.heldOn
                        hasValue: true
                        quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                        onPicked: function(day) { measureDialog.heldOn = day }
                    }
                    DateField {
                        objectName: "nextReviewOn"
                        visible: measureDialog.action === "review"
                        label: qsTr("Next review")
                        text: measureDialog.hasNextReview ? list.controller.dayText(measureDialog.nextReview) : ""
                        value: measureDialog.nextReview
                        hasValue: measureDialog.hasNextReview
                        quickChoices: [{ label: qsTr("In 3 months"), days: 91 }, { label: qsTr("In 6 months"), days: 182 }]
                        onPicked: function(day) {
                            measureDialog.nextReview = day;
                            measureDialog.hasNextReview = true;
                        }
                    }
                    DateField {
                        objectName: "periodFrom"
                        visible: measureDialog.action === "period"
                        label: qsTr("New period from")
                        text: list.controller.dayText(measureDialog.fromOn)
                        value: measureDialog.fromOn
                        hasValue: true
                        quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("In a month"), days: 30 }]
                        onPicked: function(day) { measureDialog.fromOn = day }
                    }
                    RowLayout {
                        visible: measureDialog.action === "period"
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            text: measureDialog.hours ? qsTr("Hours a month") : qsTr("Subsidy %")
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        SpinBox {
                            id: measureAmount
                            objectName: "periodAmount"
                            from: 1
                            to: measureDialog.hours ? 200 : 100
                            stepSize: measureDialog.hours ? 1 : 5
                            editable: true
                            Layout.minimumHeight: Theme.touchTarget
                            Accessible.name: measureDialog.hours ? qsTr("Hours a month") : qsTr("Subsidy %")
                            onValueModified: measureDialog.amount = value
                        }
                    }
                    DateField {
                        objectName: "periodTo"
                        visible: measureDialog.action === "period"
                        label: qsTr("Until")
                        text: measureDialog.hasToOn ? list.controller.dayText(measureDialog.toOn) : ""
                        value: measureDialog.toOn
                        hasValue: measureDialog.hasToOn
                        quickChoices: [{ label: qsTr("In 6 months"), days: 182 }, { label: qsTr("In a year"), days: 365 }]
                        onPicked: function(day) {
                            measureDialog.toOn = day;
                            measureDialog.hasToOn = true;
                        }
                    }
                    DateField {
                        objectName: "periodReview"
                        visible: measureDialog.action === "period"
                        label: qsTr("Review")
                        text: measureDialog.hasReviewOn ? list.controller.dayText(measureDialog.reviewOn) : ""
                        value: measureDialog.reviewOn
                        hasValue: measureDialog.hasReviewOn
                        quickChoices: [{ label: qsTr("In 3 months"), days: 91 }, { label: qsTr("In 6 months"), days: 182 }]
                        onPicked: function(day) {
                            measureDialog.reviewOn = day;
                            measureDialog.hasReviewOn = true;
                        }
                    }
                    DateField {
                        objectName: "measureLastDay"
                        visible: measureDialog.action === "end"
                        label: qsTr("Last day")
                        text: list.controller.dayText(measureDialog.lastDay)
                        value: measureDialog.lastDay
                        hasValue: true
                        quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                        onPicked: function(day) { measureDialog.lastDay = day }
                    }
                }
            }
            Label {
                objectName: "measureError"
                visible: list.controller.errorText.length > 0
                text: list.controller.errorText
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
                    onClicked: measureDialog.close()
                }
                Button {
                    objectName: "confirmMeasure"
                    text: measureDialog.action === "review" ? qsTr("Record the review")
                          : measureDialog.action === "period" ? qsTr("Start the new period") : qsTr("End the measure")
                    highlighted: true
                    enabled: !list.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: measureDialog.save()
                }
            }
        }
    }

    AppDialog {
        id: endDialog
        objectName: "endPlacementDialog"
        property string placementId: ""
        property string placementTitle: ""
        property date endOn: new Date()
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("End %1").arg(placementTitle)
        onOpened: {
            endOn = list.controller.today();
            endReason.text = "";
            endLearnt.text = "";
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("A job that ends is a step on the way: write what was learnt for the next one.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DateField {
                label: qsTr("Ended on")
                text: list.controller.dayText(endDialog.endOn)
                value: endDialog.endOn
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { endDialog.endOn = day }
            }
            TextEntry {
                id: endReason
                objectName: "endReason"
                placeholderText: qsTr("Why it ended")
                Layout.fillWidth: true
                Accessible.name: qsTr("Why it ended")
            }
            TextArea {
                id: endLearnt
                objectName: "endLearnt"
                placeholderText: qsTr("What was learnt, for the next job")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("What was learnt")
            }
            Label {
                objectName: "endError"
                visible: list.controller.errorText.length > 0
                text: list.controller.errorText
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
                    onClicked: endDialog.close()
                }
                Button {
                    objectName: "confirmEndPlacement"
                    text: qsTr("End the job")
                    highlighted: true
                    enabled: !list.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: list.controller.endPlacement(endDialog.placementId, endDialog.endOn, endReason.text,
                                                            endLearnt.text)
                }
            }
        }
    }

    delegate: Card {
        id: card
        required property string placementId
        required property string title
        required property string kindText
        required property string employerId
        required property string employerName
        required property string periodText
        required property string datesText
        required property string supportText
        required property string accommodations
        required property string carvedTasks
        required property bool ended
        required property string mentorAssignmentId
        required property string mentorId
        required property string mentorName
        required property string mentorText
        required property string mentorMandate
        required property int talkIntervalDays
        required property string positionHistory
        required property int positionPercent
        required property string kind
        required property string contract
        required property date trialEndOn
        required property date contractEndOn
        required property var measures
        required property int lastChangePercent
        required property date lastChangeOn
        required property var learningGoals
        width: list.width // qmllint disable unqualified
        opacity: ended ? 0.7 : 1
        Component.onCompleted: if (list.initialDialog.length > 0 && !ended) list.openInitialDialog(card) // qmllint disable unqualified

        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            Label {
                text: card.title
                font.weight: Font.DemiBold
                font.pixelSize: Theme.headingFontSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: card.kindText + (card.periodText.length > 0 ? " · " + card.periodText : "")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "placementEmployer"
                visible: card.employerName.length > 0
                text: card.employerName
                flat: true
                Accessible.name: qsTr("Open employer %1").arg(card.employerName)
                onClicked: list.openEmployer(card.employerId) // qmllint disable unqualified
            }
            InfoRow {
                objectName: "positionHistory"
                label: qsTr("Position")
                value: card.positionHistory
            }
            Button {
                objectName: "correctPosition"
                visible: !card.ended && card.lastChangePercent > 0 && !list.controller.discharged // qmllint disable unqualified
                text: qsTr("Correct the last change")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Correct the last position change at %1").arg(card.title)
                onClicked: list.askToCorrect(card) // qmllint disable unqualified
            }
            InfoRow {
                label: qsTr("Dates")
                value: card.datesText
            }
            InfoRow {
                objectName: "supportMeasures"
                label: qsTr("Support")
                value: card.supportText
            }
            InfoRow {
                label: qsTr("Carved tasks")
                value: card.carvedTasks
            }
            InfoRow {
                label: qsTr("Accommodations")
                value: card.accommodations
            }
            // The mentor at this job: the current one with Change and End, or Assign.
            InfoRow {
                objectName: "currentMentor"
                label: qsTr("Mentor")
                value: card.mentorName
                note: card.mentorText
            }
            InfoRow {
                label: qsTr("Mandate")
                value: card.mentorMandate
            }
            // The learning goals agreed with the participant for this mentor, with their status.
            Label {
                visible: card.learningGoals.length > 0
                text: qsTr("Learning goals")
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
            }
            Repeater {
                objectName: "learningGoals"
                model: card.learningGoals
                delegate: RowLayout {
                    id: goalRow
                    required property var modelData
                    objectName: "learningGoal"
                    property string goalText: goalRow.modelData.text
                    property string statusText: goalRow.modelData.statusText
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: goalRow.modelData.text
                        wrapMode: Text.WordWrap
                        font.strikeout: goalRow.modelData.status === "dropped"
                        Layout.fillWidth: true
                    }
                    Label {
                        text: goalRow.modelData.statusText
                        color: goalRow.modelData.status === "open" ? Theme.textSecondary : Theme.accent
                    }
                }
            }
            RowLayout {
                visible: card.mentorAssignmentId.length > 0
                spacing: Theme.spacing
                Button {
                    objectName: "changeMentor"
                    visible: !card.ended
                    text: qsTr("Change mentor")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Change mentor for %1").arg(card.title)
                    onClicked: list.askForMentor(card.placementId, card.employerId, card.mentorAssignmentId, // qmllint disable unqualified
                                                 card.mentorId, card.mentorName, card.mentorMandate,
                                                 card.talkIntervalDays)
                }
                Button {
                    objectName: "addLearningGoal"
                    visible: !card.ended
                    text: qsTr("Add learning goal")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Add a learning goal with %1").arg(card.mentorName)
                    onClicked: list.askForLearningGoal(card.mentorAssignmentId, card.mentorName) // qmllint disable unqualified
                }
                Button {
                    objectName: "endMentor"
                    text: qsTr("End mentoring")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("End %1 as mentor").arg(card.mentorName)
                    onClicked: list.askToEndMentor(card.mentorAssignmentId, card.mentorName) // qmllint disable unqualified
                }
            }
            Button {
                objectName: "assignMentor"
                visible: !card.ended && card.mentorAssignmentId.length === 0 && card.employerId.length > 0
                text: qsTr("Assign mentor")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Assign a mentor for %1").arg(card.title)
                onClicked: list.askForMentor(card.placementId, card.employerId, "", "", "", "", 14) // qmllint disable unqualified
            }
            // A running job: Change and End side by side.
            RowLayout {
                visible: !card.ended
                spacing: Theme.spacing
                Button {
                    objectName: "changePlacement"
                    visible: !card.ended && !list.controller.discharged // qmllint disable unqualified
                    text: qsTr("Change")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Change %1").arg(card.title)
                    onClicked: list.askToChange(card) // qmllint disable unqualified
                }
                Button {
                    objectName: "changeMeasure"
                    visible: !card.ended && card.measures.length > 0 && !list.controller.discharged // qmllint disable unqualified
                    text: qsTr("Support measure")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Support measure at %1").arg(card.title)
                    onClicked: list.askAboutMeasure(card) // qmllint disable unqualified
                }
                Button {
                    objectName: "endPlacement"
                    visible: !card.ended
                    text: qsTr("End")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("End %1").arg(card.title)
                    onClicked: list.askToEnd(card.placementId, card.title) // qmllint disable unqualified
                }
            }
        }
    }
    EmptyState {
        anchors.fill: parent
        visible: list.count === 0
        text: qsTr("No placements yet.")
    }
}
