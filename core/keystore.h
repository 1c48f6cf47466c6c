// The seam between key custody and a platform keystore.
//
// A key file on its own can be copied, rewritten and put back by anyone who can reach the data
// folder. A keystore is somewhere they cannot, or not as easily: Android's Keystore, iOS's Keychain
// (this device only), or on desktop Linux a file outside the data folder. For each store it keeps:
// - `binding`: 32 random bytes mixed into the key that wraps the database key, and into the key
//   file's check. Without them the key file neither unwraps nor verifies: a copied data folder is
//   not enough to guess the passphrase elsewhere, and a rewritten key file (a failure count reset
//   to zero) is refused as altered.
// - `generation`: the number of the newest key file written. Every write of the key file raises
//   it, so an older copy put back (with its lower failure count, or an old passphrase) is refused.
//
// Core owns this interface and never owns an implementation: the app hands one in through
// StoreOptions (platform/keystore.h), and must keep it alive while stores are open.
#pragma once

#include "result.h"
#include "secret.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fieldnotes::core {

struct KeyStoreRecord {
    SecretBytes binding; // KeyStore::bindingSize bytes
    std::uint64_t generation = 0;
};

class KeyStore {
public:
    static constexpr std::size_t bindingSize = 32;

    virtual ~KeyStore() = default;
    // A short name written into the key file ("linux-file", "android-keystore"), so that a store
    // opened without its keystore can say where it belongs.
    virtual std::string name() const = 0;
    // The record for `storeId` (hex), or nullopt when there is none.
    virtual Result<std::optional<KeyStoreRecord>> load(std::string_view storeId) = 0;
    // Creates or replaces the record, durably, before returning.
    virtual Status save(std::string_view storeId, const KeyStoreRecord& record) = 0;
    // Forgets the record (the key is destroyed); no error if there is none.
    virtual Status erase(std::string_view storeId) = 0;
};

} // namespace fieldnotes::core
