// Starting and ending a job at the tablet: the "Start a job" form's controller and the Placements
// tab's End, both through the one rule in core (core/placement.h), with refusals said in plain
// words. The tablet's clock stands at 2026-03-02. Invented people only.
#include "appfixture.h"
#include "intake.h"
#include "participantcontroller.h"
#include "placementcontroller.h"
#include "storeinternals.h"

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

struct Started {
    std::optional<core::Placement> placement;
    std::size_t meetings = 0;
    std::size_t positions = 0;
};

Started readBack(AppFixture& f, const QString& id)
{
    auto r = f.onStore<Started>([pid = id.toStdString()](core::Store& s) -> core::Result<Started> {
        Started out;
        FN_TRY_ASSIGN(out.placement, s.find<core::Placement>(pid));
        FN_TRY_ASSIGN(
            const auto meetings, core::StoreInternals::select<core::FollowUpMeeting>(s, "placement_id = ?", { pid }));
        out.meetings = meetings.size();
        FN_TRY_ASSIGN(
            const auto positions, core::StoreInternals::select<core::PositionChange>(s, "placement_id = ?", { pid }));
        out.positions = positions.size();
        return out;
    });
    return r ? *r : Started {};
}

} // namespace

class TestPlacementForm : public QObject {
    Q_OBJECT

private slots:
    void startsAJobFromTheDirectoryWithItsSchedule()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        QVERIFY(!participant.isEmpty());
        PlacementController form;
        form.setParticipantId(participant);
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        QVERIFY(!form.employers().isEmpty());
        QVERIFY(form.missingText().contains(QStringLiteral("employer")));

        const QVariantMap employer = form.employers().first().toMap();
        form.setEmployerId(employer.value(QStringLiteral("employerId")).toString());
        QCOMPARE(form.employerName(), employer.value(QStringLiteral("name")).toString());
        QVERIFY(form.missingText().contains(QStringLiteral("1 and 100")));
        form.setPercent(40);
        QVERIFY(form.missingText().contains(QStringLiteral("contract")));
        form.setContract(QStringLiteral("temporary"));
        QVERIFY(form.missingText().isEmpty());
        form.setTitle(QStringLiteral("Bakeriassistent"));
        form.setStartOn(QDate(2026, 3, 9));
        form.setSubsidyPercent(40);
        form.setSubsidyReviewOn(QDate(2026, 9, 1));

        // A trial that ends before the start is refused by the rule, in plain words, and nothing saved.
        form.setTrialEndOn(QDate(2026, 3, 1));
        QSignalSpy saved(&form, &PlacementController::saved);
        form.save();
        QVERIFY(waitFor([&] { return !form.errorText().isEmpty(); }));
        QVERIFY2(form.errorText().contains(QStringLiteral("before the job starts")), qPrintable(form.errorText()));
        QCOMPARE(saved.count(), 0);

        form.clearTrialEnd();
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(form.errorText().isEmpty());
        const Started s = readBack(f, saved.first().first().toString());
        QVERIFY(s.placement);
        QCOMPARE(s.placement->participantId, participant.toStdString());
        QCOMPARE(s.placement->contract, std::optional<core::ContractType>(core::ContractType::Temporary));
        QCOMPARE(s.placement->startOn, core::parseDate("2026-03-09"));
        QCOMPARE(s.positions, std::size_t(1));
        QCOMPARE(s.meetings, std::size_t(16)); // fidelity item 17's schedule, proposed at once
    }

    void endsAJobFromTheParticipantPage()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString participant = takeOn(f);
        PlacementController form;
        form.setParticipantId(participant);
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setEmployerId(form.employers().first().toMap().value(QStringLiteral("employerId")).toString());
        form.setKind(QStringLiteral("work_trial"));
        form.setPercent(50);
        form.setStartOn(QDate(2026, 2, 2));
        QSignalSpy saved(&form, &PlacementController::saved);
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        const QString placement = saved.first().first().toString();

        ParticipantController page;
        page.setParticipantId(participant);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready(); }));
        QSignalSpy ended(&page, &ParticipantController::placementEnded);
        page.endPlacement(placement, QDate(2026, 3, 1), QString(), QString());
        QVERIFY(waitFor([&] { return !page.errorText().isEmpty(); }));
        QVERIFY2(page.errorText().contains(QStringLiteral("why the job ended")), qPrintable(page.errorText()));
        page.endPlacement(placement, QDate(2026, 3, 1), QStringLiteral("Prøveperioden var over"),
            QStringLiteral("Liker å jobbe med hendene"));
        QVERIFY(waitFor([&] { return ended.count() == 1; }));
        const Started s = readBack(f, placement);
        QCOMPARE(s.placement->endedOn, core::parseDate("2026-03-01"));
        QCOMPARE(s.placement->endReason, std::string("Prøveperioden var over\nLært: Liker å jobbe med hendene"));
    }
};

QTEST_GUILESS_MAIN(TestPlacementForm)
#include "tst_placementform.moc"
