import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Test

// A specialist's own figures: one tap from the navigation; week and month, previous and next;
// every figure readable by a screen reader with its target; and the figures move exactly as the
// specialist logs employer contacts. The tablet's clock stands at Monday 2 March 2026, the demo
// specialist is contracted for 37.5 h a week (2250 minutes). Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Figures"
        when: windowShown

        function settled(stack, page) {
            return stack.currentItem === page && page.ready && !page.busy && !stack.busy;
        }
        function card(page, key) {
            return findChild(page, "figure_" + key);
        }
        // The percent a card shows, as a number ("12 %" -> 12).
        function percentOf(text) {
            return parseInt(text);
        }

        function openFigures() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => findChild(window.contentItem, "mainStack") !== null, 10000);
            const stack = findChild(window.contentItem, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);
            const nav = findChild(findChild(window.contentItem, "navRail"), "navFigures");
            verify(nav.visible && nav.height >= Theme.touchTarget);
            mouseClick(nav);
            tryVerify(() => stack.currentItem.title === "My figures" && settled(stack, stack.currentItem), 20000);
            return { stack: stack, page: stack.currentItem };
        }

        function test_weekAndMonthPreviousAndNext() {
            const s = openFigures();
            const page = s.page;
            const period = findChild(page, "periodText");
            compare(period.text, "Week 10: 02/03/2026 \u2013 08/03/2026");
            tryVerify(() => card(page, "outOfOffice") !== null, 20000);
            for (const key of ["outOfOffice", "atEmployers", "newEmployerContacts", "contactsPerParticipant",
                               "followUp", "placements", "inWork"])
                verify(card(page, key) !== null, key);
            const next = findChild(page, "nextPeriod");
            verify(!next.enabled); // nothing to show after this week
            verify(!findChild(page, "currentPeriod").visible);

            mouseClick(findChild(page, "previousPeriod"));
            tryVerify(() => period.text === "Week 9: 23/02/2026 \u2013 01/03/2026" && settled(s.stack, page), 20000);
            verify(next.enabled);
            verify(findChild(page, "currentPeriod").visible);
            mouseClick(next);
            tryVerify(() => period.text.startsWith("Week 10") && settled(s.stack, page), 20000);

            const month = findChild(page, "monthButton");
            verify(month.height >= Theme.touchTarget);
            mouseClick(month);
            tryVerify(() => period.text === "March 2026" && settled(s.stack, page), 20000);
            verify(card(page, "newEmployerContacts").detailText.startsWith("A week on average"));
            mouseClick(findChild(page, "previousPeriod"));
            tryVerify(() => period.text === "February 2026" && settled(s.stack, page), 20000);
            mouseClick(findChild(page, "currentPeriod"));
            tryVerify(() => period.text === "March 2026" && settled(s.stack, page), 20000);
            mouseClick(findChild(page, "weekButton"));
            tryVerify(() => period.text.startsWith("Week 10") && settled(s.stack, page), 20000);
        }

        function test_theFiguresFollowWhatIsLogged() {
            const s = openFigures();
            const page = s.page;
            tryVerify(() => card(page, "newEmployerContacts") !== null, 20000);
            const contacts = card(page, "newEmployerContacts");
            const field = card(page, "outOfOffice");
            const before = parseInt(contacts.valueText);
            const fieldBefore = field.value;

            // Two new employer visits today, 3 h 45 min in all: 225 of 2250 minutes is 10 points more.
            verify(Fixture.logEmployerContact(true, 120, true));
            verify(Fixture.logEmployerContact(true, 105, true));
            tryVerify(() => parseInt(contacts.valueText) === before + 2, 20000);
            tryVerify(() => Math.abs(field.value - (fieldBefore + 0.1)) < 1e-9, 20000);
            compare(percentOf(field.valueText), Math.round((fieldBefore + 0.1) * 100));
            verify(contacts.detailText.indexOf((before + 2) + " new employer visits this week") >= 0);
            compare(findChild(field, "figureHint").visible, false);

            // A field contact without a duration: a hint to add it, in the page's calm colours.
            verify(Fixture.logEmployerContact(false, -1, true));
            const hint = findChild(field, "figureHint");
            tryVerify(() => hint.visible, 20000);
            verify(hint.text.indexOf("1 field contact without a duration") >= 0);
            verify(hint.color !== Theme.overdue);

            // A screen reader hears the figure with its target, and the last weeks.
            const spoken = Fixture.accessibleName(field);
            verify(spoken.startsWith("Time in the field: " + field.valueText), spoken);
            verify(spoken.indexOf("at least 40 %") >= 0, spoken);
            verify(spoken.indexOf("The last 8 weeks, oldest first:") >= 0, spoken);
            const item18 = Fixture.accessibleName(card(page, "atEmployers"));
            verify(item18.indexOf("Item 18 of the fidelity form: from 40 % a 3, from 50 % a 4, from 65 % a 5.") >= 0, item18);
            verify(Fixture.accessibleName(contacts).indexOf("about 6 a week") >= 0);
        }
    }
}
