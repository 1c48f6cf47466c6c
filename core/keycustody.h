// Custody of the database key.
//
// The store is encrypted with 256 random bits. That key never exists on disk in the clear: the key
// file holds it wrapped (XChaCha20-Poly1305) under a key derived from the user's passphrase with
// Argon2id. Unlocking costs one KDF; changing the passphrase re-wraps the same key, so the database
// is not re-encrypted.
//
// Guessing is throttled by the key file itself: each failure is recorded before the KDF runs (so
// killing the app mid-attempt does not reset the count), later attempts must wait a growing delay,
// and after `maxFailures` failures the wrapped key is overwritten and the store is unreadable for good.
#pragma once

#include "clock.h"
#include "result.h"
#include "secret.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string_view>

namespace fieldnotes::core {

// Argon2id cost. `standard()` is what a tablet uses (tuned to the unlock budget, see tests/bench);
// `minimum()` is libsodium's floor, for tests that unlock thousands of times.
struct KdfCost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    static KdfCost standard();
    static KdfCost minimum();
};

struct KeyFileState {
    int failures = 0;
    int maxFailures = 0;
    std::chrono::seconds retryAfter { 0 }; // 0 when an attempt may be made now
    bool destroyed = false;
    KdfCost cost;
};

class KeyFile {
public:
    static constexpr int defaultMaxFailures = 10;
    static constexpr std::size_t minimumPassphraseLength = 8; // characters (UTF-8 code points)
    static constexpr std::size_t keySize = 32;

    // Delay required before the next attempt after `failures` consecutive failures.
    static std::chrono::seconds delayAfter(int failures);

    // Creates a key file with a fresh random key and returns that key. Fails if one exists.
    static Result<SecretBytes> create(const std::filesystem::path& path, std::string_view passphrase, KdfCost cost,
        int maxFailures, const Clock& clock);

    // Returns the database key, or WrongPassphrase / MustWait (with retryAfter) / KeyDestroyed.
    static Result<SecretBytes> unlock(
        const std::filesystem::path& path, std::string_view passphrase, const Clock& clock);

    // Re-wraps the key under a new passphrase (an unlock attempt with the old one, counted as such).
    static Status changePassphrase(const std::filesystem::path& path, std::string_view oldPassphrase,
        std::string_view newPassphrase, const Clock& clock, std::optional<KdfCost> newCost = std::nullopt);

    static Result<KeyFileState> inspect(const std::filesystem::path& path, const Clock& clock);
};

} // namespace fieldnotes::core
