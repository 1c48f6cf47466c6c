import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Caseload
import Fieldnotes.Participant
import Fieldnotes.Visit
import Fieldnotes.Employers
import Fieldnotes.Sync
import Fieldnotes.Settings
import Fieldnotes.Documents
import Fieldnotes.Reflection
import Fieldnotes.Fidelity
import Fieldnotes.Figures

// A job specialist's app: caseload, employers, the reflection log, their own figures, sync and settings, with a new visit one tap away
// from everywhere. A navigation rail in landscape, a bar at the bottom in portrait.
Item {
    id: shell

    readonly property bool landscape: width > height
    property string section: "caseload"

    function showSection(name) {
        if (name === shell.section && stack.depth === 1)
            return;
        shell.section = name;
        const pages = { caseload: caseloadPage, employers: employersPage, reflection: reflectionLogPage, figures: figuresPage,
                        sync: syncPage,
                        settings: settingsPage };
        stack.clear(StackView.Immediate);
        stack.push(pages[name], {}, StackView.Immediate);
    }
    function openParticipant(id) {
        stack.push(participantPage, { participantId: id });
    }
    function newVisit(participantId, employerId) {
        stack.push(visitPage, { participantId: participantId, employerId: employerId });
    }
    function newParticipant() {
        stack.push(intakePage, {});
    }
    function resumeDraft(kind, draftId) {
        if (kind === "employer")
            stack.push(employerFormPage, { draftId: draftId });
        else if (kind === "intake")
            stack.push(intakePage, { draftId: draftId });
        else
            stack.push(visitPage, { draftId: draftId });
    }
    function openEntry(table, id) {
        stack.push(entryPage, { table: table, entryId: id });
    }
    function openEmployer(id) {
        if (id.length > 0)
            stack.push(employerPage, { employerId: id });
    }
    function startPlacement(participantId) {
        stack.push(placementPage, { participantId: participantId });
    }
    function recordConsent(participantId) {
        stack.push(consentPage, { participantId: participantId });
    }
    function writePlan(participantId) {
        stack.push(planPage, { participantId: participantId });
    }
    function openShared(participantId) {
        stack.push(sharedPage, { participantId: participantId });
    }
    function openExport(kind, participantId, language) {
        stack.push(exportPage, { kind: kind, participantId: participantId, language: language });
    }
    function openReflection(entryId) {
        stack.push(reflectionFormPage, { entryId: entryId });
    }
    // The fidelity self-assessment: the specialist's own answers (a lead's tablet runs LeadShell,
    // which opens the team's result).
    function openFidelity() {
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
        if (name === "employers" || name === "sync" || name === "settings" || name === "caseload"
                || name === "reflection") {
            showSection(name);
            if (name === "sync" && arg.length > 0)
                stack.currentItem.initialTab = arg === "refused" ? 2 : arg === "waiting" ? 1 : 0;
            if (name === "reflection" && arg === "team")
                stack.currentItem.initialTab = 1;
        }
        else if (name === "fidelity") {
            // fidelity, or fidelity:form as on a lead's tablet: the person's own form.
            showSection("reflection");
            openFidelity();
        }
        // figures: the specialist's own week; figures:WORDS, WORDS joined by "-" from team (the
        // team's averages, for a lead; core refuses them to anyone else and the page says so), month
        // and previous (the period before today's): figures:team, figures:month-previous, ...
        else if (name === "figures") {
            showSection("figures");
            const words = arg.split("-");
            stack.currentItem.team = words.indexOf("team") >= 0;
            stack.currentItem.month = words.indexOf("month") >= 0;
            if (words.indexOf("previous") >= 0)
                stack.currentItem.previous();
        }
        else if (name === "new-reflection") {
            showSection("reflection");
            openReflection("");
        }
        else if (name === "participant")
            openParticipant(arg);
        else if (name === "employer") {
            showSection("employers");
            openEmployer(arg);
        } else if (name === "visit")
            newVisit(arg, "");
        else if (name === "new-participant")
            newParticipant();
        else if (name === "start-job")
            startPlacement(arg);
        else if (name === "record-consent")
            recordConsent(arg);
        else if (name === "write-plan")
            writePlan(arg);
        else if (name === "participant-plan")
            stack.push(participantPage, { participantId: arg, initialTab: 2 });
        else if (name === "edit-goal")
            stack.push(participantPage, { participantId: arg, initialTab: 2, initialGoalEdit: true });
        else if (name === "participant-course") {
            // participant-course:FORM:ID, FORM one of steps, status, pause, resume, extend
            const at = arg.indexOf(":");
            stack.push(participantPage, { participantId: arg.substring(at + 1),
                                          initialCourseForm: arg.substring(0, at) });
        }
        else if (name === "participant-work") {
            // participant-work:DIALOG:ID, DIALOG one of change-job, correct-change, support-measure,
            // measure-period, measure-end, learning-goal (the first running job)
            const at = arg.indexOf(":");
            stack.push(participantPage, { participantId: arg.substring(at + 1), initialTab: 3,
                                          initialWorkDialog: arg.substring(0, at) });
        }
        else if (name === "handover")
            stack.push(participantPage, { participantId: arg, openHandOver: true });
        else if (name === "register-employer")
            stack.push(employerFormPage, {});
        else if (name === "pairing")
            stack.push(pairingPage, {});
        else if (name === "visit-entry")
            openEntry("visits", arg);
        else if (name === "correct-visit")
            stack.push(entryPage, { table: "visits", entryId: arg, startEditing: true });
        else if (name === "shared")
            openShared(arg);
        else if (name === "export-shared")
            openExport("shared_about_me", arg, "");
        else if (name === "export-access")
            openExport("right_of_access", arg, "");
        else if (name === "export-report")
            openExport("individual_report", arg, "");
    }

    // Built while the store is still opening: the first screens are pushed at once (they read when
    // it opens); pairing is offered once the user is known, on a tablet set up in this run.
    Component.onCompleted: {
        stack.push(caseloadPage, {}, StackView.Immediate);
        if (Session.startRoute.length > 0)
            openRoute(Session.startRoute);
        if (Session.resumeDraftId.length > 0) {
            resumeDraft(Session.resumeKind, Session.resumeDraftId);
            Session.forgetOpenDraft();
        }
        if (Session.unlocked)
            offerPairing();
    }
    function offerPairing() {
        if (Session.createdThisRun && !Session.paired && stack.depth === 1)
            stack.push(pairingPage, {});
    }
    Connections {
        target: Session
        function onStateChanged() {
            if (Session.unlocked)
                shell.offerPairing();
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: shell.newVisit("", "")
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
                Navigation {
                    objectName: "navRail"
                    vertical: true
                    section: shell.section
                    Layout.fillWidth: true
                    onChosen: function(name) { shell.showSection(name) }
                    onNewVisit: shell.newVisit("", "")
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
            Navigation {
                objectName: "navBar"
                vertical: false
                section: shell.section
                anchors.left: parent.left
                anchors.right: parent.right
                onChosen: function(name) { shell.showSection(name) }
                onNewVisit: shell.newVisit("", "")
            }
        }
    }

    Component {
        id: caseloadPage
        CaseloadPage {
            StackView.onActivated: reload()
            onOpenSync: shell.showSection("sync") // qmllint disable unqualified
            onOpenParticipant: function(id) { shell.openParticipant(id) }
            onOpenEmployer: function(id) { shell.openEmployer(id) }
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
            onOpenEmployer: function(id) { shell.openEmployer(id) }
            onOpenShared: function(id) { shell.openShared(id) }
            onStartPlacement: function(id) { shell.startPlacement(id) }
            onRecordConsent: function(id) { shell.recordConsent(id) }
            onWritePlan: function(id) { shell.writePlan(id) }
        }
    }
    Component {
        id: placementPage
        PlacementPage {
            onBack: shell.back() // qmllint disable unqualified
            // The participant's page shows the new job and its meetings.
            onSaved: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: consentPage
        ConsentPage {
            onBack: shell.back() // qmllint disable unqualified
            // The participant's Consents tab shows the new consent at once.
            onSaved: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: planPage
        PlanPage {
            onBack: shell.back() // qmllint disable unqualified
            // The participant's Plan tab shows the plan as written.
            onSaved: shell.back() // qmllint disable unqualified
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
        id: sharedPage
        SharedAboutMePage {
            onBack: shell.back() // qmllint disable unqualified
            onExportDocument: function(kind, id, language) { shell.openExport(kind, id, language) }
        }
    }
    Component {
        id: exportPage
        ExportPage {
            onBack: shell.back() // qmllint disable unqualified
            onDone: shell.back() // qmllint disable unqualified
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
        id: employersPage
        EmployersPage {
            onOpenEmployer: function(id) { shell.openEmployer(id) }
            onRegisterEmployer: stack.push(employerFormPage, {}) // qmllint disable unqualified
        }
    }
    Component {
        id: employerPage
        EmployerPage {
            onBack: shell.back() // qmllint disable unqualified
            onNewVisit: function(id) { shell.newVisit("", id) }
            onOpenEntry: function(table, id) { shell.openEntry(table, id) }
        }
    }
    Component {
        id: employerFormPage
        EmployerFormPage {
            onBack: shell.back() // qmllint disable unqualified
            onSaved: function(id) {
                shell.back();
                shell.openEmployer(id);
            }
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
            onOpenFidelity: shell.openFidelity() // qmllint disable unqualified
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
            // The log lists the entry (or no longer lists it) at once.
            onSaved: shell.back() // qmllint disable unqualified
            onRemoved: shell.back() // qmllint disable unqualified
        }
    }
    Component {
        id: figuresPage
        FiguresPage {
            StackView.onActivated: reload()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
