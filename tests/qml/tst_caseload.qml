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
