#include "passphrasestrength.h"

#include "keycustody.h"

#include <QSet>

#include <cmath>

namespace fieldnotes::app {

namespace {

// Passwords that head every leaked list, in both languages; matched case-insensitively as a whole.
const QSet<QString>& wellKnown()
{
    static const QSet<QString> words { QStringLiteral("password"), QStringLiteral("passord"),
        QStringLiteral("12345678"), QStringLiteral("123456789"), QStringLiteral("1234567890"),
        QStringLiteral("qwertyui"), QStringLiteral("qwertyuiop"), QStringLiteral("password1"),
        QStringLiteral("passord1"), QStringLiteral("iloveyou"), QStringLiteral("sommer2024"),
        QStringLiteral("sommer2025"), QStringLiteral("sommer2026"), QStringLiteral("fieldnotes"),
        QStringLiteral("abcdefgh"), QStringLiteral("11111111"), QStringLiteral("00000000") };
    return words;
}

} // namespace

double PassphraseStrength::estimatedBits(const QString& passphrase)
{
    if (wellKnown().contains(passphrase.toLower()))
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    int effective = 0;
    QChar previous;
    int previousStep = 0;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
        // "aaaa" and "1234" add little: a character that repeats or continues a run counts once.
        const int step = previous.isNull() ? 0 : c.unicode() - previous.unicode();
        const bool continuesRun = !previous.isNull() && (step == 0 || std::abs(step) == 1) && step == previousStep;
        if (!continuesRun)
            ++effective;
        previousStep = step;
        previous = c;
    }
    const int pool = (lower ? 29 : 0) + (upper ? 29 : 0) + (digit ? 10 : 0) + (other ? 33 : 0); // Norwegian letters
    if (pool == 0)
        return 0;
    return effective * std::log2(static_cast<double>(pool));
}

PassphraseStrength::Score PassphraseStrength::score(const QString& passphrase)
{
    if (static_cast<std::size_t>(passphrase.size()) < core::KeyFile::minimumPassphraseLength)
        return TooShort;
    const double bits = estimatedBits(passphrase);
    if (bits < 50)
        return Weak;
    if (bits < 65)
        return Fair;
    if (bits < 80)
        return Good;
    return Strong;
}

QString PassphraseStrength::label(Score score)
{
    switch (score) {
    case TooShort:
        return tr("Too short");
    case Weak:
        return tr("Weak");
    case Fair:
        return tr("Fair");
    case Good:
        return tr("Good");
    case Strong:
        return tr("Strong");
    }
    return {};
}

QString PassphraseStrength::advice(Score score)
{
    switch (score) {
    case TooShort:
        return tr("Use at least %n characters. A short sentence is easy to remember and hard to guess.", nullptr,
            static_cast<int>(core::KeyFile::minimumPassphraseLength));
    case Weak:
        return tr("Easy to guess. Add a few more words.");
    case Fair:
        return tr("Acceptable. One or two more words make it much stronger.");
    case Good:
    case Strong:
        return tr("Hard to guess. Make sure you remember it: it cannot be recovered.");
    }
    return {};
}

} // namespace fieldnotes::app
