// A participant's page: co-written profile with who and when, sensitive fields only on a tap,
// goals, placements and consents at a glance, and the timeline.
#include "appfixture.h"
#include "journalentrycontroller.h"
#include "modeltest.h"
#include "participantcontroller.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

// A participant in paid work (the demo gives them a placement, consents and mentor support).
core::Id participantInWork(AppFixture& f)
{
    auto rows = f.onStore<std::vector<core::Participant>>([](core::Store& s) {
        return core::StoreInternals::select<core::Participant>(s, "status = 'in_work'", {}, "display_name");
    });
    return rows && !rows->empty() ? rows->front().id : core::Id {};
}

} // namespace

class TestParticipant : public QObject {
    Q_OBJECT

private slots:
    void showsTheParticipantWithoutSensitiveFields()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        QVERIFY(!pid.empty());
        ParticipantController c;
        for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*> {
                 c.profile(), c.goals(), c.placements(), c.consents(), c.timeline(), c.attention() })
            watchModel(*m);
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QVERIFY(!c.displayName().isEmpty());
        QCOMPARE(c.statusText(), QStringLiteral("In work, with follow-up"));
        QVERIFY(c.placements()->rowCount() >= 1);
        QVERIFY(c.consents()->rowCount() >= 2);
        QVERIFY(c.goals()->rowCount() >= 2);
        QVERIFY(c.timeline()->rowCount() > 10);
        QCOMPARE(c.profile()->rowCount(), 12);
        // Support needs is sensitive: in the list without its value.
        bool sawSensitive = false;
        for (int row = 0; row < c.profile()->rowCount(); ++row) {
            if (roleValue(*c.profile(), row, "key").toString() == QLatin1String("support_needs")) {
                sawSensitive = true;
                QCOMPARE(roleValue(*c.profile(), row, "sensitive").toBool(), true);
                QVERIFY(roleValue(*c.profile(), row, "value").toString().isEmpty());
            }
        }
        QVERIFY(sawSensitive);
        QVERIFY(c.revealed().isEmpty());
    }

    void aSensitiveFieldIsReadOnlyWhenTapped()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        ParticipantController c;
        c.setParticipantId(QString::fromStdString(participantInWork(f)));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        c.reveal(QStringLiteral("participants.referral_reason"));
        QVERIFY(waitFor([&] { return c.revealed().contains(QStringLiteral("participants.referral_reason")); }));
        QVERIFY(!c.revealed().value(QStringLiteral("participants.referral_reason")).toString().isEmpty());
        c.hide(QStringLiteral("participants.referral_reason"));
        QVERIFY(c.revealed().isEmpty());
        // Only sensitive columns can be asked for this way.
        c.reveal(QStringLiteral("participants.phone"));
        QTest::qWait(50);
        QVERIFY(c.revealed().isEmpty());
    }

    void aProfileEditSaysWhoWroteItAndWhen()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        ParticipantController c;
        watchModel(*c.profile());
        c.setParticipantId(QString::fromStdString(participantInWork(f)));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        f.clock().advance(std::chrono::hours(1));
        c.saveProfileField(QStringLiteral("dream_job"), QStringLiteral("Kokk på en stor kafé"));
        auto dreamJob = [&]() -> int {
            for (int row = 0; row < c.profile()->rowCount(); ++row)
                if (roleValue(*c.profile(), row, "key").toString() == QLatin1String("dream_job"))
                    return row;
            return -1;
        };
        QVERIFY(waitFor([&] {
            return roleValue(*c.profile(), dreamJob(), "value").toString() == QStringLiteral("Kokk på en stor kafé");
        }));
        QVERIFY(roleValue(*c.profile(), dreamJob(), "writtenBy")
                    .toString()
                    .startsWith(QStringLiteral("Written by Ingrid Lunde")));

        c.saveProfileField(QStringLiteral("wanted_hours_pct"), QStringLiteral("140"));
        QVERIFY(c.errorText().contains(QStringLiteral("0 to 100")));
    }

    void aProfileFieldNeverKeepsANationalIdNumber()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        ParticipantController c;
        const core::Id pid = participantInWork(f);
        c.setParticipantId(QString::fromStdString(pid));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QSignalSpy saved(&c, &ParticipantController::profileSaved);
        c.saveProfileField(QStringLiteral("experience"), QStringLiteral("Lager, se 010190 12345"));
        QVERIFY(waitFor([&] { return !c.errorText().isEmpty(); }));
        QVERIFY2(c.errorText().contains(QStringLiteral("national ID")), qPrintable(c.errorText()));
        QCOMPARE(saved.count(), 0);
        auto profile
            = f.onStore<std::optional<core::Profile>>([pid](core::Store& s) { return s.find<core::Profile>(pid); });
        QVERIFY(profile);
        QVERIFY(!*profile || (*profile)->experience.find("12345") == std::string::npos);
    }

    void aGoalIsTickedOffWithOneTap()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        ParticipantController c;
        watchModel(*c.goals());
        c.setParticipantId(QString::fromStdString(participantInWork(f)));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        int open = -1;
        for (int row = 0; row < c.goals()->rowCount(); ++row)
            if (!roleValue(*c.goals(), row, "achieved").toBool())
                open = row;
        QVERIFY(open >= 0);
        const QString goalId = roleValue(*c.goals(), open, "goalId").toString();
        c.setGoalAchieved(goalId, true);
        QVERIFY(waitFor([&] {
            for (int row = 0; row < c.goals()->rowCount(); ++row)
                if (roleValue(*c.goals(), row, "goalId").toString() == goalId)
                    return roleValue(*c.goals(), row, "achieved").toBool();
            return false;
        }));
    }

    void aJournalEntryOpensInFullWithTheObservationHidden()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const core::Id pid = participantInWork(f);
        auto visits = f.onStore<std::vector<core::Visit>>([pid](core::Store& s) {
            return core::StoreInternals::select<core::Visit>(
                s, "participant_id = ? AND obs_person <> ''", { pid }, "occurred_on DESC");
        });
        QVERIFY(visits && !visits->empty());
        JournalEntryController c;
        c.setTable(QStringLiteral("visits"));
        c.setEntryId(QString::fromStdString(visits->front().id));
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QVERIFY(c.isVisit());
        QVERIFY(!c.title().isEmpty());
        QVERIFY(!c.whenText().isEmpty());
        QVERIFY(c.obsPerson().isEmpty());
        c.revealObservation();
        QVERIFY(waitFor([&] { return c.obsPersonRevealed(); }));
        QCOMPARE(c.obsPerson(), QString::fromStdString(visits->front().obsPerson));
        c.hideObservation();
        QVERIFY(c.obsPerson().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParticipant)
#include "tst_participant.moc"
