// The timeline merges a participant's contacts and natural-support entries, newest first, and
// never carries a sensitive column.
#include "testsupport.h"
#include "timeline.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

const Date today = *parseDate("2026-03-20");

struct Fixture {
    test::TempStore store;
    Id author;
    Id participant;
    Id employer;
    Id mentor;

    Fixture()
    {
        author = *store->create(Staff { {}, "Ingrid Testdal", StaffRole::Specialist });
        Participant p;
        p.displayName = "Sara Testesen";
        participant = *store->create(p);
        Employer e;
        e.name = "Prøvebakeriet AS";
        employer = *store->create(e);
        Mentor m;
        m.employerId = employer;
        m.name = "Mona Fadder";
        mentor = *store->create(m);
    }

    Id visit(int offset, std::string note, std::string time = "10:00", bool atEmployer = false)
    {
        Visit v;
        v.participantId = participant;
        v.authorId = author;
        v.contactType = atEmployer ? ContactType::WorkplaceFollowUp : ContactType::Phone;
        v.occurredOn = addDays(today, offset);
        v.startTime = time;
        v.durationMin = 15;
        v.note = std::move(note);
        v.obsPerson = "SENSITIVE-OBSERVATION";
        if (atEmployer)
            v.employerId = employer;
        return *store->append(v);
    }

    Id support(int offset, std::string situation)
    {
        NaturalSupportEntry e;
        e.participantId = participant;
        e.mentorId = mentor;
        e.authorId = "mentor-user-without-staff-row";
        e.occurredOn = addDays(today, offset);
        e.minutes = 20;
        e.situation = std::move(situation);
        e.needsSpecialist = true;
        return *store->append(e);
    }
};

} // namespace

class TestTimeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void mergesContactsAndNaturalSupportNewestFirst()
    {
        Fixture f;
        f.visit(-10, "eldste");
        f.support(-5, "opplæring i kassen");
        f.visit(-1, "morgen", "08:00");
        f.visit(-1, "ettermiddag", "14:30");
        FN_REQUIRE(const auto entries, participantTimeline(*f.store, f.participant));
        QCOMPARE(entries.size(), std::size_t { 4 });
        QCOMPARE(entries[0].summary, std::string("ettermiddag"));
        QCOMPARE(entries[1].summary, std::string("morgen"));
        QCOMPARE(entries[2].summary, std::string("opplæring i kassen"));
        QCOMPARE(entries[3].summary, std::string("eldste"));
        QCOMPARE(entries[2].table, std::string("natural_support_entries"));
        QVERIFY(entries[2].needsSpecialist);
        QCOMPARE(entries[2].authorName, std::string("Mona Fadder")); // the mentor record, without a staff row
        QCOMPARE(entries[2].employerName, std::string("Prøvebakeriet AS"));
        QCOMPARE(entries[0].authorName, std::string("Ingrid Testdal"));
        QCOMPARE(entries[0].contactType, std::optional<ContactType>(ContactType::Phone));
        QCOMPARE(entries[0].minutes, 15);
    }

    // Steps, a status change, a pause and the resume stand in the timeline on their days, with what
    // changed and a pause's reason, among the contacts.
    void showsTheCourseOfTheCaseAmongTheContacts()
    {
        Fixture f;
        f.visit(-10, "første møte");
        auto course = [&](int days, std::set<int> steps, std::optional<ParticipantStatus> status,
                          std::optional<ParticipantStatus> before, std::string reason) {
            CourseChange c;
            c.participantId = f.participant;
            c.authorId = f.author;
            c.changedOn = addDays(today, days);
            c.steps = std::move(steps);
            c.status = status;
            c.statusBefore = before;
            c.reason = std::move(reason);
            return *f.store->append(c);
        };
        course(-9, { 1, 3 }, std::nullopt, std::nullopt, "");
        course(-6, {}, ParticipantStatus::JobSearch, ParticipantStatus::Profiling, "");
        const Id pause = course(-4, {}, ParticipantStatus::Paused, ParticipantStatus::JobSearch, "innlagt");
        course(-2, {}, ParticipantStatus::JobSearch, ParticipantStatus::Paused, "");
        FN_REQUIRE(const auto entries, participantTimeline(*f.store, f.participant));
        QCOMPARE(entries.size(), std::size_t { 5 });
        QCOMPARE(entries[4].summary, std::string("første møte"));
        QVERIFY(!entries[4].course);
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(entries[i].table, std::string("course_changes"));
            QVERIFY(entries[i].course.has_value());
            QCOMPARE(entries[i].authorName, std::string("Ingrid Testdal"));
        }
        QVERIFY(entries[0].course->isResume());
        QCOMPARE(entries[1].id, pause);
        QVERIFY(entries[1].course->isPause());
        QCOMPARE(entries[1].summary, std::string("innlagt"));
        QCOMPARE(entries[1].course->statusBefore, std::optional(ParticipantStatus::JobSearch));
        QCOMPARE(entries[2].course->status, std::optional(ParticipantStatus::JobSearch));
        QCOMPARE(entries[3].course->steps, (std::set<int> { 1, 3 }));
        QCOMPARE(entries[3].occurredOn, addDays(today, -9));

        // An employer's history is its contacts only.
        FN_REQUIRE(const auto history, employerHistory(*f.store, f.employer));
        for (const auto& e : history)
            QVERIFY(!e.course);
    }

    void neverCarriesASensitiveColumn()
    {
        Fixture f;
        f.visit(-1, "");
        FN_REQUIRE(const auto entries, participantTimeline(*f.store, f.participant));
        QCOMPARE(entries.size(), std::size_t { 1 });
        QVERIFY(entries[0].summary.find("SENSITIVE") == std::string::npos);
    }

    void showsTheCorrectionInPlaceOfTheOriginal()
    {
        Fixture f;
        const Id original = f.visit(-3, "feil dato");
        Visit fix;
        fix.participantId = f.participant;
        fix.authorId = f.author;
        fix.occurredOn = addDays(today, -2);
        fix.note = "rettet";
        fix.correctsId = original;
        FN_REQUIRE(const Id fixed, f.store->append(fix));
        const Id other = f.visit(-5, "en annen dag");
        FN_REQUIRE(const auto entries, participantTimeline(*f.store, f.participant));
        QCOMPARE(entries.size(), std::size_t { 2 });
        QCOMPARE(entries[0].id, fixed);
        QCOMPARE(entries[0].summary, std::string("rettet"));
        QCOMPARE(entries[0].correctsId, OptId(original));
        QCOMPARE(entries[1].id, other);
        QVERIFY(!entries[1].correctsId);
    }

    void employerHistoryHoldsOnlyThatEmployersContacts()
    {
        Fixture f;
        f.visit(-4, "hjemme");
        f.visit(-2, "på jobben", "09:00", true);
        FN_REQUIRE(const auto entries, employerHistory(*f.store, f.employer));
        QCOMPARE(entries.size(), std::size_t { 1 });
        QCOMPARE(entries[0].summary, std::string("på jobben"));
        QCOMPARE(entries[0].participantName, std::string("Sara Testesen"));
    }

    void respectsTheLimit()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i)
            f.visit(-i, "kontakt");
        FN_REQUIRE(const auto entries, participantTimeline(*f.store, f.participant, 3));
        QCOMPARE(entries.size(), std::size_t { 3 });
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
