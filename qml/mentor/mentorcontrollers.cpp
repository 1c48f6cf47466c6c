#include "mentorcontrollers.h"

#include "format.h"
#include "labels.h"
#include "naturalsupport.h"

namespace fieldnotes::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

struct HomeData {
    std::vector<MentorHomeCase> cases;
    std::vector<DraftRow> drafts;
    core::Date today {};
};

struct EntryData {
    QString name;
    std::vector<core::LearningGoal> goals;
};

struct ParticipantData {
    std::optional<core::MentorCase> assignment;
    std::vector<core::LearningGoal> goals;
    std::vector<core::NaturalSupportEntry> entries;
    core::Date today {};
};

} // namespace

// ---- MentorHomeController -----------------------------------------------------------------------

MentorHomeController::MentorHomeController(QObject* parent)
    : ScreenController(parent)
{
}

void MentorHomeController::load()
{
    fetch<HomeData>(
        [](core::Store& store) -> core::Result<HomeData> {
            HomeData data;
            data.today = store.today();
            FN_TRY_ASSIGN(auto cases, core::mentorCaseload(store, store.staffId(), data.today));
            for (auto& c : cases) {
                MentorHomeCase row { std::move(c), {} };
                FN_TRY_ASSIGN(row.goals,
                    core::sharedLearningGoals(
                        store, row.assignment.participantId, row.assignment.mentorId, data.today));
                data.cases.push_back(std::move(row));
            }
            FN_TRY_ASSIGN(const auto drafts, store.drafts(MentorEntryController::draftKind));
            for (const auto& draft : drafts) {
                DraftRow row { fromStd(draft.id), fromStd(draft.kind), {}, draft.updatedMs };
                for (const auto& c : data.cases)
                    if (draft.participantId && c.assignment.participantId == *draft.participantId)
                        row.participantName = fromStd(c.assignment.displayName);
                data.drafts.push_back(std::move(row));
            }
            return data;
        },
        [this](HomeData& data) {
            m_cases.setCases(std::move(data.cases), toQDate(data.today));
            m_drafts.setDrafts(std::move(data.drafts));
        });
}

// ---- MentorParticipantController ----------------------------------------------------------------

MentorParticipantController::MentorParticipantController(QObject* parent)
    : ScreenController(parent)
{
}

void MentorParticipantController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
    reload();
}

void MentorParticipantController::load()
{
    const std::string pid = m_participantId.toStdString();
    fetch<ParticipantData>(
        [pid](core::Store& store) -> core::Result<ParticipantData> {
            ParticipantData data;
            data.today = store.today();
            FN_TRY_ASSIGN(const auto cases, core::mentorCaseload(store, store.staffId(), data.today));
            for (const auto& c : cases)
                if (c.participantId == pid)
                    data.assignment = c;
            if (!data.assignment)
                return data; // not assigned to this mentor (any more): nothing to show
            FN_TRY_ASSIGN(data.goals, core::sharedLearningGoals(store, pid, data.assignment->mentorId, data.today));
            FN_TRY_ASSIGN(data.entries, core::ownEntries(store, pid, store.staffId()));
            return data;
        },
        [this](ParticipantData& data) {
            m_assigned = data.assignment.has_value();
            m_displayName = m_assigned ? fromStd(data.assignment->displayName) : QString();
            m_employerName = m_assigned ? fromStd(data.assignment->employerName) : QString();
            m_mandate = m_assigned ? fromStd(data.assignment->mandate) : QString();
            const QDate today = toQDate(data.today);
            m_talkOverdue = m_assigned && MentorCasesModel::talkOverdue(*data.assignment, today);
            m_lastTalkText = m_assigned ? MentorCasesModel::lastTalkText(*data.assignment, today) : QString();
            m_nextTalkText.clear();
            if (m_talkOverdue) {
                // Under the heading "Next structured talk": only what is new.
                m_nextTalkText = tr("Overdue since %1").arg(Format::date(toQDate(data.assignment->nextTalkOn)));
            } else if (m_assigned && data.assignment->nextTalkOn) {
                // "tomorrow, Thursday 3 December 2026"; a date further off is written once, in full.
                const QDate day = toQDate(data.assignment->nextTalkOn);
                const QString near = Format::dateNear(day, toQDate(data.today));
                m_nextTalkText = near == Format::date(day) ? Format::dateLong(day)
                                                           : near + QStringLiteral(", ") + Format::dateLong(day);
            }
            emit detailsChanged();
            m_goals.setGoals(std::move(data.goals));
            m_entries.setEntries(std::move(data.entries));
        });
}

// ---- MentorEntryController ----------------------------------------------------------------------

MentorEntryController::MentorEntryController(QObject* parent)
    : DraftFormController(draftKind, "natural_support_entries", parent)
    , m_occurredOn(Session::today())
{
}

void MentorEntryController::setParticipantId(const QString& id)
{
    set(m_participantId, id);
}

void MentorEntryController::setSituation(const QString& v)
{
    set(m_situation, v);
}

void MentorEntryController::setHandledWell(const QString& v)
{
    set(m_handledWell, v);
}

void MentorEntryController::setNeedsWork(const QString& v)
{
    set(m_needsWork, v);
}

void MentorEntryController::setKind(const QString& code)
{
    if (!enumFromQString<core::SupportKind>(code))
        return;
    // A structured talk is the hour the model mentor sets aside every other week.
    if (code == QLatin1String(talkKind) && m_minutes == 0)
        set(m_minutes, 60);
    set(m_kind, code);
}

void MentorEntryController::setExpectedBehaviour(const QString& v)
{
    set(m_expectedBehaviour, v);
}

void MentorEntryController::setMinutes(int minutes)
{
    set(m_minutes, std::clamp(minutes, 0, 24 * 60));
}

void MentorEntryController::setNeedsSpecialist(bool v)
{
    set(m_needsSpecialist, v);
}

void MentorEntryController::setOccurredOn(const QDate& day)
{
    if (day.isValid())
        set(m_occurredOn, day);
}

QString MentorEntryController::occurredText() const
{
    return Format::dateChosen(m_occurredOn, Session::today());
}

QString MentorEntryController::missingText() const
{
    if (m_participantId.isEmpty())
        return tr("Choose who the support was for.");
    if (m_situation.trimmed().isEmpty() && m_handledWell.trimmed().isEmpty() && m_needsWork.trimmed().isEmpty()
        && m_expectedBehaviour.trimmed().isEmpty())
        return isTalk() ? tr("Write a few words about what you talked about.")
                        : tr("Write a few words about what happened.");
    if (m_occurredOn > Session::today())
        return tr("Choose today or an earlier date.");
    return {};
}

QJsonObject MentorEntryController::toDraft() const
{
    return { { QStringLiteral("participantId"), m_participantId }, { QStringLiteral("kind"), m_kind },
        { QStringLiteral("situation"), m_situation }, { QStringLiteral("handledWell"), m_handledWell },
        { QStringLiteral("needsWork"), m_needsWork }, { QStringLiteral("expectedBehaviour"), m_expectedBehaviour },
        { QStringLiteral("minutes"), m_minutes }, { QStringLiteral("needsSpecialist"), m_needsSpecialist },
        { QStringLiteral("occurredOn"), m_occurredOn.toString(Qt::ISODate) } };
}

void MentorEntryController::applyDraft(const QJsonObject& o)
{
    auto str = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m_participantId = str("participantId");
    if (enumFromQString<core::SupportKind>(str("kind")))
        m_kind = str("kind");
    m_situation = str("situation");
    m_handledWell = str("handledWell");
    m_needsWork = str("needsWork");
    m_expectedBehaviour = str("expectedBehaviour");
    m_minutes = o.value(QStringLiteral("minutes")).toInt();
    m_needsSpecialist = o.value(QStringLiteral("needsSpecialist")).toBool();
    const QDate day = QDate::fromString(str("occurredOn"), Qt::ISODate);
    if (day.isValid())
        m_occurredOn = day;
}

// The participant's name, and the goals shared with this mentor: the agenda of a structured talk.
void MentorEntryController::loadForm()
{
    const std::string pid = m_participantId.toStdString();
    fetch<EntryData>(
        [pid](core::Store& store) -> core::Result<EntryData> {
            EntryData data;
            if (pid.empty())
                return data;
            FN_TRY_ASSIGN(auto p, store.find<core::Participant>(pid));
            if (p)
                data.name = fromStd(p->displayName);
            FN_TRY_ASSIGN(const auto cases, core::mentorCaseload(store, store.staffId(), store.today()));
            for (const auto& c : cases) {
                if (c.participantId == pid) {
                    FN_TRY_ASSIGN(data.goals, core::sharedLearningGoals(store, pid, c.mentorId, store.today()));
                }
            }
            return data;
        },
        [this](EntryData& data) {
            m_participantName = data.name;
            m_goals.setGoals(std::move(data.goals));
            emit formChanged();
        });
}

DraftFormController::UseCase MentorEntryController::useCase()
{
    core::NaturalSupportLog e;
    e.participantId = m_participantId.toStdString();
    e.occurredOn = *fromQDate(m_occurredOn);
    e.minutes = m_minutes;
    e.kind = *enumFromQString<core::SupportKind>(m_kind);
    e.situation = m_situation.toStdString();
    e.handledWell = m_handledWell.toStdString();
    e.needsWork = m_needsWork.toStdString();
    e.expectedBehaviour = m_expectedBehaviour.toStdString();
    e.needsSpecialist = m_needsSpecialist;
    if (!draftId().isEmpty())
        e.draftId = draftId().toStdString();
    return [e](core::Store& store) { return core::logNaturalSupport(store, core::actorOf(store), e); };
}

} // namespace fieldnotes::app
