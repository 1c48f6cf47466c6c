// A person's way through the service, as the people in domain.md live it, through the real office
// and the tablets of a specialist and a workplace mentor: taken on, consents given, a job started
// with its follow-up schedule, a visit keeping a planned meeting, a mentor assigned who sees only
// what the person agreed to share, the consent revoked, a hand-over by the team lead that loses
// none of the former specialist's unsent work, and a discharge into work by the new specialist. Every change is
// made by the use case the app and fieldnotes-cli call. The stores' clocks stand at 2026-03-02,
// a Monday. Invented people only.
#include "consentcase.h"
#include "handover.h"
#include "intake.h"
#include "mentors.h"
#include "mentorview.h"
#include "placement.h"
#include "schedule.h"
#include "storeinternals.h"
#include "syncharness.h"
#include "visits.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

using test::day;

std::int64_t scalar(Store& store, const std::string& sql)
{
    auto st = core::StoreInternals::db(store).prepare(sql);
    if (!st || !(*st)->step().value_or(false))
        return -1;
    const std::int64_t n = (*st)->integer(0);
    (*st)->reset();
    return n;
}

template<class T> T required(tl::expected<T, CaseError> result, const char* what)
{
    if (!result)
        qFatal("%s: %s", what, result.error().error.message.c_str());
    return std::move(*result);
}

void required(tl::expected<void, CaseError> result, const char* what)
{
    if (!result)
        qFatal("%s: %s", what, result.error().error.message.c_str());
}

// A sync that completes with nothing refused.
#define SYNC_CLEAN(tablet)                                                                                             \
    do {                                                                                                               \
        const auto synced = (tablet).sync();                                                                           \
        FN_VERIFY_OK(synced.status);                                                                                   \
        QVERIFY(synced.completed);                                                                                     \
        QVERIFY2(synced.report.rejected == 0,                                                                          \
            synced.report.refusals.empty() ? "refused" : synced.report.refusals.front().c_str());                      \
    } while (false)

} // namespace

class TestCaseFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aPersonsWayFromIntakeToDischargeThroughTheOffice()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        const Id per = office.addStaff("Per Aasen", StaffRole::Mentor);
        Id bakery;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            Employer e;
            e.name = "Nordlys Bakeri";
            e.ownerId = ingrid;
            FN_TRY_ASSIGN(bakery, office.store().create(e));
            return {};
        }));

        test::TestTablet tabletA(office, ingrid, 1);
        test::TestTablet tabletB(office, tarek, 2);
        test::TestTablet mentorTablet(office, per, 3);
        SYNC_CLEAN(tabletA);
        Store& a = tabletA.store();
        const Actor ingridOnA = actorOf(a);
        QCOMPARE(ingridOnA.staffId, ingrid);

        // Intake on the specialist's tablet, with the person's agreement to take part.
        Intake in;
        in.displayName = "Sara Testesen";
        in.referralOn = day("2026-02-16");
        in.preferredLanguage = "norsk";
        in.consent
            = Intake::ParticipationConsent { day("2026-02-16"), "Frivillig deltakelse", "Du er med fordi du vil." };
        const Id sara = required(takeOnParticipant(a, ingridOnA, in), "intake");

        // The employer may hear what helps her at work.
        ConsentGrant toEmployer;
        toEmployer.participantId = sara;
        toEmployer.item = DisclosureItem::SupportNeeds;
        toEmployer.recipientKind = RecipientKind::Employer;
        toEmployer.recipientId = bakery;
        toEmployer.purpose = "Tilrettelegging på arbeidsplassen";
        toEmployer.how = ConsentManner::Written;
        required(grantConsent(a, ingridOnA, toEmployer), "consent to the employer");

        // A job starts today, and its follow-up schedule is proposed at once.
        PlacementStart job;
        job.participantId = sara;
        job.employerId = bakery;
        job.contract = ContractType::Temporary;
        job.title = "Bakeriassistent";
        job.tasks = "Pakke bakevarer";
        job.startOn = day("2026-03-02");
        job.percent = 50;
        job.trialEndOn = day("2026-09-01");
        const Id placement = required(startPlacement(a, ingridOnA, job), "placement");
        QVERIFY(scalar(a, "SELECT count(*) FROM follow_up_meetings WHERE placement_id = '" + placement + "'") >= 5);

        // A visit at the workplace on the first day keeps the planned meeting of its window.
        VisitNote visit;
        visit.participantId = sara;
        visit.employerId = bakery;
        visit.contactType = ContactType::WorkplaceFollowUp;
        visit.occurredOn = day("2026-03-02");
        visit.attendees = { Attendee::Participant, Attendee::Employer };
        visit.note = "Første dag i bakeriet. Sara fikk en fast fadder.";
        const Id visitId = required(finalizeVisit(a, ingridOnA, visit), "visit");

        // A mentor at the bakery, assigned for her job, with a learning goal she shares with him.
        const Id mentor = required(
            registerMentor(a, ingridOnA, MentorRegistration { bakery, "Per Aasen", "", "", "" }), "register mentor");
        MentorAssignmentStart assign;
        assign.participantId = sara;
        assign.mentorId = mentor;
        assign.placementId = placement;
        assign.mandate = "Opplæring i oppgavene og en fast samtale annenhver uke";
        const Id assignment = required(assignMentor(a, ingridOnA, assign), "assign mentor");
        required(addLearningGoal(a, ingridOnA, assignment, "Pakke bestillinger på egen hånd"), "learning goal");
        ConsentGrant toMentor;
        toMentor.participantId = sara;
        toMentor.item = DisclosureItem::LearningGoals;
        toMentor.recipientKind = RecipientKind::Mentor;
        toMentor.recipientId = mentor;
        toMentor.purpose = "Fadderen skal kunne støtte læringsmålene";
        toMentor.how = ConsentManner::Tablet;
        const Id learningConsent = required(grantConsent(a, ingridOnA, toMentor), "consent to the mentor");

        SYNC_CLEAN(tabletA);
        FN_REQUIRE(const FollowUpTrack atOffice, followUpStatus(office.store(), placement, day("2026-03-02")));
        const bool kept = std::any_of(atOffice.slotStatus.begin(), atOffice.slotStatus.end(),
            [&](const SlotStatus& s) { return s.state == SlotState::Kept && s.keptBy == OptId(visitId); });
        QVERIFY2(kept, "the office sees the first-day visit keep a planned meeting");

        // The mentor's login is linked at the office; his tablet then holds Sara and her shared goal,
        // and none of the specialist's notes.
        FN_VERIFY_OK(office.admin().linkMentor(mentor, per));
        SYNC_CLEAN(mentorTablet);
        Store& m = mentorTablet.store();
        FN_REQUIRE(const auto caseload, mentorCaseload(m, per, day("2026-03-02")));
        QCOMPARE(caseload.size(), std::size_t { 1 });
        QCOMPARE(caseload.front().displayName, std::string("Sara Testesen"));
        FN_REQUIRE(const auto goals, sharedLearningGoals(m, sara, mentor, day("2026-03-02")));
        QCOMPARE(goals.size(), std::size_t { 1 });
        QCOMPARE(scalar(m, "SELECT count(*) FROM visits"), std::int64_t { 0 });

        // A colleague's tablet holds nothing of her.
        SYNC_CLEAN(tabletB);
        QCOMPARE(
            scalar(tabletB.store(), "SELECT count(*) FROM participants WHERE id = '" + sara + "'"), std::int64_t { 0 });

        // She takes back what the mentor may see: his tablet loses the goal on its next sync.
        required(revokeConsent(a, ingridOnA, learningConsent, day("2026-03-02")), "revoke");
        SYNC_CLEAN(tabletA);
        SYNC_CLEAN(mentorTablet);
        FN_REQUIRE(const auto after, sharedLearningGoals(m, sara, mentor, day("2026-03-02")));
        QVERIFY(after.empty());
        QCOMPARE(scalar(m, "SELECT count(*) FROM learning_goals"), std::int64_t { 0 });

        // Ingrid writes one more visit and begins another; before she syncs, her lead hands Sara over
        // to Tarek. Her visit still reaches the office and Tarek; her draft stays with her.
        VisitNote late;
        late.participantId = sara;
        late.contactType = ContactType::Phone;
        late.occurredOn = day("2026-03-02");
        late.note = "Ringte Sara om arbeidstiden neste uke.";
        const Id lateVisit = required(finalizeVisit(a, ingridOnA, late), "late visit");
        FN_VERIFY_OK(a.saveDraft(
            Draft { "00000000-0000-4000-8000-000000000801", "visit", sara, 0, R"({"note":"Halvskrevet"})" }));
        test::TestTablet leadTablet(office, marit, 4);
        SYNC_CLEAN(leadTablet);
        required(handOverParticipant(leadTablet.store(), actorOf(leadTablet.store()), sara, tarek, day("2026-03-02")),
            "hand-over");
        SYNC_CLEAN(leadTablet);
        const auto told = tabletA.sync();
        FN_VERIFY_OK(told.status);
        QCOMPARE(told.report.rejected, 0);
        QCOMPARE(told.report.handedOver, std::vector<std::string> { "Sara Testesen" });
        QCOMPARE(told.report.draftsKept, 1);
        QCOMPARE(scalar(a, "SELECT count(*) FROM participants WHERE id = '" + sara + "'"), std::int64_t { 0 });
        QCOMPARE(scalar(a, "SELECT count(*) FROM drafts WHERE participant_id = '" + sara + "'"), std::int64_t { 1 });
        QCOMPARE(
            scalar(office.store(), "SELECT count(*) FROM visits WHERE id = '" + lateVisit + "'"), std::int64_t { 1 });
        SYNC_CLEAN(tabletB);
        Store& b = tabletB.store();
        QCOMPARE(scalar(b, "SELECT count(*) FROM visits WHERE id IN ('" + visitId + "', '" + lateVisit + "')"),
            std::int64_t { 2 });

        // Tarek discharges her into work; the office and the lead hold the discharge.
        required(dischargeParticipant(b, actorOf(b), sara, DischargeReason::Work, day("2026-03-02")), "discharge");
        SYNC_CLEAN(tabletB);
        SYNC_CLEAN(leadTablet);
        for (Store* store : { &office.store(), &leadTablet.store() }) {
            FN_REQUIRE(const Participant done, store->get<Participant>(sara));
            QCOMPARE(done.status, ParticipantStatus::Discharged);
            QCOMPARE(done.dischargeReason, std::optional<DischargeReason>(DischargeReason::Work));
            QCOMPARE(done.specialistId, OptId(tarek));
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseFlow)
#include "tst_caseflow.moc"
