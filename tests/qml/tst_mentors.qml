import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Participant
import Fieldnotes.Test

// A mentor for a new job: from the job on a participant's Work tab to its employer's page, "Add
// mentor" registers a colleague there; back on the Work tab, "Assign mentor" picks them, writes
// the mandate and how often the structured talk is held, and the job then shows its mentor with
// "Change mentor", "Add learning goal" (consent-bound, and said so) and "End". Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Mentors"
        when: windowShown

        function find(item, name) {
            return findChild(item.contentItem, name);
        }
        function chip(chips, label) {
            for (let i = 0; i < chips.children.length; ++i) {
                const c = chips.children[i];
                if (c.text !== undefined && c.text.endsWith(label))
                    return c;
            }
            return null;
        }
        // Whether any item under `item` named `name` shows `value` (an employer may have other mentors).
        function showsValue(item, name, value) {
            if (!item)
                return false;
            if (item.objectName === name && item.value === value && item.visible)
                return true;
            const kids = item.children || [];
            for (let i = 0; i < kids.length; ++i)
                if (showsValue(kids[i], name, value))
                    return true;
            return false;
        }
        function typeInto(field, text) {
            field.text = text;
            if (field.textEdited)
                field.textEdited();
        }

        function test_addAMentorAtTheEmployerAndAssignThem() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => find(window, "mainStack") !== null, 10000);
            const stack = find(window, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            // Someone this tablet's specialist follows, with a job that starts today.
            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const intake = stack.currentItem;
            typeInto(findChild(intake, "participantName"), "Sigrid Oppdiktet");
            mouseClick(findChild(intake, "saveParticipant"));
            tryVerify(() => stack.currentItem !== intake && stack.currentItem.ready && !stack.busy, 20000);
            const page = stack.currentItem;
            mouseClick(findChild(page, "workTab"));
            const start = findChild(page, "startJob");
            tryVerify(() => start.visible);
            mouseClick(start);
            tryVerify(() => stack.currentItem !== page && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            const employers = findChild(form, "employerChoice");
            employers.currentIndex = 0;
            employers.activated(0);
            const percent = findChild(form, "positionPercent");
            percent.value = 40;
            percent.valueModified();
            mouseClick(chip(findChild(form, "contractChips"), "Temporary"));
            tryVerify(() => !findChild(form, "placementMissing").visible);
            mouseClick(findChild(form, "savePlacement"));
            tryVerify(() => stack.currentItem === page && !stack.busy, 20000);

            // No mentor at the employer yet: to its page, and "Add mentor" there.
            let assign = null;
            tryVerify(() => (assign = findChild(page, "assignMentor")) !== null && assign.visible, 20000);
            verify(assign.height >= Theme.touchTarget);
            mouseClick(findChild(page, "placementEmployer"));
            tryVerify(() => stack.currentItem !== page && stack.currentItem.ready && !stack.busy, 20000);
            const employer = stack.currentItem;
            // The mentors come after the workplaces: scroll down to them.
            const details = findChild(employer, "employerDetails").contentItem;
            details.contentY = Math.max(0, details.contentHeight - details.height);
            const add = findChild(employer, "addMentor");
            verify(add.height >= Theme.touchTarget);
            mouseClick(add);
            const addDialog = findChild(employer, "addMentorDialog");
            tryVerify(() => addDialog.opened);
            const saveMentor = findChild(addDialog.contentItem, "saveMentor");
            verify(saveMentor.height >= Theme.touchTarget);
            // A name is needed: a tap without one says so.
            mouseClick(saveMentor);
            tryVerify(() => findChild(addDialog.contentItem, "mentorError").text.indexOf("name") >= 0, 20000);
            typeInto(findChild(addDialog.contentItem, "mentorName"), "Kari Bakersen");
            typeInto(findChild(addDialog.contentItem, "mentorTraining"), "Mentorkurs 2025");
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(saveMentor);
            tryVerify(() => !addDialog.visible, 20000);
            tryVerify(() => showsValue(employer, "mentorRow", "Kari Bakersen"), 20000);

            // Back on the Work tab: assign her, talking every week.
            stack.pop();
            tryVerify(() => stack.currentItem === page && !stack.busy, 20000);
            tryVerify(() => findChild(page, "assignMentor").visible, 20000);
            mouseClick(findChild(page, "assignMentor"));
            const dialog = findChild(page, "mentorDialog");
            tryVerify(() => dialog.opened);
            tryVerify(() => chip(findChild(dialog.contentItem, "mentorChips"), "Kari Bakersen") !== null, 20000);
            const mentorChip = chip(findChild(dialog.contentItem, "mentorChips"), "Kari Bakersen");
            verify(mentorChip.height >= Theme.touchTarget);
            mouseClick(mentorChip);
            findChild(dialog.contentItem, "mentorMandate").text = "Opplæring i lagerets rutiner";
            const weekly = chip(findChild(dialog.contentItem, "talkChips"), "Every week");
            verify(weekly !== null);
            verify(weekly.height >= Theme.touchTarget);
            mouseClick(weekly);
            const save = findChild(dialog.contentItem, "saveMentorAssignment");
            verify(save.height >= Theme.touchTarget);
            mouseClick(save);
            tryVerify(() => !dialog.visible, 20000);

            // The job shows its mentor, with Change mentor and End.
            let current = null;
            tryVerify(() => (current = findChild(page, "currentMentor")) !== null && current.visible
                      && current.value === "Kari Bakersen", 20000);
            verify(current.note.indexOf("every week") >= 0);
            verify(findChild(page, "changeMentor").visible);
            verify(findChild(page, "endMentor").visible);
            verify(!findChild(page, "assignMentor").visible);

            // A learning goal for the mentor, agreed with the participant: the dialog says plainly
            // that the mentor sees it only while the consent allows it; an empty goal is refused.
            const addGoal = findChild(page, "addLearningGoal");
            verify(addGoal.visible);
            verify(addGoal.height >= Theme.touchTarget);
            mouseClick(addGoal);
            const goalDialog = findChild(page, "learningGoalDialog");
            tryVerify(() => goalDialog.opened);
            const note = findChild(goalDialog.contentItem, "learningGoalConsentNote").text;
            verify(note.indexOf("Kari Bakersen sees this goal only while Sigrid Oppdiktet's consent") === 0, note);
            const confirmGoal = findChild(goalDialog.contentItem, "confirmLearningGoal");
            verify(confirmGoal.height >= Theme.touchTarget);
            mouseClick(confirmGoal);
            tryVerify(() => findChild(goalDialog.contentItem, "learningGoalError").text.indexOf("learning goal") >= 0,
                      20000);
            verify(goalDialog.visible);
            findChild(goalDialog.contentItem, "learningGoalText").text = "Bruke truck på egen hånd";
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(confirmGoal);
            // The dialog closes only when the goal was saved through the mentor rule.
            tryVerify(() => !goalDialog.visible, 20000);
            // The Work tab lists it under the mentor, with its status.
            tryVerify(() => {
                const g = findChild(page, "learningGoal");
                return g !== null && g.goalText === "Bruke truck på egen hånd" && g.statusText === "Open";
            }, 20000);
        }
    }
}
