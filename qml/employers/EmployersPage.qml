import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Employers

// The employers the specialist works with; a new one is registered in a few fields.
AppPage {
    id: page

    signal openEmployer(string employerId)
    signal registerEmployer()

    title: qsTr("Employers")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    headerActions: [
        Button {
            text: qsTr("+ Register employer")
            highlighted: true
            Accessible.name: qsTr("Register a new employer")
            onClicked: page.registerEmployer()
        }
    ]

    EmployersController {
        id: controller
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        TextEntry {
            placeholderText: qsTr("Find an employer or sector")
            inputMethodHints: Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Accessible.name: qsTr("Find an employer or sector")
            onTextChanged: controller.employers.filterText = text
        }
        ListView {
            id: list
            objectName: "employerList"
            model: controller.employers
            clip: true
            spacing: 4
            reuseItems: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Employers")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property string employerId
                required property string name
                required property string sector
                required property string lastContactText
                required property string summaryText
                required property bool risk
                required property string riskText
                width: list.width // qmllint disable unqualified
                padding: Theme.spacing
                Accessible.name: row.name + ", " + row.sector + ". " + row.lastContactText
                onClicked: page.openEmployer(row.employerId) // qmllint disable unqualified
                background: Rectangle {
                    color: row.down ? Theme.divider : Theme.surface
                    radius: Theme.radius
                    border.color: row.visualFocus ? Theme.primary : "transparent"
                    border.width: 2
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: row.name
                            font.weight: Font.DemiBold
                            font.pixelSize: Theme.headingFontSize
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: row.risk
                            text: row.riskText
                            color: Theme.overdue
                            font.weight: Font.DemiBold
                        }
                    }
                    Label {
                        text: row.summaryText
                        color: Theme.textSecondary
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.lastContactText
                        color: Theme.textSecondary
                        Layout.fillWidth: true
                    }
                }
            }
            EmptyState {
                anchors.fill: parent
                visible: list.count === 0 && controller.ready
                text: qsTr("No employers here yet.")
            }
        }
    }
}
