import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Mentor

// A mentor's home: the people assigned to them, each with what the mentor is there to do (the
// mandate), the learning goals the person agreed to share, and when the next structured talk is
// due; logging support or a talk is one tap away.
AppPage {
    id: page

    signal openParticipant(string participantId)
    signal logSupport(string participantId)
    signal logTalk(string participantId)
    signal resumeDraft(string kind, string draftId)

    title: qsTr("My people at work")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    StackView.onActivated: controller.reload()

    MentorHomeController {
        id: controller
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("You see only the people assigned to you, and only what they have agreed to share.")
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            visible: controller.drafts.count > 0
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: controller.drafts
                delegate: Button {
                    required property string draftId
                    required property string kind
                    required property string title
                    required property string updatedText
                    text: qsTr("Continue: %1").arg(title)
                    Accessible.name: text
                    onClicked: page.resumeDraft(kind, draftId) // qmllint disable unqualified
                }
            }
        }
        ListView {
            id: list
            objectName: "mentorCases"
            model: controller.cases
            clip: true
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People assigned to you")

            delegate: ItemDelegate {
                id: row
                required property string participantId
                required property string displayName
                required property string employerName
                required property string nextTalkText
                required property string lastTalkText
                required property string lastEntryText
                required property string mandate
                required property var goals
                required property bool talkOverdue
                width: list.width // qmllint disable unqualified
                padding: Theme.margin
                Accessible.name: displayName + ". " + nextTalkText
                onClicked: page.openParticipant(participantId) // qmllint disable unqualified
                background: Rectangle {
                    color: row.down ? Theme.divider : Theme.surface
                    radius: Theme.radius
                    border.color: row.visualFocus ? Theme.primary : "transparent"
                    border.width: 2
                }
                contentItem: ColumnLayout {
                    spacing: Theme.spacing
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                text: row.displayName
                                font.pixelSize: Theme.titleFontSize
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.employerName
                                color: Theme.textSecondary
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "logSupport"
                            text: qsTr("+ Log support")
                            highlighted: true
                            font.pixelSize: Theme.headingFontSize
                            Accessible.name: qsTr("Log support for %1").arg(row.displayName)
                            onClicked: page.logSupport(row.participantId) // qmllint disable unqualified
                        }
                    }
                    Label {
                        visible: row.mandate.length > 0
                        text: qsTr("Your task: %1").arg(row.mandate)
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.goals.length > 0 ? qsTr("Learning goals shared with you") : qsTr("No learning goals are shared with you.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: row.goals
                        delegate: Label {
                            required property string modelData
                            text: "• " + modelData
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                objectName: "nextTalk"
                                text: row.nextTalkText
                                color: row.talkOverdue ? Theme.overdue : Theme.primary
                                font.weight: row.talkOverdue ? Font.DemiBold : Font.Normal
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.lastTalkText + " · " + row.lastEntryText
                                color: Theme.textSecondary
                                font.pixelSize: Theme.smallFontSize
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        Button {
                            objectName: "logTalk"
                            text: qsTr("Log structured talk")
                            Accessible.name: qsTr("Log a structured talk with %1").arg(row.displayName)
                            onClicked: page.logTalk(row.participantId) // qmllint disable unqualified
                        }
                    }
                }
            }
            EmptyState {
                anchors.fill: parent
                visible: list.count === 0 && controller.ready
                text: qsTr("Nobody is assigned to you right now. The job specialist assigns people at the office.")
            }
        }
    }
}
