import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// Recording a consent the participant gave: to take part, or that something may be told to an
// employer, a mentor or the NAV counsellor for a purpose; when and how it was given, and the
// plain-language summary the person was shown. Saving goes through the one consent rule in core.
AppPage {
    id: page

    required property string participantId
    signal saved(string consentId)

    title: qsTr("Record consent")
    headerActions: [
        Button {
            objectName: "saveConsent"
            text: qsTr("Record consent")
            highlighted: true
            // Always tappable: a tap on an incomplete form says what is missing.
            enabled: !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Record consent")
            onClicked: controller.save()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    ConsentController {
        id: controller
        participantId: page.participantId
        onSaved: function(consentId) { page.saved(consentId) }
    }
    ChoiceModel {
        id: items
        kind: ChoiceModel.DisclosureItems
    }
    ChoiceModel {
        id: recipientKinds
        kind: ChoiceModel.RecipientKinds
    }
    ChoiceModel {
        id: manners
        kind: ChoiceModel.ConsentManners
    }
    ListModel {
        id: kinds
        Component.onCompleted: {
            append({ code: "disclosure", label: qsTr("Something may be told") });
            append({ code: "participation", label: qsTr("Takes part voluntarily") });
        }
    }

    ScrollView {
        id: scroll
        objectName: "consentScroll"
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
                objectName: "consentMissing"
                visible: controller.missingText.length > 0
                text: controller.missingText
                color: Theme.attention
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Consent to")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "consentKindChips"
                model: kinds
                selected: controller.participation ? "participation" : "disclosure"
                accessibleGroupName: qsTr("Consent to")
                Layout.fillWidth: true
                onChosen: function(code) { controller.participation = code === "participation" }
            }
            Label {
                visible: !controller.participation
                text: qsTr("What may be told")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "consentItemChips"
                visible: !controller.participation
                model: items
                selected: controller.item
                accessibleGroupName: qsTr("What may be told")
                Layout.fillWidth: true
                onChosen: function(code) { controller.item = code }
            }
            Label {
                visible: !controller.participation
                text: qsTr("To whom")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "recipientKindChips"
                visible: !controller.participation
                model: recipientKinds
                selected: controller.recipientKind
                accessibleGroupName: qsTr("To whom")
                Layout.fillWidth: true
                onChosen: function(code) { controller.recipientKind = code }
            }
            ComboBox {
                id: recipientBox
                objectName: "recipientChoice"
                visible: !controller.participation && (controller.recipientKind === "employer"
                                                       || controller.recipientKind === "mentor")
                model: controller.recipients
                textRole: "name"
                valueRole: "recipientId"
                displayText: currentIndex >= 0 ? currentText
                                               : controller.recipientKind === "mentor" ? qsTr("Choose the mentor")
                                                                                       : qsTr("Choose the employer")
                currentIndex: indexOfValue(controller.recipientId)
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: controller.recipientKind === "mentor" ? qsTr("Mentor") : qsTr("Employer")
                onActivated: controller.recipientId = currentValue
            }
            TextEntry {
                objectName: "consentRecipientName"
                visible: !controller.participation && controller.recipientKind === "nav_counsellor"
                text: controller.recipientName
                placeholderText: qsTr("The NAV counsellor's name (optional)")
                Layout.fillWidth: true
                Accessible.name: qsTr("NAV counsellor's name")
                onTextEdited: controller.recipientName = text
            }
            TextEntry {
                objectName: "consentPurpose"
                visible: !controller.participation
                text: controller.purpose
                placeholderText: qsTr("What it is for, e.g. adapting the tasks")
                Layout.fillWidth: true
                Accessible.name: qsTr("Purpose")
                onTextEdited: controller.purpose = text
            }
            DateField {
                label: qsTr("Given on")
                text: controller.grantedText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: controller.grantedOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { controller.grantedOn = day }
            }
            Label {
                text: qsTr("How it was given")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "consentHowChips"
                model: manners
                selected: controller.how
                accessibleGroupName: qsTr("How it was given")
                Layout.fillWidth: true
                onChosen: function(code) { controller.how = code }
            }
            TextArea {
                objectName: "consentSummarySimple"
                text: controller.summarySimple
                placeholderText: qsTr("What the person was shown, in plain language")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Plain-language summary")
                onTextChanged: if (text !== controller.summarySimple) controller.summarySimple = text
            }
            Label {
                text: qsTr("Read the summary together. The participant can revoke the consent at any time; it then takes effect at once.")
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
