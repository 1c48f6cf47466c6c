import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Participant
import Fieldnotes.Test

// Correcting one's own finalized visit from its entry page: "Correct" opens the note prefilled,
// the correction is saved as a new entry and shown in place, marked "Corrected", and the original
// can still be opened.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: entryPage
        EntryPage {
            anchors.fill: parent
        }
    }
    Component {
        id: participantPage
        ParticipantPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Correction"
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
        function named(item, name) {
            for (const c of kids(item)) {
                if (c.objectName === name)
                    return c;
                const found = named(c, name);
                if (found)
                    return found;
            }
            return null;
        }

        SignalSpy {
            id: opened
            signalName: "openEntry"
        }

        function test_correctingOnesOwnVisit() {
            const original = Fixture.ownVisit();
            verify(original.length > 0);
            const participant = Fixture.participantOfVisit(original);
            const before = Fixture.visitCount(participant);
            const page = createTemporaryObject(entryPage, root, { table: "visits", entryId: original });
            tryCompare(page, "ready", true, 20000);
            const correct = named(page, "correctVisit");
            verify(correct !== null);
            tryCompare(correct, "visible", true, 10000);
            verify(!named(page, "correctionForm").visible);
            mouseClick(correct);
            tryCompare(named(page, "correctionForm"), "visible", true);
            const note = named(page, "correctNote");
            verify(note.text.length > 0); // prefilled with the note as it stands
            note.text = "Rettet i testen: møtet var på tirsdag.";
            named(page, "saveCorrection").clicked(); // may be below the fold: the tap on Correct is real
            tryVerify(() => page.errorText.length > 0 || !named(page, "correctionForm").visible, 10000);
            compare(page.errorText, "");
            tryCompare(named(page, "correctionForm"), "visible", false, 10000);
            tryVerify(() => visibleTexts(page).indexOf("Rettet i testen: møtet var på tirsdag.") >= 0, 10000);
            compare(Fixture.visitCount(participant), before + 1);
            compare(Fixture.lastVisitNote(participant), "Rettet i testen: møtet var på tirsdag.");
            tryCompare(named(page, "correctedMark"), "visible", true);
            if (Fixture.shotsFolder().length > 0)
                page.grabToImage(r => r.saveToFile(Fixture.shotsFolder() + "/correction-done.png"));

            opened.target = page;
            opened.clear();
            named(page, "showOriginal").clicked();
            compare(opened.count, 1);
            compare(opened.signalArguments[0][0], "visits");
            compare(opened.signalArguments[0][1], original);

            // The original, opened from there: readable, marked as corrected, with no "Correct".
            const old = createTemporaryObject(entryPage, root, { table: "visits", entryId: original });
            tryCompare(old, "ready", true, 20000);
            tryCompare(named(old, "supersededNotice"), "visible", true, 10000);
            verify(!named(old, "correctVisit").visible);
        }

        function test_theTimelineShowsTheCorrectionInPlace() {
            const original = Fixture.ownVisit();
            const participant = Fixture.participantOfVisit(original);
            const page = createTemporaryObject(entryPage, root, { table: "visits", entryId: original });
            tryCompare(page, "ready", true, 20000);
            tryCompare(named(page, "correctVisit"), "visible", true, 10000);
            mouseClick(named(page, "correctVisit"));
            named(page, "correctNote").text = "Tidslinjen viser rettelsen.";
            named(page, "saveCorrection").clicked(); // may be below the fold: the tap on Correct is real
            tryVerify(() => page.errorText.length > 0 || !named(page, "correctionForm").visible, 10000);
            compare(page.errorText, "");
            tryCompare(named(page, "correctionForm"), "visible", false, 10000);

            const person = createTemporaryObject(participantPage, root, { participantId: participant });
            tryCompare(person, "ready", true, 20000);
            tryVerify(() => visibleTexts(person).indexOf("Tidslinjen viser rettelsen.") >= 0, 10000);
            verify(visibleTexts(person).indexOf("Corrected") >= 0);
        }
    }
}
