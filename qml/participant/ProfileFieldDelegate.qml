import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// One profile field: its text (or hidden, if sensitive), who wrote it and when, and an editor.
Card {
    id: card

    required property ParticipantController controller
    required property string key
    required property string label
    required property string value
    required property bool sensitive
    required property bool multiline
    required property string writtenBy

    readonly property string revealKey: "profiles." + key
    readonly property bool isRevealed: controller.revealed[revealKey] !== undefined
    readonly property string shownValue: sensitive ? (isRevealed ? controller.revealed[revealKey] : "") : value
    property bool editing: false

    function save() {
        card.controller.saveProfileField(card.key, editor.text);
        card.editing = false;
    }

    // A half-typed edit is saved before the tablet locks.
    Connections {
        target: Session
        function onAboutToLock() {
            if (card.editing)
                card.save();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.label
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Button {
                visible: !card.editing && (!card.sensitive || card.isRevealed)
                text: qsTr("Edit")
                flat: true
                Accessible.name: qsTr("Edit %1").arg(card.label)
                onClicked: {
                    editor.text = card.shownValue;
                    card.editing = true;
                    editor.forceActiveFocus();
                }
            }
        }
        SensitiveText {
            visible: card.sensitive && !card.editing
            label: qsTr("Sensitive")
            revealed: card.isRevealed
            value: card.shownValue
            onReveal: card.controller.reveal(card.revealKey)
            onHide: card.controller.hide(card.revealKey)
        }
        Label {
            visible: !card.sensitive && !card.editing
            text: card.value.length > 0 ? card.value : qsTr("Not written yet")
            color: card.value.length > 0 ? palette.text : Theme.textSecondary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.name: card.label + ": " + text
        }
        TextArea {
            id: editor
            visible: card.editing
            wrapMode: TextEdit.Wrap
            inputMethodHints: card.multiline ? Qt.ImhNone : Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Accessible.name: card.label
        }
        RowLayout {
            visible: card.editing
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel editing %1").arg(card.label)
                onClicked: card.editing = false
            }
            Button {
                text: qsTr("Save")
                highlighted: true
                Accessible.name: qsTr("Save %1").arg(card.label)
                onClicked: card.save()
            }
        }
        Label {
            visible: card.writtenBy.length > 0
            text: card.writtenBy
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
    }
}
