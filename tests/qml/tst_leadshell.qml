import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Test

// The team lead's tablet: the lead shell opens on the case review queue (a rail in landscape, a bar
// in portrait); tapping the waiting item records the advice; My caseload lists only the lead's own
// people; a route opens the hand-over of a participant; the Team section's overview hands over who is
// waiting for a specialist; Reflection and Sync are one tap away.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: leadShell
        LeadShell {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "LeadShell"
        when: windowShown

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_opensOnTheCaseReviewAndRecordsAdvice() {
            compare(Session.role, Session.Lead);
            const shell = createTemporaryObject(leadShell, root);
            const stack = findChild(shell, "mainStack");
            tryVerify(() => stack.currentItem !== null && stack.currentItem.ready, 20000);
            compare(stack.currentItem.title, "Case review");
            verify(findChild(shell, "navRail").visible);
            verify(!findChild(shell, "navBar").visible);
            const list = findChild(stack.currentItem, "reviewList");
            tryVerify(() => list.count >= 1, 20000); // the demo's case waiting for the review
            const first = list.itemAtIndex(0);
            verify(!first.discussed);
            verify(first.question.length > 0);
            if (Fixture.shotsFolder().length > 0)
                grabImage(root).save(Fixture.shotsFolder() + "/lead-review-en-1280x800.png");
            mouseClick(first);
            const dialog = findChild(stack.currentItem, "adviceDialog");
            tryVerify(() => dialog.opened);
            const field = findChild(dialog.contentItem, "adviceField");
            field.forceActiveFocus();
            type("Ta en trepartssamtale");
            mouseClick(findChild(dialog.contentItem, "saveAdvice"));
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).discussed, 20000);
            verify(!list.itemAtIndex(0).enabled); // discussed: its advice is shown, not recorded again
            let advised = false;
            for (let i = 0; i < list.count; ++i)
                advised = advised || list.itemAtIndex(i).advice === "Ta en trepartssamtale";
            verify(advised);
        }

        function test_myCaseloadIsTheLeadsOwnAndHandOverTheTeams() {
            const shell = createTemporaryObject(leadShell, root);
            const stack = findChild(shell, "mainStack");
            tryVerify(() => stack.currentItem !== null && stack.currentItem.ready, 20000);
            shell.showSection("handover");
            tryVerify(() => stack.currentItem.ready, 20000);
            const team = findChild(stack.currentItem, "caseloadList");
            tryVerify(() => team.count > 0, 20000);
            const teamCount = team.count;
            shell.showSection("caseload");
            tryVerify(() => stack.currentItem.ready && stack.currentItem.ownOnly, 20000);
            const own = findChild(stack.currentItem, "caseloadList");
            tryVerify(() => own.count === Fixture.ownParticipantCount(), 20000);
            verify(own.count <= teamCount);
            // The hand-over route opens the person's page with the dialog.
            const pid = Fixture.participantInWork();
            shell.openRoute("handover:" + pid);
            tryVerify(() => stack.currentItem.participantId === pid && stack.currentItem.ready, 20000);
            tryVerify(() => findChild(stack.currentItem, "handOverDialog").opened, 20000);
        }

        // The team's figures and the fidelity form's team result are one tap from the rail; the
        // lead answers the form from there too.
        function test_theTeamsFiguresAndFidelity() {
            const shell = createTemporaryObject(leadShell, root);
            const stack = findChild(shell, "mainStack");
            tryVerify(() => stack.currentItem !== null && stack.currentItem.ready, 20000);
            mouseClick(findChild(findChild(shell, "navRail"), "navFigures"));
            tryCompare(shell, "section", "figures");
            tryVerify(() => stack.currentItem.title === "Team figures" && stack.currentItem.ready, 20000);
            verify(stack.currentItem.team);
            compare(stack.currentItem.errorText, "");
            mouseClick(findChild(findChild(shell, "navRail"), "navFidelity"));
            tryCompare(shell, "section", "fidelity");
            tryVerify(() => stack.currentItem.title === "Fidelity: the team" && stack.currentItem.ready, 20000);
            compare(findChild(stack.currentItem, "fidelityAnsweredText").text, "3 answered");
            mouseClick(findChild(stack.currentItem, "answerFidelity"));
            tryVerify(() => stack.currentItem.title === "Fidelity self-assessment" && stack.depth === 2, 20000);
        }

        // The Team section: the overview counts the person no one follows as waiting, names the
        // number for a screen reader, and a tap on them opens the hand-over dialog; everyone else on
        // the team is one tap away.
        function test_theTeamOverviewHandsOverWhoIsWaiting() {
            const pid = Fixture.addWaitingParticipant("Wenche Venter", 12);
            verify(pid.length > 0);
            const shell = createTemporaryObject(leadShell, root);
            const stack = findChild(shell, "mainStack");
            tryVerify(() => stack.currentItem !== null && stack.currentItem.ready, 20000);
            mouseClick(findChild(findChild(shell, "navRail"), "navTeam"));
            tryCompare(shell, "section", "team");
            tryVerify(() => stack.currentItem.title === "Team" && stack.currentItem.ready, 20000);
            compare(stack.currentItem.errorText, "");
            const waitingTile = findChild(stack.currentItem, "waitingTile");
            tryCompare(waitingTile, "value", "1", 20000);
            compare(Fixture.accessibleName(waitingTile),
                    "Waiting for a specialist: 1. No one follows them yet");
            const caseloadTile = findChild(stack.currentItem, "caseloadTile");
            verify(Number(caseloadTile.value) >= Fixture.ownParticipantCount());
            const row = findChild(stack.currentItem, "waiting_" + pid);
            verify(row !== null);
            const spoken = Fixture.accessibleName(row);
            verify(spoken.indexOf("Wenche Venter, Referred ") === 0, spoken);
            verify(spoken.indexOf(", waiting 12 day") > 0, spoken); // "days" once the English plurals are in
            if (Fixture.shotsFolder().length > 0)
                grabImage(root).save(Fixture.shotsFolder() + "/lead-team-en-1280x800.png");
            mouseClick(row);
            tryVerify(() => stack.currentItem.participantId === pid && stack.currentItem.ready, 20000);
            tryVerify(() => findChild(stack.currentItem, "handOverDialog").opened, 20000);
            // Back on the overview, the team list for anyone else is one tap away.
            shell.showSection("team");
            tryVerify(() => stack.currentItem.title === "Team" && stack.currentItem.ready, 20000);
            mouseClick(findChild(stack.currentItem, "everyoneButton"));
            tryVerify(() => stack.depth === 2 && findChild(stack.currentItem, "caseloadList") !== null, 20000);
            tryVerify(() => findChild(stack.currentItem, "caseloadList").count > 0, 20000);
            shell.openRoute("team");
            tryVerify(() => stack.depth === 1 && stack.currentItem.title === "Team", 20000);
        }

        function test_portraitHasABottomBar() {
            root.width = 800;
            root.height = 1280;
            const shell = createTemporaryObject(leadShell, root);
            tryVerify(() => findChild(shell, "navBar").visible);
            verify(!findChild(shell, "navRail").visible);
            mouseClick(findChild(findChild(shell, "navBar"), "navReflection"));
            tryCompare(shell, "section", "reflection");
            root.width = 1280;
            root.height = 800;
        }
    }
}
