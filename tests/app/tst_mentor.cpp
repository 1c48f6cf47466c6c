// Mentor mode: only the assigned participants, only consented learning goals, the mentor's own
// entries, and an entry logged in a few taps.
#include "appfixture.h"
#include "format.h"
#include "mentorcontrollers.h"
#include "mentoring.h"
#include "modeltest.h"

#include <QSignalSpy>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

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
        const QString talk = roleValue(*home.cases(), 0, "nextTalkText").toString();
        QVERIFY2(talk.startsWith(QStringLiteral("Next structured talk"))
                || talk.startsWith(QStringLiteral("Structured talk")),
            qPrintable(talk));
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

    void homeShowsTheMandateTheSharedGoalsAndTheNextTalk()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Mentor);
        QVERIFY(f.unlock());
        MentorHomeController home;
        watchModel(*home.cases());
        complete(home);
        QVERIFY(waitFor([&] { return home.ready(); }));
        QCOMPARE(home.cases()->rowCount(), 1);
        const auto& m = *home.cases();
        QCOMPARE(roleValue(m, 0, "mandate").toString(),
            QStringLiteral("Opplæring i arbeidsoppgavene og inkludering i kollegafellesskapet"));
        const QStringList goals = roleValue(m, 0, "goals").toStringList();
        QCOMPARE(goals.size(), 2);
        QVERIFY(goals.contains(QStringLiteral("Melde fra til leder ved fravær")));
        QVERIFY(roleValue(m, 0, "lastTalkText").toString().startsWith(QStringLiteral("Last structured talk")));

        // The same next talk the specialist's side reads (mentoring.h): one rule.
        const QString pid = roleValue(m, 0, "participantId").toString();
        auto support = f.onStore<std::vector<core::MentorSupport>>(
            [pid](core::Store& s) { return core::mentorSupport(s, pid.toStdString(), s.today()); });
        QVERIFY(support);
        std::optional<core::Date> due;
        for (const auto& sup : *support)
            if (sup.active && sup.mentorName == "Per Aasen") // the demo's mentor user
                due = sup.talks.nextDueOn;
        QVERIFY(due);
        QVERIFY(roleValue(m, 0, "nextTalkText").toString().contains(Format::dateNear(toQDate(*due), QDate(2026, 3, 2)))
            || roleValue(m, 0, "nextTalkText").toString().contains(Format::date(toQDate(*due))));
    }

    void loggingAStructuredTalkSetsTheNextOne()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Mentor);
        QVERIFY(f.unlock());
        MentorHomeController home;
        complete(home);
        QVERIFY(waitFor([&] { return home.ready(); }));
        const QString pid = roleValue(*home.cases(), 0, "participantId").toString();

        MentorEntryController talk;
        watchModel(*talk.goals());
        talk.setParticipantId(pid);
        talk.setKind(QStringLiteral("structured_talk"));
        complete(talk);
        QVERIFY(talk.isTalk());
        QCOMPARE(talk.minutes(), 60); // the hour the model mentor sets aside
        QVERIFY(waitFor([&] { return talk.goals()->rowCount() == 2; })); // the agenda
        QVERIFY(talk.missingText().contains(QStringLiteral("talked about")));
        talk.setExpectedBehaviour(QStringLiteral("Ringer leder før kl. 8 ved fravær."));
        QVERIFY(talk.missingText().isEmpty());
        QSignalSpy saved(&talk, &MentorEntryController::saved);
        talk.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const std::string id = saved.first().first().toString().toStdString();
        auto e = f.onStore<core::NaturalSupportEntry>(
            [id](core::Store& s) { return s.get<core::NaturalSupportEntry>(id); });
        QVERIFY(e);
        QCOMPARE(e->kind, core::SupportKind::StructuredTalk);
        QCOMPARE(e->minutes, 60);
        QCOMPARE(e->expectedBehaviour, std::string("Ringer leder før kl. 8 ved fravær."));

        // Held today: the next is due two weeks from today, on the home screen and everywhere.
        home.reload();
        QVERIFY(waitFor([&] {
            return roleValue(*home.cases(), 0, "nextTalkText").toString()
                == QStringLiteral("Next structured talk %1").arg(Format::date(QDate(2026, 3, 16)));
        }));
        QCOMPARE(roleValue(*home.cases(), 0, "lastTalkText").toString(), QStringLiteral("Last structured talk today"));
        QVERIFY(!roleValue(*home.cases(), 0, "talkOverdue").toBool());
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
