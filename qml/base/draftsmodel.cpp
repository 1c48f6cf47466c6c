#include "draftsmodel.h"

#include "format.h"

namespace fieldnotes::app {

DraftsModel::DraftsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int DraftsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_drafts.size());
}

QString DraftsModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("visit"))
        return tr("Visit note");
    if (kind == QLatin1String("natural_support"))
        return tr("Mentor entry");
    if (kind == QLatin1String("employer"))
        return tr("New employer");
    if (kind == QLatin1String("intake"))
        return tr("New participant");
    return tr("Unfinished form");
}

QVariant DraftsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftRow& d = m_drafts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DraftIdRole:
        return d.draftId;
    case KindRole:
        return d.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return d.participantName.isEmpty() ? kindLabel(d.kind)
                                           : tr("%1 – %2").arg(kindLabel(d.kind), d.participantName);
    case UpdatedTextRole:
        return tr("Saved %1").arg(Format::dateTime(d.updatedMs));
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftsModel::roleNames() const
{
    return { { DraftIdRole, "draftId" }, { KindRole, "kind" }, { TitleRole, "title" },
        { UpdatedTextRole, "updatedText" } };
}

void DraftsModel::setDrafts(std::vector<DraftRow> drafts)
{
    replaceRows(m_drafts, std::move(drafts), [](const DraftRow& d) { return d.draftId; });
}

} // namespace fieldnotes::app
