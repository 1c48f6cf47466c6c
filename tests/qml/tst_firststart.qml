import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Unlock
import Fieldnotes.Test

// First start: the strength is shown, a weak passphrase is refused, the two must match, and a
// good passphrase creates and opens the encrypted store.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: firstStartPage
        FirstStartPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "FirstStart"
        when: windowShown

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_choosePassphrase() {
            compare(Session.state, Session.NoStore);
            const page = createTemporaryObject(firstStartPage, root);
            const passphrase = findChild(page, "newPassphraseField");
            const confirmation = findChild(page, "confirmPassphraseField");
            const create = findChild(page, "createButton");

            passphrase.forceActiveFocus();
            type("kort");
            verify(!create.enabled); // too short
            passphrase.text = "";
            passphrase.forceActiveFocus();
            type("hesten spiser gul banan");
            confirmation.forceActiveFocus();
            type("hesten spiser gul bananer");
            verify(create.enabled);
            mouseClick(create);
            verify(!Session.unlocked); // the two were not the same
            compare(Session.state, Session.NoStore);

            confirmation.text = "";
            confirmation.forceActiveFocus();
            type("hesten spiser gul banan");
            mouseClick(create);
            tryCompare(Session, "unlocked", true, 20000);
            verify(Session.createdThisRun);
            verify(!Session.paired);
        }
    }
}
