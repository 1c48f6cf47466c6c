import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Visit
import Fieldnotes.Test

// A new visit from draft to final through the screen: typed text is saved as a draft at once,
// the consent notice appears for an employer, and one tap finalizes the note.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: visitPage
        VisitPage {
            anchors.fill: parent
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "Visit"
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

        function test_fromDraftToFinal() {
            const participant = Fixture.participantInWork();
            verify(participant.length > 0);
            const before = Fixture.visitCount(participant);
            const drafts = Fixture.draftCount();
            const page = createTemporaryObject(visitPage, root, { participantId: participant });
            tryCompare(page, "ready", true, 20000);
            const done = createTemporaryObject(spyComponent, root, { target: page, signalName: "done" });

            const note = findChild(page, "note").input;
            note.forceActiveFocus();
            type("Trivdes med oppgavene.");
            tryVerify(() => Fixture.draftCount() === drafts + 1, 10000); // saved while typing

            const finalize = findChild(page, "finalizeButton");
            tryVerify(() => finalize.enabled);
            mouseClick(finalize);
            tryCompare(done, "count", 1, 20000);
            compare(Fixture.visitCount(participant), before + 1);
            compare(Fixture.lastVisitNote(participant), "Trivdes med oppgavene.");
            compare(Fixture.draftCount(), drafts); // the draft is gone with the final note
        }

        function test_consentsShowBeforeNotingForAnEmployer() {
            const participant = Fixture.participantInWork();
            const page = createTemporaryObject(visitPage, root, { participantId: participant, employerId: Fixture.firstEmployer() });
            tryCompare(page, "ready", true, 20000);
            tryVerify(() => {
                const found = [];
                const walk = item => { for (const c of kids(item)) { if (c.text !== undefined && c.visible && typeof c.text === "string") found.push(c.text); walk(c); } };
                walk(page);
                return found.some(t => t.indexOf("Before you note anything for this employer") >= 0);
            }, 10000);
        }

        function test_nothingToFinalizeWithoutAnyone() {
            const page = createTemporaryObject(visitPage, root);
            tryCompare(page, "ready", true, 20000);
            verify(!findChild(page, "finalizeButton").enabled);
        }
    }
}
