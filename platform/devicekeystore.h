// The platform's keystore for key custody (core/keystore.h says what it keeps and why).
//
// Desktop Linux has no keystore an app can bind data to: the Secret Service (GNOME Keyring,
// KWallet) answers any program of the same user, and a TPM is neither always there nor ours to
// use. What it allows is a place outside the data folder: FileKeyStore keeps each store's record in
// $XDG_STATE_HOME/fieldnotes/keystore (~/.local/state/...), a 0700 folder of 0600 files. That keeps
// a copied or restored data folder from being opened or attacked on its own, and refuses a key file
// rewritten or put back in place; it does not stop someone who can act as the user on this machine.
// platform/README.md says what Android and iOS must provide instead.
//
// Plain C++ (no Qt), so that it could serve the command lines too; the app uses it through
// platformKeyStore().
#pragma once

#include "keystore.h"

#include <filesystem>

namespace fieldnotes::platform {

class FileKeyStore final : public core::KeyStore {
public:
    explicit FileKeyStore(std::filesystem::path folder);

    // $XDG_STATE_HOME/fieldnotes/keystore, or ~/.local/state/fieldnotes/keystore.
    static std::filesystem::path defaultFolder();

    std::string name() const override { return "linux-file"; }
    core::Result<std::optional<core::KeyStoreRecord>> load(std::string_view storeId) override;
    core::Status save(std::string_view storeId, const core::KeyStoreRecord& record) override;
    core::Status erase(std::string_view storeId) override;

private:
    core::Result<std::filesystem::path> recordPath(std::string_view storeId) const;
    std::filesystem::path m_folder;
};

// The keystore the app binds new stores to on this platform; it lives as long as the process.
core::KeyStore& platformKeyStore();

} // namespace fieldnotes::platform
