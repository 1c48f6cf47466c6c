#include "keycustody.h"

#include "fileio.h"
#include "passphrasepolicy.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace fieldnotes::core {

namespace {

constexpr std::string_view formatName = "fieldnotes-key";
// Version 2 added "check", a hash of the other fields, so that a damaged file is reported as damaged
// instead of being taken for a wrong passphrase. Version 3 measures delays on the time since boot,
// may hold a second key (a rekey in progress), and may be bound to a keystore, which keys the check.
// Older files are still read, and are written as version 3 on the next attempt.
constexpr int formatVersion = 3;
constexpr std::string_view associatedData = "fieldnotes-key-v1";
constexpr std::string_view checkContext = "fieldnotes-key-file-check";
constexpr std::string_view wrapContext = "fieldnotes-key-wrapping";

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

using Nonce = std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES>;
using Wrapped = std::array<unsigned char, KeyFile::keySize + crypto_aead_xchacha20poly1305_ietf_ABYTES>;

struct Binding {
    std::string keyStore; // the keystore's name
    std::string storeId;
    std::uint64_t generation = 0;
};

// The parsed key file. Field names are the file's JSON keys.
struct Envelope {
    KdfCost cost;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt {};
    Nonce nonce {};
    Wrapped wrapped {};
    std::optional<std::pair<Nonce, Wrapped>> next; // a rekey in progress
    int failures = 0;
    int maxFailures = KeyFile::defaultMaxFailures;
    std::string lastFailureBoot; // the boot the last failure was counted in
    std::int64_t lastFailureBootMs = 0; // and when, in time since that boot
    bool destroyed = false;
    std::optional<Binding> binding;
};

// A bound key file's secrets, from its keystore record.
struct BindingKeys {
    SecretBytes check; // keys the file's check
    SecretBytes wrap; // mixed into the wrapping key
    std::uint64_t storedGeneration = 0;
};

Error damaged()
{
    return { ErrorCode::Corrupt,
        "The key file is damaged or was altered, so the case file cannot be opened. Restore the tablet from the "
        "office by pairing it again.",
        {} };
}

SecretBytes deriveFrom(const SecretBytes& secret, std::string_view context)
{
    SecretBytes out(32);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(context.data()), context.size(),
        secret.data(), secret.size());
    return out;
}

// The hash of every field but "check", over the compact dump (nlohmann::json keeps keys sorted, and
// every value written is an integer, a boolean, a string or an object of those, so parse and dump
// round-trip). Keyed with the binding when the file is bound: without the keystore it cannot be
// recomputed, so a rewritten file is refused.
std::string checksum(nlohmann::json j, const SecretBytes* key)
{
    j.erase("check");
    const std::string text = j.dump();
    std::array<unsigned char, crypto_generichash_BYTES> out {};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
        key ? key->data() : nullptr, key ? key->size() : 0);
    return toBase64(out.data(), out.size());
}

std::string serialize(const Envelope& e, const BindingKeys* keys)
{
    nlohmann::json j;
    j["format"] = formatName;
    j["version"] = formatVersion;
    if (e.destroyed) {
        j["destroyed"] = true;
        j["check"] = checksum(j, nullptr);
        return j.dump(2);
    }
    j["kdf"] = "argon2id13";
    j["opslimit"] = e.cost.opsLimit;
    j["memlimit"] = e.cost.memLimit;
    j["salt"] = toBase64(e.salt.data(), e.salt.size());
    j["nonce"] = toBase64(e.nonce.data(), e.nonce.size());
    j["wrapped"] = toBase64(e.wrapped.data(), e.wrapped.size());
    if (e.next) {
        j["nextNonce"] = toBase64(e.next->first.data(), e.next->first.size());
        j["nextWrapped"] = toBase64(e.next->second.data(), e.next->second.size());
    }
    j["failures"] = e.failures;
    j["maxFailures"] = e.maxFailures;
    j["lastFailureBoot"] = e.lastFailureBoot;
    j["lastFailureBootMs"] = e.lastFailureBootMs;
    if (e.binding)
        j["binding"] = { { "keystore", e.binding->keyStore }, { "store", e.binding->storeId },
            { "generation", e.binding->generation } };
    j["check"] = checksum(j, keys ? &keys->check : nullptr);
    return j.dump(2);
}

Error boundElsewhere(const std::string& keyStore)
{
    return { ErrorCode::Unauthorized,
        "This case file is tied to the keystore (" + keyStore
            + ") of the device it was set up on. Open it with the fieldnotes app on that device.",
        {} };
}

Result<BindingKeys> bindingKeys(const Binding& b, const KeyFileOptions& options)
{
    if (!options.keyStore || options.keyStore->name() != b.keyStore)
        return fail(boundElsewhere(b.keyStore));
    FN_TRY_ASSIGN(auto record, options.keyStore->load(b.storeId));
    if (!record || record->binding.size() != KeyStore::bindingSize)
        return fail(ErrorCode::KeyDestroyed,
            "This device's keystore no longer holds the key of this case file (the app's data was reset), so it "
            "cannot be opened. Pair the tablet again to restore synced work from the office.");
    return BindingKeys { deriveFrom(record->binding, checkContext), deriveFrom(record->binding, wrapContext),
        record->generation };
}

struct Loaded {
    Envelope envelope;
    std::optional<BindingKeys> keys; // when bound
};

Result<Loaded> load(const std::filesystem::path& path, const KeyFileOptions& options)
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
    Loaded loaded;
    Envelope& e = loaded.envelope;
    try {
        if (const auto b = j.find("binding"); b != j.end()) {
            e.binding = Binding { b->at("keystore").get<std::string>(), b->at("store").get<std::string>(),
                b->at("generation").get<std::uint64_t>() };
            FN_TRY_ASSIGN(loaded.keys, bindingKeys(*e.binding, options));
        }
    } catch (const nlohmann::json::exception&) {
        return fail(damaged());
    }
    if (version->get<int>() >= 2) {
        const auto check = j.find("check");
        if (check == j.end() || !check->is_string()
            || check->get<std::string>() != checksum(j, loaded.keys ? &loaded.keys->check : nullptr))
            return fail(damaged());
    }
    if (j.value("destroyed", false)) {
        e.destroyed = true;
        return loaded;
    }
    try {
        if (j.at("kdf").get<std::string>() != "argon2id13")
            return fail(damaged());
        e.cost.opsLimit = j.at("opslimit").get<unsigned long long>();
        e.cost.memLimit = j.at("memlimit").get<std::size_t>();
        e.failures = j.at("failures").get<int>();
        e.maxFailures = j.at("maxFailures").get<int>();
        e.lastFailureBoot = j.value("lastFailureBoot", std::string());
        e.lastFailureBootMs = j.value("lastFailureBootMs", std::int64_t { 0 });
        if (!fromBase64(j.at("salt").get<std::string>(), e.salt.data(), e.salt.size())
            || !fromBase64(j.at("nonce").get<std::string>(), e.nonce.data(), e.nonce.size())
            || !fromBase64(j.at("wrapped").get<std::string>(), e.wrapped.data(), e.wrapped.size()))
            return fail(damaged());
        if (j.contains("nextWrapped")) {
            std::pair<Nonce, Wrapped> next;
            if (!fromBase64(j.at("nextNonce").get<std::string>(), next.first.data(), next.first.size())
                || !fromBase64(j.at("nextWrapped").get<std::string>(), next.second.data(), next.second.size()))
                return fail(damaged());
            e.next = next;
        }
    } catch (const nlohmann::json::exception&) {
        return fail(damaged());
    }
    if (e.cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || e.cost.opsLimit > crypto_pwhash_OPSLIMIT_MAX
        || e.cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || e.cost.memLimit > (std::size_t { 4 } << 30) || e.failures < 0
        || e.maxFailures < 1)
        return fail(damaged());
    // A key file older than the newest this device wrote was put back by hand: with its lower failure
    // count, or a passphrase since changed. The file is left as found.
    if (loaded.keys && e.binding->generation < loaded.keys->storedGeneration)
        return fail(ErrorCode::Corrupt,
            "The key file is an older copy than the one this device last wrote; it was put back in place. It is "
            "not used. Pair the tablet again to restore synced work from the office.");
    return loaded;
}

// Writes the key file; a bound file's generation moves ahead of the keystore's first, then the
// keystore follows (a crash in between leaves a file one generation ahead, which is accepted).
Status store(const std::filesystem::path& path, Loaded& loaded, const KeyFileOptions& options)
{
    for (const auto& leftover : leftoverTemporaries(path)) {
        std::error_code ec;
        std::filesystem::remove(leftover, ec);
    }
    Envelope& e = loaded.envelope;
    if (e.binding && loaded.keys)
        e.binding->generation = std::max(e.binding->generation, loaded.keys->storedGeneration) + 1;
    FN_TRY(writeFileAtomically(path, serialize(e, loaded.keys ? &*loaded.keys : nullptr)));
    if (e.binding && loaded.keys && options.keyStore) {
        FN_TRY_ASSIGN(auto record, options.keyStore->load(e.binding->storeId));
        if (!record)
            return fail(ErrorCode::KeyDestroyed, "The keystore record of this case file disappeared.");
        record->generation = e.binding->generation;
        FN_TRY(options.keyStore->save(e.binding->storeId, *record));
        loaded.keys->storedGeneration = e.binding->generation;
    }
    return {};
}

Result<SecretBytes> deriveWrappingKey(std::string_view passphrase, const Loaded& loaded)
{
    const Envelope& e = loaded.envelope;
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.data(), passphrase.size(), e.salt.data(), e.cost.opsLimit,
            e.cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Internal, "Not enough memory to check the passphrase. Close other apps and retry.");
    if (!loaded.keys)
        return kek;
    SecretBytes bound(kek.size());
    crypto_generichash(
        bound.data(), bound.size(), kek.data(), kek.size(), loaded.keys->wrap.data(), loaded.keys->wrap.size());
    return bound;
}

void seal(Nonce& nonce, Wrapped& wrapped, const SecretBytes& key, const SecretBytes& kek)
{
    randombytes_buf(nonce.data(), nonce.size());
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(wrapped.data(), &len, key.data(), key.size(),
        reinterpret_cast<const unsigned char*>(associatedData.data()), associatedData.size(), nullptr, nonce.data(),
        kek.data());
}

std::optional<SecretBytes> unseal(const Nonce& nonce, const Wrapped& wrapped, const SecretBytes& kek)
{
    SecretBytes key(KeyFile::keySize);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &len, nullptr, wrapped.data(), wrapped.size(),
            reinterpret_cast<const unsigned char*>(associatedData.data()), associatedData.size(), nonce.data(),
            kek.data())
            != 0
        || len != KeyFile::keySize)
        return std::nullopt;
    return key;
}

// A fresh salt, then the key (and the key being moved to, if any) under the passphrase's new KEK.
Status wrap(Loaded& loaded, std::string_view passphrase, const SecretBytes& key, const SecretBytes* next)
{
    Envelope& e = loaded.envelope;
    randombytes_buf(e.salt.data(), e.salt.size());
    FN_TRY_ASSIGN(SecretBytes kek, deriveWrappingKey(passphrase, loaded));
    seal(e.nonce, e.wrapped, key, kek);
    e.next.reset();
    if (next) {
        std::pair<Nonce, Wrapped> n;
        seal(n.first, n.second, *next, kek);
        e.next = n;
    }
    return {};
}

// Never more than the delay itself. Measured on the time since boot: a change of date moves neither
// way. After a restart (another boot) the elapsed time is unknown, and the full delay is due again.
std::chrono::seconds waitRemaining(const Envelope& e, const Clock& clock)
{
    const auto delay = KeyFile::delayAfter(e.failures);
    if (delay.count() == 0)
        return delay;
    const BootTime now = clock.sinceBoot();
    if (now.boot != e.lastFailureBoot)
        return delay;
    const std::int64_t elapsedMs = std::max<std::int64_t>(now.ms - e.lastFailureBootMs, 0);
    const std::int64_t remainingMs = std::chrono::duration_cast<std::chrono::milliseconds>(delay).count() - elapsedMs;
    if (remainingMs <= 0)
        return std::chrono::seconds(0);
    return std::chrono::seconds((remainingMs + 999) / 1000);
}

void removeZeroed(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(file, ec)))
        return;
    (void)overwriteWithZeros(file);
    std::filesystem::remove(file, ec);
}

// The key first (a marker, so the app can say what happened), then its keystore record, then the
// store's other files; repeated on every later attempt, so a kill part-way finishes next time.
Status destroy(const std::filesystem::path& path, Loaded& loaded, const KeyFileOptions& options)
{
    if (!loaded.envelope.destroyed) {
        (void)overwriteWithZeros(path); // best effort on the old blocks
        Envelope marker;
        marker.destroyed = true;
        FN_TRY(writeFileAtomically(path, serialize(marker, nullptr)));
        if (loaded.envelope.binding && options.keyStore)
            FN_TRY(options.keyStore->erase(loaded.envelope.binding->storeId));
        loaded.envelope = marker;
        loaded.keys.reset();
    }
    for (const auto& leftover : leftoverTemporaries(path))
        removeZeroed(leftover);
    for (const auto& file : options.destroyWith)
        removeZeroed(file);
    return {};
}

Error destroyedError()
{
    return { ErrorCode::KeyDestroyed,
        "Too many wrong passphrases: the key has been destroyed and this tablet's copy of the case file can no "
        "longer be read. Ask the office to pair the tablet again; your synced work is kept there.",
        {} };
}

Result<Loaded> loadLocked(const std::filesystem::path& path, const KeyFileOptions& options)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, "The crypto library could not start.");
    return load(path, options);
}

std::filesystem::path folderOf(const std::filesystem::path& path)
{
    return path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
}

// One counted attempt. Under the folder lock: read the file, refuse if a delay is due, record the
// failure. Without it: the KDF (so one slow attempt does not hold others back). Under the lock
// again: read the file as it is now, and clear the count on success or destroy the key when the
// count has reached its limit.
Result<UnlockedKeys> attempt(
    const std::filesystem::path& path, std::string_view passphrase, const Clock& clock, const KeyFileOptions& options)
{
    Loaded before;
    {
        FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
        FN_TRY_ASSIGN(before, loadLocked(path, options));
        Envelope& e = before.envelope;
        if (e.destroyed) {
            FN_TRY(destroy(path, before, options));
            return fail(destroyedError());
        }
        if (const auto wait = waitRemaining(e, clock); wait.count() > 0) {
            const BootTime now = clock.sinceBoot();
            if (now.boot != e.lastFailureBoot) {
                // Counted in another boot: the delay starts again from now.
                e.lastFailureBoot = now.boot;
                e.lastFailureBootMs = now.ms;
                FN_TRY(store(path, before, options));
            }
            Error err { ErrorCode::MustWait,
                "Too many wrong passphrases. Wait " + std::to_string(wait.count()) + " seconds and try again.", wait };
            return fail(std::move(err));
        }
        const BootTime now = clock.sinceBoot();
        e.failures += 1;
        e.lastFailureBoot = now.boot;
        e.lastFailureBootMs = now.ms;
        FN_TRY(store(path, before, options));
    }

    FN_TRY_ASSIGN(SecretBytes kek, deriveWrappingKey(passphrase, before));
    auto key = unseal(before.envelope.nonce, before.envelope.wrapped, kek);
    std::optional<SecretBytes> next;
    if (key && before.envelope.next)
        next = unseal(before.envelope.next->first, before.envelope.next->second, kek);

    FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
    FN_TRY_ASSIGN(Loaded now, loadLocked(path, options));
    Envelope& e = now.envelope;
    if (key) {
        // The file may have changed meanwhile (another process's attempt): only its count is reset.
        if (e.destroyed)
            return fail(destroyedError());
        e.failures = 0;
        e.lastFailureBoot.clear();
        e.lastFailureBootMs = 0;
        FN_TRY(store(path, now, options));
        return UnlockedKeys { std::move(*key), std::move(next) };
    }
    if (e.destroyed || e.failures >= e.maxFailures) {
        FN_TRY(destroy(path, now, options));
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

std::string randomHex(std::size_t bytes)
{
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string out(bytes * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
    out.pop_back();
    return out;
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

Result<SecretBytes> KeyFile::create(const std::filesystem::path& path, std::string_view passphrase, KdfCost cost,
    int maxFailures, const Clock& clock, const KeyFileOptions& options)
{
    (void)clock;
    if (sodium_init() < 0)
        return fail(ErrorCode::Internal, "The crypto library could not start.");
    FN_TRY(checkPassphrasePolicy(passphrase));
    if (maxFailures < 1)
        return fail(ErrorCode::InvalidArgument, "The number of allowed failed attempts must be at least 1.");
    FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return fail(ErrorCode::AlreadyExists, "A fieldnotes store already exists in this folder.");

    Loaded loaded;
    Envelope& e = loaded.envelope;
    e.cost = cost;
    e.maxFailures = maxFailures;
    if (options.keyStore) {
        KeyStoreRecord record { SecretBytes(KeyStore::bindingSize), 1 };
        randombytes_buf(record.binding.data(), record.binding.size());
        e.binding = Binding { options.keyStore->name(), randomHex(16), 0 };
        FN_TRY(options.keyStore->save(e.binding->storeId, record));
        loaded.keys = BindingKeys { deriveFrom(record.binding, checkContext), deriveFrom(record.binding, wrapContext),
            record.generation };
    }
    SecretBytes key(keySize);
    randombytes_buf(key.data(), key.size());
    auto written = [&]() -> Status {
        FN_TRY(wrap(loaded, passphrase, key, nullptr));
        return store(path, loaded, options);
    }();
    if (!written) {
        if (e.binding)
            (void)options.keyStore->erase(e.binding->storeId);
        return fail(written.error());
    }
    return key;
}

Result<SecretBytes> KeyFile::unlock(
    const std::filesystem::path& path, std::string_view passphrase, const Clock& clock, const KeyFileOptions& options)
{
    FN_TRY_ASSIGN(UnlockedKeys keys, attempt(path, passphrase, clock, options));
    return std::move(keys.key);
}

Result<UnlockedKeys> KeyFile::unlockAll(
    const std::filesystem::path& path, std::string_view passphrase, const Clock& clock, const KeyFileOptions& options)
{
    return attempt(path, passphrase, clock, options);
}

Status KeyFile::changePassphrase(const std::filesystem::path& path, std::string_view oldPassphrase,
    std::string_view newPassphrase, const Clock& clock, std::optional<KdfCost> newCost, const KeyFileOptions& options)
{
    FN_TRY(checkPassphrasePolicy(newPassphrase));
    FN_TRY_ASSIGN(UnlockedKeys keys, attempt(path, oldPassphrase, clock, options));
    FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
    FN_TRY_ASSIGN(Loaded loaded, loadLocked(path, options));
    if (loaded.envelope.destroyed)
        return fail(destroyedError());
    if (newCost)
        loaded.envelope.cost = *newCost;
    FN_TRY(wrap(loaded, newPassphrase, keys.key, keys.next ? &*keys.next : nullptr));
    return store(path, loaded, options);
}

Status KeyFile::stageRekey(const std::filesystem::path& path, const SecretBytes& current, const SecretBytes& next,
    std::string_view newPassphrase, std::optional<KdfCost> newCost, const KeyFileOptions& options)
{
    FN_TRY(checkPassphrasePolicy(newPassphrase));
    FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
    FN_TRY_ASSIGN(Loaded loaded, loadLocked(path, options));
    if (loaded.envelope.destroyed)
        return fail(destroyedError());
    if (newCost)
        loaded.envelope.cost = *newCost;
    FN_TRY(wrap(loaded, newPassphrase, current, &next));
    return store(path, loaded, options);
}

Status KeyFile::settleRekey(const std::filesystem::path& path, bool adoptNext, const KeyFileOptions& options)
{
    FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
    FN_TRY_ASSIGN(Loaded loaded, loadLocked(path, options));
    Envelope& e = loaded.envelope;
    if (e.destroyed)
        return fail(destroyedError());
    if (!e.next)
        return {};
    if (adoptNext) {
        e.nonce = e.next->first;
        e.wrapped = e.next->second;
    }
    e.next.reset();
    return store(path, loaded, options);
}

Result<KeyFileState> KeyFile::inspect(
    const std::filesystem::path& path, const Clock& clock, const KeyFileOptions& options)
{
    FN_TRY_ASSIGN(Loaded loaded, loadLocked(path, options));
    const Envelope& e = loaded.envelope;
    KeyFileState s;
    s.destroyed = e.destroyed;
    s.failures = e.failures;
    s.maxFailures = e.maxFailures;
    s.cost = e.cost;
    s.bound = e.binding.has_value();
    s.rekeyPending = e.next.has_value();
    if (!e.destroyed)
        s.retryAfter = waitRemaining(e, clock);
    return s;
}

Status KeyFile::remove(const std::filesystem::path& path, const KeyFileOptions& options)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folderOf(path), ec))
        return {};
    FN_TRY_ASSIGN(FolderLock lock, FolderLock::exclusive(folderOf(path)));
    if (auto loaded = loadLocked(path, options)) {
        FN_TRY(destroy(path, *loaded, options));
    } else {
        // Unreadable (damaged, or bound to a keystore record already gone): its key cannot be
        // used, and the rest goes all the same.
        for (const auto& leftover : leftoverTemporaries(path))
            removeZeroed(leftover);
        for (const auto& file : options.destroyWith)
            removeZeroed(file);
    }
    removeZeroed(path);
    if (std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        return fail(ErrorCode::Io,
            "The key file " + path.filename().string() + " could not be removed. Delete the folder "
                + folderOf(path).string() + " by hand.");
    return syncFolder(folderOf(path));
}

} // namespace fieldnotes::core
