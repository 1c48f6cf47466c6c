import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Fieldnotes.Base

// A screen: a header with its title and actions, a thin progress line while it reads or writes,
// and the screen's error (what happened, what to do) above the content.
Page {
    id: page

    // True once the screen shows its data and can take input (startup timing and screenshots wait for it).
    property bool ready: true
    property bool busy: false
    property string errorText: ""
    property bool canGoBack: StackView.view !== null && StackView.index > 0
    default property alias content: body.data
    property alias headerActions: actions.data

    // Ready, and the screen on top with its transition finished: the first such frame is the one
    // startup timing and screenshots wait for.
    readonly property bool interactive: ready && (StackView.view === null || StackView.status === StackView.Active)

    signal back()
    signal dismissError()

    onInteractiveChanged: if (interactive) Session.markInteractive()

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        Material.foreground: "white"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: page.canGoBack ? 0 : Theme.margin
            spacing: 0

            ToolButton {
                visible: page.canGoBack
                text: "\u2190"
                font.pixelSize: Theme.titleFontSize
                Accessible.name: qsTr("Back")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back")
                onClicked: page.back()
            }
            Label {
                text: page.title
                font.pixelSize: Theme.titleFontSize
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: page.title
            }
            RowLayout {
                id: actions
                spacing: 0
            }
        }
    }

    ProgressBar {
        id: progress
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        z: 2
        indeterminate: true
        visible: page.busy
        Accessible.name: qsTr("Working")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.fillWidth: true
            text: page.errorText
            onDismissed: page.dismissError()
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
