// Every code a document may show has words in both languages, and every column a recipient may be
// shown has a label: a new annotation or code cannot reach a document as a bare code.
#include "catalogue.h"
#include "wording.h"

#include <QTest>

using namespace fieldnotes::core;

namespace {

template<class E> void checkEveryCode(const char* what)
{
    for (E e : allOf<E>())
        for (Language l : { Language::Norwegian, Language::English }) {
            const std::string_view words = label(e, l);
            QVERIFY2(!words.empty() && words != codeOf(e), (std::string(what) + "." + std::string(codeOf(e))).c_str());
        }
}

} // namespace

class TestWording : public QObject {
    Q_OBJECT

private slots:
    void everyCodeHasWords()
    {
        checkEveryCode<ParticipantStatus>("status");
        checkEveryCode<Programme>("programme");
        checkEveryCode<DischargeReason>("discharge");
        checkEveryCode<PlacementKind>("placement");
        checkEveryCode<ContractType>("contract");
        checkEveryCode<RecipientKind>("recipient");
        checkEveryCode<DisclosureChannel>("channel");
        checkEveryCode<GoalStatus>("goal");
        checkEveryCode<SupportMeasureKind>("measure");
    }

    void everyItemInThreeVersions()
    {
        for (DisclosureItem item : allOf<DisclosureItem>()) {
            const auto nb = itemLabel(item, Language::Norwegian);
            const auto plain = itemLabel(item, Language::Norwegian, true);
            const auto en = itemLabel(item, Language::English);
            QVERIFY(!nb.empty() && !plain.empty() && !en.empty());
            QVERIFY2(nb != codeOf(item), codeOf(item).data());
            QCOMPARE(itemLabel(item, Language::English, true), en); // plain is a Norwegian version
        }
    }

    void everyShareableColumnHasALabel()
    {
        for (const TableInfo& t : catalogue())
            for (const ColumnInfo& c : t.columns) {
                if (!c.item)
                    continue;
                const std::string name = std::string(t.name) + "." + std::string(c.name);
                QVERIFY2(!columnLabel(t.name, c.name, Language::Norwegian).empty(), name.c_str());
                QVERIFY2(!columnLabel(t.name, c.name, Language::English).empty(), name.c_str());
            }
        QVERIFY(columnLabel("participants", "referral_reason", Language::English).empty());
    }

    void slotNames_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("nb");
        QTest::addColumn<QString>("en");
        QTest::newRow("0") << 0 << "Før oppstart"
                           << "Before the start";
        QTest::newRow("1") << 1 << "De første dagene"
                           << "The first days";
        QTest::newRow("4") << 4 << "Uke 4"
                           << "Week 4";
        QTest::newRow("5") << 5 << "Måned 2"
                           << "Month 2";
        QTest::newRow("15") << 15 << "Måned 12"
                            << "Month 12";
    }

    void slotNames()
    {
        QFETCH(int, slot);
        QFETCH(QString, nb);
        QFETCH(QString, en);
        QCOMPARE(QString::fromStdString(slotLabel(slot, Language::Norwegian)), nb);
        QCOMPARE(QString::fromStdString(slotLabel(slot, Language::English)), en);
    }
};

QTEST_GUILESS_MAIN(TestWording)
#include "tst_wording.moc"
