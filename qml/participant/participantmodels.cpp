#include "participantmodels.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

namespace {
template<class Rows> int countOf(const QModelIndex& parent, const Rows& rows)
{
    return parent.isValid() ? 0 : static_cast<int>(rows.size());
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

// ---- ProfileModel -------------------------------------------------------------------------------

ProfileModel::ProfileModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int ProfileModel::rowCount(const QModelIndex& parent) const
{
    return countOf(parent, m_rows);
}

QVariant ProfileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return fromStd(r.column);
    case Qt::DisplayRole:
    case LabelRole:
        return Labels::column("profiles", r.column);
    case ValueRole:
        return r.value;
    case SensitiveRole:
        return r.sensitive;
    case MultilineRole:
        return r.multiline;
    case WrittenByRole: {
        if (r.writtenMs <= 0)
            return QString();
        const QString who = r.byThisDevice && r.authorName.isEmpty() ? tr("this tablet")
            : r.authorName.isEmpty()                                 ? tr("someone on another tablet")
                                                                     : r.authorName;
        return tr("Written by %1, %2").arg(who, Format::dateTime(r.writtenMs));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    return { { KeyRole, "key" }, { LabelRole, "label" }, { ValueRole, "value" }, { SensitiveRole, "sensitive" },
        { MultilineRole, "multiline" }, { WrittenByRole, "writtenBy" } };
}

void ProfileModel::setRows(std::vector<ProfileRow> rows)
{
    replaceRows(m_rows, std::move(rows), [](const ProfileRow& r) { return r.column; });
}

// ---- GoalsModel ---------------------------------------------------------------------------------

GoalsModel::GoalsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int GoalsModel::rowCount(const QModelIndex& parent) const
{
    return countOf(parent, m_goals);
}

QVariant GoalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Goal& g = m_goals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case GoalIdRole:
        return fromStd(g.id);
    case Qt::DisplayRole:
    case TextRole:
        return fromStd(g.text);
    case StatusRole:
        return codeString(g.status);
    case StatusTextRole:
        return Labels::goalStatus(g.status);
    case DueTextRole:
        return g.dueOn ? tr("By %1").arg(Format::date(toQDate(g.dueOn))) : QString();
    case AchievedRole:
        return g.status == core::GoalStatus::Achieved;
    case ParentIdRole:
        return g.parentId ? fromStd(*g.parentId) : QString();
    case SubGoalRole:
        return g.parentId.has_value();
    case DueOnRole:
        return toQDate(g.dueOn);
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalsModel::roleNames() const
{
    return { { GoalIdRole, "goalId" }, { TextRole, "goalText" }, { StatusRole, "status" },
        { StatusTextRole, "statusText" }, { DueTextRole, "dueText" }, { AchievedRole, "achieved" },
        { ParentIdRole, "parentId" }, { SubGoalRole, "subGoal" }, { DueOnRole, "dueOn" } };
}

void GoalsModel::setGoals(std::vector<core::Goal> goals)
{
    replaceRows(m_goals, std::move(goals), [](const core::Goal& g) { return g.id; });
}

// ---- PlacementsModel ----------------------------------------------------------------------------

PlacementsModel::PlacementsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int PlacementsModel::rowCount(const QModelIndex& parent) const
{
    return countOf(parent, m_rows);
}

QVariant PlacementsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacementRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const core::Placement& p = r.placement;
    switch (role) {
    case PlacementIdRole:
        return fromStd(p.id);
    case Qt::DisplayRole:
    case TitleRole:
        return p.title.empty() ? Labels::placementKind(p.kind) : fromStd(p.title);
    case KindTextRole: {
        QString kind = Labels::placementKind(p.kind);
        if (p.contract)
            kind += QStringLiteral(", ") + Labels::contractType(*p.contract).toLower();
        if (r.positionPercent)
            kind += QStringLiteral(", ") + tr("%1 % position").arg(QLocale().toString(*r.positionPercent));
        return kind;
    }
    case EmployerIdRole:
        return p.employerId ? fromStd(*p.employerId) : QString();
    case EmployerNameRole:
        return r.employerName;
    case PeriodTextRole:
        if (p.startOn && p.endedOn)
            return tr("%1 – %2").arg(Format::date(toQDate(p.startOn)), Format::date(toQDate(p.endedOn)));
        if (p.startOn)
            return tr("Since %1").arg(Format::date(toQDate(p.startOn)));
        return QString();
    case DatesTextRole: {
        QStringList parts;
        if (p.trialEndOn)
            parts << tr("Trial period ends %1").arg(Format::date(toQDate(p.trialEndOn)));
        if (p.contractEndOn)
            parts << tr("Contract ends %1").arg(Format::date(toQDate(p.contractEndOn)));
        return parts.join(QStringLiteral(" · "));
    }
    case SupportTextRole: {
        // Each period by its start; a measure's earlier periods stay listed with their % and dates.
        QStringList parts;
        for (const auto& m : r.measures) {
            QString s = Labels::supportMeasure(m.kind);
            if (m.percent)
                s += QStringLiteral(" ") + tr("%1 %").arg(QLocale().toString(*m.percent));
            if (m.hoursPerMonth)
                s += QStringLiteral(" ") + tr("%1 h/month").arg(QLocale().toString(*m.hoursPerMonth));
            if (m.fromOn && m.toOn)
                s += QStringLiteral(" ")
                    + tr("%1 – %2").arg(Format::date(toQDate(m.fromOn)), Format::date(toQDate(m.toOn)));
            if (m.reviewedOn)
                s += QStringLiteral(", ") + tr("reviewed %1").arg(Format::date(toQDate(m.reviewedOn)));
            if (m.reviewOn)
                s += QStringLiteral(", ") + tr("review %1").arg(Format::date(toQDate(m.reviewOn)));
            parts << s;
        }
        return parts.join(QStringLiteral(" · "));
    }
    case LearningGoalsRole: {
        QVariantList out;
        if (r.mentor)
            for (const core::LearningGoal& g : r.mentor->learningGoals)
                out.append(QVariantMap { { QStringLiteral("text"), fromStd(g.text) },
                    { QStringLiteral("status"), codeString(g.status) },
                    { QStringLiteral("statusText"), Labels::goalStatus(g.status) } });
        return out;
    }
    case LastChangePercentRole:
        return r.positions.size() >= 2 ? r.positions.back().percent : 0;
    case LastChangeOnRole:
        return r.positions.size() >= 2 ? toQDate(r.positions.back().fromOn) : QDate();
    case MeasuresRole: {
        QVariantList out;
        for (std::size_t i = 0; i < r.measures.size(); ++i) {
            const core::SupportMeasure& m = r.measures[i];
            const bool later = std::any_of(r.measures.begin() + static_cast<std::ptrdiff_t>(i) + 1, r.measures.end(),
                [&](const core::SupportMeasure& o) { return o.kind == m.kind; });
            if (later)
                continue;
            QString label = Labels::supportMeasure(m.kind);
            if (m.percent)
                label += QStringLiteral(" ") + tr("%1 %").arg(QLocale().toString(*m.percent));
            if (m.hoursPerMonth)
                label += QStringLiteral(" ") + tr("%1 h/month").arg(QLocale().toString(*m.hoursPerMonth));
            out.append(QVariantMap { { QStringLiteral("measureId"), fromStd(m.id) },
                { QStringLiteral("kind"), codeString(m.kind) }, { QStringLiteral("label"), label },
                { QStringLiteral("percent"), m.percent.value_or(0) },
                { QStringLiteral("hoursPerMonth"), m.hoursPerMonth.value_or(0) },
                { QStringLiteral("fromOn"), toQDate(m.fromOn) }, { QStringLiteral("toOn"), toQDate(m.toOn) },
                { QStringLiteral("reviewOn"), toQDate(m.reviewOn) } });
        }
        return out;
    }
    case AccommodationsRole:
        return fromStd(p.accommodations);
    case CarvedTasksRole:
        return fromStd(p.carvedTasks);
    case EndedRole:
        return p.endedOn.has_value();
    case MentorAssignmentIdRole:
        return r.mentor ? fromStd(r.mentor->assignment.id) : QString();
    case MentorIdRole:
        return r.mentor ? fromStd(r.mentor->assignment.mentorId) : QString();
    case MentorNameRole:
        return r.mentor ? fromStd(r.mentor->mentorName) : QString();
    case MentorTextRole: {
        if (!r.mentor)
            return QString();
        const core::MentorAssignment& a = r.mentor->assignment;
        QString text = a.talkIntervalDays == 7 ? tr("Structured talk every week")
            : a.talkIntervalDays == 14         ? tr("Structured talk every other week")
            : a.talkIntervalDays == 28         ? tr("Structured talk every four weeks")
                                               : tr("Structured talk every %1 days").arg(a.talkIntervalDays);
        if (a.fromOn)
            text += QStringLiteral(" · ") + tr("from %1").arg(Format::date(toQDate(a.fromOn)));
        return text;
    }
    case MentorMandateRole:
        return r.mentor ? fromStd(r.mentor->assignment.mandate) : QString();
    case TalkIntervalDaysRole:
        return r.mentor ? r.mentor->assignment.talkIntervalDays : 14;
    case PositionHistoryRole: {
        QStringList parts;
        for (const core::PositionChange& c : r.positions)
            parts << tr("%1 % from %2").arg(QLocale().toString(c.percent), Format::date(toQDate(c.fromOn)));
        return parts.join(QStringLiteral(", "));
    }
    case PositionPercentRole:
        return r.positionPercent.value_or(0);
    case KindRole:
        return codeString(p.kind);
    case ContractRole:
        return p.contract ? codeString(*p.contract) : QString();
    case TrialEndOnRole:
        return toQDate(p.trialEndOn);
    case ContractEndOnRole:
        return toQDate(p.contractEndOn);
    default:
        return {};
    }
}

QHash<int, QByteArray> PlacementsModel::roleNames() const
{
    return { { PlacementIdRole, "placementId" }, { TitleRole, "title" }, { KindTextRole, "kindText" },
        { EmployerIdRole, "employerId" }, { EmployerNameRole, "employerName" }, { PeriodTextRole, "periodText" },
        { DatesTextRole, "datesText" }, { SupportTextRole, "supportText" }, { AccommodationsRole, "accommodations" },
        { CarvedTasksRole, "carvedTasks" }, { EndedRole, "ended" }, { MentorAssignmentIdRole, "mentorAssignmentId" },
        { MentorIdRole, "mentorId" }, { MentorNameRole, "mentorName" }, { MentorTextRole, "mentorText" },
        { MentorMandateRole, "mentorMandate" }, { TalkIntervalDaysRole, "talkIntervalDays" },
        { PositionHistoryRole, "positionHistory" }, { PositionPercentRole, "positionPercent" }, { KindRole, "kind" },
        { ContractRole, "contract" }, { TrialEndOnRole, "trialEndOn" }, { ContractEndOnRole, "contractEndOn" },
        { MeasuresRole, "measures" }, { LastChangePercentRole, "lastChangePercent" },
        { LastChangeOnRole, "lastChangeOn" }, { LearningGoalsRole, "learningGoals" } };
}

void PlacementsModel::setPlacements(std::vector<PlacementRow> rows)
{
    replaceRows(m_rows, std::move(rows), [](const PlacementRow& r) { return r.placement.id; });
}

} // namespace fieldnotes::app
