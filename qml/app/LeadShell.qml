import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Caseload
import Fieldnotes.Participant
import Fieldnotes.Visit
import Fieldnotes.Sync
import Fieldnotes.Settings
import Fieldnotes.Documents
import Fieldnotes.Reflection
import Fieldnotes.Review
import Fieldnotes.Figures
import Fieldnotes.Fidelity

// A team lead's app (domain.md: weekly case reviews, the hand-over of participants, the team's
// reflection log, figures and fidelity self-assessment; mostly at the office): the case review queue
// first, the team (its overview, who waits for a specialist, and the hand-over of anyone on the
// team; the section "handover" is the team list alone), the lead's own caseload (they still follow
// people themselves), the team's figures (averages, never per person), the fidelity form's team
// result, the reflection log, sync and settings. A navigation rail in landscape, a bar at the bottom
// in portrait.
Item {
    id: shell

    readonly property bool landscape: width > height
    property string section: "review"

    function showSection(name) {
        if (name === shell.section && stack.depth === 1)
            return;
        shell.section = name;
        const pages = { review: reviewPage, team: teamOverviewPage, handover: teamPage, caseload: caseloadPage, figures: figuresPage,
                        fidelity: fidelityTeamPage, reflection: reflectionLogPage, sync: syncPage,
                        settings: settingsPage };
        stack.clear(StackView.Immediate);
        stack.push(pages[name], {}, StackView.Immediate);
    }
    function openParticipant(id) {
        stack.push(participantPage, { participantId: id });
    }
    function openTeamList() {
        stack.push(teamPage, {});
    }
    function handOver(id) {
        stack.push(participantPage, { participantId: id, openHandOver: true });
    }
    function newVisit(participantId, employerId) {
        stack.push(visitPage, { participantId: participantId, employerId: employerId });
    }
    function newParticipant() {
        stack.push(intakePage, {});
    }
    function resumeDraft(kind, draftId) {
        if (kind === "intake")
            stack.push(intakePage, { draftId: draftId });
        else
            stack.push(visitPage, { draftId: draftId });
    }
    function openEntry(table, id) {
        stack.push(entryPage, { table: table, entryId: id });
    }
    function openReflection(entryId) {
        stack.push(reflectionFormPage, { entryId: entryId });
    }
    function answerFidelityForm() {
        stack.push(fidelityFormPage, {});
    }
    function back() {
        if (stack.depth > 1)
            stack.pop();
    }
    // Opens a screen by name; used for the start route (screenshots, the demo) and shortcuts.
    function openRoute(route) {
        const colon = route.indexOf(":");
        const name = colon < 0 ? route : route.substring(0, colon);
        const arg = colon < 0 ? "" : route.substring(colon + 1);
        if (name === "review" || name === "caseload" || name === "reflection" || name === "sync"
                || name === "settings" || name === "fidelity") {
            showSection(name);
            if (name === "sync" && arg.length > 0)
                stack.currentItem.initialTab = arg === "refused" ? 2 : arg === "waiting" ? 1 : 0;
            if (name === "reflection" && arg === "team")
                stack.currentItem.initialTab = 1;
            if (name === "fidelity" && arg === "form")
                answerFidelityForm();
        } else if (name === "figures") {
            // figures: the team's week; figures:WORDS, WORDS joined by "-" from month and previous
            // (the period before today's), e.g. figures:month-previous
            showSection("figures");
            const words = arg.split("-");
            stack.currentItem.month = words.indexOf("month") >= 0;
            if (words.indexOf("previous") >= 0)
                stack.currentItem.previous();
        } else if (name === "team") {
            // team: the overview; team:list, everyone on the team to hand over
            showSection("team");
            if (arg === "list")
                openTeamList();
        } else if (name === "handover") {
            showSection("handover");
            if (arg.length > 0)
                handOver(arg);
        } else if (name === "participant")
            openParticipant(arg);
        else if (name === "visit")
            newVisit(arg, "");
        else if (name === "new-participant")
            newParticipant();
        else if (name === "new-reflection") {
            showSection("reflection");
            openReflection("");
        } else if (name === "pairing")
            stack.push(pairingPage, {});
    }

    Component.onCompleted: {
        stack.push(reviewPage, {}, StackView.Immediate);
        if (Session.startRoute.length > 0)
            openRoute(Session.startRoute);
        if (Session.resumeDraftId.length > 0) {
            resumeDraft(Session.resumeKind, Session.resumeDraftId);
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
                spacing: 4
                LeadNavigation {
                    objectName: "navRail"
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
            objectName: "mainStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }

        Pane {
            visible: !shell.landscape
            padding: 0
            Layout.fillWidth: true
            LeadNavigation {
                objectName: "navBar"
                vertical: false
                section: shell.section
                anchors.left: parent.left
                anchors.right: parent.right
                onChosen: function(name) { shell.showSection(name) }
            }
        }
    }

    Component {
        id: reviewPage
        CaseReviewPage {
            StackView.onActivated: reload()
        }
    }
    Component {
        id: teamOverviewPage
        // The team's caseload by status and step, placements, slipping follow-up and who waits for a
        // specialist (core/teamoverview.h); a waiting person is one tap from the hand-over.
        TeamOverviewPage {
            StackView.onActivated: reload()
            onHandOver: function(id) { shell.handOver(id) }
            onOpenTeamList: shell.openTeamList() // qmllint disable unqualified
        }
    }
    Component {
        id: teamPage
        // Everyone on the team's caseload; a tap opens the person's page with the hand-over dialog.
        CaseloadPage {
            title: qsTr("Hand a participant over")
            StackView.onActivated: reload()
            onOpenSync: shell.showSection("sync") // qmllint disable unqualified
            onOpenParticipant: function(id) { shell.handOver(id) }
            onNewVisit: function(id) { shell.newVisit(id, "") }
            onNewParticipant: shell.newParticipant() // qmllint disable unqualified
            onResumeDraft: function(kind, id) { shell.resumeDraft(kind, id) }
        }
    }
    Component {
        id: caseloadPage
        CaseloadPage {
            ownOnly: true
            StackView.onActivated: reload()
            onOpenSync: shell.showSection("sync") // qmllint disable unqualified
            onOpenParticipant: function(id) { shell.openParticipant(id) }
            onNewVisit: function(id) { shell.newVisit(id, "") }
            onNewParticipant: shell.newParticipant() // qmllint disable unqualified
            onResumeDraft: function(kind, id) { shell.resumeDraft(kind, id) }
        }
    }
    Component {
        id: participantPage
        ParticipantPage {
            onBack: shell.back() // qmllint disable unqualified
            onNewVisit: function(id) { shell.newVisit(id, "") }
            onOpenEntry: function(table, id) { shell.openEntry(table, id) }
        }
    }
    Component {
        id: intakePage
        IntakePage {
            onBack: shell.back() // qmllint disable unqualified
            onSaved: function(id) {
                shell.back();
                shell.openParticipant(id);
            }
        }
    }
    Component {
        id: entryPage
        EntryPage {
            onBack: shell.back() // qmllint disable unqualified
            onOpenEntry: function(table, id) { shell.openEntry(table, id) }
        }
    }
    Component {
        id: visitPage
        VisitPage {
            onBack: shell.back() // qmllint disable unqualified
            onDone: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: syncPage
        SyncPage {
            onOpenPairing: stack.push(pairingPage, {}) // qmllint disable unqualified
        }
    }
    Component {
        id: pairingPage
        PairingPage {
            onBack: shell.back() // qmllint disable unqualified
            onDone: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: reflectionLogPage
        ReflectionLogPage {
            onNewEntry: shell.openReflection("") // qmllint disable unqualified
            onOpenEntry: function(id) { shell.openReflection(id) }
            onOpenFidelity: stack.push(fidelityTeamPage, {}) // qmllint disable unqualified
        }
    }
    Component {
        id: figuresPage
        // The team's figures: averages and shares over the team's specialists, never per person.
        FiguresPage {
            team: true
            StackView.onActivated: reload()
        }
    }
    Component {
        id: fidelityTeamPage
        FidelityTeamPage {
            onBack: shell.back() // qmllint disable unqualified
            onAnswerForm: shell.answerFidelityForm() // qmllint disable unqualified
        }
    }
    Component {
        id: fidelityFormPage
        FidelityFormPage {
            onBack: shell.back() // qmllint disable unqualified
            onSaved: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: reflectionFormPage
        ReflectionFormPage {
            onBack: shell.back() // qmllint disable unqualified
            onSaved: shell.back() // qmllint disable unqualified
            onRemoved: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
