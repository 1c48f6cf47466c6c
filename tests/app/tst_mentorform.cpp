// Mentors at the tablet: "Add mentor" on the employer's page, and "Assign mentor", "Change mentor"
// and "End" on a job in the participant's Work tab, all through the one mentor rule in core
// (core/mentors.h), with refusals said in plain words. The tablet's clock stands at 2026-03-02.
// Invented people only.
#include "appfixture.h"
#include "intake.h"
#include "mentorassigncontroller.h"
#include "mentors.h"
#include "mentorscontroller.h"
#include "participantcontroller.h"
#include "participantmodels.h"
#include "placement.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

struct World {
    QString participant;
    QString employer;
    QString placement;
};

World world(AppFixture& f)
{
    auto r = f.onStore<World>([](core::Store& s) -> core::Result<World> {
        World w;
        core::Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = core::parseDate("2026-01-05");
        auto id = core::takeOnParticipant(s, core::actorOf(s), in);
        if (!id)
            return tl::unexpected(id.error().error);
        core::Employer e;
        e.name = "Bakeriet på hjørnet";
        FN_TRY_ASSIGN(const core::Id employer, s.create(e));
        core::PlacementStart start;
        start.participantId = *id;
        start.employerId = employer;
        start.kind = core::PlacementKind::JobTasting;
        start.startOn = *core::parseDate("2026-02-16");
        start.percent = 50;
        auto placement = core::startPlacement(s, core::actorOf(s), start);
        if (!placement)
            return tl::unexpected(placement.error().error);
        return World { QString::fromStdString(*id), QString::fromStdString(employer),
            QString::fromStdString(*placement) };
    });
    return r ? *r : World {};
}

std::vector<core::MentorAssignment> assignmentsOf(AppFixture& f, const QString& participant)
{
    auto r = f.onStore<std::vector<core::MentorAssignment>>([pid = participant.toStdString()](core::Store& s) {
        return core::StoreInternals::select<core::MentorAssignment>(s, "participant_id = ?", { pid }, "from_on, id");
    });
    return r ? *r : std::vector<core::MentorAssignment> {};
}

QVariant placementRole(ParticipantController& page, const char* role)
{
    PlacementsModel* model = page.placements();
    const QHash<int, QByteArray> roles = model->roleNames();
    return model->data(model->index(0, 0), roles.key(role));
}

} // namespace

class TestMentorForm : public QObject {
    Q_OBJECT

private slots:
    void addsMentorsAtAnEmployer()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const World w = world(f);
        QVERIFY(!w.employer.isEmpty());
        EmployerMentorsController mentors;
        mentors.setEmployerId(w.employer);
        complete(mentors);
        QVERIFY(waitFor([&] { return mentors.ready(); }));
        QVERIFY(mentors.mentors().isEmpty());

        QSignalSpy added(&mentors, &EmployerMentorsController::mentorAdded);
        mentors.addMentor(QStringLiteral("Kari Bakersen"), QStringLiteral("01019012345"), {}, {});
        QVERIFY(waitFor([&] { return !mentors.errorText().isEmpty(); }));
        QVERIFY2(mentors.errorText().contains(QStringLiteral("national ID")), qPrintable(mentors.errorText()));
        QCOMPARE(added.count(), 0);

        mentors.addMentor(
            QStringLiteral(" Kari Bakersen "), QStringLiteral("+47 912 34 567"), {}, QStringLiteral("Mentorkurs 2025"));
        QVERIFY(waitFor([&] { return added.count() == 1; }));
        QVERIFY(waitFor([&] { return mentors.mentors().size() == 1; }));
        const QVariantMap m = mentors.mentors().first().toMap();
        QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("Kari Bakersen"));
        QCOMPARE(m.value(QStringLiteral("detailsText")).toString(), QStringLiteral("+47 912 34 567 · Mentorkurs 2025"));
        QCOMPARE(m.value(QStringLiteral("mentorId")).toString(), added.first().first().toString());
    }

    void assignsChangesAndEndsTheMentorOfAJob()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const World w = world(f);
        EmployerMentorsController mentors;
        mentors.setEmployerId(w.employer);
        complete(mentors);
        QVERIFY(waitFor([&] { return mentors.ready(); }));
        QSignalSpy added(&mentors, &EmployerMentorsController::mentorAdded);
        mentors.addMentor(QStringLiteral("Kari Bakersen"), {}, {}, {});
        QVERIFY(waitFor([&] { return added.count() == 1; }));
        mentors.addMentor(QStringLiteral("Per Deigsen"), {}, {}, {});
        QVERIFY(waitFor([&] { return added.count() == 2; }));
        const QString kari = added.at(0).first().toString();
        const QString per = added.at(1).first().toString();

        ParticipantController page;
        page.setParticipantId(w.participant);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready(); }));
        QCOMPARE(placementRole(page, "mentorAssignmentId").toString(), QString());

        MentorAssignController form;
        form.setParticipantId(w.participant);
        complete(form);
        form.prepare(w.placement, w.employer, {}, {}, {}, 14);
        QVERIFY(waitFor([&] { return form.mentors().size() == 2; }));
        QVERIFY(!form.handover());
        QVERIFY(form.missingText().contains(QStringLiteral("Choose the mentor")));
        form.setMentorId(kari);
        form.setMandate(QStringLiteral("Opplæring i rutinene"));

        // A talk every 60 days is refused by the rule, in plain words, and nothing saved.
        form.setTalkIntervalDays(60);
        QSignalSpy saved(&form, &MentorAssignController::saved);
        form.save();
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(form.errorText().contains(QStringLiteral("every other week")), qPrintable(form.errorText()));
        QVERIFY(assignmentsOf(f, w.participant).empty());

        form.setTalkIntervalDays(7);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        auto assignments = assignmentsOf(f, w.participant);
        QCOMPARE(assignments.size(), std::size_t(1));
        QCOMPARE(assignments[0].mentorId, kari.toStdString());
        QCOMPARE(assignments[0].placementId, core::OptId(w.placement.toStdString()));
        QCOMPARE(assignments[0].talkIntervalDays, 7);
        QCOMPARE(assignments[0].fromOn, core::parseDate("2026-03-02"));
        const QString first = saved.first().first().toString();
        QVERIFY(waitFor([&] { return placementRole(page, "mentorAssignmentId").toString() == first; }));
        QCOMPARE(placementRole(page, "mentorName").toString(), QStringLiteral("Kari Bakersen"));
        QCOMPARE(placementRole(page, "talkIntervalDays").toInt(), 7);
        QVERIFY(placementRole(page, "mentorText").toString().contains(QStringLiteral("every week")));

        // Change mentor: the current one is left out of the choice; Per takes over in a week.
        form.prepare(w.placement, w.employer, first, kari, QStringLiteral("Opplæring i rutinene"), 7);
        QVERIFY(form.handover());
        QVERIFY(waitFor([&] { return form.mentors().size() == 1; }));
        QCOMPARE(form.mentorId(), per); // the only other mentor, chosen
        QCOMPARE(form.startOn(), QDate(2026, 3, 3)); // tomorrow: Kari's last day is today
        form.setStartOn(QDate(2026, 3, 9));
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 2; }));
        assignments = assignmentsOf(f, w.participant);
        QCOMPARE(assignments.size(), std::size_t(2));
        QCOMPARE(assignments[0].toOn, core::parseDate("2026-03-08"));
        QCOMPARE(assignments[1].mentorId, per.toStdString());
        QCOMPARE(assignments[1].talkIntervalDays, 7);
        const QString second = saved.at(1).first().toString();
        QVERIFY(waitFor([&] { return placementRole(page, "mentorAssignmentId").toString() == second; }));
        QCOMPARE(placementRole(page, "mentorName").toString(), QStringLiteral("Per Deigsen"));

        // End: not before the mentor started.
        QSignalSpy ended(&form, &MentorAssignController::ended);
        form.endAssignment(second, QDate(2026, 3, 2));
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(form.errorText().contains(QStringLiteral("before the mentor started")), qPrintable(form.errorText()));
        form.endAssignment(second, QDate(2026, 3, 31));
        QVERIFY(waitFor([&] { return ended.count() == 1; }));
        assignments = assignmentsOf(f, w.participant);
        QCOMPARE(assignments[1].toOn, core::parseDate("2026-03-31"));
    }
};

QTEST_GUILESS_MAIN(TestMentorForm)
#include "tst_mentorform.moc"
