#include "conflictsmodel.h"

#include "format.h"
#include "labels.h"

#include <QLocale>

namespace fieldnotes::app {

namespace {

template<class E> std::optional<QString> enumLabel(const std::string& code, QString (*label)(E))
{
    if (auto e = core::enumFromCode<E>(code))
        return label(*e);
    return std::nullopt;
}

// Columns holding codes, and how to say them.
std::optional<QString> codeLabel(std::string_view table, std::string_view column, const std::string& code)
{
    using namespace core;
    const auto is = [&](std::string_view t, std::string_view c) { return table == t && column == c; };
    if (is("participants", "status"))
        return enumLabel<ParticipantStatus>(code, &Labels::status);
    if (is("participants", "programme"))
        return enumLabel<Programme>(code, &Labels::programme);
    if (is("participants", "discharge_reason"))
        return enumLabel<DischargeReason>(code, &Labels::dischargeReason);
    if (is("employers", "follow_up_preference"))
        return enumLabel<FollowUpPreference>(code, &Labels::followUpPreference);
    if (is("employers", "risk_flag"))
        return enumLabel<RiskFlag>(code, &Labels::riskFlag);
    if (is("placements", "kind"))
        return enumLabel<PlacementKind>(code, &Labels::placementKind);
    if (is("placements", "contract"))
        return enumLabel<ContractType>(code, &Labels::contractType);
    if (column == "status" && (table == "goals" || table == "learning_goals"))
        return enumLabel<GoalStatus>(code, &Labels::goalStatus);
    if (is("agreed_actions", "owner"))
        return enumLabel<ActionOwner>(code, &Labels::actionOwner);
    if (is("support_measures", "kind"))
        return enumLabel<SupportMeasureKind>(code, &Labels::supportMeasure);
    if (is("staff", "role"))
        return enumLabel<StaffRole>(code, &Labels::role);
    return std::nullopt;
}

} // namespace

ConflictsModel::ConflictsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

QString ConflictsModel::valueText(std::string_view table, std::string_view column, const core::Value& value)
{
    if (core::isNull(value))
        return tr("(empty)");
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (s->empty())
            return tr("(empty)");
        if (auto label = codeLabel(table, column, *s))
            return *label;
        if (column.ends_with("_on"))
            if (auto d = core::parseDate(*s))
                return Format::date(toQDate(*d));
        return QString::fromStdString(*s);
    }
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        if (column == "interpreter_needed" || column == "needs_specialist" || column == "field_time")
            return *i ? tr("Yes") : tr("No");
        return QLocale().toString(*i);
    }
    if (const auto* d = std::get_if<double>(&value))
        return QLocale().toString(*d);
    return {};
}

QString ConflictsModel::writerText(const core::Writer& w, const core::Version& version)
{
    QString who;
    if (w.thisDevice)
        who = w.staffName.empty() ? tr("you, on this tablet")
                                  : tr("%1, on this tablet").arg(QString::fromStdString(w.staffName));
    else if (!w.staffName.empty())
        who = w.deviceLabel.empty()
            ? QString::fromStdString(w.staffName)
            : tr("%1, on %2").arg(QString::fromStdString(w.staffName), QString::fromStdString(w.deviceLabel));
    else
        who = tr("a tablet this one does not know");
    return tr("%1 · %2").arg(who, Format::dateTime(core::versionTimeMs(version)));
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ConflictView& c = m_conflicts[static_cast<std::size_t>(index.row())];
    const bool deleteEdit = c.kind == "delete-edit";
    const bool revoked = c.kind == "revoked-consent";
    switch (role) {
    case ConflictIdRole:
        return QString::fromStdString(c.conflictId);
    case SubjectRole:
        return c.subject.empty() ? Labels::table(c.table) : QString::fromStdString(c.subject);
    case Qt::DisplayRole:
    case WhatRole:
        return c.column.empty() ? Labels::table(c.table)
                                : tr("%1: %2").arg(Labels::table(c.table), Labels::column(c.table, c.column));
    case ExplanationRole:
        if (deleteEdit)
            return tr("One person removed this record while another changed it. Keep it removed, or bring it back "
                      "with the change.");
        if (revoked)
            return tr("The consent was revoked while someone changed it. A revoked consent stays revoked.");
        return tr("Two people changed this at the same time. Choose the value to keep.");
    case KeptTextRole:
        return deleteEdit ? tr("Removed") : valueText(c.table, c.column, c.keptValue);
    case KeptByRole:
        return writerText(c.keptBy, c.keptVersion);
    case OtherTextRole:
        return valueText(c.table, c.column, c.otherValue);
    case OtherByRole:
        return writerText(c.otherBy, c.otherVersion);
    case SensitiveRole:
        return c.sensitive;
    case CanTakeOtherRole:
        return !revoked;
    case ParticipantIdRole:
        return QString::fromStdString(c.participantId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictsModel::roleNames() const
{
    return { { ConflictIdRole, "conflictId" }, { SubjectRole, "subject" }, { WhatRole, "what" },
        { ExplanationRole, "explanation" }, { KeptTextRole, "keptText" }, { KeptByRole, "keptBy" },
        { OtherTextRole, "otherText" }, { OtherByRole, "otherBy" }, { SensitiveRole, "sensitive" },
        { CanTakeOtherRole, "canTakeOther" }, { ParticipantIdRole, "participantId" } };
}

void ConflictsModel::setConflicts(std::vector<core::ConflictView> conflicts)
{
    replaceRows(m_conflicts, std::move(conflicts), [](const core::ConflictView& c) { return c.conflictId; });
}

} // namespace fieldnotes::app
