// The case review on the tablet: the lead's queue (the demo's case waiting for the review) where the advice is
// recorded, and a participant's items with "Put up for case review" and withdrawing, through core/casereview.h;
// QAbstractItemModelTester watches the queue's model. Invented people only.
#include "appfixture.h"
#include "casereviewcontroller.h"
#include "modeltest.h"
#include "storeinternals.h"

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

// A participant of the demo who is not discharged and has no item waiting for the review.
QString participantWithoutReview(AppFixture& f)
{
    auto r = f.onStore<std::vector<core::Participant>>([](core::Store& s) {
        return core::StoreInternals::select<core::Participant>(s,
            "status <> 'discharged' AND id NOT IN (SELECT participant_id FROM case_reviews WHERE participant_id IS NOT "
            "NULL AND advised_on IS NULL AND withdrawn_on IS NULL)",
            {}, "display_name LIMIT 1");
    });
    return r && !r->empty() ? QString::fromStdString(r->front().id) : QString();
}

} // namespace

class TestCaseReviewScreens : public QObject {
    Q_OBJECT

private slots:
    // The lead's queue: open first, discussed after; the advice recorded moves the item down.
    void theLeadRecordsTheAdvice()
    {
        AppFixture f(AppFixture::Content::Demo, core::StaffRole::Lead);
        QVERIFY(f.unlock());
        CaseReviewController queue;
        watchModel(*queue.items());
        complete(queue);
        QVERIFY(waitFor([&] { return queue.ready(); }));
        QVERIFY(queue.items()->rowCount() >= 1); // the demo's case put up two days ago
        QCOMPARE(queue.openCount(), 1);
        QCOMPARE(roleValue(*queue.items(), 0, "discussed").toBool(), false);
        QVERIFY(!roleValue(*queue.items(), 0, "question").toString().isEmpty());
        const QString open = roleValue(*queue.items(), 0, "reviewId").toString();

        QSignalSpy saved(&queue, &CaseReviewController::saved);
        queue.advise(open, QStringLiteral("   "));
        QVERIFY(waitFor([&] { return !queue.errorText().isEmpty(); }));
        QCOMPARE(saved.count(), 0);
        queue.advise(open, QStringLiteral("Ta en trepartssamtale før hun bestemmer seg."));
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(waitFor([&] { return queue.openCount() == 0; }));
        QVERIFY(queue.errorText().isEmpty());
        QCOMPARE(roleValue(*queue.items(), 0, "reviewId").toString(), open); // advised today: the latest advice
        QVERIFY(roleValue(*queue.items(), 0, "adviceText").toString().startsWith(QStringLiteral("Advice from ")));
        QCOMPARE(roleValue(*queue.items(), 0, "advice").toString(),
            QStringLiteral("Ta en trepartssamtale før hun bestemmer seg."));
    }

    // On a participant's page: put up, the question shown as the person's item, withdrawn again.
    void aSpecialistPutsAParticipantUpAndWithdraws()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString pid = participantWithoutReview(f);
        QVERIFY(!pid.isEmpty());
        CaseReviewController page;
        watchModel(*page.items());
        page.setParticipantId(pid);
        complete(page);
        QVERIFY(waitFor([&] { return page.ready(); }));
        QVERIFY(!page.hasOpen());
        QSignalSpy saved(&page, &CaseReviewController::saved);
        page.putUp(pid, QStringLiteral(""));
        QVERIFY(waitFor([&] { return !page.errorText().isEmpty(); })); // what to discuss, first
        page.putUp(pid, QStringLiteral("Hun vil slutte. Hva gjør vi?"));
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(waitFor([&] { return page.hasOpen(); }));
        QCOMPARE(roleValue(*page.items(), 0, "question").toString(), QStringLiteral("Hun vil slutte. Hva gjør vi?"));
        QCOMPARE(roleValue(*page.items(), 0, "mine").toBool(), true);
        page.withdraw(roleValue(*page.items(), 0, "reviewId").toString());
        QVERIFY(waitFor([&] { return saved.count() == 2; }));
        QVERIFY(waitFor([&] { return !page.hasOpen() && page.items()->rowCount() == 0; }));
    }
};

QTEST_MAIN(TestCaseReviewScreens)
#include "tst_casereviewscreens.moc"
