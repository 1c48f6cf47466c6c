import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Documents

// Making an encrypted export: what goes in it, in which language, how it is protected (the office's
// key when the tablet has it, else a passphrase), and, once made, where the file is and how the
// office opens it. A passphrase made up here is shown once.
AppPage {
    id: page

    required property string participantId
    required property string kind
    property string language: ""
    signal done()

    title: controller.titleText
    ready: controller.ready
    busy: controller.loading || controller.working
    errorText: controller.errorText
    onDismissError: controller.clearError()

    ExportController {
        id: controller
        kind: page.kind
        participantId: page.participantId
        Component.onCompleted: if (page.language.length > 0) language = page.language
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
            Label {
                text: controller.contentText
                font.pixelSize: Theme.headingFontSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            ColumnLayout {
                visible: !controller.done
                spacing: Theme.spacing
                Layout.fillWidth: true

                SectionHeader {
                    text: qsTr("Language")
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: controller.kind === "individual_report"
                               ? [{ code: "nb", name: "Norsk" }, { code: "en", name: "English" }]
                               : [{ code: "nb-plain", name: "Enkel norsk" }, { code: "nb", name: "Norsk" }, { code: "en", name: "English" }]
                        delegate: Button {
                            required property var modelData
                            readonly property bool isOn: controller.language === modelData.code // qmllint disable unqualified
                            text: (isOn ? "\u2713 " : "") + modelData.name
                            highlighted: isOn
                            flat: !isOn
                            Accessible.role: Accessible.RadioButton
                            Accessible.checked: isOn
                            Accessible.name: modelData.name
                            onClicked: controller.language = modelData.code // qmllint disable unqualified
                        }
                    }
                }

                SectionHeader {
                    text: qsTr("Protection")
                    Layout.fillWidth: true
                }
                RadioButton {
                    objectName: "protectOffice"
                    visible: controller.officeKey
                    checked: controller.protection === "office"
                    text: qsTr("Sealed to the office's key (best: only the office can open it)")
                    Layout.fillWidth: true
                    onClicked: controller.protection = "office"
                }
                Label {
                    visible: !controller.officeKey
                    text: qsTr("This tablet has no office key yet (it comes with pairing), so the file is protected with a passphrase.")
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RadioButton {
                    objectName: "protectGenerated"
                    checked: controller.protection === "generated"
                    text: qsTr("Make up a passphrase for me (shown once)")
                    Layout.fillWidth: true
                    onClicked: controller.protection = "generated"
                }
                RadioButton {
                    objectName: "protectOwn"
                    checked: controller.protection === "own"
                    text: qsTr("I choose the passphrase")
                    Layout.fillWidth: true
                    onClicked: controller.protection = "own"
                }
                TextField {
                    objectName: "passphrase"
                    visible: controller.protection === "own"
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase (at least 12 characters)")
                    text: controller.passphrase
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Export passphrase")
                    onTextChanged: if (text !== controller.passphrase) controller.passphrase = text
                }
                TextField {
                    objectName: "passphraseRepeat"
                    visible: controller.protection === "own"
                    echoMode: TextInput.Password
                    placeholderText: qsTr("The same passphrase again")
                    text: controller.passphraseRepeat
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Export passphrase again")
                    onTextChanged: if (text !== controller.passphraseRepeat) controller.passphraseRepeat = text
                }
                Label {
                    visible: controller.missingText.length > 0
                    text: controller.missingText
                    color: Theme.attention
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "makeExport"
                    text: controller.working ? qsTr("Making the file…") : qsTr("Make the encrypted file")
                    highlighted: true
                    enabled: controller.ready && !controller.working && controller.missingText.length === 0
                    font.pixelSize: Theme.headingFontSize
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Make the encrypted file")
                    onClicked: controller.make()
                }
            }

            Card {
                objectName: "exportDone"
                visible: controller.done
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("The encrypted file is saved.")
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                        color: Theme.success
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    InfoRow {
                        objectName: "exportFile"
                        label: qsTr("File")
                        value: controller.fileName
                    }
                    InfoRow {
                        label: qsTr("Folder")
                        value: controller.folder
                    }
                    ColumnLayout {
                        visible: controller.generatedPassphrase.length > 0
                        spacing: 4
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("The passphrase. Write it down now: it is shown only this once.")
                            font.weight: Font.DemiBold
                            color: Theme.attention
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "generatedPassphrase"
                            text: controller.generatedPassphrase
                            font.family: "monospace"
                            font.pixelSize: Theme.titleFontSize + 4
                            font.weight: Font.DemiBold
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        objectName: "howToOpen"
                        text: controller.howToOpenText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "exportFinished"
                        text: qsTr("Done")
                        highlighted: true
                        Layout.alignment: Qt.AlignRight
                        onClicked: page.done()
                    }
                }
            }
        }
    }
}
