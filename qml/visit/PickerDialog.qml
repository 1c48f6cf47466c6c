import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Visit

// Choose a participant or an employer: type a few letters, tap the name.
AppDialog {
    id: dialog

    property PickerModel model
    property bool allowNone: false
    signal picked(string itemId)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 600, 640)
    height: Math.min(parent ? parent.height - 2 * Theme.margin : 700, 720)
    modal: true
    focus: true
    padding: Theme.margin

    onOpened: {
        filter.clear();
        filter.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        TextEntry {
            id: filter
            placeholderText: qsTr("Type to find")
            inputMethodHints: Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Accessible.name: qsTr("Type to find %1").arg(dialog.title)
            onTextChanged: if (dialog.model) dialog.model.filterText = text
            Keys.onDownPressed: choices.forceActiveFocus()
        }
        Button {
            visible: dialog.allowNone
            text: qsTr("None")
            flat: true
            Layout.fillWidth: true
            Accessible.name: qsTr("No %1").arg(dialog.title)
            onClicked: {
                dialog.picked("");
                dialog.close();
            }
        }
        ListView {
            id: choices
            model: dialog.model
            clip: true
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: dialog.title
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: choice
                required property string itemId
                required property string name
                required property string detail
                required property int index
                width: choices.width // qmllint disable unqualified
                highlighted: ListView.isCurrentItem && choices.activeFocus // qmllint disable unqualified
                Accessible.name: name + (detail.length > 0 ? ", " + detail : "")
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: choice.name
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: choice.detail.length > 0
                        text: choice.detail
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Keys.onReturnPressed: clicked()
                onClicked: {
                    dialog.picked(itemId); // qmllint disable unqualified
                    dialog.close();
                }
            }
            EmptyState {
                anchors.fill: parent
                visible: choices.count === 0
                text: qsTr("No match.")
            }
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            Layout.alignment: Qt.AlignRight
            Accessible.name: qsTr("Cancel choosing")
            onClicked: dialog.close()
        }
    }
}
