// Taking a person on at the tablet and discharging them: the intake form's controller and the
// participant page's discharge, both through the one rule in core (core/intake.h), with refusals
// said in plain words. The tablet's clock stands at 2026-03-02. Invented people only.
#include "appfixture.h"
#include "consent.h"
#include "intakecontroller.h"
#include "participantcontroller.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

struct Taken {
    std::optional<core::Participant> participant;
    std::vector<core::LanguageLevel> levels;
    bool participates = false;
    std::int64_t participants = 0;
};

Taken readBack(AppFixture& f, const QString& id)
{
    auto r = f.onStore<Taken>([pid = id.toStdString()](core::Store& s) -> core::Result<Taken> {
        Taken t;
        FN_TRY_ASSIGN(auto all, core::StoreInternals::select<core::Participant>(s));
        t.participants = static_cast<std::int64_t>(all.size());
        FN_TRY_ASSIGN(t.participant, s.find<core::Participant>(pid));
        FN_TRY_ASSIGN(t.levels, core::StoreInternals::select<core::LanguageLevel>(s, "participant_id = ?", { pid }));
        FN_TRY_ASSIGN(t.participates, core::participates(s, pid, s.today()));
        return t;
    });
    return r ? *r : Taken {};
}

} // namespace

class TestIntakeForm : public QObject {
    Q_OBJECT

private slots:
    void takesAPersonOnWithLevelAndConsent()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        IntakeController form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        QVERIFY(form.missingText().contains(QStringLiteral("name")));
        form.setName(QStringLiteral("Tiril Prøvesen"));
        QVERIFY(form.missingText().isEmpty());
        form.setProgramme(QStringLiteral("ips"));
        form.setReferralOn(QDate(2026, 2, 20));
        form.setNorwegianLevel(QStringLiteral("b1"));
        form.setInterpreterNeeded(true);
        form.setRefusedTasks(QStringLiteral("Kasse"));
        form.setConsentGiven(true);

        QSignalSpy saved(&form, &IntakeController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(form.errorText().isEmpty());
        const QString id = saved.first().first().toString();
        const Taken t = readBack(f, id);
        QVERIFY(t.participant);
        QCOMPARE(t.participant->displayName, std::string("Tiril Prøvesen"));
        QCOMPARE(t.participant->programme, core::Programme::Ips);
        QCOMPARE(t.participant->referralOn, core::parseDate("2026-02-20"));
        QCOMPARE(t.participant->specialistId, core::OptId(f.demo().staff.specialist));
        QCOMPARE(t.participant->status, core::ParticipantStatus::Referred);
        QVERIFY(t.participant->interpreterNeeded);
        QCOMPARE(t.levels.size(), std::size_t(1));
        QCOMPARE(t.levels[0].level, core::CefrLevel::B1);
        QVERIFY(t.participates);
    }

    void aNationalIdNumberStopsSavingAndStaysOutOfTheDraft()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const std::int64_t before = readBack(f, {}).participants;
        QString draftId;
        {
            IntakeController form;
            complete(form);
            form.setName(QStringLiteral("Ola Oppdiktet"));
            form.setPhone(QStringLiteral("912 34 567"));
            form.setOtherContact(QStringLiteral("010190 12345"));
            QVERIFY2(form.missingText().contains(QStringLiteral("Other contact"))
                    && form.missingText().contains(QStringLiteral("national ID number")),
                qPrintable(form.missingText()));
            form.save();
            QVERIFY(form.errorText().contains(QStringLiteral("national ID number")));
            QVERIFY(waitFor([&] { return !form.draftId().isEmpty(); }));
            draftId = form.draftId();
        }
        QCOMPARE(readBack(f, {}).participants, before);
        IntakeController again;
        again.setDraftId(draftId);
        complete(again);
        QVERIFY(waitFor([&] { return again.name() == QStringLiteral("Ola Oppdiktet"); }));
        QCOMPARE(again.phone(), QStringLiteral("912 34 567"));
        QVERIFY(again.otherContact().isEmpty()); // never written to the tablet
        QVERIFY(again.missingText().isEmpty());
    }

    void theCoreRefusalIsSaidInPlainWords()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const std::int64_t before = readBack(f, {}).participants;
        IntakeController form;
        complete(form);
        form.setName(QStringLiteral("Ola Oppdiktet"));
        form.setReferralOn(QDate(2026, 3, 3));
        form.save();
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(
            form.errorText().contains(QStringLiteral("referral date is in the future")), qPrintable(form.errorText()));
        QCOMPARE(readBack(f, {}).participants, before);
    }

    void anUnpairedTabletIsToldToPairFirst()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        IntakeController form;
        complete(form);
        form.setName(QStringLiteral("Ola Oppdiktet"));
        form.save();
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(form.errorText().contains(QStringLiteral("not paired")), qPrintable(form.errorText()));
        QCOMPARE(readBack(f, {}).participants, std::int64_t { 0 });
    }

    void dischargeFromTheParticipantPage()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        IntakeController form;
        complete(form);
        form.setName(QStringLiteral("Tiril Prøvesen"));
        form.setReferralOn(QDate(2026, 1, 10));
        QSignalSpy saved(&form, &IntakeController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const QString id = saved.first().first().toString();

        ParticipantController page;
        page.setParticipantId(id);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready(); }));
        QVERIFY(!page.discharged());
        QCOMPARE(page.dischargeOn(), QDate(2026, 3, 2));
        QSignalSpy done(&page, &ParticipantController::dischargeDone);
        page.discharge(); // no reason chosen
        QVERIFY(page.errorText().contains(QStringLiteral("Choose why")));
        page.setDischargeReason(QStringLiteral("education"));
        page.setDischargeOn(QDate(2026, 1, 9)); // before the referral
        page.discharge();
        QVERIFY(
            waitFor([&] { return page.errorText().contains(QStringLiteral("before the participant was referred")); }));
        QCOMPARE(done.count(), 0);
        page.setDischargeOn(QDate(2026, 3, 1));
        page.discharge();
        QVERIFY(waitFor([&] { return done.count() == 1; }));
        QVERIFY(waitFor([&] { return page.discharged(); }));
        QVERIFY2(page.statusText().contains(QStringLiteral("Education")), qPrintable(page.statusText()));
        const Taken t = readBack(f, id);
        QCOMPARE(t.participant->status, core::ParticipantStatus::Discharged);
        QCOMPARE(t.participant->dischargedOn, core::parseDate("2026-03-01"));

        page.discharge();
        QVERIFY(waitFor([&] { return page.errorText().contains(QStringLiteral("already discharged")); }));
    }
};

QTEST_GUILESS_MAIN(TestIntakeForm)
#include "tst_intakeform.moc"
