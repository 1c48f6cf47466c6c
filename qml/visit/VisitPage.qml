import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Visit

// A new visit note in a few taps. Saved as a draft while it is typed; finalized with one tap.
AppPage {
    id: page

    property string draftId: ""
    property string participantId: ""
    property string employerId: ""

    signal done()

    readonly property bool wide: width >= 1000

    title: qsTr("New visit")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    VisitFormController {
        id: controller
        draftId: page.draftId
        participantId: page.participantId
        employerId: page.employerId
        onFinalized: page.done()
        onDiscarded: page.done()
    }

    ChoiceModel {
        id: contactTypes
        kind: ChoiceModel.ContactTypes
    }
    ChoiceModel {
        id: attendeeChoices
        kind: ChoiceModel.Attendees
    }
    ChoiceModel {
        id: ownerChoices
        kind: ChoiceModel.ActionOwners
    }

    PickerDialog {
        id: participantPicker
        title: qsTr("Participant")
        model: controller.participantChoices
        allowNone: true
        onPicked: function(itemId) { controller.participantId = itemId }
    }
    PickerDialog {
        id: employerPicker
        title: qsTr("Employer")
        model: controller.employerChoices
        allowNone: true
        onPicked: function(itemId) { controller.employerId = itemId }
    }

    Shortcut {
        sequence: "Ctrl+Return"
        onActivated: controller.finalize()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ScrollView {
            id: scroll
            contentWidth: availableWidth
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
                width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxFormWidth)
                spacing: Theme.spacing

                Item {
                    implicitHeight: Theme.spacing
                }

                // Who, and what kind of contact.
                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        GridLayout {
                            columns: page.wide ? 2 : 1
                            columnSpacing: Theme.spacing
                            Layout.fillWidth: true
                            Button {
                                objectName: "chooseParticipant"
                                text: controller.participantName.length > 0 ? controller.participantName : qsTr("Choose participant")
                                Layout.fillWidth: true
                                Accessible.name: controller.participantName.length > 0
                                                 ? qsTr("Participant: %1. Change").arg(controller.participantName)
                                                 : qsTr("Choose participant")
                                onClicked: participantPicker.open()
                            }
                            Button {
                                objectName: "chooseEmployer"
                                text: controller.employerName.length > 0 ? controller.employerName : qsTr("Choose employer (optional)")
                                Layout.fillWidth: true
                                Accessible.name: controller.employerName.length > 0
                                                 ? qsTr("Employer: %1. Change").arg(controller.employerName)
                                                 : qsTr("Choose employer")
                                onClicked: employerPicker.open()
                            }
                        }
                        Label {
                            text: qsTr("Kind of contact")
                            font.weight: Font.DemiBold
                        }
                        ChoiceChips {
                            objectName: "contactTypeChips"
                            model: contactTypes
                            selected: controller.contactType
                            accessibleGroupName: qsTr("Kind of contact")
                            Layout.fillWidth: true
                            onChosen: function(code) { controller.contactType = code }
                        }
                    }
                }

                // What may be shared with this employer: shown before anything is noted.
                ConsentNotice {
                    visible: controller.consentNoticeVisible
                    text: controller.consentNoticeText
                    nothingShared: controller.nothingShared
                    model: controller.consents
                    Layout.fillWidth: true
                }

                // When and where.
                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        DateField {
                            label: qsTr("Date")
                            text: controller.occurredText
                            // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                            value: controller.occurredOn // qmllint disable type
                            hasValue: true
                            quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                            onPicked: function(day) { controller.occurredOn = day }
                        }
                        RowLayout {
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            TextEntry {
                                text: controller.startTime
                                placeholderText: qsTr("Time, e.g. 09:30")
                                inputMethodHints: Qt.ImhTime
                                Layout.preferredWidth: 140
                                Accessible.name: qsTr("Start time")
                                onTextEdited: controller.startTime = text
                            }
                            TextEntry {
                                text: controller.place
                                placeholderText: qsTr("Place")
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Place")
                                onTextEdited: controller.place = text
                            }
                        }
                        Label {
                            text: qsTr("How long")
                            font.weight: Font.DemiBold
                        }
                        Flow {
                            spacing: 8
                            Layout.fillWidth: true
                            Repeater {
                                model: [15, 30, 45, 60, 90, 120]
                                delegate: Button {
                                    required property int modelData
                                    readonly property bool isOn: controller.durationMin === modelData // qmllint disable unqualified
                                    text: (isOn ? "\u2713 " : "") + qsTr("%1 min").arg(modelData)
                                    highlighted: isOn
                                    flat: !isOn
                                    Accessible.role: Accessible.RadioButton
                                    Accessible.checked: isOn
                                    Accessible.name: qsTr("%1 minutes").arg(modelData)
                                    onClicked: controller.durationMin = modelData // qmllint disable unqualified
                                }
                            }
                        }
                        Label {
                            text: qsTr("Who was there")
                            font.weight: Font.DemiBold
                        }
                        ChoiceChips {
                            model: attendeeChoices
                            multiple: true
                            selectedCodes: controller.attendees
                            accessibleGroupName: qsTr("Who was there")
                            Layout.fillWidth: true
                            onToggled: function(code) { controller.toggleAttendee(code) }
                        }
                        TextEntry {
                            text: controller.purpose
                            placeholderText: qsTr("Purpose of the contact")
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Purpose of the contact")
                            onTextEdited: controller.purpose = text
                        }
                    }
                }

                // What was seen.
                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        SectionHeader {
                            text: qsTr("Observations")
                        }
                        NoteField {
                            objectName: "obsPerson"
                            label: qsTr("The person")
                            hint: qsTr("How they seemed, what they said, what they managed")
                            sensitive: true
                            text: controller.obsPerson
                            onEdited: function(text) { controller.obsPerson = text }
                        }
                        NoteField {
                            objectName: "obsTask"
                            label: qsTr("The tasks")
                            hint: qsTr("What they did and how it went")
                            text: controller.obsTask
                            onEdited: function(text) { controller.obsTask = text }
                        }
                        NoteField {
                            objectName: "obsEnvironment"
                            label: qsTr("The environment")
                            hint: qsTr("Colleagues, pace, tone, noise")
                            text: controller.obsEnvironment
                            onEdited: function(text) { controller.obsEnvironment = text }
                        }
                    }
                }

                // What was agreed.
                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        SectionHeader {
                            text: qsTr("Agreed actions")
                        }
                        Repeater {
                            model: controller.actions
                            delegate: ActionEditor {
                                Layout.fillWidth: true
                                owners: ownerChoices // qmllint disable unqualified
                                onTextEdited: function(row, text) { controller.setActionText(row, text) }
                                onOwnerChosen: function(row, owner) { controller.setActionOwner(row, owner) }
                                onDuePicked: function(row, day) { controller.setActionDue(row, day) }
                                onRemoved: function(row) { controller.removeAction(row) }
                            }
                        }
                        Button {
                            objectName: "addAction"
                            text: qsTr("+ Add an agreed action")
                            flat: true
                            Accessible.name: qsTr("Add an agreed action")
                            onClicked: controller.addAction()
                        }
                    }
                }

                // Next time, and the free note.
                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        DateField {
                            label: qsTr("Next visit")
                            text: controller.nextVisitText
                            // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                            value: controller.nextVisitOn // qmllint disable type
                            hasValue: controller.nextVisitText.length > 0
                            clearable: true
                            quickChoices: [{ label: qsTr("In a week"), days: 7 }, { label: qsTr("In 2 weeks"), days: 14 }, { label: qsTr("In a month"), days: 28 }]
                            onPicked: function(day) { controller.nextVisitOn = day }
                            onCleared: controller.clearNextVisit()
                        }
                        NoteField {
                            objectName: "note"
                            label: qsTr("Note")
                            hint: qsTr("Anything else worth remembering")
                            text: controller.note
                            onEdited: function(text) { controller.note = text }
                        }
                        Switch {
                            text: qsTr("Only I may read this note")
                            checked: controller.onlyMe
                            Accessible.name: text
                            onToggled: controller.onlyMe = checked
                        }
                        Switch {
                            text: qsTr("Counts as time in the field")
                            checked: controller.fieldTime
                            Accessible.name: text
                            onToggled: controller.fieldTime = checked
                        }
                    }
                }
                Item {
                    implicitHeight: Theme.margin
                }
            }
        }

        // Saved state and the one tap that finalizes, on a light bar so the state reads clearly.
        ToolBar {
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.surface
                Rectangle {
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                spacing: Theme.spacing
                Label {
                    text: controller.missingText.length > 0 ? controller.missingText : controller.savedText
                    color: controller.missingText.length > 0 ? Theme.attention : Theme.textSecondary
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "discardButton"
                    text: qsTr("Discard")
                    flat: true
                    Accessible.name: qsTr("Discard this note")
                    onClicked: confirmDiscard.open()
                }
                Button {
                    objectName: "finalizeButton"
                    text: controller.finalizing ? qsTr("Saving…") : qsTr("Finalize")
                    highlighted: true
                    enabled: !controller.finalizing && controller.missingText.length === 0
                    Accessible.name: qsTr("Finalize the visit note")
                    onClicked: controller.finalize()
                }
            }
        }
    }

    AppDialog {
        id: confirmDiscard
        parent: Overlay.overlay
        anchors.centerIn: parent
        // A fixed width: the wrapped text below would otherwise size the dialog by itself (and the
        // button box's width with it, in a loop).
        implicitWidth: 480
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        modal: true
        title: qsTr("Discard this note?")
        standardButtons: Dialog.Cancel | Dialog.Discard
        Label {
            width: confirmDiscard.availableWidth
            text: qsTr("What you typed will be deleted from this tablet.")
            wrapMode: Text.WordWrap
        }
        onDiscarded: {
            controller.discard();
            confirmDiscard.close();
        }
    }
}
