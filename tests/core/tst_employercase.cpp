// The employer directory as people change it: an employer registered with its first workplace,
// its follow-up preference, and contacts, workplaces and tasks added. One rule in core for the app
// and the command line (core/employers.h). Invented employers and people only; the organisation
// numbers are made up (999 000 ...), with a valid check digit where the test needs one.
#include "employers.h"
#include "replica.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::countOf;
using test::actors::lead;
using test::actors::mentor;
using test::actors::specialist;
using test::actors::unpaired;

Result<Id> bakery(Store& store)
{
    EmployerRegistration r;
    r.name = "Bakeriet på hjørnet";
    r.orgNumber = "999 000 002";
    r.address = "Hjørnegata 1";
    auto id = registerEmployer(store, specialist, r);
    if (!id)
        return fail(id.error().error);
    return *id;
}

} // namespace

class TestEmployerCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void registersAnEmployerWithItsFirstWorkplace()
    {
        test::TempStore store;
        EmployerRegistration r;
        r.name = "  Testbyen Sykkel AS ";
        r.orgNumber = "999 000 010";
        r.sector = "verksted";
        r.address = "Sykkelveien 2";
        r.needs = "Folk til klargjøring av sykler";
        r.followUpPreference = FollowUpPreference::MeetingsOnly;
        FN_REQUIRE(const Id id, registerEmployer(*store, lead, r));
        FN_REQUIRE(const Employer e, store->get<Employer>(id));
        QCOMPARE(e.name, std::string("Testbyen Sykkel AS"));
        QCOMPARE(e.orgNumber, std::string("999000010"));
        QCOMPARE(e.sector, std::string("verksted"));
        QCOMPARE(e.followUpPreference, FollowUpPreference::MeetingsOnly);
        QCOMPARE(e.ownerId, OptId(lead.staffId));
        FN_REQUIRE(
            const auto workplaces, StoreInternals::select<Workplace>(*store, "employer_id = ?", { Value(id) }, "name"));
        QCOMPARE(workplaces.size(), std::size_t(1));
        QCOMPARE(workplaces.front().name, std::string("Testbyen Sykkel AS"));
        QCOMPARE(workplaces.front().address, std::string("Sykkelveien 2"));
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pendingCount());
        QVERIFY(pending > 0);
    }

    void anOrganisationNumberIsOptional()
    {
        test::TempStore store;
        EmployerRegistration r;
        r.name = "Kafé uten nummer";
        FN_REQUIRE(const Id id, registerEmployer(*store, specialist, r));
        FN_REQUIRE(const Employer e, store->get<Employer>(id));
        QVERIFY(e.orgNumber.empty());
    }

    void registerRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("no name") << "name" << Refusal::EmployerNameMissing << "name"
                                 << "employer's name";
        QTest::newRow("eight digits") << "org 8" << Refusal::OrgNumberInvalid << "org_number"
                                      << "nine digits";
        QTest::newRow("letters") << "org letters" << Refusal::OrgNumberInvalid << "org_number"
                                 << "nine digits";
        QTest::newRow("check digit wrong") << "org check" << Refusal::OrgNumberInvalid << "org_number"
                                           << "check digit";
        QTest::newRow("org number taken") << "org taken" << Refusal::OrgNumberTaken << "org_number"
                                          << "Bakeriet på hjørnet";
        QTest::newRow("ID number in notes") << "notes id" << Refusal::NationalIdNumber << "notes"
                                            << "national ID";
        QTest::newRow("ID number in address") << "address id" << Refusal::NationalIdNumber << "address"
                                              << "national ID";
        QTest::newRow("a mentor") << "mentor" << Refusal::NotAllowed << ""
                                  << "mentor";
        QTest::newRow("an unpaired device") << "unpaired" << Refusal::NoIdentity << ""
                                            << "Pair it";
    }

    void registerRefusals()
    {
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        QFETCH(QString, says);
        test::TempStore store;
        FN_REQUIRE(const Id existing, bakery(*store));
        Q_UNUSED(existing);
        FN_REQUIRE(const auto employersBefore, countOf(*store, "employers"));
        FN_REQUIRE(const auto workplacesBefore, countOf(*store, "workplaces"));
        EmployerRegistration r;
        r.name = "Lageret AS";
        Actor actor = specialist;
        if (change == "name")
            r.name = "  ";
        else if (change == "org 8")
            r.orgNumber = "99900000";
        else if (change == "org letters")
            r.orgNumber = "NO999000010MVA";
        else if (change == "org check")
            r.orgNumber = "999000011";
        else if (change == "org taken")
            r.orgNumber = "999000002";
        else if (change == "notes id")
            r.notes = "Daglig leder 010190 12345";
        else if (change == "address id")
            r.address = "01019012345";
        else if (change == "mentor")
            actor = mentor;
        else if (change == "unpaired")
            actor = unpaired;
        const auto id = registerEmployer(*store, actor, r);
        QVERIFY(!id);
        QCOMPARE(id.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(id.error().field), column);
        QVERIFY2(QString::fromStdString(id.error().error.message).contains(says),
            qPrintable(QString::fromStdString(id.error().error.message)));
        QVERIFY(id.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto employersAfter, countOf(*store, "employers"));
        FN_REQUIRE(const auto workplacesAfter, countOf(*store, "workplaces"));
        QCOMPARE(employersAfter, employersBefore);
        QCOMPARE(workplacesAfter, workplacesBefore);
    }

    void addsContactsWorkplacesTasksAndThePreference()
    {
        test::TempStore store;
        FN_REQUIRE(const Id employer, bakery(*store));
        FN_REQUIRE(const Id contact,
            addEmployerContact(*store, specialist,
                EmployerContactEntry { employer, " Kari Eksempel ", "Verneombud", "+47 912 34 567", {} }));
        FN_REQUIRE(const EmployerContact c, store->get<EmployerContact>(contact));
        QCOMPARE(c.name, std::string("Kari Eksempel"));
        QCOMPARE(c.employerId, employer);
        FN_REQUIRE(const Id workplace,
            addWorkplace(*store, specialist, WorkplaceEntry { employer, "Utsalget på torget", "Torget 3" }));
        FN_REQUIRE(const Workplace w, store->get<Workplace>(workplace));
        QCOMPARE(w.employerId, employer);
        QCOMPARE(w.address, std::string("Torget 3"));
        FN_REQUIRE(const Id task,
            addWorkplaceTask(
                *store, lead, WorkplaceTaskEntry { employer, workplace, "Brette servietter", "Før lunsj" }));
        FN_REQUIRE(const WorkplaceTask t, store->get<WorkplaceTask>(task));
        QCOMPARE(t.workplaceId, workplace);
        QCOMPARE(t.title, std::string("Brette servietter"));
        FN_VERIFY_OK(setFollowUpPreference(*store, specialist, employer, FollowUpPreference::MeetingsOnly));
        FN_REQUIRE(const Employer e, store->get<Employer>(employer));
        QCOMPARE(e.followUpPreference, FollowUpPreference::MeetingsOnly);
    }

    void additionRefusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("contact without a name") << "contact"
                                                << "name" << Refusal::ContactNameMissing << "name";
        QTest::newRow("contact at no employer") << "contact"
                                                << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("ID number as a contact's phone") << "contact"
                                                        << "id" << Refusal::NationalIdNumber << "phone";
        QTest::newRow("contact from a mentor") << "contact"
                                               << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("workplace without a name") << "workplace"
                                                  << "name" << Refusal::WorkplaceNameMissing << "name";
        QTest::newRow("workplace at no employer") << "workplace"
                                                  << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("ID number in a workplace's address") << "workplace"
                                                            << "id" << Refusal::NationalIdNumber << "address";
        QTest::newRow("workplace from an unpaired device") << "workplace"
                                                           << "unpaired" << Refusal::NoIdentity << "";
        QTest::newRow("task without a title") << "task"
                                              << "name" << Refusal::TaskTitleMissing << "title";
        QTest::newRow("task at no employer") << "task"
                                             << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("task at another employer's workplace")
            << "task"
            << "workplace" << Refusal::WorkplaceNotAtEmployer << "workplace_id";
        QTest::newRow("ID number in a task") << "task"
                                             << "id" << Refusal::NationalIdNumber << "description";
        QTest::newRow("task from a mentor") << "task"
                                            << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("preference at no employer") << "preference"
                                                   << "employer" << Refusal::EmployerNotFound << "employer_id";
        QTest::newRow("preference from a mentor") << "preference"
                                                  << "mentor" << Refusal::NotAllowed << "";
    }

    void additionRefusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const Id employer, bakery(*store));
        EmployerRegistration other;
        other.name = "Lageret AS";
        FN_REQUIRE(const Id otherEmployer, registerEmployer(*store, specialist, other));
        FN_REQUIRE(const auto othersWorkplaces,
            StoreInternals::select<Workplace>(*store, "employer_id = ?", { Value(otherEmployer) }, "name"));
        FN_REQUIRE(const auto workplaces,
            StoreInternals::select<Workplace>(*store, "employer_id = ?", { Value(employer) }, "name"));
        const Actor actor = change == "mentor" ? mentor : change == "unpaired" ? unpaired : specialist;
        const Id at = change == "employer" ? Id("no-such-employer") : employer;
        const std::string name = change == "name" ? " " : "Kari Eksempel";
        const std::string idNumber = change == "id" ? "010190 12345" : "";
        const char* table = what == "contact" ? "employer_contacts"
            : what == "workplace"             ? "workplaces"
            : what == "task"                  ? "workplace_tasks"
                                              : "employers";
        FN_REQUIRE(const auto before, countOf(*store, table));
        CaseError error;
        if (what == "contact") {
            auto r = addEmployerContact(*store, actor, EmployerContactEntry { at, name, {}, idNumber, {} });
            QVERIFY(!r);
            error = r.error();
        } else if (what == "workplace") {
            auto r = addWorkplace(*store, actor, WorkplaceEntry { at, name, idNumber });
            QVERIFY(!r);
            error = r.error();
        } else if (what == "task") {
            const Id workplace = change == "workplace" ? othersWorkplaces.front().id : workplaces.front().id;
            auto r = addWorkplaceTask(*store, actor, WorkplaceTaskEntry { at, workplace, name, idNumber });
            QVERIFY(!r);
            error = r.error();
        } else {
            auto r = setFollowUpPreference(*store, actor, at, FollowUpPreference::MeetingsOnly);
            QVERIFY(!r);
            error = r.error();
        }
        QCOMPARE(error.refusal, refusal);
        QCOMPARE(QString::fromStdString(error.field), column);
        QVERIFY(!error.error.message.empty());
        QVERIFY(error.error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const auto after, countOf(*store, table));
        QCOMPARE(after, before);
        FN_REQUIRE(const Employer e, store->get<Employer>(employer));
        QCOMPARE(e.followUpPreference, FollowUpPreference::OnSite);
    }

    void organisationNumbersAreCheckedByTheirCheckDigit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::newRow("nine digits") << "999000029"
                                     << "999000029";
        QTest::newRow("grouped in threes") << "999 000 037"
                                           << "999000037";
        QTest::newRow("check digit 0") << "999000010"
                                       << "999000010";
        QTest::newRow("wrong check digit") << "999000028"
                                           << "";
        QTest::newRow("ten digits") << "9990000290"
                                    << "";
        QTest::newRow("with MVA") << "999000029MVA"
                                  << "";
        QTest::newRow("hyphens") << "999-000-029"
                                 << "";
    }

    void organisationNumbersAreCheckedByTheirCheckDigit()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        const auto normalized = normalizedOrgNumber(text.toStdString());
        QCOMPARE(QString::fromStdString(normalized.value_or("")), digits);
    }
};

QTEST_GUILESS_MAIN(TestEmployerCase)
#include "tst_employercase.moc"
