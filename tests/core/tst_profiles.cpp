// The participant's profile written field by field: by their own specialist or a lead, to one of
// the profile's fields, wanted hours 0-100 %, no national ID numbers. One rule in core for the app
// (core/profiles.h). Invented people only.
#include "intake.h"
#include "profiles.h"
#include "replica.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

Q_DECLARE_METATYPE(fieldnotes::core::Refusal)

namespace {

using test::actors::lead;
using test::actors::specialist;

Result<Id> person(Store& store)
{
    Intake in;
    in.displayName = "Tiril Prøvesen";
    in.referralOn = test::day("2026-01-05");
    auto taken = takeOnParticipant(store, specialist, in);
    if (!taken)
        return fail(taken.error().error);
    return *taken;
}

} // namespace

class TestProfiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void writesTheProfileFieldByField()
    {
        test::TempStore store;
        FN_REQUIRE(const Id p, person(*store));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "dream_job", Value(std::string("  Kokk på en kafé "))));
        FN_REQUIRE(Profile first, store->get<Profile>(p));
        QCOMPARE(first.participantId, p);
        QCOMPARE(first.dreamJob, std::string("Kokk på en kafé"));
        FN_VERIFY_OK(setProfileField(*store, lead, p, "wanted_hours_pct", Value(std::int64_t { 60 })));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "skills", Value(std::string("Truckførerbevis"))));
        FN_REQUIRE(Profile then, store->get<Profile>(p));
        QCOMPARE(then.dreamJob, std::string("Kokk på en kafé"));
        QCOMPARE(then.wantedHoursPct, std::optional<int>(60));
        QCOMPARE(then.skills, std::string("Truckførerbevis"));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "wanted_hours_pct", Value()));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "skills", Value()));
        FN_REQUIRE(Profile emptied, store->get<Profile>(p));
        QVERIFY(!emptied.wantedHoursPct);
        QVERIFY(emptied.skills.empty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("change");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("not a profile field") << "diagnosis"
                                             << "" << Refusal::ProfileFieldUnknown << "diagnosis";
        QTest::newRow("the profile's own id") << "participant_id"
                                              << "" << Refusal::ProfileFieldUnknown << "participant_id";
        QTest::newRow("wanted hours 101") << "wanted_hours_pct"
                                          << "101" << Refusal::WantedHoursOutOfRange << "wanted_hours_pct";
        QTest::newRow("wanted hours -1") << "wanted_hours_pct"
                                         << "-1" << Refusal::WantedHoursOutOfRange << "wanted_hours_pct";
        QTest::newRow("wanted hours as text") << "wanted_hours_pct"
                                              << "text" << Refusal::WantedHoursOutOfRange << "wanted_hours_pct";
        QTest::newRow("a number for a text field") << "skills"
                                                   << "60" << Refusal::ProfileFieldUnknown << "skills";
        QTest::newRow("ID number in experience") << "experience"
                                                 << "id" << Refusal::NationalIdNumber << "experience";
        QTest::newRow("another specialist's participant") << "skills"
                                                          << "other" << Refusal::NotAllowed << "";
        QTest::newRow("a mentor") << "skills"
                                  << "mentor" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << "skills"
                                            << "unpaired" << Refusal::NoIdentity << "";
        QTest::newRow("no such participant") << "skills"
                                             << "unknown" << Refusal::NotFound << "participant_id";
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, change);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        FN_REQUIRE(const Id p, person(*store));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "skills", Value(std::string("Lager"))));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "experience", Value(std::string("Butikk"))));
        FN_VERIFY_OK(setProfileField(*store, specialist, p, "wanted_hours_pct", Value(std::int64_t { 50 })));
        Value value = std::string("Truckførerbevis");
        Actor actor = specialist;
        Id participant = p;
        if (change == "101")
            value = std::int64_t { 101 };
        else if (change == "-1")
            value = std::int64_t { -1 };
        else if (change == "60")
            value = std::int64_t { 60 };
        else if (change == "text")
            value = std::string("60");
        else if (change == "id")
            value = std::string("Lager, 010190 12345");
        else if (change == "other")
            actor = test::actors::otherSpecialist;
        else if (change == "mentor")
            actor = test::actors::mentor;
        else if (change == "unpaired")
            actor = test::actors::unpaired;
        else if (change == "unknown")
            participant = "no-such-participant";
        const auto done = setProfileField(*store, actor, participant, field.toStdString(), value);
        QVERIFY(!done);
        QCOMPARE(done.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(done.error().field), column);
        QVERIFY(!done.error().error.message.empty());
        QVERIFY(done.error().error.message.find("12345") == std::string::npos);
        FN_REQUIRE(const Profile after, store->get<Profile>(p));
        QCOMPARE(after.skills, std::string("Lager"));
        QCOMPARE(after.experience, std::string("Butikk"));
        QCOMPARE(after.wantedHoursPct, std::optional<int>(50));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
