import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Sync

// Sync with the office: the last sync, the sync button with the progress of a sync in progress
// (also after leaving the screen and coming back), and three lists: conflicts to decide (both
// values side by side), what waits to be sent, and what the office refused with what to do.
AppPage {
    id: page

    signal openPairing()
    // The list shown first: 0 conflicts, 1 what waits to be sent, 2 what the office refused.
    property int initialTab: 0

    readonly property bool wide: width >= 1000

    title: qsTr("Sync and conflicts")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    SyncController {
        id: controller
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Card {
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.margin
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            objectName: "lastSync"
                            text: controller.lastSyncText
                            font.pixelSize: Theme.headingFontSize
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "pending"
                            text: controller.pendingText
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        visible: !controller.paired
                        text: qsTr("Pair with the office")
                        enabled: controller.available && !controller.working
                        Accessible.name: qsTr("Pair this tablet with the office")
                        onClicked: page.openPairing()
                    }
                    Button {
                        objectName: "syncButton"
                        text: controller.working ? qsTr("Syncing…") : qsTr("Sync now")
                        highlighted: true
                        enabled: controller.available && controller.paired && !controller.working
                        font.pixelSize: Theme.headingFontSize
                        Accessible.name: qsTr("Sync now")
                        onClicked: controller.sync()
                    }
                }
                ProgressBar {
                    objectName: "syncProgress"
                    visible: controller.working
                    indeterminate: controller.progress < 0
                    value: Math.max(0, controller.progress)
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Sync progress")
                }
                Label {
                    objectName: "syncStatus"
                    visible: controller.statusText.length > 0
                    text: controller.statusText
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: controller.working
                    text: qsTr("You can keep working while it syncs: what you save now goes with the next sync.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        TabBar {
            id: tabs
            currentIndex: page.initialTab
            Layout.fillWidth: true
            TabButton {
                objectName: "conflictsTab"
                text: qsTr("Conflicts (%1)").arg(controller.conflictCount)
                Accessible.name: qsTr("Conflicts to decide: %1").arg(controller.conflictCount)
            }
            TabButton {
                objectName: "waitingTab"
                text: qsTr("To send (%1)").arg(controller.waitingCount)
                Accessible.name: qsTr("Waiting to be sent: %1").arg(controller.waitingCount)
            }
            TabButton {
                objectName: "refusedTab"
                text: qsTr("Refused (%1)").arg(controller.refused.count)
                Accessible.name: qsTr("Refused by the office: %1").arg(controller.refused.count)
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: conflicts
                objectName: "conflictList"
                model: controller.conflicts
                clip: true
                spacing: Theme.spacing
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Conflicts to decide")
                ScrollBar.vertical: ScrollBar {}

                delegate: ConflictCard {
                    width: conflicts.width // qmllint disable unqualified
                    wide: page.wide // qmllint disable unqualified
                    onResolve: function(conflictId, choice) { controller.resolve(conflictId, choice) }
                }
                EmptyState {
                    anchors.fill: parent
                    visible: conflicts.count === 0 && controller.ready
                    text: qsTr("No conflicts. When two people change the same thing, both versions show up here for you to choose.")
                }
            }

            ListView {
                id: waiting
                objectName: "waitingList"
                model: controller.waiting
                clip: true
                spacing: 4
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Waiting to be sent")
                ScrollBar.vertical: ScrollBar {}

                delegate: Card {
                    id: row
                    required property string what
                    required property string subject
                    required property string changeText
                    required property string whenText
                    width: waiting.width // qmllint disable unqualified
                    Accessible.name: what + ". " + subject + ". " + changeText + ". " + whenText
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.margin
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                text: row.subject.length > 0 ? row.what + " · " + row.subject : row.what
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.changeText
                                color: Theme.textSecondary
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: row.whenText
                            color: Theme.textSecondary
                            font.pixelSize: Theme.smallFontSize
                        }
                    }
                }
                footer: Label {
                    width: waiting.width // qmllint disable unqualified
                    text: controller.waitingMoreText // qmllint disable unqualified
                    color: Theme.textSecondary
                    topPadding: Theme.spacing
                    wrapMode: Text.WordWrap
                }
                EmptyState {
                    anchors.fill: parent
                    visible: waiting.count === 0 && controller.ready
                    text: qsTr("Nothing waits to be sent. What you save on this tablet goes to the office with the next sync.")
                }
            }

            ListView {
                id: refused
                objectName: "refusedList"
                model: controller.refused
                clip: true
                spacing: Theme.spacing
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Refused by the office")
                ScrollBar.vertical: ScrollBar {}

                header: Item {
                    width: refused.width // qmllint disable unqualified
                    implicitHeight: refused.count > 0 ? note.implicitHeight : 0 // qmllint disable unqualified
                    Label {
                        id: note
                        visible: parent.implicitHeight > 0
                        width: parent.width
                        text: qsTr("The office did not take these changes. Nothing you wrote is lost: it stays here until you remove it.")
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        bottomPadding: Theme.spacing
                    }
                }
                delegate: RefusedCard {
                    width: refused.width // qmllint disable unqualified
                    onDismiss: function(id) { controller.dismissRefused(id) }
                }
                EmptyState {
                    anchors.fill: parent
                    visible: refused.count === 0 && controller.ready
                    text: qsTr("The office has refused nothing from this tablet.")
                }
            }
        }
    }
}
