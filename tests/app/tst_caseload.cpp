// The caseload screen: every participant with step, status, next contact and what needs
// attention (from core::attention), drafts, and search across names and notes.
#include "appfixture.h"
#include "attentionactions.h"
#include "caseloadcontroller.h"
#include "caseloadmodel.h"
#include "modeltest.h"
#include "searchmodel.h"

#include <QSignalSpy>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

core::CaseloadEntry entry(std::string id, std::string name, std::optional<std::string> next = {})
{
    core::CaseloadEntry e;
    e.participantId = std::move(id);
    e.displayName = std::move(name);
    e.status = core::ParticipantStatus::InWork;
    e.steps = { 5 };
    if (next)
        e.nextContactOn = core::parseDate(*next);
    return e;
}

} // namespace

class TestCaseload : public QObject {
    Q_OBJECT

private slots:
    void rowsCarryStatusNextContactAndTheMostUrgentItem()
    {
        Preferences prefs({}, QStringLiteral("en"));
        CaseloadModel model;
        watchModel(model);
        const QDate today(2026, 3, 2);
        std::vector<core::Attention> attention {
            { core::AttentionKind::FollowUpOverdue, "p1", "visits", "v1", *core::parseDate("2026-02-27"), -3 },
            { core::AttentionKind::ReminderDue, "p1", "reminders", "r1", *core::parseDate("2026-03-02"), 0 },
        };
        model.setCaseload(
            { entry("p1", "Sara Testesen", "2026-02-27"), entry("p2", "Ola Prøve", "2026-03-05") }, attention, today);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(roleValue(model, 0, "initials").toString(), QStringLiteral("ST"));
        QCOMPARE(roleValue(model, 0, "statusText").toString(), QStringLiteral("In work, with follow-up"));
        QCOMPARE(roleValue(model, 0, "stepsText").toString(), QStringLiteral("Step 5"));
        QCOMPARE(roleValue(model, 0, "nextContactOverdue").toBool(), true);
        QCOMPARE(roleValue(model, 0, "attentionCount").toInt(), 2);
        QCOMPARE(roleValue(model, 0, "attentionText").toString(), QStringLiteral("Follow-up was planned 3 days ago"));
        QCOMPARE(roleValue(model, 1, "nextContactText").toString(), QStringLiteral("Next in 3 days"));
        QCOMPARE(roleValue(model, 1, "attentionCount").toInt(), 0);
        for (const QByteArray& role : model.roleNames())
            QVERIFY2(!role.contains("referral") && !role.contains("support"), role.constData());

        model.setOnlyNeedingAttention(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.participantIdAt(0), QStringLiteral("p1"));
        model.setOnlyNeedingAttention(false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.needingAttentionCount(), 1);
    }

    void snippetsAreEscapedAndTheMatchIsBold()
    {
        QCOMPARE(SearchModel::styledSnippet(QStringLiteral("…lærte [kassen] <b>&")),
            QStringLiteral("…lærte <b>kassen</b> &lt;b&gt;&amp;"));
    }

    void loadsTheDemoCaseloadAndWhatNeedsAttention()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        CaseloadController controller;
        watchModel(*controller.participants());
        watchModel(*controller.attention());
        watchModel(*controller.drafts());
        complete(controller);
        QVERIFY(waitFor([&] { return controller.ready(); }));
        QCOMPARE(controller.participants()->rowCount(), f.demo().participants - 1); // one is discharged
        QVERIFY(controller.attention()->rowCount() > 0);
        QVERIFY(controller.paired());
        QVERIFY(controller.summaryText().contains(QStringLiteral("participants")));
        // Rows come in name order, like core::caseload.
        QVERIFY(roleValue(*controller.participants(), 0, "displayName").toString()
            <= roleValue(*controller.participants(), 1, "displayName").toString());
    }

    void searchFindsNamesFirstThenNotes()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        CaseloadController controller;
        watchModel(*controller.searchResults());
        complete(controller);
        QVERIFY(waitFor([&] { return controller.ready(); }));
        const QString name = roleValue(*controller.participants(), 0, "displayName").toString();
        const QString firstName = name.split(QLatin1Char(' ')).front();
        controller.setSearchText(firstName.left(3));
        QVERIFY(controller.searching());
        controller.searchNow();
        QVERIFY(waitFor([&] { return controller.searchResults()->rowCount() > 0; }));
        QCOMPARE(roleValue(*controller.searchResults(), 0, "table").toString(), QStringLiteral("participants"));
        QVERIFY(roleValue(*controller.searchResults(), 0, "subject").toString().startsWith(firstName.left(3)));

        controller.setSearchText(QStringLiteral("fadder"));
        controller.searchNow();
        QVERIFY(waitFor([&] {
            return controller.searchResults()->rowCount() > 0
                && roleValue(*controller.searchResults(), 0, "snippet").toString().contains(QStringLiteral("<b>"));
        }));
        controller.setSearchText({});
        QVERIFY(!controller.searching());
        QCOMPARE(controller.searchResults()->rowCount(), 0);
    }

    // A tap beside an item closes it: it leaves the list at once, and stays gone when the caseload
    // is read again; a rule that stops it is worded on the screen.
    void anActionMarkedDoneLeavesTheAttentionList()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        CaseloadController controller;
        watchModel(*controller.attention());
        complete(controller);
        QVERIFY(waitFor([&] { return controller.ready(); }));
        AttentionActions actions;
        actions.setModel(controller.attention());
        complete(actions);
        auto rowsOf = [&](const QString& table) {
            QStringList ids;
            for (int i = 0; i < controller.attention()->rowCount(); ++i)
                if (roleValue(*controller.attention(), i, "subjectTable").toString() == table)
                    ids << roleValue(*controller.attention(), i, "subjectId").toString();
            return ids;
        };
        const QStringList due = rowsOf(QStringLiteral("agreed_actions"));
        QVERIFY2(!due.isEmpty(), "the demo caseload has agreed actions due");
        QVERIFY(AttentionActions::canMarkDone(QStringLiteral("agreed_actions")));
        QVERIFY(!AttentionActions::canMarkDone(QStringLiteral("follow_up_meetings")));
        QVERIFY(!AttentionActions::canCancel(QStringLiteral("visits")));

        QSignalSpy done(&actions, &AttentionActions::done);
        const int before = controller.attention()->rowCount();
        actions.markDone(due.front());
        QVERIFY(waitFor([&] { return done.count() == 1; }));
        QVERIFY2(actions.errorText().isEmpty(), qPrintable(actions.errorText()));
        QVERIFY(!rowsOf(QStringLiteral("agreed_actions")).contains(due.front())); // at once
        QCOMPARE(controller.attention()->rowCount(), before - 1);
        controller.reload();
        QVERIFY(waitFor([&] { return !controller.loading(); }));
        QVERIFY(!rowsOf(QStringLiteral("agreed_actions")).contains(due.front())); // and for good

        QSignalSpy refused(&actions, &AttentionActions::refused);
        actions.markDone(due.front());
        QVERIFY(waitFor([&] { return refused.count() == 1; }));
        QCOMPARE(actions.errorText(), QStringLiteral("This was already marked done."));

        const QStringList meetings = rowsOf(QStringLiteral("follow_up_meetings"));
        if (!meetings.isEmpty()) {
            actions.cancel(QStringLiteral("follow_up_meetings"), meetings.front(), QStringLiteral("  "));
            QVERIFY(waitFor([&] { return refused.count() == 2; }));
            QCOMPARE(actions.errorText(), QStringLiteral("Write why the meeting is cancelled, in a few words."));
            actions.move(meetings.front(), actions.today().addDays(-1));
            QVERIFY(waitFor([&] { return refused.count() == 3; }));
            QVERIFY(actions.errorText().startsWith(QStringLiteral("Choose today or a later day")));
            QVERIFY(rowsOf(QStringLiteral("follow_up_meetings")).contains(meetings.front()));
            actions.cancel(QStringLiteral("follow_up_meetings"), meetings.front(), QStringLiteral("Syk denne uka"));
            QVERIFY(waitFor([&] { return done.count() == 2; }));
            QVERIFY(!rowsOf(QStringLiteral("follow_up_meetings")).contains(meetings.front()));
        }
    }

    void worksTheSameWithTwoThousandParticipants()
    {
        AppFixture f(AppFixture::Content::Empty);
        QVERIFY(f.unlock());
        auto created = f.onStore<int>([](core::Store& s) -> core::Result<int> {
            FN_TRY(s.transaction([&]() -> core::Status {
                for (int i = 0; i < 2000; ++i) {
                    core::Participant p;
                    p.displayName = "Deltaker " + std::to_string(10000 + i);
                    p.status = core::ParticipantStatus::JobSearch;
                    p.referralOn = core::parseDate("2025-01-01");
                    FN_TRY(s.create(p));
                }
                return {};
            }));
            return 2000;
        });
        QVERIFY(created);
        CaseloadController controller;
        watchModel(*controller.participants());
        complete(controller);
        QVERIFY(waitFor([&] { return controller.ready(); }, 60000));
        QCOMPARE(controller.participants()->rowCount(), 2000);
        QCOMPARE(controller.participants()->needingAttentionCount(), 2000); // none contacted for a year
    }
};

QTEST_GUILESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
