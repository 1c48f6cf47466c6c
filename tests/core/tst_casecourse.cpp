// A participant's course: the steps worked on and the status with a date, a pause and its resume,
// the measure extended. One rule in core for the app and the command line. The store's clock stands
// at 2026-03-02, a Monday (testsupport.h). Invented people only.
#include "casecourse.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::countOf;
using test::day;
using test::actors::lead;
using test::actors::mentor;
using test::actors::otherSpecialist;
using test::actors::specialist;

// Referred 2026-01-05, the measure ends 2026-07-05.
Result<Id> participantOf(Store& store, const char* name)
{
    Intake in;
    in.displayName = name;
    in.referralOn = day("2026-01-05");
    in.measureEndOn = day("2026-07-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    return *taken;
}

// Applies the change a refusal row names to the actor or the store; the shared rows of every use case.
void prepare(Store& store, const QString& change, Id& participant, Actor& actor)
{
    if (change == "other")
        actor = otherSpecialist;
    else if (change == "mentor")
        actor = mentor;
    else if (change == "unpaired")
        actor = Actor {};
    else if (change == "unknown")
        participant = "no-such-participant";
    else if (change == "discharged")
        QVERIFY(dischargeParticipant(store, specialist, participant, DischargeReason::Other, day("2026-03-01")));
    else if (change == "paused")
        QVERIFY(pauseParticipant(store, specialist, participant, "Innlagt", day("2026-02-20")));
}

void addSharedRows()
{
    QTest::newRow("unknown participant") << "unknown" << Refusal::NotFound << "participant_id";
    QTest::newRow("discharged participant") << "discharged" << Refusal::CourseOfDischarged << "status";
    QTest::newRow("another specialist") << "other" << Refusal::NotAllowed << "";
    QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << "";
    QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << "";
}

void addColumns()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<fieldnotes::core::Refusal>("refusal");
    QTest::addColumn<QString>("column");
}

template<class R> void verifyRefused(const R& r, Refusal refusal, const QString& column)
{
    QVERIFY(!r);
    QCOMPARE(r.error().refusal, refusal);
    QCOMPARE(QString::fromStdString(r.error().field), column);
    QVERIFY(!r.error().error.message.empty());
    QVERIFY(r.error().error.message.find("12345") == std::string::npos);
}

} // namespace

class TestCaseCourse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void stepsChangeWithTheirDay()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(setSteps(*store, specialist, p, { 1, 2 }, day("2026-01-10")));
        FN_VERIFY_OK(setSteps(*store, lead, p, { 4, 2 }, day("2026-03-02"))); // never forced in order
        FN_REQUIRE(const Participant now, store->get<Participant>(p));
        QCOMPARE(now.steps, (std::set<int> { 2, 4 }));
        FN_REQUIRE(const auto course, courseOf(*store, p));
        QCOMPARE(course.size(), std::size_t(2));
        QCOMPARE(course[0].steps, (std::set<int> { 1, 2 }));
        QCOMPARE(course[0].changedOn, day("2026-01-10"));
        QCOMPARE(course[0].authorId, specialist.staffId);
        QVERIFY(!course[0].status);
        QCOMPARE(course[1].steps, (std::set<int> { 2, 4 }));
        QCOMPARE(course[1].authorId, lead.staffId);
        QCOMPARE(course[1].changedOn, day("2026-03-02"));
    }

    void stepsRefusals_data()
    {
        addColumns();
        QTest::newRow("no step") << "none" << Refusal::StepsMissing << "steps";
        QTest::newRow("step 6") << "six" << Refusal::StepOutOfRange << "steps";
        QTest::newRow("step 0") << "zero" << Refusal::StepOutOfRange << "steps";
        QTest::newRow("the same steps") << "same" << Refusal::StepsUnchanged << "steps";
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::CourseChangeInFuture << "changed_on";
        QTest::newRow("before the referral")
            << "before referral" << Refusal::CourseChangeBeforeReferral << "changed_on";
        QTest::newRow("before the last change") << "before last" << Refusal::CourseChangeBeforeLast << "changed_on";
        addSharedRows();
    }

    void stepsRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(setSteps(*store, specialist, p, { 1 }, day("2026-02-01")));
        Actor actor = specialist;
        std::set<int> steps { 2, 3 };
        Date on = day("2026-03-02");
        prepare(*store, change, p, actor);
        if (change == "none")
            steps.clear();
        else if (change == "six")
            steps = { 2, 6 };
        else if (change == "zero")
            steps = { 0 };
        else if (change == "same")
            steps = { 1 };
        else if (change == "tomorrow")
            on = day("2026-03-03");
        else if (change == "before referral")
            on = day("2026-01-04");
        else if (change == "before last")
            on = day("2026-01-31");
        verifyRefused(setSteps(*store, actor, p, steps, on), refusal, column);
        FN_REQUIRE(const auto entries, countOf(*store, "course_changes"));
        QCOMPARE(entries, std::int64_t(1)); // only the first change
        if (change != "unknown") {
            FN_REQUIRE(const Participant now, store->get<Participant>(p));
            QCOMPARE(now.steps, std::set<int> { 1 });
        }
    }

    void statusChangesWithItsDay()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(changeStatus(*store, specialist, p, ParticipantStatus::Engagement, day("2026-01-12")));
        FN_VERIFY_OK(changeStatus(*store, lead, p, ParticipantStatus::JobSearch, day("2026-02-16")));
        FN_VERIFY_OK(changeStatus(*store, specialist, p, ParticipantStatus::Profiling, day("2026-02-16"))); // back
        FN_REQUIRE(const Participant now, store->get<Participant>(p));
        QCOMPARE(now.status, ParticipantStatus::Profiling);
        FN_REQUIRE(const auto course, courseOf(*store, p));
        QCOMPARE(course.size(), std::size_t(3));
        QCOMPARE(course[0].status, std::optional(ParticipantStatus::Engagement));
        QCOMPARE(course[0].statusBefore, std::optional(ParticipantStatus::Referred));
        QCOMPARE(course[0].changedOn, day("2026-01-12"));
        QCOMPARE(course[2].status, std::optional(ParticipantStatus::Profiling));
        QCOMPARE(course[2].statusBefore, std::optional(ParticipantStatus::JobSearch));
        QVERIFY(course[2].steps.empty());
    }

    void statusRefusals_data()
    {
        addColumns();
        QTest::newRow("to paused") << "to paused" << Refusal::StatusHasOwnRule << "status";
        QTest::newRow("to discharged") << "to discharged" << Refusal::StatusHasOwnRule << "status";
        QTest::newRow("the same status") << "same" << Refusal::StatusUnchanged << "status";
        QTest::newRow("while paused") << "paused" << Refusal::StatusWhilePaused << "status";
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::CourseChangeInFuture << "changed_on";
        QTest::newRow("before the referral")
            << "before referral" << Refusal::CourseChangeBeforeReferral << "changed_on";
        QTest::newRow("before the last change") << "before last" << Refusal::CourseChangeBeforeLast << "changed_on";
        addSharedRows();
    }

    void statusRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(changeStatus(*store, specialist, p, ParticipantStatus::Engagement, day("2026-02-01")));
        Actor actor = specialist;
        ParticipantStatus status = ParticipantStatus::JobSearch;
        Date on = day("2026-03-02");
        prepare(*store, change, p, actor);
        if (change == "to paused")
            status = ParticipantStatus::Paused;
        else if (change == "to discharged")
            status = ParticipantStatus::Discharged;
        else if (change == "same")
            status = ParticipantStatus::Engagement;
        else if (change == "tomorrow")
            on = day("2026-03-03");
        else if (change == "before referral")
            on = day("2026-01-04");
        else if (change == "before last")
            on = day("2026-01-31");
        FN_REQUIRE(const auto before, countOf(*store, "course_changes"));
        verifyRefused(changeStatus(*store, actor, p, status, on), refusal, column);
        FN_REQUIRE(const auto after, countOf(*store, "course_changes"));
        QCOMPARE(after, before);
    }

    void pauseThenResumeToTheStatusBefore()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(changeStatus(*store, specialist, p, ParticipantStatus::JobTasting, day("2026-02-02")));
        FN_VERIFY_OK(pauseParticipant(*store, specialist, p, "  Innlagt på sykehus ", day("2026-02-10")));
        FN_REQUIRE(Participant now, store->get<Participant>(p));
        QCOMPARE(now.status, ParticipantStatus::Paused);
        FN_REQUIRE(const auto before, statusBeforePause(*store, p));
        QCOMPARE(before, std::optional(ParticipantStatus::JobTasting));

        const auto resumed = resumeParticipant(*store, lead, p, day("2026-03-01"));
        QVERIFY2(resumed, qPrintable(test::errorOf(resumed)));
        QCOMPARE(*resumed, ParticipantStatus::JobTasting);
        FN_REQUIRE(now, store->get<Participant>(p));
        QCOMPARE(now.status, ParticipantStatus::JobTasting);
        FN_REQUIRE(const auto course, courseOf(*store, p));
        QCOMPARE(course.size(), std::size_t(3));
        QVERIFY(course[1].isPause());
        QCOMPARE(course[1].reason, std::string("Innlagt på sykehus"));
        QCOMPARE(course[1].changedOn, day("2026-02-10"));
        QVERIFY(course[2].isResume());
        QCOMPARE(course[2].changedOn, day("2026-03-01"));
        QCOMPARE(course[2].authorId, lead.staffId);
        FN_REQUIRE(const auto none, statusBeforePause(*store, p));
        QVERIFY(!none);
    }

    void resumeToAnotherStatusOrAfterAnUnrecordedPause()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(pauseParticipant(*store, specialist, p, "Reiser hjem en måned", day("2026-02-10")));
        auto resumed = resumeParticipant(*store, specialist, p, day("2026-03-02"), ParticipantStatus::JobSearch);
        QVERIFY2(resumed, qPrintable(test::errorOf(resumed)));
        QCOMPARE(*resumed, ParticipantStatus::JobSearch);

        // Paused before pauses were recorded (an older tablet, the demo): the resume names the status.
        FN_REQUIRE(const Id q, participantOf(*store, "Bo Eksempelsen"));
        FN_REQUIRE(Participant legacy, store->get<Participant>(q));
        legacy.status = ParticipantStatus::Paused;
        FN_VERIFY_OK(store->update(legacy));
        FN_REQUIRE(const auto unknown, statusBeforePause(*store, q));
        QVERIFY(!unknown);
        verifyRefused(
            resumeParticipant(*store, specialist, q, day("2026-03-02")), Refusal::ResumeStatusUnknown, "status");
        resumed = resumeParticipant(*store, specialist, q, day("2026-03-02"), ParticipantStatus::Profiling);
        QVERIFY2(resumed, qPrintable(test::errorOf(resumed)));
        FN_REQUIRE(legacy, store->get<Participant>(q));
        QCOMPARE(legacy.status, ParticipantStatus::Profiling);
    }

    void pauseRefusals_data()
    {
        addColumns();
        QTest::newRow("no reason") << "no reason" << Refusal::PauseReasonMissing << "reason";
        QTest::newRow("ID number in the reason") << "reason id" << Refusal::NationalIdNumber << "reason";
        QTest::newRow("already paused") << "paused" << Refusal::AlreadyPaused << "status";
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::CourseChangeInFuture << "changed_on";
        QTest::newRow("before the referral")
            << "before referral" << Refusal::CourseChangeBeforeReferral << "changed_on";
        QTest::newRow("before the last status change")
            << "before last" << Refusal::CourseChangeBeforeLast << "changed_on";
        addSharedRows();
    }

    void pauseRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(Id p, participantOf(*store, "Tiril Prøvesen"));
        FN_VERIFY_OK(changeStatus(*store, specialist, p, ParticipantStatus::Engagement, day("2026-02-01")));
        Actor actor = specialist;
        std::string reason = "Innlagt";
        Date from = day("2026-03-02");
        prepare(*store, change, p, actor);
        if (change == "no reason")
            reason = "  ";
        else if (change == "reason id")
            reason = "Lege sier 010190 12345";
        else if (change == "tomorrow")
            from = day("2026-03-03");
        else if (change == "before referral")
            from = day("2026-01-04");
        else if (change == "before last")
            from = day("2026-01-31");
        FN_REQUIRE(const auto before, countOf(*store, "course_changes"));
        verifyRefused(pauseParticipant(*store, actor, p, reason, from), refusal, column);
        FN_REQUIRE(const auto after, countOf(*store, "course_changes"));
        QCOMPARE(after, before);
    }

    void resumeRefusals_data()
    {
        addColumns();
        QTest::newRow("not paused") << "not paused" << Refusal::NotPaused << "status";
        QTest::newRow("to discharged") << "to discharged" << Refusal::StatusHasOwnRule << "status";
        QTest::newRow("to paused") << "to paused" << Refusal::StatusHasOwnRule << "status";
        QTest::newRow("tomorrow") << "tomorrow" << Refusal::CourseChangeInFuture << "changed_on";
        QTest::newRow("before the pause began") << "before pause" << Refusal::CourseChangeBeforeLast << "changed_on";
        addSharedRows();
    }

    void resumeRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(Id p, participantOf(*store, "Tiril Prøvesen"));
        Actor actor = specialist;
        if (change != "not paused" && change != "discharged")
            FN_VERIFY_OK(pauseParticipant(*store, specialist, p, "Innlagt", day("2026-02-20")));
        std::optional<ParticipantStatus> to;
        Date on = day("2026-03-02");
        prepare(*store, change, p, actor);
        if (change == "to discharged")
            to = ParticipantStatus::Discharged;
        else if (change == "to paused")
            to = ParticipantStatus::Paused;
        else if (change == "tomorrow")
            on = day("2026-03-03");
        else if (change == "before pause")
            on = day("2026-02-19");
        FN_REQUIRE(const auto before, countOf(*store, "course_changes"));
        verifyRefused(resumeParticipant(*store, actor, p, on, to), refusal, column);
        FN_REQUIRE(const auto after, countOf(*store, "course_changes"));
        QCOMPARE(after, before);
    }

    void extendsTheMeasureWithItsJustification()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, participantOf(*store, "Tiril Prøvesen"));
        MeasureExtensionRequest r { day("2027-01-05"), "  Trenger mer tid i arbeidstreningen ", day("2026-02-27") };
        FN_REQUIRE(const Id x, extendMeasure(*store, specialist, p, r));
        FN_REQUIRE(const MeasureExtension ext, store->get<MeasureExtension>(x));
        QCOMPARE(ext.participantId, p);
        QCOMPARE(ext.newEndOn, OptDate(day("2027-01-05")));
        QCOMPARE(ext.decidedOn, OptDate(day("2026-02-27")));
        QCOMPARE(ext.justification, std::string("Trenger mer tid i arbeidstreningen"));
        FN_REQUIRE(Participant now, store->get<Participant>(p));
        QCOMPARE(now.measureEndOn, OptDate(day("2027-01-05")));

        // A lead extends again; the decided day defaults to today.
        FN_REQUIRE(const Id y, extendMeasure(*store, lead, p, { day("2027-07-05"), "Fast jobb i sikte", {} }));
        FN_REQUIRE(const MeasureExtension again, store->get<MeasureExtension>(y));
        QCOMPARE(again.decidedOn, OptDate(day("2026-03-02")));
        FN_REQUIRE(now, store->get<Participant>(p));
        QCOMPARE(now.measureEndOn, OptDate(day("2027-07-05")));
    }

    void extendRefusals_data()
    {
        addColumns();
        QTest::newRow("no justification") << "no why" << Refusal::JustificationMissing << "justification";
        QTest::newRow("ID number in the justification") << "why id" << Refusal::NationalIdNumber << "justification";
        QTest::newRow("decided tomorrow") << "decided tomorrow" << Refusal::ExtensionDecidedInFuture << "decided_on";
        QTest::newRow("on the current end") << "same end" << Refusal::ExtensionNotLater << "new_end_on";
        QTest::newRow("before the current end") << "earlier end" << Refusal::ExtensionNotLater << "new_end_on";
        QTest::newRow("no end, before the referral") << "no end" << Refusal::ExtensionNotLater << "new_end_on";
        addSharedRows();
    }

    void extendRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(Id p, participantOf(*store, "Tiril Prøvesen"));
        Actor actor = specialist;
        MeasureExtensionRequest r { day("2027-01-05"), "Trenger mer tid", {} };
        prepare(*store, change, p, actor);
        if (change == "no why")
            r.justification = " ";
        else if (change == "why id")
            r.justification = "Vedtak for 01019012345";
        else if (change == "decided tomorrow")
            r.decidedOn = day("2026-03-03");
        else if (change == "same end")
            r.until = day("2026-07-05");
        else if (change == "earlier end")
            r.until = day("2026-06-30");
        else if (change == "no end") {
            FN_REQUIRE(Participant noEnd, store->get<Participant>(p));
            noEnd.measureEndOn.reset();
            FN_VERIFY_OK(store->update(noEnd));
            r.until = day("2026-01-05");
        }
        verifyRefused(extendMeasure(*store, actor, p, r), refusal, column);
        FN_REQUIRE(const auto extensions, countOf(*store, "measure_extensions"));
        QCOMPARE(extensions, std::int64_t(0));
        if (change != "unknown" && change != "no end") {
            FN_REQUIRE(const Participant now, store->get<Participant>(p));
            QCOMPARE(now.measureEndOn, OptDate(day("2026-07-05")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseCourse)
#include "tst_casecourse.moc"
