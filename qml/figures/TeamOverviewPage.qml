import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Figures

// The team overview on a lead's tablet (core/teamoverview.h): the team's caseload by status and
// step, placements started and ended in the last 4 weeks, follow-up slipping, and the people
// waiting for a specialist, each one tap from the hand-over. Counts and shares for the whole team,
// never per specialist. Everyone else on the team is one tap away (openTeamList).
AppPage {
    id: page

    signal handOver(string participantId)
    signal openTeamList()

    function reload() {
        controller.reload();
    }
    function percent(share) {
        return Math.round(share * 100) + " %";
    }

    title: qsTr("Team")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    headerActions: ToolButton {
        objectName: "teamListButton"
        text: qsTr("Everyone")
        Accessible.name: qsTr("Everyone on the team, to hand over")
        ToolTip.visible: hovered
        ToolTip.text: Accessible.name
        onClicked: page.openTeamList()
    }

    TeamOverviewController {
        id: controller
    }

    Flickable {
        id: flick
        objectName: "teamOverviewScroll"
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 2
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.spacing

            GridLayout {
                id: tiles
                // Four in a row in landscape, two by two in portrait.
                columns: column.width >= 900 ? 4 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                OverviewTile {
                    objectName: "caseloadTile"
                    value: controller.caseload
                    label: qsTr("On the team's caseload")
                    detail: qsTr("Referred and not discharged")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                }
                OverviewTile {
                    objectName: "waitingTile"
                    value: controller.waiting.length
                    label: qsTr("Waiting for a specialist")
                    detail: qsTr("No one follows them yet")
                    valueColor: controller.waiting.length > 0 ? Theme.attention : Theme.primary
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                }
                OverviewTile {
                    objectName: "placementsTile"
                    value: controller.placementsStarted + " / " + controller.placementsEnded
                    label: qsTr("Placements started / ended")
                    detail: qsTr("Last 4 weeks, %1").arg(controller.recentText)
                    Accessible.name: qsTr("Placements in the last 4 weeks: %1 started, %2 ended")
                        .arg(controller.placementsStarted).arg(controller.placementsEnded)
                        + (controller.startedDetail.length > 0
                           ? ". " + qsTr("Started: %1").arg(controller.startedDetail) : "")
                        + (controller.endedDetail.length > 0
                           ? ". " + qsTr("Ended: %1").arg(controller.endedDetail) : "")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                }
                OverviewTile {
                    objectName: "slippingTile"
                    value: controller.slippingShare < 0 ? "–" : page.percent(controller.slippingShare)
                    label: qsTr("Follow-up slipping")
                    detail: controller.slippingShare < 0
                            ? qsTr("No one is in follow-up after a job start")
                            : qsTr("%1 of %2 in follow-up missed a meeting in the last 4 weeks; %3 of %4 meetings due were kept")
                              .arg(controller.slipping).arg(controller.inFollowUp)
                              .arg(controller.slotsKept).arg(controller.slotsDue)
                    valueColor: controller.slipping > 0 ? Theme.overdue : Theme.primary
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                }
            }

            GridLayout {
                columns: column.width >= 900 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                CountBars {
                    objectName: "statusBars"
                    heading: qsTr("By status")
                    rows: controller.byStatus
                    total: controller.caseload
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // both halves alike, whatever their labels
                    Layout.alignment: Qt.AlignTop
                }
                CountBars {
                    objectName: "stepBars"
                    heading: qsTr("By step (a person may be in more than one)")
                    rows: controller.bySteps
                    total: controller.caseload
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // both halves alike, whatever their labels
                    Layout.alignment: Qt.AlignTop
                }
            }

            SectionHeader {
                text: qsTr("Waiting for a specialist")
                Layout.fillWidth: true
            }
            Label {
                visible: controller.ready && controller.waiting.length === 0
                text: qsTr("Everyone on the team's caseload has a specialist.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Card {
                visible: controller.waiting.length > 0
                padding: 0
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 0
                    Repeater {
                        model: controller.waiting
                        delegate: ItemDelegate {
                            id: person
                            required property var modelData
                            objectName: "waiting_" + person.modelData.participantId
                            Layout.fillWidth: true
                            padding: Theme.margin
                            Accessible.name: qsTr("%1, %2. Hand over").arg(person.modelData.name)
                                .arg(person.modelData.waitingText)
                            onClicked: page.handOver(person.modelData.participantId) // qmllint disable unqualified
                            contentItem: RowLayout {
                                spacing: Theme.spacing
                                ColumnLayout {
                                    spacing: 2
                                    Layout.fillWidth: true
                                    Label {
                                        text: person.modelData.name
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: person.modelData.waitingText
                                        color: person.modelData.daysWaiting >= 14 ? Theme.attention
                                                                                  : Theme.textSecondary
                                        font.pixelSize: Theme.smallFontSize
                                        wrapMode: Text.WordWrap
                                        Layout.fillWidth: true
                                    }
                                }
                                Label {
                                    text: qsTr("Hand over") + " \u203a"
                                    color: Theme.primary
                                    font.weight: Font.DemiBold
                                }
                            }
                        }
                    }
                }
            }

            Button {
                objectName: "everyoneButton"
                text: qsTr("Hand over someone else on the team")
                flat: true
                Layout.fillWidth: true
                onClicked: page.openTeamList()
            }
            Label {
                text: qsTr("Counts and shares for the whole team; no figure here is per specialist.")
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
