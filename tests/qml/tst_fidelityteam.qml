import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Test

// The team's fidelity result on a lead's tablet (the demo: three rounds answered by the team,
// after the team's earlier scores): the total out of 95 with its band, how many answered, what
// moved, a bar per item and the chart over time, each with its numbers as text for a screen reader.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "FidelityTeam"
        when: windowShown

        function settled(stack, title) {
            return stack.currentItem && stack.currentItem.title === title && stack.currentItem.ready && !stack.busy;
        }

        function test_theTeamsResult() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => findChild(window.contentItem, "mainStack") !== null, 10000);
            const stack = findChild(window.contentItem, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            mouseClick(findChild(findChild(window.contentItem, "navRail"), "navReflection"));
            tryVerify(() => settled(stack, "Reflection log"), 20000);
            mouseClick(findChild(stack.currentItem, "openFidelity"));
            tryVerify(() => settled(stack, "Fidelity: the team"), 20000);
            const page = stack.currentItem;

            const total = findChild(page, "fidelityTotalText");
            verify(/^\d+\.\d of 95$/.test(total.text), total.text);
            const band = findChild(page, "fidelityBandText");
            verify(["Exemplary (85 to 95)", "Good (70 to 84)", "Fair (44 to 69)",
                    "Not supported employment (43 or less)"].indexOf(band.text) >= 0, band.text);
            compare(findChild(page, "fidelityAnsweredText").text, "3 answered");
            verify(findChild(page, "fidelityChangeText").text.length > 0);

            const summary = findChild(page, "fidelitySummary");
            verify(Fixture.accessibleName(summary).indexOf(total.text) >= 0);
            const chart = findChild(page, "fidelityChart");
            // Three rounds answered and four earlier team scores, each readable as text.
            compare(chart.points.length, 7);
            verify(Fixture.accessibleName(chart).indexOf("The team's total over time: ") === 0);
            verify(Fixture.accessibleName(chart).split(" of 95").length - 1 === 7);

            // From there the lead answers the form too.
            mouseClick(findChild(page, "answerFidelity"));
            tryVerify(() => settled(stack, "Fidelity self-assessment"), 20000);
        }
    }
}
