#include "mentormodels.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

namespace {
QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

MentorCasesModel::MentorCasesModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int MentorCasesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

QVariant MentorCasesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::MentorCase& c = m_cases[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ParticipantIdRole:
        return fromStd(c.participantId);
    case Qt::DisplayRole:
    case DisplayNameRole:
        return fromStd(c.displayName);
    case EmployerNameRole:
        return fromStd(c.employerName);
    case NextTalkTextRole:
        return c.nextTalkOn ? tr("Next structured talk %1").arg(Format::dateNear(toQDate(c.nextTalkOn), m_today))
                            : QString();
    case LastEntryTextRole:
        return c.lastEntryOn ? tr("Your last entry %1").arg(Format::dateNear(toQDate(c.lastEntryOn), m_today))
                             : tr("No entries from you yet");
    case EntryCountRole:
        return c.entryCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> MentorCasesModel::roleNames() const
{
    return { { ParticipantIdRole, "participantId" }, { DisplayNameRole, "displayName" },
        { EmployerNameRole, "employerName" }, { NextTalkTextRole, "nextTalkText" },
        { LastEntryTextRole, "lastEntryText" }, { EntryCountRole, "entryCount" } };
}

void MentorCasesModel::setCases(std::vector<core::MentorCase> cases, const QDate& today)
{
    m_today = today;
    replaceRows(m_cases, std::move(cases), [](const core::MentorCase& c) { return c.assignmentId; });
}

LearningGoalsModel::LearningGoalsModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int LearningGoalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_goals.size());
}

QVariant LearningGoalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LearningGoal& g = m_goals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case GoalIdRole:
        return fromStd(g.id);
    case Qt::DisplayRole:
    case TextRole:
        return fromStd(g.text);
    case StatusTextRole:
        return Labels::goalStatus(g.status);
    case AchievedRole:
        return g.status == core::GoalStatus::Achieved;
    default:
        return {};
    }
}

QHash<int, QByteArray> LearningGoalsModel::roleNames() const
{
    return { { GoalIdRole, "goalId" }, { TextRole, "goalText" }, { StatusTextRole, "statusText" },
        { AchievedRole, "achieved" } };
}

void LearningGoalsModel::setGoals(std::vector<core::LearningGoal> goals)
{
    replaceRows(m_goals, std::move(goals), [](const core::LearningGoal& g) { return g.id; });
}

SupportEntriesModel::SupportEntriesModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int SupportEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant SupportEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::NaturalSupportEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case EntryIdRole:
        return fromStd(e.id);
    case DateTextRole:
        return Format::date(toQDate(e.occurredOn));
    case Qt::DisplayRole:
    case KindTextRole:
        return Labels::supportKind(e.kind);
    case MinutesTextRole:
        return Format::minutes(e.minutes);
    case SituationRole:
        return fromStd(e.situation);
    case HandledWellRole:
        return fromStd(e.handledWell);
    case NeedsWorkRole:
        return fromStd(e.needsWork);
    case NeedsSpecialistRole:
        return e.needsSpecialist;
    case HeadingTextRole: {
        QStringList parts { Format::date(toQDate(e.occurredOn)), Labels::supportKind(e.kind),
            Format::minutes(e.minutes) };
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SupportEntriesModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { DateTextRole, "dateText" }, { KindTextRole, "kindText" },
        { MinutesTextRole, "minutesText" }, { SituationRole, "situation" }, { HandledWellRole, "handledWell" },
        { NeedsWorkRole, "needsWork" }, { NeedsSpecialistRole, "needsSpecialist" },
        { HeadingTextRole, "headingText" } };
}

void SupportEntriesModel::setEntries(std::vector<core::NaturalSupportEntry> entries)
{
    replaceRows(m_entries, std::move(entries), [](const core::NaturalSupportEntry& e) { return e.id; });
}

} // namespace fieldnotes::app
