#include "employermodels.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

namespace {
QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

// ---- EmployersModel -----------------------------------------------------------------------------

EmployersModel::EmployersModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int EmployersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QString EmployersModel::detailText(const core::EmployerLine& e)
{
    QStringList parts;
    parts << tr("%n contact(s)", nullptr, e.contactCount);
    if (e.openPlacements > 0)
        parts << tr("%n in work here", nullptr, e.openPlacements);
    return parts.join(QStringLiteral(" · "));
}

QVariant EmployersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::EmployerLine& e = m_visible[static_cast<std::size_t>(index.row())];
    switch (role) {
    case EmployerIdRole:
        return fromStd(e.employerId);
    case Qt::DisplayRole:
    case NameRole:
        return fromStd(e.name);
    case SectorRole:
        return fromStd(e.sector);
    case FollowUpTextRole:
        return Labels::followUpPreference(e.followUpPreference);
    case LastContactTextRole:
        return e.lastContactOn ? tr("Last contact %1").arg(Format::dateNear(toQDate(e.lastContactOn), m_today))
                               : tr("No contact yet");
    case DetailTextRole:
        return detailText(e);
    case SummaryTextRole: {
        QStringList parts { fromStd(e.sector), Labels::followUpPreference(e.followUpPreference), detailText(e) };
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    }
    case RiskRole:
        return e.riskFlag != core::RiskFlag::None;
    case RiskTextRole:
        return e.riskFlag == core::RiskFlag::None ? QString() : Labels::riskFlag(e.riskFlag);
    default:
        return {};
    }
}

QHash<int, QByteArray> EmployersModel::roleNames() const
{
    return { { EmployerIdRole, "employerId" }, { NameRole, "name" }, { SectorRole, "sector" },
        { FollowUpTextRole, "followUpText" }, { LastContactTextRole, "lastContactText" },
        { DetailTextRole, "detailText" }, { RiskRole, "risk" }, { RiskTextRole, "riskText" },
        { SummaryTextRole, "summaryText" } };
}

void EmployersModel::setLines(std::vector<core::EmployerLine> lines, const QDate& today)
{
    m_all = std::move(lines);
    m_today = today;
    applyFilter();
}

void EmployersModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    emit filterTextChanged();
    applyFilter();
}

void EmployersModel::applyFilter()
{
    const QString needle = m_filter.trimmed();
    std::vector<core::EmployerLine> visible;
    for (const auto& e : m_all)
        if (needle.isEmpty() || fromStd(e.name).contains(needle, Qt::CaseInsensitive)
            || fromStd(e.sector).contains(needle, Qt::CaseInsensitive))
            visible.push_back(e);
    replaceRows(m_visible, std::move(visible), [](const core::EmployerLine& e) { return e.employerId; });
}

// ---- EmployerContactsModel ----------------------------------------------------------------------

EmployerContactsModel::EmployerContactsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int EmployerContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

QVariant EmployerContactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::EmployerContact& c = m_contacts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ContactIdRole:
        return fromStd(c.id);
    case Qt::DisplayRole:
    case NameRole:
        return fromStd(c.name);
    case RoleTextRole:
        return fromStd(c.role);
    case PhoneRole:
        return fromStd(c.phone);
    case EmailRole:
        return fromStd(c.email);
    default:
        return {};
    }
}

QHash<int, QByteArray> EmployerContactsModel::roleNames() const
{
    return { { ContactIdRole, "contactId" }, { NameRole, "name" }, { RoleTextRole, "roleText" }, { PhoneRole, "phone" },
        { EmailRole, "email" } };
}

void EmployerContactsModel::setContacts(std::vector<core::EmployerContact> contacts)
{
    replaceRows(m_contacts, std::move(contacts), [](const core::EmployerContact& c) { return c.id; });
}

// ---- WorkplacesModel ----------------------------------------------------------------------------

WorkplacesModel::WorkplacesModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int WorkplacesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant WorkplacesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkplaceRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const core::Workplace& w = r.workplace;
    switch (role) {
    case WorkplaceIdRole:
        return fromStd(w.id);
    case Qt::DisplayRole:
    case NameRole:
        return fromStd(w.name);
    case AddressRole:
        return fromStd(w.address);
    case PracticalitiesRole: {
        QStringList parts;
        auto add = [&](std::string_view column, const std::string& value) {
            if (!value.empty())
                parts << Labels::column("workplaces", column) + QStringLiteral(": ") + fromStd(value);
        };
        add("lunch", w.lunch);
        add("lateness", w.lateness);
        add("absence_reporting", w.absenceReporting);
        add("shifts", w.shifts);
        return parts.join(QLatin1Char('\n'));
    }
    case TasksRole: {
        QStringList tasks;
        for (const auto& t : r.tasks)
            tasks << fromStd(t.title);
        return tasks;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkplacesModel::roleNames() const
{
    return { { WorkplaceIdRole, "workplaceId" }, { NameRole, "name" }, { AddressRole, "address" },
        { PracticalitiesRole, "practicalities" }, { TasksRole, "tasks" } };
}

void WorkplacesModel::setWorkplaces(std::vector<WorkplaceRow> rows)
{
    replaceRows(m_rows, std::move(rows), [](const WorkplaceRow& r) { return r.workplace.id; });
}

} // namespace fieldnotes::app
