import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One figure: its title and value, a bar with the targets marked, what the value is made of, what
// the method aims for, and the last weeks as a small line. Calm by design: the figure describes
// the work, in the page's own colours; a gap in what was logged comes as a hint, never as a fault.
Card {
    id: card

    property string key
    property string title
    property string valueText
    property string detailText
    property string targetText
    property string hintText
    property string accessibleText
    property bool hasValue
    property bool hasBar
    property real value
    property real scaleMax
    property var marks: []
    property var series: []
    property string seriesText
    property string seriesLabel

    Accessible.role: Accessible.StaticText
    Accessible.name: card.accessibleText + (card.seriesText.length > 0 ? " " + card.seriesText : "")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                text: card.title
                font.pixelSize: Theme.headingFontSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.ignored: true
            }
            Label {
                objectName: "figureValue"
                text: card.valueText
                font.pixelSize: Theme.titleFontSize + 4
                font.weight: Font.DemiBold
                color: card.hasValue ? Theme.primary : Theme.textSecondary
                Accessible.ignored: true
            }
        }

        // The bar and the last weeks side by side on a wide card, one above the other on a narrow one
        // (where the bar's marks need the whole width).
        GridLayout {
            visible: card.hasBar || card.series.length > 0
            columns: card.width >= 560 ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            FigureBar {
                visible: card.hasBar
                value: card.value
                scaleMax: card.scaleMax
                marks: card.marks
                hasValue: card.hasValue
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 6
            }
            ColumnLayout {
                visible: card.series.length > 0
                spacing: 0
                // A fixed width beside the bar, which takes the rest; the whole width below it.
                Layout.fillWidth: parent.columns === 1
                Layout.preferredWidth: 150
                FigureSeries {
                    values: card.series
                    marks: card.marks
                    scaleMax: card.scaleMax
                    Layout.fillWidth: true
                    Layout.preferredHeight: 44
                }
                Label {
                    text: card.seriesLabel
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize - 1
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    Accessible.ignored: true
                }
            }
        }

        Label {
            objectName: "figureDetail"
            text: card.detailText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Label {
            visible: card.targetText.length > 0
            text: card.targetText
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Label {
            objectName: "figureHint"
            visible: card.hintText.length > 0
            text: "\u2139\ufe0e  " + card.hintText
            color: Theme.primary
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
    }
}
