// Encrypted export files. Sensitive data stays encrypted when it leaves the tablet: every export is
// one file whose content is sealed with libsodium's secretstream (XChaCha20-Poly1305, in chunks),
// under one of two keys:
//
// - an export passphrase (Argon2id13 with the cost written in the file; at least 12 characters;
//   generateExportPassphrase() gives 120 random bits, to read out to the office on the phone);
// - or, better, the office's export key: a random file key sealed to the office's X25519 public
//   key (crypto_box_seal). Nothing secret travels beside the file, no passphrase can be weak or
//   overheard, and not even the tablet that made the export can open it again - only the office
//   store that holds the secret key. The public key reaches a tablet with its pairing (or
//   `fieldnotes-cli export-recipient`); the secret key lives in the office's encrypted store.
//
// File layout (integers little-endian):
//   0  "FNEXPORT"   8  version (1)   9  key mode (1 passphrase, 2 office key)   10  two zero bytes
//   passphrase:  12 opslimit u64, 20 memlimit u64, 28 salt (16)                 -> header of 44 bytes
//   office key:  12 key id (8: BLAKE2b of the public key), 20 sealed file key (80) -> 100 bytes
//   then the secretstream header (24), then chunks: u32 length + ciphertext.
// The first chunk is the manifest (JSON: kind, date, entries with name, media type and size), with
// the file header as additional data, so a changed cost, salt or key id is caught. The entries'
// bytes follow in order, in chunks of at most 64 KiB, and an empty final chunk closes the stream:
// a truncated, reordered, altered or extended file is refused. Plaintext never touches the disk
// here: the file is sealed in memory and written once (0600, atomically).
#pragma once

#include "keycustody.h"
#include "reports.h"
#include "secret.h"
#include "store.h"

#include <array>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace fieldnotes::core {

struct ExportEntry {
    std::string name; // a file name: letters, digits, '.', '_', '-'; not starting with '.'
    std::string mediaType; // "application/json", "text/csv", "text/plain"
    std::string content;
};

struct ExportBundle {
    std::string kind; // employer_brief, individual_report, shared_about_me, right_of_access, figures
    Date createdOn {};
    std::vector<ExportEntry> entries;
};

using ExportPublicKey = std::array<unsigned char, 32>;

struct PassphraseSeal {
    std::string_view passphrase;
    KdfCost cost = KdfCost::standard();
};
struct OfficeKeySeal {
    ExportPublicKey publicKey;
};
using ExportSeal = std::variant<PassphraseSeal, OfficeKeySeal>;

enum class ExportKeyMode { Passphrase = 1, OfficeKey = 2 };

inline constexpr std::size_t minimumExportPassphraseLength = 12; // characters

Status checkExportPassphrase(std::string_view passphrase);
std::string generateExportPassphrase(); // 24 symbols in groups of four, 120 bits

Result<std::string> sealExport(const ExportBundle& bundle, const ExportSeal& seal);
Result<ExportKeyMode> exportKeyMode(std::string_view file);
Result<ExportBundle> openExport(std::string_view file, std::string_view passphrase);
Result<ExportBundle> openExport(std::string_view file, const ExportPublicKey& publicKey, const SecretBytes& secretKey);

// Seals and writes the file (0600, atomically: a crash leaves no partial file).
Status writeExport(const std::filesystem::path& path, const ExportBundle& bundle, const ExportSeal& seal);

// ---- The office's export key ---------------------------------------------------------------------

// Creates the office's export key pair in this store (once; AlreadyExists after) and returns the
// public key. The secret key is kept in the store's local state, inside the encrypted database.
Result<ExportPublicKey> createOfficeExportKey(Store& office);
// The office's key pair, to open exports sealed to it.
Result<std::pair<ExportPublicKey, SecretBytes>> officeExportKey(Store& office);
// On a tablet: the office public key exports are sealed to, if one has been set.
Result<std::optional<ExportPublicKey>> exportRecipient(Store& device);
Status setExportRecipient(Store& device, const ExportPublicKey& publicKey);
std::string exportKeyText(const ExportPublicKey& key); // base64, for pairing bundles and the command line
Result<ExportPublicKey> exportKeyFromText(std::string_view text);

// ---- What each export holds ----------------------------------------------------------------------

// The office's individual reports (a document per participant and one CSV row each).
Result<ExportBundle> individualReportExport(
    Store& store, const std::vector<Id>& participantIds, const Date& asOf, const ReportOptions& options = {});
// For the participant: what is shared about them, as a document and CSV.
Result<ExportBundle> sharedAboutMeExport(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options = {});
// The right of access: every table held about them, "what is shared about me" and the individual report.
Result<ExportBundle> rightOfAccessExport(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options = {});
// Figures (own or team), as a document and CSV.
ExportBundle figuresExport(const Figures& figures, const Date& createdOn, const ReportOptions& options = {},
    const CsvDialect& dialect = CsvDialect::standard());

// The employer brief as of the store's today, written to `path`, and recorded as a disclosure (what
// items, to whom, when) once the file is there - so the journal never claims a disclosure that did
// not happen, and "what is shared about me" shows every one that did. Always today's consents: a
// brief cannot be backdated past a revocation. Refused when nothing is shared.
Status exportEmployerBrief(Store& store, const Id& participantId, const Id& employerId,
    const std::filesystem::path& path, const ExportSeal& seal, const ReportOptions& options = {});

} // namespace fieldnotes::core
