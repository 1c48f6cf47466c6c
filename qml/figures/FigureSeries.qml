import QtQuick
import QtQuick.Shapes
import Fieldnotes.Base

// The last weeks of one figure as a small line, oldest on the left, with the target as a dashed
// line. A week without a value (no contracted hours, nobody followed) leaves a gap. Drawn with
// Qt Quick Shapes (see FigureBar.qml for why not Qt Charts); the card says the values in words.
Item {
    id: series

    property var values: [] // -1: no value that week
    property var marks: [] // [{ value, label }]: the first is drawn as the target line
    property real scaleMax: 1

    readonly property real peak: {
        let m = Math.max(scaleMax, 0.0001);
        for (let i = 0; i < values.length; ++i)
            m = Math.max(m, values[i]);
        return m;
    }
    function xAt(i) {
        return values.length < 2 ? width / 2 : 4 + i * (width - 8) / (values.length - 1);
    }
    function yAt(v) {
        return height - 4 - Math.max(0, Math.min(1, v / peak)) * (height - 8);
    }
    // Runs of weeks with a value, as point lists for PathMultiline.
    function runs() {
        const out = [];
        let run = [];
        for (let i = 0; i < values.length; ++i) {
            if (values[i] < 0) {
                if (run.length > 0)
                    out.push(run);
                run = [];
                continue;
            }
            run.push(Qt.point(xAt(i), yAt(values[i])));
        }
        if (run.length > 0)
            out.push(run);
        return out;
    }

    implicitWidth: 160
    implicitHeight: 56
    Accessible.ignored: true

    Shape {
        anchors.fill: parent
        ShapePath {
            // The baseline.
            strokeColor: Theme.divider
            strokeWidth: 1
            fillColor: "transparent"
            startX: 0
            startY: series.height - 4
            PathLine { x: series.width; y: series.height - 4 }
        }
        ShapePath {
            strokeColor: series.marks.length > 0 ? Theme.textSecondary : "transparent"
            strokeWidth: 1
            strokeStyle: ShapePath.DashLine
            dashPattern: [3, 3]
            fillColor: "transparent"
            startX: 0
            startY: series.marks.length > 0 ? series.yAt(series.marks[0].value) : 0
            PathLine {
                x: series.width
                y: series.marks.length > 0 ? series.yAt(series.marks[0].value) : 0
            }
        }
        ShapePath {
            strokeColor: Theme.primary
            strokeWidth: 2
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap
            PathMultiline {
                paths: series.runs()
            }
        }
    }
    Repeater {
        model: series.values.length
        delegate: Rectangle {
            required property int index
            readonly property real v: series.values[index] // qmllint disable unqualified
            visible: v >= 0
            width: 6
            height: 6
            radius: 3
            color: Theme.primary
            x: series.xAt(index) - 3 // qmllint disable unqualified
            y: series.yAt(Math.max(0, v)) - 3 // qmllint disable unqualified
        }
    }
}
