import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Participant
import Fieldnotes.Test

// Taking a person on: the intake form refuses a national ID number before anything is saved; from
// the caseload, "New participant" opens the form and saving opens the new participant's page, where
// they can be discharged with a reason and a date. Invented people only.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: intakePage
        IntakePage {
            anchors.fill: parent
        }
    }
    Component {
        id: app
        Main {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "Intake"
        when: windowShown

        function find(item, name) {
            return findChild(item.contentItem, name);
        }
        // The chip whose label ends with `label` among a ChoiceChips' buttons.
        function chip(chips, label) {
            for (let i = 0; i < chips.children.length; ++i) {
                const c = chips.children[i];
                if (c.text !== undefined && c.text.endsWith(label))
                    return c;
            }
            return null;
        }
        // Text put in as an input method would (the app's window is not the test's).
        function typeInto(field, text) {
            field.text = text;
            field.textEdited();
        }

        function test_aNationalIdNumberIsRefusedBeforeSaving() {
            const page = createTemporaryObject(intakePage, root);
            tryCompare(page, "ready", true, 20000);
            const saved = createTemporaryObject(spyComponent, root, { target: page, signalName: "saved" });
            const save = findChild(page, "saveParticipant");
            const missing = findChild(page, "intakeMissing");
            verify(save.height >= Theme.touchTarget);
            // Nothing typed yet: a tap says what is missing, and nothing is saved.
            verify(missing.visible);
            mouseClick(save);
            tryVerify(() => page.errorText.indexOf("name") >= 0);
            compare(saved.count, 0);
            findChild(page, "participantName").forceActiveFocus();
            for (const c of "Tiril")
                keyClick(c);
            tryVerify(() => !missing.visible);

            findChild(page, "participantPhone").forceActiveFocus();
            for (const c of "01019012345")
                keyClick(c);
            tryVerify(() => missing.visible);
            verify(missing.text.indexOf("national ID number") >= 0, missing.text);
            verify(missing.text.indexOf("Phone") >= 0, missing.text);
            mouseClick(save);
            tryVerify(() => page.errorText.indexOf("national ID number") >= 0);
            wait(200);
            compare(saved.count, 0);
            findChild(page, "participantPhone").forceActiveFocus();
            for (let i = 0; i < 11; ++i)
                keyClick(Qt.Key_Backspace);
            tryVerify(() => !missing.visible);

            // Down the form, as a finger would scroll, to the consent.
            const flick = findChild(page, "intakeScroll").contentItem;
            const consent = findChild(page, "consentCheck");
            flick.contentY = Math.min(consent.mapToItem(flick.contentItem, 0, 0).y - 100,
                                      flick.contentHeight - flick.height);
            waitForRendering(page);
            mouseClick(consent);
            verify(consent.checked);
            mouseClick(save);
            tryCompare(saved, "count", 1, 20000);
            verify(saved.signalArguments[0][0].length > 0);
        }

        function test_fromTheCaseloadToTheNewPersonAndTheirDischarge() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => find(window, "mainStack") !== null, 10000);
            const stack = find(window, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            compare(form.title, "New participant");
            typeInto(findChild(form, "participantName"), "Sigrid Oppdiktet");
            const save = findChild(form, "saveParticipant");
            tryVerify(() => !findChild(form, "intakeMissing").visible);
            mouseClick(save);

            // The form gives way to the new participant's page.
            tryVerify(() => stack.depth === 2 && stack.currentItem !== form && stack.currentItem.ready
                      && !stack.busy, 20000);
            const page = stack.currentItem;
            compare(page.title, "Sigrid Oppdiktet");

            const discharge = findChild(page, "dischargeButton");
            verify(discharge.visible);
            mouseClick(discharge);
            const dialog = findChild(page, "dischargeDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmDischarge");
            verify(!confirm.enabled); // a reason first
            const education = chip(findChild(dialog.contentItem, "dischargeReasonChips"), "Education");
            verify(education !== null);
            mouseClick(education);
            tryVerify(() => confirm.enabled);
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => !discharge.visible, 20000);
        }
    }
}
