import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Mentor

// One person, as their mentor may see them: the learning goals they agreed to share, the next
// structured talk, and the mentor's own past entries.
AppPage {
    id: page

    required property string participantId
    signal logSupport(string participantId)
    signal logTalk(string participantId)

    readonly property bool wide: width >= 1000

    title: controller.displayName
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    headerActions: [
        Button {
            objectName: "logTalk"
            text: qsTr("Log structured talk")
            flat: true
            Accessible.name: qsTr("Log a structured talk with %1").arg(controller.displayName)
            onClicked: page.logTalk(page.participantId)
        },
        Button {
            text: qsTr("+ Log support")
            highlighted: true
            Accessible.name: qsTr("Log support for %1").arg(controller.displayName)
            onClicked: page.logSupport(page.participantId)
        }
    ]

    MentorParticipantController {
        id: controller
        participantId: page.participantId
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the two columns share the width evenly, whatever their texts
            Layout.fillHeight: !page.wide ? false : true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    InfoRow {
                        label: qsTr("Workplace")
                        value: controller.employerName
                    }
                    InfoRow {
                        label: qsTr("Your task")
                        value: controller.mandate
                    }
                    InfoRow {
                        label: qsTr("Next structured talk")
                        value: controller.nextTalkText
                    }
                    Label {
                        visible: controller.talkOverdue
                        text: qsTr("The talk is overdue: hold it soon, then log it here.")
                        color: Theme.overdue
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: controller.lastTalkText
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
            SectionHeader {
                text: qsTr("Learning goals shared with you")
            }
            Repeater {
                model: controller.goals
                delegate: Label {
                    required property string goalText
                    required property bool achieved
                    text: (achieved ? "\u2713 " : "• ") + goalText
                    font.strikeout: achieved
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: controller.goals.count === 0 && controller.ready
                text: qsTr("No learning goals are shared with you.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            spacing: Theme.spacing
            SectionHeader {
                text: qsTr("Your entries")
            }
            ListView {
                id: entries
                model: controller.entries
                clip: true
                spacing: 4
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Your entries")
                ScrollBar.vertical: ScrollBar {}
                delegate: Card {
                    id: entry
                    required property string headingText
                    required property string situation
                    required property string handledWell
                    required property string needsWork
                    required property bool needsSpecialist
                    width: entries.width // qmllint disable unqualified
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        Label {
                            text: entry.headingText
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: entry.situation.length > 0
                            text: entry.situation
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: entry.handledWell.length > 0
                            text: qsTr("Handled well: %1").arg(entry.handledWell)
                            color: Theme.success
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: entry.needsWork.length > 0
                            text: qsTr("Needs work: %1").arg(entry.needsWork)
                            color: Theme.attention
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: entry.needsSpecialist
                            text: qsTr("You asked the specialist to follow up")
                            color: Theme.overdue
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                }
                EmptyState {
                    anchors.fill: parent
                    visible: entries.count === 0 && controller.ready
                    text: qsTr("You have not logged anything for this person yet.")
                }
            }
        }
    }
}
