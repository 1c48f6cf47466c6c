#include "passphrasestrength.h"

#include "passphrasepolicy.h"

namespace fieldnotes::app {

namespace {

// The passphrase as UTF-8 for core, and that copy zeroed again once judged.
core::PassphraseAssessment assess(const QString& passphrase)
{
    QByteArray utf8 = passphrase.toUtf8();
    const auto a = core::assessPassphrase(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    utf8.fill('\0');
    return a;
}

} // namespace

double PassphraseStrength::estimatedBits(const QString& passphrase)
{
    return assess(passphrase).bits;
}

PassphraseStrength::Score PassphraseStrength::score(const QString& passphrase)
{
    return static_cast<Score>(static_cast<int>(assess(passphrase).strength));
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
            static_cast<int>(core::PassphrasePolicy::minimumCharacters));
    case Weak:
        return tr("Easy to guess: a common word, name, date or keyboard pattern. Add a few more ordinary words.");
    case Fair:
        return tr("Acceptable. One or two more words make it much stronger.");
    case Good:
    case Strong:
        return tr("Hard to guess. Make sure you remember it: it cannot be recovered.");
    }
    return {};
}

} // namespace fieldnotes::app
