import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// A participant: who they are and where they are, the co-written profile, plan and goals,
// placements, consents at a glance, and the timeline of contacts and natural support.
AppPage {
    id: page

    required property string participantId

    signal newVisit(string participantId)
    signal openEntry(string table, string entryId)
    signal openEmployer(string employerId)
    signal openShared(string participantId)

    readonly property bool wide: width >= 1000

    title: participant.displayName
    ready: participant.ready
    busy: participant.loading
    errorText: participant.errorText
    onDismissError: participant.clearError()

    headerActions: [
        Button {
            objectName: "openShared"
            text: qsTr("What is shared")
            flat: true
            Accessible.name: qsTr("What is shared about %1, to show them").arg(participant.displayName)
            onClicked: page.openShared(page.participantId)
        },
        Button {
            text: qsTr("+ New visit")
            highlighted: true
            Accessible.name: qsTr("New visit with %1").arg(participant.displayName)
            onClicked: page.newVisit(page.participantId)
        }
    ]

    ParticipantController {
        id: participant
        participantId: page.participantId
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing

            TabBar {
                id: tabs
                Layout.fillWidth: true
                TabButton {
                    text: qsTr("Overview")
                    Accessible.name: text
                }
                TabButton {
                    text: qsTr("Profile")
                    Accessible.name: text
                }
                TabButton {
                    text: qsTr("Plan")
                    Accessible.name: qsTr("Plan and goals")
                }
                TabButton {
                    text: qsTr("Work")
                    Accessible.name: qsTr("Placements")
                }
                TabButton {
                    text: qsTr("Consents")
                    Accessible.name: text
                }
                TabButton {
                    visible: !page.wide
                    width: visible ? implicitWidth : 0
                    text: qsTr("Timeline")
                    Accessible.name: text
                }
            }

            StackLayout {
                currentIndex: tabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true

                OverviewTab {
                    controller: participant
                }
                ProfileTab {
                    controller: participant
                }
                PlanTab {
                    controller: participant
                }
                PlacementsTab {
                    controller: participant
                    onOpenEmployer: function(id) { page.openEmployer(id) }
                }
                ConsentsTab {
                    model: participant.consents
                }
                TimelineList {
                    model: participant.timeline
                    onOpenEntry: function(table, id) { page.openEntry(table, id) }
                }
            }
        }

        ColumnLayout {
            visible: page.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.spacing

            SectionHeader {
                text: qsTr("Timeline")
            }
            TimelineList {
                model: participant.timeline
                Layout.fillWidth: true
                Layout.fillHeight: true
                onOpenEntry: function(table, id) { page.openEntry(table, id) }
            }
        }
    }
}
