import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A workplace: practicalities, and the tasks there (the pieces a job can be carved from).
Card {
    id: card

    required property string workplaceId
    required property string name
    required property string address
    required property string practicalities
    required property var tasks

    signal addTask(string workplaceId, string title)

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        Label {
            text: card.name
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.address.length > 0
            text: card.address
            color: Theme.textSecondary
        }
        Label {
            visible: card.practicalities.length > 0
            text: card.practicalities
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: card.tasks
                delegate: Label {
                    required property string modelData
                    text: modelData
                    padding: 6
                    background: Rectangle {
                        color: "#e8eeed"
                        radius: Theme.radius
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextEntry {
                id: task
                placeholderText: qsTr("A task at this workplace")
                Layout.fillWidth: true
                Accessible.name: qsTr("New task at %1").arg(card.name)
                onAccepted: addButton.clicked()
            }
            Button {
                id: addButton
                text: qsTr("Add task")
                Accessible.name: qsTr("Add the task to %1").arg(card.name)
                onClicked: {
                    card.addTask(card.workplaceId, task.text);
                    task.clear();
                }
            }
        }
    }
}
