import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Employers

// One employer: what we know, who to talk to, workplaces and their tasks, the mentors there
// ("Add mentor"), the follow-up they prefer, and the contact history.
AppPage {
    id: page

    required property string employerId

    signal newVisit(string employerId)
    signal openEntry(string table, string entryId)

    readonly property bool wide: width >= 1000

    title: controller.name
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    headerActions: [
        Button {
            text: qsTr("+ New visit")
            highlighted: true
            Accessible.name: qsTr("New visit at %1").arg(controller.name)
            onClicked: page.newVisit(page.employerId)
        }
    ]

    EmployerController {
        id: controller
        employerId: page.employerId
    }
    ChoiceModel {
        id: preferences
        kind: ChoiceModel.FollowUpPreferences
    }
    EmployerMentorsController {
        id: mentors
        employerId: page.employerId
        onMentorAdded: mentorDialog.close()
    }

    // "Add mentor": a colleague here who gives the new worker natural support. Their own tablet is
    // paired at the office.
    AppDialog {
        id: mentorDialog
        objectName: "addMentorDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(page.width - 2 * Theme.margin, 560)
        title: qsTr("Add mentor")
        onOpened: {
            mentorName.text = "";
            mentorPhone.text = "";
            mentorEmail.text = "";
            mentorTraining.text = "";
            mentors.clearError();
            mentorName.forceActiveFocus();
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("A colleague at %1 who gives the new worker natural support.").arg(controller.name)
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextEntry {
                id: mentorName
                objectName: "mentorName"
                placeholderText: qsTr("Name")
                Layout.fillWidth: true
                Accessible.name: qsTr("The mentor's name")
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                TextEntry {
                    id: mentorPhone
                    objectName: "mentorPhone"
                    placeholderText: qsTr("Phone")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    Layout.fillWidth: true
                    Accessible.name: qsTr("The mentor's phone")
                }
                TextEntry {
                    id: mentorEmail
                    objectName: "mentorEmail"
                    placeholderText: qsTr("E-mail")
                    inputMethodHints: Qt.ImhEmailCharactersOnly
                    Layout.fillWidth: true
                    Accessible.name: qsTr("The mentor's e-mail")
                }
            }
            TextEntry {
                id: mentorTraining
                objectName: "mentorTraining"
                placeholderText: qsTr("Mentor training (course, year)")
                Layout.fillWidth: true
                Accessible.name: qsTr("The mentor's training")
            }
            Label {
                objectName: "mentorError"
                visible: mentors.errorText.length > 0
                text: mentors.errorText
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
                    onClicked: mentorDialog.close()
                }
                Button {
                    objectName: "saveMentor"
                    text: qsTr("Add mentor")
                    highlighted: true
                    enabled: !mentors.loading
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: mentors.addMentor(mentorName.text, mentorPhone.text, mentorEmail.text,
                                                 mentorTraining.text)
                }
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ScrollView {
            id: details
            objectName: "employerDetails"
            contentWidth: availableWidth
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3

            ColumnLayout {
                width: details.availableWidth
                spacing: Theme.spacing

                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: Theme.spacing
                        Label {
                            visible: controller.riskText.length > 0
                            text: controller.riskText
                            color: Theme.overdue
                            font.weight: Font.DemiBold
                        }
                        InfoRow {
                            label: qsTr("Sector")
                            value: controller.sector
                        }
                        InfoRow {
                            label: qsTr("Address")
                            value: controller.address
                        }
                        InfoRow {
                            label: qsTr("Organisation number")
                            value: controller.orgNumber
                        }
                        InfoRow {
                            label: qsTr("What they need")
                            value: controller.needs
                        }
                        InfoRow {
                            label: qsTr("Culture, tone and pace")
                            value: controller.culture
                        }
                        InfoRow {
                            label: qsTr("Inclusion experience")
                            value: controller.inclusionExperience
                        }
                        InfoRow {
                            label: qsTr("Accommodation options")
                            value: controller.accommodationOptions
                        }
                        InfoRow {
                            label: qsTr("Notes")
                            value: controller.notes
                        }
                        Label {
                            text: qsTr("Follow-up preference")
                            font.weight: Font.DemiBold
                        }
                        ChoiceChips {
                            model: preferences
                            selected: controller.followUpPreference
                            accessibleGroupName: qsTr("Follow-up preference")
                            Layout.fillWidth: true
                            onChosen: function(code) { controller.setFollowUpPreference(code) }
                        }
                    }
                }

                SectionHeader {
                    text: qsTr("Contact people")
                }
                Repeater {
                    model: controller.contacts
                    delegate: InfoRow {
                        required property string name
                        required property string roleText
                        required property string phone
                        label: roleText
                        value: name + (phone.length > 0 ? " · " + phone : "")
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextEntry {
                        id: contactName
                        placeholderText: qsTr("Name")
                        Layout.fillWidth: true
                        Accessible.name: qsTr("New contact person's name")
                    }
                    TextEntry {
                        id: contactRole
                        placeholderText: qsTr("Role")
                        Layout.preferredWidth: 140
                        Accessible.name: qsTr("New contact person's role")
                    }
                    TextEntry {
                        id: contactPhone
                        placeholderText: qsTr("Phone")
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        Layout.preferredWidth: 140
                        Accessible.name: qsTr("New contact person's phone")
                    }
                    Button {
                        text: qsTr("Add")
                        Accessible.name: qsTr("Add the contact person")
                        onClicked: {
                            controller.addContact(contactName.text, contactRole.text, contactPhone.text);
                            contactName.clear();
                            contactRole.clear();
                            contactPhone.clear();
                        }
                    }
                }

                SectionHeader {
                    text: qsTr("Workplaces and tasks")
                }
                Repeater {
                    model: controller.workplaces
                    delegate: WorkplaceCard {
                        Layout.fillWidth: true
                        onAddTask: function(workplaceId, title) { controller.addTask(workplaceId, title) }
                    }
                }

                SectionHeader {
                    text: qsTr("Mentors")
                }
                Label {
                    visible: mentors.mentors.length === 0
                    text: qsTr("No mentors registered here yet.")
                    color: Theme.textSecondary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: mentors.mentors
                    delegate: InfoRow {
                        required property var modelData
                        objectName: "mentorRow"
                        label: qsTr("Mentor")
                        value: modelData.name
                        note: modelData.detailsText
                    }
                }
                Button {
                    objectName: "addMentor"
                    text: qsTr("Add mentor")
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Add a mentor at %1").arg(controller.name)
                    onClicked: mentorDialog.open()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.spacing
            SectionHeader {
                text: qsTr("Contact history")
            }
            TimelineList {
                model: controller.history
                Layout.fillWidth: true
                Layout.fillHeight: true
                onOpenEntry: function(table, id) { page.openEntry(table, id) }
            }
        }
    }
}
