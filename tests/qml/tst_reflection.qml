import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Reflection
import Fieldnotes.Test

// The reflection log: from the navigation, the log lists the specialist's own entries; "New entry"
// opens the form, saving brings the entry to the top of the list, tapping it opens it to change or
// delete it. A participant's name is refused under the field, without repeating it. Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Reflection"
        when: windowShown

        function chip(chips, label) {
            for (let i = 0; i < chips.children.length; ++i) {
                const c = chips.children[i];
                if (c.text !== undefined && c.text.endsWith(label))
                    return c;
            }
            return null;
        }
        function typeInto(field, text) {
            field.text = text;
            if (field.textEdited)
                field.textEdited();
        }
        // Scrolls the form so `item` is on screen (a tap lands where a finger would).
        function reveal(form, item) {
            const flick = findChild(form, "reflectionScroll").contentItem;
            const at = item.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(at.y - 100, flick.contentHeight - flick.height));
            wait(0);
        }
        function settled(stack, page) {
            return stack.currentItem === page && page.ready && !stack.busy;
        }

        function test_writeChangeAndDeleteAnEntry() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => findChild(window.contentItem, "mainStack") !== null, 10000);
            const stack = findChild(window.contentItem, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            // One tap from the navigation rail.
            const nav = findChild(findChild(window.contentItem, "navRail"), "navReflection");
            verify(nav.visible && nav.height >= Theme.touchTarget);
            mouseClick(nav);
            tryVerify(() => stack.currentItem.title === "Reflection log" && stack.currentItem.ready && !stack.busy, 20000);
            const log = stack.currentItem;
            verify(!findChild(log, "reflectionTabs").visible); // a specialist has no Team view
            const list = findChild(log, "reflectionList");
            tryVerify(() => list.count > 0, 20000);
            const before = list.count;

            // New entry.
            const add = findChild(log, "newReflection");
            verify(add.height >= Theme.touchTarget);
            mouseClick(add);
            tryVerify(() => stack.currentItem !== log && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            compare(form.title, "New reflection");
            verify(!findChild(form, "deleteReflection").visible);
            findChild(form, "reflectionSituation").input.text = "Arbeidsgiveren ville ha en prøveuke først.";
            findChild(form, "reflectionWhatIDid").input.text = "Foreslo tre dager med jobbsmak.";
            const step = chip(findChild(form, "reflectionStepChips"), "Job finding");
            verify(step !== null && step.height >= Theme.touchTarget);
            reveal(form, step);
            mouseClick(step);
            tryVerify(() => step.highlighted);
            typeInto(findChild(form, "reflectionTheme"), "Jobbsmak");
            mouseClick(findChild(form, "saveReflection"));

            // Back in the log, at the top.
            tryVerify(() => settled(stack, log), 20000);
            tryVerify(() => list.count === before + 1, 20000);
            list.positionViewAtBeginning();
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).firstLine === "Arbeidsgiveren ville ha en prøveuke først.", 20000);
            verify(list.itemAtIndex(0).stepText.indexOf("Job finding") >= 0);
            compare(list.itemAtIndex(0).theme, "Jobbsmak");

            // Open it: the form holds it; a participant's name is refused under its field.
            mouseClick(list.itemAtIndex(0));
            tryVerify(() => stack.currentItem !== log && stack.currentItem.ready && !stack.busy, 20000);
            const open = stack.currentItem;
            compare(open.title, "Reflection");
            const situation = findChild(open, "reflectionSituation");
            tryVerify(() => situation.input.text === "Arbeidsgiveren ville ha en prøveuke først.", 20000);
            const name = Fixture.participantName(Fixture.participantInWork());
            verify(name.length > 0);
            const worked = findChild(open, "reflectionWhatWorked");
            worked.input.text = "At " + name + " fikk prøve kassen.";
            mouseClick(findChild(open, "saveReflection"));
            const refusal = findChild(worked, "fieldRefusal");
            tryVerify(() => refusal.visible, 20000);
            verify(refusal.text.indexOf("never tied to a participant") >= 0);
            verify(refusal.text.indexOf("Remove the name") >= 0);
            verify(refusal.text.indexOf(name) < 0);
            verify(!findChild(situation, "fieldRefusal").visible);
            compare(stack.currentItem, open);

            // Without the name, changed.
            worked.input.text = "At deltakeren fikk prøve kassen.";
            situation.input.text = "Arbeidsgiveren ville se deltakeren i arbeid først.";
            mouseClick(findChild(open, "saveReflection"));
            tryVerify(() => settled(stack, log), 20000);
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).firstLine === "Arbeidsgiveren ville se deltakeren i arbeid først.", 20000);
            compare(list.count, before + 1);

            // Deleted, after asking.
            mouseClick(list.itemAtIndex(0));
            tryVerify(() => stack.currentItem !== log && stack.currentItem.ready && !stack.busy, 20000);
            const doomed = stack.currentItem;
            tryVerify(() => findChild(doomed, "reflectionSituation").input.text.length > 0, 20000);
            const del = findChild(doomed, "deleteReflection");
            verify(del.visible && del.height >= Theme.touchTarget);
            mouseClick(del);
            const dialog = findChild(doomed, "deleteReflectionDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmDeleteReflection");
            verify(confirm.height >= Theme.touchTarget);
            mouseClick(confirm);
            tryVerify(() => settled(stack, log), 20000);
            tryVerify(() => list.count === before, 20000);
            list.positionViewAtBeginning();
            tryVerify(() => list.itemAtIndex(0) !== null);
            verify(list.itemAtIndex(0).firstLine !== "Arbeidsgiveren ville se deltakeren i arbeid først.");
        }
    }
}
