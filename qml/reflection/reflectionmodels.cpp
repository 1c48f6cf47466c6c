#include "reflectionmodels.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

namespace {

QString stepText(const std::optional<int>& step)
{
    return step ? Labels::processStep(*step) : Labels::steps({});
}

} // namespace

// ---- ReflectionsModel ---------------------------------------------------------------------------

ReflectionsModel::ReflectionsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int ReflectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReflectionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Reflection& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case EntryIdRole:
        return QString::fromStdString(r.id);
    case DateTextRole:
        return Format::date(toQDate(r.occurredOn));
    case StepTextRole:
        return stepText(r.step);
    case ThemeRole:
        return QString::fromStdString(r.theme);
    case Qt::DisplayRole:
    case FirstLineRole:
        return QString::fromStdString(r.situation).section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReflectionsModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { DateTextRole, "dateText" }, { StepTextRole, "stepText" },
        { ThemeRole, "theme" }, { FirstLineRole, "firstLine" } };
}

void ReflectionsModel::setEntries(std::vector<core::Reflection> rows)
{
    replaceRows(m_rows, std::move(rows), [](const core::Reflection& r) { return r.id; });
}

// ---- TeamReflectionsModel -----------------------------------------------------------------------

TeamReflectionsModel::TeamReflectionsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int TeamReflectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TeamReflectionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case GroupTitleRole:
        return tr("%1: %2", "reflection group: the step, then the theme")
            .arg(stepText(r.step), r.theme.empty() ? tr("No theme") : QString::fromStdString(r.theme));
    case EntryIdRole:
        return QString::fromStdString(r.entry.id);
    case DateTextRole:
        return Format::date(toQDate(r.entry.occurredOn));
    case Qt::DisplayRole:
    case SituationRole:
        return QString::fromStdString(r.entry.situation);
    case WhatIDidRole:
        return QString::fromStdString(r.entry.whatIDid);
    case ResultRole:
        return QString::fromStdString(r.entry.result);
    case CouldDoDifferentlyRole:
        return QString::fromStdString(r.entry.couldDoDifferently);
    case WhatWorkedRole:
        return QString::fromStdString(r.entry.whatWorked);
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamReflectionsModel::roleNames() const
{
    return { { GroupTitleRole, "groupTitle" }, { EntryIdRole, "entryId" }, { DateTextRole, "dateText" },
        { SituationRole, "situation" }, { WhatIDidRole, "whatIDid" }, { ResultRole, "result" },
        { CouldDoDifferentlyRole, "couldDoDifferently" }, { WhatWorkedRole, "whatWorked" } };
}

void TeamReflectionsModel::setGroups(std::vector<core::ReflectionGroup> groups)
{
    std::vector<Row> rows;
    for (core::ReflectionGroup& g : groups)
        for (core::TeamReflection& e : g.entries)
            rows.push_back(Row { g.step, g.theme, std::move(e) });
    replaceRows(m_rows, std::move(rows), [](const Row& r) { return r.entry.id; });
}

} // namespace fieldnotes::app
