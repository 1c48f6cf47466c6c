import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Employers

// One employer: what we know, who to talk to, workplaces and their tasks, the follow-up they
// prefer, and the contact history.
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

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        ScrollView {
            id: details
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
