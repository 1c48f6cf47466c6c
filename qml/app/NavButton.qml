import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A destination in the navigation rail (landscape) or bar (portrait): a glyph over its name.
ToolButton {
    id: button

    property string glyph: ""
    property bool padlock: false
    property bool accent: false
    property bool current: false
    property int badge: 0

    checkable: false
    highlighted: current || accent
    implicitHeight: 64
    implicitWidth: Theme.navRailWidth
    leftPadding: 2
    rightPadding: 2
    Accessible.name: text + (badge > 0 ? ", " + badge : "")
    Accessible.role: Accessible.PageTab
    Accessible.checked: current

    contentItem: ColumnLayout {
        spacing: 0
        PadlockIcon {
            visible: button.padlock
            color: Theme.textSecondary
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: 24
        }
        Label {
            visible: !button.padlock
            text: button.glyph
            font.pixelSize: 24
            color: button.accent ? Theme.accent : button.current ? Theme.primary : Theme.textSecondary
            Layout.alignment: Qt.AlignHCenter
            // The badge is drawn by the label itself: no ids inside contentItem, which is deferred.
            Label {
                visible: button.badge > 0
                anchors.left: parent.right
                anchors.top: parent.top
                width: Math.max(18, implicitWidth)
                height: 18
                leftPadding: 4
                rightPadding: 4
                text: button.badge
                color: "white"
                font.pixelSize: 12
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                background: Rectangle {
                    radius: 9
                    color: Theme.overdue
                }
            }
        }
        Label {
            text: button.text
            font.pixelSize: Theme.smallFontSize
            font.weight: button.current || button.accent ? Font.DemiBold : Font.Normal
            color: button.accent ? Theme.accent : button.current ? Theme.primary : Theme.textSecondary
            horizontalAlignment: Text.AlignHCenter
            // A long name (bold when current) takes a second line, then shrinks a little before it
            // is cut (nine destinations share a portrait bar).
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            lineHeight: 0.9
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 11
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
