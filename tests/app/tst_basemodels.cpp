// The shared list models: attention, timeline, choices, drafts and consents. Each under the model
// tester; texts follow the language; a refresh with the same rows updates in place.
#include "attentionmodel.h"
#include "choicemodel.h"
#include "consentsmodel.h"
#include "draftsmodel.h"
#include "modeltest.h"
#include "preferences.h"
#include "timelinemodel.h"

#include <QTest>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

core::Attention item(core::AttentionKind kind, std::string participant, std::string subject, int daysLeft)
{
    return { kind, std::move(participant), "participants", std::move(subject), *core::parseDate("2026-03-10"),
        daysLeft };
}

} // namespace

class TestBaseModels : public QObject {
    Q_OBJECT

    std::unique_ptr<Preferences> m_preferences;

private slots:
    void initTestCase() { m_preferences = std::make_unique<Preferences>(QString(), QStringLiteral("en")); }
    void init() { m_preferences->setLanguage(QStringLiteral("en")); }

    void attentionRowsSayWhatAndWhen()
    {
        AttentionModel model;
        watchModel(model);
        model.setRows({ { item(core::AttentionKind::FollowUpOverdue, "p1", "v1", -3), QStringLiteral("Sara T.") },
            { item(core::AttentionKind::TrialPeriodEnding, "p2", "pl1", 5), QStringLiteral("Ola N.") } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(roleValue(model, 0, "line").toString(), QStringLiteral("Follow-up was planned 3 days ago"));
        QCOMPARE(roleValue(model, 0, "overdue").toBool(), true);
        QCOMPARE(roleValue(model, 1, "line").toString(), QStringLiteral("Trial period ends in 5 days"));
        QCOMPARE(roleValue(model, 1, "participantName").toString(), QStringLiteral("Ola N."));
        QCOMPARE(roleValue(model, 1, "overdue").toBool(), false);
    }

    // An agreed action or a reminder says which one, in its own words; without words, what it is.
    void actionsAndRemindersSayWhichOne()
    {
        AttentionModel model;
        watchModel(model);
        auto action = item(core::AttentionKind::ActionDue, "p1", "a1", 0);
        action.detail = "Ringe leder om turnus";
        auto reminder = item(core::AttentionKind::ReminderDue, "p1", "r1", -2);
        reminder.detail = "Sjekke vaktliste";
        model.setRows(
            { { action, {} }, { reminder, {} }, { item(core::AttentionKind::ActionDue, "p2", "a2", 0), {} } });
        QCOMPARE(roleValue(model, 0, "line").toString(), QStringLiteral("Ringe leder om turnus, due today"));
        QCOMPARE(roleValue(model, 1, "line").toString(), QStringLiteral("Sjekke vaktliste, due 2 days ago"));
        QCOMPARE(roleValue(model, 2, "line").toString(), QStringLiteral("Agreed action due today"));
        m_preferences->setLanguage(QStringLiteral("nb"));
        QCOMPARE(roleValue(model, 0, "line").toString(), QStringLiteral("Ringe leder om turnus, frist i dag"));
    }

    void sameRowsUpdateInPlace()
    {
        AttentionModel model;
        watchModel(model);
        const std::vector<AttentionRow> rows { { item(core::AttentionKind::ActionDue, "p1", "a1", 1), {} } };
        model.setRows(rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(rows);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        model.setRows({});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void textsFollowTheLanguage()
    {
        AttentionModel model;
        watchModel(model);
        model.setRows({ { item(core::AttentionKind::ContractEnding, "p1", "pl1", 0), {} } });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_preferences->setLanguage(QStringLiteral("nb"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(roleValue(model, 0, "dueText").toString(), QStringLiteral("10.03.2026"));
        QCOMPARE(roleValue(model, 0, "line").toString(), QStringLiteral("Kontrakten slutter i dag"));
    }

    void timelineEntriesNeverShowSensitiveText()
    {
        TimelineModel model;
        watchModel(model);
        core::TimelineEntry visit;
        visit.table = "visits";
        visit.id = "v1";
        visit.occurredOn = *core::parseDate("2026-03-01");
        visit.startTime = "14:30";
        visit.contactType = core::ContactType::ThreeWayMeeting;
        visit.summary = "Avtalte ny arbeidstid.";
        visit.minutes = 90;
        core::TimelineEntry support;
        support.table = "natural_support_entries";
        support.id = "n1";
        support.occurredOn = *core::parseDate("2026-02-27");
        support.supportKind = core::SupportKind::Language;
        support.needsSpecialist = true;
        model.setEntries({ visit, support });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(roleValue(model, 0, "kindText").toString(), QStringLiteral("Three-way meeting"));
        QCOMPARE(roleValue(model, 0, "minutesText").toString(), QStringLiteral("1 h 30 min"));
        QCOMPARE(roleValue(model, 0, "isVisit").toBool(), true);
        QCOMPARE(roleValue(model, 1, "kindText").toString(), QStringLiteral("Natural support: Language"));
        QCOMPARE(roleValue(model, 1, "needsSpecialist").toBool(), true);
        for (const QByteArray& role : model.roleNames())
            QVERIFY2(!role.contains("obs"), role.constData());
    }

    // The course of the case reads as what changed: a pause, a resume to a status, the steps, a status.
    void timelineNamesWhatChangedInTheCourse()
    {
        TimelineModel model;
        watchModel(model);
        auto course = [](std::string id, std::set<int> steps, std::optional<core::ParticipantStatus> status,
                          std::optional<core::ParticipantStatus> before, std::string reason) {
            core::TimelineEntry e;
            e.table = "course_changes";
            e.id = id;
            e.occurredOn = *core::parseDate("2026-03-01");
            e.summary = reason;
            core::CourseChange c;
            c.id = std::move(id);
            c.steps = std::move(steps);
            c.status = status;
            c.statusBefore = before;
            c.reason = std::move(reason);
            e.course = std::move(c);
            return e;
        };
        using S = core::ParticipantStatus;
        model.setEntries({ course("c1", {}, S::Paused, S::JobSearch, "Innlagt"),
            course("c2", {}, S::JobSearch, S::Paused, ""), course("c3", { 2, 3 }, std::nullopt, std::nullopt, ""),
            course("c4", {}, S::InWork, S::JobSearch, "") });
        QCOMPARE(roleValue(model, 0, "kindText").toString(), QStringLiteral("Follow-up paused"));
        QCOMPARE(roleValue(model, 0, "summary").toString(), QStringLiteral("Innlagt"));
        QCOMPARE(roleValue(model, 1, "kindText").toString(), QStringLiteral("Resumed: Job search"));
        QCOMPARE(roleValue(model, 2, "kindText").toString(), QStringLiteral("Steps 2 and 3"));
        QCOMPARE(roleValue(model, 3, "kindText").toString(), QStringLiteral("Status: In work, with follow-up"));
        QCOMPARE(roleValue(model, 3, "isVisit").toBool(), false);
    }

    void choicesListEveryCodeWithItsLabel_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::newRow("contact types") << int(ChoiceModel::Kind::ContactTypes) << 10
                                       << QStringLiteral("job_tasting_day") << QStringLiteral("Job-tasting day");
        QTest::newRow("attendees") << int(ChoiceModel::Kind::Attendees) << 5 << QStringLiteral("interpreter")
                                   << QStringLiteral("Interpreter");
        QTest::newRow("owners") << int(ChoiceModel::Kind::ActionOwners) << 5 << QStringLiteral("nav_counsellor")
                                << QStringLiteral("NAV counsellor");
        QTest::newRow("support kinds") << int(ChoiceModel::Kind::SupportKinds) << 5 << QStringLiteral("social")
                                       << QStringLiteral("Social");
        QTest::newRow("follow-up") << int(ChoiceModel::Kind::FollowUpPreferences) << 2
                                   << QStringLiteral("meetings_only") << QStringLiteral("Meetings only");
    }

    void choicesListEveryCodeWithItsLabel()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        QFETCH(QString, code);
        QFETCH(QString, label);
        ChoiceModel model;
        watchModel(model);
        model.setKind(static_cast<ChoiceModel::Kind>(kind));
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.labelFor(code), label);
        QVERIFY(model.indexOf(code) >= 0);
        QCOMPARE(model.indexOf(QStringLiteral("no_such_code")), -1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!roleValue(model, row, "label").toString().isEmpty());
    }

    void draftsSayWhatAndForWhom()
    {
        DraftsModel model;
        watchModel(model);
        model.setDrafts({ { QStringLiteral("d1"), QStringLiteral("visit"), QStringLiteral("Sara T."), 1772442000000 },
            { QStringLiteral("d2"), QStringLiteral("employer"), {}, 1772442000000 } });
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("Visit note – Sara T."));
        QCOMPARE(roleValue(model, 1, "title").toString(), QStringLiteral("New employer"));
        QVERIFY(roleValue(model, 0, "updatedText").toString().startsWith(QStringLiteral("Saved ")));
    }

    void consentsShowWhatWithWhomAndWhetherItHolds()
    {
        ConsentsModel model;
        watchModel(model);
        core::Consent shared;
        shared.id = "c1";
        shared.kind = core::ConsentKind::Disclosure;
        shared.item = core::DisclosureItem::SupportNeeds;
        shared.recipientName = "Prøvebakeriet";
        shared.grantedOn = core::parseDate("2026-01-05");
        core::Consent revoked = shared;
        revoked.id = "c2";
        revoked.item = core::DisclosureItem::ContactDetails;
        revoked.revokedOn = core::parseDate("2026-02-01");
        model.setConsents({ { shared, true }, { revoked, false } });
        QCOMPARE(roleValue(model, 0, "what").toString(), QStringLiteral("Support needs and accommodations"));
        QCOMPARE(roleValue(model, 0, "recipient").toString(), QStringLiteral("Prøvebakeriet"));
        QCOMPARE(roleValue(model, 0, "active").toBool(), true);
        QVERIFY(roleValue(model, 1, "stateText").toString().startsWith(QStringLiteral("Revoked")));
        QCOMPARE(roleValue(model, 1, "active").toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestBaseModels)
#include "tst_basemodels.moc"
