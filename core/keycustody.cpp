#include "keycustody.h"

#include "fileio.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace fieldnotes::core {

namespace {

constexpr std::string_view formatName = "fieldnotes-key";
// Version 2 adds "check", a BLAKE2b hash of the other fields, so that a damaged file is reported as
// damaged instead of being taken for a wrong passphrase (and counted towards destroying the key).
// Version 1 files (no check) are still read, and are written as version 2 on the next attempt.
constexpr int formatVersion = 2;
constexpr std::string_view associatedData = "fieldnotes-key-v1";

std::string toBase64(const unsigned char* data, std::size_t size)
{
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool fromBase64(const std::string& text, unsigned char* out, std::size_t expected)
{
    std::size_t len = 0;
    return sodium_base642bin(
               out, expected, text.data(), text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL)
        == 0
        && len == expected;
}

// The parsed key file. Field names are the file's JSON keys.
struct Envelope {
    KdfCost cost;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt {};
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce {};
    std::array<unsigned char, KeyFile::keySize + crypto_aead_xchacha20poly1305_ietf_ABYTES> wrapped {};
    int failures = 0;
    int maxFailures = KeyFile::defaultMaxFailures;
    std::int64_t lastFailureMs = 0;
    bool destroyed = false;
};

Error damaged()
{
    return { ErrorCode::Corrupt,
        "The key file is damaged, so the case file cannot be opened. Restore the tablet from the office by "
        "pairing it again.",
        {} };
}

// The hash of every field but "check", over the compact dump (nlohmann::json keeps keys sorted, and
// every value written is an integer, a boolean or a base64 string, so parse and dump round-trip).
std::string checksum(nlohmann::json j)
{
    j.erase("check");
    const std::string text = j.dump();
    std::array<unsigned char, crypto_generichash_BYTES> out {};
    crypto_generichash(
        out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
    return toBase64(out.data(), out.size());
}

std::string withChecksum(nlohmann::json j)
{
    j["check"] = checksum(j);
    return j.dump(2);
}

std::string serialize(const Envelope& e)
{
    nlohmann::json j;
    j["format"] = formatName;
    j["version"] = formatVersion;
    if (e.destroyed) {
        j["destroyed"] = true;
        return withChecksum(std::move(j));
    }
    j["kdf"] = "argon2id13";
    j["opslimit"] = e.cost.opsLimit;
    j["memlimit"] = e.cost.memLimit;
    j["salt"] = toBase64(e.salt.data(), e.salt.size());
    j["nonce"] = toBase64(e.nonce.data(), e.nonce.size());
    j["wrapped"] = toBase64(e.wrapped.data(), e.wrapped.size());
    j["failures"] = e.failures;
    j["maxFailures"] = e.maxFailures;
    j["lastFailureMs"] = e.lastFailureMs;
    return withChecksum(std::move(j));
}

Result<Envelope> load(const std::filesystem::path& path)
{
    auto bytes = readFile(path, 64 * 1024);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return fail(
                ErrorCode::NotInitialised, "There is no fieldnotes store in this folder yet. Set one up first (init).");
        return fail(bytes.error());
    }
    const auto j = nlohmann::json::parse(*bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != formatName)
        return fail(damaged());
    const auto version = j.find("version");
    if (version == j.end() || !version->is_number_integer() || version->get<int>() < 1)
        return fail(damaged());
    if (version->get<int>() > formatVersion)
        return fail(ErrorCode::SchemaTooNew,
            "The key file was written by a newer version of fieldnotes. Update the app and try again.");
    if (version->get<int>() >= 2) {
        const auto check = j.find("check");
        if (check == j.end() || !check->is_string() || check->get<std::string>() != checksum(j))
            return fail(damaged());
    }
    Envelope e;
    if (j.value("destroyed", false)) {
        e.destroyed = true;
        return e;
    }
    try {
        if (j.at("kdf").get<std::string>() != "argon2id13")
            return fail(damaged());
        e.cost.opsLimit = j.at("opslimit").get<unsigned long long>();
        e.cost.memLimit = j.at("memlimit").get<std::size_t>();
        e.failures = j.at("failures").get<int>();
        e.maxFailures = j.at("maxFailures").get<int>();
        e.lastFailureMs = j.at("lastFailureMs").get<std::int64_t>();
        if (!fromBase64(j.at("salt").get<std::string>(), e.salt.data(), e.salt.size())
            || !fromBase64(j.at("nonce").get<std::string>(), e.nonce.data(), e.nonce.size())
            || !fromBase64(j.at("wrapped").get<std::string>(), e.wrapped.data(), e.wrapped.size()))
            return fail(damaged());
    } catch (const nlohmann::json::exception&) {
        return fail(damaged());
    }
    if (e.cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || e.cost.opsLimit > crypto_pwhash_OPSLIMIT_MAX
        || e.cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || e.cost.memLimit > (std::size_t { 4 } << 30) || e.failures < 0
        || e.maxFailures < 1)
        return fail(damaged());
    return e;
}

Result<SecretBytes> deriveWrappingKey(std::string_view passphrase, const Envelope& e)
{
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.data(), passphrase.size(), e.salt.data(), e.cost.opsLimit,
            e.cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Internal, "Not enough memory to check the passphrase. Close other apps and retry.");
    return kek;
}

Status wrap(Envelope& e, std::string_view passphrase, const SecretBytes& key)
{
    randombytes_buf(e.salt.data(), e.salt.size());
    randombytes_buf(e.nonce.data(), e.nonce.size());
    FN_TRY_ASSIGN(SecretBytes kek, deriveWrappingKey(passphrase, e));
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(e.wrapped.data(), &len, key.data(), key.size(),
        reinterpret_cast<const unsigned char*>(associatedData.data()), associatedData.size(), nullptr, e.nonce.data(),
        kek.data());
    return {};
}

// Characters as a person counts them: UTF-8 code points, not bytes ("ææææ" is four, not eight).
std::size_t characterCount(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Status checkPassphrase(std::string_view passphrase)
{
    if (characterCount(passphrase) < KeyFile::minimumPassphraseLength)
        return fail(ErrorCode::InvalidArgument,
            "Choose a passphrase of at least " + std::to_string(KeyFile::minimumPassphraseLength) + " characters.");
    return {};
}

// Never more than the delay itself: a clock that stepped back (a drained battery, a manual setting)
// would otherwise put the last failure in the future and lock the tablet until the clock caught up.
std::chrono::seconds waitRemaining(const Envelope& e, const Clock& clock)
{
    const auto delay = KeyFile::delayAfter(e.failures);
    const std::int64_t elapsedMs = std::max<std::int64_t>(clock.nowMs() - e.lastFailureMs, 0);
    const std::int64_t remainingMs = std::chrono::duration_cast<std::chrono::milliseconds>(delay).count() - elapsedMs;
    if (remainingMs <= 0)
        return std::chrono::seconds(0);
    return std::chrono::seconds((remainingMs + 999) / 1000);
}

Status destroy(const std::filesystem::path& path)
{
    // Best effort on the old blocks, then a marker so the app can say what happened.
    (void)overwriteWithZeros(path);
    Envelope marker;
    marker.destroyed = true;
    return writeFileAtomically(path, serialize(marker));
}

Error destroyedError()
{
    return { ErrorCode::KeyDestroyed,
        "Too many wrong passphrases: the key has been destroyed and this tablet's copy of the case file can no "
        "longer be read. Ask the office to pair the tablet again; your synced work is kept there.",
        {} };
}

// One counted attempt: records the failure first, then runs the KDF.
Result<SecretBytes> attempt(
    const std::filesystem::path& path, Envelope& e, std::string_view passphrase, const Clock& clock)
{
    if (e.destroyed)
        return fail(destroyedError());
    if (const auto wait = waitRemaining(e, clock); wait.count() > 0) {
        if (clock.nowMs() < e.lastFailureMs) {
            // The clock stepped back past the last failure: the delay restarts from now.
            e.lastFailureMs = clock.nowMs();
            FN_TRY(writeFileAtomically(path, serialize(e)));
        }
        Error err { ErrorCode::MustWait,
            "Too many wrong passphrases. Wait " + std::to_string(wait.count()) + " seconds and try again.", wait };
        return fail(std::move(err));
    }
    Envelope pending = e;
    pending.failures = e.failures + 1;
    pending.lastFailureMs = clock.nowMs();
    FN_TRY(writeFileAtomically(path, serialize(pending)));

    FN_TRY_ASSIGN(SecretBytes kek, deriveWrappingKey(passphrase, e));
    SecretBytes key(KeyFile::keySize);
    unsigned long long len = 0;
    const bool ok = crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &len, nullptr, e.wrapped.data(),
                        e.wrapped.size(), reinterpret_cast<const unsigned char*>(associatedData.data()),
                        associatedData.size(), e.nonce.data(), kek.data())
            == 0
        && len == KeyFile::keySize;
    if (ok) {
        if (e.failures != 0 || e.lastFailureMs != 0) {
            e.failures = 0;
            e.lastFailureMs = 0;
        }
        FN_TRY(writeFileAtomically(path, serialize(e)));
        return key;
    }

    e = pending;
    if (e.failures >= e.maxFailures) {
        FN_TRY(destroy(path));
        e.destroyed = true;
        return fail(destroyedError());
    }
    const auto wait = KeyFile::delayAfter(e.failures);
    const int left = e.maxFailures - e.failures;
    std::string message = "The passphrase is not right.";
    if (wait.count() > 0)
        message += " Wait " + std::to_string(wait.count()) + " seconds, then try again.";
    else
        message += " Check it and try again.";
    if (left <= 3)
        message += " " + std::to_string(left) + (left == 1 ? " try is" : " tries are")
            + " left before the key is destroyed.";
    Error err { ErrorCode::WrongPassphrase, message, wait };
    return fail(std::move(err));
}

} // namespace

KdfCost KdfCost::standard()
{
    return { 3, std::size_t { 64 } << 20 };
}

KdfCost KdfCost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

std::chrono::seconds KeyFile::delayAfter(int failures)
{
    // No delay for the first two slips of the finger; then 5 s doubling, capped at 15 minutes.
    if (failures < 3)
        return std::chrono::seconds(0);
    const int steps = std::min(failures - 3, 8);
    return std::min(std::chrono::seconds(5 << steps), std::chrono::seconds(15 * 60));
}

Result<SecretBytes> KeyFile::create(
    const std::filesystem::path& path, std::string_view passphrase, KdfCost cost, int maxFailures, const Clock& clock)
{
    (void)clock;
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, "The crypto library could not start.");
    FN_TRY(checkPassphrase(passphrase));
    if (maxFailures < 1)
        return fail(ErrorCode::InvalidArgument, "The number of allowed failed attempts must be at least 1.");
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return fail(ErrorCode::AlreadyExists, "A fieldnotes store already exists in this folder.");

    Envelope e;
    e.cost = cost;
    e.maxFailures = maxFailures;
    SecretBytes key(keySize);
    randombytes_buf(key.data(), key.size());
    FN_TRY(wrap(e, passphrase, key));
    FN_TRY(writeFileAtomically(path, serialize(e)));
    return key;
}

Result<SecretBytes> KeyFile::unlock(const std::filesystem::path& path, std::string_view passphrase, const Clock& clock)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, "The crypto library could not start.");
    FN_TRY_ASSIGN(Envelope e, load(path));
    return attempt(path, e, passphrase, clock);
}

Status KeyFile::changePassphrase(const std::filesystem::path& path, std::string_view oldPassphrase,
    std::string_view newPassphrase, const Clock& clock, std::optional<KdfCost> newCost)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, "The crypto library could not start.");
    FN_TRY(checkPassphrase(newPassphrase));
    FN_TRY_ASSIGN(Envelope e, load(path));
    FN_TRY_ASSIGN(SecretBytes key, attempt(path, e, oldPassphrase, clock));
    if (newCost)
        e.cost = *newCost;
    FN_TRY(wrap(e, newPassphrase, key));
    return writeFileAtomically(path, serialize(e));
}

Result<KeyFileState> KeyFile::inspect(const std::filesystem::path& path, const Clock& clock)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, "The crypto library could not start.");
    FN_TRY_ASSIGN(Envelope e, load(path));
    KeyFileState s;
    s.destroyed = e.destroyed;
    s.failures = e.failures;
    s.maxFailures = e.maxFailures;
    s.cost = e.cost;
    if (!e.destroyed)
        s.retryAfter = waitRemaining(e, clock);
    return s;
}

} // namespace fieldnotes::core
