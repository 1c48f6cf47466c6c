pragma Singleton
import QtQuick

// One look for every screen: sizes for touch at arm's length, and the few colours with meaning.
QtObject {
    readonly property int touchTarget: 48
    readonly property int fontSize: 17
    readonly property int smallFontSize: 14
    readonly property int titleFontSize: 22
    readonly property int headingFontSize: 19
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 8
    readonly property int maxFormWidth: 860
    readonly property int navRailWidth: 112

    readonly property color primary: "#00695c"
    readonly property color accent: "#00897b"
    readonly property color surface: "#ffffff"
    readonly property color background: "#f4f6f6"
    readonly property color divider: "#dde3e2"
    readonly property color textSecondary: "#4e5b59"
    readonly property color overdue: "#b3261e"
    readonly property color overdueSurface: "#fbe9e7"
    readonly property color attention: "#8a5a00"
    readonly property color attentionSurface: "#fff4dc"
    readonly property color consentSurface: "#e7f0fb"
    readonly property color consentBorder: "#4f7cc2"
    readonly property color sensitiveSurface: "#eeeeee"
    readonly property color success: "#1b6e3a"
}
