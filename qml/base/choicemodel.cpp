#include "choicemodel.h"

#include "labels.h"

namespace fieldnotes::app {

namespace {

template<class E> QStringList codesOf()
{
    QStringList out;
    for (E e : core::allOf<E>())
        out << codeString(e);
    return out;
}

template<class E, class F> QString labelOf(const QString& code, F label)
{
    const auto e = enumFromQString<E>(code);
    return e ? label(*e) : QString();
}

} // namespace

ChoiceModel::ChoiceModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

void ChoiceModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    m_codes = codes(kind);
    endResetModel();
    emit kindChanged();
    emit countChanged();
}

QStringList ChoiceModel::codes(Kind kind)
{
    using namespace core;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ContactTypes:
        return codesOf<ContactType>();
    case Kind::Attendees:
        return codesOf<Attendee>();
    case Kind::ActionOwners:
        return codesOf<ActionOwner>();
    case Kind::SupportKinds:
        return codesOf<SupportKind>();
    case Kind::FollowUpPreferences:
        return codesOf<FollowUpPreference>();
    case Kind::RiskFlags:
        return codesOf<RiskFlag>();
    case Kind::Programmes:
        return codesOf<Programme>();
    case Kind::DischargeReasons:
        return codesOf<DischargeReason>();
    case Kind::NorwegianLevels:
        return codesOf<CefrLevel>();
    case Kind::PlacementKinds:
        return codesOf<PlacementKind>();
    case Kind::ContractTypes:
        return codesOf<ContractType>();
    case Kind::DisclosureItems:
        return codesOf<DisclosureItem>();
    case Kind::RecipientKinds:
        return codesOf<RecipientKind>();
    case Kind::ConsentManners:
        return codesOf<ConsentManner>();
    case Kind::ProcessSteps:
        return { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
            QStringLiteral("5") };
    case Kind::CourseStatuses: {
        QStringList out;
        for (const QString& code : codesOf<ParticipantStatus>())
            if (code != QLatin1String("paused") && code != QLatin1String("discharged"))
                out << code;
        return out;
    }
    }
    return {};
}

QString ChoiceModel::label(Kind kind, const QString& code)
{
    using namespace core;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::ContactTypes:
        return labelOf<ContactType>(code, &Labels::contactType);
    case Kind::Attendees:
        return labelOf<Attendee>(code, &Labels::attendee);
    case Kind::ActionOwners:
        return labelOf<ActionOwner>(code, &Labels::actionOwner);
    case Kind::SupportKinds:
        return labelOf<SupportKind>(code, &Labels::supportKind);
    case Kind::FollowUpPreferences:
        return labelOf<FollowUpPreference>(code, &Labels::followUpPreference);
    case Kind::RiskFlags:
        return labelOf<RiskFlag>(code, &Labels::riskFlag);
    case Kind::Programmes:
        return labelOf<Programme>(code, &Labels::programme);
    case Kind::DischargeReasons:
        return labelOf<DischargeReason>(code, &Labels::dischargeReason);
    case Kind::NorwegianLevels:
        // CEFR levels are written the same in every language: A1 ... C2.
        return enumFromQString<CefrLevel>(code) ? code.toUpper() : QString();
    case Kind::PlacementKinds:
        return labelOf<PlacementKind>(code, &Labels::placementKind);
    case Kind::ContractTypes:
        return labelOf<ContractType>(code, &Labels::contractType);
    case Kind::DisclosureItems:
        return labelOf<DisclosureItem>(code, &Labels::disclosureItem);
    case Kind::RecipientKinds:
        return labelOf<RecipientKind>(code, &Labels::recipientKind);
    case Kind::ConsentManners:
        return labelOf<ConsentManner>(code, &Labels::consentManner);
    case Kind::ProcessSteps:
        return Labels::processStep(code.toInt());
    case Kind::CourseStatuses:
        return labelOf<ParticipantStatus>(code, &Labels::status);
    }
    return {};
}

int ChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

QVariant ChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& code = m_codes.at(index.row());
    switch (role) {
    case CodeRole:
        return code;
    case Qt::DisplayRole:
    case LabelRole:
        return label(m_kind, code);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceModel::roleNames() const
{
    return { { CodeRole, "code" }, { LabelRole, "label" } };
}

QString ChoiceModel::labelFor(const QString& code) const
{
    return label(m_kind, code);
}

int ChoiceModel::indexOf(const QString& code) const
{
    return static_cast<int>(m_codes.indexOf(code));
}

} // namespace fieldnotes::app
