// A rough estimate of how hard a passphrase is to guess, shown while the user chooses one.
//
// The estimate is the passphrase's length times the bits per character of the alphabets it uses
// (lower case, upper case, digits, others), with repeated and sequential runs counted once and
// well-known passwords counted as nothing. Long phrases of ordinary words score well, which is the
// advice given on screen. A passphrase must be at least KeyFile::minimumPassphraseLength long and
// score Fair or better to be accepted.
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
