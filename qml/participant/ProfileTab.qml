import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// The vocational profile, written together with the participant: every field says who wrote it
// and when, and can be edited in place.
ListView {
    id: list

    required property ParticipantController controller

    model: controller.profile
    clip: true
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Vocational profile")
    ScrollBar.vertical: ScrollBar {}

    header: Label {
        width: list.width // qmllint disable unqualified
        text: qsTr("Written together with the participant. Tap Edit to change a field; every change is saved with your name and the time.")
        color: Theme.textSecondary
        wrapMode: Text.WordWrap
        bottomPadding: Theme.spacing
    }

    delegate: ProfileFieldDelegate {
        width: list.width // qmllint disable unqualified
        controller: list.controller // qmllint disable unqualified
    }
}
