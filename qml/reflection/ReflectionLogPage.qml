import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Reflection

// The reflection log: what the specialist learns from the work, never tied to a participant. Their
// own entries, newest first, with "New entry"; on a lead's tablet also the team's entries grouped
// by step and theme, without names (core decides who sees them).
AppPage {
    id: page

    property int initialTab: 0 // 1: the team's entries, when shown
    signal newEntry()
    signal openEntry(string entryId)
    signal openFidelity()

    function reload() {
        controller.reload();
    }

    title: qsTr("Reflection log")
    headerActions: [
        Button {
            objectName: "openFidelity"
            text: qsTr("Fidelity form")
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("The fidelity self-assessment")
            onClicked: page.openFidelity()
        },
        Button {
            objectName: "newReflection"
            text: qsTr("+ New entry")
            highlighted: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("New entry in the reflection log")
            onClicked: page.newEntry()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    ReflectionLogController {
        id: controller
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "reflectionTabs"
            visible: controller.teamShown
            currentIndex: page.initialTab
            Layout.fillWidth: true
            TabButton {
                objectName: "mineTab"
                text: qsTr("My entries")
                height: Theme.touchTarget
            }
            TabButton {
                objectName: "teamTab"
                text: qsTr("Team")
                height: Theme.touchTarget
            }
        }

        StackLayout {
            currentIndex: controller.teamShown ? tabs.currentIndex : 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "reflectionList"
                model: controller.entries
                clip: true
                spacing: 4
                topMargin: Theme.spacing
                bottomMargin: Theme.spacing
                leftMargin: Theme.margin
                rightMargin: Theme.margin
                Accessible.role: Accessible.List
                Accessible.name: qsTr("My entries")
                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: row
                    objectName: "reflectionRow"
                    required property string entryId
                    required property string dateText
                    required property string stepText
                    required property string theme
                    required property string firstLine
                    width: list.width - list.leftMargin - list.rightMargin // qmllint disable unqualified
                    padding: Theme.spacing
                    Accessible.name: row.dateText + ", " + row.stepText + (row.theme.length > 0 ? ", " + row.theme : "")
                                     + ". " + row.firstLine
                    onClicked: page.openEntry(row.entryId) // qmllint disable unqualified
                    background: Rectangle {
                        color: row.down ? Theme.divider : Theme.surface
                        radius: Theme.radius
                        border.color: row.visualFocus ? Theme.primary : "transparent"
                        border.width: 2
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: row.firstLine
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.dateText + "  \u00b7  " + row.stepText
                                  + (row.theme.length > 0 ? "  \u00b7  " + row.theme : "")
                            color: Theme.textSecondary
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
                EmptyState {
                    anchors.fill: parent
                    visible: list.count === 0 && controller.ready
                    text: qsTr("No entries yet. After a visit or a meeting that taught you something, write down the situation, what you did and what worked: it takes two minutes.")
                }
            }

            ListView {
                id: teamList
                objectName: "teamReflectionList"
                model: controller.team
                clip: true
                spacing: 4
                bottomMargin: Theme.spacing
                leftMargin: Theme.margin
                rightMargin: Theme.margin
                Accessible.role: Accessible.List
                Accessible.name: qsTr("The team's entries")
                ScrollBar.vertical: ScrollBar {}
                section.property: "groupTitle"
                section.delegate: SectionHeader {
                    required property string section
                    width: teamList.width - teamList.leftMargin - teamList.rightMargin // qmllint disable unqualified
                    text: section
                }

                delegate: Card {
                    id: teamRow
                    required property string dateText
                    required property string situation
                    required property string whatIDid
                    required property string result
                    required property string couldDoDifferently
                    required property string whatWorked
                    width: teamList.width - teamList.leftMargin - teamList.rightMargin // qmllint disable unqualified
                    Accessible.role: Accessible.ListItem
                    Accessible.name: teamRow.dateText + ". " + teamRow.situation

                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: 4
                        Label {
                            text: teamRow.dateText
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                        }
                        Label {
                            text: teamRow.situation
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        InfoRow {
                            label: qsTr("What I did")
                            value: teamRow.whatIDid
                            Layout.fillWidth: true
                        }
                        InfoRow {
                            label: qsTr("Result")
                            value: teamRow.result
                            Layout.fillWidth: true
                        }
                        InfoRow {
                            label: qsTr("What could be done differently")
                            value: teamRow.couldDoDifferently
                            Layout.fillWidth: true
                        }
                        InfoRow {
                            label: qsTr("What worked")
                            value: teamRow.whatWorked
                            Layout.fillWidth: true
                        }
                    }
                }
                EmptyState {
                    anchors.fill: parent
                    visible: teamList.count === 0 && controller.ready
                    text: qsTr("No entries from the team on this tablet yet.")
                }
            }
        }
    }
}
