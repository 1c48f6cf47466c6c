import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Unlock

// The lock screen: nothing from the case store is on screen until the passphrase opens it.
AppPage {
    id: page

    title: qsTr("fieldnotes is locked")
    busy: controller.busy
    ready: true

    UnlockController {
        id: controller
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        spacing: Theme.spacing

        Label {
            text: qsTr("Type your passphrase to open your notes.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.headingFontSize
            Layout.fillWidth: true
        }
        TextEntry {
            id: passphrase
            objectName: "passphraseField"
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            enabled: !controller.busy && !controller.keyDestroyed
            focus: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Passphrase")
            onAccepted: unlockButton.clicked()
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
        Label {
            visible: controller.retrySeconds > 0
            text: controller.waitText
            color: Theme.overdue
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: controller.attemptsLeft > 0 && controller.attemptsLeft <= 5
            text: qsTr("%n more wrong passphrase(s) and the data on this tablet is wiped for good.", "", controller.attemptsLeft)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            id: unlockButton
            objectName: "unlockButton"
            text: controller.busy ? qsTr("Unlocking…") : qsTr("Unlock")
            highlighted: true
            enabled: !controller.busy && controller.retrySeconds === 0 && !controller.keyDestroyed
            Layout.fillWidth: true
            Accessible.name: qsTr("Unlock")
            onClicked: {
                controller.unlock(passphrase.text);
                passphrase.clear();
            }
        }
        BusyIndicator {
            running: controller.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
            Accessible.name: qsTr("Unlocking")
        }
    }
}
