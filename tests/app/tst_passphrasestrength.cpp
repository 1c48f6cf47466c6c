// The passphrase strength shown on first start and in settings (core's policy, zxcvbn): too short,
// well-known, Norwegian-common and patterned passphrases are refused; a sentence of ordinary words
// is strong.
#include "passphrasestrength.h"

#include <QTest>

using fieldnotes::app::PassphraseStrength;

class TestPassphraseStrength : public QObject {
    Q_OBJECT

private slots:
    void scores_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << int(PassphraseStrength::TooShort) << false;
        QTest::newRow("seven characters") << QStringLiteral("abc1234") << int(PassphraseStrength::TooShort) << false;
        QTest::newRow("well-known") << QStringLiteral("Passord1") << int(PassphraseStrength::Weak) << false;
        QTest::newRow("season and year") << QStringLiteral("Sommer2024") << int(PassphraseStrength::Weak) << false;
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop") << int(PassphraseStrength::Weak) << false;
        QTest::newRow("digits in a row") << QStringLiteral("1234567890") << int(PassphraseStrength::Weak) << false;
        QTest::newRow("one letter repeated")
            << QStringLiteral("aaaaaaaaaaaaaaaa") << int(PassphraseStrength::Weak) << false;
        QTest::newRow("short word and digits") << QStringLiteral("katt1984") << int(PassphraseStrength::Weak) << false;
        QTest::newRow("mixed ten") << QStringLiteral("Fjord-9Ku!") << int(PassphraseStrength::Fair) << true;
        QTest::newRow("a sentence") << QStringLiteral("hesten spiser gul banan i dag")
                                    << int(PassphraseStrength::Strong) << true;
        QTest::newRow("two words") << QStringLiteral("blåbær fjellet") << int(PassphraseStrength::Strong) << true;
        QTest::newRow("word and year") << QStringLiteral("Fjellet19") << int(PassphraseStrength::Weak) << false;
    }

    void scores()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, score);
        QFETCH(bool, acceptable);
        QCOMPARE(int(PassphraseStrength::score(passphrase)), score);
        QCOMPARE(PassphraseStrength::acceptable(passphrase), acceptable);
        QVERIFY(!PassphraseStrength::label(PassphraseStrength::score(passphrase)).isEmpty());
        QVERIFY(!PassphraseStrength::advice(PassphraseStrength::score(passphrase)).isEmpty());
    }

    void longerIsNeverWeaker()
    {
        QString p = QStringLiteral("ord");
        double previous = PassphraseStrength::estimatedBits(p);
        for (const char* word : { " og", " fjell", " sol", " vann", " hund" }) {
            p += QLatin1String(word);
            const double bits = PassphraseStrength::estimatedBits(p);
            QVERIFY(bits >= previous);
            previous = bits;
        }
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
