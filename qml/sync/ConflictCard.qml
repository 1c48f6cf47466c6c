import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// One conflict: both values side by side with who wrote each and when; one tap keeps one.
Card {
    id: card

    required property string conflictId
    required property string subject
    required property string what
    required property string explanation
    required property string keptText
    required property string keptBy
    required property string otherText
    required property string otherBy
    required property bool sensitive
    required property bool canTakeOther
    property bool wide: true
    property bool shown: !sensitive

    signal resolve(string conflictId, string choice)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: card.subject + " · " + card.what
            font.weight: Font.DemiBold
            font.pixelSize: Theme.headingFontSize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: card.explanation
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Button {
            visible: !card.shown
            text: qsTr("Sensitive: tap to show both values")
            flat: true
            Accessible.name: qsTr("Show both values of %1").arg(card.what)
            onClicked: card.shown = true
        }
        GridLayout {
            visible: card.shown
            columns: card.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing
            Layout.fillWidth: true

            ConflictSide {
                heading: qsTr("In the record now")
                value: card.keptText
                by: card.keptBy
                buttonText: qsTr("Keep this")
                accessibleAction: qsTr("Keep %1 for %2").arg(card.keptText).arg(card.what)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onChosen: card.resolve(card.conflictId, "kept")
            }
            ConflictSide {
                heading: qsTr("Set aside")
                value: card.otherText
                by: card.otherBy
                buttonText: qsTr("Use this instead")
                buttonEnabled: card.canTakeOther
                accessibleAction: qsTr("Use %1 for %2 instead").arg(card.otherText).arg(card.what)
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onChosen: card.resolve(card.conflictId, "other")
            }
        }
    }
}
