// The demo caseload looks like a real Monday for the person who opens it: a handful of things due
// this week, nothing months overdue, and the moments of the work each somewhere in the week (an
// intake, a job starting, a trial ending, a subsidy review, a mentor's talk, someone discharged into
// work). The store's clock stands at 2026-03-02, a Monday (testsupport.h).
#include "attention.h"
#include "demo.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

#include <map>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

const char* kindName(AttentionKind k)
{
    switch (k) {
    case AttentionKind::FollowUpOverdue:
        return "follow-up overdue";
    case AttentionKind::NoRecentContact:
        return "no recent contact";
    case AttentionKind::TrialPeriodEnding:
        return "trial ending";
    case AttentionKind::ContractEnding:
        return "contract ending";
    case AttentionKind::WageSubsidyReview:
        return "wage subsidy review";
    case AttentionKind::MeasureEnding:
        return "measure ending";
    case AttentionKind::NeedsSpecialist:
        return "needs the specialist";
    case AttentionKind::ActionDue:
        return "action due";
    case AttentionKind::ReminderDue:
        return "reminder";
    case AttentionKind::OpenConflict:
        return "conflict";
    case AttentionKind::FollowUpMeetingDue:
        return "follow-up meeting due";
    case AttentionKind::FollowUpMeetingMissed:
        return "follow-up meeting missed";
    case AttentionKind::PlannedVisit:
        return "planned visit";
    case AttentionKind::EmployerNotContacted:
        return "employer not contacted";
    case AttentionKind::GoneQuiet:
        return "gone quiet";
    case AttentionKind::ExtensionDeadline:
        return "extension deadline";
    case AttentionKind::MentorTalkDue:
        return "mentor talk due";
    case AttentionKind::TaperingNotAgreed:
        return "tapering not agreed";
    }
    return "?";
}

std::int64_t scalar(Store& store, const std::string& sql, const std::vector<std::string>& args = {})
{
    auto st = core::StoreInternals::db(store).prepare(sql);
    if (!st)
        return -1;
    for (std::size_t i = 0; i < args.size(); ++i)
        (*st)->bind(static_cast<int>(i) + 1, args[i]);
    auto row = (*st)->step();
    const std::int64_t n = row && *row ? (*st)->integer(0) : -1;
    (*st)->reset();
    return n;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(loadDemo(*m_store));
        FN_REQUIRE(m_items, attention(*m_store, m_store->today()));
    }

    // Everyone on the list can be dealt with this week: nothing is months overdue, and what is
    // due is a handful, not hundreds.
    void aMondayHasAHandfulDueAndNothingLongOverdue()
    {
        std::map<std::string, int> byKind;
        QStringList longOverdue;
        for (const Attention& a : m_items) {
            ++byKind[kindName(a.kind)];
            if (a.daysLeft < -21)
                longOverdue << QStringLiteral("%1 (%2 days)").arg(kindName(a.kind)).arg(-a.daysLeft);
        }
        QVERIFY2(longOverdue.isEmpty(), qPrintable("long overdue: " + longOverdue.join(", ")));
        const int actions = byKind["action due"];
        QVERIFY2(actions >= 1 && actions <= 15, qPrintable(QStringLiteral("%1 agreed actions due").arg(actions)));
        QVERIFY2(m_items.size() <= 45, qPrintable(QStringLiteral("%1 items need attention").arg(m_items.size())));
        QVERIFY2(byKind.size() >= 6, "a Monday has several kinds of work on the list");
    }

    void theWeekHasTheMomentsOfTheWork()
    {
        Store& s = *m_store;
        const std::string today = formatDate(s.today());
        const std::string weekAgo = formatDate(addDays(s.today(), -6));
        const std::string inTwoWeeks = formatDate(addDays(s.today(), 14));
        QVERIFY2(
            scalar(s, "SELECT count(*) FROM participants WHERE status = 'referred' AND referral_on >= ?", { weekAgo })
                > 0,
            "a person taken on this week");
        QVERIFY2(
            scalar(s, "SELECT count(*) FROM placements WHERE start_on > ? AND start_on <= ?", { today, inTwoWeeks })
                > 0,
            "a job or job tasting about to start");
        QVERIFY2(scalar(s,
                     "SELECT count(*) FROM participants WHERE status = 'discharged' AND discharge_reason = 'work'"
                     " AND discharged_on >= ?",
                     { formatDate(addDays(s.today(), -60)) })
                > 0,
            "someone discharged into work lately");
        auto dueWithin = [&](AttentionKind kind, int from, int to) {
            return std::count_if(m_items.begin(), m_items.end(),
                [&](const Attention& a) { return a.kind == kind && a.daysLeft >= from && a.daysLeft <= to; });
        };
        QVERIFY2(dueWithin(AttentionKind::TrialPeriodEnding, 0, 14) > 0, "a trial period ending");
        QVERIFY2(dueWithin(AttentionKind::WageSubsidyReview, 0, 7) > 0, "a wage subsidy review due this week");
        QVERIFY2(dueWithin(AttentionKind::MentorTalkDue, -2, 7) > 0, "a mentor's structured talk due");
    }

    // An employer's tasks fit its trade: a bakery bakes, a garage changes tyres. Every job's title is
    // one of its employer's own tasks.
    void aJobsTasksAreItsEmployersTasks()
    {
        Store& s = *m_store;
        QVERIFY(scalar(s, "SELECT count(*) FROM placements") > 0);
        QCOMPARE(scalar(s,
                     "SELECT count(*) FROM placements p WHERE NOT EXISTS (SELECT 1 FROM workplace_tasks t"
                     " WHERE t.employer_id = p.employer_id AND t.title = p.title)"),
            std::int64_t { 0 });
        QCOMPARE(scalar(s,
                     "SELECT count(*) FROM employers e JOIN workplace_tasks t ON t.employer_id = e.id"
                     " WHERE e.name LIKE '%Bakeri%' AND t.title NOT IN ('bake brød', 'pakke bakevarer',"
                     " 'oppvask og rydding', 'betjene disken', 'vaske bakeriet')"),
            std::int64_t { 0 });
    }

    // The page says "Followed by X since DATE": every person has that day, from their intake or a
    // later hand-over, never before the referral nor after today; some came over from a colleague.
    void everyoneIsFollowedSinceADay()
    {
        Store& s = *m_store;
        QVERIFY(scalar(s, "SELECT count(*) FROM participants") > 0);
        QCOMPARE(scalar(s, "SELECT count(*) FROM participants WHERE followed_since IS NULL"), std::int64_t { 0 });
        QCOMPARE(scalar(s, "SELECT count(*) FROM participants WHERE followed_since < referral_on OR followed_since > ?",
                     { formatDate(s.today()) }),
            std::int64_t { 0 });
        QVERIFY2(scalar(s, "SELECT count(*) FROM participants WHERE followed_since > referral_on") > 0,
            "someone handed over from a colleague");
    }

private:
    test::TempStore m_store;
    std::vector<Attention> m_items;
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
