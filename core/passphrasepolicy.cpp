#include "passphrasepolicy.h"

#include "secret.h"

#include <algorithm>
#include <string>
#include <zxcvbn.h>

namespace fieldnotes::core {

namespace {

// Norwegian words that head leaked password lists (and this app's own words), lower case. zxcvbn
// ranks a user dictionary by position and also finds these inside longer passphrases, capitalised,
// l33t-spelled or followed by a year.
const char* const norwegianWords[] = { "passord", "hemmelig", "sommer", "vinter", "høst", "våren", "sommeren",
    "vinteren", "norge", "oslo", "bergen", "trondheim", "stavanger", "tromsø", "kristiansand", "drammen", "velkommen",
    "hallo", "heisann", "elsker", "kjærlighet", "kjæreste", "fotball", "rosenborg", "brann", "vålerenga", "mamma",
    "pappa", "jente", "gutt", "hund", "katt", "hest", "jobb", "arbeid", "kontor", "nav", "fieldnotes", "feltnotater",
    "jobbspesialist", "mentor", "fadder", "deltaker", "arbeidsgiver", "oppfølging", "ips", "supported", "employment",
    "qwerty", "asdf", nullptr };

} // namespace

std::size_t characterCount(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

PassphraseAssessment assessPassphrase(std::string_view passphrase)
{
    PassphraseAssessment a;
    if (characterCount(passphrase) < PassphrasePolicy::minimumCharacters)
        return a;
    // zxcvbn reads a C string: a passphrase with a NUL in it is judged up to the NUL, never beyond.
    std::string text(passphrase.substr(0, passphrase.find('\0')));
    const char* userWords[std::size(norwegianWords)];
    std::copy(std::begin(norwegianWords), std::end(norwegianWords), userWords);
    a.bits = ZxcvbnMatch(text.c_str(), userWords, nullptr);
    wipeString(text);
    if (a.bits < PassphrasePolicy::minimumBits)
        a.strength = PassphraseStrength::Weak;
    else if (a.bits < PassphrasePolicy::goodBits)
        a.strength = PassphraseStrength::Fair;
    else if (a.bits < PassphrasePolicy::strongBits)
        a.strength = PassphraseStrength::Good;
    else
        a.strength = PassphraseStrength::Strong;
    return a;
}

Status checkPassphrasePolicy(std::string_view passphrase)
{
    const PassphraseAssessment a = assessPassphrase(passphrase);
    if (a.strength == PassphraseStrength::TooShort)
        return fail(ErrorCode::InvalidArgument,
            "Choose a passphrase of at least " + std::to_string(PassphrasePolicy::minimumCharacters)
                + " characters. A short sentence of ordinary words is easy to remember and hard to guess.");
    if (!a.acceptable())
        return fail(ErrorCode::InvalidArgument,
            "That passphrase is too easy to guess (a common word, name, date or keyboard pattern). Add a few more "
            "ordinary words.");
    return {};
}

} // namespace fieldnotes::core
