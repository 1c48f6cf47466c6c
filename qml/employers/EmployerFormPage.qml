import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Employers

// Registering a new employer: the essentials, saved as a draft while typed.
AppPage {
    id: page

    property string draftId: ""
    signal saved(string employerId)

    title: qsTr("Register employer")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    EmployerFormController {
        id: controller
        draftId: page.draftId
        onSaved: function(employerId) { page.saved(employerId) }
    }
    ChoiceModel {
        id: preferences
        kind: ChoiceModel.FollowUpPreferences
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
            TextEntry {
                objectName: "employerName"
                text: controller.name
                placeholderText: qsTr("Name of the employer")
                Layout.fillWidth: true
                Accessible.name: qsTr("Name of the employer")
                onTextEdited: controller.name = text
            }
            RowLayout {
                Layout.fillWidth: true
                TextEntry {
                    text: controller.sector
                    placeholderText: qsTr("Sector")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Sector")
                    onTextEdited: controller.sector = text
                }
                TextEntry {
                    text: controller.orgNumber
                    placeholderText: qsTr("Organisation number")
                    inputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Organisation number")
                    onTextEdited: controller.orgNumber = text
                }
            }
            TextEntry {
                text: controller.address
                placeholderText: qsTr("Address")
                Layout.fillWidth: true
                Accessible.name: qsTr("Address")
                onTextEdited: controller.address = text
            }
            TextArea {
                text: controller.needs
                placeholderText: qsTr("What they need, what would it take to hire")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("What they need")
                onTextChanged: if (text !== controller.needs) controller.needs = text
            }
            Label {
                text: qsTr("Follow-up preference")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                model: preferences
                selected: controller.followUpPreference
                accessibleGroupName: qsTr("Follow-up preference")
                Layout.fillWidth: true
                onChosen: function(code) { controller.followUpPreference = code }
            }
            TextArea {
                text: controller.notes
                placeholderText: qsTr("Notes")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                Accessible.name: qsTr("Notes")
                onTextChanged: if (text !== controller.notes) controller.notes = text
            }
            Label {
                visible: controller.missingText.length > 0
                text: controller.missingText
                color: Theme.attention
            }
            Button {
                objectName: "saveEmployer"
                text: qsTr("Register")
                highlighted: true
                enabled: controller.missingText.length === 0
                Layout.alignment: Qt.AlignRight
                Accessible.name: qsTr("Register the employer")
                onClicked: controller.save()
            }
        }
    }
}
