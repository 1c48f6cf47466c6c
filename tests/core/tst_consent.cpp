// Consent is read one way everywhere: active from the day granted until the day revoked.
#include "consent.h"
#include "testsupport.h"

#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

class TestConsent : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void activeBetweenGrantAndRevocation_data()
    {
        QTest::addColumn<QString>("granted");
        QTest::addColumn<QString>("revoked");
        QTest::addColumn<QString>("day");
        QTest::addColumn<bool>("active");
        QTest::newRow("before grant") << "2026-03-10"
                                      << ""
                                      << "2026-03-09" << false;
        QTest::newRow("on grant day") << "2026-03-10"
                                      << ""
                                      << "2026-03-10" << true;
        QTest::newRow("long after") << "2026-03-10"
                                    << ""
                                    << "2028-01-01" << true;
        QTest::newRow("day before revocation") << "2026-03-10"
                                               << "2026-04-01"
                                               << "2026-03-31" << true;
        QTest::newRow("on revocation day") << "2026-03-10"
                                           << "2026-04-01"
                                           << "2026-04-01" << false;
        QTest::newRow("after revocation") << "2026-03-10"
                                          << "2026-04-01"
                                          << "2026-05-01" << false;
        QTest::newRow("never granted") << ""
                                       << ""
                                       << "2026-05-01" << false;
    }

    void activeBetweenGrantAndRevocation()
    {
        QFETCH(QString, granted);
        QFETCH(QString, revoked);
        QFETCH(QString, day);
        QFETCH(bool, active);
        Consent c;
        if (!granted.isEmpty())
            c.grantedOn = parseDate(granted.toStdString());
        if (!revoked.isEmpty())
            c.revokedOn = parseDate(revoked.toStdString());
        QCOMPARE(isActiveOn(c, *parseDate(day.toStdString())), active);
    }

    void sharedItemsAreThoseConsentedForThatRecipient()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id pid, store->create(p));
        const Id mentorA = "00000000-0000-4000-8000-00000000a001";
        const Id mentorB = "00000000-0000-4000-8000-00000000b001";
        auto grant = [&](DisclosureItem item, RecipientKind kind, OptId recipient, const char* on) {
            Consent c;
            c.participantId = pid;
            c.item = item;
            c.recipientKind = kind;
            c.recipientId = std::move(recipient);
            c.grantedOn = parseDate(on);
            return store->create(c);
        };
        FN_REQUIRE(const Id goals, grant(DisclosureItem::LearningGoals, RecipientKind::Mentor, mentorA, "2026-03-01"));
        FN_VERIFY_OK(grant(DisclosureItem::SupportNeeds, RecipientKind::Mentor, mentorA, "2026-03-20"));
        FN_VERIFY_OK(grant(DisclosureItem::Language, RecipientKind::Mentor, mentorB, "2026-03-01"));
        FN_VERIFY_OK(grant(DisclosureItem::ContactDetails, RecipientKind::Employer, mentorA, "2026-03-01"));
        FN_VERIFY_OK(grant(DisclosureItem::WorkHistory, RecipientKind::Mentor, std::nullopt, "2026-03-01"));

        const Date day = *parseDate("2026-03-10");
        FN_REQUIRE(auto items, sharedItems(*store, pid, RecipientKind::Mentor, mentorA, day));
        QCOMPARE(items, std::set<DisclosureItem>({ DisclosureItem::LearningGoals }));
        FN_REQUIRE(items, sharedItems(*store, pid, RecipientKind::Mentor, mentorA, *parseDate("2026-03-20")));
        QCOMPARE(items, std::set<DisclosureItem>({ DisclosureItem::LearningGoals, DisclosureItem::SupportNeeds }));
        FN_REQUIRE(items, sharedItems(*store, pid, RecipientKind::Mentor, std::nullopt, day));
        QVERIFY(items.empty());

        FN_REQUIRE(Consent c, store->get<Consent>(goals));
        c.revokedOn = parseDate("2026-03-15");
        FN_VERIFY_OK(store->update(c));
        FN_REQUIRE(items, sharedItems(*store, pid, RecipientKind::Mentor, mentorA, *parseDate("2026-03-20")));
        QCOMPARE(items, std::set<DisclosureItem>({ DisclosureItem::SupportNeeds }));
    }

    void participationNeedsAnActiveConsent()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id pid, store->create(p));
        FN_REQUIRE(bool yes, participates(*store, pid, *parseDate("2026-03-10")));
        QVERIFY(!yes);
        Consent c;
        c.participantId = pid;
        c.kind = ConsentKind::Participation;
        c.grantedOn = parseDate("2026-03-01");
        FN_VERIFY_OK(store->create(c));
        FN_REQUIRE(yes, participates(*store, pid, *parseDate("2026-03-10")));
        QVERIFY(yes);
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
