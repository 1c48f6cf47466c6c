import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Documents
import Fieldnotes.Participant
import Fieldnotes.Test

// "What is shared about me": reached from the participant's page, read in plain Norwegian or in
// English, and an encrypted copy made from it in a few taps, the passphrase shown once.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: participantPage
        ParticipantPage {
            anchors.fill: parent
        }
    }
    Component {
        id: sharedPage
        SharedAboutMePage {
            anchors.fill: parent
        }
    }
    Component {
        id: exportPage
        ExportPage {
            anchors.fill: parent
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "Shared"
        when: windowShown

        function kids(item) {
            const out = [];
            for (let k = 0; k < item.children.length; ++k)
                out.push(item.children[k]);
            return out;
        }
        function visibleTexts(item) {
            const found = [];
            const walk = i => { for (const c of kids(i)) { if (c.visible) { if (typeof c.text === "string") found.push(c.text); walk(c); } } };
            walk(item);
            return found;
        }

        function test_openedFromTheParticipantsPage() {
            const pid = Fixture.participantInWork();
            const page = createTemporaryObject(participantPage, root, { participantId: pid });
            tryCompare(page, "ready", true, 20000);
            const spy = createTemporaryObject(spyComponent, root, { target: page, signalName: "openShared" });
            mouseClick(findChild(page, "openShared"));
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], pid);
        }

        function test_readInPlainNorwegianOrEnglish() {
            const page = createTemporaryObject(sharedPage, root, { participantId: Fixture.participantInWork() });
            tryCompare(page, "ready", true, 20000);
            const list = findChild(page, "sharedDocument");
            tryVerify(() => list.count > 5, 10000);
            // The app speaks English in the tests: the page starts in English.
            tryVerify(() => visibleTexts(page).indexOf("Who follows you") >= 0, 10000);
            // A tap lands on what is on the screen: let the loaded page be drawn first.
            waitForRendering(page);
            mouseClick(findChild(page, "language-nb-plain"));
            tryVerify(() => visibleTexts(page).indexOf("Disse hjelper deg") >= 0, 10000);
            verify(visibleTexts(page).some(t => t.indexOf("Du bestemmer") >= 0));
            // The rest of the document is further down the list.
            list.positionViewAtEnd();
            tryVerify(() => visibleTexts(page).indexOf("Slik sier du nei") >= 0, 10000);
        }

        function test_exportButtonsSayWhat() {
            const pid = Fixture.participantInWork();
            const page = createTemporaryObject(sharedPage, root, { participantId: pid });
            tryCompare(page, "ready", true, 20000);
            const spy = createTemporaryObject(spyComponent, root, { target: page, signalName: "exportDocument" });
            // In portrait the copies come after the page.
            const list = findChild(page, "sharedDocument");
            tryVerify(() => list.count > 5, 10000);
            // The blocks above settle their heights as they are laid out: scroll until the button
            // is wholly inside the list before tapping it.
            function tapInList(name) {
                const button = findChild(page, name);
                tryVerify(() => {
                    list.positionViewAtEnd();
                    const at = button.mapToItem(list, 0, 0);
                    return at.y >= 0 && at.y + button.height <= list.height;
                }, 5000);
                mouseClick(button);
            }
            tapInList("exportAccess");
            compare(spy.count, 1);
            compare(spy.signalArguments[0][0], "right_of_access");
            compare(spy.signalArguments[0][1], pid);
            tapInList("exportReport");
            compare(spy.count, 2);
            compare(spy.signalArguments[1][0], "individual_report");
        }

        function test_aCopyWithAPassphraseShownOnce() {
            const before = Fixture.exportFileCount();
            const page = createTemporaryObject(exportPage, root,
                { participantId: Fixture.participantInWork(), kind: "shared_about_me", language: "nb-plain" });
            tryCompare(page, "ready", true, 20000);
            verify(findChild(page, "protectGenerated").checked); // this tablet has no office key
            const make = findChild(page, "makeExport");
            tryVerify(() => make.enabled);
            mouseClick(make);
            tryVerify(() => findChild(page, "exportDone").visible, 30000);
            compare(Fixture.exportFileCount(), before + 1);
            // For a look by eye (run under Xvfb with FIELDNOTES_SHOTS=folder).
            if (Fixture.shotsFolder().length > 0)
                grabImage(page).save(Fixture.shotsFolder() + "/export-done.png");
            const file = findChild(page, "exportFile").value;
            verify(file.indexOf("shared-about-me-") === 0);
            const pass = findChild(page, "generatedPassphrase");
            verify(pass.visible);
            compare(pass.text.length, 29);
            verify(findChild(page, "howToOpen").text.indexOf(file) >= 0);
            const done = createTemporaryObject(spyComponent, root, { target: page, signalName: "done" });
            mouseClick(findChild(page, "exportFinished"));
            compare(done.count, 1);
        }

        function test_aChosenPassphraseIsCheckedBeforeAnythingIsMade() {
            const before = Fixture.exportFileCount();
            const page = createTemporaryObject(exportPage, root,
                { participantId: Fixture.participantInWork(), kind: "right_of_access" });
            tryCompare(page, "ready", true, 20000);
            mouseClick(findChild(page, "protectOwn"));
            const field = findChild(page, "passphrase");
            tryVerify(() => field.visible);
            field.forceActiveFocus();
            keyClick("k");
            const make = findChild(page, "makeExport");
            verify(!make.enabled);
            verify(visibleTexts(page).some(t => t.indexOf("at least 12 characters") >= 0));
            compare(Fixture.exportFileCount(), before);
        }
    }
}
