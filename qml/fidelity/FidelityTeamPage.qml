import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Fieldnotes.Base
import Fieldnotes.Fidelity

// The team's fidelity result for the lead, worked out from the answers on this tablet: the total
// out of 95 and its band, how many answered, what moved since the round before, the mean per item
// as bars against the 5-mark, and the total over time as a small line chart (bands marked at 44,
// 70 and 85). Every number is also given as text for a screen reader.
AppPage {
    id: page

    signal answerForm()

    title: qsTr("Fidelity: the team")
    headerActions: [
        Button {
            objectName: "answerFidelity"
            text: qsTr("My answers")
            flat: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Answer the fidelity form yourself")
            onClicked: page.answerForm()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    FidelityTeamController {
        id: controller
    }

    EmptyState {
        objectName: "fidelityEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width, Theme.maxFormWidth)
        visible: controller.ready && !controller.hasRound
        text: qsTr("No answers to the fidelity form on this tablet yet. They arrive with the next sync once the team has sent theirs.")
    }

    ScrollView {
        id: scroll
        objectName: "fidelityTeamScroll"
        anchors.fill: parent
        visible: controller.hasRound
        contentWidth: availableWidth
        clip: true

        GridLayout {
            id: grid
            x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, 1200)
            columns: scroll.availableWidth > 1000 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Card {
                objectName: "fidelitySummary"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacing
                Accessible.role: Accessible.StaticText
                Accessible.name: [controller.roundText, controller.totalText, controller.bandText,
                                  controller.answeredText, controller.changeText].filter(t => t.length > 0).join(". ") // qmllint disable type

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        text: controller.roundText
                        color: Theme.textSecondary
                    }
                    Label {
                        objectName: "fidelityTotalText"
                        text: controller.totalText
                        font.pixelSize: Theme.titleFontSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "fidelityBandText"
                        text: controller.bandText
                        font.weight: Font.DemiBold
                        color: Theme.primary
                    }
                    Label {
                        objectName: "fidelityAnsweredText"
                        text: controller.answeredText
                    }
                    Label {
                        objectName: "fidelityChangeText"
                        visible: text.length > 0
                        text: controller.changeText
                    }
                    Label {
                        visible: controller.movedTexts.length > 0
                        text: qsTr("What moved")
                        font.weight: Font.DemiBold
                        Layout.topMargin: Theme.spacing
                    }
                    Repeater {
                        objectName: "fidelityMoved"
                        model: controller.movedTexts
                        Label {
                            required property string modelData
                            text: modelData
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }

                    Label {
                        text: qsTr("The total over time")
                        font.weight: Font.DemiBold
                        Layout.topMargin: Theme.spacing
                    }
                    Item {
                        id: chart
                        objectName: "fidelityChart"
                        readonly property var points: controller.history
                        readonly property real leftPad: 36
                        readonly property real bottomPad: 24
                        readonly property real plotWidth: width - leftPad - 12
                        readonly property real topPad: 16
                        readonly property real plotHeight: height - bottomPad - topPad
                        function xAt(i) {
                            return leftPad + (points.length < 2 ? plotWidth / 2 : i * plotWidth / (points.length - 1));
                        }
                        function yAt(total) {
                            return topPad + plotHeight * (1 - total / 95);
                        }
                        Layout.fillWidth: true
                        Layout.preferredHeight: 220
                        Accessible.role: Accessible.Chart
                        Accessible.name: controller.historyText

                        Repeater {
                            // The bands' lower edges, and the scale's 0 and 95.
                            model: [0, 44, 70, 85, 95]
                            Item {
                                required property int modelData
                                Rectangle {
                                    x: chart.leftPad // qmllint disable unqualified
                                    y: chart.yAt(parent.modelData) // qmllint disable unqualified
                                    width: chart.plotWidth // qmllint disable unqualified
                                    height: 1
                                    color: Theme.divider
                                }
                                Label {
                                    x: 0
                                    // 95 sits on its line, the others beside theirs: 85 is only ten
                                    // points below, so the two labels do not touch.
                                    y: chart.yAt(parent.modelData) - (parent.modelData === 95 ? height - 2 : height / 2) // qmllint disable unqualified
                                    text: parent.modelData
                                    font.pixelSize: Theme.smallFontSize
                                    color: Theme.textSecondary
                                    Accessible.ignored: true
                                }
                            }
                        }
                        Shape {
                            anchors.fill: parent
                            visible: chart.points.length > 1
                            ShapePath {
                                strokeColor: Theme.primary
                                strokeWidth: 3
                                fillColor: "transparent"
                                PathPolyline {
                                    path: chart.points.map((p, i) => Qt.point(chart.xAt(i), chart.yAt(p.total)))
                                }
                            }
                        }
                        Repeater {
                            model: chart.points
                            Item {
                                id: dot
                                required property var modelData
                                required property int index
                                Rectangle {
                                    x: chart.xAt(dot.index) - width / 2 // qmllint disable unqualified
                                    y: chart.yAt(dot.modelData.total) - height / 2 // qmllint disable unqualified
                                    width: 10
                                    height: 10
                                    radius: 5
                                    // An earlier team record is drawn hollow: not the members' answers.
                                    color: dot.modelData.teamRecord ? Theme.surface : Theme.primary
                                    border.color: Theme.primary
                                    border.width: 2
                                }
                                Label {
                                    // Kept inside the chart: the last month is not cut at the right edge.
                                    x: Math.max(0, Math.min(chart.width - width, chart.xAt(dot.index) - width / 2)) // qmllint disable unqualified
                                    y: chart.height - chart.bottomPad + 4 // qmllint disable unqualified
                                    visible: chart.points.length <= 6 || dot.index % 2 === chart.points.length % 2 - 1 // qmllint disable unqualified
                                             || dot.index === chart.points.length - 1
                                    text: dot.modelData.label
                                    font.pixelSize: Theme.smallFontSize
                                    color: Theme.textSecondary
                                    Accessible.ignored: true
                                }
                            }
                        }
                    }
                    Label {
                        text: qsTr("Hollow points: the team's scores recorded before the form was answered person by person.")
                        visible: controller.history.some(p => p.teamRecord) // qmllint disable type
                        color: Theme.textSecondary
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }

            Card {
                objectName: "fidelityMeans"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: grid.columns > 1 ? Theme.spacing : 0
                Layout.bottomMargin: Theme.margin

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 6
                    Label {
                        text: qsTr("Mean per item (of 5)")
                        font.weight: Font.DemiBold
                    }
                    Repeater {
                        model: controller.means
                        delegate: RowLayout {
                            id: bar
                            required property int number
                            required property string title
                            required property real mean
                            required property string meanText
                            required property string movedText
                            required property string accessibleText
                            Layout.fillWidth: true
                            spacing: 8
                            Accessible.role: Accessible.StaticText
                            Accessible.name: accessibleText

                            Label {
                                text: bar.number + ". " + bar.title
                                elide: Text.ElideRight
                                font.pixelSize: Theme.smallFontSize
                                // Wider on a wide card (portrait), where the items' titles are not cut.
                                Layout.preferredWidth: Math.max(220, bar.width * 0.45)
                                Accessible.ignored: true
                            }
                            Item {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 16
                                Rectangle {
                                    anchors.fill: parent
                                    color: Theme.background
                                    radius: 3
                                }
                                Rectangle {
                                    width: parent.width * bar.mean / 5
                                    height: parent.height
                                    radius: 3
                                    color: bar.movedText.length > 0 ? Theme.accent : Theme.primary
                                }
                                Rectangle {
                                    // The 5-mark: the top of the item.
                                    x: parent.width - 2
                                    y: -2
                                    width: 2
                                    height: parent.height + 4
                                    color: Theme.textSecondary
                                }
                            }
                            Label {
                                text: bar.meanText
                                font.pixelSize: Theme.smallFontSize
                                horizontalAlignment: Text.AlignRight
                                Layout.preferredWidth: 32
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
        }
    }
}
