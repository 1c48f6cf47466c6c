import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Fidelity

// The fidelity self-assessment as the form the team knows: the 19 items, each with its number,
// title, the question and one line saying how it is answered (choose one, scoring 1 to 5; or tick
// all that apply, each practice scoring 1). Every choice is kept on this tablet as a draft as the
// person goes; "Send" at the end sends the answers once all 19 are answered. No national ID
// number is asked for: the answers are the tablet's person's.
AppPage {
    id: page

    signal saved()

    title: qsTr("Fidelity self-assessment")
    headerActions: [
        Label {
            objectName: "fidelityProgress"
            text: controller.progressText
            color: "white"
            rightPadding: Theme.margin
            Accessible.name: controller.progressText
        }
    ]
    ready: controller.ready
    busy: controller.loading || controller.saving
    errorText: controller.errorText
    onDismissError: controller.clearError()

    FidelityFormController {
        id: controller
        onSaved: page.saved()
    }

    ListView {
        id: list
        objectName: "fidelityItems"
        anchors.fill: parent
        model: controller.items
        clip: true
        spacing: Theme.spacing
        topMargin: Theme.spacing
        bottomMargin: Theme.spacing
        ScrollBar.vertical: ScrollBar {}
        // Until the person scrolls, the view starts at the header's first line: the header grows once
        // its text wraps at the page's width, after the view placed its items.
        property bool scrolled: false
        onMovementStarted: scrolled = true

        header: ColumnLayout {
            x: Math.max(Theme.margin, (list.width - width) / 2) // qmllint disable unqualified
            width: Math.min(list.width - 2 * Theme.margin, Theme.maxFormWidth) // qmllint disable unqualified
            spacing: 4
            onHeightChanged: {
                if (!list.scrolled) // qmllint disable unqualified
                    list.positionViewAtBeginning(); // qmllint disable unqualified
            }
            Label {
                text: qsTr("For %1. Answer for your work as it is today; items 5 to 9 are about the team and the office.")
                          .arg(controller.roundText) // qmllint disable unqualified
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: controller.sentBefore // qmllint disable unqualified
                      ? qsTr("You have sent answers for this month: sending again replaces them.")
                      : qsTr("Your choices are kept on this tablet as you go. Send them when all 19 are answered.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
            }
        }

        delegate: Card {
            id: card
            required property int index
            required property int number
            required property string title
            required property string question
            required property bool tickAll
            required property string natureText
            required property var options
            required property string letters
            required property int option
            required property string ticks
            required property bool answered
            required property string scoreText

            objectName: "fidelityItem" + number
            x: Math.max(Theme.margin, (list.width - width) / 2) // qmllint disable unqualified
            width: Math.min(list.width - 2 * Theme.margin, Theme.maxFormWidth) // qmllint disable unqualified

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("%1. %2").arg(card.number).arg(card.title)
                        font.pixelSize: Theme.headingFontSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Label {
                        text: card.answered ? card.scoreText : qsTr("Open")
                        color: card.answered ? Theme.success : Theme.textSecondary
                    }
                }
                Label {
                    text: card.natureText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: card.question
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }
                ButtonGroup {
                    id: group
                }
                Repeater {
                    model: card.tickAll ? [] : card.options
                    delegate: RadioButton {
                        id: radio
                        required property int index
                        required property string modelData
                        objectName: "item" + card.number + "option" + (index + 1) // qmllint disable unqualified
                        text: (index + 1) + "  " + modelData
                        checked: card.option === index + 1 // qmllint disable unqualified
                        ButtonGroup.group: group // qmllint disable unqualified
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Item %1, option %2: %3").arg(card.number).arg(index + 1).arg(modelData) // qmllint disable unqualified
                        onClicked: controller.choose(card.number, index + 1) // qmllint disable unqualified
                        contentItem: Label {
                            leftPadding: radio.indicator.width + radio.spacing
                            text: radio.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
                Repeater {
                    model: card.tickAll ? card.options : []
                    delegate: CheckBox {
                        id: tick
                        required property int index
                        required property string modelData
                        readonly property string letter: card.letters.charAt(index) // qmllint disable unqualified
                        objectName: "item" + card.number + "tick" + letter // qmllint disable unqualified
                        text: modelData
                        checked: card.ticks.indexOf(letter) >= 0 // qmllint disable unqualified
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Item %1: %2").arg(card.number).arg(modelData) // qmllint disable unqualified
                        onClicked: controller.toggle(card.number, letter) // qmllint disable unqualified
                        contentItem: Label {
                            leftPadding: tick.indicator.width + tick.spacing
                            text: tick.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
                Button {
                    objectName: "item" + card.number + "noneTicked"
                    visible: card.tickAll && !card.answered
                    text: qsTr("None of these")
                    flat: true
                    Accessible.name: qsTr("Item %1: none of these practices").arg(card.number)
                    // Ticking and unticking one practice answers the item with nothing ticked.
                    onClicked: {
                        controller.toggle(card.number, card.letters.charAt(0)); // qmllint disable unqualified
                        controller.toggle(card.number, card.letters.charAt(0));
                    }
                }
            }
        }

        footer: ColumnLayout {
            x: Math.max(Theme.margin, (list.width - width) / 2) // qmllint disable unqualified
            width: Math.min(list.width - 2 * Theme.margin, Theme.maxFormWidth) // qmllint disable unqualified
            spacing: Theme.spacing
            Label {
                objectName: "fidelityTotal"
                visible: controller.totalText.length > 0 // qmllint disable unqualified
                text: controller.totalText // qmllint disable unqualified
                font.weight: Font.DemiBold
                Layout.topMargin: Theme.spacing
            }
            Label {
                visible: controller.missingText.length > 0 // qmllint disable unqualified
                text: controller.missingText // qmllint disable unqualified
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "sendFidelity"
                text: qsTr("Send my answers")
                highlighted: true
                enabled: controller.ready && !controller.saving && controller.missingText.length === 0 // qmllint disable unqualified
                Layout.minimumHeight: Theme.touchTarget
                Layout.bottomMargin: Theme.margin
                Accessible.name: qsTr("Send my answers to the fidelity form")
                onClicked: controller.save() // qmllint disable unqualified
            }
        }
    }
}
