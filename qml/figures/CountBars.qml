import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// Counts as short horizontal bars on one scale (the whole caseload), each with its label and
// number; a screen reader hears "label: number" for each row.
Card {
    id: card

    property string heading: ""
    property var rows: [] // [{ label, count }]
    property int total: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            text: card.heading
            font.weight: Font.DemiBold
            color: Theme.primary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: card.rows
            delegate: RowLayout {
                id: row
                required property var modelData
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: row.modelData.label + ": " + row.modelData.count
                Label {
                    text: row.modelData.label
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.ignored: true
                }
                Item {
                    implicitHeight: 14
                    Layout.preferredWidth: Math.max(60, card.availableWidth * 0.35) // qmllint disable unqualified
                    Accessible.ignored: true
                    Rectangle {
                        anchors.fill: parent
                        color: "#e3e9e8"
                        radius: 3
                    }
                    Rectangle {
                        width: card.total > 0 ? parent.width * row.modelData.count / card.total : 0 // qmllint disable unqualified
                        height: parent.height
                        color: Theme.accent
                        radius: 3
                    }
                }
                Label {
                    text: row.modelData.count
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 32
                    Accessible.ignored: true
                }
            }
        }
    }
}
