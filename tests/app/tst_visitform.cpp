// The new-visit form from draft to final: saved as it is typed, surviving a lock, finalized with
// one tap (visit and agreed actions in one transaction, draft gone), and the consents that apply
// shown before anything is noted for an employer. The author corrects a finalized visit on its
// entry page; the correction is shown in its place and links to the original.
#include "agreedactionsmodel.h"
#include "appfixture.h"
#include "journalentrycontroller.h"
#include "modeltest.h"
#include "pickermodel.h"
#include "storeinternals.h"
#include "visitformcontroller.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

struct Placed {
    core::Id participant;
    core::Id employer; // where they work; they consented to share support needs with it
    core::Id otherEmployer;
};

Placed placedParticipant(AppFixture& f)
{
    auto r = f.onStore<Placed>([](core::Store& s) -> core::Result<Placed> {
        FN_TRY_ASSIGN(auto consents,
            core::StoreInternals::select<core::Consent>(
                s, "kind = 'disclosure' AND recipient_kind = 'employer' AND revoked_on IS NULL"));
        if (consents.empty())
            return core::fail(core::ErrorCode::NotFound, "no consent");
        Placed p { consents.front().participantId, *consents.front().recipientId, {} };
        FN_TRY_ASSIGN(auto employers, core::StoreInternals::select<core::Employer>(s, "id <> ?", { p.employer }));
        p.otherEmployer = employers.front().id;
        return p;
    });
    return r ? *r : Placed {};
}

} // namespace

class TestVisitForm : public QObject {
    Q_OBJECT

private slots:
    void draftIsSavedAsItIsTyped()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        VisitFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        QVERIFY(form.draftId().isEmpty()); // nothing typed yet: no draft
        form.setParticipantId(QString::fromStdString(f.firstParticipant()));
        form.setNote(QStringLiteral("Trivdes godt i dag."));
        QVERIFY(waitFor(
            [&] { return !form.draftId().isEmpty() && form.savedText().startsWith(QStringLiteral("Draft saved")); }));
        const std::string id = form.draftId().toStdString();
        auto draft = f.onStore<std::optional<core::Draft>>([id](core::Store& s) { return s.draft(id); });
        QVERIFY(draft && *draft);
        QCOMPARE((*draft)->kind, std::string("visit"));
        QVERIFY((*draft)->payload.find("Trivdes godt i dag.") != std::string::npos);
        QCOMPARE((*draft)->participantId, core::OptId(f.firstParticipant()));
    }

    void aHalfTypedFormSurvivesALock()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        QString draftId;
        {
            VisitFormController form;
            complete(form);
            QVERIFY(waitFor([&] { return form.ready(); }));
            form.setParticipantId(QString::fromStdString(f.firstParticipant()));
            form.setContactType(QStringLiteral("three_way_meeting"));
            form.setObsTask(QStringLiteral("Halvveis skrevet"));
            form.addAction();
            form.setActionText(0, QStringLiteral("Ringe leder"));
            f.session().lock(); // before the typing pause has passed
            draftId = form.draftId();
            QVERIFY(!draftId.isEmpty());
        }
        QCOMPARE(f.session().resumeDraftId(), draftId);
        QCOMPARE(f.session().resumeKind(), QStringLiteral("visit"));
        QVERIFY(f.unlock());

        VisitFormController reopened;
        watchModel(*reopened.actions());
        reopened.setDraftId(draftId);
        complete(reopened);
        QVERIFY(waitFor([&] { return reopened.obsTask() == QStringLiteral("Halvveis skrevet"); }));
        QCOMPARE(reopened.contactType(), QStringLiteral("three_way_meeting"));
        QCOMPARE(reopened.participantId(), QString::fromStdString(f.firstParticipant()));
        QVERIFY(waitFor([&] { return !reopened.participantName().isEmpty(); }));
        QCOMPARE(reopened.actions()->rowCount(), 1);
        QCOMPARE(roleValue(*reopened.actions(), 0, "text").toString(), QStringLiteral("Ringe leder"));
    }

    void finalizingAppendsTheVisitWithItsActionsAndDropsTheDraft()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = f.firstParticipant();
        VisitFormController form;
        watchModel(*form.actions());
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setParticipantId(QString::fromStdString(pid));
        form.setContactType(QStringLiteral("home_visit"));
        form.setStartTime(QStringLiteral("10:15"));
        form.setDurationMin(45);
        form.setObsPerson(QStringLiteral("Virket uthvilt."));
        form.setNote(QStringLiteral("Hjemmebesøk etter avtale."));
        form.setNextVisitOn(QDate(2026, 3, 9));
        form.addAction();
        form.setActionText(0, QStringLiteral("Sende vaktliste"));
        form.setActionOwner(0, QStringLiteral("participant"));
        form.setActionDue(0, QDate(2026, 3, 5));
        form.addAction(); // left empty: not an action
        form.saveDraft();
        QVERIFY(waitFor([&] { return !form.draftId().isEmpty(); }));
        const std::string draftId = form.draftId().toStdString();

        QSignalSpy finalized(&form, &VisitFormController::finalized);
        form.finalize();
        QVERIFY(waitFor([&] { return finalized.count() == 1; }));
        const std::string visitId = finalized.first().first().toString().toStdString();

        auto visit = f.onStore<core::Visit>([visitId](core::Store& s) { return s.get<core::Visit>(visitId); });
        QVERIFY(visit);
        QCOMPARE(visit->participantId, core::OptId(pid));
        QCOMPARE(visit->contactType, core::ContactType::HomeVisit);
        QCOMPARE(visit->occurredOn, *core::parseDate("2026-03-02"));
        QCOMPARE(visit->startTime, std::optional<std::string>("10:15"));
        QCOMPARE(visit->durationMin, std::optional<int>(45));
        QCOMPARE(visit->obsPerson, std::string("Virket uthvilt."));
        QCOMPARE(visit->nextVisitOn, core::parseDate("2026-03-09"));
        QCOMPARE(visit->authorId, f.demo().staff.specialist);
        QVERIFY(visit->attendees.contains(core::Attendee::Participant));
        QVERIFY(visit->fieldTime);
        QVERIFY(!visit->steps.empty()); // the participant's current steps

        auto actions = f.onStore<std::vector<core::AgreedAction>>([visitId](core::Store& s) {
            return core::StoreInternals::select<core::AgreedAction>(s, "visit_id = ?", { visitId });
        });
        QVERIFY(actions);
        QCOMPARE(actions->size(), std::size_t { 1 });
        QCOMPARE(actions->front().text, std::string("Sende vaktliste"));
        QCOMPARE(actions->front().owner, core::ActionOwner::Participant);
        QCOMPARE(actions->front().dueOn, core::parseDate("2026-03-05"));
        QCOMPARE(actions->front().participantId, core::OptId(pid));

        auto draft = f.onStore<std::optional<core::Draft>>([draftId](core::Store& s) { return s.draft(draftId); });
        QVERIFY(draft && !*draft);
        // A second tap does not append a second visit.
        form.finalize();
        QTest::qWait(50);
        QCOMPARE(finalized.count(), 1);
    }

    // The form used to finalize a visit that said nothing; the rule it shares with the command
    // line (core/visits.h) asks for a note or a purpose, and what was typed stays a draft.
    void aVisitThatSaysNothingIsNotFinalized()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        VisitFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setParticipantId(QString::fromStdString(f.firstParticipant()));
        form.setContactType(QStringLiteral("phone"));
        form.setNote(QStringLiteral("   "));
        form.saveDraft();
        QVERIFY(waitFor([&] { return !form.draftId().isEmpty(); }));
        const std::string draftId = form.draftId().toStdString();
        QSignalSpy finalized(&form, &VisitFormController::finalized);
        form.finalize();
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(form.errorText().startsWith(QStringLiteral("Write what the visit was about")),
            qPrintable(form.errorText()));
        QCOMPARE(finalized.count(), 0);
        QVERIFY(!form.finalizing());
        auto draft = f.onStore<std::optional<core::Draft>>([draftId](core::Store& s) { return s.draft(draftId); });
        QVERIFY(draft && *draft);
    }

    void theAuthorCorrectsAFinalizedVisitInPlace()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        VisitFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setParticipantId(QString::fromStdString(f.firstParticipant()));
        form.setContactType(QStringLiteral("phone"));
        form.setPurpose(QStringLiteral("Vaktene"));
        form.setNote(QStringLiteral("Ringte om vaktene i april."));
        QSignalSpy finalized(&form, &VisitFormController::finalized);
        form.finalize();
        QVERIFY(waitFor([&] { return finalized.count() == 1; }));
        const QString original = finalized.first().first().toString();

        JournalEntryController entry;
        entry.setTable(QStringLiteral("visits"));
        entry.setEntryId(original);
        complete(entry);
        QVERIFY(waitFor([&] { return entry.ready() && entry.note() == QStringLiteral("Ringte om vaktene i april."); }));
        QVERIFY(entry.canCorrect());
        QVERIFY(entry.correctsId().isEmpty());

        // A refusal is said in the person's words and changes nothing.
        entry.correct(QString(), QStringLiteral(" "));
        QVERIFY(waitFor([&] { return !entry.errorText().isEmpty(); }));
        QVERIFY2(entry.errorText().startsWith(QStringLiteral("Write what the visit was about")),
            qPrintable(entry.errorText()));
        QCOMPARE(entry.entryId(), original);

        QSignalSpy saved(&entry, &JournalEntryController::correctionSaved);
        entry.correct(QStringLiteral("Vaktene"), QStringLiteral("Ringte om vaktene i mars."));
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const QString fixed = saved.first().first().toString();
        QVERIFY(fixed != original);
        QCOMPARE(entry.entryId(), fixed);
        QVERIFY(waitFor([&] { return entry.note() == QStringLiteral("Ringte om vaktene i mars."); }));
        QCOMPARE(entry.correctsId(), original);
        QVERIFY(entry.canCorrect()); // the correction is the one to correct now

        JournalEntryController old;
        old.setTable(QStringLiteral("visits"));
        old.setEntryId(original);
        complete(old);
        QVERIFY(waitFor([&] { return old.ready() && old.corrected(); }));
        QCOMPARE(old.note(), QStringLiteral("Ringte om vaktene i april."));
        QVERIFY(!old.canCorrect());

        // Someone else's visit (a colleague's, on a lead's or a shared participant) has no "Correct".
        const std::string pid = f.firstParticipant();
        auto others = f.onStore<core::Id>([pid](core::Store& s) {
            core::Visit v;
            v.participantId = pid;
            v.authorId = "staff-a-colleague";
            v.contactType = core::ContactType::Phone;
            v.occurredOn = s.today();
            v.note = "Kollegaens notat.";
            return s.append(v);
        });
        QVERIFY(others);
        JournalEntryController theirs;
        theirs.setTable(QStringLiteral("visits"));
        theirs.setEntryId(QString::fromStdString(*others));
        complete(theirs);
        QVERIFY(waitFor([&] { return theirs.ready(); }));
        QVERIFY(!theirs.canCorrect());
    }

    void saysWhatIsMissingBeforeFinalizing_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("missing");
        QTest::newRow("nobody chosen") << 0 << QStringLiteral("Choose who the visit was with");
        QTest::newRow("employer visit without employer") << 1 << QStringLiteral("Choose the employer you visited");
        QTest::newRow("in the future") << 2 << QStringLiteral("A visit note is for something that has happened");
        QTest::newRow("bad time") << 3 << QStringLiteral("Write the time as hours and minutes");
        QTest::newRow("next visit before this one") << 4 << QStringLiteral("The next visit must come after this one");
        QTest::newRow("complete") << 5 << QString();
    }

    void saysWhatIsMissingBeforeFinalizing()
    {
        QFETCH(int, step);
        QFETCH(QString, missing);
        AppFixture f;
        QVERIFY(f.unlock());
        VisitFormController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        if (step >= 1) {
            form.setParticipantId(QString::fromStdString(f.firstParticipant()));
            form.setContactType(QStringLiteral("new_employer_visit"));
        }
        if (step == 2 || step == 3 || step == 4 || step == 5)
            form.setContactType(QStringLiteral("phone"));
        if (step == 2)
            form.setOccurredOn(QDate(2026, 3, 3));
        if (step == 3)
            form.setStartTime(QStringLiteral("25:99"));
        if (step == 4)
            form.setNextVisitOn(QDate(2026, 3, 1));
        if (missing.isEmpty())
            QVERIFY(form.missingText().isEmpty());
        else
            QVERIFY2(form.missingText().startsWith(missing), qPrintable(form.missingText()));
    }

    void showsTheConsentsThatApplyToTheEmployer()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const Placed placed = placedParticipant(f);
        QVERIFY(!placed.participant.empty());
        VisitFormController form;
        watchModel(*form.consents());
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setParticipantId(QString::fromStdString(placed.participant));
        QVERIFY(!form.consentNoticeVisible()); // no employer yet
        form.setEmployerId(QString::fromStdString(placed.employer));
        QVERIFY(waitFor([&] { return form.consentNoticeVisible(); }));
        QVERIFY(!form.nothingShared());
        QVERIFY(form.consentNoticeText().contains(QStringLiteral("agreed to share only this")));
        QCOMPARE(roleValue(*form.consents(), 0, "what").toString(), QStringLiteral("Support needs and accommodations"));

        form.setEmployerId(QString::fromStdString(placed.otherEmployer));
        QVERIFY(waitFor([&] { return form.consentNoticeVisible() && form.nothingShared(); }));
        QVERIFY(form.consentNoticeText().contains(QStringLiteral("has not agreed to share anything")));
    }

    void whoWasThereFollowsTheChoiceUntilChanged()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const Placed placed = placedParticipant(f);
        VisitFormController form;
        complete(form);
        form.setContactType(QStringLiteral("workplace_follow_up"));
        form.setParticipantId(QString::fromStdString(placed.participant));
        QCOMPARE(form.attendees(), QStringList { QStringLiteral("participant") });
        form.setEmployerId(QString::fromStdString(placed.employer));
        QCOMPARE(form.attendees(), (QStringList { QStringLiteral("participant"), QStringLiteral("employer") }));
        form.toggleAttendee(QStringLiteral("mentor"));
        form.setContactType(QStringLiteral("phone"));
        QCOMPARE(form.attendees().size(), 3); // the user's own choice stays
        QVERIFY(!form.fieldTime()); // a phone call is not time in the field
    }

    void discardingRemovesTheDraft()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        VisitFormController form;
        complete(form);
        form.setNote(QStringLiteral("skrevet ved en feil"));
        form.saveDraft();
        QVERIFY(
            waitFor([&] { return !form.draftId().isEmpty() && form.savedText().startsWith(QStringLiteral("Draft")); }));
        const std::string id = form.draftId().toStdString();
        QSignalSpy discarded(&form, &VisitFormController::discarded);
        form.discard();
        QVERIFY(waitFor([&] { return discarded.count() == 1; }));
        auto draft = f.onStore<std::optional<core::Draft>>([id](core::Store& s) { return s.draft(id); });
        QVERIFY(draft && !*draft);
    }

    void pickersFilterAsTheUserTypes()
    {
        Preferences prefs({}, QStringLiteral("en"));
        PickerModel model;
        watchModel(model);
        model.setRows({ { QStringLiteral("1"), QStringLiteral("Sara Testesen"), QStringLiteral("In work") },
            { QStringLiteral("2"), QStringLiteral("Ola Prøve"), QStringLiteral("Job search") },
            { QStringLiteral("3"), QStringLiteral("Kari Eksempel"), QStringLiteral("In work") } });
        QCOMPARE(model.rowCount(), 3);
        model.setFilterText(QStringLiteral("sar"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QStringLiteral("in work"));
        QCOMPARE(model.rowCount(), 2);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nameOf(QStringLiteral("2")), QStringLiteral("Ola Prøve"));
    }

    void agreedActionsRoundTripThroughTheDraft()
    {
        Preferences prefs({}, QStringLiteral("en"));
        AgreedActionsModel model;
        watchModel(model);
        model.append({ QStringLiteral("Ringe"), QStringLiteral("employer"), QDate(2026, 3, 4) });
        model.append({});
        QVERIFY(model.setOwner(1, QStringLiteral("mentor")));
        QVERIFY(!model.setOwner(1, QStringLiteral("nobody")));
        QCOMPARE(roleValue(model, 0, "ownerText").toString(), QStringLiteral("Employer"));
        AgreedActionsModel copy;
        watchModel(copy);
        copy.setActions(AgreedActionsModel::fromJson(model.toJson()));
        QCOMPARE(copy.rowCount(), 2);
        QCOMPARE(roleValue(copy, 0, "dueDate").toDate(), QDate(2026, 3, 4));
        QCOMPARE(roleValue(copy, 1, "owner").toString(), QStringLiteral("mentor"));
        QVERIFY(model.remove(0));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVisitForm)
#include "tst_visitform.moc"
