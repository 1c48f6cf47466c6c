// The employer list: one line per employer, with its last contact and counts.
#include "employerdirectory.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

class TestEmployerDirectory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void listsEmployersByNameWithTheirLastContact()
    {
        test::TempStore store;
        Employer b;
        b.name = "Bakeriet Prøve";
        b.followUpPreference = FollowUpPreference::MeetingsOnly;
        FN_REQUIRE(const Id bakery, store->create(b));
        Employer a;
        a.name = "Andeby Verksted";
        a.riskFlag = RiskFlag::UndeclaredWork;
        FN_REQUIRE(const Id workshop, store->create(a));
        FN_VERIFY_OK(store->create(Workplace { {}, bakery, "Utsalget", "", "", "", "", "", "" }));

        for (const char* day : { "2026-02-01", "2026-02-20" }) {
            Visit v;
            v.employerId = bakery;
            v.authorId = "staff-1";
            v.contactType = ContactType::EmployerFollowUp;
            v.occurredOn = *parseDate(day);
            FN_VERIFY_OK(store->append(v));
        }
        Participant someone;
        someone.displayName = "Deltaker Prøve";
        FN_REQUIRE(const Id participant, store->create(someone));
        Placement pl;
        pl.participantId = participant;
        pl.employerId = bakery;
        FN_VERIFY_OK(store->create(pl));
        Placement ended = pl;
        ended.id.clear();
        ended.endedOn = *parseDate("2026-01-01");
        FN_VERIFY_OK(store->create(ended));

        FN_REQUIRE(const auto lines, employerDirectory(*store));
        QCOMPARE(lines.size(), std::size_t { 2 });
        QCOMPARE(lines[0].employerId, workshop);
        QCOMPARE(lines[0].riskFlag, RiskFlag::UndeclaredWork);
        QVERIFY(!lines[0].lastContactOn);
        QCOMPARE(lines[0].contactCount, 0);
        QCOMPARE(lines[1].employerId, bakery);
        QCOMPARE(lines[1].followUpPreference, FollowUpPreference::MeetingsOnly);
        QCOMPARE(lines[1].lastContactOn, OptDate(*parseDate("2026-02-20")));
        QCOMPARE(lines[1].contactCount, 2);
        QCOMPARE(lines[1].workplaceCount, 1);
        QCOMPARE(lines[1].openPlacements, 1);
    }

    void leavesOutRemovedEmployers()
    {
        test::TempStore store;
        Employer e;
        e.name = "Borte AS";
        FN_REQUIRE(const Id id, store->create(e));
        FN_VERIFY_OK(store->remove("employers", id));
        FN_REQUIRE(const auto lines, employerDirectory(*store));
        QVERIFY(lines.empty());
    }
};

QTEST_GUILESS_MAIN(TestEmployerDirectory)
#include "tst_employerdirectory.moc"
