import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Test

// The whole app: a half-typed visit note, then no input for longer than the lock time. The tablet
// locks (nothing of the case store stays on screen), and after unlocking the note is back as typed.
Item {
    id: root
    width: 100
    height: 100

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "LockOnIdle"
        when: windowShown

        function find(item, name) {
            return findChild(item.contentItem, name);
        }

        function test_lockOnIdleLosesNothing() {
            verify(Session.unlocked);
            Preferences.lockTimeoutMinutes = 5;
            const window = createTemporaryObject(app, root);
            tryVerify(() => find(window, "mainStack") !== null, 10000);
            const stack = find(window, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            mouseClick(find(window, "navNewVisit"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            // The app's own window is not the test's: text goes in as an input method would put it.
            const note = findChild(stack.currentItem, "note").input;
            note.forceActiveFocus();
            note.insert(0, "Halvskrevet");

            Fixture.advanceIdle(4);
            verify(Session.unlocked); // not yet
            Fixture.advanceIdle(6);
            tryCompare(Session, "unlocked", false, 10000);
            tryVerify(() => find(window, "passphraseField") !== null, 10000);
            verify(find(window, "mainStack") === null);

            const field = find(window, "passphraseField");
            field.insert(0, Fixture.passphrase);
            mouseClick(find(window, "unlockButton"));
            tryCompare(Session, "unlocked", true, 20000);
            tryVerify(() => find(window, "mainStack") !== null && find(window, "mainStack").depth === 2, 20000);
            const reopened = find(window, "mainStack").currentItem;
            tryVerify(() => findChild(reopened, "note").input.text === "Halvskrevet", 20000);
        }
    }
}
