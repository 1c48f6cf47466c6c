import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Review

// The lead's case review queue: what the specialists put up for the weekly review, newest asked
// first, then the items already discussed with their advice. Tapping an open item records the
// advice given, which reaches the specialist who asked on their next sync.
AppPage {
    id: page

    function reload() {
        controller.reload();
    }

    title: qsTr("Case review")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    CaseReviewController {
        id: controller
        onSaved: adviceDialog.close()
    }

    ListView {
        id: list
        objectName: "reviewList"
        anchors.fill: parent
        model: controller.items
        clip: true
        spacing: 4
        topMargin: Theme.spacing
        bottomMargin: Theme.spacing
        leftMargin: Theme.margin
        rightMargin: Theme.margin
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Case review queue")
        ScrollBar.vertical: ScrollBar {}
        section.property: "section"
        section.delegate: SectionHeader {
            required property string section
            width: list.width - list.leftMargin - list.rightMargin // qmllint disable unqualified
            text: section
        }

        delegate: ItemDelegate {
            id: row
            objectName: "reviewRow"
            required property string reviewId
            required property string about
            required property string reflectionText
            required property string askedText
            required property string question
            required property string adviceText
            required property string advice
            required property bool discussed
            width: list.width - list.leftMargin - list.rightMargin // qmllint disable unqualified
            padding: Theme.spacing
            enabled: !row.discussed
            Accessible.name: row.about + ". " + row.question + (row.discussed ? ". " + row.adviceText + ": " + row.advice : "")
            onClicked: adviceDialog.openFor(row.reviewId, row.about, row.question) // qmllint disable unqualified
            background: Rectangle {
                color: row.down ? Theme.divider : Theme.surface
                radius: Theme.radius
                border.color: row.visualFocus ? Theme.primary : "transparent"
                border.width: 2
            }
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: row.about
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    visible: row.reflectionText.length > 0
                    text: row.reflectionText
                    font.italic: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: row.question.length > 0
                    text: row.question
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: row.askedText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize
                    Layout.fillWidth: true
                }
                InfoRow {
                    visible: row.discussed
                    label: row.adviceText
                    value: row.advice
                    Layout.fillWidth: true
                }
            }
        }
        EmptyState {
            anchors.fill: parent
            visible: list.count === 0 && controller.ready
            text: qsTr("Nothing is up for the case review yet. A specialist puts a participant up from their page, or brings an entry of their reflection log.")
        }
    }

    AppDialog {
        id: adviceDialog
        objectName: "adviceDialog"
        property string reviewId: ""
        property string about: ""
        property string question: ""
        function openFor(id, aboutText, questionText) {
            reviewId = id;
            about = aboutText;
            question = questionText;
            adviceField.text = "";
            controller.clearError();
            open();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        modal: true
        title: qsTr("Advice for %1").arg(adviceDialog.about)
        standardButtons: Dialog.Cancel
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: adviceDialog.question
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("The advice the review gave")
                font.weight: Font.DemiBold
            }
            TextArea {
                id: adviceField
                objectName: "adviceField"
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("The advice the review gave")
                Layout.fillWidth: true
                Layout.minimumHeight: 120
            }
            Label {
                visible: controller.errorText.length > 0
                text: controller.errorText
                color: Theme.overdue
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveAdvice"
                text: qsTr("Record the advice")
                highlighted: true
                Layout.minimumHeight: Theme.touchTarget
                onClicked: controller.advise(adviceDialog.reviewId, adviceField.text)
            }
        }
    }
}
