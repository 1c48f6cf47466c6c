import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Taking a new participant on: who they are and how to reach them, the referral, language and
// constraints, and their consent to take part. Saved as a draft while typed; never a national ID number.
AppPage {
    id: page

    property string draftId: ""
    signal saved(string participantId)

    title: qsTr("New participant")
    // Saving stays one tap away in the header, however far down the form the person has scrolled.
    headerActions: [
        Button {
            objectName: "saveParticipant"
            text: qsTr("Take on")
            highlighted: true
            // Always tappable: a tap on an incomplete form says what is missing (a disabled button in the
            // header could not be read, and would not say why).
            enabled: !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Take on the new participant")
            onClicked: controller.save()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    IntakeController {
        id: controller
        draftId: page.draftId
        onSaved: function(participantId) { page.saved(participantId) }
    }
    ChoiceModel {
        id: programmes
        kind: ChoiceModel.Programmes
    }
    ChoiceModel {
        id: levels
        kind: ChoiceModel.NorwegianLevels
    }

    ScrollView {
        id: scroll
        objectName: "intakeScroll"
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
                text: qsTr("Never write a national ID number (fødselsnummer). A first name, or a name the person chooses, is enough.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "intakeMissing"
                visible: controller.missingText.length > 0
                text: controller.missingText
                color: Theme.attention
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextEntry {
                objectName: "participantName"
                text: controller.name
                placeholderText: qsTr("Name")
                Layout.fillWidth: true
                Accessible.name: qsTr("Name")
                onTextEdited: controller.name = text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextEntry {
                    objectName: "participantPhone"
                    text: controller.phone
                    placeholderText: qsTr("Phone")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Phone")
                    onTextEdited: controller.phone = text
                }
                TextEntry {
                    text: controller.email
                    placeholderText: qsTr("E-mail")
                    inputMethodHints: Qt.ImhEmailCharactersOnly
                    Layout.fillWidth: true
                    Accessible.name: qsTr("E-mail")
                    onTextEdited: controller.email = text
                }
            }
            TextEntry {
                text: controller.otherContact
                placeholderText: qsTr("Other ways to reach them")
                Layout.fillWidth: true
                Accessible.name: qsTr("Other ways to reach them")
                onTextEdited: controller.otherContact = text
            }

            SectionHeader {
                text: qsTr("Referral")
            }
            Label {
                text: qsTr("Programme")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "programmeChips"
                model: programmes
                selected: controller.programme
                accessibleGroupName: qsTr("Programme")
                Layout.fillWidth: true
                onChosen: function(code) { controller.programme = code }
            }
            DateField {
                label: qsTr("Referred on")
                text: controller.referralText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: controller.referralOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { controller.referralOn = day }
            }
            TextArea {
                text: controller.referralReason
                placeholderText: qsTr("Why NAV referred them, in their words where you can")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Reason for referral")
                onTextChanged: if (text !== controller.referralReason) controller.referralReason = text
            }
            DateField {
                label: qsTr("Measure ends")
                text: controller.measureEndText
                value: controller.measureEndOn // qmllint disable type
                hasValue: controller.measureEndText.length > 0
                clearable: true
                quickChoices: [{ label: qsTr("In 6 months"), days: 182 }, { label: qsTr("In a year"), days: 365 }]
                onPicked: function(day) { controller.measureEndOn = day }
                onCleared: controller.clearMeasureEnd()
            }

            SectionHeader {
                text: qsTr("Language")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextEntry {
                    text: controller.preferredLanguage
                    placeholderText: qsTr("Preferred language")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Preferred language")
                    onTextEdited: controller.preferredLanguage = text
                }
                Switch {
                    objectName: "interpreterSwitch"
                    text: qsTr("Needs an interpreter")
                    checked: controller.interpreterNeeded
                    Accessible.name: text
                    onToggled: controller.interpreterNeeded = checked
                }
            }
            Label {
                text: qsTr("Norwegian level (CEFR)")
                font.weight: Font.DemiBold
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    text: qsTr("Not assessed")
                    flat: controller.norwegianLevel.length > 0
                    highlighted: controller.norwegianLevel.length === 0
                    Accessible.name: qsTr("Norwegian level not assessed")
                    onClicked: controller.norwegianLevel = ""
                }
                ChoiceChips {
                    objectName: "levelChips"
                    model: levels
                    selected: controller.norwegianLevel
                    accessibleGroupName: qsTr("Norwegian level")
                    onChosen: function(code) { controller.norwegianLevel = code }
                }
            }

            SectionHeader {
                text: qsTr("What to plan around")
            }
            TextEntry {
                text: controller.childcare
                placeholderText: qsTr("Childcare")
                Layout.fillWidth: true
                Accessible.name: qsTr("Childcare")
                onTextEdited: controller.childcare = text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TextEntry {
                    text: controller.shifts
                    placeholderText: qsTr("Shifts")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Shifts")
                    onTextEdited: controller.shifts = text
                }
                TextEntry {
                    text: controller.transport
                    placeholderText: qsTr("Transport")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Transport")
                    onTextEdited: controller.transport = text
                }
            }
            TextEntry {
                text: controller.refusedTasks
                placeholderText: qsTr("Tasks they will not do")
                Layout.fillWidth: true
                Accessible.name: qsTr("Tasks they will not do")
                onTextEdited: controller.refusedTasks = text
            }

            SectionHeader {
                text: qsTr("Consent")
            }
            CheckBox {
                id: consentCheck
                objectName: "consentCheck"
                text: qsTr("They have agreed to take part, of their own free will (participation consent, today)")
                checked: controller.consentGiven
                Layout.fillWidth: true
                Accessible.name: text
                onToggled: controller.consentGiven = checked
                contentItem: Label {
                    text: consentCheck.text
                    wrapMode: Text.WordWrap
                    leftPadding: consentCheck.indicator.width + consentCheck.spacing
                    verticalAlignment: Text.AlignVCenter
                }
            }

            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
