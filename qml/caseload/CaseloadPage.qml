import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Caseload

// Home of a job specialist: the caseload, what needs attention, unfinished notes, and search.
AppPage {
    id: page

    signal openParticipant(string participantId)
    signal openEmployer(string employerId)
    signal newVisit(string participantId)
    signal newParticipant()
    signal resumeDraft(string kind, string draftId)
    signal openSync()

    readonly property bool wide: width >= 1000
    // A lead's own caseload: only the people they follow themselves.
    property bool ownOnly: false

    title: qsTr("My caseload")
    headerActions: [
        Button {
            objectName: "newParticipantButton"
            text: qsTr("+ New participant")
            flat: true
            Accessible.name: qsTr("Take on a new participant")
            onClicked: page.newParticipant()
        },
        Button {
            objectName: "newVisitButton"
            text: qsTr("+ New visit")
            highlighted: true
            Accessible.name: qsTr("New visit")
            onClicked: page.newVisit("")
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText.length > 0 ? controller.errorText : attentionActions.errorText
    onDismissError: {
        controller.clearError();
        attentionActions.clearError();
    }

    function reload() {
        controller.reload();
    }
    function focusSearch() {
        search.forceActiveFocus();
    }

    CaseloadController {
        id: controller
        ownOnly: page.ownOnly
        searchText: search.text
    }
    AttentionActions {
        id: attentionActions
        model: controller.attention
    }

    Shortcut {
        sequence: "Ctrl+F"
        onActivated: page.focusSearch()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextEntry {
                id: search
                objectName: "caseloadSearch"
                placeholderText: qsTr("Search names and notes")
                inputMethodHints: Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Accessible.name: qsTr("Search names and notes")
                Keys.onEscapePressed: search.clear()
                onAccepted: controller.searchNow()
            }
            Button {
                visible: search.text.length > 0
                text: qsTr("Clear")
                flat: true
                Accessible.name: qsTr("Clear the search")
                onClicked: search.clear()
            }
        }

        Rectangle {
            visible: !controller.paired && controller.ready
            color: Theme.attentionSurface
            radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: pairRow.implicitHeight + 2 * Theme.spacing

            RowLayout {
                id: pairRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                Label {
                    text: qsTr("This tablet is not paired with the office yet, so nothing is backed up.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Pair now")
                    Accessible.name: qsTr("Pair this tablet with the office")
                    onClicked: page.openSync()
                }
            }
        }

        DraftStrip {
            model: controller.drafts
            visible: !controller.searching && controller.drafts.count > 0
            Layout.fillWidth: true
            onResume: function(kind, draftId) { page.resumeDraft(kind, draftId) }
        }

        // Search results replace the lists while searching.
        ListView {
            id: results
            objectName: "searchResults"
            visible: controller.searching
            model: controller.searchResults
            clip: true
            spacing: 4
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Search results")

            delegate: SearchResultDelegate {
                width: results.width // qmllint disable unqualified
                onOpenParticipant: function(id) { page.openParticipant(id) }
                onOpenEmployer: function(id) { page.openEmployer(id) }
            }
            EmptyState {
                anchors.fill: parent
                visible: results.count === 0 && !controller.loading
                text: qsTr("Nothing found for “%1”.").arg(search.text.trim())
            }
        }

        TabBar {
            id: tabs
            visible: !controller.searching && !page.wide
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Participants")
                Accessible.name: text
            }
            TabButton {
                text: qsTr("Needs attention (%1)").arg(controller.attention.count)
                Accessible.name: text
            }
        }

        RowLayout {
            visible: !controller.searching
            spacing: Theme.margin
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                visible: page.wide || tabs.currentIndex === 0
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: controller.summaryText
                        color: Theme.textSecondary
                        height: onlyAttention.height
                        verticalAlignment: Text.AlignVCenter
                    }
                    Switch {
                        id: onlyAttention
                        text: qsTr("Only those needing attention")
                        checked: controller.participants.onlyNeedingAttention
                        Accessible.name: text
                        onToggled: controller.participants.onlyNeedingAttention = checked
                    }
                }
                ListView {
                    id: list
                    objectName: "caseloadList"
                    model: controller.participants
                    clip: true
                    spacing: 4
                    reuseItems: true
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Participants")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: ParticipantDelegate {
                        width: list.width // qmllint disable unqualified
                        onOpen: function(id) { page.openParticipant(id) }
                        onNewVisit: function(id) { page.newVisit(id) }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: list.count === 0 && controller.ready
                        text: controller.participants.onlyNeedingAttention
                              ? qsTr("Nobody needs attention right now.")
                              : qsTr("No participants on this tablet yet. Take someone on with “New participant”, or sync with the office to bring your caseload.")
                    }
                }
            }

            ColumnLayout {
                visible: page.wide || tabs.currentIndex === 1
                spacing: Theme.spacing / 2
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2

                Label {
                    visible: page.wide
                    text: qsTr("Needs attention")
                    font.pixelSize: Theme.headingFontSize
                    font.weight: Font.DemiBold
                    color: Theme.primary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ListView {
                    id: attentionList
                    objectName: "attentionList"
                    model: controller.attention
                    clip: true
                    spacing: 4
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Needs attention")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: AttentionDelegate {
                        width: attentionList.width // qmllint disable unqualified
                        actions: attentionActions // qmllint disable unqualified
                        onOpen: function(participantId, subjectTable) {
                            if (subjectTable === "conflicts")
                                page.openSync();
                            else if (participantId.length > 0)
                                page.openParticipant(participantId);
                        }
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: attentionList.count === 0 && controller.ready
                        text: qsTr("Nothing needs attention.")
                    }
                }
            }
        }
    }
}
