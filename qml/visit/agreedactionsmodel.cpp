#include "agreedactionsmodel.h"

#include "choicemodel.h"
#include "format.h"

#include <QJsonObject>

namespace fieldnotes::app {

AgreedActionsModel::AgreedActionsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int AgreedActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

QVariant AgreedActionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionDraft& a = m_actions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return a.text;
    case OwnerRole:
        return a.owner;
    case OwnerTextRole:
        return ChoiceModel::label(ChoiceModel::Kind::ActionOwners, a.owner);
    case DueDateRole:
        return a.dueOn;
    case DueTextRole:
        return Format::date(a.dueOn);
    default:
        return {};
    }
}

QHash<int, QByteArray> AgreedActionsModel::roleNames() const
{
    return { { TextRole, "text" }, { OwnerRole, "owner" }, { OwnerTextRole, "ownerText" }, { DueDateRole, "dueDate" },
        { DueTextRole, "dueText" } };
}

void AgreedActionsModel::append(ActionDraft action)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_actions.push_back(std::move(action));
    endInsertRows();
    emit countChanged();
}

bool AgreedActionsModel::remove(int row)
{
    if (!valid(row))
        return false;
    beginRemoveRows({}, row, row);
    m_actions.erase(m_actions.begin() + row);
    endRemoveRows();
    emit countChanged();
    return true;
}

bool AgreedActionsModel::setText(int row, const QString& text)
{
    if (!valid(row) || m_actions[static_cast<std::size_t>(row)].text == text)
        return false;
    m_actions[static_cast<std::size_t>(row)].text = text;
    emit dataChanged(index(row), index(row), { TextRole, Qt::DisplayRole });
    return true;
}

bool AgreedActionsModel::setOwner(int row, const QString& owner)
{
    if (!valid(row) || ChoiceModel::codes(ChoiceModel::Kind::ActionOwners).indexOf(owner) < 0
        || m_actions[static_cast<std::size_t>(row)].owner == owner)
        return false;
    m_actions[static_cast<std::size_t>(row)].owner = owner;
    emit dataChanged(index(row), index(row), { OwnerRole, OwnerTextRole });
    return true;
}

bool AgreedActionsModel::setDue(int row, const QDate& due)
{
    if (!valid(row) || m_actions[static_cast<std::size_t>(row)].dueOn == due)
        return false;
    m_actions[static_cast<std::size_t>(row)].dueOn = due;
    emit dataChanged(index(row), index(row), { DueDateRole, DueTextRole });
    return true;
}

void AgreedActionsModel::setActions(std::vector<ActionDraft> actions)
{
    const bool countChanges = actions.size() != m_actions.size();
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QJsonArray AgreedActionsModel::toJson() const
{
    QJsonArray out;
    for (const auto& a : m_actions)
        out.append(QJsonObject { { QStringLiteral("text"), a.text }, { QStringLiteral("owner"), a.owner },
            { QStringLiteral("due"), a.dueOn.isValid() ? a.dueOn.toString(Qt::ISODate) : QString() } });
    return out;
}

std::vector<ActionDraft> AgreedActionsModel::fromJson(const QJsonArray& array)
{
    std::vector<ActionDraft> out;
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        ActionDraft a;
        a.text = o.value(QStringLiteral("text")).toString();
        const QString owner = o.value(QStringLiteral("owner")).toString();
        if (ChoiceModel::codes(ChoiceModel::Kind::ActionOwners).contains(owner))
            a.owner = owner;
        a.dueOn = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace fieldnotes::app
