#include "appfixture.h"

#include "caseload.h"
#include "demo.h"
#include "ledger.h"
#include "replica.h"
#include "storeinternals.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace fieldnotes::test {

core::Result<core::Id> receiveConflict(core::Store& tablet, core::Store& office)
{
    core::Ledger ledger(office);
    FN_TRY_ASSIGN(auto inWork,
        core::StoreInternals::select<core::Participant>(tablet, "status = 'in_work'", {}, "display_name LIMIT 1"));
    if (inWork.empty())
        return core::fail(core::ErrorCode::NotFound, "no participant in work");
    FN_TRY_ASSIGN(auto state, core::readRowState(tablet, *core::findTable("participants"), inWork.front().id));
    const core::RowState row = *state;
    const std::string& device = tablet.deviceId();
    // The office learns the participant as the tablet created it.
    core::Change create;
    create.seq = 1;
    create.op = core::ChangeOp::Create;
    create.table = row.table;
    create.rowId = row.rowId;
    create.fields = row.fields;
    create.version = row.created;
    FN_TRY(ledger.applyBatch(device, { create }));
    // A colleague's edit reaches the office first; the tablet's crossing edit arrives after.
    core::Change theirs;
    theirs.op = core::ChangeOp::Set;
    theirs.table = row.table;
    theirs.rowId = row.rowId;
    theirs.column = "phone";
    theirs.value = std::string("41111111");
    theirs.base = row.created;
    FN_TRY(ledger.applyOwn(theirs));
    core::Change mine = theirs;
    mine.seq = 2;
    mine.value = std::string("98888888");
    mine.version = { row.created.hlc + (std::uint64_t(1) << 16), device };
    FN_TRY(ledger.applyBatch(device, { mine }));
    FN_TRY_ASSIGN(const std::int64_t head, ledger.head());
    FN_TRY_ASSIGN(const auto feed, ledger.feedAfter(0, head, 1000));
    std::vector<core::RowState> rows;
    for (const auto& e : feed) {
        if (e.table != "conflicts")
            continue; // the participant row itself stays as the tablet has it
        FN_TRY_ASSIGN(auto rs, ledger.rowState(e.table, e.rowId));
        if (rs)
            rows.push_back(*rs);
    }
    FN_TRY(core::Replica(tablet).applyFeed(rows, {}, 0));
    return row.rowId;
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

AppFixture::AppFixture(Content content, core::StaffRole role)
    : m_clock(fixedStart())
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    core::StoreOptions options;
    options.clock = &m_clock;
    options.ids = &m_ids;
    options.kdf = core::KdfCost::minimum();
    options.deviceId = "00000000-0000-4000-8000-0000000000aa";
    m_preferences = std::make_unique<app::Preferences>(QString(), QStringLiteral("en"));
    app::SessionOptions so;
    so.dataDir = m_dir.filePath(QStringLiteral("store"));
    so.exportsDir = m_dir.filePath(QStringLiteral("exports"));
    so.store = options;
    if (content == Content::None) {
        m_session = std::make_unique<app::Session>(so);
        return;
    }
    if (auto st = core::Store::create(dir(), passphrase, options); !st)
        qFatal("cannot create a store: %s", st.error().message.c_str());
    {
        auto store = core::Store::open(dir(), passphrase, options);
        if (!store)
            qFatal("cannot open the store: %s", store.error().message.c_str());
        if (content == Content::Demo) {
            auto demo = core::loadDemo(**store);
            if (!demo)
                qFatal("cannot load the demo: %s", demo.error().message.c_str());
            m_demo = *demo;
            if (role == core::StaffRole::Mentor)
                (void)(*store)->setStaffId(m_demo.staff.mentorUser);
        }
        (void)(*store)->setRole(role);
    }
    m_session = std::make_unique<app::Session>(so);
}

AppFixture::~AppFixture()
{
    m_session.reset();
    m_preferences.reset();
}

bool AppFixture::unlock(const std::string& pass)
{
    std::optional<core::Status> result;
    m_session->unlock(pass, [&](core::Status st) { result = st; });
    if (!waitFor([&] { return result.has_value(); })) {
        qWarning("unlocking did not finish");
        return false;
    }
    if (!*result)
        qWarning("unlocking failed: %s", result->error().message.c_str());
    return result->has_value();
}

core::Id AppFixture::firstParticipant()
{
    auto entries = onStore<std::vector<core::CaseloadEntry>>([](core::Store& s) { return core::caseload(s); });
    return entries && !entries->empty() ? entries->front().participantId : core::Id {};
}

} // namespace fieldnotes::test
