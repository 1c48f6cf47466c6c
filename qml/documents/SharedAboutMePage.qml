import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Documents

// "What is shared about me", to show the participant on the tablet: who follows them, what each
// consent allows and with whom, what has been handed over and when, and how to say no. In plain
// Norwegian or English, chosen here for the person reading. A copy of it, everything held about
// them, and the individual report for the office are one tap away.
AppPage {
    id: page

    required property string participantId
    signal exportDocument(string kind, string participantId, string language)

    readonly property bool wide: width >= 1000

    title: qsTr("What is shared about me")
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    SharedAboutMeController {
        id: controller
        participantId: page.participantId
        // Another person or language is another page: start at its top.
        onLoaded: view.positionViewAtBeginning()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Label {
                text: qsTr("Show in:")
                color: Theme.textSecondary
            }
            Repeater {
                model: [
                    { code: "nb-plain", name: "Enkel norsk" },
                    { code: "nb", name: "Norsk" },
                    { code: "en", name: "English" }
                ]
                delegate: Button {
                    required property var modelData
                    readonly property bool isOn: controller.language === modelData.code // qmllint disable unqualified
                    objectName: "language-" + modelData.code
                    text: (isOn ? "\u2713 " : "") + modelData.name
                    highlighted: isOn
                    flat: !isOn
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: isOn
                    Accessible.name: modelData.name
                    onClicked: controller.language = modelData.code // qmllint disable unqualified
                }
            }
            Item {
                Layout.fillWidth: true
            }
        }

        // Whose page it is, and that they decide: always in sight while the rest scrolls.
        Label {
            text: controller.document.subtitle
            font.pixelSize: Theme.titleFontSize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Pane {
            visible: controller.document.notice.length > 0
            padding: Theme.spacing
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.consentSurface
                border.color: Theme.consentBorder
                radius: Theme.radius
            }
            Label {
                width: parent.width
                text: controller.document.notice
                font.pixelSize: Theme.headingFontSize
                wrapMode: Text.WordWrap
            }
        }

        RowLayout {
            spacing: Theme.margin
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: view
                objectName: "sharedDocument"
                model: controller.document
                clip: true
                spacing: 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.role: Accessible.List
                Accessible.name: controller.document.title
                ScrollBar.vertical: ScrollBar {}

                delegate: DocumentBlock {
                    width: view.width - Theme.spacing // qmllint disable unqualified
                    wide: page.wide // qmllint disable unqualified
                }
                // In portrait the copies come after the page, where the person has read it all.
                footer: page.wide ? null : takeAlong
            }

            Loader {
                visible: page.wide
                active: page.wide
                sourceComponent: takeAlong
                Layout.preferredWidth: 360
                Layout.alignment: Qt.AlignTop
            }
        }
    }

    Component {
        id: takeAlong
        ColumnLayout {
            width: page.wide ? 360 : view.width - Theme.spacing // qmllint disable unqualified
            spacing: Theme.spacing

            SectionHeader {
                text: qsTr("Take it along")
                Layout.fillWidth: true
            }
            Button {
                objectName: "exportShared"
                text: qsTr("A copy of this page (PDF)")
                highlighted: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Make an encrypted copy of this page, as a PDF")
                onClicked: page.exportDocument("shared_about_me", page.participantId, controller.language) // qmllint disable unqualified
            }
            Button {
                objectName: "exportAccess"
                text: qsTr("Everything we hold about you")
                Layout.fillWidth: true
                Accessible.name: qsTr("Make an encrypted copy of everything held about this person")
                onClicked: page.exportDocument("right_of_access", page.participantId, controller.language) // qmllint disable unqualified
            }
            Button {
                objectName: "exportReport"
                text: qsTr("Individual report, for the office")
                flat: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Make the individual report for the office")
                onClicked: page.exportDocument("individual_report", page.participantId, controller.language) // qmllint disable unqualified
            }
            Label {
                text: qsTr("Every copy is an encrypted file. The office opens it; nothing readable is left on this tablet.")
                color: Theme.textSecondary
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.margin
            }
        }
    }
}
