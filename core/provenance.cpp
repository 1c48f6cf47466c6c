#include "provenance.h"

#include "storeinternals.h"

#include <map>

namespace fieldnotes::core {

namespace {

Result<std::string> staffName(Store& store, const Id& staffId)
{
    if (staffId.empty())
        return std::string {};
    FN_TRY_ASSIGN(
        Statement * st, StoreInternals::db(store).prepare("SELECT name FROM staff WHERE id = ? AND _deleted = 0"));
    st->bind(1, staffId);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::string name = row ? st->text(0) : std::string {};
    st->reset();
    return name;
}

} // namespace

std::int64_t versionTimeMs(const Version& version)
{
    return version.isNull() ? 0 : HybridClock::toMs(version.hlc);
}

Result<Writer> writerOf(Store& store, const std::string& deviceId)
{
    Writer w;
    w.deviceId = deviceId;
    if (deviceId.empty())
        return w;
    FN_TRY_ASSIGN(
        Statement * st, StoreInternals::db(store).prepare("SELECT staff_id, label FROM devices WHERE id = ?"));
    st->bind(1, deviceId);
    FN_TRY_ASSIGN(const bool row, st->step());
    if (row) {
        w.staffId = st->text(0);
        w.deviceLabel = st->text(1);
    }
    st->reset();
    if (deviceId == store.deviceId()) {
        w.thisDevice = true;
        if (!store.staffId().empty())
            w.staffId = store.staffId();
    }
    FN_TRY_ASSIGN(w.staffName, staffName(store, w.staffId));
    return w;
}

Result<std::vector<FieldAuthor>> fieldAuthors(Store& store, const TableInfo& table, const Id& rowId)
{
    FN_TRY_ASSIGN(const FieldVersions versions, store.fieldVersions(table, rowId));
    std::map<std::string, Writer> writers;
    std::vector<FieldAuthor> out;
    for (const auto& [column, version] : versions) {
        if (!column.empty() && column.front() == '_')
            continue;
        auto it = writers.find(version.device);
        if (it == writers.end()) {
            FN_TRY_ASSIGN(Writer w, writerOf(store, version.device));
            it = writers.emplace(version.device, std::move(w)).first;
        }
        out.push_back({ column, version, it->second, versionTimeMs(version) });
    }
    return out;
}

} // namespace fieldnotes::core
