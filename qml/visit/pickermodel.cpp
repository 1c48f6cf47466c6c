#include "pickermodel.h"

namespace fieldnotes::app {

PickerModel::PickerModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int PickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QVariant PickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PickerRow& r = m_visible[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case DetailRole:
        return r.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> PickerModel::roleNames() const
{
    return { { IdRole, "itemId" }, { NameRole, "name" }, { DetailRole, "detail" } };
}

void PickerModel::setRows(std::vector<PickerRow> rows)
{
    m_all = std::move(rows);
    applyFilter();
}

void PickerModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    emit filterTextChanged();
    applyFilter();
}

QString PickerModel::nameOf(const QString& id) const
{
    for (const auto& r : m_all)
        if (r.id == id)
            return r.name;
    return {};
}

void PickerModel::applyFilter()
{
    const QString needle = m_filter.trimmed();
    std::vector<PickerRow> visible;
    for (const auto& r : m_all)
        if (needle.isEmpty() || r.name.contains(needle, Qt::CaseInsensitive)
            || r.detail.contains(needle, Qt::CaseInsensitive))
            visible.push_back(r);
    replaceRows(m_visible, std::move(visible), [](const PickerRow& r) { return r.id; });
}

} // namespace fieldnotes::app
