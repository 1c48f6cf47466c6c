import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Caseload
import Fieldnotes.Test

// The caseload page: the list fills, search finds names and notes, a row opens the participant,
// and "new visit" is one tap away.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: caseloadPage
        CaseloadPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Caseload"
        when: windowShown

        function test_listAndAttention() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const list = findChild(page, "caseloadList");
            tryVerify(() => list.count === 19, 10000);
            const attention = findChild(page, "attentionList");
            verify(attention.count > 0);
            verify(attention.visible); // landscape: side by side
        }

        function test_rowOpensTheParticipant() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const spy = createTemporaryObject(spyComponent, root, { target: page, signalName: "openParticipant" });
            const list = findChild(page, "caseloadList");
            tryVerify(() => list.itemAtIndex(0) !== null);
            mouseClick(list.itemAtIndex(0), 40, 20);
            compare(spy.count, 1);
            verify(spy.signalArguments[0][0].length > 0);
        }

        function test_searchFindsNotes() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const search = findChild(page, "caseloadSearch");
            search.forceActiveFocus();
            for (const c of "fadder")
                keyClick(c);
            const results = findChild(page, "searchResults");
            tryVerify(() => results.visible && results.count > 0, 10000);
            verify(!findChild(page, "caseloadList").visible);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !results.visible);
        }

        // The index in the attention list of the first row about `table`, scrolled into view.
        function firstRowAbout(list, table) {
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain);
                const item = list.itemAtIndex(i);
                if (item && item.subjectTable === table)
                    return i;
            }
            return -1;
        }

        // No row of the attention list is about `id` any more.
        function verifyGone(list, id) {
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain);
                const item = list.itemAtIndex(i);
                verify(!item || item.subjectId !== id);
            }
        }

        function test_markingAnActionDoneTakesItOffTheList() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const attention = findChild(page, "attentionList");
            tryVerify(() => attention.count > 0, 10000);
            const index = firstRowAbout(attention, "agreed_actions");
            verify(index >= 0, "the demo caseload has an agreed action due");
            const row = attention.itemAtIndex(index);
            // The card says which action, in its own words, not only that one is due.
            verify(row.line.length > 0 && !row.line.startsWith("Agreed action due"), row.line);
            const id = row.subjectId;
            const before = attention.count;
            const done = findChild(row, "markDoneButton");
            verify(done !== null && done.visible);
            verify(done.height >= Theme.touchTarget);
            mouseClick(done);
            tryCompare(attention, "count", before - 1, 10000);
            verifyGone(attention, id);
            compare(page.errorText, "");
        }

        function test_anActionIsCancelledThroughItsDialog() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const attention = findChild(page, "attentionList");
            tryVerify(() => attention.count > 0, 10000);
            const index = firstRowAbout(attention, "agreed_actions");
            verify(index >= 0, "the demo caseload has an agreed action due");
            const row = attention.itemAtIndex(index);
            const id = row.subjectId;
            const before = attention.count;
            // Made on the first tap, not with every row of the list.
            compare(findChild(row, "cancelItemDialog"), null);
            mouseClick(findChild(row, "cancelItemButton"));
            const dialog = findChild(row, "cancelItemDialog");
            verify(dialog !== null);
            tryCompare(dialog, "opened", true);
            const confirm = findChild(row, "confirmCancelButton");
            verify(confirm.enabled); // an action is cancelled with or without a reason
            mouseClick(confirm);
            tryCompare(attention, "count", before - 1, 10000);
            verifyGone(attention, id);
            compare(page.errorText, "");
        }

        function test_aMeetingIsCancelledOnlyWithAReason() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const attention = findChild(page, "attentionList");
            tryVerify(() => attention.count > 0, 10000);
            const index = firstRowAbout(attention, "follow_up_meetings");
            if (index < 0)
                skip("no planned meeting due in the demo caseload today");
            const row = attention.itemAtIndex(index);
            verify(findChild(row, "markDoneButton").visible === false);
            verify(findChild(row, "moveMeetingButton").visible);
            const before = attention.count;
            mouseClick(findChild(row, "cancelItemButton"));
            const dialog = findChild(row, "cancelItemDialog");
            tryCompare(dialog, "opened", true);
            const confirm = findChild(row, "confirmCancelButton");
            verify(!confirm.enabled); // a reason first
            findChild(row, "cancelReason").text = "Syk denne uka";
            verify(confirm.enabled);
            mouseClick(confirm);
            tryCompare(attention, "count", before - 1, 10000);
        }

        function test_newVisitIsOneTapAway() {
            const page = createTemporaryObject(caseloadPage, root);
            tryCompare(page, "ready", true, 20000);
            const spy = createTemporaryObject(spyComponent, root, { target: page, signalName: "newVisit" });
            mouseClick(findChild(page, "newVisitButton"));
            compare(spy.count, 1);
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
