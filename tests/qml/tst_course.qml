import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Participant
import Fieldnotes.Test

// A participant's course on the Overview tab: "Steps" opens chips for the five steps (none chosen
// is refused in plain words; two chosen are saved and shown); "Pause" asks why and the button turns
// to "Resume", whose form already holds the status before the pause; "Extend measure" proposes the
// next six months and needs a justification. Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Course"
        when: windowShown

        function typeInto(field, text) {
            field.text = text;
            if (field.textEdited)
                field.textEdited();
        }
        // The chip for `code` among the chips named `name`.
        function chip(dialog, name, code) {
            const chips = findChild(dialog.contentItem, name);
            for (let i = 0; i < chips.children.length; ++i)
                if (chips.children[i].code === code)
                    return chips.children[i];
            return null;
        }
        function tap(item) {
            // A second tap on the same spot this soon would be a double-click, not a tap.
            wait(Qt.styleHints.mouseDoubleClickInterval + 50);
            mouseClick(item);
        }

        function test_stepsPauseResumeAndExtend() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => findChild(window.contentItem, "mainStack") !== null, 10000);
            const stack = findChild(window.contentItem, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const intake = stack.currentItem;
            typeInto(findChild(intake, "participantName"), "Sigrid Oppdiktet");
            mouseClick(findChild(intake, "saveParticipant"));
            tryVerify(() => stack.currentItem !== intake && stack.currentItem.ready && !stack.busy, 20000);
            const page = stack.currentItem;
            const dialog = findChild(page, "courseDialog");
            const save = findChild(dialog.contentItem, "saveCourse");

            // Steps: none chosen is refused; steps 1 and 3 are saved and shown in the status line.
            const steps = findChild(page, "changeSteps");
            tryVerify(() => steps.visible && steps.height >= Theme.touchTarget, 20000);
            mouseClick(steps);
            tryVerify(() => dialog.opened);
            verify(save.height >= Theme.touchTarget);
            mouseClick(save);
            tryVerify(() => findChild(dialog.contentItem, "courseError").text.indexOf("at least one step") >= 0, 20000);
            tap(chip(dialog, "courseStepChips", "3"));
            tap(chip(dialog, "courseStepChips", "1"));
            tryVerify(() => chip(dialog, "courseStepChips", "1").isOn && chip(dialog, "courseStepChips", "3").isOn);
            tap(save);
            tryVerify(() => !dialog.visible, 20000);

            // Pause with a reason; the button turns to Resume, whose form holds the status before.
            const pauseOrResume = findChild(page, "pauseOrResume");
            compare(pauseOrResume.text, "Pause");
            tap(pauseOrResume);
            tryVerify(() => dialog.opened);
            tap(save);
            tryVerify(() => findChild(dialog.contentItem, "courseError").text.indexOf("Write why") >= 0, 20000);
            typeInto(findChild(dialog.contentItem, "pauseReason"), "Innlagt på sykehus");
            tap(save);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => pauseOrResume.text === "Resume", 20000);
            verify(!findChild(page, "changeStatus").visible);
            tap(pauseOrResume);
            tryVerify(() => dialog.opened);
            verify(chip(dialog, "courseStatusChips", "referred").isOn);
            tryVerify(() => save.width >= save.implicitWidth - 0.5);
            tap(save);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => pauseOrResume.text === "Pause", 20000);

            // The measure extended: six more months proposed, the justification required.
            tap(findChild(page, "extendMeasure"));
            tryVerify(() => dialog.opened);
            // The save button's text follows the form and is shown whole (not cut to "Ex...").
            tryVerify(() => save.width >= save.implicitWidth - 0.5 && save.implicitWidth > 0);
            verify(findChild(dialog.contentItem, "extendUntil").text.length > 0);
            tap(save);
            tryVerify(() => findChild(dialog.contentItem, "courseError").text.indexOf("justification") >= 0, 20000);
            findChild(dialog.contentItem, "extendWhy").text = "Trenger mer tid i arbeidstreningen";
            tap(save);
            tryVerify(() => !dialog.visible, 20000);
        }
    }
}
