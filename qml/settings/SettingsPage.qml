import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Settings

// Settings: when the tablet locks itself, the language, the passphrase, and about.
AppPage {
    id: page

    title: qsTr("Settings")
    ready: controller.ready
    busy: controller.loading || controller.changing
    errorText: controller.errorText
    onDismissError: controller.clearError()

    SettingsController {
        id: controller
        candidate: newPassphrase.text
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

            SectionHeader {
                text: qsTr("Locking")
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("The tablet locks when it goes to the background or the app switcher, and after a while without use. Nothing you typed is lost.")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ComboBox {
                        objectName: "lockTimeout"
                        model: controller.lockTimeoutLabels
                        currentIndex: Preferences.lockTimeoutIndex
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Lock after")
                        onActivated: function(index) { Preferences.lockTimeoutIndex = index }
                    }
                    Button {
                        text: qsTr("Lock now")
                        Accessible.name: qsTr("Lock the tablet now")
                        onClicked: Session.lock()
                    }
                }
            }

            SectionHeader {
                text: qsTr("Language")
            }
            Card {
                Layout.fillWidth: true
                Flow {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 8
                    Repeater {
                        model: Preferences.languages()
                        delegate: Button {
                            required property string modelData
                            readonly property bool isOn: Preferences.language === modelData
                            text: (isOn ? "\u2713 " : "") + Preferences.languageName(modelData)
                            highlighted: isOn
                            flat: !isOn
                            Accessible.role: Accessible.RadioButton
                            Accessible.checked: isOn
                            Accessible.name: Preferences.languageName(modelData)
                            onClicked: Preferences.language = modelData
                        }
                    }
                }
            }

            SectionHeader {
                text: qsTr("Passphrase")
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    TextEntry {
                        id: currentPassphrase
                        echoMode: TextInput.Password
                        placeholderText: qsTr("Current passphrase")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Current passphrase")
                    }
                    TextEntry {
                        id: newPassphrase
                        echoMode: TextInput.Password
                        placeholderText: qsTr("New passphrase")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("New passphrase")
                    }
                    Label {
                        visible: newPassphrase.text.length > 0
                        text: controller.strengthText
                        color: controller.candidateAcceptable ? Theme.success : Theme.attention
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TextEntry {
                        id: confirmPassphrase
                        echoMode: TextInput.Password
                        placeholderText: qsTr("The new passphrase again")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Repeat the new passphrase")
                    }
                    CheckBox {
                        id: rekey
                        objectName: "rekeyBox"
                        text: qsTr("Also re-encrypt the case file under a new key")
                        Accessible.name: qsTr("Also re-encrypt the case file under a new key")
                    }
                    Label {
                        visible: rekey.checked
                        text: qsTr("Then no copy of the old key file can open it, with any passphrase. Takes about a minute; leave the new passphrase empty to keep the current one.")
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.smallFontSize
                        Layout.fillWidth: true
                    }
                    ProgressBar {
                        objectName: "rekeyProgress"
                        visible: controller.rekeyProgress >= 0
                        value: Math.max(0, controller.rekeyProgress)
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Re-encrypting")
                    }
                    Label {
                        visible: controller.messageText.length > 0
                        text: controller.messageText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "changePassphraseButton"
                        text: controller.changing ? qsTr("Changing…") : (rekey.checked ? qsTr("Re-encrypt") : qsTr("Change passphrase"))
                        enabled: !controller.changing
                        Accessible.name: rekey.checked ? qsTr("Re-encrypt the case file") : qsTr("Change the passphrase")
                        onClicked: {
                            controller.changePassphrase(currentPassphrase.text, newPassphrase.text, confirmPassphrase.text, rekey.checked);
                            currentPassphrase.clear();
                            newPassphrase.clear();
                            confirmPassphrase.clear();
                        }
                    }
                }
            }

            SectionHeader {
                text: qsTr("About")
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        text: controller.versionText
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: controller.aboutText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
