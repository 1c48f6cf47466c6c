// The one passphrase policy, for the app and both command lines.
//
// Strength is estimated with zxcvbn (Debian's libzxcvbn, the C port of Dropbox's estimator): it
// finds dictionary words (with l33t spellings), names, keyboard walks, repeats, sequences, dates
// and years, and estimates the guesses an attacker who tries those first would need. It knows
// English; the most common Norwegian password words are given to it as a user dictionary, so that
// "Sommer2024" or "Passord1" score as the guesses they are.
//
// Why 40 bits: the passphrase guards a key file. On the tablet, guessing stops at ten tries. Off it,
// someone with a copy of the key file (and, where the platform has a keystore, the tablet itself)
// must run Argon2id at 64 MiB per guess; at a generous 10,000 guesses a second, 2^40 guesses take
// about three and a half years. Below 8 characters nothing is accepted, whatever the estimate.
#pragma once

#include "result.h"

#include <string_view>

namespace fieldnotes::core {

enum class PassphraseStrength { TooShort = 0, Weak = 1, Fair = 2, Good = 3, Strong = 4 };

struct PassphraseAssessment {
    PassphraseStrength strength = PassphraseStrength::TooShort;
    double bits = 0; // log2 of the estimated guesses
    bool acceptable() const { return strength >= PassphraseStrength::Fair; }
};

struct PassphrasePolicy {
    static constexpr std::size_t minimumCharacters = 8; // UTF-8 code points, as a person counts them
    static constexpr double minimumBits = 40;
    static constexpr double goodBits = 55;
    static constexpr double strongBits = 70;
};

PassphraseAssessment assessPassphrase(std::string_view passphrase);

// InvalidArgument with advice a person can act on, or success.
Status checkPassphrasePolicy(std::string_view passphrase);

// Characters as a person counts them: UTF-8 code points, not bytes ("ææææ" is four, not eight).
std::size_t characterCount(std::string_view text);

} // namespace fieldnotes::core
