#include "exports.h"

#include "consent.h"
#include "fileio.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <set>
#include <unistd.h>

namespace fieldnotes::core {

namespace {

constexpr std::string_view magic = "FNEXPORT";
constexpr unsigned char formatVersion = 1;
constexpr std::size_t passphraseHeaderSize = 44;
constexpr std::size_t officeKeyHeaderSize = 100;
constexpr std::size_t keyIdSize = 8;
constexpr std::size_t sealedKeySize = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr std::size_t chunkSize = std::size_t { 64 } * 1024;
constexpr std::size_t maxManifestSize = 1 << 20;
constexpr unsigned long long maxOpsLimit = 16;
constexpr std::size_t maxMemLimit = std::size_t { 1 } << 30;
constexpr std::size_t abytes = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(sealedKeySize == 80);
static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == 24);

void putU64(std::string& out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xff);
}

void putU32(std::string& out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xff);
}

std::uint64_t getU64(std::string_view in, std::size_t at)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]);
    return v;
}

std::uint32_t getU32(std::string_view in, std::size_t at)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]);
    return v;
}

const unsigned char* bytes(std::string_view s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

std::array<unsigned char, keyIdSize> keyId(const ExportPublicKey& key)
{
    std::array<unsigned char, keyIdSize> id {};
    crypto_generichash(id.data(), id.size(), key.data(), key.size(), nullptr, 0);
    return id;
}

Error damaged()
{
    return { ErrorCode::Corrupt,
        "The export file is damaged or incomplete, so it cannot be opened. Ask for the export to be made again.", {} };
}

Error notAnExport()
{
    return { ErrorCode::NotADatabase, "This file is not a fieldnotes export.", {} };
}

bool validEntryName(const std::string& name)
{
    if (name.empty() || name.size() > 100 || name[0] == '.')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    });
}

std::size_t characters(std::string_view text)
{
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

using Sink = std::function<Status(std::string_view)>;

// Encrypts chunk by chunk into `sink`, one chunk buffer at a time.
class Pusher {
public:
    Pusher(const Sink& sink, const SecretBytes& key)
        : m_sink(sink)
    {
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_init_push(&m_state, header, key.data());
        m_header = std::string(reinterpret_cast<const char*>(header), sizeof header);
    }
    ~Pusher() { sodium_memzero(&m_state, sizeof m_state); }
    Pusher(const Pusher&) = delete;
    Pusher& operator=(const Pusher&) = delete;

    Status start() { return m_sink(m_header); }

    Status push(std::string_view plain, unsigned char tag, std::string_view ad = {})
    {
        const std::size_t size = plain.size() + abytes;
        m_chunk.clear();
        putU32(m_chunk, static_cast<std::uint32_t>(size));
        m_chunk.resize(4 + size);
        crypto_secretstream_xchacha20poly1305_push(&m_state, reinterpret_cast<unsigned char*>(m_chunk.data() + 4),
            nullptr, bytes(plain), plain.size(), ad.empty() ? nullptr : bytes(ad), ad.size(), tag);
        return m_sink(m_chunk);
    }

private:
    const Sink& m_sink;
    std::string m_header;
    std::string m_chunk;
    crypto_secretstream_xchacha20poly1305_state m_state {};
};

// A file written under a temporary name and renamed into place once complete and synced, so a
// crash leaves no partial export. It only ever receives ciphertext.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path path)
        : m_path(std::move(path))
        , m_tmp(m_path.string() + ".tmp")
    {
    }
    ~AtomicFile()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            ::unlink(m_tmp.c_str());
        }
    }
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    Status open()
    {
        m_fd = ::open(m_tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return fail(errorFromErrno(errno, "create " + m_path.filename().string()));
        return {};
    }

    Status write(std::string_view data)
    {
        while (!data.empty()) {
            const ssize_t n = ::write(m_fd, data.data(), data.size());
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return fail(errorFromErrno(errno, "write " + m_path.filename().string()));
            }
            data.remove_prefix(static_cast<std::size_t>(n));
        }
        return {};
    }

    Status commit()
    {
        if (::fsync(m_fd) != 0)
            return fail(errorFromErrno(errno, "sync " + m_path.filename().string()));
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0 || ::rename(m_tmp.c_str(), m_path.c_str()) != 0) {
            const int err = errno;
            ::unlink(m_tmp.c_str());
            return fail(errorFromErrno(err, "replace " + m_path.filename().string()));
        }
        const std::filesystem::path dir = m_path.has_parent_path() ? m_path.parent_path() : ".";
        const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
        return {};
    }

private:
    std::filesystem::path m_path;
    std::string m_tmp;
    int m_fd = -1;
};

class Puller {
public:
    Puller(std::string_view file, std::size_t at)
        : m_file(file)
        , m_pos(at)
    {
    }
    ~Puller() { sodium_memzero(&m_state, sizeof m_state); }
    Puller(const Puller&) = delete;
    Puller& operator=(const Puller&) = delete;

    bool start(const SecretBytes& key)
    {
        constexpr std::size_t n = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
        if (m_file.size() < m_pos + n)
            return false;
        const bool ok
            = crypto_secretstream_xchacha20poly1305_init_pull(&m_state, bytes(m_file.substr(m_pos, n)), key.data())
            == 0;
        m_pos += n;
        return ok;
    }

    // The next chunk's plaintext (at most `limit` bytes) and its tag; false if missing or forged.
    bool pull(std::string& plain, unsigned char& tag, std::size_t limit, std::string_view ad = {})
    {
        if (m_file.size() < m_pos + 4)
            return false;
        const std::size_t size = getU32(m_file, m_pos);
        m_pos += 4;
        if (size < abytes || size - abytes > limit || m_file.size() - m_pos < size)
            return false;
        plain.resize(size - abytes);
        unsigned long long length = 0;
        const int rc
            = crypto_secretstream_xchacha20poly1305_pull(&m_state, reinterpret_cast<unsigned char*>(plain.data()),
                &length, &tag, bytes(m_file.substr(m_pos, size)), size, ad.empty() ? nullptr : bytes(ad), ad.size());
        m_pos += size;
        return rc == 0;
    }

    bool atEnd() const { return m_pos == m_file.size(); }

private:
    std::string_view m_file;
    std::size_t m_pos;
    crypto_secretstream_xchacha20poly1305_state m_state {};
};

Result<ExportBundle> openWithKey(std::string_view file, std::size_t headerSize, const SecretBytes& key, Error wrongKey)
{
    const std::string_view header = file.substr(0, headerSize);
    Puller in(file, headerSize);
    std::string plain;
    unsigned char tag = 0;
    if (!in.start(key) || !in.pull(plain, tag, maxManifestSize, header)
        || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        return fail(std::move(wrongKey));

    ExportBundle bundle;
    std::vector<std::size_t> sizes;
    try {
        const auto manifest = nlohmann::json::parse(plain);
        if (manifest.at("format").get<std::string>() != "fieldnotes-export")
            return fail(damaged());
        bundle.kind = manifest.at("kind").get<std::string>();
        if (const auto created = parseDate(manifest.at("createdOn").get<std::string>()))
            bundle.createdOn = *created;
        std::set<std::string> names;
        for (const auto& e : manifest.at("entries")) {
            ExportEntry entry { e.at("name").get<std::string>(), e.at("type").get<std::string>(), {} };
            if (!validEntryName(entry.name) || !names.insert(entry.name).second)
                return fail(damaged());
            sizes.push_back(e.at("size").get<std::size_t>());
            bundle.entries.push_back(std::move(entry));
        }
    } catch (const nlohmann::json::exception&) {
        return fail(damaged());
    }

    for (std::size_t i = 0; i < bundle.entries.size(); ++i) {
        std::string& content = bundle.entries[i].content;
        if (sizes[i] > file.size()) // an entry cannot be larger than the file it came in
            return fail(damaged());
        content.reserve(sizes[i]);
        while (content.size() < sizes[i]) {
            if (!in.pull(plain, tag, std::min(chunkSize, sizes[i] - content.size()))
                || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || plain.empty())
                return fail(damaged());
            content += plain;
        }
    }
    if (!in.pull(plain, tag, 0) || tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL || !in.atEnd())
        return fail(damaged());
    sodium_memzero(plain.data(), plain.size());
    return bundle;
}

Result<std::string_view> checkedHeader(std::string_view file, ExportKeyMode expected)
{
    FN_TRY_ASSIGN(const ExportKeyMode mode, exportKeyMode(file));
    if (mode != expected)
        return fail(ErrorCode::InvalidArgument,
            mode == ExportKeyMode::Passphrase
                ? "This export is opened with its export passphrase, not with the office key."
                : "This export is sealed to the office's export key: open it with the office store, not a passphrase.");
    const std::size_t size = mode == ExportKeyMode::Passphrase ? passphraseHeaderSize : officeKeyHeaderSize;
    if (file.size() < size)
        return fail(damaged());
    return file.substr(0, size);
}

nlohmann::json manifestOf(const ExportBundle& b)
{
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& e : b.entries)
        entries.push_back({ { "name", e.name }, { "type", e.mediaType }, { "size", e.content.size() } });
    return { { "format", "fieldnotes-export" }, { "version", formatVersion }, { "kind", b.kind },
        { "createdOn", b.createdOn.ok() ? formatDate(b.createdOn) : "" }, { "entries", entries } };
}

std::string base64(const unsigned char* data, std::size_t size)
{
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool unbase64(std::string_view text, unsigned char* out, std::size_t expected)
{
    std::size_t length = 0;
    return sodium_base642bin(
               out, expected, text.data(), text.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL)
        == 0
        && length == expected;
}

constexpr std::string_view officePublicKeyState = "export_public_key";
constexpr std::string_view officeSecretKeyState = "export_secret_key";
constexpr std::string_view recipientState = "export_recipient_key";

// JSON of a document, with any invalid UTF-8 replaced rather than thrown over.
std::string jsonText(const nlohmann::json& j)
{
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

void addDocument(ExportBundle& b, const Document& d, const std::string& name)
{
    b.entries.push_back({ name + ".json", "application/json", jsonText(documentToJson(d)) });
    b.entries.push_back({ name + ".txt", "text/plain", documentToText(d) });
}

} // namespace

Status checkExportPassphrase(std::string_view passphrase)
{
    if (characters(passphrase) < minimumExportPassphraseLength)
        return fail(ErrorCode::InvalidArgument,
            "An export passphrase needs at least 12 characters, because the file may travel. Let fieldnotes make "
            "one up if you like.");
    return {};
}

std::string generateExportPassphrase()
{
    static constexpr std::string_view symbols = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1
    std::string out;
    for (int i = 0; i < 24; ++i) {
        if (i > 0 && i % 4 == 0)
            out += '-';
        out += symbols[randombytes_uniform(static_cast<std::uint32_t>(symbols.size()))];
    }
    return out;
}

namespace {

Status sealInto(const ExportBundle& bundle, const ExportSeal& seal, const Sink& sink)
{
    std::set<std::string> names;
    for (const auto& e : bundle.entries)
        if (!validEntryName(e.name) || !names.insert(e.name).second)
            return fail(ErrorCode::InvalidArgument, "An export entry has an invalid or repeated name.");

    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    std::string out(magic);
    out += static_cast<char>(formatVersion);
    if (const auto* p = std::get_if<PassphraseSeal>(&seal)) {
        FN_TRY(checkExportPassphrase(p->passphrase));
        if (p->cost.opsLimit > maxOpsLimit || p->cost.memLimit > maxMemLimit)
            return fail(ErrorCode::InvalidArgument, "That key derivation cost is more than an export may ask for.");
        unsigned char salt[crypto_pwhash_SALTBYTES];
        randombytes_buf(salt, sizeof salt);
        if (crypto_pwhash(key.data(), key.size(), p->passphrase.data(), p->passphrase.size(), salt, p->cost.opsLimit,
                p->cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            return fail(
                ErrorCode::Internal, "Not enough memory to protect the export. Close other apps and try again.");
        out += static_cast<char>(ExportKeyMode::Passphrase);
        out.append(2, '\0');
        putU64(out, p->cost.opsLimit);
        putU64(out, p->cost.memLimit);
        out.append(reinterpret_cast<const char*>(salt), sizeof salt);
    } else {
        const ExportPublicKey& recipient = std::get<OfficeKeySeal>(seal).publicKey;
        crypto_secretstream_xchacha20poly1305_keygen(key.data());
        unsigned char sealed[sealedKeySize];
        if (crypto_box_seal(sealed, key.data(), key.size(), recipient.data()) != 0)
            return fail(ErrorCode::InvalidArgument, "The office export key is not a valid key. Pair the tablet again.");
        out += static_cast<char>(ExportKeyMode::OfficeKey);
        out.append(2, '\0');
        const auto id = keyId(recipient);
        out.append(reinterpret_cast<const char*>(id.data()), id.size());
        out.append(reinterpret_cast<const char*>(sealed), sizeof sealed);
    }
    const std::string& header = out;
    FN_TRY(sink(header));
    Pusher stream(sink, key);
    FN_TRY(stream.start());
    FN_TRY(stream.push(jsonText(manifestOf(bundle)), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, header));
    for (const auto& e : bundle.entries)
        for (std::size_t at = 0; at < e.content.size(); at += chunkSize)
            FN_TRY(stream.push(
                std::string_view(e.content).substr(at, chunkSize), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE));
    return stream.push({}, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
}

} // namespace

Result<std::string> sealExport(const ExportBundle& bundle, const ExportSeal& seal)
{
    std::string out;
    FN_TRY(sealInto(bundle, seal, [&](std::string_view piece) -> Status {
        out.append(piece);
        return {};
    }));
    return out;
}

Result<ExportKeyMode> exportKeyMode(std::string_view file)
{
    if (file.size() < 12 || file.substr(0, magic.size()) != magic)
        return fail(notAnExport());
    if (static_cast<unsigned char>(file[8]) != formatVersion)
        return fail(ErrorCode::SchemaTooNew,
            "This export was made by a newer version of fieldnotes. Update fieldnotes on this machine to open it.");
    const auto mode = static_cast<unsigned char>(file[9]);
    if (mode == static_cast<unsigned char>(ExportKeyMode::Passphrase))
        return ExportKeyMode::Passphrase;
    if (mode == static_cast<unsigned char>(ExportKeyMode::OfficeKey))
        return ExportKeyMode::OfficeKey;
    return fail(damaged());
}

Result<ExportBundle> openExport(std::string_view file, std::string_view passphrase)
{
    FN_TRY_ASSIGN(const std::string_view header, checkedHeader(file, ExportKeyMode::Passphrase));
    const std::uint64_t ops = getU64(header, 12);
    const std::uint64_t mem = getU64(header, 20);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > maxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN || mem > maxMemLimit)
        return fail(damaged()); // a crafted cost must not make this machine work for hours
    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), bytes(header.substr(28, 16)), ops,
            static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Internal, "Not enough memory to open the export. Close other programs and try again.");
    return openWithKey(file, header.size(), key,
        { ErrorCode::WrongPassphrase,
            "The export could not be opened: the passphrase is wrong, or the file was changed. Check the passphrase "
            "and try again.",
            {} });
}

Result<ExportBundle> openExport(std::string_view file, const ExportPublicKey& publicKey, const SecretBytes& secretKey)
{
    FN_TRY_ASSIGN(const std::string_view header, checkedHeader(file, ExportKeyMode::OfficeKey));
    const auto id = keyId(publicKey);
    if (std::memcmp(header.data() + 12, id.data(), id.size()) != 0)
        return fail(ErrorCode::Unauthorized,
            "This export was sealed to another office's key, so this office store cannot open it.");
    if (secretKey.size() != crypto_box_SECRETKEYBYTES)
        return fail(ErrorCode::InvalidArgument, "The office export key is incomplete.");
    SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_box_seal_open(
            key.data(), bytes(header.substr(20, sealedKeySize)), sealedKeySize, publicKey.data(), secretKey.data())
        != 0)
        return fail(damaged());
    return openWithKey(file, header.size(), key, damaged());
}

Status writeExport(const std::filesystem::path& path, const ExportBundle& bundle, const ExportSeal& seal)
{
    // Streamed to the file chunk by chunk: a large export is never held twice in memory.
    AtomicFile file(path);
    FN_TRY(file.open());
    FN_TRY(sealInto(bundle, seal, [&](std::string_view piece) { return file.write(piece); }));
    return file.commit();
}

// ---- The office's export key ---------------------------------------------------------------------

Result<ExportPublicKey> createOfficeExportKey(Store& office)
{
    FN_TRY_ASSIGN(const auto existing, office.state(officePublicKeyState));
    if (existing)
        return fail(ErrorCode::AlreadyExists,
            "This office store already has an export key; making a new one would leave older exports unreadable.");
    ExportPublicKey pk {};
    SecretBytes sk(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(pk.data(), sk.data());
    std::string secretText = base64(sk.data(), sk.size());
    auto st = office.transaction([&]() -> Status {
        FN_TRY(office.setState(officeSecretKeyState, secretText));
        return office.setState(officePublicKeyState, exportKeyText(pk));
    });
    wipeString(secretText);
    FN_TRY(st);
    return pk;
}

Result<std::pair<ExportPublicKey, SecretBytes>> officeExportKey(Store& office)
{
    FN_TRY_ASSIGN(auto pkText, office.state(officePublicKeyState));
    FN_TRY_ASSIGN(auto skText, office.state(officeSecretKeyState));
    auto* pkString = pkText ? std::get_if<std::string>(&*pkText) : nullptr;
    auto* skString = skText ? std::get_if<std::string>(&*skText) : nullptr;
    if (!pkString || !skString)
        return fail(ErrorCode::NotFound, "This office store has no export key yet. Create one first (export-key).");
    FN_TRY_ASSIGN(const ExportPublicKey pk, exportKeyFromText(*pkString));
    SecretBytes sk(crypto_box_SECRETKEYBYTES);
    const bool ok = unbase64(*skString, sk.data(), sk.size());
    wipeString(*skString);
    if (!ok)
        return fail(ErrorCode::Corrupt, "The office export key in this store is damaged.");
    return std::pair<ExportPublicKey, SecretBytes>(pk, std::move(sk));
}

Result<std::optional<ExportPublicKey>> exportRecipient(Store& device)
{
    FN_TRY_ASSIGN(const auto text, device.state(recipientState));
    if (!text || !std::holds_alternative<std::string>(*text))
        return std::optional<ExportPublicKey> {};
    FN_TRY_ASSIGN(const ExportPublicKey key, exportKeyFromText(std::get<std::string>(*text)));
    return std::optional(key);
}

Status setExportRecipient(Store& device, const ExportPublicKey& publicKey)
{
    return device.setState(recipientState, exportKeyText(publicKey));
}

std::string exportKeyText(const ExportPublicKey& key)
{
    return base64(key.data(), key.size());
}

Result<ExportPublicKey> exportKeyFromText(std::string_view text)
{
    ExportPublicKey key {};
    if (!unbase64(text, key.data(), key.size()))
        return fail(ErrorCode::InvalidArgument, "That is not an office export key (44 characters of base64).");
    return key;
}

// ---- What each export holds ----------------------------------------------------------------------

Result<ExportBundle> individualReportExport(
    Store& store, const std::vector<Id>& participantIds, const Date& asOf, const ReportOptions& options)
{
    ExportBundle b { "individual_report", asOf, {} };
    for (const Id& id : participantIds) {
        FN_TRY_ASSIGN(const Document d, individualReport(store, id, asOf, options));
        addDocument(b, d, "individual_report_" + id);
    }
    FN_TRY_ASSIGN(const CsvTable table, individualReportTable(store, participantIds, asOf));
    b.entries.push_back({ "individual_reports.csv", "text/csv", toCsv(table) });
    return b;
}

Result<ExportBundle> sharedAboutMeExport(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options)
{
    ExportBundle b { "shared_about_me", asOf, {} };
    FN_TRY_ASSIGN(const Document d, sharedAboutMe(store, participantId, asOf, options));
    addDocument(b, d, "shared_about_me");
    FN_TRY_ASSIGN(const CsvTable table, sharedAboutMeTable(store, participantId, asOf));
    b.entries.push_back({ "shared_about_me.csv", "text/csv", toCsv(table) });
    return b;
}

Result<ExportBundle> rightOfAccessExport(
    Store& store, const Id& participantId, const Date& asOf, const ReportOptions& options)
{
    ExportBundle b { "right_of_access", asOf, {} };
    b.entries.push_back({ "README.txt", "text/plain",
        "Innsyn: alt denne enheten har lagret om deltakeren.\n"
        "Right of access: everything this device holds about the participant.\n\n"
        "shared_about_me.*   hva som deles, med hvem og når / what is shared, with whom and when\n"
        "individual_report.* forløp og resultat / pathway and outcome\n"
        "right_of_access.*   alt som er lagret, i ord / everything held, in words\n"
        "table_*.csv         hver tabell, med lagrede verdier / every table, as stored\n" });
    FN_TRY_ASSIGN(const Document shared, sharedAboutMe(store, participantId, asOf, options));
    addDocument(b, shared, "shared_about_me");
    FN_TRY_ASSIGN(const Document report, individualReport(store, participantId, asOf, options));
    addDocument(b, report, "individual_report");
    FN_TRY_ASSIGN(const Document everything, rightOfAccessDocument(store, participantId, asOf, options));
    addDocument(b, everything, "right_of_access");
    FN_TRY_ASSIGN(const auto tables, participantTables(store, participantId));
    for (const auto& [name, table] : tables)
        b.entries.push_back({ "table_" + name + ".csv", "text/csv", toCsv(table) });
    return b;
}

ExportBundle figuresExport(
    const Figures& figures, const Date& createdOn, const ReportOptions& options, const CsvDialect& dialect)
{
    ExportBundle b { figures.team ? "team_figures" : "own_figures", createdOn, {} };
    addDocument(b, figuresReport(figures, createdOn, options), b.kind);
    b.entries.push_back({ b.kind + ".csv", "text/csv", toCsv(figuresTable(figures), dialect) });
    return b;
}

Status exportEmployerBrief(Store& store, const Id& participantId, const Id& employerId,
    const std::filesystem::path& path, const ExportSeal& seal, const ReportOptions& options)
{
    const Date today = store.today();
    FN_TRY_ASSIGN(const Document brief, employerBrief(store, participantId, employerId, today, options));
    FN_TRY_ASSIGN(const auto items, sharedItems(store, participantId, RecipientKind::Employer, employerId, today));
    FN_TRY_ASSIGN(const Employer employer, store.get<Employer>(employerId));
    ExportBundle b { "employer_brief", today, {} };
    addDocument(b, brief, "employer_brief");
    FN_TRY(writeExport(path, b, seal));

    Disclosure x;
    x.participantId = participantId;
    x.recipientKind = RecipientKind::Employer;
    x.recipientId = employerId;
    x.recipientName = employer.name;
    x.items = items;
    x.channel = DisclosureChannel::Export;
    x.purpose = brief.title;
    x.occurredOn = today;
    x.authorId = store.staffId().empty() ? store.deviceId() : store.staffId();
    if (auto appended = store.append(x); !appended) {
        std::error_code ec;
        std::filesystem::remove(path, ec); // not recorded, so not handed over
        return fail(appended.error());
    }
    return {};
}

} // namespace fieldnotes::core
