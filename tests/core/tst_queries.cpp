// The typed queries the screens and the command line read through: each keeps to its own records
// (one participant, one visit, one employer) and returns them in the order the screens show.
#include "actions.h"
#include "casecourse.h"
#include "caseload.h"
#include "consent.h"
#include "employerdirectory.h"
#include "placement.h"
#include "plans.h"
#include "schema.h"
#include "testsupport.h"
#include "visits.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;
using test::day;

namespace {

template<class T> std::vector<Id> idsOf(const std::vector<T>& rows)
{
    std::vector<Id> out;
    for (const auto& r : rows)
        out.push_back(r.id);
    return out;
}

Result<Id> participant(Store& store, std::string name, ParticipantStatus status = ParticipantStatus::Engagement)
{
    Participant p;
    p.displayName = std::move(name);
    p.status = status;
    return store.create(p);
}

Result<Id> employer(Store& store, std::string name)
{
    Employer e;
    e.name = std::move(name);
    return store.create(e);
}

Result<Id> goal(Store& store, const Id& participantId, GoalStatus status, OptDate dueOn)
{
    Goal g;
    g.participantId = participantId;
    g.text = "Møte presis";
    g.status = status;
    g.dueOn = dueOn;
    return store.create(g);
}

Result<Id> placement(Store& store, const Id& participantId, const char* start, OptDate endedOn = {})
{
    Placement p;
    p.participantId = participantId;
    p.startOn = day(start);
    p.endedOn = endedOn;
    return store.create(p);
}

Result<Id> consent(Store& store, const Id& participantId, ConsentKind kind, std::optional<DisclosureItem> item,
    std::optional<RecipientKind> recipient, OptId recipientId, OptDate revokedOn = {})
{
    Consent c;
    c.participantId = participantId;
    c.kind = kind;
    c.item = item;
    c.recipientKind = recipient;
    c.recipientId = std::move(recipientId);
    c.grantedOn = day("2026-01-05");
    c.revokedOn = revokedOn;
    return store.create(c);
}

Result<Id> visit(
    Store& store, const OptId& participantId, const char* on, std::optional<std::string> at = {}, OptId correctsId = {})
{
    Visit v;
    v.participantId = participantId;
    v.authorId = "staff-anna";
    v.contactType = ContactType::HomeVisit;
    v.occurredOn = day(on);
    v.startTime = std::move(at);
    v.correctsId = std::move(correctsId);
    return store.append(v);
}

} // namespace

class TestQueries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void goalsOfListsOpenGoalsFirstThenByDueDay()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const Id achieved, goal(*store, kari, GoalStatus::Achieved, day("2026-01-10")));
        FN_REQUIRE(const Id later, goal(*store, kari, GoalStatus::Open, day("2026-05-01")));
        FN_REQUIRE(const Id dropped, goal(*store, kari, GoalStatus::Dropped, day("2026-02-01")));
        FN_REQUIRE(const Id sooner, goal(*store, kari, GoalStatus::Open, day("2026-04-01")));
        FN_REQUIRE(const Id undated, goal(*store, kari, GoalStatus::Open, {}));
        FN_VERIFY_OK(goal(*store, ola, GoalStatus::Open, day("2026-03-01")));

        FN_REQUIRE(const auto goals, goalsOf(*store, kari));
        QCOMPARE(idsOf(goals), (std::vector<Id> { undated, sooner, later, dropped, achieved }));
    }

    void placementsOfListsOpenJobsFirstWithTheirHistory()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const Id endedLate, placement(*store, kari, "2026-02-01", day("2026-02-20")));
        FN_REQUIRE(const Id openEarly, placement(*store, kari, "2025-11-01"));
        FN_REQUIRE(const Id openLate, placement(*store, kari, "2026-01-15"));
        FN_REQUIRE(const Id endedEarly, placement(*store, kari, "2025-06-01", day("2025-09-01")));
        FN_VERIFY_OK(placement(*store, ola, "2026-01-01"));

        for (const auto& [from, percent] :
            { std::pair { "2025-11-01", 40 }, { "2026-02-01", 80 }, { "2026-01-01", 60 } })
            FN_VERIFY_OK(store->create(PositionChange { {}, kari, openEarly, day(from), percent }));
        for (const char* from : { "2026-03-01", "2025-11-01" }) {
            SupportMeasure m;
            m.participantId = kari;
            m.placementId = openEarly;
            m.fromOn = day(from);
            FN_VERIFY_OK(store->create(m));
        }

        FN_REQUIRE(const auto placements, placementsOf(*store, kari));
        std::vector<Id> ids;
        for (const auto& p : placements)
            ids.push_back(p.placement.id);
        QCOMPARE(ids, (std::vector<Id> { openLate, openEarly, endedLate, endedEarly }));
        const PlacementRecord& job = placements[1];
        QCOMPARE(job.positions.size(), std::size_t { 3 });
        QCOMPARE(job.positions.front().percent, 40); // oldest first
        QCOMPARE(job.positions.back().percent, 80);
        QCOMPARE(positionOn(job.positions, day("2026-01-15")), std::optional<int>(60));
        QCOMPARE(job.measures.size(), std::size_t { 2 });
        QCOMPARE(job.measures.front().fromOn, OptDate(day("2025-11-01")));
        QVERIFY(placements[0].positions.empty());
        QVERIFY(placements[0].measures.empty());
    }

    void consentsOfListsParticipationThenThoseInForce()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const Id employer, employer(*store, "Bakeriet Prøve"));
        FN_REQUIRE(const Id revoked,
            consent(*store, kari, ConsentKind::Disclosure, DisclosureItem::ContactDetails, RecipientKind::Employer,
                employer, day("2026-02-01")));
        FN_REQUIRE(const Id support,
            consent(*store, kari, ConsentKind::Disclosure, DisclosureItem::SupportNeeds, RecipientKind::Employer,
                employer));
        FN_REQUIRE(const Id language,
            consent(
                *store, kari, ConsentKind::Disclosure, DisclosureItem::Language, RecipientKind::Employer, employer));
        FN_REQUIRE(const Id participation, consent(*store, kari, ConsentKind::Participation, {}, {}, {}));
        FN_VERIFY_OK(consent(*store, ola, ConsentKind::Participation, {}, {}, {}));

        FN_REQUIRE(const auto consents, consentsOf(*store, kari));
        QCOMPARE(idsOf(consents), (std::vector<Id> { participation, language, support, revoked }));
    }

    void disclosuresToKeepToOneRecipient()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const Id bakery, employer(*store, "Bakeriet Prøve"));
        FN_REQUIRE(const Id workshop, employer(*store, "Verkstedet Prøve"));
        FN_REQUIRE(const Id revoked,
            consent(*store, kari, ConsentKind::Disclosure, DisclosureItem::ContactDetails, RecipientKind::Employer,
                bakery, day("2026-02-01")));
        FN_REQUIRE(const Id support,
            consent(
                *store, kari, ConsentKind::Disclosure, DisclosureItem::SupportNeeds, RecipientKind::Employer, bakery));
        FN_REQUIRE(const Id language,
            consent(*store, kari, ConsentKind::Disclosure, DisclosureItem::Language, RecipientKind::Employer, bakery));
        // Not to the bakery: another employer, a mentor record of the same id, another person, participation.
        FN_VERIFY_OK(consent(
            *store, kari, ConsentKind::Disclosure, DisclosureItem::WorkHistory, RecipientKind::Employer, workshop));
        FN_VERIFY_OK(
            consent(*store, kari, ConsentKind::Disclosure, DisclosureItem::WorkHistory, RecipientKind::Mentor, bakery));
        FN_VERIFY_OK(consent(
            *store, ola, ConsentKind::Disclosure, DisclosureItem::WorkHistory, RecipientKind::Employer, bakery));
        FN_VERIFY_OK(consent(*store, kari, ConsentKind::Participation, {}, {}, {}));

        FN_REQUIRE(const auto consents, disclosuresTo(*store, kari, RecipientKind::Employer, bakery));
        QCOMPARE(idsOf(consents), (std::vector<Id> { language, support, revoked }));
    }

    void latestExtensionIsTheOneWithTheLatestEnd()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const auto none, latestExtension(*store, kari));
        QVERIFY(!none);

        // Decided later, but ending earlier: the measure ends at the latest end.
        FN_REQUIRE(const Id longest,
            store->create(MeasureExtension { {}, kari, day("2026-01-10"), day("2026-12-31"), "Trenger mer tid" }));
        FN_VERIFY_OK(store->create(MeasureExtension { {}, kari, day("2026-02-10"), day("2026-09-30"), "Kortere" }));
        FN_VERIFY_OK(store->create(MeasureExtension { {}, ola, day("2026-02-10"), day("2027-06-30"), "Annen" }));
        FN_REQUIRE(const auto latest, latestExtension(*store, kari));
        QVERIFY(latest);
        QCOMPARE(latest->id, longest);
        QCOMPARE(latest->newEndOn, OptDate(day("2026-12-31")));
    }

    void actionsOfVisitAreThatVisitsByDueDay()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id first, visit(*store, kari, "2026-02-02"));
        FN_REQUIRE(const Id second, visit(*store, kari, "2026-02-09"));
        auto action = [&](const Id& visitId, OptDate due) {
            AgreedAction a;
            a.participantId = kari;
            a.visitId = visitId;
            a.text = "Ringe arbeidsgiver";
            a.dueOn = due;
            return store->create(a);
        };
        FN_REQUIRE(const Id late, action(first, day("2026-03-01")));
        FN_REQUIRE(const Id undated, action(first, {}));
        FN_REQUIRE(const Id early, action(first, day("2026-02-10")));
        FN_VERIFY_OK(action(second, day("2026-02-05")));

        FN_REQUIRE(const auto actions, actionsOfVisit(*store, first));
        QCOMPARE(idsOf(actions), (std::vector<Id> { undated, early, late }));
    }

    void correctionsOfNameTheCorrectedEntryOnly()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id original, visit(*store, kari, "2026-02-02"));
        FN_REQUIRE(const Id other, visit(*store, kari, "2026-02-03"));
        FN_REQUIRE(const Id correction, visit(*store, kari, "2026-02-02", {}, original));
        FN_REQUIRE(const auto visitCorrections, correctionsOf<Visit>(*store, original));
        QCOMPARE(idsOf(visitCorrections), std::vector<Id> { correction });
        FN_REQUIRE(const auto none, correctionsOf<Visit>(*store, other));
        QVERIFY(none.empty());

        NaturalSupportEntry entry;
        entry.participantId = kari;
        entry.authorId = "staff-mats";
        entry.occurredOn = day("2026-02-04");
        entry.minutes = 20;
        entry.situation = "Ny kassaoppgave";
        FN_REQUIRE(const Id supportEntry, store->append(entry));
        FN_REQUIRE(const auto uncorrected, correctionsOf<NaturalSupportEntry>(*store, supportEntry));
        QVERIFY(uncorrected.empty());
        entry.correctsId = supportEntry;
        entry.minutes = 30;
        FN_REQUIRE(const Id supportCorrection, store->append(entry));
        FN_REQUIRE(const auto supportCorrections, correctionsOf<NaturalSupportEntry>(*store, supportEntry));
        QCOMPARE(idsOf(supportCorrections), std::vector<Id> { supportCorrection });
    }

    void visitListShowsACorrectedVisitByItsCorrection()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, participant(*store, "Kari Prøve"));
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const Id afternoon, visit(*store, kari, "2026-02-02", "13:00"));
        FN_REQUIRE(const Id original, visit(*store, kari, "2026-02-01"));
        FN_REQUIRE(const Id morning, visit(*store, kari, "2026-02-02", "09:30"));
        FN_REQUIRE(const Id correction, visit(*store, kari, "2026-02-01", "10:00", original));
        FN_REQUIRE(const Id olas, visit(*store, ola, "2026-01-20"));

        FN_REQUIRE(const auto karis, visitList(*store, kari));
        QCOMPARE(idsOf(karis), (std::vector<Id> { correction, morning, afternoon }));
        FN_REQUIRE(const auto everyone, visitList(*store));
        QCOMPARE(idsOf(everyone), (std::vector<Id> { olas, correction, morning, afternoon }));
    }

    void employerSitesAreThatEmployersByName()
    {
        test::TempStore store;
        FN_REQUIRE(const Id bakery, employer(*store, "Bakeriet Prøve"));
        FN_REQUIRE(const Id workshop, employer(*store, "Verkstedet Prøve"));
        FN_REQUIRE(const Id vera, store->create(EmployerContact { {}, bakery, "Vera Prøve", "Daglig leder", "", "" }));
        FN_REQUIRE(const Id anders, store->create(EmployerContact { {}, bakery, "Anders Prøve", "Baker", "", "" }));
        FN_VERIFY_OK(store->create(EmployerContact { {}, workshop, "Berit Prøve", "", "", "" }));
        FN_REQUIRE(const Id shop, store->create(Workplace { {}, bakery, "Utsalget", "", "", "", "", "", "" }));
        FN_REQUIRE(const Id bakehouse, store->create(Workplace { {}, bakery, "Bakeriet", "", "", "", "", "", "" }));
        FN_REQUIRE(const Id hall, store->create(Workplace { {}, workshop, "Hallen", "", "", "", "", "", "" }));
        FN_REQUIRE(const Id till, store->create(WorkplaceTask { {}, bakery, shop, "Kasse", "" }));
        FN_REQUIRE(const Id shelves, store->create(WorkplaceTask { {}, bakery, shop, "Fylle hyller", "" }));
        FN_VERIFY_OK(store->create(WorkplaceTask { {}, workshop, hall, "Lager", "" }));

        FN_REQUIRE(const auto sites, employerSites(*store, bakery));
        QCOMPARE(idsOf(sites.contacts), (std::vector<Id> { anders, vera }));
        QCOMPARE(sites.workplaces.size(), std::size_t { 2 });
        QCOMPARE(sites.workplaces[0].workplace.id, bakehouse);
        QVERIFY(sites.workplaces[0].tasks.empty());
        QCOMPARE(sites.workplaces[1].workplace.id, shop);
        QCOMPARE(idsOf(sites.workplaces[1].tasks), (std::vector<Id> { shelves, till }));
    }

    void allParticipantsIncludesTheDischargedByName()
    {
        test::TempStore store;
        FN_REQUIRE(const Id ola, participant(*store, "Ola Prøve"));
        FN_REQUIRE(const Id discharged, participant(*store, "Kari Prøve", ParticipantStatus::Discharged));
        FN_REQUIRE(const Id anne, participant(*store, "Anne Prøve"));
        FN_REQUIRE(const auto all, allParticipants(*store));
        QCOMPARE(idsOf(all), (std::vector<Id> { anne, discharged, ola }));
    }

    void schemaVersionIsTheLatestOnANewStore()
    {
        test::TempStore store;
        FN_REQUIRE(const int version, store->schemaVersion());
        QCOMPARE(version, latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"
