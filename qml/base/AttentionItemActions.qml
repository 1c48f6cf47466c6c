import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// The buttons under an attention item that close it where it is shown: Done and Cancel for an
// agreed action or a reminder, Move and Cancel for a planned follow-up meeting (a meeting is
// cancelled with a reason, moved with the calendar). Nothing shows for other items. The calendar and
// the dialog are made on the first tap, not with the row: a month of day cells and a dialog for each
// visible item made the caseload's first frame wait.
RowLayout {
    id: bar

    required property AttentionActions actions
    required property string subjectTable
    required property string subjectId
    property string subjectLine: ""

    readonly property bool offered: bar.actions.canCancel(bar.subjectTable)
    property DatePopup calendar: null // made on the first Move
    property AppDialog cancelDialog: null // made on the first Cancel

    visible: offered
    spacing: Theme.spacing / 2

    Button {
        objectName: "markDoneButton"
        visible: bar.actions.canMarkDone(bar.subjectTable)
        text: qsTr("Done")
        highlighted: true
        implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, Theme.touchTarget)
        Accessible.name: qsTr("Mark done: %1").arg(bar.subjectLine)
        onClicked: bar.actions.markDone(bar.subjectId)
    }
    Button {
        objectName: "moveMeetingButton"
        visible: bar.actions.canMove(bar.subjectTable)
        text: qsTr("Move")
        implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, Theme.touchTarget)
        Accessible.name: qsTr("Move the meeting: %1").arg(bar.subjectLine)
        onClicked: {
            if (!bar.calendar)
                bar.calendar = calendarComponent.createObject(bar);
            bar.calendar.openAt(new Date());
        }
    }
    Button {
        objectName: "cancelItemButton"
        text: qsTr("Cancel it")
        flat: true
        implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, Theme.touchTarget)
        Accessible.name: qsTr("Cancel: %1").arg(bar.subjectLine)
        onClicked: {
            if (!bar.cancelDialog)
                bar.cancelDialog = cancelComponent.createObject(bar);
            bar.cancelDialog.ask();
        }
    }

    Component {
        id: calendarComponent
        DatePopup {
            onPicked: function(day) {
                bar.actions.move(bar.subjectId, day);
            }
        }
    }

    // The dialog reads the item it belongs to (bar) from inside its component.
    // qmllint disable unqualified
    Component {
        id: cancelComponent
        AppDialog {
            id: cancelDialog
            objectName: "cancelItemDialog"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(520, parent ? parent.width - 2 * Theme.margin : 520)
            modal: true
            title: bar.actions.reasonRequired(bar.subjectTable) ? qsTr("Cancel the meeting") : qsTr("Cancel it")

            function ask() {
                reason.text = "";
                open();
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                Label {
                    text: bar.subjectLine
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                TextEntry {
                    id: reason
                    objectName: "cancelReason"
                    placeholderText: bar.actions.reasonRequired(bar.subjectTable) ? qsTr("Why? (required)")
                                                                                   : qsTr("Why? (optional)")
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Why it is cancelled")
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    spacing: Theme.spacing
                    Button {
                        text: qsTr("Keep it")
                        flat: true
                        onClicked: cancelDialog.close()
                    }
                    Button {
                        objectName: "confirmCancelButton"
                        text: qsTr("Cancel it")
                        highlighted: true
                        enabled: !bar.actions.reasonRequired(bar.subjectTable) || reason.text.trim().length > 0
                        onClicked: {
                            bar.actions.cancel(bar.subjectTable, bar.subjectId, reason.text);
                            cancelDialog.close();
                        }
                    }
                }
            }
        }
    }
    // qmllint enable unqualified
}
