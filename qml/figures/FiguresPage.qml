import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Figures

// A specialist's own week or month, computed from what they logged, with nothing to type; with
// `team` the team's averages and shares on a lead's tablet, never a ranking of persons. Each
// figure is a card (FigureCard.qml): the value, a bar with the method's target marked, the last 8
// weeks as a small line, and every number in words for a screen reader.
AppPage {
    id: page

    property alias team: controller.team
    property alias month: controller.month

    function reload() {
        controller.reload();
    }
    function previous() {
        controller.previous();
    }

    title: page.team ? qsTr("Team figures") : qsTr("My figures")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    FiguresController {
        id: controller
    }

    Flickable {
        id: flick
        objectName: "figuresScroll"
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

            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true

                Row {
                    spacing: 4
                    Accessible.role: Accessible.Grouping
                    Accessible.name: qsTr("Period")
                    Button {
                        objectName: "weekButton"
                        text: (!page.month ? "\u2713 " : "") + qsTr("Week")
                        highlighted: !page.month
                        flat: page.month
                        Material.background: !page.month ? Theme.primary : "#e8eeed"
                        height: Theme.touchTarget
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: !page.month
                        Accessible.name: qsTr("Week")
                        onClicked: page.month = false
                    }
                    Button {
                        objectName: "monthButton"
                        text: (page.month ? "\u2713 " : "") + qsTr("Month")
                        highlighted: page.month
                        flat: !page.month
                        Material.background: page.month ? Theme.primary : "#e8eeed"
                        height: Theme.touchTarget
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: page.month
                        Accessible.name: qsTr("Month")
                        onClicked: page.month = true
                    }
                }

                Row {
                    spacing: 4
                    ToolButton {
                        objectName: "previousPeriod"
                        text: "\u2039"
                        font.pixelSize: Theme.titleFontSize
                        width: Theme.touchTarget
                        height: Theme.touchTarget
                        Accessible.name: page.month ? qsTr("Previous month") : qsTr("Previous week")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: controller.previous()
                    }
                    Label {
                        objectName: "periodText"
                        text: controller.periodText
                        font.pixelSize: Theme.headingFontSize
                        font.weight: Font.DemiBold
                        height: Theme.touchTarget
                        verticalAlignment: Text.AlignVCenter
                        Accessible.role: Accessible.Heading
                        Accessible.name: controller.periodText
                    }
                    ToolButton {
                        objectName: "nextPeriod"
                        text: "\u203a"
                        font.pixelSize: Theme.titleFontSize
                        enabled: controller.canGoNext
                        width: Theme.touchTarget
                        height: Theme.touchTarget
                        Accessible.name: page.month ? qsTr("Next month") : qsTr("Next week")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: controller.next()
                    }
                    Button {
                        objectName: "currentPeriod"
                        visible: !controller.current
                        flat: true
                        text: page.month ? qsTr("This month") : qsTr("This week")
                        height: Theme.touchTarget
                        onClicked: controller.showCurrent()
                    }
                }
            }

            Label {
                objectName: "figuresNote"
                text: (page.team
                       ? qsTr("Averages and shares for the team's %n specialist(s), from what they logged. Never per person.", "", controller.specialists)
                       : qsTr("From what you logged, with nothing to type. Travel is not logged, so the time out of the office was a little more than shown."))
                      + (controller.current ? " " + (page.month ? qsTr("This month is not over yet.") : qsTr("This week is not over yet.")) : "")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            GridLayout {
                id: grid
                objectName: "figureCards"
                columns: page.width >= 1000 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                Repeater {
                    id: cards
                    objectName: "figureRepeater"
                    model: controller.figures
                    delegate: FigureCard {
                        // The model's roles fill the card's properties of the same names.
                        required key
                        required title
                        required valueText
                        required detailText
                        required targetText
                        required hintText
                        required accessibleText
                        required hasValue
                        required hasBar
                        required value
                        required scaleMax
                        required marks
                        required series
                        required seriesText
                        objectName: "figure_" + key
                        seriesLabel: controller.seriesText // qmllint disable unqualified
                        // Columns of equal width, whatever each card's text would ask for.
                        Layout.preferredWidth: (grid.width - grid.columnSpacing * (grid.columns - 1)) / grid.columns // qmllint disable unqualified
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                    }
                }
            }
        }
    }
}
