import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One row of a document on screen: a heading, a paragraph, a label with its value, or a table row
// shown as a small card of "header: value" lines (readable at any width, unlike a wide grid).
Item {
    id: block

    required property string kind
    required property string text
    required property string value
    required property var cells
    required property var header
    required property bool first
    property bool wide: true

    implicitHeight: content.implicitHeight + (block.kind === "heading" ? 0 : 6)

    ColumnLayout {
        id: content
        width: parent.width
        spacing: 2

        SectionHeader {
            visible: block.kind === "heading"
            text: block.text
            topPadding: Theme.margin
            Layout.fillWidth: true
        }
        Label {
            visible: block.kind === "paragraph"
            text: block.text
            font.pixelSize: Theme.headingFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        GridLayout {
            visible: block.kind === "field"
            columns: block.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: 0
            Layout.fillWidth: true
            Label {
                text: block.text
                color: Theme.textSecondary
                font.pixelSize: block.wide ? Theme.fontSize : Theme.smallFontSize
                wrapMode: Text.WordWrap
                Layout.preferredWidth: block.wide ? block.width * 0.35 : block.width
            }
            Label {
                text: block.value
                font.pixelSize: Theme.fontSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.name: block.text + ": " + block.value
            }
        }
        Card {
            visible: block.kind === "row"
            Layout.fillWidth: true
            Accessible.name: block.cells.join(", ")
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Label {
                    text: block.cells.length > 0 ? block.cells[0] : ""
                    font.weight: Font.DemiBold
                    font.pixelSize: Theme.fontSize
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: Math.max(0, block.cells.length - 1)
                    delegate: Label {
                        required property int index
                        readonly property string cell: block.cells[index + 1] // qmllint disable unqualified
                        visible: cell.length > 0 && cell !== "–"
                        text: block.header[index + 1] + ": " + cell // qmllint disable unqualified
                        color: Theme.textSecondary
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
