import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Participant
import Fieldnotes.Test

// A team lead hands a participant over from the participant page: Hand over, a colleague from the
// team list, confirm; the store then says the colleague follows them (core/handover.h), and the
// overview says since when.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: participantPage
        ParticipantPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "HandOver"
        when: windowShown

        function test_aLeadHandsAParticipantOver() {
            const pid = Fixture.participantInWork();
            const before = Fixture.specialistOf(pid);
            verify(before.length > 0);
            const page = createTemporaryObject(participantPage, root, { participantId: pid });
            tryCompare(page, "ready", true, 20000);
            const button = findChild(page, "handOverButton");
            tryVerify(() => button.visible && button.width > 0, 10000);
            waitForRendering(page); // the header lays the new button out first
            mouseClick(button);
            const dialog = findChild(page, "handOverDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmHandOver");
            verify(!confirm.enabled); // a colleague first
            const choices = findChild(dialog.contentItem, "handOverChoices");
            verify(choices.count > 0);
            const colleague = choices.itemAt(0);
            verify(colleague.text.length > 0);
            const colleagueName = colleague.text.split(" · ")[0];
            const followed = findChild(page, "followedBy");
            verify(followed.value.length > 0);
            verify(followed.value.indexOf(colleagueName) < 0); // someone else follows them until the hand-over
            mouseClick(colleague);
            tryVerify(() => confirm.enabled);
            verify(confirm.text.startsWith("Hand over to "));
            // For a look by eye (run under Xvfb with FIELDNOTES_SHOTS=folder): the page and the dialog.
            if (Fixture.shotsFolder().length > 0)
                grabImage(root.parent).save(Fixture.shotsFolder() + "/handover-dialog-en-1280x800.png");
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => Fixture.specialistOf(pid) !== before, 20000);
            // The overview names the colleague and the hand-over's day (today), whatever the demo's
            // participant said before.
            tryCompare(followed, "value", colleagueName + " since " + Fixture.todayText(), 20000);
            // The one who follows them now is not offered again.
            mouseClick(button);
            tryVerify(() => dialog.opened);
            tryVerify(() => choices.count > 0);
            for (let i = 0; i < choices.count; ++i)
                verify(choices.itemAt(i).objectName !== "handOverTo_" + Fixture.specialistOf(pid));
        }
    }
}
