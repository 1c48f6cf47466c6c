#include "timelinemodel.h"

#include "format.h"
#include "labels.h"

namespace fieldnotes::app {

TimelineModel::TimelineModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TimelineEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    const bool visit = e.table == "visits";
    switch (role) {
    case EntryIdRole:
        return QString::fromStdString(e.id);
    case TableRole:
        return QString::fromStdString(e.table);
    case IsVisitRole:
        return visit;
    case DateTextRole:
        return Format::date(toQDate(e.occurredOn));
    case TimeTextRole:
        return e.startTime ? Format::time(QString::fromStdString(*e.startTime)) : QString();
    case Qt::DisplayRole:
    case KindTextRole:
        if (e.course) {
            if (e.course->isPause())
                return tr("Follow-up paused");
            if (e.course->isResume())
                return tr("Resumed: %1").arg(Labels::status(*e.course->status));
            if (e.course->isSteps())
                return Labels::steps(e.course->steps);
            if (e.course->status)
                return tr("Status: %1").arg(Labels::status(*e.course->status));
            return QString();
        }
        if (e.contactType)
            return Labels::contactType(*e.contactType);
        if (e.supportKind)
            return tr("Natural support: %1").arg(Labels::supportKind(*e.supportKind));
        return QString();
    case SummaryRole:
        return QString::fromStdString(e.summary);
    case AuthorNameRole:
        return QString::fromStdString(e.authorName);
    case MinutesTextRole:
        return Format::minutes(e.minutes);
    case NeedsSpecialistRole:
        return e.needsSpecialist;
    case ParticipantNameRole:
        return QString::fromStdString(e.participantName);
    case EmployerNameRole:
        return QString::fromStdString(e.employerName);
    case CorrectedRole:
        return e.correctsId.has_value(); // a correction, shown in place of the entry it corrects
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        { EntryIdRole, "entryId" },
        { TableRole, "table" },
        { IsVisitRole, "isVisit" },
        { DateTextRole, "dateText" },
        { TimeTextRole, "timeText" },
        { KindTextRole, "kindText" },
        { SummaryRole, "summary" },
        { AuthorNameRole, "authorName" },
        { MinutesTextRole, "minutesText" },
        { NeedsSpecialistRole, "needsSpecialist" },
        { ParticipantNameRole, "participantName" },
        { EmployerNameRole, "employerName" },
        { CorrectedRole, "corrected" },
    };
}

void TimelineModel::setEntries(std::vector<core::TimelineEntry> entries)
{
    replaceRows(m_entries, std::move(entries), [](const core::TimelineEntry& e) { return e.id; });
}

} // namespace fieldnotes::app
