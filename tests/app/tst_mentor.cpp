// Mentor mode: only the assigned participants, only consented learning goals, the mentor's own
// entries, and an entry logged in a few taps.
#include "appfixture.h"
#include "mentorcontrollers.h"
#include "modeltest.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {
void complete(ScreenController& c)
{
    c.classBegin();
    c.componentComplete();
}
} // namespace

class TestMentor : public QObject {
    Q_OBJECT

private slots:
    void seesOnlyTheirAssignedPeople()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Mentor);
        QVERIFY(f.unlock());
        QCOMPARE(f.session().role(), Session::Role::Mentor);
        MentorHomeController home;
        watchModel(*home.cases());
        watchModel(*home.drafts());
        complete(home);
        QVERIFY(waitFor([&] { return home.ready(); }));
        // The demo's mentor user (Per Aasen) mentors exactly one participant.
        QCOMPARE(home.cases()->rowCount(), 1);
        QVERIFY(
            roleValue(*home.cases(), 0, "nextTalkText").toString().startsWith(QStringLiteral("Next structured talk")));
    }

    void seesSharedGoalsAndOwnEntries()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Mentor);
        QVERIFY(f.unlock());
        MentorHomeController home;
        complete(home);
        QVERIFY(waitFor([&] { return home.ready(); }));
        const QString pid = roleValue(*home.cases(), 0, "participantId").toString();
        MentorParticipantController c;
        watchModel(*c.goals());
        watchModel(*c.entries());
        c.setParticipantId(pid);
        complete(c);
        QVERIFY(waitFor([&] { return c.ready(); }));
        QVERIFY(c.assigned());
        QCOMPARE(c.goals()->rowCount(), 2); // the demo shares two learning goals with the mentor
        QVERIFY(c.entries()->rowCount() > 0);
        QVERIFY(!c.nextTalkText().isEmpty());
        QCOMPARE(c.nextTalkText().count(QStringLiteral("2026")), 1); // the date is written once

        // Someone else's participant shows nothing.
        MentorParticipantController other;
        other.setParticipantId(QString::fromStdString(f.firstParticipant()) == pid
                ? QStringLiteral("00000000-0000-4000-8000-000000000000")
                : QString::fromStdString(f.firstParticipant()));
        complete(other);
        QVERIFY(waitFor([&] { return other.ready(); }));
        QVERIFY(!other.assigned());
        QCOMPARE(other.goals()->rowCount(), 0);
        QCOMPARE(other.entries()->rowCount(), 0);
    }

    void logsAnEntryInAFewTaps()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Mentor);
        QVERIFY(f.unlock());
        MentorHomeController home;
        complete(home);
        QVERIFY(waitFor([&] { return home.ready(); }));
        const QString pid = roleValue(*home.cases(), 0, "participantId").toString();

        MentorEntryController entry;
        entry.setParticipantId(pid);
        complete(entry);
        QVERIFY(waitFor([&] { return !entry.participantName().isEmpty(); }));
        QVERIFY(!entry.missingText().isEmpty());
        entry.setKind(QStringLiteral("feedback"));
        entry.setSituation(QStringLiteral("Gikk gjennom uka."));
        entry.setHandledWell(QStringLiteral("Spurte om hjelp."));
        entry.setMinutes(15);
        entry.setNeedsSpecialist(true);
        QVERIFY(entry.missingText().isEmpty());
        QSignalSpy saved(&entry, &MentorEntryController::saved);
        entry.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const std::string id = saved.first().first().toString().toStdString();
        auto e = f.onStore<core::NaturalSupportEntry>(
            [id](core::Store& s) { return s.get<core::NaturalSupportEntry>(id); });
        QVERIFY(e);
        QCOMPARE(e->authorId, f.demo().staff.mentorUser);
        QVERIFY(e->mentorId.has_value());
        QCOMPARE(e->kind, core::SupportKind::Feedback);
        QCOMPARE(e->minutes, 15);
        QVERIFY(e->needsSpecialist);
        QCOMPARE(e->occurredOn, *core::parseDate("2026-03-02"));
    }

    void cannotLogForSomeoneNotAssigned()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Mentor);
        QVERIFY(f.unlock());
        MentorEntryController entry;
        entry.setParticipantId(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        complete(entry);
        entry.setSituation(QStringLiteral("Feil person"));
        entry.save();
        QVERIFY(waitFor([&] { return !entry.errorText().isEmpty(); }));
    }
};

QTEST_GUILESS_MAIN(TestMentor)
#include "tst_mentor.moc"
