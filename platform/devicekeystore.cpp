#include "devicekeystore.h"

#include "fileio.h"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace fieldnotes::platform {

using namespace fieldnotes::core;

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

std::string toHex(const unsigned char* data, std::size_t size)
{
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out += hexDigits[data[i] >> 4];
        out += hexDigits[data[i] & 0xf];
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

Error damagedRecord()
{
    return { ErrorCode::Corrupt,
        "This device's keystore record of the case file is damaged, so the case file cannot be opened. Pair the "
        "tablet again to restore synced work from the office.",
        {} };
}

} // namespace

FileKeyStore::FileKeyStore(std::filesystem::path folder)
    : m_folder(std::move(folder))
{
}

std::filesystem::path FileKeyStore::defaultFolder()
{
    if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state == '/')
        return std::filesystem::path(state) / "fieldnotes" / "keystore";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : "/") / ".local" / "state" / "fieldnotes" / "keystore";
}

Result<std::filesystem::path> FileKeyStore::recordPath(std::string_view storeId) const
{
    // Store ids are hex written by key custody; anything else could name a path outside the folder.
    if (storeId.empty() || storeId.size() > 64
        || storeId.find_first_not_of(std::string_view(hexDigits)) != std::string_view::npos)
        return fail(ErrorCode::Corrupt, "The key file names its keystore record in a way this version cannot read.");
    return m_folder / (std::string(storeId) + ".json");
}

Result<std::optional<KeyStoreRecord>> FileKeyStore::load(std::string_view storeId)
{
    FN_TRY_ASSIGN(const auto path, recordPath(storeId));
    auto text = readFile(path, 4096);
    if (!text) {
        if (text.error().code == ErrorCode::NotFound)
            return std::optional<KeyStoreRecord> {};
        return fail(text.error());
    }
    auto j = nlohmann::json::parse(*text, nullptr, false);
    wipeString(*text);
    if (j.is_discarded() || !j.is_object() || !j.contains("binding") || !j.contains("generation"))
        return fail(damagedRecord());
    KeyStoreRecord record { SecretBytes(KeyStore::bindingSize), 0 };
    if (!j.at("binding").is_string() || !j.at("generation").is_number_unsigned())
        return fail(damagedRecord());
    record.generation = j.at("generation").get<std::uint64_t>();
    std::string hex = j.at("binding").get<std::string>();
    wipeString(j.at("binding").get_ref<std::string&>());
    bool ok = hex.size() == 2 * KeyStore::bindingSize;
    for (std::size_t i = 0; ok && i < KeyStore::bindingSize; ++i) {
        const int hi = hexValue(hex[2 * i]), lo = hexValue(hex[2 * i + 1]);
        ok = hi >= 0 && lo >= 0;
        if (ok)
            record.binding.data()[i] = static_cast<unsigned char>(hi << 4 | lo);
    }
    wipeString(hex);
    if (!ok)
        return fail(damagedRecord());
    return std::optional<KeyStoreRecord>(std::move(record));
}

Status FileKeyStore::save(std::string_view storeId, const KeyStoreRecord& record)
{
    FN_TRY_ASSIGN(const auto path, recordPath(storeId));
    FN_TRY(ensurePrivateDirectory(m_folder));
    std::string hex = toHex(record.binding.data(), record.binding.size());
    std::string text = R"({"binding": ")" + hex + R"(", "generation": )" + std::to_string(record.generation) + "}\n";
    wipeString(hex);
    auto written = writeFileAtomically(path, text);
    wipeString(text);
    return written;
}

Status FileKeyStore::erase(std::string_view storeId)
{
    FN_TRY_ASSIGN(const auto path, recordPath(storeId));
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return {};
    (void)overwriteWithZeros(path);
    if (!std::filesystem::remove(path, ec) && ec)
        return fail(errorFromErrno(ec.value(), "remove keystore record"));
    return {};
}

KeyStore& platformKeyStore()
{
    static FileKeyStore store(FileKeyStore::defaultFolder());
    return store;
}

} // namespace fieldnotes::platform
