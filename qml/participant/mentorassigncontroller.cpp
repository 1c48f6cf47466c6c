#include "mentorassigncontroller.h"

#include "errors.h"
#include "format.h"
#include "mentors.h"

namespace fieldnotes::app {

namespace {

// What the store thread hands back: the new id, or why the mentor rule refused (base/errors.h).
using Outcome = CaseOutcome<core::Id>;

} // namespace

MentorAssignController::MentorAssignController(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
    , m_startOn(Session::today())
{
}

void MentorAssignController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit formChanged();
}

void MentorAssignController::setMentorId(const QString& id)
{
    if (id == m_mentorId)
        return;
    m_mentorId = id;
    emit formChanged();
}

void MentorAssignController::setMandate(const QString& text)
{
    if (text == m_mandate)
        return;
    m_mandate = text;
    emit formChanged();
}

void MentorAssignController::setTalkIntervalDays(int days)
{
    if (days == m_talkIntervalDays)
        return;
    m_talkIntervalDays = days;
    emit formChanged();
}

void MentorAssignController::setStartOn(const QDate& day)
{
    if (!day.isValid() || day == m_startOn)
        return;
    m_startOn = day;
    emit formChanged();
}

QString MentorAssignController::missingText() const
{
    if (m_mentorId.isEmpty())
        return m_mentors.isEmpty() ? tr("Register a mentor on the employer's page first.") : tr("Choose the mentor.");
    return {};
}

void MentorAssignController::prepare(const QString& placementId, const QString& employerId, const QString& assignmentId,
    const QString& currentMentorId, const QString& mandate, int talkIntervalDays)
{
    m_placementId = placementId;
    m_assignmentId = assignmentId;
    m_currentMentorId = currentMentorId;
    m_mentorId.clear();
    m_mandate = mandate;
    m_talkIntervalDays = talkIntervalDays > 0 ? talkIntervalDays : 14;
    // A new mentor takes over tomorrow, the current one's last day being today.
    m_startOn = assignmentId.isEmpty() ? Session::today() : Session::today().addDays(1);
    const bool otherEmployer = employerId != m_employerId;
    m_employerId = employerId;
    clearError();
    emit formChanged();
    if (otherEmployer) {
        m_mentors.clear();
        emit mentorsChanged();
    }
    reload();
}

void MentorAssignController::load()
{
    fetch<QVariantList>(
        [id = m_employerId.toStdString()](core::Store& store) -> core::Result<QVariantList> {
            FN_TRY_ASSIGN(const auto mentors, core::mentorsAt(store, id));
            QVariantList out;
            for (const core::Mentor& m : mentors)
                out.append(QVariantMap { { QStringLiteral("mentorId"), QString::fromStdString(m.id) },
                    { QStringLiteral("name"), QString::fromStdString(m.name) } });
            return out;
        },
        [this](QVariantList& mentors) {
            m_mentors.clear();
            for (const QVariant& m : mentors)
                if (m.toMap().value(QStringLiteral("mentorId")).toString() != m_currentMentorId)
                    m_mentors.append(m);
            if (m_mentors.size() == 1)
                m_mentorId = m_mentors.first().toMap().value(QStringLiteral("mentorId")).toString();
            emit mentorsChanged();
            emit formChanged();
        });
}

void MentorAssignController::save()
{
    if (m_saving)
        return;
    if (const QString missing = missingText(); !missing.isEmpty()) {
        showError(missing);
        return;
    }
    const std::string mentor = m_mentorId.toStdString();
    const core::Date on = *fromQDate(m_startOn);
    std::function<core::Result<Outcome>(core::Store&)> work;
    if (handover()) {
        work = [assignment = m_assignmentId.toStdString(), mentor, on](core::Store& store) {
            return caseOutcome(core::handOverMentor(store, core::actorOf(store), assignment, mentor, on));
        };
    } else {
        core::MentorAssignmentStart in;
        in.participantId = m_participantId.toStdString();
        in.mentorId = mentor;
        if (!m_placementId.isEmpty())
            in.placementId = m_placementId.toStdString();
        in.fromOn = on;
        in.mandate = m_mandate.toStdString();
        in.talkIntervalDays = m_talkIntervalDays;
        work = [in](core::Store& store) { return caseOutcome(core::assignMentor(store, core::actorOf(store), in)); };
    }
    m_saving = true;
    change<Outcome>(std::move(work), [this](core::Result<Outcome>& r) {
        m_saving = false;
        if (!r)
            return;
        if (r->refusal) {
            showError(ErrorText::of(*r->refusal, "mentor_assignments"));
            return;
        }
        emit saved(QString::fromStdString(r->value));
    });
}

void MentorAssignController::endAssignment(const QString& assignmentId, const QDate& on)
{
    if (!on.isValid()) {
        showError(tr("Choose the mentor's last day."));
        return;
    }
    const std::string id = assignmentId.toStdString();
    const core::Date day = *fromQDate(on);
    change<std::optional<core::CaseError>>(
        [id, day](core::Store& store) -> core::Result<std::optional<core::CaseError>> {
            return refusalOf(core::endAssignment(store, core::actorOf(store), id, day));
        },
        [this, assignmentId](core::Result<std::optional<core::CaseError>>& r) {
            if (!r)
                return;
            if (*r) {
                showError(ErrorText::of(**r, "mentor_assignments"));
                return;
            }
            emit ended(assignmentId);
        });
}

void MentorAssignController::addLearningGoal(const QString& assignmentId, const QString& text)
{
    const std::string id = assignmentId.toStdString();
    const std::string goal = text.toStdString();
    change<Outcome>(
        [id, goal](core::Store& store) -> core::Result<Outcome> {
            return caseOutcome(core::addLearningGoal(store, core::actorOf(store), id, goal));
        },
        [this](core::Result<Outcome>& r) {
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, "learning_goals"));
                return;
            }
            emit learningGoalAdded(QString::fromStdString(r->value));
        });
}

} // namespace fieldnotes::app
