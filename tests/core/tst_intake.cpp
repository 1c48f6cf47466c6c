// Taking a person on and discharging them: one rule in core for the app and both command lines.
// The store's clock stands at 2026-03-02 (testsupport.h). Invented people only.
#include "consent.h"
#include "intake.h"
#include "replica.h"
#include "storeinternals.h"
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

Intake minimal()
{
    Intake in;
    in.displayName = "Tiril Prøvesen";
    return in;
}

} // namespace

class TestIntake : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void nationalIdNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("eleven digits") << "01019012345" << true;
        QTest::newRow("eleven digits in a sentence") << "fnr 01019012345 i brevet" << true;
        QTest::newRow("written six and five") << "010190 12345" << true;
        QTest::newRow("with a dot") << "010190.12345" << true;
        QTest::newRow("with a hyphen") << "010190-12345" << true;
        QTest::newRow("a Norwegian mobile") << "912 34 567" << false;
        QTest::newRow("a mobile with country code") << "+47 91234567" << false;
        QTest::newRow("an eleven-digit foreign mobile") << "+46701234567" << false;
        QTest::newRow("ten digits") << "0101901234" << false;
        QTest::newRow("twelve digits") << "010190123456" << false;
        QTest::newRow("org number") << "987 654 321" << false;
        QTest::newRow("two separators") << "010 190 12345" << false;
    }

    void nationalIdNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(containsNationalIdNumber(text.toStdString()), found);
    }

    void takesAPersonOnWithLevelAndConsentInOneGo()
    {
        test::TempStore store;
        Intake in = minimal();
        in.phone = "+47 912 34 567";
        in.email = "tiril@example.org";
        in.programme = Programme::Ips;
        in.referralOn = day("2026-02-20");
        in.referralReason = "Ønsker arbeid i butikk";
        in.measureEndOn = day("2026-08-20");
        in.preferredLanguage = "norsk";
        in.interpreterNeeded = true;
        in.childcareConstraint = "Henter i barnehagen 16:00";
        in.shiftConstraint = "Ikke natt";
        in.transportConstraint = "Buss";
        in.refusedTasks = "Kasse";
        in.norwegianLevel = CefrLevel::B1;
        in.consent
            = Intake::ParticipationConsent { day("2026-03-01"), "Frivillig deltakelse", "Du er med fordi du vil" };

        FN_REQUIRE(const Id id, takeOnParticipant(*store, specialist, in));
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.displayName, std::string("Tiril Prøvesen"));
        QCOMPARE(p.programme, Programme::Ips);
        QCOMPARE(p.status, ParticipantStatus::Referred);
        QCOMPARE(p.specialistId, OptId(specialist.staffId));
        QCOMPARE(p.referralOn, OptDate(day("2026-02-20")));
        QCOMPARE(p.measureEndOn, OptDate(day("2026-08-20")));
        QCOMPARE(p.refusedTasks, std::string("Kasse"));
        QVERIFY(p.interpreterNeeded);

        FN_REQUIRE(
            const auto levels, core::StoreInternals::select<LanguageLevel>(*store, "participant_id = ?", { id }));
        QCOMPARE(levels.size(), std::size_t(1));
        QCOMPARE(levels[0].level, CefrLevel::B1);
        QCOMPARE(levels[0].assessedOn, OptDate(day("2026-03-02")));
        FN_REQUIRE(const bool takesPart, participates(*store, id, day("2026-03-02")));
        QVERIFY(takesPart);

        // Every record is waiting to be sent: the writes went through change tracking.
        Replica replica(*store);
        FN_REQUIRE(const auto pending, replica.pendingCount());
        QVERIFY(pending >= 3);
    }

    void defaultsAndTrimming()
    {
        test::TempStore store;
        Intake in;
        in.displayName = "  Ola Oppdiktet  ";
        FN_REQUIRE(const Id id, takeOnParticipant(*store, lead, in));
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.displayName, std::string("Ola Oppdiktet"));
        QCOMPARE(p.referralOn, OptDate(day("2026-03-02")));
        QCOMPARE(p.specialistId, OptId(lead.staffId)); // whoever takes a person on follows them
        FN_REQUIRE(const bool takesPart, participates(*store, id, day("2026-03-02")));
        QVERIFY(!takesPart);
        FN_REQUIRE(const auto levels, countOf(*store, "language_levels"));
        QCOMPARE(levels, std::int64_t(0));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::addColumn<QString>("column");
        QTest::newRow("no name") << 0 << "name"
                                 << "   " << Refusal::NameMissing << "display_name";
        QTest::newRow("ID number as name") << 0 << "name"
                                           << "01019012345" << Refusal::NationalIdNumber << "display_name";
        QTest::newRow("ID number as phone") << 0 << "phone"
                                            << "010190 12345" << Refusal::NationalIdNumber << "phone";
        QTest::newRow("ID number in the reason")
            << 0 << "reason"
            << "Fnr. 01019012345, sykmeldt" << Refusal::NationalIdNumber << "referral_reason";
        QTest::newRow("ID number in refused tasks")
            << 0 << "refused"
            << "ikke 01019012345" << Refusal::NationalIdNumber << "refused_tasks";
        QTest::newRow("ID number in the consent summary")
            << 0 << "summary"
            << "Avtale for 01019012345" << Refusal::NationalIdNumber << "summary";
        QTest::newRow("referral tomorrow") << 0 << "referral"
                                           << "2026-03-03" << Refusal::ReferralInFuture << "referral_on";
        QTest::newRow("measure ends before referral")
            << 0 << "measure_end"
            << "2026-01-01" << Refusal::MeasureEndBeforeReferral << "measure_end_on";
        QTest::newRow("level assessed tomorrow") << 0 << "level_on"
                                                 << "2026-03-03" << Refusal::LevelAssessedInFuture << "assessed_on";
        QTest::newRow("consent tomorrow") << 0 << "consent_on"
                                          << "2026-03-03" << Refusal::ConsentInFuture << "granted_on";
        QTest::newRow("a mentor") << 1 << ""
                                  << "" << Refusal::NotAllowed << "";
        QTest::newRow("an unpaired device") << 2 << ""
                                            << "" << Refusal::NoIdentity << "";
    }

    void refusals()
    {
        QFETCH(int, who);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(Refusal, refusal);
        QFETCH(QString, column);
        test::TempStore store;
        Intake in = minimal();
        in.referralOn = day("2026-02-01");
        const std::string v = value.toStdString();
        if (field == "name")
            in.displayName = v;
        else if (field == "phone")
            in.phone = v;
        else if (field == "reason")
            in.referralReason = v;
        else if (field == "refused")
            in.refusedTasks = v;
        else if (field == "summary")
            in.consent = Intake::ParticipationConsent { {}, v, {} };
        else if (field == "referral")
            in.referralOn = day(v.c_str());
        else if (field == "measure_end")
            in.measureEndOn = day(v.c_str());
        else if (field == "level_on") {
            in.norwegianLevel = CefrLevel::A2;
            in.norwegianLevelOn = day(v.c_str());
        } else if (field == "consent_on")
            in.consent = Intake::ParticipationConsent { day(v.c_str()), {}, {} };
        const Actor actor = who == 0 ? specialist : who == 1 ? mentor : Actor {};

        const auto r = takeOnParticipant(*store, actor, in);
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        QCOMPARE(QString::fromStdString(r.error().field), column);
        QVERIFY(!r.error().error.message.empty());
        // Messages go to logs: they never repeat what was typed.
        if (!v.empty())
            QVERIFY(r.error().error.message.find(v) == std::string::npos);
        // Nothing was written.
        for (const char* table : { "participants", "language_levels", "consents" }) {
            FN_REQUIRE(const auto n, countOf(*store, table));
            QCOMPARE(n, std::int64_t(0));
        }
    }

    void dischargeByTheSpecialist()
    {
        test::TempStore store;
        Intake in = minimal();
        in.referralOn = day("2026-01-10");
        FN_REQUIRE(const Id id, takeOnParticipant(*store, specialist, in));
        const auto done = dischargeParticipant(*store, specialist, id, DischargeReason::Work, day("2026-03-01"));
        QVERIFY2(done, done ? "" : done.error().error.message.c_str());
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.status, ParticipantStatus::Discharged);
        QCOMPARE(p.dischargeReason, std::optional<DischargeReason>(DischargeReason::Work));
        QCOMPARE(p.dischargedOn, OptDate(day("2026-03-01")));
    }

    void dischargeRefusals_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<QString>("on");
        QTest::addColumn<bool>("twice");
        QTest::addColumn<fieldnotes::core::Refusal>("refusal");
        QTest::newRow("another specialist") << 1 << "2026-03-01" << false << Refusal::NotAllowed;
        QTest::newRow("a mentor") << 2 << "2026-03-01" << false << Refusal::NotAllowed;
        QTest::newRow("an unpaired device") << 3 << "2026-03-01" << false << Refusal::NoIdentity;
        QTest::newRow("tomorrow") << 0 << "2026-03-03" << false << Refusal::DischargeInFuture;
        QTest::newRow("before the referral") << 0 << "2026-01-09" << false << Refusal::DischargeBeforeReferral;
        QTest::newRow("twice") << 0 << "2026-03-01" << true << Refusal::AlreadyDischarged;
    }

    void dischargeRefusals()
    {
        QFETCH(int, who);
        QFETCH(QString, on);
        QFETCH(bool, twice);
        QFETCH(Refusal, refusal);
        test::TempStore store;
        Intake in = minimal();
        in.referralOn = day("2026-01-10");
        FN_REQUIRE(const Id id, takeOnParticipant(*store, specialist, in));
        if (twice)
            QVERIFY(dischargeParticipant(*store, specialist, id, DischargeReason::Education, day("2026-02-01")));
        const Actor actor = who == 0 ? specialist : who == 1 ? otherSpecialist : who == 2 ? mentor : Actor {};
        const auto r = dischargeParticipant(*store, actor, id, DischargeReason::NoContact, day(qPrintable(on)));
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, refusal);
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.status, twice ? ParticipantStatus::Discharged : ParticipantStatus::Referred);
        if (twice)
            QCOMPARE(p.dischargeReason, std::optional<DischargeReason>(DischargeReason::Education));
    }

    void aLeadDischargesAnyone()
    {
        test::TempStore store;
        FN_REQUIRE(const Id id, takeOnParticipant(*store, specialist, minimal()));
        QVERIFY(dischargeParticipant(*store, lead, id, DischargeReason::BackToNavCounsellor, day("2026-03-02")));
        FN_REQUIRE(const Participant p, store->get<Participant>(id));
        QCOMPARE(p.status, ParticipantStatus::Discharged);
    }

    void dischargeOfAnUnknownId()
    {
        test::TempStore store;
        const auto r = dischargeParticipant(
            *store, specialist, "00000000-0000-4000-8000-000000000999", DischargeReason::Other, day("2026-03-01"));
        QVERIFY(!r);
        QCOMPARE(r.error().refusal, Refusal::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
