// The office's side of the protocol and the tablet's, talking in memory through the codec:
// pairing, greetings, push and pull, scopes as tablets receive them, refused changes, drops at
// every message, and the audit log.
#include "audit.h"
#include "casecourse.h"
#include "casereview.h"
#include "demo.h"
#include "fidelity.h"
#include "figures.h"
#include "fileio.h"
#include "handover.h"
#include "intake.h"
#include "mentorview.h"
#include "placement.h"
#include "reflection.h"
#include "storeinternals.h"
#include "syncharness.h"
#include "timeline.h"
#include "visits.h"

#include <QTemporaryDir>
#include <nlohmann/json.hpp>
#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace fieldnotes::sync;

namespace {

std::int64_t scalar(Store& store, const std::string& sql)
{
    auto st = core::StoreInternals::db(store).prepare(sql);
    if (!st || !*(*st)->step())
        return -1;
    const std::int64_t n = (*st)->integer(0);
    (*st)->reset();
    return n;
}

Visit visitFor(const Id& participant, const Id& author, std::string note)
{
    Visit v;
    v.participantId = participant;
    v.authorId = author;
    v.contactType = ContactType::WorkplaceFollowUp;
    v.occurredOn = *parseDate("2026-03-02");
    v.note = std::move(note);
    return v;
}

wire::ClientMessage hello(const std::string& device)
{
    wire::ClientMessage m;
    m.mutable_hello()->set_protocol(protocolVersion);
    m.mutable_hello()->set_device_id(device);
    return m;
}

Participant sara(const Id& specialist)
{
    Participant p;
    p.displayName = "Sara Testesen";
    p.phone = "90000000";
    p.specialistId = specialist;
    return p;
}

Draft draftFor(const Id& draft, const Id& participant, std::string kind, std::string payload)
{
    return Draft { draft, std::move(kind), participant, 0, std::move(payload) };
}

std::int64_t draftsAbout(Store& store, const Id& participant)
{
    return scalar(store, "SELECT count(*) FROM drafts WHERE participant_id = '" + participant + "'");
}

// Every table of the store, FTS shadow tables and local bookkeeping included, searched for `text`:
// the tables where it was found.
std::vector<std::string> tablesHolding(Store& store, const std::string& text)
{
    std::vector<std::string> tables;
    {
        auto st = core::StoreInternals::db(store).prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        if (!st)
            return { "(cannot list tables)" };
        while (auto row = (*st)->step()) {
            if (!*row)
                break;
            tables.push_back((*st)->text(0));
        }
        (*st)->reset();
    }
    std::vector<std::string> found;
    for (const auto& table : tables) {
        auto st = core::StoreInternals::db(store).prepare("SELECT * FROM \"" + table + "\"");
        if (!st)
            continue; // FTS5's internal tables that cannot be read directly
        bool hit = false;
        while (auto row = (*st)->step()) {
            if (!*row || hit)
                break;
            for (int i = 0; i < (*st)->columnCount() && !hit; ++i)
                hit = (*st)->text(i).find(text) != std::string::npos;
        }
        (*st)->reset();
        if (hit)
            found.push_back(table);
    }
    return found;
}

std::string textOf(Store& store, const std::string& sql)
{
    auto st = core::StoreInternals::db(store).prepare(sql);
    if (!st || !*(*st)->step())
        return "(none)";
    const std::string text = (*st)->text(0);
    (*st)->reset();
    return text;
}

// A team lead's office: Ingrid follows Sara, whose record holds what only her specialist may read
// (a phone number, a visit note, a placement's accommodations), beside the figures' raw material (a
// contact's kind and length, a paid job's dates, a planned follow-up meeting, Ingrid's working hours).
// The lead, Marit, follows Nora herself.
struct LeadFixture {
    Id ingrid, marit, sara, nora, visit, placement, meeting, noraVisit;
};

LeadFixture leadFixture(test::TestOffice& office)
{
    LeadFixture f;
    f.ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
    f.marit = office.addStaff("Marit Økland", StaffRole::Lead);
    Store& s = office.store();
    auto st = office.office().write([&]() -> Status {
        FN_TRY_ASSIGN(f.sara, s.create(sara(f.ingrid)));
        Participant nora;
        nora.displayName = "Nora Prøvesen";
        nora.phone = "90000009";
        nora.specialistId = f.marit;
        FN_TRY_ASSIGN(f.nora, s.create(nora));
        Visit v = visitFor(f.sara, f.ingrid, "Sara gruer seg til mandagene");
        v.durationMin = 90;
        v.fieldTime = true;
        FN_TRY_ASSIGN(f.visit, s.append(v));
        FN_TRY_ASSIGN(f.noraVisit, s.append(visitFor(f.nora, f.marit, "Nora vil heller jobbe ute")));
        Placement pl;
        pl.participantId = f.sara;
        pl.kind = PlacementKind::PaidJob;
        pl.title = "Lagermedarbeider";
        pl.startOn = *parseDate("2026-02-16");
        pl.accommodations = "Trenger pauser hver time";
        FN_TRY_ASSIGN(f.placement, s.create(pl));
        FN_TRY_ASSIGN(f.meeting,
            s.create(
                FollowUpMeeting { {}, f.sara, f.placement, 0, *parseDate("2026-02-13"), "Snakke om angsten hennes" }));
        FN_TRY(s.create(WorkingHours { {}, f.ingrid, {}, 2250 }));
        return {};
    });
    if (!st)
        qFatal("lead fixture: %s", st.error().message.c_str());
    return f;
}

QString joined(const std::vector<std::string>& parts)
{
    QStringList out;
    for (const auto& p : parts)
        out << QString::fromStdString(p);
    return out.join(", ");
}

// A tablet's store copied file by file while it was closed, then opened on its own: a backup
// restored onto a tablet, or the case file of a live tablet copied to a second one.
class CopiedStore {
public:
    CopiedStore(test::TempStore& from, std::uint64_t idSeed)
        : m_clock(test::fixedStart())
        , m_ids(idSeed)
    {
        from.close();
        std::filesystem::copy(from.dir(), path(), std::filesystem::copy_options::recursive);
        from.reopen();
    }
    std::filesystem::path path() const { return m_dir.path().toStdString(); }
    ManualClock& clock() { return m_clock; }
    Store& store() { return *m_store; }
    Status open()
    {
        StoreOptions o;
        o.clock = &m_clock;
        o.ids = &m_ids;
        o.kdf = KdfCost::minimum();
        FN_TRY_ASSIGN(m_store, Store::open(path(), test::passphrase, o));
        return {};
    }
    test::LinkResult sync(Office& office)
    {
        return test::syncInMemory(office, *m_store, test::certificateOf(*m_store));
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    SeededIds m_ids;
    std::unique_ptr<Store> m_store;
};

// A mentor (Per) at Nordlys Bakeri, with a login, assigned to Ingrid's participant Sara, who shares
// her learning goals with him.
struct MentorFixture {
    Id ingrid, per, employer, mentor, sara, consent, assignment;
};

MentorFixture mentorFixture(test::TestOffice& office)
{
    MentorFixture f;
    f.ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
    f.per = office.addStaff("Per Aasen", StaffRole::Mentor);
    Store& s = office.store();
    auto st = office.office().write([&]() -> Status {
        Employer e;
        e.name = "Nordlys Bakeri";
        e.ownerId = f.ingrid;
        FN_TRY_ASSIGN(f.employer, s.create(e));
        FN_TRY_ASSIGN(f.mentor, s.create(Mentor { {}, f.employer, {}, "Per Aasen", "40000001", "", "Mentorkurs" }));
        FN_TRY_ASSIGN(f.sara, s.create(sara(f.ingrid)));
        Consent c;
        c.participantId = f.sara;
        c.kind = ConsentKind::Disclosure;
        c.item = DisclosureItem::ContactDetails;
        c.recipientKind = RecipientKind::Mentor;
        c.recipientId = f.mentor;
        c.recipientName = "Per Aasen";
        c.purpose = "Fadderstøtte";
        c.grantedOn = parseDate("2026-02-01");
        FN_TRY_ASSIGN(f.consent, s.create(c));
        return {};
    });
    if (!st)
        qFatal("mentor fixture: %s", st.error().message.c_str());
    if (!office.admin().linkMentor(f.mentor, f.per))
        qFatal("mentor fixture: link");
    auto a = office.admin().assignMentor(f.sara, f.mentor, std::nullopt, parseDate("2026-02-01"));
    if (!a)
        qFatal("mentor fixture: assign");
    f.assignment = *a;
    return f;
}

} // namespace

class TestOffice : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void pairingSpendsTheTokenAndPinsTheOffice()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        FN_REQUIRE(
            const Enrolment e, office.admin().enroll("Ingrid Lunde", StaffRole::Specialist, std::chrono::hours(1)));
        QCOMPARE(e.staffId, ingrid);
        QVERIFY(!e.newStaff);
        test::TempStore tablet(test::deviceUuid(201), 77);
        FN_VERIFY_OK(test::pairInMemory(office.office(), *tablet, e.bundle));
        QVERIFY(isPaired(*tablet));
        QCOMPARE(tablet->staffId(), ingrid);
        QCOMPARE(tablet->role(), StaffRole::Specialist);
        FN_REQUIRE(DeviceCredentials creds, loadCredentials(*tablet));
        FN_REQUIRE(const OfficeStatus status, office.admin().status());
        QCOMPARE(creds.officePin, status.pin);
        QCOMPARE(status.devices, std::int64_t { 1 });
        QCOMPARE(status.pendingTokens, std::int64_t { 0 });

        // The same bundle again, from another tablet: refused.
        test::TempStore thief(test::deviceUuid(202), 78);
        auto replay = test::pairInMemory(office.office(), *thief, e.bundle);
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, ErrorCode::Unauthorized);
        QVERIFY(!isPaired(*thief));
    }

    void noTabletPairsUnderTheOfficesOwnId()
    {
        // The office's device id signs its own edits in the feed; a tablet that paired under it could
        // pass its changes off as the office's.
        test::TestOffice office;
        office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        FN_REQUIRE(Enrolment e, office.admin().enroll("Ingrid Lunde", StaffRole::Specialist, std::chrono::hours(1)));
        test::TempStore impostor(office.store().deviceId(), 81);
        auto paired = test::pairInMemory(office.office(), *impostor, e.bundle);
        QVERIFY(!paired);
        QCOMPARE(paired.error().code, ErrorCode::Unauthorized);
        QVERIFY(!isPaired(*impostor));
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM devices"), std::int64_t { 0 });
        QCOMPARE(
            scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event = 'pair-refused'"), std::int64_t { 1 });
        // The bundle is not spent by the refusal: the real tablet still pairs with it.
        test::TempStore tablet(test::deviceUuid(204), 82);
        FN_VERIFY_OK(test::pairInMemory(office.office(), *tablet, e.bundle));
    }

    // The answer to a pairing request can be lost on the way; the tablet asks again with the same
    // bundle. A retry carries the key of the first request: whoever holds the spent bundle and the
    // tablet's device id (every specialist sees device ids) cannot get a certificate of their own
    // for that tablet, and the tablet keeps working.
    void aPairingRetryMustCarryTheKeyOfTheFirstRequest()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        FN_REQUIRE(const Enrolment e, office.admin().enroll(ingrid, StaffRole::Specialist, std::chrono::hours(1)));
        test::TempStore tablet(test::deviceUuid(205), 83);
        {
            // The first request reaches the office; its answer does not reach the tablet.
            FN_REQUIRE(PairingBundle bundle, parseBundle(e.bundle));
            DevicePairing lost(*tablet, bundle, "test tablet");
            FN_REQUIRE(const wire::ClientMessage request, lost.request());
            FN_REQUIRE(const wire::ServerMessage answer, office.office().pair(request.pair()));
            QVERIFY(answer.has_paired());
        }
        QVERIFY(!isPaired(*tablet));
        // The tablet asks again, and gets its certificate.
        FN_VERIFY_OK(test::pairInMemory(office.office(), *tablet, e.bundle));
        QVERIFY(isPaired(*tablet));
        FN_VERIFY_OK(test::syncInMemory(office.office(), *tablet, test::certificateOf(*tablet)).status);

        // Someone else with the spent bundle, under the tablet's device id and a key of their own.
        test::TempStore thief(test::deviceUuid(205), 84);
        auto taken = test::pairInMemory(office.office(), *thief, e.bundle);
        QVERIFY2(!taken, "a spent bundle paired a second key under the tablet's id");
        QCOMPARE(taken.error().code, ErrorCode::Unauthorized);
        QVERIFY(!isPaired(*thief));
        QCOMPARE(
            scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event = 'pair-refused'"), std::int64_t { 1 });
        // The tablet's certificate is still the one the office accepts.
        FN_VERIFY_OK(test::syncInMemory(office.office(), *tablet, test::certificateOf(*tablet)).status);
    }

    void pairingIsRefusedForABadBundle_data()
    {
        QTest::addColumn<QString>("defect");
        QTest::newRow("expired") << "expired";
        QTest::newRow("token from another office") << "foreign";
        QTest::newRow("tampered token") << "tampered";
    }

    void pairingIsRefusedForABadBundle()
    {
        QFETCH(QString, defect);
        test::TestOffice office;
        office.addStaff("Tarek Haddad", StaffRole::Specialist);
        FN_REQUIRE(Enrolment e, office.admin().enroll("Tarek Haddad", StaffRole::Specialist, std::chrono::hours(1)));
        auto bundle = nlohmann::json::parse(e.bundle);
        if (defect == "expired")
            office.temp().clock().advance(std::chrono::hours(2));
        if (defect == "foreign") {
            test::TestOffice other(99);
            other.addStaff("Tarek Haddad", StaffRole::Specialist);
            FN_REQUIRE(Enrolment elsewhere,
                other.admin().enroll("Tarek Haddad", StaffRole::Specialist, std::chrono::hours(1)));
            bundle["token"] = nlohmann::json::parse(elsewhere.bundle)["token"];
        }
        if (defect == "tampered") {
            std::string token = bundle["token"];
            token[3] = token[3] == 'A' ? 'B' : 'A';
            bundle["token"] = token;
        }
        test::TempStore tablet(test::deviceUuid(203), 79);
        auto paired = test::pairInMemory(office.office(), *tablet, bundle.dump());
        QVERIFY(!paired);
        QCOMPARE(paired.error().code, ErrorCode::Unauthorized);
        QVERIFY(!isPaired(*tablet));
        QVERIFY(scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event = 'pair-refused'") == 1);
    }

    // The first sync of a specialist's tablet brings exactly their caseload, as the office has it.
    void aFirstSyncBringsTheCaseloadAndNothingElse()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        const auto result = tablet.sync();
        FN_VERIFY_OK(result.status);
        QVERIFY(result.completed);
        QVERIFY(result.report.received > 5000);
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), demo.staff.specialist));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { demo.participants });
        // The colleague's own reflections stay with the colleague.
        QCOMPARE(scalar(tablet.store(),
                     "SELECT count(*) FROM reflections WHERE author_id <> '" + demo.staff.specialist + "'"),
            std::int64_t { 0 });

        // Nothing new: the next sync moves nothing.
        const auto again = tablet.sync();
        FN_VERIFY_OK(again.status);
        QCOMPARE(again.report.received, 0);
        QCOMPARE(again.report.sent, 0);
    }

    // The reflection log belongs to its author; the lead reads the team's entries (and nothing else
    // of a colleague's own records), a colleague and a mentor read none.
    void theReflectionLogReachesItsAuthorAndTheLeadOnly()
    {
        test::TestOffice office;
        const MentorFixture f = mentorFixture(office);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        test::TestTablet ingrids(office, f.ingrid, 1);
        test::TestTablet tareks(office, tarek, 2);
        test::TestTablet marits(office, marit, 3);
        test::TestTablet pers(office, f.per, 4);
        FN_VERIFY_OK(ingrids.sync().status);
        FN_VERIFY_OK(tareks.sync().status);
        const Date day = *parseDate("2026-03-02");
        FN_VERIFY_OK(ingrids.store().append(Reflection { {}, f.ingrid, day, "Arbeidsgiver var skeptisk", "Lyttet",
            "Avtale", "", "", 3, {}, "Skeptisk arbeidsgiver" }));
        FN_VERIFY_OK(tareks.store().append(Reflection {
            {}, tarek, day, "Første dag på lageret", "Var med", "Gikk fint", "", "", 4, {}, "Første dag" }));
        FN_VERIFY_OK(tareks.store().create(Reminder { {}, {}, tarek, day, "Ring tannlegen", {} }));
        for (test::TestTablet* t : { &ingrids, &tareks }) {
            const auto pushed = t->sync();
            FN_VERIFY_OK(pushed.status);
            QCOMPARE(pushed.report.rejected, 0);
        }
        for (test::TestTablet* t : { &ingrids, &tareks, &marits, &pers })
            FN_VERIFY_OK(t->sync().status);

        auto count = [](Store& s, const std::string& where) {
            return scalar(s, "SELECT count(*) FROM reflections WHERE " + where);
        };
        QCOMPARE(count(ingrids.store(), "1"), std::int64_t { 1 });
        QCOMPARE(count(ingrids.store(), "author_id <> '" + f.ingrid + "'"), std::int64_t { 0 });
        QCOMPARE(count(tareks.store(), "1"), std::int64_t { 1 });
        QCOMPARE(count(tareks.store(), "author_id <> '" + tarek + "'"), std::int64_t { 0 });
        QCOMPARE(count(pers.store(), "1"), std::int64_t { 0 });
        QCOMPARE(count(marits.store(), "author_id = '" + f.ingrid + "'"), std::int64_t { 1 });
        QCOMPARE(count(marits.store(), "author_id = '" + tarek + "'"), std::int64_t { 1 });
        // A colleague's own reminders stay theirs, on the lead's tablet too.
        QCOMPARE(scalar(marits.store(), "SELECT count(*) FROM reminders WHERE author_id = '" + tarek + "'"),
            std::int64_t { 0 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), marit));
        FN_REQUIRE(const std::string actual, test::tabletDump(marits.store()));
        QCOMPARE(actual, expected);

        // An entry written later reaches the lead on the next sync.
        FN_VERIFY_OK(
            tareks.store().append(Reflection { {}, tarek, day, "Oppfølging etter ferien", "", "", "", "", 5, {}, "" }));
        FN_VERIFY_OK(tareks.sync().status);
        FN_VERIFY_OK(marits.sync().status);
        QCOMPARE(count(marits.store(), "author_id = '" + tarek + "'"), std::int64_t { 2 });
    }

    // A specialist's fidelity answers are their own record: they reach the lead's tablet, where the
    // team's result is worked out, and never a colleague's or a mentor's. An answer written in a
    // colleague's name is refused by the office and reaches nobody.
    void aFidelityAnswerReachesTheLeadAndNotAColleague()
    {
        test::TestOffice office;
        const MentorFixture f = mentorFixture(office);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        test::TestTablet ingrids(office, f.ingrid, 1);
        test::TestTablet tareks(office, tarek, 2);
        test::TestTablet marits(office, marit, 3);
        test::TestTablet pers(office, f.per, 4);
        for (test::TestTablet* t : { &ingrids, &tareks, &marits, &pers })
            FN_VERIFY_OK(t->sync().status);
        const Date round = *parseDate("2026-03-01");
        auto answers = [](const std::string& typed) {
            FidelityAnswers out;
            std::size_t from = 0;
            for (int item = 1; item <= fidelityItemCount; ++item) {
                const std::size_t space = typed.find(' ', from);
                out.push_back(*parseFidelityItemAnswer(item, typed.substr(from, space - from)));
                from = space + 1;
            }
            return out;
        };
        FN_VERIFY_OK(recordFidelityAnswers(
            ingrids.store(), actorOf(ingrids.store()), round, answers("4 3 bcd 4 3 5 0 abc 4 4 3 4 4 3 3 4 4 3 ad")));
        FN_VERIFY_OK(recordFidelityAnswers(
            tareks.store(), actorOf(tareks.store()), round, answers("5 4 abcdef 4 3 5 ab abc 4 4 3 4 4 3 3 4 4 2 0")));
        // Written on Ingrid's tablet in Tarek's name: the office refuses it.
        FN_VERIFY_OK(ingrids.store().create(FidelityResponse { {}, tarek, *parseDate("2026-09-01"), round,
            encodeFidelityAnswers(answers("1 1 0 1 1 1 0 0 1 1 1 1 1 1 1 1 1 1 0")) }));
        const auto ingridsPush = ingrids.sync();
        FN_VERIFY_OK(ingridsPush.status);
        QCOMPARE(ingridsPush.report.rejected, 1);
        const auto tareksPush = tareks.sync();
        FN_VERIFY_OK(tareksPush.status);
        QCOMPARE(tareksPush.report.rejected, 0);
        for (test::TestTablet* t : { &ingrids, &tareks, &marits, &pers })
            FN_VERIFY_OK(t->sync().status);

        auto count = [](Store& s, const std::string& where) {
            return scalar(s, "SELECT count(*) FROM fidelity_responses WHERE _deleted = 0 AND " + where);
        };
        QCOMPARE(count(marits.store(), "respondent_id = '" + f.ingrid + "'"), std::int64_t { 1 });
        QCOMPARE(count(marits.store(), "respondent_id = '" + tarek + "'"), std::int64_t { 1 });
        QCOMPARE(count(tareks.store(), "respondent_id <> '" + tarek + "'"), std::int64_t { 0 });
        QCOMPARE(count(tareks.store(), "1"), std::int64_t { 1 });
        QCOMPARE(count(pers.store(), "1"), std::int64_t { 0 });
        QCOMPARE(count(office.store(), "round_on = '2026-09-01'"), std::int64_t { 0 });

        // The lead's tablet works out the team's round from both answers: (63 + 66) / 2.
        FN_REQUIRE(const auto history, fidelityRounds(marits.store()));
        QCOMPARE(history.rounds.size(), std::size_t { 1 });
        QCOMPARE(history.rounds[0].answered, 2);
        QCOMPARE(*history.rounds[0].total, 64.5);
        QCOMPARE(*history.rounds[0].band, FidelityBand::Fair);
        FN_REQUIRE(const auto tareksView, fidelityRounds(tareks.store()));
        QCOMPARE(tareksView.rounds.at(0).answered, 1);
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), marit));
        FN_REQUIRE(const std::string actual, test::tabletDump(marits.store()));
        QCOMPARE(actual, expected);
    }

    void aNoteWrittenOnOneTabletReachesTheOtherThroughTheOffice()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet first(office, demo.staff.specialist, 1);
        test::TestTablet second(office, demo.staff.specialist, 2);
        FN_VERIFY_OK(first.sync().status);
        FN_VERIFY_OK(second.sync().status);
        FN_REQUIRE(auto participants, core::StoreInternals::select<Participant>(first.store(), "1", {}, "id LIMIT 1"));
        FN_REQUIRE(const Id vid,
            first.store().append(visitFor(participants.at(0).id, demo.staff.specialist, "Kort besøk på lageret.")));
        const auto pushed = first.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.sent, 1);
        QCOMPARE(pushed.report.applied, 1);
        const auto pulled = second.sync();
        FN_VERIFY_OK(pulled.status);
        QCOMPARE(pulled.report.received, 1);
        FN_REQUIRE(auto visit, second.store().find<Visit>(vid));
        QVERIFY(visit.has_value());
        FN_REQUIRE(const std::string a, test::tabletDump(first.store()));
        FN_REQUIRE(const std::string b, test::tabletDump(second.store()));
        QCOMPARE(a, b);
    }

    // A visit corrected on the author's tablet reaches the lead's in place of the original (in the
    // lead's team view: without its text). Entries are written in your own name, and so are
    // corrections: the office refuses a correction of someone else's entry, even from a lead.
    void aCorrectedVisitReachesTheLeadAndOnlyItsAuthorCorrectsIt()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        test::TestTablet ingrids(office, ingrid, 1);
        test::TestTablet marits(office, marit, 2);
        FN_VERIFY_OK(ingrids.sync().status);
        Intake in;
        in.displayName = "Sara T.";
        FN_REQUIRE(const Id pid, takeOnParticipant(ingrids.store(), actorOf(ingrids.store()), in));
        VisitNote note;
        note.participantId = pid;
        note.contactType = ContactType::Phone;
        note.note = "Ringte om vaktene i april.";
        FN_REQUIRE(const Id original, finalizeVisit(ingrids.store(), actorOf(ingrids.store()), note));
        FN_VERIFY_OK(ingrids.sync().status);
        VisitCorrection c;
        c.note = "Ringte om vaktene i mars.";
        FN_REQUIRE(const Id fixed, correctVisit(ingrids.store(), actorOf(ingrids.store()), original, c));
        const auto pushed = ingrids.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.rejected, 0);

        FN_VERIFY_OK(marits.sync().status);
        FN_REQUIRE(const auto timeline, participantTimeline(marits.store(), pid));
        QCOMPARE(timeline.size(), std::size_t { 1 });
        QCOMPARE(timeline[0].id, fixed);
        QCOMPARE(timeline[0].correctsId, OptId(original));
        FN_REQUIRE(const Visit old, marits.store().get<Visit>(original));
        QCOMPARE(old.note, std::string()); // Ingrid follows Sara: the lead holds no note about her
        QCOMPARE(old.contactType, ContactType::Phone);

        // The lead may not correct Ingrid's note: not on the tablet, and not at the office either.
        VisitCorrection mine;
        mine.note = "Ringte ikke.";
        const auto refused = correctVisit(marits.store(), actorOf(marits.store()), fixed, mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().refusal, Refusal::NotAllowed);
        FN_REQUIRE(Visit forged, marits.store().get<Visit>(fixed));
        forged.id.clear();
        forged.authorId = marit;
        forged.correctsId = fixed;
        forged.note = "Ringte ikke.";
        FN_REQUIRE(const Id forgedId, marits.store().append(forged));
        const auto rejected = marits.sync();
        FN_VERIFY_OK(rejected.status);
        QCOMPARE(rejected.report.rejected, 1);
        QCOMPARE(
            scalar(office.store(), "SELECT count(*) FROM visits WHERE id = '" + forgedId + "'"), std::int64_t { 0 });
        FN_VERIFY_OK(ingrids.sync().status);
        FN_REQUIRE(const auto atIngrids, participantTimeline(ingrids.store(), pid));
        QCOMPARE(atIngrids.size(), std::size_t { 1 });
        QCOMPARE(atIngrids[0].id, fixed);
    }

    // Intake on the tablet, offline: the person reaches the office followed by the specialist who took
    // them on, stays on that tablet after the next sync, reaches the specialist's other tablet and no
    // colleague's; a discharge made later on the tablet reaches the office too.
    void aParticipantTakenOnAtTheTabletReachesTheOfficeAndStays()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        test::TestTablet spare(office, ingrid, 2);
        test::TestTablet colleague(office, tarek, 3);
        FN_VERIFY_OK(tablet.sync().status);

        Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = parseDate("2026-02-20");
        in.norwegianLevel = CefrLevel::A2;
        in.consent = Intake::ParticipationConsent { parseDate("2026-03-02"), "Frivillig deltakelse", {} };
        auto taken = takeOnParticipant(tablet.store(), actorOf(tablet.store()), in);
        QVERIFY2(taken, taken ? "" : taken.error().error.message.c_str());
        const Id id = *taken;

        const auto pushed = tablet.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.rejected, 0);
        QVERIFY(pushed.report.applied >= 3);
        FN_REQUIRE(const auto atOffice, office.store().find<Participant>(id));
        QVERIFY(atOffice.has_value());
        QCOMPARE(atOffice->specialistId, OptId(ingrid));
        QCOMPARE(atOffice->status, ParticipantStatus::Referred);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM language_levels WHERE participant_id = '" + id + "'"),
            std::int64_t { 1 });
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM consents WHERE participant_id = '" + id + "'"),
            std::int64_t { 1 });

        // The next sync keeps the person on the tablet, with their records, as the office has them.
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const auto kept, tablet.store().find<Participant>(id));
        QVERIFY(kept.has_value());
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM consents WHERE participant_id = '" + id + "'"),
            std::int64_t { 1 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);

        FN_VERIFY_OK(spare.sync().status);
        FN_REQUIRE(const auto onSpare, spare.store().find<Participant>(id));
        QVERIFY(onSpare.has_value());
        FN_VERIFY_OK(colleague.sync().status);
        QCOMPARE(scalar(colleague.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });

        auto discharged = dischargeParticipant(
            tablet.store(), actorOf(tablet.store()), id, DischargeReason::Work, *parseDate("2026-03-02"));
        QVERIFY2(discharged, discharged ? "" : discharged.error().error.message.c_str());
        const auto dischargePushed = tablet.sync();
        FN_VERIFY_OK(dischargePushed.status);
        QCOMPARE(dischargePushed.report.rejected, 0);
        FN_REQUIRE(const Participant closed, office.store().get<Participant>(id));
        QCOMPARE(closed.status, ParticipantStatus::Discharged);
        QCOMPARE(closed.dischargeReason, std::optional<DischargeReason>(DischargeReason::Work));
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const auto stillThere, tablet.store().find<Participant>(id));
        QVERIFY(stillThere.has_value());
    }

    // A participant's course changed on one tablet (steps, status, a pause and its resume, the
    // measure extended) reaches the office and the specialist's other tablet with its days, and no
    // colleague's; the other tablet can resume a pause made on the first, to the status before it.
    void aParticipantsCourseReachesTheOtherTabletWithItsDays()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        test::TestTablet spare(office, ingrid, 2);
        test::TestTablet colleague(office, tarek, 3);
        FN_VERIFY_OK(tablet.sync().status);
        Store& a = tablet.store();
        Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = parseDate("2026-01-05");
        in.measureEndOn = parseDate("2026-07-05");
        FN_REQUIRE(const Id id, takeOnParticipant(a, actorOf(a), in));
        FN_VERIFY_OK(setSteps(a, actorOf(a), id, { 1, 3 }, *parseDate("2026-02-01")));
        FN_VERIFY_OK(changeStatus(a, actorOf(a), id, ParticipantStatus::JobSearch, *parseDate("2026-02-02")));
        FN_VERIFY_OK(pauseParticipant(a, actorOf(a), id, "Innlagt", *parseDate("2026-02-20")));
        FN_REQUIRE(const Id extension,
            extendMeasure(a, actorOf(a), id, { *parseDate("2027-01-05"), "Trenger mer tid", parseDate("2026-03-01") }));

        const auto pushed = tablet.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.rejected, 0);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM course_changes WHERE participant_id = '" + id + "'"),
            std::int64_t { 3 });
        FN_REQUIRE(const Participant atOffice, office.store().get<Participant>(id));
        QCOMPARE(atOffice.status, ParticipantStatus::Paused);
        QCOMPARE(atOffice.measureEndOn, parseDate("2027-01-05"));

        FN_VERIFY_OK(spare.sync().status);
        Store& b = spare.store();
        FN_REQUIRE(const auto course, courseOf(b, id));
        QCOMPARE(course.size(), std::size_t(3));
        QCOMPARE(course[0].steps, (std::set<int> { 1, 3 }));
        QCOMPARE(course[0].changedOn, *parseDate("2026-02-01"));
        QCOMPARE(course[1].status, std::optional(ParticipantStatus::JobSearch));
        QVERIFY(course[2].isPause());
        QCOMPARE(course[2].reason, std::string("Innlagt"));
        FN_REQUIRE(const auto ext, b.find<MeasureExtension>(extension));
        QVERIFY(ext.has_value());
        QCOMPARE(ext->justification, std::string("Trenger mer tid"));

        // Resumed on the other tablet: back to job search, known from the pause made on the first.
        auto resumed = resumeParticipant(b, actorOf(b), id, *parseDate("2026-03-02"));
        QVERIFY2(resumed, qPrintable(test::errorOf(resumed)));
        QCOMPARE(*resumed, ParticipantStatus::JobSearch);
        const auto resumePushed = spare.sync();
        FN_VERIFY_OK(resumePushed.status);
        QCOMPARE(resumePushed.report.rejected, 0);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const Participant back, a.get<Participant>(id));
        QCOMPARE(back.status, ParticipantStatus::JobSearch);
        FN_REQUIRE(const std::string first, test::tabletDump(a));
        FN_REQUIRE(const std::string second, test::tabletDump(b));
        QCOMPARE(first, second);

        FN_VERIFY_OK(colleague.sync().status);
        QCOMPARE(scalar(colleague.store(), "SELECT count(*) FROM course_changes"), std::int64_t { 0 });
    }

    // A job started on one tablet and changed on the specialist's other tablet (a new position %
    // from a day ahead, the trial made a permanent job) comes back to the first with its whole
    // position history, through the office's push rule; a colleague's tablet gets none of it.
    void aPlacementsPositionHistoryReachesTheOtherTablet()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        Id employer;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            Employer e;
            e.name = "Nordlys Bakeri";
            e.ownerId = ingrid;
            FN_TRY_ASSIGN(employer, office.store().create(e));
            return {};
        }));
        test::TestTablet tablet(office, ingrid, 1);
        test::TestTablet spare(office, ingrid, 2);
        test::TestTablet colleague(office, tarek, 3);
        FN_VERIFY_OK(tablet.sync().status);
        Store& a = tablet.store();
        Intake in;
        in.displayName = "Tiril Prøvesen";
        in.referralOn = parseDate("2026-01-05");
        FN_REQUIRE(const Id id, takeOnParticipant(a, actorOf(a), in));
        PlacementStart start;
        start.participantId = id;
        start.employerId = employer;
        start.kind = PlacementKind::WorkTrial;
        start.startOn = *parseDate("2026-02-02");
        start.percent = 50;
        auto started = startPlacement(a, actorOf(a), start);
        QVERIFY2(started, qPrintable(test::errorOf(started)));
        const auto pushed = tablet.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.rejected, 0);

        FN_VERIFY_OK(spare.sync().status);
        Store& b = spare.store();
        PlacementChange change;
        change.position = PlacementChange::Position { 80, addDays(b.today(), 30) };
        change.contract = ContractType::Permanent;
        change.tasks = "Kassa og varemottak";
        auto changed = changePlacement(b, actorOf(b), *started, change);
        QVERIFY2(changed, qPrintable(test::errorOf(changed)));
        const auto changePushed = spare.sync();
        FN_VERIFY_OK(changePushed.status);
        QCOMPARE(changePushed.report.rejected, 0);
        QCOMPARE(
            scalar(office.store(), "SELECT count(*) FROM position_changes WHERE placement_id = '" + *started + "'"),
            std::int64_t { 2 });

        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const auto history, positionHistory(a, *started));
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].percent, 50);
        QCOMPARE(history[1].percent, 80);
        QCOMPARE(history[1].fromOn, OptDate(addDays(b.today(), 30)));
        FN_REQUIRE(const Placement job, a.get<Placement>(*started));
        QCOMPARE(job.kind, PlacementKind::PaidJob);
        QCOMPARE(job.contract, std::optional<ContractType>(ContractType::Permanent));
        QCOMPARE(job.carvedTasks, std::string("Kassa og varemottak"));

        FN_VERIFY_OK(colleague.sync().status);
        QCOMPARE(scalar(colleague.store(), "SELECT count(*) FROM position_changes"), std::int64_t { 0 });
    }

    // A drop at any message leaves the tablet consistent, and the next sync ends where an
    // unbroken one would have: nothing lost, nothing twice.
    void aDropAtAnyMessageResumesCleanly()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        for (int i = 0; i < 3; ++i) {
            Participant p;
            p.displayName = "Deltaker " + std::to_string(i);
            p.specialistId = ingrid;
            FN_REQUIRE(const Id pid, tablet.store().create(p));
            for (int v = 0; v < 4; ++v)
                FN_VERIFY_OK(tablet.store().append(visitFor(pid, ingrid, "Samtale " + std::to_string(v))));
        }
        int drops = 0;
        for (int cut = 0; cut < 40; ++cut) {
            const auto result = tablet.sync({ .dropAfter = cut });
            if (result.completed)
                break;
            QVERIFY(result.dropped);
            ++drops;
        }
        QVERIFY(drops > 3);
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits"), std::int64_t { 12 });
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM outbox"), std::int64_t { 0 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    void duplicatedMessagesAreHarmless()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync({ .duplicateServerMessage = 5 }).status); // a snapshot chunk applied twice
        FN_REQUIRE(auto participants, core::StoreInternals::select<Participant>(tablet.store(), "1", {}, "id LIMIT 1"));
        FN_VERIFY_OK(tablet.store().append(visitFor(participants.at(0).id, demo.staff.specialist, "Oppfølging.")));
        const std::int64_t before = scalar(office.store(), "SELECT count(*) FROM visits");
        FN_VERIFY_OK(tablet.sync({ .duplicatePush = 1 }).status); // the push reaches the office twice
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits"), before + 1);
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), demo.staff.specialist));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    // A refused change leaves the outbox, is kept in the list of refused changes with what was
    // typed, and the record returns to the office's state.
    void aRefusedChangeIsKeptVisibleAndTheRecordReturns()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        Participant p;
        p.displayName = "Sara T.";
        p.specialistId = ingrid;
        FN_REQUIRE(const Id pid, tablet.store().create(p));
        FN_VERIFY_OK(tablet.sync().status);
        // Ingrid tries to hand Sara to Tarek herself, and changes the phone number in the same go.
        FN_REQUIRE(Participant mine, tablet.store().get<Participant>(pid));
        mine.specialistId = tarek;
        mine.phone = "90000003";
        FN_VERIFY_OK(tablet.store().update(mine));
        const auto result = tablet.sync();
        FN_VERIFY_OK(result.status);
        QCOMPARE(result.report.rejected, 1);
        QCOMPARE(result.report.applied, 1);
        FN_REQUIRE(const Participant after, tablet.store().get<Participant>(pid));
        QCOMPARE(after.specialistId, std::optional<Id>(ingrid));
        QCOMPARE(after.phone, std::string("90000003"));
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM rejected_changes WHERE col = 'specialist_id'"),
            std::int64_t { 1 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    void aWithdrawnTabletIsToldToWipeAndDoes()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync().status);
        QVERIFY(scalar(tablet.store(), "SELECT count(*) FROM visits") > 0);
        FN_VERIFY_OK(office.admin().revoke(tablet.store().deviceId()));
        const auto result = tablet.sync();
        FN_VERIFY_OK(result.status);
        QVERIFY(result.report.wiped);
        for (const TableInfo& t : catalogue())
            QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM " + std::string(t.name)), std::int64_t { 0 });
        QVERIFY(!isPaired(tablet.store()));
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM search_index"), std::int64_t { 0 });
    }

    // A withdrawn tablet ends as a fresh install: told to wipe, it erases what was synced, and once
    // its store is closed the store goes for good (its key, the case file and its journals, the
    // leftovers of interrupted writes, and with the case file the tablet's device id and
    // certificate). The same data folder then takes a new store, which pairs again with a new
    // bundle and syncs.
    void aWithdrawnTabletEndsAsAFreshInstallAndPairsAgain()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync().status);
        QVERIFY(scalar(tablet.store(), "SELECT count(*) FROM visits") > 0);
        const std::string withdrawnDevice = tablet.store().deviceId();
        const std::filesystem::path dir = tablet.temp().dir();
        // What an interrupted write of the key file and an interrupted rekey leave behind.
        for (const char* leftover : { "key.json.0123456789abcdef.tmp", "fieldnotes.db.rekey",
                 "fieldnotes.db.rekey-journal", "fieldnotes.db-journal" })
            FN_VERIFY_OK(writeFileAtomically(dir / leftover, "case data"));

        FN_VERIFY_OK(office.admin().revoke(withdrawnDevice));
        const auto told = tablet.sync();
        FN_VERIFY_OK(told.status);
        QVERIFY(told.report.wiped);
        StoreOptions options = tablet.temp().options();
        tablet.temp().close();
        FN_VERIFY_OK(Store::destroy(dir, options));

        QVERIFY(!Store::exists(dir));
        QStringList left;
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            left << QString::fromStdString(entry.path().filename().string());
        QVERIFY2(left.isEmpty(), qPrintable("left in the data folder: " + left.join(", ")));

        // A fresh install: a new store in the same folder, with a device id of its own.
        options.deviceId.clear();
        FN_VERIFY_OK(Store::create(dir, test::passphrase, options));
        FN_REQUIRE(auto fresh, Store::open(dir, test::passphrase, options));
        QVERIFY(fresh->deviceId() != withdrawnDevice);
        QVERIFY(!isPaired(*fresh));
        FN_REQUIRE(const auto enrolment,
            office.admin().enroll(demo.staff.specialist, StaffRole::Specialist, std::chrono::hours(24)));
        FN_VERIFY_OK(test::pairInMemory(office.office(), *fresh, enrolment.bundle));
        const auto again = test::syncInMemory(office.office(), *fresh, test::certificateOf(*fresh));
        FN_VERIFY_OK(again.status);
        QVERIFY(!again.report.wiped);
        QVERIFY(scalar(*fresh, "SELECT count(*) FROM visits") > 0);
    }

    // A tablet withdrawn while it is connected is stopped at its next request, not at its next
    // connection: what it pushes after the withdrawal is not taken, it receives nothing more, and it
    // is told to wipe.
    void aTabletWithdrawnWhileConnectedIsStoppedAtItsNextRequest_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("before its push") << "push";
        QTest::newRow("before its pull") << "pull";
        QTest::newRow("during its pull") << "during pull";
    }

    void aTabletWithdrawnWhileConnectedIsStoppedAtItsNextRequest()
    {
        QFETCH(QString, when);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        Id pid;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(pid, office.store().create(sara(ingrid)));
            return {};
        }));
        test::TestTablet tablet(office, ingrid, 1);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const Id vid, tablet.store().append(visitFor(pid, ingrid, "Skrevet etter tilbaketrekking")));
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(const Id id, office.store().append(visitFor(pid, ingrid, "Skrevet på kontoret")));
            return id.empty() ? fail(ErrorCode::Internal, "no id") : Status {};
        }));
        bool revoked = false;
        auto revoke = [&] {
            if (!revoked)
                FN_VERIFY_OK(office.admin().revoke(tablet.store().deviceId()));
            revoked = true;
        };
        test::LinkFaults faults;
        if (when == "push")
            faults.beforeOffice = [&](const wire::ClientMessage& m) {
                if (m.has_push())
                    revoke();
            };
        if (when == "pull")
            faults.beforeOffice = [&](const wire::ClientMessage& m) {
                if (m.has_pull())
                    revoke();
            };
        if (when == "during pull")
            faults.duringPull = revoke;
        const auto result = tablet.sync(faults);
        QVERIFY(revoked);
        FN_VERIFY_OK(result.status);
        QVERIFY2(result.report.wiped, "a tablet withdrawn while connected was not told to wipe");
        QCOMPARE(result.report.received, 0);
        if (when == "push") {
            FN_REQUIRE(auto visit, office.store().find<Visit>(vid));
            QVERIFY2(!visit, "the office took a push from a withdrawn tablet");
        }
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
        QVERIFY(!isPaired(tablet.store()));
    }

    void theConversationKeepsItsOrder_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<bool>("withCertificate");
        QTest::newRow("push before hello") << 0 << true;
        QTest::newRow("pull before hello") << 1 << true;
        QTest::newRow("hello without a certificate") << 2 << false;
        QTest::newRow("pairing with a certificate") << 3 << true;
        QTest::newRow("bye before hello") << 4 << true;
    }

    void theConversationKeepsItsOrder()
    {
        QFETCH(int, first);
        QFETCH(bool, withCertificate);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        std::optional<CertificateIdentity> cert;
        if (withCertificate)
            cert = tablet.certificate();
        OfficeSession session(office.office(), cert);
        wire::ClientMessage m;
        switch (first) {
        case 0: {
            core::Change c;
            c.seq = 1;
            c.op = ChangeOp::Create;
            c.table = "employers";
            c.rowId = test::deviceUuid(900);
            toWire(c, *m.mutable_push()->add_changes());
            break;
        }
        case 1:
            m.mutable_pull();
            break;
        case 2:
            m = hello(tablet.store().deviceId());
            break;
        case 3:
            m.mutable_pair()->set_protocol(protocolVersion);
            break;
        case 4:
            m.mutable_bye();
            break;
        }
        const auto reply = session.handle(m);
        QVERIFY(reply.close);
        QCOMPARE(reply.messages.size(), std::size_t { 1 });
        QVERIFY(reply.messages[0].has_refusal());
        QVERIFY(session.closed());
        // Nothing more is taken on this connection.
        const auto after = session.handle(hello(tablet.store().deviceId()));
        QVERIFY(after.close);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM employers"), std::int64_t { 0 });
    }

    // Each way a conversation ends has its outcome, which the server's log and its count of refused
    // connections go by (transport.cpp), beside the words for people.
    void eachWayAConversationEndsHasItsOutcome()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        const std::string device = tablet.store().deviceId();
        {
            OfficeSession session(office.office(), tablet.certificate());
            QCOMPARE(session.outcome(), SessionOutcome::Open);
            QVERIFY(!session.handle(hello(device)).close);
            QCOMPARE(session.outcome(), SessionOutcome::Open);
            wire::ClientMessage bye;
            bye.mutable_bye();
            QVERIFY(session.handle(bye).close);
            QCOMPARE(session.outcome(), SessionOutcome::Done);
            QCOMPARE(session.outcomeText(), std::string("ok"));
            QVERIFY(!countsAsRefused(session.outcome()));
        }
        {
            OfficeSession session(office.office(), std::nullopt);
            QVERIFY(session.handle(hello(device)).close); // a greeting without a certificate
            QCOMPARE(session.outcome(), SessionOutcome::Refused);
            QVERIFY(session.outcomeText().starts_with("refused: no client certificate"));
            QVERIFY(countsAsRefused(session.outcome()));
        }
        {
            OfficeSession session(office.office(), std::nullopt);
            wire::ClientMessage guess;
            guess.mutable_pair()->set_protocol(protocolVersion);
            guess.mutable_pair()->set_token("guessed");
            guess.mutable_pair()->set_csr_der(std::string(64, '\x30'));
            guess.mutable_pair()->set_device_id(test::deviceUuid(600));
            guess.mutable_pair()->set_label("tablet");
            QVERIFY(session.handle(guess).close);
            QCOMPARE(session.outcome(), SessionOutcome::PairingRefused);
            QVERIFY(session.outcomeText().starts_with("pairing refused: "));
            QVERIFY(countsAsRefused(session.outcome()));
        }
        {
            test::TempStore second(test::deviceUuid(300), 77);
            FN_REQUIRE(
                const auto enrolment, office.admin().enroll(ingrid, StaffRole::Specialist, std::chrono::hours(1)));
            FN_REQUIRE(const PairingBundle bundle, parseBundle(enrolment.bundle));
            DevicePairing pairing(*second, bundle, "second tablet");
            FN_REQUIRE(const wire::ClientMessage request, pairing.request());
            OfficeSession session(office.office(), std::nullopt);
            QVERIFY(session.handle(request).close);
            QCOMPARE(session.outcome(), SessionOutcome::Paired);
            QCOMPARE(session.outcomeText(), "paired " + test::deviceUuid(300));
            QVERIFY(!countsAsRefused(session.outcome()));
        }
        {
            FN_VERIFY_OK(office.admin().revoke(device));
            OfficeSession session(office.office(), tablet.certificate());
            QVERIFY(session.handle(hello(device)).close);
            QCOMPARE(session.outcome(), SessionOutcome::Wiped);
            QCOMPARE(session.outcomeText(), std::string("told to wipe (withdrawn tablet)"));
            QVERIFY(countsAsRefused(session.outcome()));
        }
        QVERIFY(!countsAsRefused(SessionOutcome::Open));
        QVERIFY(!countsAsRefused(SessionOutcome::OfficeFailed));
    }

    void aGreetingMustComeFromTheCertifiedDevice()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        OfficeSession session(office.office(), tablet.certificate());
        const auto reply = session.handle(hello(test::deviceUuid(555)));
        QVERIFY(reply.close);
        QVERIFY(reply.messages.at(0).has_refusal());
        QCOMPARE(reply.messages.at(0).refusal().code(), wire::Refusal::UNAUTHORIZED);
    }

    // A peer refused again and again (a script greeting without a certificate, or guessing pairing
    // tokens) does not grow the audit log by a row per attempt: within a window, the same address
    // and reason make one entry, and the repeats one more entry with their count.
    void repeatedRefusalsFromOneAddressAreCountedInOneEntry()
    {
        test::TestOffice office;
        auto refusedRows = [&](const std::string& event) {
            return scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event = '" + event + "'");
        };
        for (int i = 0; i < 200; ++i) {
            OfficeSession session(office.office(), std::nullopt, "192.0.2.7");
            const auto reply = session.handle(hello(test::deviceUuid(555)));
            QVERIFY(reply.close && reply.messages.at(0).has_refusal());
        }
        for (int i = 0; i < 50; ++i) {
            OfficeSession session(office.office(), std::nullopt, "192.0.2.7");
            wire::ClientMessage guess;
            guess.mutable_pair()->set_protocol(protocolVersion);
            guess.mutable_pair()->set_token("guess-" + std::to_string(i));
            guess.mutable_pair()->set_csr_der(std::string(64, '\x30'));
            guess.mutable_pair()->set_device_id(test::deviceUuid(600 + i)); // a new claimed id every time
            guess.mutable_pair()->set_label("tablet");
            const auto reply = session.handle(guess);
            QVERIFY(reply.close && reply.messages.at(0).has_refusal());
        }
        {
            OfficeSession elsewhere(office.office(), std::nullopt, "192.0.2.8");
            QVERIFY(elsewhere.handle(hello(test::deviceUuid(556))).close);
        }
        QCOMPARE(refusedRows("refused"), std::int64_t { 2 }); // one per address
        QCOMPARE(refusedRows("pair-refused"), std::int64_t { 1 });

        // Once the window has passed, the next refusal writes the count of the repeats, then itself.
        office.temp().clock().advance(AuditLog::refusalWindow + std::chrono::seconds(1));
        OfficeSession later(office.office(), std::nullopt, "192.0.2.7");
        QVERIFY(later.handle(hello(test::deviceUuid(555))).close);
        QCOMPARE(scalar(office.store(),
                     "SELECT count(*) FROM audit_log WHERE event = 'refused' AND detail LIKE '%address=192.0.2.7%' "
                     "AND detail LIKE '%repeats=199%'"),
            std::int64_t { 1 });
        QCOMPARE(refusedRows("refused"), std::int64_t { 4 });
        // The rest are written when the server stops (or a window passes): nothing is left uncounted.
        FN_VERIFY_OK(office.office().audit().flushRefusals());
        QCOMPARE(scalar(office.store(),
                     "SELECT count(*) FROM audit_log WHERE event = 'pair-refused' AND detail LIKE '%repeats=49%'"),
            std::int64_t { 1 });
        FN_REQUIRE(const AuditCheck check, office.office().audit().verify());
        QCOMPARE(check.firstBroken, std::int64_t { 0 });
    }

    void everyAccessIsInAnIntactAuditChain()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet tablet(office, demo.staff.specialist, 1);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const AuditCheck check, office.office().audit().verify());
        QCOMPARE(check.firstBroken, std::int64_t { 0 });
        for (const char* event : { "init", "demo", "enroll", "pair", "hello", "pull" })
            QVERIFY2(scalar(office.store(), std::string("SELECT count(*) FROM audit_log WHERE event = '") + event + "'")
                    >= 1,
                event);
        // No names in the log: the demo specialist's name appears nowhere in it.
        QCOMPARE(scalar(office.store(),
                     "SELECT count(*) FROM audit_log WHERE detail LIKE '%Lunde%' OR staff_id LIKE '%Lunde%'"),
            std::int64_t { 0 });
        // The table refuses edits; an edit made behind its back breaks the chain from there on.
        QVERIFY(!core::StoreInternals::db(office.store()).exec("UPDATE audit_log SET detail = 'x' WHERE seq = 2"));
        QVERIFY(!core::StoreInternals::db(office.store()).exec("DELETE FROM audit_log WHERE seq = 2"));
        FN_VERIFY_OK(core::StoreInternals::db(office.store()).exec("DROP TRIGGER audit_log_no_update"));
        FN_VERIFY_OK(
            core::StoreInternals::db(office.store()).exec("UPDATE audit_log SET detail = 'records=1' WHERE seq = 2"));
        FN_REQUIRE(const AuditCheck broken, office.office().audit().verify());
        QCOMPARE(broken.firstBroken, std::int64_t { 2 });
    }

    // ---- Drafts and scopes ------------------------------------------------------------------------------

    // Drafts are the author's local work: a participant added on the tablet is held by it from the
    // start (not evicted and sent back), and when the office later hands the participant to a
    // colleague, the scope leaves the tablet but the half-typed visit stays.
    void draftsSurviveAnEviction()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const Id pid, tablet.store().create(sara(ingrid)));
        const Id draft = test::deviceUuid(700);
        FN_VERIFY_OK(tablet.store().saveDraft(draftFor(draft, pid, "visit", R"({"note":"Halvskrevet besøk"})")));

        const auto first = tablet.sync();
        FN_VERIFY_OK(first.status);
        QCOMPARE(first.report.evicted, 0);
        QCOMPARE(draftsAbout(tablet.store(), pid), std::int64_t { 1 });
        QCOMPARE(scalar(tablet.store(),
                     "SELECT count(*) FROM held_scopes WHERE scope = 'p:" + pid + "' AND fingerprint <> ''"),
            std::int64_t { 1 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);

        FN_VERIFY_OK(office.admin().assignSpecialist(pid, tarek));
        const auto second = tablet.sync();
        FN_VERIFY_OK(second.status);
        QCOMPARE(second.report.evicted, 1);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
        FN_REQUIRE(const auto kept, tablet.store().draft(draft));
        QVERIFY(kept.has_value());
        QCOMPARE(kept->payload, std::string(R"({"note":"Halvskrevet besøk"})"));
    }

    void aHandOverLosesNeitherSidesUnsentWork_data()
    {
        QTest::addColumn<int>("daysUntilSync"); // after the hand-over, before Ingrid's tablet syncs
        QTest::addColumn<bool>("visitTaken");
        QTest::newRow("the next day") << 1 << true;
        QTest::newRow("after four weeks") << 29 << false;
    }

    // Ingrid's tablet holds a finished visit about Sara, not yet sent, and a half-typed one. The
    // lead hands Sara over to Tarek on her tablet. When Ingrid's tablet syncs within four weeks,
    // the visit she wrote before the hand-over reaches the office and Tarek's tablet (later it is
    // refused, and kept on her tablet); her draft stays with her and she is told Sara was handed
    // over. From then on Ingrid receives nothing new about Sara, and what she writes about Sara
    // after the hand-over is refused (and kept); Tarek receives everything.
    void aHandOverLosesNeitherSidesUnsentWork()
    {
        QFETCH(int, daysUntilSync);
        QFETCH(bool, visitTaken);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        Id pid;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(pid, office.store().create(sara(ingrid)));
            return {};
        }));
        test::TestTablet a(office, ingrid, 1);
        test::TestTablet b(office, tarek, 2);
        test::TestTablet lead(office, marit, 3);
        std::vector<ManualClock*> clocks { &office.temp().clock(), &a.temp().clock(), &b.temp().clock(),
            &lead.temp().clock() };
        auto later = [&](std::chrono::milliseconds by) {
            for (ManualClock* c : clocks)
                c->advance(by);
        };
        FN_VERIFY_OK(a.sync().status);
        FN_VERIFY_OK(b.sync().status);
        FN_VERIFY_OK(lead.sync().status);

        FN_VERIFY_OK(a.store().append(visitFor(pid, ingrid, "Besøk før overleveringen")));
        const Id draft = test::deviceUuid(701);
        FN_VERIFY_OK(a.store().saveDraft(draftFor(draft, pid, "visit", R"({"note":"Halvskrevet"})")));
        later(std::chrono::hours(1));

        const Date handedOverOn = addDays(lead.store().today(), -1);
        FN_VERIFY_OK(handOverParticipant(lead.store(), actorOf(lead.store()), pid, tarek, handedOverOn));
        const auto pushed = lead.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.rejected, 0);
        FN_VERIFY_OK(b.sync().status);
        QCOMPARE(scalar(b.store(), "SELECT count(*) FROM participants WHERE id = '" + pid + "'"), std::int64_t { 1 });
        // The day of the hand-over, as the lead entered it, reaches the office and the new specialist.
        FN_REQUIRE(const Participant atOffice, office.store().get<Participant>(pid));
        QCOMPARE(atOffice.followedSince, OptDate(handedOverOn));
        FN_REQUIRE(const Participant onB, b.store().get<Participant>(pid));
        QCOMPARE(onB.followedSince, OptDate(handedOverOn));
        later(std::chrono::hours(24 * daysUntilSync));
        // Written on Ingrid's tablet after the hand-over, before it heard of it.
        FN_VERIFY_OK(a.store().append(visitFor(pid, ingrid, "Skrevet etter overleveringen")));

        const auto synced = a.sync();
        FN_VERIFY_OK(synced.status);
        QCOMPARE(synced.report.rejected, visitTaken ? 1 : 2);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits WHERE note = 'Besøk før overleveringen'"),
            std::int64_t { visitTaken ? 1 : 0 });
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits WHERE note = 'Skrevet etter overleveringen'"),
            std::int64_t { 0 });
        // What the office refused stays on Ingrid's tablet (fieldnotes-cli refused).
        QCOMPARE(scalar(a.store(), "SELECT count(*) FROM rejected_changes WHERE tbl = 'visits'"),
            std::int64_t { visitTaken ? 1 : 2 });
        // Told, with the draft kept.
        QVERIFY(std::find(synced.report.notices.begin(), synced.report.notices.end(), SyncNotice::HandedOver)
            != synced.report.notices.end());
        QCOMPARE(synced.report.handedOver, std::vector<std::string> { "Sara Testesen" });
        QCOMPARE(synced.report.draftsKept, 1);
        FN_REQUIRE(const auto kept, a.store().draft(draft));
        QVERIFY(kept.has_value());
        QCOMPARE(scalar(a.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
        QCOMPARE(scalar(a.store(), "SELECT count(*) FROM visits"), std::int64_t { 0 });

        FN_VERIFY_OK(b.sync().status);
        QCOMPARE(scalar(b.store(), "SELECT count(*) FROM visits WHERE note = 'Besøk før overleveringen'"),
            std::int64_t { visitTaken ? 1 : 0 });

        // From now on Tarek's work about Sara reaches those who follow her, not Ingrid.
        FN_VERIFY_OK(b.store().append(visitFor(pid, tarek, "Tareks første besøk")));
        FN_VERIFY_OK(b.sync().status);
        const auto again = a.sync();
        FN_VERIFY_OK(again.status);
        QVERIFY(again.report.handedOver.empty());
        QCOMPARE(scalar(a.store(), "SELECT count(*) FROM visits"), std::int64_t { 0 });
        QCOMPARE(scalar(a.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits WHERE note = 'Tareks første besøk'"),
            std::int64_t { 1 });
        FN_REQUIRE(const std::string expectedA, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actualA, test::tabletDump(a.store()));
        QCOMPARE(actualA, expectedA);
        FN_REQUIRE(const std::string expectedB, test::officeViewFor(office.office(), tarek));
        FN_REQUIRE(const std::string actualB, test::tabletDump(b.store()));
        QCOMPARE(actualB, expectedB);
    }

    // The office hands over too (fieldnotes-office assign --specialist), by the same rule: not to a
    // mentor, not to the one who follows the person now.
    void theOfficeHandsOverByTheSameRule()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        const Id per = office.addStaff("Per Mentor", StaffRole::Mentor);
        Id pid;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(pid, office.store().create(sara(ingrid)));
            return {};
        }));
        QVERIFY(!office.admin().assignSpecialist(pid, per));
        QVERIFY(!office.admin().assignSpecialist(pid, ingrid));
        FN_VERIFY_OK(office.admin().assignSpecialist(pid, tarek));
        FN_REQUIRE(const Participant p, office.store().get<Participant>(pid));
        QCOMPARE(p.specialistId, OptId(tarek));
        QCOMPARE(scalar(office.store(),
                     "SELECT count(*) FROM audit_log WHERE event = 'handover' AND staff_id = '" + ingrid + "'"),
            std::int64_t { 1 });
    }

    // A lead's tablet hands over by the rule the tablet applies (core/handover.h), and the office
    // holds it to that rule: a participant is followed by a specialist or a team lead on the office's
    // staff list, never by a mentor or by someone the office does not know.
    void aLeadsHandOverToAMentorOrAStrangerIsRefusedAtTheOffice_data()
    {
        QTest::addColumn<bool>("toMentor");
        QTest::newRow("a mentor") << true;
        QTest::newRow("no one on the staff list") << false;
    }
    void aLeadsHandOverToAMentorOrAStrangerIsRefusedAtTheOffice()
    {
        QFETCH(bool, toMentor);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id per = office.addStaff("Per Mentor", StaffRole::Mentor);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        Id pid;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(pid, office.store().create(sara(ingrid)));
            return {};
        }));
        test::TestTablet lead(office, marit, 3);
        FN_VERIFY_OK(lead.sync().status);

        // Written past the rule (an old or altered tablet): the change itself reaches the office.
        FN_REQUIRE(Participant p, lead.store().get<Participant>(pid));
        p.specialistId = toMentor ? per : test::deviceUuid(977);
        FN_VERIFY_OK(lead.store().update(p));
        const auto synced = lead.sync();
        FN_VERIFY_OK(synced.status);
        QCOMPARE(synced.report.rejected, 1);
        QVERIFY2(synced.report.refusals.front().find(toMentor ? "mentor" : "staff list") != std::string::npos,
            synced.report.refusals.front().c_str());
        FN_REQUIRE(const Participant atOffice, office.store().get<Participant>(pid));
        QCOMPARE(atOffice.specialistId, OptId(ingrid));
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event = 'handover'"), std::int64_t { 0 });
    }

    // A mentor's half-typed entry survives the consent or the assignment behind its scope changing.
    void aMentorsDraftSurvivesAConsentChangeAndTheAssignmentEnding()
    {
        test::TestOffice office;
        const MentorFixture f = mentorFixture(office);
        test::TestTablet tablet(office, f.per, 1);
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 1 });
        const Id draft = test::deviceUuid(701);
        FN_VERIFY_OK(tablet.store().saveDraft(
            draftFor(draft, f.sara, "natural_support", R"({"situation":"Første dag på bakeriet"})")));

        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(Consent c, office.store().get<Consent>(f.consent));
            c.revokedOn = office.store().today();
            return office.store().update(c);
        }));
        const auto revoked = tablet.sync();
        FN_VERIFY_OK(revoked.status);
        QCOMPARE(revoked.report.evicted, 1); // the view changed: taken again, as now shared
        QCOMPARE(draftsAbout(tablet.store(), f.sara), std::int64_t { 1 });

        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(MentorAssignment a, office.store().get<MentorAssignment>(f.assignment));
            a.toOn = addDays(office.store().today(), -1);
            return office.store().update(a);
        }));
        const auto ended = tablet.sync();
        FN_VERIFY_OK(ended.status);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
        QCOMPARE(draftsAbout(tablet.store(), f.sara), std::int64_t { 1 });
    }

    // An assignment ends by its date alone: the day after its last day, with nothing changed at the
    // office, the mentor's next sync takes the person away (the office's views follow the date).
    void aMentorsAssignmentEndsOnItsDateWithNothingChangedAtTheOffice()
    {
        test::TestOffice office;
        const MentorFixture f = mentorFixture(office);
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(MentorAssignment a, office.store().get<MentorAssignment>(f.assignment));
            a.toOn = office.store().today();
            return office.store().update(a);
        }));
        test::TestTablet tablet(office, f.per, 1);
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 1 });

        office.temp().clock().advance(std::chrono::hours(24));
        tablet.temp().clock().advance(std::chrono::hours(24));
        const auto ended = tablet.sync();
        FN_VERIFY_OK(ended.status);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
    }

    // Mentor mode on a mentor's tablet paired with the demo office, as a new user pairs it: the
    // mentor's own record (and the name of the employer it belongs to) reaches the tablet, so the
    // home screen lists the people they support, as the office would list them.
    void aMentorsTabletHoldsTheMentorsOwnRecordForMentorMode()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        const Id per = demo.staff.mentorUser;
        test::TestTablet tablet(office, per, 1);
        FN_VERIFY_OK(tablet.sync().status);
        QVERIFY(scalar(tablet.store(), "SELECT count(*) FROM natural_support_entries") > 0);
        const Date today = office.store().today();
        FN_REQUIRE(const auto atOffice, mentorCaseload(office.store(), per, today));
        QVERIFY(!atOffice.empty());
        FN_REQUIRE(const auto onTablet, mentorCaseload(tablet.store(), per, today));
        QVERIFY2(!onTablet.empty(), "mentor mode on the mentor's tablet says they support no one");
        QCOMPARE(onTablet.size(), atOffice.size());
        for (std::size_t i = 0; i < onTablet.size(); ++i) {
            QCOMPARE(onTablet[i].assignmentId, atOffice[i].assignmentId);
            QCOMPARE(onTablet[i].displayName, atOffice[i].displayName);
            QCOMPARE(onTablet[i].employerName, atOffice[i].employerName);
            QVERIFY(!onTablet[i].employerName.empty());
        }
        // The employer's name and the mentor's own record, nothing else of the employer.
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM mentors WHERE staff_id IS NOT '" + per + "'"),
            std::int64_t { 0 });
        for (const char* table : { "employer_contacts", "workplaces", "workplace_tasks", "mentor_trainings" })
            QCOMPARE(scalar(tablet.store(), std::string("SELECT count(*) FROM ") + table), std::int64_t { 0 });
        QCOMPARE(
            scalar(tablet.store(),
                "SELECT count(*) FROM employers WHERE risk_note <> '' OR notes <> '' OR needs <> '' OR address <> ''"),
            std::int64_t { 0 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), per));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }

    // What a mentor's tablet holds follows which mentor records are linked to their login: linking
    // another record brings the entries that name it, unlinking it takes them away again.
    void aMentorsScopeFollowsTheRecordsLinkedToTheirLogin()
    {
        test::TestOffice office;
        const MentorFixture f = mentorFixture(office);
        Store& s = office.store();
        Id cafe, second, entry;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            Employer e;
            e.name = "Fjordkafeen";
            e.ownerId = f.ingrid;
            FN_TRY_ASSIGN(cafe, s.create(e));
            FN_TRY_ASSIGN(second, s.create(Mentor { {}, cafe, {}, "Per Aasen", "40000001", "", "" }));
            NaturalSupportEntry n;
            n.participantId = f.sara;
            n.mentorId = second;
            n.authorId = f.ingrid;
            n.occurredOn = *parseDate("2026-02-20");
            n.situation = "Hospiteringsdag i kafeen";
            FN_TRY_ASSIGN(entry, s.append(n));
            return {};
        }));
        test::TestTablet tablet(office, f.per, 1);
        FN_VERIFY_OK(tablet.sync().status);
        const std::string held = "SELECT count(*) FROM natural_support_entries WHERE id = '" + entry + "'";
        QCOMPARE(scalar(tablet.store(), held), std::int64_t { 0 });

        FN_VERIFY_OK(office.admin().linkMentor(second, f.per));
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(tablet.store(), held), std::int64_t { 1 });
        FN_REQUIRE(const std::string linked, test::officeViewFor(office.office(), f.per));
        FN_REQUIRE(const std::string afterLink, test::tabletDump(tablet.store()));
        QCOMPARE(afterLink, linked);

        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(Mentor m, s.get<Mentor>(second));
            m.staffId.reset();
            return s.update(m);
        }));
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(tablet.store(), held), std::int64_t { 0 });
        FN_REQUIRE(const std::string unlinked, test::officeViewFor(office.office(), f.per));
        FN_REQUIRE(const std::string afterUnlink, test::tabletDump(tablet.store()));
        QCOMPARE(afterUnlink, unlinked);
    }

    // The employers a specialist works with: one they own, or one linked to their caseload by a
    // placement, a visit (of a participant they follow, or written by them), an agreed action or a
    // mentor assignment; never one only a colleague's work links. The office asks in two ways, both
    // checked: loading the person's view, and judging a change that names the employer against a
    // view loaded before the link was made (as within one push).
    void aSpecialistWorksWithTheEmployersTheirCaseloadLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("held");
        QTest::newRow("owned") << "owned" << true;
        QTest::newRow("placement") << "placement" << true;
        QTest::newRow("visit") << "visit" << true;
        QTest::newRow("own visit of a colleague's participant") << "own visit elsewhere" << true;
        QTest::newRow("agreed action") << "agreed action" << true;
        QTest::newRow("mentor assignment") << "mentor assignment" << true;
        QTest::newRow("colleague's placement") << "colleague's placement" << false;
        QTest::newRow("colleague's visit") << "colleague's visit" << false;
        QTest::newRow("colleague's agreed action") << "colleague's agreed action" << false;
        QTest::newRow("colleague's mentor assignment") << "colleague's mentor assignment" << false;
    }

    void aSpecialistWorksWithTheEmployersTheirCaseloadLinks()
    {
        QFETCH(QString, link);
        QFETCH(bool, held);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        Store& s = office.store();
        Id warehouse, pid, other, placement;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            Employer own;
            own.name = "Nordlys Bakeri";
            own.ownerId = ingrid;
            FN_TRY_ASSIGN(const Id bakery, s.create(own));
            Employer theirs;
            theirs.name = "Havnelageret";
            theirs.ownerId = tarek;
            FN_TRY_ASSIGN(warehouse, s.create(theirs));
            FN_TRY_ASSIGN(pid, s.create(sara(ingrid)));
            Participant jonas;
            jonas.displayName = "Jonas Prøvesen";
            jonas.specialistId = tarek;
            FN_TRY_ASSIGN(other, s.create(jonas));
            Placement pl;
            pl.participantId = pid;
            pl.employerId = bakery;
            pl.title = "Bakerassistent";
            FN_TRY_ASSIGN(placement, s.create(pl));
            return {};
        }));
        FN_REQUIRE(Viewer before, Viewer::load(s, ingrid));
        QVERIFY(!before.view("e:" + warehouse));

        FN_VERIFY_OK(office.office().write([&]() -> Status {
            const bool colleagues = link.startsWith("colleague's");
            const Id participant = colleagues ? other : pid;
            if (link == "owned") {
                FN_TRY_ASSIGN(Employer e, s.get<Employer>(warehouse));
                e.ownerId = ingrid;
                return s.update(e);
            }
            if (link.endsWith("placement")) {
                Placement pl;
                pl.participantId = participant;
                pl.employerId = warehouse;
                pl.title = "Lagermedarbeider";
                return s.create(pl).map([](const Id&) {});
            }
            if (link.endsWith("visit") || link == "own visit elsewhere") {
                Visit v = visitFor(link == "visit" ? pid : other, colleagues ? tarek : ingrid, "Besøk på lageret");
                v.employerId = warehouse;
                return s.append(v).map([](const Id&) {});
            }
            if (link.endsWith("agreed action")) {
                AgreedAction a;
                a.participantId = participant;
                a.employerId = warehouse;
                a.text = "Avtale hospitering";
                return s.create(a).map([](const Id&) {});
            }
            FN_TRY_ASSIGN(const Id mentor, s.create(Mentor { {}, warehouse, {}, "Ola Berg", "40000002", "", "" }));
            MentorAssignment a;
            a.participantId = participant;
            a.mentorId = mentor;
            return s.create(a).map([](const Id&) {});
        }));

        FN_REQUIRE(const Viewer after, Viewer::load(s, ingrid));
        QCOMPARE(after.view("e:" + warehouse) != nullptr, held);
        Change moved;
        moved.op = ChangeOp::Set;
        moved.table = "placements";
        moved.rowId = placement;
        moved.column = "employer_id";
        moved.value = warehouse;
        moved.scope = "p:" + pid;
        FN_REQUIRE(const std::string why, before.mayWrite(s, moved, "p:" + pid));
        QVERIFY2(why.empty() == held, why.c_str());
    }

    // An employer reaches a specialist when they work with it: they own it, added it, or someone who
    // may see it linked it to their caseload. Naming a colleague's employer in a record of one's own
    // caseload is refused, and brings none of it (above all not its risk note) to the tablet.
    void aSpecialistCannotBringAnEmployerIntoTheirScopeByNamingIt_data()
    {
        QTest::addColumn<QString>("record");
        QTest::newRow("visit") << "visit";
        QTest::newRow("new placement") << "new placement";
        QTest::newRow("placement moved") << "placement moved";
        QTest::newRow("agreed action") << "agreed action";
        QTest::newRow("mentor assignment") << "mentor assignment";
    }

    void aSpecialistCannotBringAnEmployerIntoTheirScopeByNamingIt()
    {
        QFETCH(QString, record);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        const Id marit = office.addStaff("Marit Økland", StaffRole::Lead);
        Store& s = office.store();
        Id bakery, warehouse, warehouseMentor, pid, placement;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            Employer own;
            own.name = "Nordlys Bakeri";
            own.ownerId = ingrid;
            FN_TRY_ASSIGN(bakery, s.create(own));
            Employer other;
            other.name = "Havnelageret";
            other.ownerId = tarek;
            other.riskFlag = RiskFlag::UndeclaredWork;
            other.riskNote = "Mistanke om svart arbeid i helgene";
            FN_TRY_ASSIGN(warehouse, s.create(other));
            FN_TRY_ASSIGN(warehouseMentor, s.create(Mentor { {}, warehouse, {}, "Ola Berg", "40000002", "", "" }));
            FN_TRY_ASSIGN(pid, s.create(sara(ingrid)));
            Placement pl;
            pl.participantId = pid;
            pl.employerId = bakery;
            pl.title = "Bakerassistent";
            FN_TRY_ASSIGN(placement, s.create(pl));
            return {};
        }));
        test::TestTablet tablet(office, ingrid, 1);
        FN_VERIFY_OK(tablet.sync().status);
        Store& t = tablet.store();
        // The app names only employers its store holds; a tablet whose store was tampered with holds
        // a row of the colleague's employer (its id is all anyone needs), and names it.
        FN_VERIFY_OK(core::StoreInternals::db(t).exec("INSERT INTO employers(id, _scope, _hlc, _dev, name) VALUES ('"
            + warehouse + "', 'e:" + warehouse + "', 1, '" + t.deviceId() + "', 'Havnelageret')"));
        FN_VERIFY_OK(core::StoreInternals::db(t).exec(
            "INSERT INTO mentors(id, _scope, _hlc, _dev, employer_id, name) VALUES ('" + warehouseMentor
            + "', 'e:" + warehouse + "', 1, '" + t.deviceId() + "', '" + warehouse + "', 'Ola Berg')"));
        if (record == "visit") {
            Visit v = visitFor(pid, ingrid, "Besøk på lageret");
            v.employerId = warehouse;
            FN_REQUIRE(const Id id, t.append(v));
            Q_UNUSED(id);
        } else if (record == "new placement") {
            Placement pl;
            pl.participantId = pid;
            pl.employerId = warehouse;
            pl.title = "Lagermedarbeider";
            FN_REQUIRE(const Id id, t.create(pl));
            Q_UNUSED(id);
        } else if (record == "placement moved") {
            FN_REQUIRE(Placement pl, t.get<Placement>(placement));
            pl.employerId = warehouse;
            FN_VERIFY_OK(t.update(pl));
        } else if (record == "agreed action") {
            AgreedAction a;
            a.participantId = pid;
            a.employerId = warehouse;
            a.text = "Avtale hospitering";
            FN_REQUIRE(const Id id, t.create(a));
            Q_UNUSED(id);
        } else {
            MentorAssignment a;
            a.participantId = pid;
            a.mentorId = warehouseMentor;
            FN_REQUIRE(const Id id, t.create(a));
            Q_UNUSED(id);
        }
        const auto named = tablet.sync();
        FN_VERIFY_OK(named.status);
        QCOMPARE(named.report.rejected, 1);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const Viewer viewer, Viewer::load(s, ingrid));
        QVERIFY2(!viewer.view("e:" + warehouse), "naming a colleague's employer brought it into the caseload");
        QCOMPARE(scalar(t, "SELECT count(*) FROM employers WHERE id = '" + warehouse + "'"), std::int64_t { 0 });
        QVERIFY2(tablesHolding(t, "svart arbeid").empty(), qPrintable(joined(tablesHolding(t, "svart arbeid"))));
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(t));
        QCOMPARE(actual, expected);

        // The lead, who sees every employer, places Sara there: now Ingrid works with it, and sees
        // it whole, the risk she must know of included.
        test::TestTablet leads(office, marit, 2);
        FN_VERIFY_OK(leads.sync().status);
        Placement there;
        there.participantId = pid;
        there.employerId = warehouse;
        there.kind = PlacementKind::WorkTrial; // no free text: the lead holds Sara in the team view
        FN_REQUIRE(const Id placed, leads.store().create(there));
        const auto byLead = leads.sync();
        FN_VERIFY_OK(byLead.status);
        QCOMPARE(byLead.report.rejected, 0);
        FN_REQUIRE(const auto atOffice, s.find<Placement>(placed));
        QVERIFY(atOffice.has_value());
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(t, "SELECT count(*) FROM employers WHERE risk_note <> '' AND id = '" + warehouse + "'"),
            std::int64_t { 1 });
    }

    // ---- The lead's scope -------------------------------------------------------------------------

    // A lead's tablet holds the team's figures and who follows whom, not a colleague's notes: of
    // Sara (Ingrid's) it holds her name, step and status, the contact's kind and length without its
    // note, the paid job's kind and dates, the meeting's date, Ingrid's working hours; of Nora (the
    // lead's own) everything. The team figures come out of what it holds.
    void aLeadsTabletHoldsTheTeamsFiguresButNoColleaguesNotes()
    {
        test::TestOffice office;
        const LeadFixture f = leadFixture(office);
        test::TestTablet marits(office, f.marit, 1);
        FN_VERIFY_OK(marits.sync().status);
        Store& t = marits.store();

        for (const char* secret : { "gruer seg", "90000000", "Trenger pauser", "Lagermedarbeider", "angsten" })
            QVERIFY2(tablesHolding(t, secret).empty(),
                qPrintable(QString("%1 in %2").arg(secret, joined(tablesHolding(t, secret)))));
        FN_REQUIRE(const Participant sara, t.get<Participant>(f.sara));
        QCOMPARE(sara.displayName, std::string("Sara Testesen"));
        QCOMPARE(sara.specialistId, OptId(f.ingrid));
        FN_REQUIRE(const Visit visit, t.get<Visit>(f.visit));
        QCOMPARE(visit.note, std::string());
        QCOMPARE(visit.durationMin, std::optional<int>(90));
        QCOMPARE(visit.contactType, ContactType::WorkplaceFollowUp);
        QCOMPARE(visit.authorId, f.ingrid);
        FN_REQUIRE(const Placement job, t.get<Placement>(f.placement));
        QCOMPARE(job.kind, PlacementKind::PaidJob);
        QCOMPARE(job.startOn, OptDate(*parseDate("2026-02-16")));
        FN_REQUIRE(const FollowUpMeeting meeting, t.get<FollowUpMeeting>(f.meeting));
        QCOMPARE(meeting.proposedOn, OptDate(*parseDate("2026-02-13")));
        // The lead's own participant, whole.
        FN_REQUIRE(const Participant nora, t.get<Participant>(f.nora));
        QCOMPARE(nora.phone, std::string("90000009"));
        FN_REQUIRE(const Visit noraVisit, t.get<Visit>(f.noraVisit));
        QCOMPARE(noraVisit.note, std::string("Nora vil heller jobbe ute"));

        const Period march { *parseDate("2026-03-02"), *parseDate("2026-03-06") };
        FN_REQUIRE(const Figures team, teamFigures(t, march));
        QCOMPARE(team.fieldMinutes, 90);
        QCOMPARE(team.caseloadTotal, 1);
        QVERIFY(team.contractedMinutes > 0); // Ingrid's working hours, the share's denominator
        QVERIFY(team.atEmployersShare.has_value());

        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), f.marit));
        FN_REQUIRE(const std::string actual, test::tabletDump(t));
        QCOMPARE(actual, expected);
    }

    // A lead's tablet that took the whole team under the earlier rule (every participant in full) is
    // sent the narrowed view on its next sync: the colleague's note leaves it, its own draft about
    // the colleague's participant stays.
    void aLeadsTabletHoldingTheTeamWholeNarrowsAndKeepsItsDrafts()
    {
        test::TestOffice office;
        const LeadFixture f = leadFixture(office);
        test::TestTablet marits(office, f.marit, 1);
        FN_VERIFY_OK(marits.sync().status);
        Store& t = marits.store();
        // What the earlier rule had left on the tablet: Sara's scope held whole.
        auto& db = core::StoreInternals::db(t);
        FN_VERIFY_OK(db.exec("UPDATE held_scopes SET fingerprint = 's1' WHERE scope = 'p:" + f.sara + "'"));
        FN_VERIFY_OK(db.exec("UPDATE visits SET note = 'Sara gruer seg til mandagene' WHERE id = '" + f.visit + "'"));
        FN_VERIFY_OK(db.exec("UPDATE participants SET phone = '90000000' WHERE id = '" + f.sara + "'"));
        const Id draft = "00000000-0000-4000-8000-00000000d1a1";
        FN_VERIFY_OK(t.saveDraft(draftFor(draft, f.sara, "visit", R"({"note":"Spørre Ingrid om Sara"})")));

        const auto synced = marits.sync();
        FN_VERIFY_OK(synced.status);
        QVERIFY(synced.report.handedOver.empty()); // narrowed, not handed over
        QVERIFY2(tablesHolding(t, "gruer seg").empty(), qPrintable(joined(tablesHolding(t, "gruer seg"))));
        QVERIFY2(tablesHolding(t, "90000000").empty(), qPrintable(joined(tablesHolding(t, "90000000"))));
        QCOMPARE(draftsAbout(t, f.sara), std::int64_t { 1 });
        QCOMPARE(textOf(t, "SELECT fingerprint FROM held_scopes WHERE scope = 'p:" + f.sara + "'"), std::string("l2"));
        FN_REQUIRE(const Visit visit, t.get<Visit>(f.visit));
        QCOMPARE(visit.durationMin, std::optional<int>(90));
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), f.marit));
        FN_REQUIRE(const std::string actual, test::tabletDump(t));
        QCOMPARE(actual, expected);
    }

    // Through the team view a lead writes who follows the participant, never a note or an edit of
    // the person's record: the office refuses it and says what to do; the hand-over is taken.
    void aLeadsNoteAboutAColleaguesParticipantIsRefused()
    {
        test::TestOffice office;
        const LeadFixture f = leadFixture(office);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet marits(office, f.marit, 1);
        FN_VERIFY_OK(marits.sync().status);
        Store& t = marits.store();
        FN_REQUIRE(const Id note, t.append(visitFor(f.sara, f.marit, "Marit mener Sara bør bytte jobb")));
        FN_REQUIRE(Participant p, t.get<Participant>(f.sara));
        p.phone = "91111111";
        FN_VERIFY_OK(t.update(p));
        const auto refused = marits.sync();
        FN_VERIFY_OK(refused.status);
        QCOMPARE(refused.report.rejected, 2);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits WHERE id = '" + note + "'"), std::int64_t { 0 });
        FN_REQUIRE(const Participant atOffice, office.store().get<Participant>(f.sara));
        QCOMPARE(atOffice.phone, std::string("90000000"));
        const std::string reason = textOf(t, "SELECT reason FROM rejected_changes WHERE tbl = 'visits'");
        QVERIFY2(QString::fromStdString(reason).contains("hand the participant over to yourself"), reason.c_str());
        // Her own participant's notes are hers to write.
        FN_VERIFY_OK(t.append(visitFor(f.nora, f.marit, "Nora fikk prøve seg i kantina")));
        // The hand-over stays the lead's.
        FN_VERIFY_OK(handOverParticipant(t, actorOf(t), f.sara, tarek, t.today()));
        const auto handed = marits.sync();
        FN_VERIFY_OK(handed.status);
        QCOMPARE(handed.report.rejected, 0);
        FN_REQUIRE(const Participant moved, office.store().get<Participant>(f.sara));
        QCOMPARE(moved.specialistId, OptId(tarek));
    }

    void aParticipantALeadTakesOnForAColleagueArrivesWithTheIntakesRecords_data()
    {
        QTest::addColumn<bool>("followedFromTheStart");
        QTest::newRow("the intake, then the hand-over") << false;
        QTest::newRow("created followed by the colleague") << true;
    }

    // A lead takes a person on at her tablet for a colleague, in one push: the intake (the person,
    // their Norwegian level and participation consent) and the hand-over, or the person created
    // followed by the colleague from the start with the intake's records. The office takes all of it,
    // though the person is in her team view once someone else follows them: she wrote it before
    // anyone else did. The colleague's tablet receives the person whole with the intake's records,
    // and the lead's keeps the team view only.
    void aParticipantALeadTakesOnForAColleagueArrivesWithTheIntakesRecords()
    {
        QFETCH(bool, followedFromTheStart);
        test::TestOffice office;
        const LeadFixture f = leadFixture(office);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet marits(office, f.marit, 1);
        test::TestTablet tareks(office, tarek, 2);
        FN_VERIFY_OK(marits.sync().status);
        FN_VERIFY_OK(tareks.sync().status);
        Store& t = marits.store();

        Intake in;
        in.displayName = "Tiril Prøvesen";
        in.phone = "90000077";
        in.referralReason = "Ønsker seg tilbake i arbeid etter sykmelding";
        in.referralOn = parseDate("2026-02-20");
        in.norwegianLevel = CefrLevel::B1;
        in.consent = Intake::ParticipationConsent { parseDate("2026-03-02"), "Frivillig deltakelse", {} };
        Id tiril;
        if (followedFromTheStart) {
            auto written = t.transaction([&]() -> Status {
                Participant p;
                p.displayName = in.displayName;
                p.phone = in.phone;
                p.referralReason = in.referralReason;
                p.referralOn = in.referralOn;
                p.status = ParticipantStatus::Referred;
                p.specialistId = tarek;
                p.followedSince = t.today();
                FN_TRY_ASSIGN(tiril, t.create(p));
                FN_TRY(t.create(LanguageLevel { {}, tiril, in.referralOn, CefrLevel::B1, {} }));
                Consent c;
                c.participantId = tiril;
                c.kind = ConsentKind::Participation;
                c.purpose = "Delta i oppfølgingen";
                c.grantedOn = in.consent->grantedOn;
                c.summary = in.consent->summary;
                FN_TRY(t.create(c));
                return {};
            });
            FN_VERIFY_OK(written);
        } else {
            FN_REQUIRE(tiril, takeOnParticipant(t, actorOf(t), in));
            FN_VERIFY_OK(handOverParticipant(t, actorOf(t), tiril, tarek, t.today()));
        }

        const auto pushed = marits.sync();
        FN_VERIFY_OK(pushed.status);
        QVERIFY2(pushed.report.rejected == 0, qPrintable(joined(pushed.report.refusals)));
        QCOMPARE(scalar(t, "SELECT count(*) FROM rejected_changes"), std::int64_t { 0 });
        FN_REQUIRE(const Participant atOffice, office.store().get<Participant>(tiril));
        QCOMPARE(atOffice.specialistId, OptId(tarek));
        QCOMPARE(atOffice.phone, std::string("90000077"));
        const std::string about = "participant_id = '" + tiril + "'";
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM language_levels WHERE " + about), std::int64_t { 1 });
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM consents WHERE " + about), std::int64_t { 1 });

        // The colleague who follows the person now receives them whole, with the intake's records.
        FN_VERIFY_OK(tareks.sync().status);
        FN_REQUIRE(const auto onTareks, tareks.store().find<Participant>(tiril));
        QVERIFY(onTareks.has_value());
        QCOMPARE(onTareks->phone, std::string("90000077"));
        QCOMPARE(onTareks->referralReason, std::string("Ønsker seg tilbake i arbeid etter sykmelding"));
        QCOMPARE(scalar(tareks.store(), "SELECT count(*) FROM language_levels WHERE " + about), std::int64_t { 1 });
        QCOMPARE(scalar(tareks.store(), "SELECT count(*) FROM consents WHERE " + about), std::int64_t { 1 });
        FN_REQUIRE(const std::string tareksView, test::officeViewFor(office.office(), tarek));
        FN_REQUIRE(const std::string tareksTablet, test::tabletDump(tareks.store()));
        QCOMPARE(tareksTablet, tareksView);

        // The lead holds the person in the team view from her next sync on: no consent, no phone.
        FN_VERIFY_OK(marits.sync().status);
        QCOMPARE(scalar(t, "SELECT count(*) FROM consents WHERE " + about), std::int64_t { 0 });
        QVERIFY2(tablesHolding(t, "90000077").empty(), qPrintable(joined(tablesHolding(t, "90000077"))));
        FN_REQUIRE(const std::string maritsView, test::officeViewFor(office.office(), f.marit));
        FN_REQUIRE(const std::string maritsTablet, test::tabletDump(t));
        QCOMPARE(maritsTablet, maritsView);
    }

    // The case review through the office (core/casereview.h): Ingrid puts Sara up and brings an entry
    // of her reflection log; the lead's tablet receives both with what Ingrid wants discussed, while
    // Ingrid's visit note about Sara still does not reach it; the lead's advice reaches Ingrid's
    // tablet. Advice written on a specialist's tablet is refused at the office.
    void aCaseReviewQuestionReachesTheLeadAndTheAdviceTheSpecialist()
    {
        test::TestOffice office;
        const LeadFixture f = leadFixture(office);
        test::TestTablet ingrids(office, f.ingrid, 1);
        test::TestTablet marits(office, f.marit, 2);
        FN_VERIFY_OK(ingrids.sync().status);
        FN_VERIFY_OK(marits.sync().status);
        Store& i = ingrids.store();
        Store& m = marits.store();
        FN_REQUIRE(const Id item, putUpForReview(i, actorOf(i), f.sara, "Sara vil slutte etter to uker. Hva gjør vi?"));
        ReflectionEntry e;
        e.situation = "Arbeidsgiveren ville bare ha møter på kontoret";
        e.step = 4;
        FN_REQUIRE(const Id entry, writeReflection(i, actorOf(i), e));
        FN_REQUIRE(const Id entryItem,
            bringReflectionToReview(i, actorOf(i), entry, "Hvordan kommer vi inn på arbeidsplassen?"));
        const auto pushed = ingrids.sync();
        FN_VERIFY_OK(pushed.status);
        QCOMPARE(pushed.report.rejected, 0);

        FN_VERIFY_OK(marits.sync().status);
        FN_REQUIRE(const auto queue, reviewQueue(m));
        QCOMPARE(queue.size(), std::size_t(2));
        const auto find = [&](const Id& id) {
            return *std::find_if(queue.begin(), queue.end(), [&](const ReviewItem& r) { return r.review.id == id; });
        };
        QCOMPARE(find(item).review.question, std::string("Sara vil slutte etter to uker. Hva gjør vi?"));
        QCOMPARE(find(item).participantName, std::string("Sara Testesen"));
        QCOMPARE(find(item).askedByName, std::string("Ingrid Lunde"));
        QCOMPARE(find(entryItem).review.question, std::string("Hvordan kommer vi inn på arbeidsplassen?"));
        QCOMPARE(find(entryItem).reflectionSituation, std::string("Arbeidsgiveren ville bare ha møter på kontoret"));
        // The question, not the notes: Ingrid's visit note about Sara stays off the lead's tablet.
        QVERIFY2(tablesHolding(m, "gruer seg").empty(), qPrintable(joined(tablesHolding(m, "gruer seg"))));
        FN_REQUIRE(const Visit visit, m.get<Visit>(f.visit));
        QCOMPARE(visit.note, std::string());
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), f.marit));
        FN_REQUIRE(const std::string actual, test::tabletDump(m));
        QCOMPARE(actual, expected);

        FN_VERIFY_OK(adviseOnReview(m, actorOf(m), item, "Prøv jobbsmak i en annen bransje", m.today()));
        FN_VERIFY_OK(adviseOnReview(m, actorOf(m), entryItem, "Avtal faste besøk de første ukene", m.today()));
        const auto advised = marits.sync();
        FN_VERIFY_OK(advised.status);
        QCOMPARE(advised.report.rejected, 0);
        FN_VERIFY_OK(ingrids.sync().status);
        FN_REQUIRE(const auto onSara, reviewsOf(i, f.sara));
        QCOMPARE(onSara.size(), std::size_t(1));
        QCOMPARE(onSara[0].review.advice, std::string("Prøv jobbsmak i en annen bransje"));
        QCOMPARE(onSara[0].advisedByName, std::string("Marit Økland"));
        FN_REQUIRE(const CaseReview onEntry, i.get<CaseReview>(entryItem));
        QCOMPARE(onEntry.advice, std::string("Avtal faste besøk de første ukene"));
        QCOMPARE(onEntry.advisedBy, OptId(f.marit));

        // The advice is the lead's: a specialist's tablet that writes it is refused, and says why.
        FN_REQUIRE(const Id again, putUpForReview(i, actorOf(i), f.sara, "Ny runde etter jobbsmaken"));
        FN_VERIFY_OK(ingrids.sync().status);
        FN_REQUIRE(CaseReview own, i.get<CaseReview>(again));
        own.advice = "Jeg bestemmer selv";
        own.advisedBy = f.ingrid;
        own.advisedOn = i.today();
        FN_VERIFY_OK(i.update(own));
        const auto refused = ingrids.sync();
        FN_VERIFY_OK(refused.status);
        QVERIFY(refused.report.rejected > 0);
        FN_REQUIRE(const CaseReview atOffice, office.store().get<CaseReview>(again));
        QCOMPARE(atOffice.advice, std::string());
        QCOMPARE(atOffice.advisedOn, OptDate());
        const std::string reason = textOf(i, "SELECT reason FROM rejected_changes WHERE tbl = 'case_reviews'");
        QVERIFY2(QString::fromStdString(reason).contains("recorded by the team lead"), reason.c_str());
    }

    // A hand-over to the lead widens her view on the next sync; a hand-over away narrows it, and her
    // draft about the person stays.
    void aHandOverToTheLeadWidensHerViewAndAwayNarrowsIt()
    {
        test::TestOffice office;
        const LeadFixture f = leadFixture(office);
        test::TestTablet marits(office, f.marit, 1);
        FN_VERIFY_OK(marits.sync().status);
        Store& t = marits.store();
        QVERIFY(tablesHolding(t, "gruer seg").empty());

        FN_VERIFY_OK(office.admin().assignSpecialist(f.sara, f.marit));
        FN_VERIFY_OK(marits.sync().status);
        FN_REQUIRE(const Visit visit, t.get<Visit>(f.visit));
        QCOMPARE(visit.note, std::string("Sara gruer seg til mandagene"));
        FN_REQUIRE(const Participant sara, t.get<Participant>(f.sara));
        QCOMPARE(sara.phone, std::string("90000000"));
        FN_REQUIRE(const Placement job, t.get<Placement>(f.placement));
        QCOMPARE(job.accommodations, std::string("Trenger pauser hver time"));

        const Id draft = "00000000-0000-4000-8000-00000000d1a2";
        FN_VERIFY_OK(t.saveDraft(draftFor(draft, f.sara, "visit", R"({"note":"Halvskrevet om Sara"})")));
        FN_VERIFY_OK(office.admin().assignSpecialist(f.sara, f.ingrid));
        const auto narrowed = marits.sync();
        FN_VERIFY_OK(narrowed.status);
        QCOMPARE(narrowed.report.handedOver, std::vector<std::string> { "Sara Testesen" });
        QCOMPARE(narrowed.report.draftsKept, 1);
        QVERIFY2(tablesHolding(t, "gruer seg").empty(), qPrintable(joined(tablesHolding(t, "gruer seg"))));
        QCOMPARE(draftsAbout(t, f.sara), std::int64_t { 1 });
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), f.marit));
        FN_REQUIRE(const std::string actual, test::tabletDump(t));
        QCOMPARE(actual, expected);
    }

    // The demo office's lead (issue 11: 9,735 of the demo's 9,835 records reached her tablet, every
    // note included): her tablet holds no note about anyone she does not follow herself, and far
    // fewer records than the office has.
    void theDemoLeadsTabletHoldsNoNoteAboutAColleaguesParticipant()
    {
        test::TestOffice office;
        FN_REQUIRE(const DemoSummary demo, office.admin().loadDemo({}));
        test::TestTablet lead(office, demo.staff.lead, 1);
        const auto synced = lead.sync();
        FN_VERIFY_OK(synced.status);
        Store& t = lead.store();
        const std::string others = "(SELECT id FROM participants WHERE specialist_id IS NOT '" + demo.staff.lead + "')";
        const std::int64_t notes = scalar(t,
            "SELECT count(*) FROM visits WHERE note <> '' AND author_id <> '" + demo.staff.lead
                + "' AND participant_id IN " + others);
        qInfo("demo: %d records at the office, %d received by the lead's tablet, %lld notes about colleagues' "
              "participants",
            demo.records, synced.report.received, static_cast<long long>(notes));
        QCOMPARE(notes, std::int64_t { 0 });
        QCOMPARE(scalar(t, "SELECT count(*) FROM natural_support_entries"), std::int64_t { 0 });
        QVERIFY(scalar(t, "SELECT count(*) FROM visits") > 0); // the figures' raw material
        QVERIFY(synced.report.received < demo.records / 2);
    }

    // ---- Erasure ------------------------------------------------------------------------------------

    // The office erases a participant while a tablet holds an unsent visit note and an unsent edit
    // about them: after the tablet's next sync nothing about the person is left on either side, not
    // even in the lists of refused changes.
    void anErasureReachesATabletHoldingUnsentWork()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        Id pid;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(pid, office.store().create(sara(ingrid)));
            return {};
        }));
        FN_VERIFY_OK(tablet.sync().status);
        test::TestTablet idle(office, ingrid, 2); // holds the person too, with nothing waiting
        FN_VERIFY_OK(idle.sync().status);
        QCOMPARE(scalar(idle.store(), "SELECT count(*) FROM participants"), std::int64_t { 1 });
        const std::string note = "Kanarifugl-notat 7731";
        const std::string contact = "Kanarifugl-kontakt 7732";
        FN_VERIFY_OK(tablet.store().append(visitFor(pid, ingrid, note)));
        FN_REQUIRE(Participant p, tablet.store().get<Participant>(pid));
        p.otherContact = contact;
        FN_VERIFY_OK(tablet.store().update(p));
        FN_VERIFY_OK(tablet.store().saveDraft(draftFor(test::deviceUuid(702), pid, "visit", R"({"note":"Utkast"})")));

        FN_VERIFY_OK(office.admin().erase(pid));
        for (int i = 0; i < 2; ++i)
            FN_VERIFY_OK(tablet.sync().status);
        const auto purged = idle.sync();
        FN_VERIFY_OK(purged.status);
        QCOMPARE(purged.report.purged, 1);
        QCOMPARE(purged.report.evicted, 0);
        QCOMPARE(scalar(idle.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });
        QCOMPARE(
            scalar(idle.store(), "SELECT count(*) FROM held_scopes WHERE scope = 'p:" + pid + "'"), std::int64_t { 0 });

        Store& t = tablet.store();
        QCOMPARE(scalar(t, "SELECT count(*) FROM rejected_changes"), std::int64_t { 0 }); // fieldnotes-cli refused
        QCOMPARE(scalar(t, "SELECT count(*) FROM outbox"), std::int64_t { 0 });
        QCOMPARE(draftsAbout(t, pid), std::int64_t { 0 });
        QCOMPARE(scalar(t, "SELECT count(*) FROM participants"), std::int64_t { 0 });
        QCOMPARE(scalar(t, "SELECT count(*) FROM visits"), std::int64_t { 0 });
        // The office keeps the person's id, in its erasure marker and audit log; nothing else.
        for (Store* s : { &t, &office.store() }) {
            for (const std::string& canary : { note, contact, s == &t ? pid : note }) {
                const auto where = tablesHolding(*s, canary);
                QVERIFY2(where.empty(),
                    qPrintable(
                        QString::fromStdString((s == &t ? "tablet: " : "office: ") + canary + " in ") + joined(where)));
            }
        }
    }

    // A person the tablet no longer holds (handed to a colleague) still has a draft and a refused
    // change on it; the office's erasure reaches those too.
    void anErasureReachesDraftsAndRefusedChangesOfAPersonNoLongerHeld()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        const Id tarek = office.addStaff("Tarek Haddad", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        Id pid;
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(pid, office.store().create(sara(ingrid)));
            return {};
        }));
        FN_VERIFY_OK(tablet.sync().status);
        const std::string contact = "Kanarifugl-kontakt 7741";
        FN_REQUIRE(Participant p, tablet.store().get<Participant>(pid));
        p.otherContact = contact;
        FN_VERIFY_OK(tablet.store().update(p));
        FN_VERIFY_OK(tablet.store().saveDraft(draftFor(test::deviceUuid(703), pid, "visit", R"({"note":"Utkast"})")));
        FN_VERIFY_OK(office.admin().assignSpecialist(pid, tarek));
        const auto handedOver = tablet.sync();
        FN_VERIFY_OK(handedOver.status);
        QCOMPARE(handedOver.report.rejected, 1);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM participants"), std::int64_t { 0 });

        FN_VERIFY_OK(office.admin().erase(pid));
        FN_VERIFY_OK(tablet.sync().status);
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM rejected_changes"), std::int64_t { 0 });
        QCOMPARE(draftsAbout(tablet.store(), pid), std::int64_t { 0 });
        const auto where = tablesHolding(tablet.store(), contact);
        QVERIFY2(where.empty(), qPrintable(joined(where)));
    }

    // ---- A restored or copied tablet store ------------------------------------------------------------

    // A tablet's case file is restored from a backup taken before its last syncs: what it typed
    // after the restore reaches the office (its sequence numbers were used before, by the lost
    // tablet), what it had waiting at the backup and the office already has is not taken twice, and
    // what the lost tablet sent comes back.
    void aRestoredTabletStoreLosesNoWrites()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        FN_REQUIRE(const Id pid, tablet.store().create(sara(ingrid)));
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(Participant p, tablet.store().get<Participant>(pid));
        p.phone = "90000001";
        FN_VERIFY_OK(tablet.store().update(p)); // waiting when the backup is taken

        CopiedStore backup(tablet.temp(), 9001);
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const Id lost, tablet.store().append(visitFor(pid, ingrid, "Skrevet før tapet")));
        FN_VERIFY_OK(tablet.sync().status);
        // Someone who had seen the phone number changes it again.
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(Participant q, office.store().get<Participant>(pid));
            q.phone = "90000002";
            return office.store().update(q);
        }));

        // The tablet is lost; the backup is restored and used.
        office.temp().clock().advance(std::chrono::hours(2));
        FN_VERIFY_OK(backup.open());
        backup.clock().set(office.temp().clock().now());
        FN_REQUIRE(const Id typed, backup.store().append(visitFor(pid, ingrid, "Skrevet etter gjenopprettingen")));
        const auto restored = backup.sync(office.office());
        FN_VERIFY_OK(restored.status);
        QVERIFY(restored.completed);
        // The person is told what happened.
        QCOMPARE(restored.report.notices, std::vector<SyncNotice> { SyncNotice::StoreRestored });
        FN_REQUIRE(const auto summary, backup.store().state("last_sync_report"));
        QVERIFY(summary && std::get<std::string>(*summary).find("store-restored") != std::string::npos);
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM audit_log WHERE event IN ('store-behind', 'store-copy')"),
            std::int64_t { 1 });

        FN_REQUIRE(auto atOffice, office.store().find<Visit>(typed));
        QVERIFY2(atOffice.has_value(), "a visit typed after the restore did not reach the office");
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits"), std::int64_t { 2 });
        FN_REQUIRE(const Participant there, office.store().get<Participant>(pid));
        QCOMPARE(there.phone, std::string("90000002"));
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM conflicts"), std::int64_t { 0 });
        QCOMPARE(scalar(backup.store(), "SELECT count(*) FROM outbox"), std::int64_t { 0 });
        FN_REQUIRE(auto back, backup.store().find<Visit>(lost));
        QVERIFY(back.has_value());
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(backup.store()));
        QCOMPARE(actual, expected);
    }

    // A live tablet's case file is copied to a second tablet, and both are used: everything typed on
    // either reaches the office once, and both end with the same state.
    void aCopiedLiveTabletLosesNoWritesOnEitherCopy()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        FN_REQUIRE(const Id pid, tablet.store().create(sara(ingrid)));
        FN_VERIFY_OK(tablet.sync().status);
        CopiedStore copy(tablet.temp(), 9002);
        FN_VERIFY_OK(copy.open());
        FN_REQUIRE(const Id here, tablet.store().append(visitFor(pid, ingrid, "Skrevet på originalen")));
        FN_REQUIRE(const Id there, copy.store().append(visitFor(pid, ingrid, "Skrevet på kopien")));
        const auto first = tablet.sync();
        FN_VERIFY_OK(first.status);
        QVERIFY(first.report.notices.empty()); // nothing tells the first to sync that a copy exists yet
        const auto second = copy.sync(office.office());
        FN_VERIFY_OK(second.status);
        QCOMPARE(second.report.notices, std::vector<SyncNotice> { SyncNotice::StoreRestored });
        // Both copies go on: each sync of either finds the other's numbers ahead of its own.
        FN_REQUIRE(const Id later, tablet.store().append(visitFor(pid, ingrid, "Skrevet på originalen igjen")));
        const auto third = tablet.sync();
        FN_VERIFY_OK(third.status);
        FN_VERIFY_OK(copy.sync(office.office()).status);
        FN_REQUIRE(auto laterAtOffice, office.store().find<Visit>(later));
        QVERIFY(laterAtOffice.has_value());
        for (const Id& v : { here, there }) {
            FN_REQUIRE(auto atOffice, office.store().find<Visit>(v));
            QVERIFY(atOffice.has_value());
        }
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM visits"), std::int64_t { 3 });
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        for (Store* s : { &tablet.store(), &copy.store() }) {
            QCOMPARE(scalar(*s, "SELECT count(*) FROM outbox"), std::int64_t { 0 });
            FN_REQUIRE(const std::string actual, test::tabletDump(*s));
            QCOMPARE(actual, expected);
        }
    }

    // ---- Clocks -------------------------------------------------------------------------------------

    void aChangeStampedFarAheadOfTheOfficeIsRefused_data()
    {
        QTest::addColumn<quint64>("hlc");
        const auto now = static_cast<quint64>(
            HybridClock::fromMs(test::fixedStart().time_since_epoch() / std::chrono::milliseconds(1)));
        QTest::newRow("a day ahead") << quint64 { now + HybridClock::fromMs(24 * 3600 * 1000) };
        QTest::newRow("at the top of the clock") << quint64 { ~std::uint64_t { 0 } };
        QTest::newRow("past the signed range") << quint64 { (std::uint64_t { 1 } << 63) + 5 };
    }

    // A change stamped far ahead of the office's clock would win every crossed edit for as long as
    // it is ahead: the office refuses it, and its own clock does not follow.
    void aChangeStampedFarAheadOfTheOfficeIsRefused()
    {
        QFETCH(quint64, hlc);
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        FN_REQUIRE(const Id pid, tablet.store().create(sara(ingrid)));
        FN_VERIFY_OK(tablet.sync().status);
        FN_REQUIRE(const auto before, office.office().ledger().rowState("participants", pid));
        QVERIFY(before.has_value());

        wire::ClientMessage push;
        Change c;
        c.seq = 1000;
        c.op = ChangeOp::Set;
        c.table = "participants";
        c.rowId = pid;
        c.column = "phone";
        c.value = std::string("99999999");
        c.version = { hlc, tablet.store().deviceId() };
        c.base = before->created;
        toWire(c, *push.mutable_push()->add_changes());
        OfficeSession session(office.office(), tablet.certificate());
        QVERIFY(session.handle(hello(tablet.store().deviceId())).messages.at(0).has_welcome());
        const auto reply = session.handle(push);
        QCOMPARE(reply.messages.size(), std::size_t { 1 });
        QVERIFY(reply.messages[0].has_pushed());
        const auto& result = reply.messages[0].pushed();
        QCOMPARE(result.outcomes_size(), 1);
        QCOMPARE(result.outcomes(0).kind(), wire::Outcome::REJECTED);
        QVERIFY2(
            QString::fromStdString(result.outcomes(0).reason()).contains("clock"), result.outcomes(0).reason().c_str());
        FN_REQUIRE(const Participant after, office.store().get<Participant>(pid));
        QCOMPARE(after.phone, std::string("90000000"));

        // The office's own next edit is stamped by its own clock, not after the refused one.
        FN_VERIFY_OK(office.office().write([&]() -> Status {
            FN_TRY_ASSIGN(Participant q, office.store().get<Participant>(pid));
            q.email = "sara@example.invalid";
            return office.store().update(q);
        }));
        FN_REQUIRE(const auto edited, office.office().ledger().rowState("participants", pid));
        Version email;
        for (const auto& [col, v] : edited->fieldVersions)
            if (col == "email")
                email = v;
        QVERIFY(email > before->created);
        QVERIFY(HybridClock::toMs(email.hlc) <= office.store().clock().nowMs() + 1000);
    }

    // A tablet whose clock runs hours ahead is told so, and what to do, before it sends anything;
    // once its clock is right, what it saved meanwhile is sent, stamped by the corrected clock.
    void aTabletWhoseClockIsAheadIsToldWhatToDoAndLosesNothing()
    {
        test::TestOffice office;
        const Id ingrid = office.addStaff("Ingrid Lunde", StaffRole::Specialist);
        test::TestTablet tablet(office, ingrid, 1);
        FN_REQUIRE(const Id pid, tablet.store().create(sara(ingrid)));
        FN_VERIFY_OK(tablet.sync().status);
        tablet.temp().clock().advance(std::chrono::hours(3));
        FN_REQUIRE(Participant p, tablet.store().get<Participant>(pid));
        p.phone = "90000004";
        FN_VERIFY_OK(tablet.store().update(p));
        p.phone = "90000005"; // an edit based on the one before, both stamped ahead
        FN_VERIFY_OK(tablet.store().update(p));
        FN_REQUIRE(const Id vid, tablet.store().append(visitFor(pid, ingrid, "Skrevet med feil klokke")));
        FN_REQUIRE(const Id gid, tablet.store().create(Goal { {}, pid, {}, "Ta bussen", GoalStatus::Open, {} }));
        FN_REQUIRE(Goal g, tablet.store().get<Goal>(gid));
        g.text = "Ta bussen alene";
        FN_VERIFY_OK(tablet.store().update(g));
        FN_VERIFY_OK(tablet.store().remove("goals", gid)); // it saw the edit above

        const auto wrong = tablet.sync();
        QVERIFY2(!wrong.status, "a tablet three hours ahead synced as if nothing were wrong");
        QCOMPARE(wrong.status.error().code, ErrorCode::ClockWrong);
        QVERIFY2(wrong.status.error().message.find("3 hours ahead") != std::string::npos,
            wrong.status.error().message.c_str());
        QCOMPARE(scalar(tablet.store(), "SELECT count(*) FROM outbox"), std::int64_t { 6 });
        FN_REQUIRE(const Participant untouched, office.store().get<Participant>(pid));
        QCOMPARE(untouched.phone, std::string("90000000"));

        tablet.temp().clock().advance(-std::chrono::hours(3));
        const auto right = tablet.sync();
        FN_VERIFY_OK(right.status);
        QCOMPARE(right.report.rejected, 0);
        QCOMPARE(right.report.restamped, 6);
        // Each change that was based on another made while the clock ran ahead still is: no
        // conflict with itself.
        QCOMPARE(scalar(office.store(), "SELECT count(*) FROM conflicts"), std::int64_t { 0 });
        FN_REQUIRE(const auto goal, office.office().ledger().rowState("goals", gid));
        QVERIFY(goal && goal->deleted);
        FN_REQUIRE(const Participant sent, office.store().get<Participant>(pid));
        QCOMPARE(sent.phone, std::string("90000005"));
        FN_REQUIRE(auto visit, office.store().find<Visit>(vid));
        QVERIFY(visit.has_value());
        FN_REQUIRE(const auto row, office.office().ledger().rowState("participants", pid));
        for (const auto& [col, v] : row->fieldVersions)
            QVERIFY2(HybridClock::toMs(v.hlc) <= office.store().clock().nowMs() + 60 * 1000, col.c_str());
        FN_REQUIRE(const std::string expected, test::officeViewFor(office.office(), ingrid));
        FN_REQUIRE(const std::string actual, test::tabletDump(tablet.store()));
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestOffice)
#include "tst_office.moc"
