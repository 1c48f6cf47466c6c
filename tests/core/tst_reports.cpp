// Report content: what a recipient may see follows the consents item by item, recipient by
// recipient and day by day; the employer's brief holds nothing else; the individual report, "what
// is shared about me", the right-of-access tables and the figures say what they should.
#include "consent.h"
#include "exports.h"
#include "mentoring.h"
#include "reports.h"
#include "schedule.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Date d(const char* text)
{
    return *parseDate(text);
}

template<class T> T must(Result<T> r)
{
    if (!r)
        qFatal("fixture: %s", r.error().message.c_str());
    return std::move(*r);
}

void must(Status s)
{
    if (!s)
        qFatal("fixture: %s", s.error().message.c_str());
}

// Sara works at Testbakeriet (A) from 16 March, after a work trial at Prøvekafeen (B) in February.
struct Fixture {
    test::TempStore store;
    Id specialist, sara, other, bakery, cafe, mentor, jobAtBakery, trialAtCafe, contactConsent, supportConsent;

    Fixture()
    {
        specialist = must(store->create(Staff { {}, "Anna Testesen", StaffRole::Specialist }));
        Participant p;
        p.displayName = "Sara Testesen";
        p.phone = "90000001";
        p.email = "sara@example.invalid";
        p.preferredLanguage = "somali";
        p.interpreterNeeded = true;
        p.referralOn = d("2026-01-05");
        p.referralReason = "Ønsker arbeid etter lang sykemelding";
        p.refusedTasks = "Nattarbeid";
        p.status = ParticipantStatus::InWork;
        p.steps = { 5 };
        p.specialistId = specialist;
        p.programme = Programme::Ips;
        sara = must(store->create(p));
        Participant q;
        q.displayName = "Per Annensen";
        q.phone = "90000002";
        other = must(store->create(q));

        Profile profile;
        profile.id = sara;
        profile.participantId = sara;
        profile.supportNeeds = "Rolige omgivelser og faste rutiner";
        profile.mustHave = "Dagtid";
        profile.mustAvoid = "Støyende maskiner";
        profile.experience = "Lager, 2 år";
        profile.skills = "Truckførerbevis";
        profile.canToday = "Plukke ordre";
        profile.needsToLearn = "Varemottak";
        must(store->create(profile));

        Employer a;
        a.name = "Testbakeriet";
        bakery = must(store->create(a));
        Employer b;
        b.name = "Prøvekafeen";
        cafe = must(store->create(b));

        Placement trial;
        trial.participantId = sara;
        trial.employerId = cafe;
        trial.kind = PlacementKind::WorkTrial;
        trial.startOn = d("2026-02-02");
        trial.endedOn = d("2026-02-27");
        trial.accommodations = "Hørselvern";
        trial.carvedTasks = "Oppvask";
        trialAtCafe = must(store->create(trial));
        Placement job;
        job.participantId = sara;
        job.employerId = bakery;
        job.kind = PlacementKind::PaidJob;
        job.contract = ContractType::Permanent;
        job.title = "Bakeriassistent";
        job.startOn = d("2026-03-16");
        job.trialEndOn = d("2026-09-15");
        job.accommodations = "Rolig arbeidsplass";
        job.carvedTasks = "Pakking av brød";
        jobAtBakery = must(store->create(job));
        must(store->create(PositionChange { {}, sara, jobAtBakery, d("2026-03-16"), 40 }));
        must(store->create(PositionChange { {}, sara, jobAtBakery, d("2026-04-01"), 60 }));
        must(store->create(SupportMeasure { {}, sara, jobAtBakery, SupportMeasureKind::WageSubsidy, 40, {},
            d("2026-03-16"), d("2027-03-15"), d("2026-09-15"), {} }));
        must(proposeFollowUp(*store, jobAtBakery, store->today()));

        Mentor m;
        m.employerId = bakery;
        m.name = "Ola Fadder";
        mentor = must(store->create(m));
        MentorAssignment assignment { {}, sara, mentor, jobAtBakery, d("2026-03-16"), {}, "Opplæring", 14, {} };
        const Id assignmentId = must(store->create(assignment));
        must(store->create(LearningGoal { {}, sara, assignmentId, "Lære kassen", GoalStatus::Open }));
        must(setTaperingPlan(*store, sara,
            { { {}, {}, trialAtCafe, d("2026-02-10"), 7, "", "Kafévert", "" },
                { {}, {}, {}, d("2026-04-15"), 14, "", "Daglig opplæring", "" },
                { {}, {}, jobAtBakery, d("2026-06-01"), 30, "", "Samtale annenhver uke", "" } }));

        Visit first;
        first.participantId = sara;
        first.authorId = specialist;
        first.contactType = ContactType::HomeVisit;
        first.occurredOn = d("2026-01-12");
        first.obsPerson = "Sliten, sover dårlig";
        first.note = "Snakket om helse";
        must(store->append(first));
        Visit atWork = first;
        atWork.id.clear();
        atWork.contactType = ContactType::WorkplaceFollowUp;
        atWork.occurredOn = d("2026-03-17");
        atWork.obsPerson.clear();
        atWork.note = "Første dag gikk fint";
        must(store->append(atWork));

        must(store->create(Consent { {}, sara, ConsentKind::Participation, {}, {}, {}, "", "Delta", d("2026-01-05"), {},
            "Frivillig deltakelse.", "Du er med fordi du vil." }));
        supportConsent = grant(DisclosureItem::SupportNeeds, RecipientKind::Employer, bakery, "Testbakeriet",
            "Tilrettelegging på arbeidsplassen", "2026-03-10", "Arbeidsgiver får vite hvilke tilpasninger som trengs.",
            "Sjefen får vite hva som hjelper deg.");
        grant(DisclosureItem::FollowUpPlan, RecipientKind::Employer, bakery, "Testbakeriet", "Avtale oppfølging",
            "2026-03-10", "", "");
        contactConsent = grant(DisclosureItem::ContactDetails, RecipientKind::Employer, bakery, "Testbakeriet",
            "Ringe ved fravær", "2026-03-10", "", "");
        revoke(contactConsent, "2026-03-20");
        grant(DisclosureItem::LearningGoals, RecipientKind::Mentor, mentor, "Ola Fadder", "Støtte opplæringen",
            "2026-03-16", "", "Fadderen ser hva du skal lære.");
        // Consent is given to someone: a consent that names no recipient record covers nobody.
        grant(DisclosureItem::WorkHistory, RecipientKind::Employer, std::nullopt, "Testbakeriet", "CV", "2026-03-10",
            "", "");
    }

    Id grant(DisclosureItem item, RecipientKind kind, OptId recipient, const char* name, const char* purpose,
        const char* on, const char* summary, const char* simple)
    {
        Consent c;
        c.participantId = sara;
        c.item = item;
        c.recipientKind = kind;
        c.recipientId = std::move(recipient);
        c.recipientName = name;
        c.purpose = purpose;
        c.grantedOn = d(on);
        c.summary = summary;
        c.summarySimple = simple;
        return must(store->create(c));
    }

    void revoke(const Id& consent, const char* on)
    {
        Consent c = must(store->get<Consent>(consent));
        c.revokedOn = d(on);
        must(store->update(c));
    }

    std::set<std::string> view(RecipientKind kind, const Id& recipient, const char* day)
    {
        std::set<std::string> out;
        for (const auto& v : must(recipientView(*store, sara, kind, recipient, d(day))))
            out.insert(v.table + "." + v.column + "=" + v.value);
        return out;
    }
};

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void anEmployerSeesWhatIsSharedWithItAboutItsOwnJob()
    {
        Fixture f;
        const auto seen = f.view(RecipientKind::Employer, f.bakery, "2026-04-01");
        for (const char* expected : { "profiles.support_needs=Rolige omgivelser og faste rutiner",
                 "profiles.must_have=Dagtid", "profiles.must_avoid=Støyende maskiner",
                 "participants.refused_tasks=Nattarbeid", "placements.accommodations=Rolig arbeidsplass",
                 "follow_up_meetings.slot=Før oppstart", "follow_up_meetings.slot=Måned 12",
                 "tapering_steps.mentor_role=Daglig opplæring", "tapering_steps.mentor_role=Samtale annenhver uke" })
            QVERIFY2(seen.count(expected), expected);
        // Not the other employer's job, not revoked or unconsented items, nothing without a consent.
        for (const std::string& v : seen) {
            QVERIFY2(!has(v, "Hørselvern") && !has(v, "Kafévert") && !has(v, "Oppvask"), v.c_str());
            QVERIFY2(!has(v, "participants.phone") && !has(v, "preferred_language"), v.c_str());
            QVERIFY2(!has(v, "experience") && !has(v, "learning_goals") && !has(v, "carved_tasks"), v.c_str());
        }
    }

    void aMentorSeesWhatIsSharedWithThem()
    {
        Fixture f;
        const auto seen = f.view(RecipientKind::Mentor, f.mentor, "2026-04-01");
        const std::set<std::string> expected { "learning_goals.text=Lære kassen", "learning_goals.status=Pågår",
            "placements.carved_tasks=Pakking av brød", "profiles.can_today=Plukke ordre",
            "profiles.needs_to_learn=Varemottak" };
        QCOMPARE(seen, expected);
    }

    void consentDecidesByRecipientAndDay_data()
    {
        QTest::addColumn<QString>("recipient"); // bakery, cafe, mentor
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("expected"); // a value that must be seen, or "" for nothing at all
        QTest::addColumn<QString>("absent");
        QTest::newRow("before any consent") << "bakery"
                                            << "2026-03-09"
                                            << ""
                                            << "";
        QTest::newRow("contact details while granted") << "bakery"
                                                       << "2026-03-19"
                                                       << "participants.phone=90000001"
                                                       << "";
        QTest::newRow("contact details on the day withdrawn") << "bakery"
                                                              << "2026-03-20"
                                                              << "profiles.must_have=Dagtid"
                                                              << "participants.phone=90000001";
        QTest::newRow("an employer nobody consented to") << "cafe"
                                                         << "2026-04-01"
                                                         << ""
                                                         << "";
        QTest::newRow("the mentor before the consent") << "mentor"
                                                       << "2026-03-15"
                                                       << ""
                                                       << "";
    }

    void consentDecidesByRecipientAndDay()
    {
        QFETCH(QString, recipient);
        QFETCH(QString, day);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        Fixture f;
        const Id id = recipient == "bakery" ? f.bakery : recipient == "cafe" ? f.cafe : f.mentor;
        const auto kind = recipient == "mentor" ? RecipientKind::Mentor : RecipientKind::Employer;
        const auto seen = f.view(kind, id, day.toUtf8().constData());
        if (expected.isEmpty())
            QVERIFY(seen.empty());
        else
            QVERIFY(seen.count(expected.toStdString()));
        if (!absent.isEmpty())
            QVERIFY(!seen.count(absent.toStdString()));
    }

    void everyValueShownIsCoveredByAnActiveConsentThatDay()
    {
        Fixture f;
        const std::vector<std::pair<RecipientKind, Id>> recipients { { RecipientKind::Employer, f.bakery },
            { RecipientKind::Employer, f.cafe }, { RecipientKind::Mentor, f.mentor } };
        for (Date day = d("2026-01-01"); day <= d("2026-07-01"); day = addDays(day, 3))
            for (const auto& [kind, id] : recipients) {
                FN_REQUIRE(const auto items, sharedItems(*f.store, f.sara, kind, id, day));
                FN_REQUIRE(const auto values, recipientView(*f.store, f.sara, kind, id, day));
                for (const auto& v : values) {
                    const ColumnInfo* c = findTable(v.table)->column(v.column);
                    QVERIFY(c && c->item);
                    QCOMPARE(*c->item, v.item);
                    QVERIFY2(items.count(v.item), (v.table + "." + v.column).c_str());
                    QVERIFY(!has(v.value, "sykemelding") && !has(v.value, "Sliten") && !has(v.value, "helse"));
                }
            }
    }

    void theEmployerBriefHoldsNothingElse()
    {
        Fixture f;
        FN_REQUIRE(const Document brief, employerBrief(*f.store, f.sara, f.bakery, d("2026-04-01")));
        const std::string all = documentToJson(brief).dump() + documentToText(brief);
        for (const char* expected : { "Rolig arbeidsplass", "Tilrettelegging på arbeidsplassen", "Anna Testesen",
                 "Sara Testesen", "Testbakeriet", "Samtale annenhver uke", "Planlagte oppfølgingsmøter" })
            QVERIFY2(has(all, expected), expected);
        for (const char* never : { "Hørselvern", "Kafévert", "Oppvask", "90000001", "sara@example", "sykemelding",
                 "Sliten", "helse", "Lager, 2 år", "Truckførerbevis", "somali", "Lære kassen", "Per Annensen" })
            QVERIFY2(!has(all, never), never);
        QCOMPARE(brief.kind, std::string("employer_brief"));
        QCOMPARE(brief.sections.size(), std::size_t { 3 }); // contact, support needs, follow-up plan
    }

    void noBriefForAnEmployerWithoutConsent()
    {
        Fixture f;
        const auto r = employerBrief(*f.store, f.sara, f.cafe, d("2026-04-01"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QVERIFY(!has(r.error().message, "Sara")); // messages carry no personal data
    }

    void aRevocationTakesEffectFromItsDay()
    {
        Fixture f;
        f.revoke(f.supportConsent, "2026-04-10");
        FN_REQUIRE(const Document before, employerBrief(*f.store, f.sara, f.bakery, d("2026-04-09")));
        FN_REQUIRE(const Document after, employerBrief(*f.store, f.sara, f.bakery, d("2026-04-10")));
        QVERIFY(has(documentToText(before), "Rolig arbeidsplass"));
        const std::string text = documentToText(after);
        QVERIFY(!has(text, "Rolig arbeidsplass"));
        QVERIFY(!has(text, "Støyende maskiner"));
        QVERIFY(has(text, "Samtale annenhver uke"));
    }

    void theIndividualReport()
    {
        Fixture f;
        FN_REQUIRE(
            const Document en, individualReport(*f.store, f.sara, d("2026-04-15"), { Language::English, false }));
        const std::string text = documentToText(en);
        for (const char* expected :
            { "Referral reason: Ønsker arbeid etter lang sykemelding", "Programme: IPS", "Referred | 2026-01-05 | 0",
                "First contact | 2026-01-12 | 7", "First job tasting or work trial | 2026-02-02 | 28",
                "First paid job | 2026-03-16 | 70", "As of today | 2026-04-15 | 100", "Contract: Permanent",
                "Position %: 60 %", "Employer: Testbakeriet", "Follow-up meetings kept: 1 of 4",
                "Tapering plan: Awaiting participant and employer", "Wage subsidy | 40 |", "Ola Fadder" })
            QVERIFY2(has(text, expected), expected);
        QCOMPARE(en.language, std::string("en"));

        FN_REQUIRE(const Document nb, individualReport(*f.store, f.sara, d("2026-03-20")));
        const std::string norsk = documentToText(nb);
        QVERIFY(has(norsk, "Henvisningsgrunn: Ønsker arbeid etter lang sykemelding"));
        QVERIFY(has(norsk, "Henvist | 05.01.2026 | 0"));
        QVERIFY(has(norsk, "Stillingsprosent: 40 %"));
        QVERIFY(has(norsk, "Ansettelse: Fast ansettelse"));
    }

    void theIndividualReportAsCsv()
    {
        Fixture f;
        FN_REQUIRE(const CsvTable t, individualReportTable(*f.store, { f.sara, f.other }, d("2026-04-15")));
        QCOMPARE(t.rows.size(), std::size_t { 2 });
        auto cell = [&](std::size_t row, const char* column) {
            const auto it = std::find(t.header.begin(), t.header.end(), column);
            return t.rows[row][std::size_t(it - t.header.begin())].text;
        };
        QCOMPARE(cell(0, "programme"), std::string("ips"));
        QCOMPARE(cell(0, "days_to_first_contact"), std::string("7"));
        QCOMPARE(cell(0, "days_to_first_trial"), std::string("28"));
        QCOMPARE(cell(0, "days_to_first_paid_job"), std::string("70"));
        QCOMPARE(cell(0, "days_in_service"), std::string("100"));
        QCOMPARE(cell(0, "job_contract"), std::string("permanent"));
        QCOMPARE(cell(0, "job_position_pct"), std::string("60"));
        QCOMPARE(cell(0, "follow_up_due"), std::string("4"));
        QCOMPARE(cell(0, "follow_up_kept"), std::string("1"));
        QCOMPARE(cell(1, "job_contract"), std::string(""));
        QCOMPARE(cell(1, "days_in_service"), std::string(""));
    }

    void whatIsSharedAboutMe()
    {
        Fixture f;
        must(f.store->append(Disclosure { {}, f.sara, RecipientKind::Employer, f.bakery, "Testbakeriet",
            { DisclosureItem::SupportNeeds, DisclosureItem::FollowUpPlan }, DisclosureChannel::Export,
            "Informasjon til arbeidsgiver", d("2026-03-18"), f.specialist }));
        FN_REQUIRE(
            const Document plain, sharedAboutMe(*f.store, f.sara, d("2026-04-01"), { Language::Norwegian, true }));
        const std::string text = documentToText(plain);
        for (const char* expected : { "Arbeidsgiver: Testbakeriet", "Fadder/mentor: Ola Fadder",
                 "Hva som hjelper deg på jobben, og hva du vil unngå | Tilrettelegging på arbeidsplassen | 10.03.2026 "
                 "| – | Deles",
                 "Telefonnummeret og e-posten din | Ringe ved fravær | 10.03.2026 | 20.03.2026 | Ikke lenger",
                 "Sjefen får vite hva som hjelper deg.", "Fadderen ser hva du skal lære.",
                 "Dette kan de se nå:", "Tilrettelegging: Rolig arbeidsplass", "Læringsmål: Lære kassen",
                 "18.03.2026 | Arbeidsgiver: Testbakeriet | Hva som hjelper deg på jobben, og hva du vil unngå; Når vi "
                 "møtes, og hvordan hjelpen fra meg blir mindre over tid | Dokument",
                 "Samtykke til å delta: 05.01.2026" })
            QVERIFY2(has(text, expected), expected);
        QVERIFY(!has(text, "Arbeidsgiver får vite hvilke tilpasninger")); // the plain summary replaces it
        QVERIFY(!has(text, "Per Annensen"));
        // Who follows them, and how to say no, in plain words.
        for (const char* expected : { "Disse hjelper deg", "Jobbspesialist: Anna Testesen",
                 "Fadder/mentor: Ola Fadder (Testbakeriet), fra 16.03.2026", "Slik sier du nei",
                 "Si fra til jobbspesialisten din, Anna Testesen. Da stopper delingen samme dag." })
            QVERIFY2(has(text, expected), expected);

        FN_REQUIRE(const Document en, sharedAboutMe(*f.store, f.sara, d("2026-04-01"), { Language::English, false }));
        const std::string english = documentToText(en);
        QVERIFY(has(english, "What is shared about you"));
        QVERIFY(has(
            english, "Contact details (phone and e-mail) | Ringe ved fravær | 2026-03-10 | 2026-03-20 | Withdrawn"));
        QVERIFY(has(english, "Arbeidsgiver får vite hvilke tilpasninger som trengs."));
        for (const char* expected : { "Who follows you", "Job specialist: Anna Testesen",
                 "Mentor: Ola Fadder (Testbakeriet), since 2026-03-16", "How to withdraw consent",
                 "Tell your job specialist, Anna Testesen. The consent no longer applies from that day" })
            QVERIFY2(has(english, expected), expected);
        // A mentor whose assignment has ended no longer follows them.
        FN_REQUIRE(auto assignments,
            core::StoreInternals::select<MentorAssignment>(*f.store, "participant_id = ?", { f.sara }));
        assignments.front().toOn = d("2026-03-31");
        must(f.store->update(assignments.front()));
        FN_REQUIRE(
            const Document later, sharedAboutMe(*f.store, f.sara, d("2026-04-01"), { Language::English, false }));
        QVERIFY(!has(documentToText(later), "Mentor: Ola Fadder (Testbakeriet)"));

        FN_REQUIRE(const CsvTable csv, sharedAboutMeTable(*f.store, f.sara, d("2026-04-01")));
        QCOMPARE(csv.rows.size(), std::size_t { 5 });
        QCOMPARE(csv.header.back(), std::string("active_on_2026-04-01"));
    }

    void nothingSharedSaysSo()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Ola Ingensen";
        FN_REQUIRE(const Id id, store->create(p));
        FN_REQUIRE(const Document doc, sharedAboutMe(*store, id, d("2026-04-01"), { Language::English, false }));
        QVERIFY(has(documentToText(doc), "Nothing about you is shared with employers, mentors or the NAV counsellor."));
    }

    void theRightOfAccessHoldsEverythingAboutThemAndNothingElse()
    {
        Fixture f;
        must(f.store->saveDraft(
            Draft { "00000000-0000-4000-8000-0000000000d1", "visit", f.sara, 0, "{\"note\":\"utkast\"}" }));
        must(f.store->saveDraft(
            Draft { "00000000-0000-4000-8000-0000000000d2", "visit", f.other, 0, "{\"note\":\"annen\"}" }));
        FN_REQUIRE(const auto tables, participantTables(*f.store, f.sara));
        std::set<std::string> names;
        std::string all;
        for (const auto& [name, table] : tables) {
            names.insert(name);
            all += toCsv(table);
        }
        for (const char* table :
            { "participants", "profiles", "consents", "placements", "position_changes", "support_measures", "plans",
                "mentor_assignments", "learning_goals", "follow_up_meetings", "tapering_steps", "visits", "drafts" })
            QVERIFY2(names.count(table), table);
        for (const char* expected :
            { "Sara Testesen", "sykemelding", "Sliten, sover dårlig", "Snakket om helse", "Hørselvern", "utkast" })
            QVERIFY2(has(all, expected), expected);
        QVERIFY(!has(all, "Per Annensen"));
        QVERIFY(!has(all, "90000002"));
        QVERIFY(!has(all, "annen\"")); // the other participant's draft
        // Removed rows are still held, so they are in it, marked.
        must(setTaperingPlan(*f.store, f.sara, {}));
        FN_REQUIRE(const auto after, participantTables(*f.store, f.sara));
        for (const auto& [name, table] : after)
            if (name == "tapering_steps") {
                QCOMPARE(table.rows.size(), std::size_t { 3 });
                QCOMPARE(table.header.back(), std::string("removed"));
                for (const auto& row : table.rows)
                    QCOMPARE(row.back().text, std::string("yes"));
            }
    }

    void everyColumnAboutAParticipantHasWordsForTheReader()
    {
        const auto missing = accessColumnsWithoutWords();
        std::string list;
        for (const auto& c : missing)
            list += c + " ";
        QVERIFY2(missing.empty(), list.c_str());
    }

    void theRightOfAccessInWords()
    {
        Fixture f;
        must(f.store->saveDraft(
            Draft { "00000000-0000-4000-8000-0000000000d1", "visit", f.sara, 0, "{\"note\":\"utkast om turnus\"}" }));
        FN_REQUIRE(
            const Document nb, rightOfAccessDocument(*f.store, f.sara, d("2026-04-01"), { Language::Norwegian }));
        const std::string text = documentToText(nb);
        for (const char* expected : { "Innsyn: alt som er lagret om deg", "Sara Testesen", "Dine rettigheter",
                 "Henvisningsgrunn: Ønsker arbeid etter lang sykemelding", "Program: IPS", "Trenger tolk: Ja",
                 "Jobbspesialist: Anna Testesen", "Kontakter og besøk", "Type kontakt: Hjemmebesøk",
                 "Observasjon: personen: Sliten, sover dårlig", "Notat: Snakket om helse", "Skrevet av: Anna Testesen",
                 "Arbeidsgiver: Testbakeriet", "Type: Lønnet arbeid", "Stillingsprosent: 60 %",
                 "Fadder/mentor: Ola Fadder", "Hva: Tilretteleggingsbehov", "Utkast på dette nettbrettet",
                 "utkast om turnus" })
            QVERIFY2(has(text, expected), expected);
        QVERIFY(!has(text, "Per Annensen"));
        QVERIFY(!has(text, "90000002"));
        QVERIFY(!has(text, "participant_id"));

        // Removed rows are still held: they are in it, and say so.
        must(setTaperingPlan(*f.store, f.sara, {}));
        FN_REQUIRE(const Document en, rightOfAccessDocument(*f.store, f.sara, d("2026-04-01"), { Language::English }));
        const std::string english = documentToText(en);
        QVERIFY(has(english, "Right of access: everything held about you"));
        QVERIFY(has(english, "Removed: Yes, but still held"));
        QVERIFY(has(english, "Kind of contact: Home visit"));

        // The access export carries it beside the tables.
        FN_REQUIRE(const ExportBundle bundle, rightOfAccessExport(*f.store, f.sara, d("2026-04-01")));
        bool found = false;
        for (const auto& e : bundle.entries)
            found = found || e.name == "right_of_access.json";
        QVERIFY(found);
    }

    void theReflectionLogIsNeverTiedToAParticipant()
    {
        // Aggregate by design: no participant column, scoped to its author, in no participant's export.
        const TableInfo* reflections = findTable("reflections");
        QVERIFY(reflections);
        QVERIFY(!reflections->column("participant_id"));
        QCOMPARE(reflections->scope.size(), std::size_t { 1 });
        QCOMPARE(reflections->scope[0].prefix, 'u');
        Fixture f;
        must(f.store->append(Reflection { {}, f.specialist, d("2026-03-20"), "Arbeidsgiver var skeptisk.",
            "Spurte hva som skal til.", "Prøveperiode avtalt.", "", "Ta med deltakeren.", 4, {}, "Arbeidsgiver" }));
        FN_REQUIRE(const auto tables, participantTables(*f.store, f.sara));
        for (const auto& [name, table] : tables)
            QVERIFY2(name != "reflections" && !has(toCsv(table), "skeptisk"), name.c_str());
    }

    void figuresInBothLanguages()
    {
        Figures f;
        f.period = { d("2026-03-01"), d("2026-03-31") };
        f.team = true;
        f.specialists = 3;
        f.caseload = 17.5;
        f.outOfOfficeShare = 0.4231;
        f.atEmployersShare = 0.30;
        f.newEmployerContactsPerWeek = 5.26;
        f.followUp = { 8, 6 };
        f.followUpKeptShare = 0.75;
        f.peopleInWork = 9;
        f.placementsStarted = { { PlacementKind::PaidJob, 2 } };
        f.discharges = { { DischargeReason::Work, 1 } };
        const std::string nb = documentToText(figuresReport(f, d("2026-04-01")));
        for (const char* expected : { "Teamets nøkkeltall", "01.03.2026 – 31.03.2026, 3 jobbspesialister",
                 "Andel av arbeidstiden ute | 42,3 %", "Deltakere i oppfølging | 17,5",
                 "Oppfølgingsmøter holdt | 75,0 % (6/8)", "Nye arbeidsgiverkontakter per uke | 5,3",
                 "De viser ikke enkeltpersoner", "Lønnet arbeid | 2", "18 | 30,0 % | 65,0 % | Nei" })
            QVERIFY2(has(nb, expected), expected);
        const std::string en = documentToText(figuresReport(f, d("2026-04-01"), { Language::English, false }));
        QVERIFY(has(en, "Share of working time out of the office | 42.3%"));
        const std::string csv = toCsv(figuresTable(f), CsvDialect::standard());
        QVERIFY(has(csv, "out_of_office_share,0.4231,"));
        QVERIFY(has(csv, "follow_up_kept,6,"));
        QVERIFY(has(csv, "scope,team,"));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
