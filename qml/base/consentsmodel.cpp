#include "consentsmodel.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

// ---- ConsentsModel ------------------------------------------------------------------------------

ConsentsModel::ConsentsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int ConsentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConsentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsentRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const core::Consent& c = r.consent;
    switch (role) {
    case ConsentIdRole:
        return QString::fromStdString(c.id);
    case Qt::DisplayRole:
    case WhatRole:
        if (c.kind == core::ConsentKind::Participation)
            return tr("Takes part voluntarily");
        return c.item ? Labels::disclosureItem(*c.item) : Labels::consentKind(c.kind);
    case RecipientRole:
        if (c.kind == core::ConsentKind::Participation)
            return QString();
        if (!c.recipientName.empty())
            return QString::fromStdString(c.recipientName);
        return c.recipientKind ? Labels::recipientKind(*c.recipientKind) : QString();
    case PurposeRole:
        return QString::fromStdString(c.purpose);
    case SummaryRole:
        return QString::fromStdString(c.summarySimple.empty() ? c.summary : c.summarySimple);
    case ActiveRole:
        return r.active;
    case StateTextRole:
        if (c.revokedOn)
            return tr("Revoked %1").arg(Format::date(toQDate(c.revokedOn)));
        if (c.grantedOn && c.grantedHow)
            return tr("Given %1, %2")
                .arg(Format::date(toQDate(c.grantedOn)), Labels::consentManner(*c.grantedHow).toLower());
        if (c.grantedOn)
            return tr("Given %1").arg(Format::date(toQDate(c.grantedOn)));
        return tr("Not given");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsentsModel::roleNames() const
{
    return { { ConsentIdRole, "consentId" }, { WhatRole, "what" }, { RecipientRole, "recipient" },
        { PurposeRole, "purpose" }, { SummaryRole, "summary" }, { ActiveRole, "active" },
        { StateTextRole, "stateText" } };
}

void ConsentsModel::setConsents(std::vector<ConsentRow> rows)
{
    replaceRows(m_rows, std::move(rows), [](const ConsentRow& r) { return r.consent.id; });
}

} // namespace fieldnotes::app
