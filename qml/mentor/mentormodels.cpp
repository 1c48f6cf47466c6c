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

bool MentorCasesModel::talkOverdue(const core::MentorCase& c, const QDate& today)
{
    return c.nextTalkOn && toQDate(c.nextTalkOn) < today;
}

QString MentorCasesModel::nextTalkText(const core::MentorCase& c, const QDate& today)
{
    if (!c.nextTalkOn)
        return {};
    const QDate due = toQDate(c.nextTalkOn);
    if (due < today)
        return tr("Structured talk overdue since %1").arg(Format::date(due));
    if (due == today)
        return tr("Structured talk due today");
    return tr("Next structured talk %1").arg(Format::dateNear(due, today));
}

QString MentorCasesModel::lastTalkText(const core::MentorCase& c, const QDate& today)
{
    if (!c.talks.lastTalkOn)
        return tr("No structured talk logged yet");
    return tr("Last structured talk %1").arg(Format::dateNear(toQDate(c.talks.lastTalkOn), today));
}

QVariant MentorCasesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MentorHomeCase& row = m_cases[static_cast<std::size_t>(index.row())];
    const core::MentorCase& c = row.assignment;
    switch (role) {
    case ParticipantIdRole:
        return fromStd(c.participantId);
    case Qt::DisplayRole:
    case DisplayNameRole:
        return fromStd(c.displayName);
    case EmployerNameRole:
        return fromStd(c.employerName);
    case NextTalkTextRole:
        return nextTalkText(c, m_today);
    case LastEntryTextRole:
        return c.lastEntryOn ? tr("Your last entry %1").arg(Format::dateNear(toQDate(c.lastEntryOn), m_today))
                             : tr("No entries from you yet");
    case EntryCountRole:
        return c.entryCount;
    case MandateRole:
        return fromStd(c.mandate);
    case GoalsRole: {
        QStringList goals;
        for (const auto& g : row.goals)
            goals.push_back(
                g.status == core::GoalStatus::Achieved ? tr("%1 (achieved)").arg(fromStd(g.text)) : fromStd(g.text));
        return goals;
    }
    case TalkOverdueRole:
        return talkOverdue(c, m_today);
    case LastTalkTextRole:
        return lastTalkText(c, m_today);
    default:
        return {};
    }
}

QHash<int, QByteArray> MentorCasesModel::roleNames() const
{
    return { { ParticipantIdRole, "participantId" }, { DisplayNameRole, "displayName" },
        { EmployerNameRole, "employerName" }, { NextTalkTextRole, "nextTalkText" },
        { LastEntryTextRole, "lastEntryText" }, { EntryCountRole, "entryCount" }, { MandateRole, "mandate" },
        { GoalsRole, "goals" }, { TalkOverdueRole, "talkOverdue" }, { LastTalkTextRole, "lastTalkText" } };
}

void MentorCasesModel::setCases(std::vector<MentorHomeCase> cases, const QDate& today)
{
    m_today = today;
    replaceRows(m_cases, std::move(cases), [](const MentorHomeCase& c) { return c.assignment.assignmentId; });
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
