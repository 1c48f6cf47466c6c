import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Sync
import Fieldnotes.Test

// The sync page: outbox and last sync shown; a conflict shows both sides and goes with one tap;
// what waits to be sent is listed record by record; a refused change says why and what to do, and
// goes from the list with one tap.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: syncPage
        SyncPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Sync"
        when: windowShown

        // An item's visual children as an array (a QML list is not iterable from JavaScript).
        function kids(item) {
            const out = [];
            for (let k = 0; k < item.children.length; ++k)
                out.push(item.children[k]);
            return out;
        }

        function buttonWithText(item, text) {
            for (const c of kids(item)) {
                if (c.text === text && c.clicked !== undefined && c.visible)
                    return c;
                const found = buttonWithText(c, text);
                if (found)
                    return found;
            }
            return null;
        }

        function test_conflictResolvedWithOneTap() {
            verify(Fixture.makeConflict());
            const page = createTemporaryObject(syncPage, root);
            tryCompare(page, "ready", true, 20000);
            verify(findChild(page, "lastSync").text.length > 0);
            verify(findChild(page, "pending").text.length > 0);
            verify(!findChild(page, "syncButton").enabled); // no office connection in this build
            const list = findChild(page, "conflictList");
            tryCompare(list, "count", 1, 10000);
            const card = list.itemAtIndex(0);
            verify(card.keptBy.length > 0 && card.otherBy.length > 0);
            const other = card.otherText;
            const pid = Fixture.participantInWork();
            mouseClick(buttonWithText(card, "Use this instead"));
            tryCompare(list, "count", 0, 10000);
            compare(Fixture.participantPhone(pid), other);
        }

        function test_whatWaitsToBeSent() {
            const page = createTemporaryObject(syncPage, root);
            tryCompare(page, "ready", true, 20000);
            mouseClick(findChild(page, "waitingTab"));
            const list = findChild(page, "waitingList");
            tryVerify(() => list.visible && list.count > 0, 10000); // the demo's caseload is not sent yet
            // The tab counts every record waiting; the list shows the oldest of them.
            const counted = parseInt(findChild(page, "waitingTab").text.replace(/[^0-9]/g, ""));
            verify(counted >= list.count);
        }

        function test_aRefusedChangeSaysWhatToDo() {
            verify(Fixture.addRefusal());
            const page = createTemporaryObject(syncPage, root);
            tryCompare(page, "ready", true, 20000);
            mouseClick(findChild(page, "refusedTab"));
            const list = findChild(page, "refusedList");
            tryCompare(list, "count", 1, 10000);
            const card = list.itemAtIndex(0);
            verify(card.reason.indexOf("decided at the office") >= 0);
            verify(card.remedyText.length > 0);
            verify(!findChild(card, "typedText").visible); // what was typed shows only when asked for
            mouseClick(buttonWithText(card, "Show what you wrote"));
            tryVerify(() => findChild(card, "typedText").visible);
            verify(findChild(card, "typedText").text.indexOf("41234567") >= 0);
            mouseClick(findChild(card, "dismissRefused"));
            tryCompare(list, "count", 0, 10000);
            compare(Fixture.refusedCount(), 0);
        }
    }
}
