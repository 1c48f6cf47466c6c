import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Mentor
import Fieldnotes.Sync
import Fieldnotes.Settings

// Mentor mode: a device paired as a mentor opens the mentor screens only.
Item {
    id: shell

    readonly property bool landscape: width > height
    property string section: "home"

    function showSection(name) {
        if (name === shell.section && stack.depth === 1)
            return;
        shell.section = name;
        const pages = { home: homePage, sync: syncPage, settings: settingsPage };
        stack.clear(StackView.Immediate);
        stack.push(pages[name], {}, StackView.Immediate);
    }
    function logSupport(participantId) {
        stack.push(entryPage, { participantId: participantId });
    }
    function logTalk(participantId) {
        stack.push(entryPage, { participantId: participantId, kind: "structured_talk" });
    }
    function openParticipant(participantId) {
        stack.push(participantPage, { participantId: participantId });
    }
    function back() {
        if (stack.depth > 1)
            stack.pop();
    }
    function openRoute(route) {
        const colon = route.indexOf(":");
        const name = colon < 0 ? route : route.substring(0, colon);
        const arg = colon < 0 ? "" : route.substring(colon + 1);
        if (name === "sync" || name === "settings")
            showSection(name);
        else if (name === "mentor-participant")
            openParticipant(arg);
        else if (name === "mentor-entry")
            logSupport(arg);
        else if (name === "mentor-talk")
            logTalk(arg);
    }

    Component.onCompleted: {
        stack.push(homePage, {}, StackView.Immediate);
        if (Session.startRoute.length > 0)
            openRoute(Session.startRoute);
        if (Session.resumeDraftId.length > 0 && Session.resumeKind === "natural_support") {
            stack.push(entryPage, { draftId: Session.resumeDraftId });
            Session.forgetOpenDraft();
        }
    }

    Shortcut {
        sequences: ["Alt+Left", "Back"]
        onActivated: shell.back()
    }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: Session.lock()
    }

    GridLayout {
        anchors.fill: parent
        columns: shell.landscape ? 2 : 1
        rowSpacing: 0
        columnSpacing: 0

        Pane {
            visible: shell.landscape
            padding: 0
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navRailWidth
            ColumnLayout {
                anchors.fill: parent
                MentorNavigation {
                    vertical: true
                    section: shell.section
                    Layout.fillWidth: true
                    onChosen: function(name) { shell.showSection(name) }
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
        StackView {
            id: stack
            objectName: "mentorStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Pane {
            visible: !shell.landscape
            padding: 0
            Layout.fillWidth: true
            MentorNavigation {
                vertical: false
                section: shell.section
                anchors.left: parent.left
                anchors.right: parent.right
                onChosen: function(name) { shell.showSection(name) }
            }
        }
    }

    Component {
        id: homePage
        MentorHomePage {
            onOpenParticipant: function(id) { shell.openParticipant(id) }
            onLogSupport: function(id) { shell.logSupport(id) }
            onLogTalk: function(id) { shell.logTalk(id) }
            onResumeDraft: function(kind, id) { stack.push(entryPage, { draftId: id }) }
        }
    }
    Component {
        id: participantPage
        MentorParticipantPage {
            onBack: shell.back() // qmllint disable unqualified
            onLogSupport: function(id) { shell.logSupport(id) }
            onLogTalk: function(id) { shell.logTalk(id) }
        }
    }
    Component {
        id: entryPage
        MentorEntryPage {
            onBack: shell.back() // qmllint disable unqualified
            onDone: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: syncPage
        SyncPage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
