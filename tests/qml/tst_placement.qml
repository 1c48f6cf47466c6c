import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.App
import Fieldnotes.Participant
import Fieldnotes.Test

// Starting and ending a job: on a participant's Work tab, "Start a job" opens the form; the
// employer comes from the directory, a paid job needs its contract kind before it starts; back on
// the page the job is listed, "Change" records a new position % from a day and the contract, and
// "End" closes it with a reason and what was learnt. Invented people.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: app
        Main {}
    }

    TestCase {
        name: "Placement"
        when: windowShown

        function find(item, name) {
            return findChild(item.contentItem, name);
        }
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

        function test_startAJobAndEndIt() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => find(window, "mainStack") !== null, 10000);
            const stack = find(window, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);

            // Someone this tablet's specialist follows: taken on just now.
            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const intake = stack.currentItem;
            typeInto(findChild(intake, "participantName"), "Sigrid Oppdiktet");
            mouseClick(findChild(intake, "saveParticipant"));
            tryVerify(() => stack.currentItem !== intake && stack.currentItem.ready && !stack.busy, 20000);
            const page = stack.currentItem;

            mouseClick(findChild(page, "workTab"));
            const start = findChild(page, "startJob");
            tryVerify(() => start.visible && start.height >= Theme.touchTarget);
            mouseClick(start);
            tryVerify(() => stack.currentItem !== page && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            compare(form.title, "Start a job");

            // Nothing chosen: a tap on Start says what is missing.
            const save = findChild(form, "savePlacement");
            mouseClick(save);
            tryVerify(() => form.errorText.indexOf("employer") >= 0);

            const employers = findChild(form, "employerChoice");
            verify(employers.count > 0);
            verify(employers.height >= Theme.touchTarget);
            employers.currentIndex = 0;
            employers.activated(0);
            const percent = findChild(form, "positionPercent");
            percent.value = 40;
            percent.valueModified();
            tryVerify(() => findChild(form, "placementMissing").text.indexOf("contract") >= 0);
            const temporary = chip(findChild(form, "contractChips"), "Temporary");
            verify(temporary !== null);
            mouseClick(temporary);
            tryVerify(() => !findChild(form, "placementMissing").visible);
            typeInto(findChild(form, "placementTitle"), "Lagermedarbeider");
            mouseClick(save);

            // Back on the participant's page, the job is listed and can be ended.
            tryVerify(() => stack.currentItem === page && !stack.busy, 20000);
            let end = null;
            tryVerify(() => (end = findChild(page, "endPlacement")) !== null && end.visible, 20000);
            mouseClick(end);
            const dialog = findChild(page, "endPlacementDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmEndPlacement");
            verify(confirm.height >= Theme.touchTarget);
            // The job starts today; ending it without a reason is refused in plain words.
            mouseClick(confirm);
            tryVerify(() => findChild(dialog.contentItem, "endError").text.indexOf("why the job ended") >= 0, 20000);
            typeInto(findChild(dialog.contentItem, "endReason"), "Kontrakten ble ikke forlenget");
            findChild(dialog.contentItem, "endLearnt").text = "Trives med faste oppgaver";
            wait(Qt.styleHints.mouseDoubleClickInterval + 100); // a second tap, not a double tap
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => !findChild(page, "endPlacement").visible, 20000);
        }

        // A running job changes: "Change" opens a small dialog; with nothing changed it says so;
        // a new position % from a day ahead and a permanent contract are saved, and the card shows
        // the position history.
        function test_changeARunningJob() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => find(window, "mainStack") !== null, 10000);
            const stack = find(window, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);
            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const intake = stack.currentItem;
            typeInto(findChild(intake, "participantName"), "Vilde Oppdiktet");
            mouseClick(findChild(intake, "saveParticipant"));
            tryVerify(() => stack.currentItem !== intake && stack.currentItem.ready && !stack.busy, 20000);
            const page = stack.currentItem;
            mouseClick(findChild(page, "workTab"));
            const start = findChild(page, "startJob");
            tryVerify(() => start.visible);
            mouseClick(start);
            tryVerify(() => stack.currentItem !== page && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            const employers = findChild(form, "employerChoice");
            employers.currentIndex = 0;
            employers.activated(0);
            const percent = findChild(form, "positionPercent");
            percent.value = 50;
            percent.valueModified();
            mouseClick(chip(findChild(form, "contractChips"), "Temporary"));
            typeInto(findChild(form, "placementTitle"), "Butikkmedarbeider");
            mouseClick(findChild(form, "savePlacement"));
            tryVerify(() => stack.currentItem === page && !stack.busy, 20000);

            let change = null;
            tryVerify(() => (change = findChild(page, "changePlacement")) !== null && change.visible, 20000);
            verify(change.height >= Theme.touchTarget);
            tryVerify(() => findChild(page, "positionHistory").value.indexOf("50 %") === 0, 20000);
            mouseClick(change);
            const dialog = findChild(page, "changePlacementDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmChangePlacement");
            verify(confirm.height >= Theme.touchTarget);
            // Nothing changed: said in plain words, nothing saved.
            mouseClick(confirm);
            tryVerify(() => findChild(dialog.contentItem, "changeError").text.indexOf("Nothing was changed") >= 0,
                      20000);

            // 80 % from a month ahead, and the contract made permanent.
            const spin = findChild(dialog.contentItem, "changePercent");
            compare(spin.value, 50);
            spin.value = 80;
            spin.valueModified();
            const from = findChild(dialog.contentItem, "changeFrom");
            tryVerify(() => from.visible);
            from.pickDaysFromToday(30);
            const permanent = chip(findChild(dialog.contentItem, "changeContractChips"), "Permanent");
            verify(permanent !== null);
            mouseClick(permanent);
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => /^50 % .*, 80 % /.test(findChild(page, "positionHistory").value), 20000);

            // The 80 % was meant as 70 %, from two weeks ahead: corrected in place. A day before the
            // start is refused first.
            let correct = null;
            tryVerify(() => (correct = findChild(page, "correctPosition")) !== null && correct.visible, 20000);
            verify(correct.height >= Theme.touchTarget);
            mouseClick(correct);
            const fix = findChild(page, "correctPositionDialog");
            tryVerify(() => fix.opened);
            const correctFrom = findChild(fix.contentItem, "correctFrom");
            const saveFix = findChild(fix.contentItem, "confirmCorrectPosition");
            correctFrom.picked(new Date(2000, 0, 3)); // long before the job started, whatever the clock
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(saveFix);
            tryVerify(() => findChild(fix.contentItem, "correctError").text.indexOf("before the job started") >= 0,
                      20000);
            correctFrom.pickDaysFromToday(14);
            const fixPercent = findChild(fix.contentItem, "correctPercent");
            compare(fixPercent.value, 80);
            fixPercent.value = 70;
            fixPercent.valueModified();
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(saveFix);
            tryVerify(() => !fix.visible, 20000);
            tryVerify(() => /^50 % .*, 70 % /.test(findChild(page, "positionHistory").value), 20000);
            verify(findChild(page, "positionHistory").value.indexOf("80 %") < 0);
        }

        // A job with a 40 % wage subsidy: the review held is recorded, a new period with 30 % from a
        // month ahead keeps the 40 % period in the history, and an early end before the new period
        // begins is refused in plain words.
        function test_supportMeasureOverTime() {
            const window = createTemporaryObject(app, root);
            tryVerify(() => find(window, "mainStack") !== null, 10000);
            const stack = find(window, "mainStack");
            tryVerify(() => stack.currentItem && stack.currentItem.ready, 20000);
            mouseClick(findChild(stack.currentItem, "newParticipantButton"));
            tryVerify(() => stack.depth === 2 && stack.currentItem.ready && !stack.busy, 20000);
            const intake = stack.currentItem;
            typeInto(findChild(intake, "participantName"), "Tuva Oppdiktet");
            mouseClick(findChild(intake, "saveParticipant"));
            tryVerify(() => stack.currentItem !== intake && stack.currentItem.ready && !stack.busy, 20000);
            const page = stack.currentItem;
            // The intake made the one who took them in their specialist, from the intake's day.
            tryVerify(() => /^\S.* since /.test(findChild(page, "followedBy").value), 20000);
            verify(findChild(page, "followedBy").value.endsWith(" since " + Fixture.todayText()));
            mouseClick(findChild(page, "workTab"));
            const start = findChild(page, "startJob");
            tryVerify(() => start.visible);
            mouseClick(start);
            tryVerify(() => stack.currentItem !== page && stack.currentItem.ready && !stack.busy, 20000);
            const form = stack.currentItem;
            const employers = findChild(form, "employerChoice");
            employers.currentIndex = 0;
            employers.activated(0);
            const percent = findChild(form, "positionPercent");
            percent.value = 60;
            percent.valueModified();
            mouseClick(chip(findChild(form, "contractChips"), "Temporary"));
            typeInto(findChild(form, "placementTitle"), "Kantinemedarbeider");
            const subsidy = findChild(form, "subsidyPercent");
            subsidy.value = 40;
            subsidy.valueModified();
            mouseClick(findChild(form, "savePlacement"));
            tryVerify(() => stack.currentItem === page && !stack.busy, 20000);

            let open = null;
            tryVerify(() => (open = findChild(page, "changeMeasure")) !== null && open.visible, 20000);
            verify(open.height >= Theme.touchTarget);
            const support = findChild(page, "supportMeasures");
            verify(support.value.indexOf("40 %") >= 0);
            mouseClick(open);
            const dialog = findChild(page, "measureDialog");
            tryVerify(() => dialog.opened);
            const confirm = findChild(dialog.contentItem, "confirmMeasure");
            verify(confirm.height >= Theme.touchTarget);
            // The review held today, with no next review.
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => findChild(page, "supportMeasures").value.indexOf("reviewed") >= 0, 20000);

            // A new period: 30 % from a month ahead.
            mouseClick(findChild(page, "changeMeasure"));
            tryVerify(() => dialog.opened);
            mouseClick(chip(findChild(dialog.contentItem, "measureActionChips"), "New period"));
            const amount = findChild(dialog.contentItem, "periodAmount");
            tryVerify(() => amount.visible);
            compare(amount.value, 40);
            amount.value = 30;
            amount.valueModified();
            findChild(dialog.contentItem, "periodFrom").pickDaysFromToday(30);
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(confirm);
            tryVerify(() => !dialog.visible, 20000);
            tryVerify(() => /40 %.* · .*30 %/.test(findChild(page, "supportMeasures").value), 20000);

            // Ending the new period today, before it begins: refused, and the dialog stays open.
            mouseClick(findChild(page, "changeMeasure"));
            tryVerify(() => dialog.opened);
            verify(findChild(dialog.contentItem, "measureNow").text.indexOf("30 %") >= 0);
            mouseClick(chip(findChild(dialog.contentItem, "measureActionChips"), "End early"));
            wait(Qt.styleHints.mouseDoubleClickInterval + 100);
            mouseClick(confirm);
            tryVerify(() => findChild(dialog.contentItem, "measureError").text.indexOf("before the measure") >= 0,
                      20000);
            verify(dialog.visible);
        }
    }
}
