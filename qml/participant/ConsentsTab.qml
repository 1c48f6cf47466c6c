import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Participant

// What the participant has agreed to, and with whom: active consents first, revoked ones struck out.
// "Record consent" opens the consent form; "Revoke" on an active consent asks first, then revokes
// it at once and for good (core/consentcase.h).
ListView {
    id: list
    objectName: "consentsList"

    required property ParticipantController controller
    signal recordConsent()

    function askToRevoke(consentId, what) {
        revokeDialog.consentId = consentId;
        revokeDialog.consentWhat = what;
        revokeDialog.open();
    }

    model: controller.consents
    clip: true
    spacing: Theme.spacing
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Consents")

    header: ColumnLayout {
        width: list.width // qmllint disable unqualified
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Nothing about the participant goes to an employer or a mentor without an active consent.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "recordConsent"
                visible: !list.controller.discharged // qmllint disable unqualified
                text: qsTr("Record consent")
                highlighted: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Record consent for %1").arg(list.controller.displayName) // qmllint disable unqualified
                onClicked: list.recordConsent() // qmllint disable unqualified
            }
        }
        Item {
            implicitHeight: Theme.spacing / 2
        }
    }

    Connections {
        target: list.controller
        function onConsentRevoked() { revokeDialog.close() }
    }

    AppDialog {
        id: revokeDialog
        objectName: "revokeConsentDialog"
        property string consentId: ""
        property string consentWhat: ""
        property date revokeOn: new Date()
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width : 600, 560)
        title: qsTr("Revoke consent")
        onOpened: {
            revokeOn = list.controller.today();
            list.controller.clearError();
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: revokeDialog.consentWhat
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Revoking takes effect at once, on every tablet at its next sync, and cannot be undone. If the participant agrees again later, record a new consent.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DateField {
                label: qsTr("Withdrawn on")
                text: list.controller.dayText(revokeDialog.revokeOn)
                value: revokeDialog.revokeOn
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { revokeDialog.revokeOn = day }
            }
            Label {
                objectName: "revokeError"
                visible: list.controller.errorText.length > 0
                text: list.controller.errorText
                color: Theme.attention
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: revokeDialog.close()
                }
                Button {
                    objectName: "confirmRevokeConsent"
                    text: qsTr("Revoke")
                    highlighted: true
                    enabled: !list.controller.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: list.controller.revokeConsent(revokeDialog.consentId, revokeDialog.revokeOn)
                }
            }
        }
    }

    delegate: Card {
        id: card
        required property string consentId
        required property string what
        required property string recipient
        required property string purpose
        required property string summary
        required property bool active
        required property string stateText
        readonly property string heading: recipient.length > 0 ? qsTr("%1 with %2").arg(what).arg(recipient) : what
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
                    text: card.heading
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
            Button {
                objectName: "revokeConsent"
                visible: card.active
                text: qsTr("Revoke")
                flat: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Revoke consent: %1").arg(card.heading)
                onClicked: list.askToRevoke(card.consentId, card.heading) // qmllint disable unqualified
            }
        }
    }
    EmptyState {
        anchors.fill: parent
        visible: list.count === 0
        text: qsTr("No consents recorded.")
    }
}
