#include "caseloadmodel.h"

#include "format.h"
#include "labels.h"

#include <unordered_map>

namespace fieldnotes::app {

namespace {

QString initialsOf(const std::string& name)
{
    QString out;
    for (const QString& part : QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (out.size() == 2)
            break;
        out += part.front().toUpper();
    }
    return out;
}

} // namespace

CaseloadModel::CaseloadModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadRow& r = m_visible[static_cast<std::size_t>(index.row())];
    const core::CaseloadEntry& e = r.entry;
    switch (role) {
    case ParticipantIdRole:
        return QString::fromStdString(e.participantId);
    case Qt::DisplayRole:
    case DisplayNameRole:
        return QString::fromStdString(e.displayName);
    case InitialsRole:
        return initialsOf(e.displayName);
    case StatusRole:
        return codeString(e.status);
    case StatusTextRole:
        return Labels::status(e.status);
    case StepsTextRole:
        return Labels::steps(e.steps);
    case ProgrammeTextRole:
        return Labels::programme(e.programme);
    case LastContactTextRole:
        return e.lastContactOn ? tr("Last contact %1").arg(Format::dateNear(toQDate(e.lastContactOn), m_today))
                               : tr("No contact yet");
    case NextContactTextRole:
        return e.nextContactOn ? tr("Next %1").arg(Format::dateNear(toQDate(e.nextContactOn), m_today))
                               : tr("No next contact planned");
    case NextContactOverdueRole:
        return e.nextContactOn && toQDate(e.nextContactOn) < m_today;
    case AttentionCountRole:
        return static_cast<int>(r.attention.size());
    case AttentionTextRole:
        return r.attention.empty() ? QString() : Labels::attentionLine(r.attention.front());
    case AttentionOverdueRole:
        return !r.attention.empty() && r.attention.front().daysLeft < 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    return {
        { ParticipantIdRole, "participantId" },
        { DisplayNameRole, "displayName" },
        { InitialsRole, "initials" },
        { StatusRole, "status" },
        { StatusTextRole, "statusText" },
        { StepsTextRole, "stepsText" },
        { ProgrammeTextRole, "programmeText" },
        { LastContactTextRole, "lastContactText" },
        { NextContactTextRole, "nextContactText" },
        { NextContactOverdueRole, "nextContactOverdue" },
        { AttentionCountRole, "attentionCount" },
        { AttentionTextRole, "attentionText" },
        { AttentionOverdueRole, "attentionOverdue" },
    };
}

void CaseloadModel::setCaseload(
    std::vector<core::CaseloadEntry> entries, const std::vector<core::Attention>& attention, const QDate& today)
{
    std::unordered_map<std::string, std::vector<core::Attention>> byParticipant;
    for (const auto& a : attention) // already most urgent first
        if (!a.participantId.empty())
            byParticipant[a.participantId].push_back(a);
    std::vector<CaseloadRow> rows;
    rows.reserve(entries.size());
    for (auto& e : entries) {
        CaseloadRow r { std::move(e), {} };
        if (auto it = byParticipant.find(r.entry.participantId); it != byParticipant.end())
            r.attention = std::move(it->second);
        rows.push_back(std::move(r));
    }
    m_all = std::move(rows);
    m_today = today;
    rebuildVisible();
}

void CaseloadModel::setOnlyNeedingAttention(bool only)
{
    if (only == m_onlyNeedingAttention)
        return;
    m_onlyNeedingAttention = only;
    rebuildVisible();
    emit onlyNeedingAttentionChanged();
}

int CaseloadModel::needingAttentionCount() const
{
    int n = 0;
    for (const auto& r : m_all)
        n += r.attention.empty() ? 0 : 1;
    return n;
}

QString CaseloadModel::participantIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(m_visible[static_cast<std::size_t>(row)].entry.participantId);
}

void CaseloadModel::rebuildVisible()
{
    std::vector<CaseloadRow> visible;
    for (const auto& r : m_all)
        if (!m_onlyNeedingAttention || !r.attention.empty())
            visible.push_back(r);
    replaceRows(m_visible, std::move(visible), [](const CaseloadRow& r) { return r.entry.participantId; });
}

} // namespace fieldnotes::app
