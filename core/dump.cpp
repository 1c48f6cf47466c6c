#include "dump.h"

#include "replica.h"
#include "storeinternals.h"

#include <sodium.h>

namespace fieldnotes::core {

static nlohmann::json versionJson(const Version& v)
{
    return nlohmann::json::array({ v.hlc, v.device });
}

Result<nlohmann::json> dumpState(Store& store, const DumpView& view)
{
    nlohmann::json tables = nlohmann::json::object();
    for (const TableInfo& t : catalogue()) {
        nlohmann::json rows = nlohmann::json::object();
        FN_TRY_ASSIGN(Statement * st,
            StoreInternals::db(store).prepare("SELECT id FROM " + std::string(t.name) + " ORDER BY id"));
        std::vector<std::string> ids;
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            ids.push_back(st->text(0));
        }
        st->reset();
        for (const auto& id : ids) {
            FN_TRY_ASSIGN(auto rs, readRowState(store, t, id));
            if (!rs)
                continue;
            if (view) {
                rs = view(*rs);
                if (!rs)
                    continue;
            }
            nlohmann::json fields = nlohmann::json::object();
            for (const auto& [col, value] : rs->fields)
                fields[col] = toJson(value);
            nlohmann::json versions = nlohmann::json::object();
            for (const auto& [col, v] : rs->fieldVersions)
                versions[col] = versionJson(v);
            nlohmann::json row
                = { { "scope", rs->scope }, { "created", versionJson(rs->created) }, { "fields", std::move(fields) } };
            if (t.recordClass != RecordClass::Journal) {
                row["deleted"] = rs->deleted;
                row["versions"] = std::move(versions);
            }
            rows[id] = std::move(row);
        }
        if (!rows.empty())
            tables[std::string(t.name)] = std::move(rows);
    }
    return nlohmann::json { { "format", "fieldnotes-dump" }, { "version", 1 }, { "tables", std::move(tables) } };
}

Result<std::string> dumpCanonical(Store& store, const DumpView& view)
{
    FN_TRY_ASSIGN(nlohmann::json j, dumpState(store, view));
    return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string sha256Hex(std::string_view bytes)
{
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : hash) {
        out += hex[b >> 4];
        out += hex[b & 0xf];
    }
    return out;
}

} // namespace fieldnotes::core
