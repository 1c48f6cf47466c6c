import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Sync

// Sync with the office: what waits to be sent, the last sync, the sync button with progress,
// and the conflicts inbox (both values side by side, resolved with one tap).
AppPage {
    id: page

    signal openPairing()

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
                    visible: controller.working
                    indeterminate: controller.progress < 0
                    value: Math.max(0, controller.progress)
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Sync progress")
                }
                Label {
                    visible: controller.statusText.length > 0
                    text: controller.statusText
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }

        SectionHeader {
            text: controller.conflictCount > 0 ? qsTr("Conflicts to decide (%1)").arg(controller.conflictCount)
                                               : qsTr("Conflicts")
        }
        ListView {
            id: conflicts
            objectName: "conflictList"
            model: controller.conflicts
            clip: true
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
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
    }
}
