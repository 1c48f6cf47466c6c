import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Mentor
import Fieldnotes.Test

// Mentor mode: only the assigned person is listed, and an entry is logged in a few taps.
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

        function test_onlyAssignedPeople() {
            compare(Session.role, Session.Mentor);
            const page = createTemporaryObject(homePage, root);
            tryCompare(page, "ready", true, 20000);
            tryCompare(findChild(page, "mentorCases"), "count", 1);
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
