// Recording and revoking consent at the tablet: the "Record consent" form's controller and the
// Consents tab's Revoke, both through the one rule in core (core/consentcase.h), with refusals said
// in plain words. The tablet's clock stands at 2026-03-02. Invented people only.
#include "appfixture.h"
#include "consentcontroller.h"
#include "intake.h"
#include "participantcontroller.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

QString takeOn(AppFixture& f)
{
    auto r = f.onStore<core::Id>([](core::Store& s) -> core::Result<core::Id> {
        core::Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = core::parseDate("2026-01-05");
        auto id = core::takeOnParticipant(s, core::actorOf(s), in);
        if (!id)
            return tl::unexpected(id.error().error);
        return *id;
    });
    return r ? QString::fromStdString(*r) : QString();
}

std::optional<core::Consent> readBack(AppFixture& f, const QString& id)
{
    auto r = f.onStore<std::optional<core::Consent>>(
        [cid = id.toStdString()](core::Store& s) { return s.find<core::Consent>(cid); });
    return r ? *r : std::nullopt;
}

} // namespace

class TestConsentForm : public QObject {
    Q_OBJECT

private slots:
    void recordsADisclosureConsentToAnEmployer()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        QVERIFY(!participant.isEmpty());
        ConsentController form;
        form.setParticipantId(participant);
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        QCOMPARE(form.how(), QStringLiteral("tablet"));
        QVERIFY(form.missingText().contains(QStringLiteral("what may be told")));
        form.setItem(QStringLiteral("support_needs"));
        QVERIFY(form.missingText().contains(QStringLiteral("who may be told")));
        form.setRecipientKind(QStringLiteral("employer"));
        QVERIFY(!form.recipients().isEmpty());
        for (const QVariant& r : form.recipients())
            QVERIFY(!r.toMap().value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(form.missingText().contains(QStringLiteral("employer")));
        const QVariantMap employer = form.recipients().first().toMap();
        form.setRecipientId(employer.value(QStringLiteral("recipientId")).toString());
        QVERIFY(form.missingText().contains(QStringLiteral("what the information is for")));
        form.setPurpose(QStringLiteral("Tilrettelegge oppgavene"));
        QVERIFY(form.missingText().isEmpty());
        form.setHow(QStringLiteral("written"));
        form.setSummarySimple(QStringLiteral("Sjefen får vite hva som hjelper deg."));

        // A date ahead is refused by the rule, in plain words, and nothing saved.
        form.setGrantedOn(QDate(2026, 3, 5));
        QSignalSpy saved(&form, &ConsentController::saved);
        form.save();
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(form.errorText().contains(QStringLiteral("day it is given")), qPrintable(form.errorText()));
        QCOMPARE(saved.count(), 0);

        form.setGrantedOn(QDate(2026, 3, 1));
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const auto c = readBack(f, saved.first().first().toString());
        QVERIFY(c);
        QCOMPARE(c->participantId, participant.toStdString());
        QCOMPARE(c->item, std::optional<core::DisclosureItem>(core::DisclosureItem::SupportNeeds));
        QCOMPARE(c->recipientId, core::OptId(employer.value(QStringLiteral("recipientId")).toString().toStdString()));
        QCOMPARE(c->recipientName, employer.value(QStringLiteral("name")).toString().toStdString());
        QCOMPARE(c->grantedOn, core::parseDate("2026-03-01"));
        QCOMPARE(c->grantedHow, std::optional<core::ConsentManner>(core::ConsentManner::Written));
        QCOMPARE(c->summarySimple, std::string("Sjefen får vite hva som hjelper deg."));
    }

    void aMentorIsChosenAmongMentorsOnly()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        ConsentController form;
        form.setParticipantId(takeOn(f));
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setRecipientKind(QStringLiteral("employer"));
        const QStringList employers = [&] {
            QStringList ids;
            for (const QVariant& r : form.recipients())
                ids << r.toMap().value(QStringLiteral("recipientId")).toString();
            return ids;
        }();
        form.setRecipientId(employers.first());
        form.setRecipientKind(QStringLiteral("mentor"));
        QVERIFY(form.recipientId().isEmpty()); // an employer's id names no mentor
        QVERIFY(!form.recipients().isEmpty());
        for (const QVariant& r : form.recipients())
            QVERIFY(!employers.contains(r.toMap().value(QStringLiteral("recipientId")).toString()));
        form.setRecipientKind(QStringLiteral("nav_counsellor"));
        form.setItem(QStringLiteral("follow_up_plan"));
        form.setPurpose(QStringLiteral("Rapport til NAV"));
        QVERIFY(form.missingText().isEmpty()); // the NAV counsellor has no record to choose
    }

    void revokesFromTheParticipantPageAtOnce()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        ConsentController form;
        form.setParticipantId(participant);
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setParticipation(true);
        QVERIFY(form.missingText().isEmpty());
        QSignalSpy saved(&form, &ConsentController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const QString consent = saved.first().first().toString();

        ParticipantController page;
        page.setParticipantId(participant);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready() && page.consents()->rowCount() == 1; }));
        const QModelIndex row = page.consents()->index(0, 0);
        QCOMPARE(page.consents()->data(row, ConsentsModel::ConsentIdRole).toString(), consent);
        QVERIFY(page.consents()->data(row, ConsentsModel::ActiveRole).toBool());

        QSignalSpy revoked(&page, &ParticipantController::consentRevoked);
        page.revokeConsent(consent, QDate(2026, 3, 3));
        QVERIFY(waitFor([&] { return !page.errorText().isEmpty(); }));
        QVERIFY2(page.errorText().contains(QStringLiteral("in the future")), qPrintable(page.errorText()));
        page.clearError();
        page.revokeConsent(consent, QDate(2026, 3, 2));
        QVERIFY(waitFor([&] { return revoked.count() == 1; }));
        QCOMPARE(readBack(f, consent)->revokedOn, core::parseDate("2026-03-02"));
        QVERIFY(waitFor(
            [&] { return !page.consents()->data(page.consents()->index(0, 0), ConsentsModel::ActiveRole).toBool(); }));
        page.revokeConsent(consent, QDate(2026, 3, 2));
        QVERIFY(waitFor([&] { return page.errorText().contains(QStringLiteral("already been revoked")); }));
    }
};

QTEST_GUILESS_MAIN(TestConsentForm)
#include "tst_consentform.moc"
