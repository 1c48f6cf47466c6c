#include "testsupport.h"

#include "storeinternals.h"

namespace fieldnotes::test {

std::chrono::system_clock::time_point fixedStart()
{
    return std::chrono::sys_days(
               std::chrono::year_month_day { std::chrono::year(2026), std::chrono::March, std::chrono::day(2) })
        + std::chrono::hours(9);
}

TempStore::TempStore(std::string deviceId, std::uint64_t idSeed)
    : m_clock(fixedStart())
    , m_ids(idSeed)
    , m_deviceId(std::move(deviceId))
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    if (auto st = core::Store::create(dir(), passphrase, options()); !st)
        qFatal("cannot create a store: %s", st.error().message.c_str());
    reopen();
}

core::StoreOptions TempStore::options()
{
    core::StoreOptions o;
    o.clock = &m_clock;
    o.ids = &m_ids;
    o.kdf = core::KdfCost::minimum();
    o.deviceId = m_deviceId;
    return o;
}

void TempStore::reopen()
{
    m_store.reset();
    auto s = core::Store::open(dir(), passphrase, options());
    if (!s)
        qFatal("cannot open the store: %s", s.error().message.c_str());
    m_store = std::move(*s);
}

core::Date day(const char* iso)
{
    const auto d = core::parseDate(iso);
    if (!d)
        qFatal("not a day: %s", iso);
    return *d;
}

core::Result<std::int64_t> countOf(core::Store& store, std::string_view table)
{
    FN_TRY_ASSIGN(
        core::Statement * st, core::StoreInternals::db(store).prepare("SELECT count(*) FROM " + std::string(table)));
    FN_TRY(st->step());
    const std::int64_t n = st->column(0).index() ? std::get<std::int64_t>(st->column(0)) : 0;
    st->reset();
    return n;
}

} // namespace fieldnotes::test
