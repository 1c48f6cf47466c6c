#include "figuresmodel.h"

#include "format.h"
#include "labels.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fieldnotes::app {

namespace {

constexpr FiguresModel::Kind kinds[] = { FiguresModel::OutOfOffice, FiguresModel::AtEmployers,
    FiguresModel::NewEmployerContacts, FiguresModel::ContactsPerParticipant, FiguresModel::FollowUp,
    FiguresModel::Placements, FiguresModel::InWork };

QString percent(double share)
{
    return FiguresModel::tr("%1 %").arg(QLocale().toString(qRound(share * 100)));
}

QString decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString duration(int minutes)
{
    return minutes > 0 ? Format::minutes(minutes) : FiguresModel::tr("%1 min").arg(0);
}

QVariantMap mark(double value, const QString& label)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("label"), label } };
}

QString key(FiguresModel::Kind kind)
{
    switch (kind) {
    case FiguresModel::OutOfOffice:
        return QStringLiteral("outOfOffice");
    case FiguresModel::AtEmployers:
        return QStringLiteral("atEmployers");
    case FiguresModel::NewEmployerContacts:
        return QStringLiteral("newEmployerContacts");
    case FiguresModel::ContactsPerParticipant:
        return QStringLiteral("contactsPerParticipant");
    case FiguresModel::FollowUp:
        return QStringLiteral("followUp");
    case FiguresModel::Placements:
        return QStringLiteral("placements");
    case FiguresModel::InWork:
        return QStringLiteral("inWork");
    }
    return {};
}

bool hasSeries(FiguresModel::Kind kind)
{
    return kind == FiguresModel::OutOfOffice || kind == FiguresModel::AtEmployers
        || kind == FiguresModel::NewEmployerContacts || kind == FiguresModel::ContactsPerParticipant;
}

} // namespace

FiguresModel::FiguresModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int FiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_figures ? 0 : static_cast<int>(std::size(kinds));
}

QHash<int, QByteArray> FiguresModel::roleNames() const
{
    return {
        { KeyRole, "key" },
        { TitleRole, "title" },
        { ValueTextRole, "valueText" },
        { DetailTextRole, "detailText" },
        { TargetTextRole, "targetText" },
        { HintTextRole, "hintText" },
        { AccessibleTextRole, "accessibleText" },
        { HasValueRole, "hasValue" },
        { HasBarRole, "hasBar" },
        { ValueRole, "value" },
        { ScaleMaxRole, "scaleMax" },
        { MarksRole, "marks" },
        { SeriesRole, "series" },
        { SeriesTextRole, "seriesText" },
    };
}

void FiguresModel::setFigures(core::Figures figures, std::vector<core::Figures> weeks, bool month)
{
    const bool reset = !m_figures;
    if (reset)
        beginResetModel();
    m_figures = std::move(figures);
    m_weeks = std::move(weeks);
    m_month = month;
    if (reset) {
        endResetModel();
        emit countChanged();
    } else {
        emit dataChanged(index(0), index(rowCount() - 1));
    }
}

void FiguresModel::clear()
{
    if (!m_figures)
        return;
    beginResetModel();
    m_figures.reset();
    m_weeks.clear();
    endResetModel();
    emit countChanged();
}

QVariant FiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind kind = kinds[index.row()];
    if (role == AccessibleTextRole) {
        QStringList parts { value(kind, TitleRole).toString() + QStringLiteral(": ")
            + value(kind, ValueTextRole).toString() + QStringLiteral(".") };
        for (int r : { DetailTextRole, TargetTextRole, HintTextRole }) {
            const QString text = value(kind, r).toString();
            if (!text.isEmpty())
                parts << text;
        }
        return parts.join(QLatin1Char(' '));
    }
    if (role == SeriesRole || role == SeriesTextRole) {
        if (!hasSeries(kind))
            return role == SeriesRole ? QVariant(QVariantList {}) : QVariant(QString());
        QVariantList series;
        QStringList texts;
        for (const core::Figures& week : m_weeks) {
            const double v = seriesValue(kind, week);
            series << v;
            if (v < 0)
                texts << tr("none");
            else if (kind == OutOfOffice || kind == AtEmployers)
                texts << percent(v);
            else
                texts << decimal(v);
        }
        if (role == SeriesRole)
            return series;
        return tr("The last %n week(s), oldest first: %1.", "", static_cast<int>(texts.size()))
            .arg(texts.join(QStringLiteral("; ")));
    }
    return value(kind, role);
}

double FiguresModel::seriesValue(Kind kind, const core::Figures& week) const
{
    switch (kind) {
    case OutOfOffice:
        return week.outOfOfficeShare.value_or(-1);
    case AtEmployers:
        return week.atEmployersShare.value_or(-1);
    case NewEmployerContacts:
        return week.newEmployerContactsPerWeek;
    case ContactsPerParticipant:
        return week.contactsPerParticipant.value_or(-1);
    default:
        return -1;
    }
}

QVariant FiguresModel::value(Kind kind, int role) const
{
    const core::Figures& f = *m_figures;
    const QString noHours = f.team
        ? tr("No contracted hours are recorded for the team in this period, so there is no share to show. The office "
             "records them.")
        : tr("No contracted hours are recorded for you in this period, so there is no share to show. The office "
             "records them.");
    switch (role) {
    case KeyRole:
        return key(kind);
    case HasBarRole:
        return kind != Placements;
    default:
        break;
    }

    switch (kind) {
    case OutOfOffice:
        switch (role) {
        case TitleRole:
            return tr("Time in the field");
        case HasValueRole:
            return f.outOfOfficeShare.has_value();
        case ValueRole:
            return f.outOfOfficeShare.value_or(0);
        case ValueTextRole:
            return f.outOfOfficeShare ? percent(*f.outOfOfficeShare) : QStringLiteral("\u2013");
        case DetailTextRole:
            if (!f.outOfOfficeShare)
                return noHours;
            return (f.team ? tr("%1 in the field of %2 contracted, the team together.")
                           : tr("%1 in the field of %2 contracted."))
                .arg(duration(f.fieldMinutes), duration(static_cast<int>(std::lround(f.contractedMinutes))));
        case TargetTextRole:
            return tr("The method aims for at least %1 of the week out of the office.")
                .arg(percent(core::outOfOfficeTarget));
        case HintTextRole:
            if (f.fieldContactsWithoutDuration == 0)
                return QString();
            return tr("%n field contact(s) without a duration add nothing here yet. Adding the durations makes the "
                      "figure complete.",
                "", f.fieldContactsWithoutDuration);
        case ScaleMaxRole:
            return 1.0;
        case MarksRole:
            return QVariantList { mark(core::outOfOfficeTarget, percent(core::outOfOfficeTarget)) };
        }
        break;
    case AtEmployers:
        switch (role) {
        case TitleRole:
            return tr("Time at employers");
        case HasValueRole:
            return f.atEmployersShare.has_value();
        case ValueRole:
            return f.atEmployersShare.value_or(0);
        case ValueTextRole:
            return f.atEmployersShare ? percent(*f.atEmployersShare) : QStringLiteral("\u2013");
        case DetailTextRole:
            if (!f.atEmployersShare)
                return noHours;
            return tr("%1 at employers: band %2 of 5 on the fidelity form.")
                .arg(duration(f.employerFieldMinutes))
                .arg(core::atEmployersScore(*f.atEmployersShare));
        case TargetTextRole:
            return tr("Item 18 of the fidelity form: from %1 a 3, from %2 a 4, from %3 a 5.")
                .arg(percent(core::atEmployersBandFloors[1]), percent(core::atEmployersBandFloors[2]),
                    percent(core::atEmployersBandFloors[3]));
        case HintTextRole:
            return QString();
        case ScaleMaxRole:
            return 1.0;
        case MarksRole: {
            QVariantList marks;
            for (std::size_t i = 1; i < std::size(core::atEmployersBandFloors); ++i)
                marks << mark(core::atEmployersBandFloors[i], percent(core::atEmployersBandFloors[i]));
            return marks;
        }
        }
        break;
    case NewEmployerContacts:
        switch (role) {
        case TitleRole:
            return tr("New employer contacts");
        case HasValueRole:
            return true;
        case ValueRole:
            return f.newEmployerContactsPerWeek;
        case ValueTextRole:
            return m_month || f.team ? decimal(f.newEmployerContactsPerWeek)
                                     : QLocale().toString(f.newEmployerContacts);
        case DetailTextRole:
            if (f.team)
                return tr("A week per specialist on average; %n in all for the team.", "", f.newEmployerContacts);
            if (m_month)
                return tr("A week on average; %n in the month.", "", f.newEmployerContacts);
            return tr("%n new employer visit(s) this week.", "", f.newEmployerContacts);
        case TargetTextRole:
            return tr("The method aims for about %1 a week.").arg(QLocale().toString(core::newEmployerContactsTarget));
        case HintTextRole:
            return QString();
        case ScaleMaxRole:
            return std::max(core::newEmployerContactsTarget + 2, std::ceil(f.newEmployerContactsPerWeek));
        case MarksRole:
            return QVariantList { mark(
                core::newEmployerContactsTarget, QLocale().toString(core::newEmployerContactsTarget)) };
        }
        break;
    case ContactsPerParticipant:
        switch (role) {
        case TitleRole:
            return tr("Contacts per participant");
        case HasValueRole:
            return f.contactsPerParticipant.has_value();
        case ValueRole:
            return f.contactsPerParticipant.value_or(0);
        case ValueTextRole:
            return f.contactsPerParticipant ? decimal(*f.contactsPerParticipant) : QStringLiteral("\u2013");
        case DetailTextRole:
            if (!f.contactsPerParticipant)
                return f.team ? tr("No one was on the team's caseload at the end of this period.")
                              : tr("No one was on your caseload at the end of this period.");
            return (f.team
                    ? tr("%n contact(s) with participants; the team follows %1 people.", "", f.participantContacts)
                    : tr("%n contact(s) with participants; you follow %1 people.", "", f.participantContacts))
                .arg(f.caseloadTotal);
        case TargetTextRole:
        case HintTextRole:
            return QString();
        case ScaleMaxRole:
            return std::max(
                4.0, std::ceil(f.contactsPerParticipant.value_or(0) * 1.25)); // room beside the value: no target here
        case MarksRole:
            return QVariantList {};
        }
        break;
    case FollowUp:
        switch (role) {
        case TitleRole:
            return tr("Follow-up after a job start");
        case HasValueRole:
            return f.followUpKeptShare.has_value();
        case ValueRole:
            return f.followUpKeptShare.value_or(0);
        case ValueTextRole:
            return f.followUpKeptShare ? tr("%1 of %2").arg(f.followUp.kept).arg(f.followUp.due)
                                       : QStringLiteral("\u2013");
        case DetailTextRole:
            if (!f.followUpKeptShare)
                return tr("No follow-up meetings after a job start were due in this period.");
            return tr("%1 of the meetings due in this period were held in their window.")
                .arg(percent(*f.followUpKeptShare));
        case TargetTextRole:
            return tr("Item 17 of the fidelity form: a meeting in the week before the start, within 3 days after it, "
                      "weekly in the first month, then at least monthly through the first year.");
        case HintTextRole:
            if (f.followUp.kept >= f.followUp.due)
                return QString();
            return tr("Each participant's page shows the next meeting and its window.");
        case ScaleMaxRole:
            return 1.0;
        case MarksRole:
            return QVariantList { mark(core::followUpKeptTarget, tr("all")) };
        }
        break;
    case Placements: {
        int total = 0;
        QStringList parts;
        for (const auto& [k, n] : f.placementsStarted) {
            total += n;
            if (n > 0)
                parts << tr("%1: %2").arg(Labels::placementKind(k)).arg(n);
        }
        switch (role) {
        case TitleRole:
            return tr("Placements started");
        case HasValueRole:
            return true;
        case ValueRole:
        case ScaleMaxRole:
            return double(total);
        case ValueTextRole:
            return QLocale().toString(total);
        case DetailTextRole:
            return parts.isEmpty() ? tr("None started in this period.") : parts.join(QStringLiteral(", "));
        case TargetTextRole:
        case HintTextRole:
            return QString();
        case MarksRole:
            return QVariantList {};
        }
        break;
    }
    case InWork:
        switch (role) {
        case TitleRole:
            return tr("People in work");
        case HasValueRole:
            return f.caseloadTotal > 0;
        case ValueRole:
            return f.caseloadTotal > 0 ? double(f.peopleInWork) / f.caseloadTotal : 0.0;
        case ValueTextRole:
            return tr("%1 of %2").arg(f.peopleInWork).arg(f.caseloadTotal);
        case DetailTextRole:
            return f.team ? tr("In a paid job on the period's last day, of the people the team follows.")
                          : tr("In a paid job on the period's last day, of the people you follow.");
        case TargetTextRole:
        case HintTextRole:
            return QString();
        case ScaleMaxRole:
            return 1.0;
        case MarksRole:
            return QVariantList {};
        }
        break;
    }
    return {};
}

} // namespace fieldnotes::app
