import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One number of the team overview: the number large, what it counts below, and a line of detail.
// The screen reader hears all three as one sentence.
Card {
    id: tile

    property string value: ""
    property string label: ""
    property string detail: ""
    property color valueColor: Theme.primary

    Accessible.role: Accessible.StaticText
    Accessible.name: tile.detail.length > 0 ? tile.label + ": " + tile.value + ". " + tile.detail
                                            : tile.label + ": " + tile.value

    ColumnLayout {
        anchors.fill: parent
        spacing: 2
        Label {
            text: tile.value
            font.pixelSize: 32
            font.weight: Font.DemiBold
            color: tile.valueColor
            Accessible.ignored: true
        }
        Label {
            text: tile.label
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Label {
            visible: tile.detail.length > 0
            text: tile.detail
            color: Theme.textSecondary
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        Item {
            Layout.fillHeight: true // the tiles of a row are as tall as the tallest: keep the text at the top
        }
    }
}
