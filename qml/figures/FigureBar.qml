import QtQuick
import QtQuick.Shapes
import Fieldnotes.Base

// One figure as a horizontal bar on its scale, with what the method aims for drawn as marks (a
// line across the bar and its label below). Drawn with Qt Quick Shapes rather than Qt Charts: a
// bar, a few marks and a line are plain paths on the scene graph, while Qt Charts would pull in Qt
// Widgets and a chart engine the tablet does not otherwise need. Decoration only: the card beside
// it says every number in words, for the eye and for a screen reader.
Item {
    id: bar

    property real value: 0
    property real scaleMax: 1
    property var marks: [] // [{ value, label }]
    property bool hasValue: true

    readonly property real trackHeight: 14
    readonly property real labelHeight: Theme.smallFontSize + 4
    // Marks closer than a label's width take turns on two lines.
    readonly property bool crowded: {
        for (let i = 1; i < marks.length; ++i)
            if (xOf(marks[i].value) - xOf(marks[i - 1].value) < 48)
                return true;
        return false;
    }
    function xOf(v) {
        return Math.max(0, Math.min(1, v / Math.max(bar.scaleMax, 0.0001))) * bar.width;
    }

    implicitHeight: trackHeight + (marks.length > 0 ? 4 + labelHeight * (crowded ? 2 : 1) : 0)
    Accessible.ignored: true

    Shape {
        id: track
        width: bar.width
        height: bar.trackHeight
        ShapePath {
            fillColor: "#e3e9e8"
            strokeColor: "transparent"
            startX: 0
            startY: 0
            PathLine { x: track.width; y: 0 }
            PathLine { x: track.width; y: track.height }
            PathLine { x: 0; y: track.height }
            PathLine { x: 0; y: 0 }
        }
        ShapePath {
            fillColor: Theme.accent
            strokeColor: "transparent"
            startX: 0
            startY: 0
            PathLine { x: bar.hasValue ? bar.xOf(bar.value) : 0; y: 0 }
            PathLine { x: bar.hasValue ? bar.xOf(bar.value) : 0; y: track.height }
            PathLine { x: 0; y: track.height }
            PathLine { x: 0; y: 0 }
        }
    }

    Repeater {
        model: bar.marks
        delegate: Item {
            id: markItem
            required property var modelData
            required property int index
            x: bar.xOf(markItem.modelData.value) // qmllint disable unqualified
            y: -3
            Shape {
                ShapePath {
                    strokeColor: Theme.textSecondary
                    strokeWidth: 2
                    fillColor: "transparent"
                    startX: 0
                    startY: 0
                    PathLine { x: 0; y: bar.trackHeight + 6 + (bar.crowded && markItem.index % 2 === 1 ? bar.labelHeight : 0) } // qmllint disable unqualified
                }
            }
            Text {
                y: bar.trackHeight + 7 + (bar.crowded && markItem.index % 2 === 1 ? bar.labelHeight : 0) // qmllint disable unqualified
                // Kept inside the bar's width at either end.
                x: Math.max(-markItem.x, Math.min(-width / 2, bar.width - markItem.x - width)) // qmllint disable unqualified
                text: markItem.modelData.label
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
            }
        }
    }
}
