import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Test

// The fidelity form on a specialist's tablet: from the reflection log, "Fidelity form" opens the
// 19 items (the demo's specialist has answered this month already, so the form shows those
// answers); a choice is kept as a draft as the person goes, "Send my answers" sends them and goes
// back, and the form opened again shows the new choice. Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Fidelity"
        when: windowShown

        function settled(stack, title) {
            return stack.currentItem && stack.currentItem.title === title && stack.currentItem.ready && !stack.busy;
        }
        // Scrolls the list until the item's card is built, and returns it.
        function card(form, number) {
            const list = findChild(form, "fidelityItems");
            list.positionViewAtIndex(number - 1, ListView.Beginning);
            wait(0);
            return findChild(list, "fidelityItem" + number);
        }

        function test_fillAndSendTheForm() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => findChild(window.contentItem, "mainStack") !== null, 10000);
            const stack = findChild(window.contentItem, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            mouseClick(findChild(findChild(window.contentItem, "navRail"), "navReflection"));
            tryVerify(() => settled(stack, "Reflection log"), 20000);
            const open = findChild(stack.currentItem, "openFidelity");
            verify(open.visible && open.height >= Theme.touchTarget);
            mouseClick(open);
            tryVerify(() => settled(stack, "Fidelity self-assessment"), 20000);
            const form = stack.currentItem;
            const progress = findChild(form, "fidelityProgress");
            tryCompare(progress, "text", "19 of 19 answered", 10000);

            // Item 1 is single choice: five options, one checked.
            const first = card(form, 1);
            verify(first !== null);
            const five = findChild(first, "item1option5");
            verify(five !== null);
            compare(Fixture.accessibleName(five).indexOf("Item 1, option 5"), 0);
            const draftsBefore = Fixture.draftCount();
            mouseClick(five);
            tryCompare(five, "checked", true);
            // Kept on the tablet as a draft as the person goes.
            tryVerify(() => Fixture.draftCount() === draftsBefore + 1, 10000);

            // Item 19 is tick-all, with our fifth practice.
            const last = card(form, 19);
            const e = findChild(last, "item19ticke");
            verify(e !== null);
            const wasTicked = e.checked;
            mouseClick(e);
            tryCompare(e, "checked", !wasTicked);

            const list = findChild(form, "fidelityItems");
            list.positionViewAtEnd();
            wait(0);
            const send = findChild(list, "sendFidelity");
            verify(send.enabled);
            mouseClick(send);
            tryVerify(() => settled(stack, "Reflection log"), 20000);
            tryVerify(() => Fixture.draftCount() === draftsBefore, 10000);

            // Opened again: the sent answers, with the new choice.
            mouseClick(findChild(stack.currentItem, "openFidelity"));
            tryVerify(() => settled(stack, "Fidelity self-assessment"), 20000);
            tryVerify(() => {
                const c = card(stack.currentItem, 1);
                return c !== null && findChild(c, "item1option5").checked;
            }, 10000);
            const again = findChild(card(stack.currentItem, 19), "item19ticke");
            compare(again.checked, !wasTicked);
        }
    }
}
