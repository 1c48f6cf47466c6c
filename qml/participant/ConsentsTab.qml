import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// What the participant has agreed to, and with whom: active consents first, revoked ones struck out.
ListView {
    id: list

    clip: true
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Consents")

    header: Label {
        width: list.width // qmllint disable unqualified
        text: qsTr("Nothing about the participant goes to an employer or a mentor without an active consent.")
        color: Theme.textSecondary
        wrapMode: Text.WordWrap
        bottomPadding: Theme.spacing
    }

    delegate: Card {
        id: card
        required property string what
        required property string recipient
        required property string purpose
        required property string summary
        required property bool active
        required property string stateText
        width: list.width // qmllint disable unqualified

        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: card.active ? "\u2713" : "\u2715"
                    color: card.active ? Theme.success : Theme.overdue
                    font.pixelSize: Theme.headingFontSize
                }
                Label {
                    text: card.recipient.length > 0 ? qsTr("%1 with %2").arg(card.what).arg(card.recipient) : card.what
                    font.weight: Font.DemiBold
                    font.strikeout: !card.active
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: card.stateText
                    color: card.active ? Theme.success : Theme.overdue
                }
            }
            Label {
                visible: card.summary.length > 0
                text: card.summary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: card.purpose.length > 0
                text: qsTr("Purpose: %1").arg(card.purpose)
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    EmptyState {
        anchors.fill: parent
        visible: list.count === 0
        text: qsTr("No consents recorded.")
    }
}
