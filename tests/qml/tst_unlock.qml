import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Unlock
import Fieldnotes.Test

// Unlocking: a wrong passphrase says so and nothing opens; the right one opens the store.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: unlockPage
        UnlockPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Unlock"
        when: windowShown

        // An item's visual children as an array (a QML list is not iterable from JavaScript).
        function kids(item) {
            const out = [];
            for (let k = 0; k < item.children.length; ++k)
                out.push(item.children[k]);
            return out;
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_wrongThenRightPassphrase() {
            compare(Session.state, Session.Locked);
            const page = createTemporaryObject(unlockPage, root);
            verify(page.ready);
            const field = findChild(page, "passphraseField");
            const button = findChild(page, "unlockButton");
            verify(field && button);

            field.forceActiveFocus();
            type("not my passphrase");
            mouseClick(button);
            tryCompare(Session, "state", Session.Locked, 20000);
            tryVerify(() => findChild(page, "passphraseField").text === "", 5000);
            verify(!Session.unlocked);
            // The error says what happened, and the field is empty again.
            tryVerify(() => {
                const labels = [];
                const walk = item => { for (const c of kids(item)) { if (c.text !== undefined && c.visible) labels.push(c.text); walk(c); } };
                walk(page);
                return labels.some(t => typeof t === "string" && t.indexOf("not right") >= 0);
            }, 5000);

            field.forceActiveFocus();
            type(Fixture.passphrase);
            keyClick(Qt.Key_Return);
            tryCompare(Session, "unlocked", true, 20000);
            compare(Session.staffName, "Ingrid Lunde");
        }
    }
}
