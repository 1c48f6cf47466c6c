import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Unlock

// First start: the user chooses the passphrase that will protect everything on this tablet.
// Pairing with the office comes right after, once the store exists.
AppPage {
    id: page

    title: qsTr("Welcome to fieldnotes")
    busy: controller.busy
    ready: true

    UnlockController {
        id: controller
        candidate: passphrase.text
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (parent.width - width) / 2)
            y: Theme.margin
            width: Math.min(page.width - 2 * Theme.margin, 620)
            spacing: Theme.spacing

            Label {
                text: qsTr("Everything you note is stored encrypted on this tablet. Choose a passphrase to protect it: you type it each time you open fieldnotes.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextEntry {
                id: passphrase
                objectName: "newPassphraseField"
                echoMode: TextInput.Password
                placeholderText: qsTr("New passphrase")
                enabled: !controller.busy
                focus: true
                Layout.fillWidth: true
                Accessible.name: qsTr("New passphrase")
            }
            ProgressBar {
                from: 0
                to: 4
                value: controller.strength
                Layout.fillWidth: true
                Accessible.name: qsTr("Passphrase strength: %1").arg(controller.strengthText)
            }
            Label {
                text: qsTr("Strength: %1. %2").arg(controller.strengthText).arg(controller.strengthAdvice)
                color: controller.candidateAcceptable ? Theme.success : Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextEntry {
                id: confirmation
                objectName: "confirmPassphraseField"
                echoMode: TextInput.Password
                placeholderText: qsTr("The same passphrase again")
                enabled: !controller.busy
                Layout.fillWidth: true
                Accessible.name: qsTr("Repeat the passphrase")
                onAccepted: createButton.clicked()
            }
            Label {
                visible: controller.errorText.length > 0
                text: controller.errorText
                color: Theme.overdue
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                id: createButton
                objectName: "createButton"
                text: controller.busy ? qsTr("Setting up…") : qsTr("Protect this tablet")
                highlighted: true
                enabled: !controller.busy && controller.candidateAcceptable && confirmation.text.length > 0
                Layout.fillWidth: true
                Accessible.name: qsTr("Protect this tablet with the passphrase")
                onClicked: controller.createStore(passphrase.text, confirmation.text)
            }
            Label {
                text: qsTr("Next, pair the tablet with the office using the pairing file you were given.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
