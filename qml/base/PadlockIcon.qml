import QtQuick

// A padlock drawn with two shapes (the fonts on a tablet have no lock glyph).
Item {
    id: icon

    property color color: "black"

    implicitWidth: 22
    implicitHeight: 24

    Rectangle {
        x: (parent.width - width) / 2
        y: 0
        width: parent.width * 0.62
        height: parent.height * 0.62
        radius: width / 2
        color: "transparent"
        border.color: icon.color
        border.width: 2.5
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: parent.height * 0.58
        radius: 3
        color: icon.color
    }
}
