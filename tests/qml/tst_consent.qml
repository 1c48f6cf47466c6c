import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Participant
import Fieldnotes.Test

// Recording and revoking consent: on a participant's Consents tab, "Record consent" opens the form;
// a disclosure needs what, to whom and why before it is saved; back on the tab the consent is listed
// at once, and "Revoke" asks before it withdraws the consent for good. Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Consent"
        when: windowShown

        function chip(chips, label) {
            for (let i = 0; i < chips.children.length; ++i) {
                const c = chips.children[i];
                if (c.text !== undefined && c.text.endsWith(label))
                    return c;
            }
            return null;
        }
        function typeInto(field, text) {
            field.text = text;
            if (field.textEdited)
                field.textEdited();
        }
        function visibleRevokes(page) {
            const list = findChild(page, "consentsList");
            let n = 0;
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const b = findChild(list.contentItem.children[i], "revokeConsent");
                if (b && b.visible)
                    ++n;
            }
            return n;
        }

        function test_recordAConsentAndRevokeIt() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => findChild(window.contentItem, "mainStack") !== null, 10000);
            const stack = findChild(window.contentItem, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            // Someone this tablet's specialist follows: taken on just now, with no consent yet.
            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const intake = stack.currentItem;
            typeInto(findChild(intake, "participantName"), "Sigrid Oppdiktet");
            mouseClick(findChild(intake, "saveParticipant"));
            tryVerify(() => stack.currentItem !== intake && stack.currentItem.ready && !stack.busy, 20000);
            const page = stack.currentItem;

            mouseClick(findChild(page, "consentsTab"));
            const record = findChild(page, "recordConsent");
            tryVerify(() => record.visible && record.height >= Theme.touchTarget);
            compare(visibleRevokes(page), 0);
            mouseClick(record);
            tryVerify(() => stack.currentItem !== page && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            compare(form.title, "Record consent");

            // Nothing chosen: a tap on Record says what is missing.
            const save = findChild(form, "saveConsent");
            mouseClick(save);
            tryVerify(() => form.errorText.indexOf("what may be told") >= 0);

            const needs = chip(findChild(form, "consentItemChips"), "Support needs and accommodations");
            verify(needs !== null);
            verify(needs.height >= Theme.touchTarget);
            mouseClick(needs);
            mouseClick(chip(findChild(form, "recipientKindChips"), "Employer"));
            const employers = findChild(form, "recipientChoice");
            tryVerify(() => employers.visible && employers.count > 0);
            verify(employers.height >= Theme.touchTarget);
            employers.currentIndex = 0;
            employers.activated(0);
            tryVerify(() => findChild(form, "consentMissing").text.indexOf("what the information is for") >= 0);
            typeInto(findChild(form, "consentPurpose"), "Tilrettelegge oppgavene");
            tryVerify(() => !findChild(form, "consentMissing").visible);
            mouseClick(chip(findChild(form, "consentHowChips"), "In writing"));
            findChild(form, "consentSummarySimple").text = "Sjefen får vite hva som hjelper deg.";
            mouseClick(save);

            // Back on the Consents tab, the consent is listed at once and can be revoked.
            tryVerify(() => stack.currentItem === page && !stack.busy, 20000);
            tryVerify(() => visibleRevokes(page) === 1, 20000);
            let revoke = null;
            const list = findChild(page, "consentsList");
            for (let i = 0; i < list.contentItem.children.length; ++i) {
                const b = findChild(list.contentItem.children[i], "revokeConsent");
                if (b && b.visible)
                    revoke = b;
            }
            verify(revoke.height >= Theme.touchTarget);
            mouseClick(revoke);
            const dialog = findChild(page, "revokeConsentDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmRevokeConsent");
            verify(confirm.height >= Theme.touchTarget);
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => visibleRevokes(page) === 0, 20000);
        }
    }
}
