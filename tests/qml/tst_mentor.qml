import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Mentor
import Fieldnotes.Test

// Mentor mode: only the assigned person is listed with the mandate, the shared goals and the next
// talk; an entry and a structured talk are logged in a few taps.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: homePage
        MentorHomePage {
            anchors.fill: parent
        }
    }
    Component {
        id: entryPage
        MentorEntryPage {
            anchors.fill: parent
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "Mentor"
        when: windowShown

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

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

        function test_onlyAssignedPeople() {
            compare(Session.role, Session.Mentor);
            const page = createTemporaryObject(homePage, root);
            tryCompare(page, "ready", true, 20000);
            tryCompare(findChild(page, "mentorCases"), "count", 1);
        }

        function test_homeShowsTheMandateGoalsAndNextTalk() {
            const page = createTemporaryObject(homePage, root);
            tryCompare(page, "ready", true, 20000);
            tryCompare(findChild(page, "mentorCases"), "count", 1);
            const texts = visibleTexts(page);
            verify(texts.some(t => t.indexOf("Your task: Opplæring i arbeidsoppgavene") === 0));
            verify(texts.indexOf("Learning goals shared with you") >= 0);
            verify(texts.some(t => t.indexOf("• Melde fra til leder ved fravær") === 0));
            verify(texts.some(t => t.indexOf("structured talk") >= 0 || t.indexOf("Structured talk") >= 0));
        }

        function test_logAStructuredTalk() {
            const participant = Fixture.mentorParticipant();
            const before = Fixture.talkCount(participant);
            const home = createTemporaryObject(homePage, root);
            tryCompare(home, "ready", true, 20000);
            const spy = createTemporaryObject(spyComponent, root, { target: home, signalName: "logTalk" });
            mouseClick(findChild(home, "logTalk"));
            compare(spy.count, 1);
            home.destroy();

            const page = createTemporaryObject(entryPage, root, { participantId: participant, kind: "structured_talk" });
            tryCompare(page, "ready", true, 20000);
            tryVerify(() => page.title.indexOf("Structured talk with") === 0);
            // The goals to go through, and what was agreed.
            tryVerify(() => visibleTexts(page).indexOf("Go through the learning goals together:") >= 0);
            verify(findChild(page, "expectedBehaviour").visible);
            const done = createTemporaryObject(spyComponent, root, { target: page, signalName: "done" });
            findChild(page, "situation").forceActiveFocus();
            type("Gikk gjennom begge målene.");
            findChild(page, "expectedBehaviour").forceActiveFocus();
            type("Ringer leder før kl. 8 ved fravær.");
            const save = findChild(page, "saveEntry");
            tryVerify(() => save.enabled);
            mouseClick(save);
            tryCompare(done, "count", 1, 20000);
            compare(Fixture.talkCount(participant), before + 1);
        }

        function test_logAnEntry() {
            const participant = Fixture.mentorParticipant();
            verify(participant.length > 0);
            const before = Fixture.naturalSupportCount(participant);
            const page = createTemporaryObject(entryPage, root, { participantId: participant });
            tryCompare(page, "ready", true, 20000);
            const done = createTemporaryObject(spyComponent, root, { target: page, signalName: "done" });
            const save = findChild(page, "saveEntry");
            verify(!save.enabled);
            const situation = findChild(page, "situation");
            situation.forceActiveFocus();
            type("Lærte kassen.");
            mouseClick(findChild(page, "needsSpecialist"));
            tryVerify(() => save.enabled);
            mouseClick(save);
            tryCompare(done, "count", 1, 20000);
            compare(Fixture.naturalSupportCount(participant), before + 1);
        }
    }
}
