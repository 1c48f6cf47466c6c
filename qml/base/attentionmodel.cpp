#include "attentionmodel.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

AttentionModel::AttentionModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int AttentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LineRole:
        return Labels::attentionLine(r.item);
    case KindRole:
        return static_cast<int>(r.item.kind);
    case KindTextRole:
        return Labels::attentionKind(r.item.kind);
    case ParticipantIdRole:
        return QString::fromStdString(r.item.participantId);
    case ParticipantNameRole:
        return r.participantName;
    case SubjectTableRole:
        return QString::fromStdString(r.item.subjectTable);
    case SubjectIdRole:
        return QString::fromStdString(r.item.subjectId);
    case DueTextRole:
        return Format::date(toQDate(r.item.due));
    case DaysLeftRole:
        return r.item.daysLeft;
    case OverdueRole:
        return r.item.daysLeft < 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttentionModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { KindTextRole, "kindText" },
        { LineRole, "line" },
        { ParticipantIdRole, "participantId" },
        { ParticipantNameRole, "participantName" },
        { SubjectTableRole, "subjectTable" },
        { SubjectIdRole, "subjectId" },
        { DueTextRole, "dueText" },
        { DaysLeftRole, "daysLeft" },
        { OverdueRole, "overdue" },
    };
}

void AttentionModel::setRows(std::vector<AttentionRow> rows)
{
    replaceRows(m_rows, std::move(rows),
        [](const AttentionRow& r) { return std::make_pair(static_cast<int>(r.item.kind), r.item.subjectId); });
}

void AttentionModel::removeSubject(const std::string& subjectId)
{
    bool removed = false;
    for (std::size_t i = m_rows.size(); i-- > 0;) {
        if (m_rows[i].item.subjectId != subjectId)
            continue;
        beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
        m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(i));
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit countChanged();
}

} // namespace fieldnotes::app
