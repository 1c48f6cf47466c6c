// The passphrase policy of core (passphrasepolicy.h: zxcvbn, at least 8 characters and 40 bits),
// with the words the screens show for it. The app, fieldnotes-cli and fieldnotes-office judge a
// passphrase by the same rule; only the labels and advice live here, to be translated.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fieldnotes::app {

class PassphraseStrength {
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum Score { TooShort = 0, Weak = 1, Fair = 2, Good = 3, Strong = 4 };

    static double estimatedBits(const QString& passphrase);
    static Score score(const QString& passphrase);
    static bool acceptable(const QString& passphrase) { return score(passphrase) >= Fair; }
    static QString label(Score score);
    static QString advice(Score score);
};

} // namespace fieldnotes::app
