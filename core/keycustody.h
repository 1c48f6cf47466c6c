// Custody of the database key.
//
// The store is encrypted with 256 random bits. That key never exists on disk in the clear: the key
// file holds it wrapped (XChaCha20-Poly1305) under a key derived from the user's passphrase with
// Argon2id. Unlocking costs one KDF; changing the passphrase re-wraps the same key, so the database
// is not re-encrypted (a rekey, Store::rekey, gives it a new key).
//
// Guessing is throttled by the key file itself:
// - each failure is recorded before the KDF runs (killing the app mid-attempt does not reset it);
// - the key file is locked across processes while it is read and rewritten, so attempts made at
//   the same moment by several processes are each counted;
// - later attempts wait a growing delay, measured on the time since boot (a change of date does not
//   shorten it; after a restart it starts again);
// - after `maxFailures` failures the wrapped key is overwritten and the store's other files
//   (`destroyWith`) are removed.
// Without a keystore, whoever can write the data folder can rewrite or replace the key file (its
// check only tells damage from a wrong passphrase). With one (keystore.h), the file is bound to it:
// a rewritten or older key file is refused, and the file alone cannot be attacked elsewhere.
#pragma once

#include "clock.h"
#include "keystore.h"
#include "result.h"
#include "secret.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace fieldnotes::core {

// Argon2id cost. `standard()` is what a tablet uses (tuned to the unlock budget, see tests/bench);
// `minimum()` is libsodium's floor, for tests that unlock thousands of times.
struct KdfCost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    static KdfCost standard();
    static KdfCost minimum();
    // At least as costly as `floor` in both memory and passes.
    bool atLeast(const KdfCost& floor) const { return opsLimit >= floor.opsLimit && memLimit >= floor.memLimit; }
};

struct KeyFileState {
    int failures = 0;
    int maxFailures = 0;
    std::chrono::seconds retryAfter { 0 }; // 0 when an attempt may be made now
    bool destroyed = false;
    bool bound = false; // to a keystore
    bool rekeyPending = false; // a rekey was interrupted; the next unlock finishes or undoes it
    KdfCost cost;
};

// How the key file is kept beside the rest of the store.
struct KeyFileOptions {
    KeyStore* keyStore = nullptr; // not owned; bind new key files to it, and verify bound ones
    std::vector<std::filesystem::path> destroyWith; // removed (zeroed first) when the key is destroyed
};

// The keys a key file holds: the database's, and during a rekey the one it is moving to.
struct UnlockedKeys {
    SecretBytes key;
    std::optional<SecretBytes> next;
};

class KeyFile {
public:
    static constexpr int defaultMaxFailures = 10;
    static constexpr std::size_t keySize = 32;

    // Delay required before the next attempt after `failures` consecutive failures.
    static std::chrono::seconds delayAfter(int failures);

    // Creates a key file with a fresh random key and returns that key. Fails if one exists, or if
    // the passphrase does not meet the policy (passphrasepolicy.h).
    static Result<SecretBytes> create(const std::filesystem::path& path, std::string_view passphrase, KdfCost cost,
        int maxFailures, const Clock& clock, const KeyFileOptions& options = {});

    // Returns the database key, or WrongPassphrase / MustWait (with retryAfter) / KeyDestroyed.
    static Result<SecretBytes> unlock(const std::filesystem::path& path, std::string_view passphrase,
        const Clock& clock, const KeyFileOptions& options = {});
    // As unlock(), with the key of an interrupted rekey when there is one.
    static Result<UnlockedKeys> unlockAll(const std::filesystem::path& path, std::string_view passphrase,
        const Clock& clock, const KeyFileOptions& options = {});

    // Re-wraps the key under a new passphrase (an unlock attempt with the old one, counted as such).
    static Status changePassphrase(const std::filesystem::path& path, std::string_view oldPassphrase,
        std::string_view newPassphrase, const Clock& clock, std::optional<KdfCost> newCost = std::nullopt,
        const KeyFileOptions& options = {});

    // The first step of a rekey, after a successful unlock gave `current`: wraps both `current`
    // and `next` under `newPassphrase` (from now on the only one that opens the store), and marks
    // the rekey pending. settleRekey() ends it, keeping the key that opens the database.
    static Status stageRekey(const std::filesystem::path& path, const SecretBytes& current, const SecretBytes& next,
        std::string_view newPassphrase, std::optional<KdfCost> newCost, const KeyFileOptions& options = {});
    static Status settleRekey(const std::filesystem::path& path, bool adoptNext, const KeyFileOptions& options = {});

    static Result<KeyFileState> inspect(
        const std::filesystem::path& path, const Clock& clock, const KeyFileOptions& options = {});

    // Destroys the key as too many wrong passphrases do (the wrapped key overwritten, the keystore's
    // record forgotten, `destroyWith` and the key file's own temporaries zeroed and removed), and
    // then removes the key file too: nothing is left to say a store was there. For a tablet the
    // office withdrew, which starts again as freshly installed. A key file that is missing or cannot
    // be read does not stop the rest from going.
    static Status remove(const std::filesystem::path& path, const KeyFileOptions& options = {});
};

} // namespace fieldnotes::core
