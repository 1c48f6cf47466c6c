// A month after a job starts, on the specialist's tablet, step by step: the job is registered and
// its follow-up proposed, the mentor logs natural support, the specialist follows the schedule
// (and misses one week), the participant withdraws a consent half-way, the job is followed into
// the tapering plan and a discharge. At each step: the attention list, the figures, what each
// recipient may see and what the exports hold. (What each device holds after a sync is proved in
// the sync tests with the office's projection, which reads the same consents.)
#include "attention.h"
#include "consent.h"
#include "exports.h"
#include "figures.h"
#include "fileio.h"
#include "mentoring.h"
#include "reports.h"
#include "schedule.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Date d(const char* text)
{
    return *parseDate(text);
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

constexpr std::string_view exportPass = "eksportpassord for testen";

struct Scenario {
    test::TempStore store;
    Id specialist, lead, sara, bakery, mentor, job, assignment, supportToEmployer, supportToMentor;

    void setToday(const char* day) { store.clock().set(std::chrono::sys_days(d(day)) + std::chrono::hours(9)); }

    std::vector<Attention> items(AttentionKind kind, const char* day)
    {
        std::vector<Attention> out;
        auto all = attention(*store, d(day));
        if (!all)
            qFatal("attention: %s", all.error().message.c_str());
        for (const auto& a : *all)
            if (a.kind == kind)
                out.push_back(a);
        return out;
    }

    Status contact(ContactType type, const char* day, std::optional<int> minutes, bool field)
    {
        Visit v;
        v.participantId = sara;
        v.employerId = bakery;
        v.authorId = specialist;
        v.contactType = type;
        v.occurredOn = d(day);
        v.durationMin = minutes;
        v.fieldTime = field;
        v.note = "Oppfølging på arbeidsplassen.";
        return store->append(v).map([](const Id&) {});
    }

    Status support(const char* day, SupportKind kind, int minutes, bool flag = false)
    {
        NaturalSupportEntry e;
        e.participantId = sara;
        e.mentorId = mentor;
        e.authorId = "mentor-user";
        e.occurredOn = d(day);
        e.kind = kind;
        e.minutes = minutes;
        e.situation = "Opplæring i pakking.";
        e.needsSpecialist = flag;
        return store->append(e).map([](const Id&) {});
    }

    std::set<DisclosureItem> sharedWithMentor(const char* day)
    {
        auto items = sharedItems(*store, sara, RecipientKind::Mentor, mentor, d(day));
        return items ? *items : std::set<DisclosureItem> {};
    }

    std::string openedText(const std::filesystem::path& file)
    {
        auto bytes = readFile(file, 1 << 24);
        auto bundle = bytes ? openExport(*bytes, exportPass) : Result<ExportBundle>(fail(bytes.error()));
        if (!bundle)
            qFatal("open export: %s", bundle.error().message.c_str());
        std::string all;
        for (const auto& e : bundle->entries)
            all += e.content;
        return all;
    }
};

} // namespace

class TestFollowUpScenario : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aMonthAfterAJobStarts()
    {
        Scenario s;
        QTemporaryDir exports;
        const std::filesystem::path dir = exports.path().toStdString();
        const PassphraseSeal seal { exportPass, KdfCost::minimum() };

        // ---- Monday 2 March: the job is registered, two weeks before it starts ----
        FN_REQUIRE(s.specialist, s.store->create(Staff { {}, "Anna Testesen", StaffRole::Specialist }));
        FN_REQUIRE(s.lead, s.store->create(Staff { {}, "Lise Leder", StaffRole::Lead }));
        FN_VERIFY_OK(s.store->setStaffId(s.specialist));
        FN_VERIFY_OK(s.store->create(WorkingHours { {}, s.specialist, std::nullopt, 2250 }));
        Participant p;
        p.displayName = "Sara Testesen";
        p.referralOn = d("2026-01-05");
        p.measureEndOn = d("2026-07-05");
        p.status = ParticipantStatus::JobSearch;
        p.specialistId = s.specialist;
        FN_REQUIRE(s.sara, s.store->create(p));
        Profile profile;
        profile.id = s.sara;
        profile.participantId = s.sara;
        profile.supportNeeds = "Faste rutiner og rolig start på dagen";
        profile.canToday = "Pakke brød";
        FN_VERIFY_OK(s.store->create(profile));
        Employer e;
        e.name = "Testbakeriet";
        e.ownerId = s.specialist;
        FN_REQUIRE(s.bakery, s.store->create(e));
        Mentor m { {}, s.bakery, std::string("mentor-user"), "Ola Fadder", "", "", "" };
        FN_REQUIRE(s.mentor, s.store->create(m));
        FN_VERIFY_OK(s.store->create(MentorTraining { {}, s.mentor, s.bakery, d("2026-02-20"), "Mentorkurs", 6 }));

        auto grant = [&](DisclosureItem item, RecipientKind kind, const Id& to, const char* name) {
            Consent c;
            c.participantId = s.sara;
            c.item = item;
            c.recipientKind = kind;
            c.recipientId = to;
            c.recipientName = name;
            c.purpose = "Oppfølging i jobben";
            c.grantedOn = d("2026-03-02");
            return s.store->create(c);
        };
        FN_VERIFY_OK(s.store->create(
            Consent { {}, s.sara, ConsentKind::Participation, {}, {}, {}, "", "", d("2026-01-05"), {}, "", "" }));
        FN_REQUIRE(s.supportToEmployer,
            grant(DisclosureItem::SupportNeeds, RecipientKind::Employer, s.bakery, "Testbakeriet"));
        FN_VERIFY_OK(grant(DisclosureItem::FollowUpPlan, RecipientKind::Employer, s.bakery, "Testbakeriet"));
        FN_REQUIRE(
            s.supportToMentor, grant(DisclosureItem::SupportNeeds, RecipientKind::Mentor, s.mentor, "Ola Fadder"));
        FN_VERIFY_OK(grant(DisclosureItem::LearningGoals, RecipientKind::Mentor, s.mentor, "Ola Fadder"));

        Placement job;
        job.participantId = s.sara;
        job.employerId = s.bakery;
        job.kind = PlacementKind::PaidJob;
        job.contract = ContractType::Temporary;
        job.title = "Bakeriassistent";
        job.startOn = d("2026-03-16");
        job.accommodations = "Starter kl. 9 i stedet for kl. 6";
        FN_REQUIRE(s.job, s.store->create(job));
        FN_VERIFY_OK(s.store->create(PositionChange { {}, s.sara, s.job, d("2026-03-16"), 50 }));
        s.setToday("2026-03-02");
        FN_REQUIRE(const auto proposed, proposeFollowUp(*s.store, s.job, s.store->today()));
        QCOMPARE(int(proposed.size()), followUpSlotCount);
        QVERIFY(s.items(AttentionKind::FollowUpMeetingDue, "2026-03-02").empty());
        const auto dueSoon = s.items(AttentionKind::FollowUpMeetingDue, "2026-03-07"); // proposed Monday the 9th
        QCOMPARE(dueSoon.size(), std::size_t { 1 });
        QCOMPARE(dueSoon[0].subjectId, proposed[0]);

        // The employer learns how follow-up will happen and what helps; it is recorded.
        FN_VERIFY_OK(exportEmployerBrief(*s.store, s.sara, s.bakery, dir / "brief-0302.fnx", seal));
        const std::string firstBrief = s.openedText(dir / "brief-0302.fnx");
        QVERIFY(has(firstBrief, "Starter kl. 9 i stedet for kl. 6"));
        QVERIFY(has(firstBrief, "Faste rutiner og rolig start"));
        QVERIFY(has(firstBrief, "Planlagte oppfølgingsmøter"));

        // ---- Wednesday 11 March: the three-way meeting before the start ----
        FN_VERIFY_OK(s.contact(ContactType::ThreeWayMeeting, "2026-03-11", 60, true));
        QVERIFY(s.items(AttentionKind::FollowUpMeetingDue, "2026-03-12").empty());

        // ---- The first month at work ----
        MentorAssignment a { {}, s.sara, s.mentor, s.job, d("2026-03-16"), {}, "Opplæring i oppgavene; pauser", 14,
            {} };
        FN_REQUIRE(s.assignment, s.store->create(a));
        FN_VERIFY_OK(
            s.store->create(LearningGoal { {}, s.sara, s.assignment, "Pakke brød på egen hånd", GoalStatus::Open }));
        FN_VERIFY_OK(recordHandover(*s.store, s.assignment, d("2026-03-16")));
        FN_VERIFY_OK(s.store->update([&] {
            Participant inWork = *s.store->get<Participant>(s.sara);
            inWork.status = ParticipantStatus::InWork;
            return inWork;
        }()));
        FN_VERIFY_OK(s.contact(ContactType::WorkplaceFollowUp, "2026-03-16", 60, true)); // the first day
        FN_VERIFY_OK(s.contact(ContactType::NewEmployerVisit, "2026-03-19", 90, true));
        for (const char* day : { "2026-03-16", "2026-03-17", "2026-03-19", "2026-03-23", "2026-03-25" })
            FN_VERIFY_OK(s.support(day, SupportKind::TaskTraining, 20));
        FN_VERIFY_OK(s.contact(ContactType::WorkplaceFollowUp, "2026-03-24", 45, true)); // week 2
        FN_VERIFY_OK(s.support("2026-03-26", SupportKind::Feedback, 15, true)); // needs the specialist

        auto flagged = s.items(AttentionKind::NeedsSpecialist, "2026-03-27");
        QCOMPARE(flagged.size(), std::size_t { 1 });
        FN_REQUIRE(auto track, followUpStatus(*s.store, s.job, d("2026-03-27")));
        QCOMPARE(track.slotStatus[0].state, SlotState::Kept);
        QCOMPARE(track.slotStatus[1].state, SlotState::Kept);
        QCOMPARE(track.slotStatus[2].state, SlotState::Kept);
        QCOMPARE(track.slotStatus[3].state, SlotState::Upcoming);

        // The structured talk, on its day two weeks in.
        FN_VERIFY_OK(s.support("2026-03-30", SupportKind::StructuredTalk, 60));
        QVERIFY(s.items(AttentionKind::MentorTalkDue, "2026-03-30").empty());

        // ---- Wednesday 1 April: a phone call, and Sara withdraws "support needs" from both ----
        FN_VERIFY_OK(s.contact(ContactType::Phone, "2026-04-01", 10, false));
        QVERIFY(s.items(AttentionKind::NeedsSpecialist, "2026-04-02").empty()); // a contact since the flag
        QCOMPARE(s.sharedWithMentor("2026-03-31"),
            std::set<DisclosureItem>({ DisclosureItem::SupportNeeds, DisclosureItem::LearningGoals }));
        for (const Id& consent : { s.supportToEmployer, s.supportToMentor }) {
            FN_REQUIRE(Consent c, s.store->get<Consent>(consent));
            c.revokedOn = d("2026-04-01");
            FN_VERIFY_OK(s.store->update(c));
        }
        QCOMPARE(s.sharedWithMentor("2026-04-01"), std::set<DisclosureItem>({ DisclosureItem::LearningGoals }));
        FN_REQUIRE(
            const auto mentorSees, recipientView(*s.store, s.sara, RecipientKind::Mentor, s.mentor, d("2026-04-01")));
        for (const auto& v : mentorSees)
            QVERIFY2(v.item == DisclosureItem::LearningGoals, v.column.c_str());
        QVERIFY(
            std::any_of(mentorSees.begin(), mentorSees.end(), [](const auto& v) { return v.value == "Pakke brød"; }));

        s.setToday("2026-04-01");
        FN_VERIFY_OK(exportEmployerBrief(*s.store, s.sara, s.bakery, dir / "brief-0401.fnx", seal));
        const std::string secondBrief = s.openedText(dir / "brief-0401.fnx");
        QVERIFY(!has(secondBrief, "Starter kl. 9"));
        QVERIFY(!has(secondBrief, "Faste rutiner"));
        QVERIFY(has(secondBrief, "Planlagte oppfølgingsmøter"));
        FN_REQUIRE(const auto disclosures,
            core::StoreInternals::select<Disclosure>(*s.store, "participant_id = ?", { s.sara }, "occurred_on"));
        QCOMPARE(disclosures.size(), std::size_t { 2 });
        QCOMPARE(disclosures[0].items,
            std::set<DisclosureItem>({ DisclosureItem::SupportNeeds, DisclosureItem::FollowUpPlan }));
        QCOMPARE(disclosures[1].items, std::set<DisclosureItem>({ DisclosureItem::FollowUpPlan }));

        FN_REQUIRE(const Document shared, sharedAboutMe(*s.store, s.sara, d("2026-04-02")));
        const std::string sharedText = documentToText(shared);
        QVERIFY(has(sharedText, "| 02.03.2026 | 01.04.2026 | Trukket tilbake"));
        QVERIFY(has(
            sharedText, "01.04.2026 | Arbeidsgiver: Testbakeriet | Oppfølgingsplan: møter og nedtrapping | Dokument"));

        // ---- Week 3 goes by with only the phone call: the meeting is missed ----
        const auto missed = s.items(AttentionKind::FollowUpMeetingMissed, "2026-04-06");
        QCOMPARE(missed.size(), std::size_t { 1 });
        QCOMPARE(missed[0].subjectId, proposed[3]);
        QCOMPARE(missed[0].daysLeft, -1);
        FN_VERIFY_OK(s.contact(ContactType::WorkplaceFollowUp, "2026-04-08", 50, true)); // week 4
        QCOMPARE(s.items(AttentionKind::MentorTalkDue, "2026-04-11").size(), std::size_t { 1 }); // due the 13th

        // ---- Wednesday 15 April, a month in: the figures (hand-computed) ----
        // Contracted: 23 weekdays from 16 March to 15 April x 450 min = 10350. Field: 60 + 90 + 45 + 50.
        // Cadence in the period: after the start, week 2 and week 4 kept, week 3 missed.
        const Period month { d("2026-03-16"), d("2026-04-15") };
        FN_REQUIRE(const Figures own, ownFigures(*s.store, month));
        QCOMPARE(own.caseloadTotal, 1);
        QCOMPARE(own.contractedMinutes, 10350.0);
        QCOMPARE(own.fieldMinutes, 245);
        QCOMPARE(own.employerFieldMinutes, 245);
        QVERIFY(qFuzzyCompare(*own.outOfOfficeShare, 245.0 / 10350.0));
        QCOMPARE(own.newEmployerContacts, 1);
        QCOMPARE(own.followUp.due, 4);
        QCOMPARE(own.followUp.kept, 3);
        QCOMPARE(own.placementsStarted.at(PlacementKind::PaidJob), 1);
        QCOMPARE(own.peopleInWork, 1);
        QVERIFY(!teamFigures(*s.store, month)); // a specialist does not get the team's

        FN_VERIFY_OK(s.store->setStaffId(s.lead));
        FN_VERIFY_OK(s.store->setRole(StaffRole::Lead));
        FN_REQUIRE(const Figures team, teamFigures(*s.store, month));
        QCOMPARE(team.specialists, 1);
        QCOMPARE(team.followUp.kept, 3);
        FN_VERIFY_OK(s.store->setStaffId(s.specialist));
        FN_VERIFY_OK(s.store->setRole(StaffRole::Specialist));

        // ---- The first month is over: the tapering plan, agreed by both ----
        QVERIFY(s.items(AttentionKind::TaperingNotAgreed, "2026-04-15").empty());
        QCOMPARE(s.items(AttentionKind::TaperingNotAgreed, "2026-04-16").size(), std::size_t { 1 });
        FN_VERIFY_OK(setTaperingPlan(*s.store, s.sara,
            { { {}, {}, s.job, d("2026-04-16"), 14, "Hver fjortende dag", "Daglig opplæring", "" },
                { {}, {}, s.job, d("2026-06-01"), 30, "Månedlig", "Samtale annenhver uke", "Lunsj sammen" } }));
        FN_VERIFY_OK(agreeTaperingPlan(*s.store, s.sara, AgreeingParty::Participant, d("2026-04-16")));
        QCOMPARE(s.items(AttentionKind::TaperingNotAgreed, "2026-04-17").size(), std::size_t { 1 });
        FN_VERIFY_OK(agreeTaperingPlan(*s.store, s.sara, AgreeingParty::Employer, d("2026-04-17")));
        QVERIFY(s.items(AttentionKind::TaperingNotAgreed, "2026-04-17").empty());

        // ---- The measure's end comes closer; an extension must be asked for by 5 June ----
        QVERIFY(s.items(AttentionKind::ExtensionDeadline, "2026-05-21").empty());
        QCOMPARE(s.items(AttentionKind::ExtensionDeadline, "2026-05-22").size(), std::size_t { 1 });

        // ---- Discharged into work on 1 May: the specialist's schedule stops, the mentor goes on ----
        FN_REQUIRE(Participant done, s.store->get<Participant>(s.sara));
        done.status = ParticipantStatus::Discharged;
        done.dischargeReason = DischargeReason::Work;
        done.dischargedOn = d("2026-05-01");
        FN_VERIFY_OK(s.store->update(done));
        FN_REQUIRE(track, followUpStatus(*s.store, s.job, d("2026-05-20")));
        QCOMPARE(track.slotStatus[5].state, SlotState::Dropped); // month 2 runs to 15 May
        QVERIFY(s.items(AttentionKind::FollowUpMeetingDue, "2026-05-20").empty());
        QVERIFY(s.items(AttentionKind::ExtensionDeadline, "2026-05-22").empty());
        QCOMPARE(s.items(AttentionKind::MentorTalkDue, "2026-05-20").size(), std::size_t { 1 });

        // ---- What she gets when she asks for everything held about her ----
        s.setToday("2026-05-20");
        FN_REQUIRE(const ExportBundle access, rightOfAccessExport(*s.store, s.sara, s.store->today()));
        FN_VERIFY_OK(writeExport(dir / "innsyn.fnx", access, seal));
        const std::string everything = s.openedText(dir / "innsyn.fnx");
        for (const char* expected : { "Faste rutiner og rolig start", "Oppfølging på arbeidsplassen.",
                 "Opplæring i pakking.", "Trukket tilbake", "Samtale annenhver uke", "Pakke brød på egen hånd" })
            QVERIFY2(has(everything, expected), expected);
        FN_REQUIRE(const Document report, individualReport(*s.store, s.sara, d("2026-05-20")));
        const std::string reportText = documentToText(report);
        QVERIFY(has(reportText, "Årsak: Arbeid"));
        QVERIFY(has(reportText, "Ansettelse: Midlertidig ansettelse"));
        QVERIFY(has(reportText, "Stillingsprosent: 50 %"));
        QVERIFY(has(reportText, "Nedtrappingsplan: Avtalt med begge"));
        QVERIFY(has(reportText, "Første lønnede jobb | 16.03.2026 | 70"));
    }
};

QTEST_GUILESS_MAIN(TestFollowUpScenario)
#include "tst_followup_scenario.moc"
