#include "caseloadcontroller.h"

#include "attention.h"
#include "caseload.h"
#include "format.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace fieldnotes::app {

namespace {

struct CaseloadData {
    std::vector<core::CaseloadEntry> entries;
    std::vector<core::Attention> attention;
    std::vector<DraftRow> drafts;
    core::Date today {};
    bool paired = false;
};

// Display names by id, read once per load.
class Names {
public:
    explicit Names(core::Store& store)
        : m_store(store)
    {
    }

    core::Result<std::string> participant(const core::Id& id)
    {
        if (id.empty())
            return std::string {};
        if (auto it = m_participants.find(id); it != m_participants.end())
            return it->second;
        FN_TRY_ASSIGN(auto found, m_store.find<core::Participant>(id));
        return m_participants.emplace(id, found ? found->displayName : std::string {}).first->second;
    }

    core::Result<std::string> employer(const core::Id& id)
    {
        if (id.empty())
            return std::string {};
        if (auto it = m_employers.find(id); it != m_employers.end())
            return it->second;
        FN_TRY_ASSIGN(auto found, m_store.find<core::Employer>(id));
        return m_employers.emplace(id, found ? found->name : std::string {}).first->second;
    }

private:
    core::Store& m_store;
    std::map<std::string, std::string> m_participants;
    std::map<std::string, std::string> m_employers;
};

} // namespace

CaseloadController::CaseloadController(QObject* parent)
    : ScreenController(parent)
{
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(250);
    connect(&m_searchPause, &QTimer::timeout, this, &CaseloadController::searchNow);
}

void CaseloadController::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    const bool wasSearching = searching();
    m_searchText = text;
    emit searchTextChanged();
    if (wasSearching != searching())
        emit searchingChanged();
    if (searching())
        m_searchPause.start();
    else
        m_search.setRows({});
}

QString CaseloadController::summaryText() const
{
    const int total = m_participants.totalCount();
    const int attention = m_participants.needingAttentionCount();
    return tr("%n participant(s)", nullptr, total) + QStringLiteral(" · ")
        + tr("%n need(s) attention", nullptr, attention);
}

void CaseloadController::setOwnOnly(bool ownOnly)
{
    if (ownOnly == m_ownOnly)
        return;
    m_ownOnly = ownOnly;
    emit ownOnlyChanged();
    if (isComplete())
        reload();
}

void CaseloadController::load()
{
    fetch<CaseloadData>(
        [ownOnly = m_ownOnly](core::Store& store) -> core::Result<CaseloadData> {
            CaseloadData data;
            data.today = store.today();
            data.paired = !store.staffId().empty();
            FN_TRY_ASSIGN(data.entries, core::caseload(store));
            FN_TRY_ASSIGN(data.attention, core::attention(store, data.today));
            if (ownOnly) {
                // The people this person follows: assigned to them, or not yet assigned to anyone.
                FN_TRY_ASSIGN(const auto everyone, core::allParticipants(store));
                std::set<core::Id> own;
                for (const core::Participant& p : everyone)
                    if (!p.specialistId || p.specialistId->empty() || *p.specialistId == store.staffId())
                        own.insert(p.id);
                std::erase_if(data.entries, [&](const core::CaseloadEntry& e) { return !own.count(e.participantId); });
                std::erase_if(data.attention,
                    [&](const core::Attention& a) { return !a.participantId.empty() && !own.count(a.participantId); });
            }
            FN_TRY_ASSIGN(const auto drafts, store.drafts());
            Names names(store);
            for (const core::Draft& draft : drafts) {
                DraftRow row { QString::fromStdString(draft.id), QString::fromStdString(draft.kind), {},
                    draft.updatedMs };
                if (draft.participantId) {
                    FN_TRY_ASSIGN(const std::string name, names.participant(*draft.participantId));
                    row.participantName = QString::fromStdString(name);
                }
                data.drafts.push_back(std::move(row));
            }
            return data;
        },
        [this](CaseloadData& data) {
            std::map<std::string, QString> names;
            for (const auto& e : data.entries)
                names.emplace(e.participantId, QString::fromStdString(e.displayName));
            std::vector<AttentionRow> attention;
            for (const auto& a : data.attention) {
                auto it = names.find(a.participantId);
                attention.push_back({ a, it == names.end() ? QString() : it->second });
            }
            m_participants.setCaseload(std::move(data.entries), data.attention, toQDate(data.today));
            m_attention.setRows(std::move(attention));
            m_drafts.setDrafts(std::move(data.drafts));
            m_paired = data.paired;
            emit summaryChanged();
        });
    if (searching())
        searchNow();
}

void CaseloadController::searchNow()
{
    m_searchPause.stop();
    const std::string text = m_searchText.trimmed().toStdString();
    if (text.empty())
        return;
    const int serial = ++m_searchSerial;
    fetch<std::vector<SearchRow>>(
        [text](core::Store& store) -> core::Result<std::vector<SearchRow>> {
            FN_TRY_ASSIGN(auto hits, store.search(text, 100));
            // Names first: a person typing a name wants the person, then the notes that mention them.
            std::stable_partition(
                hits.begin(), hits.end(), [](const core::SearchHit& h) { return h.table == "participants"; });
            Names names(store);
            std::vector<SearchRow> rows;
            for (const auto& hit : hits) {
                SearchRow r;
                r.table = QString::fromStdString(hit.table);
                r.rowId = QString::fromStdString(hit.rowId);
                r.snippet = QString::fromStdString(hit.snippet);
                if (!hit.participantId.empty()) {
                    r.participantId = QString::fromStdString(hit.participantId);
                    FN_TRY_ASSIGN(const std::string name, names.participant(hit.participantId));
                    r.subject = QString::fromStdString(name);
                } else {
                    std::string employerId;
                    if (hit.table == "employers") {
                        employerId = hit.rowId;
                    } else if (const core::TableInfo* t = core::findTable(hit.table)) {
                        FN_TRY_ASSIGN(const auto fields, store.readFields(*t, hit.rowId));
                        if (fields)
                            for (const auto& [column, value] : *fields)
                                if (column == "employer_id")
                                    if (const auto* s = std::get_if<std::string>(&value))
                                        employerId = *s;
                    }
                    r.employerId = QString::fromStdString(employerId);
                    FN_TRY_ASSIGN(const std::string name, names.employer(employerId));
                    r.subject = QString::fromStdString(name);
                }
                rows.push_back(std::move(r));
            }
            return rows;
        },
        [this, serial](std::vector<SearchRow>& rows) {
            if (serial == m_searchSerial && searching())
                m_search.setRows(std::move(rows));
        });
}

} // namespace fieldnotes::app
