#include "coursecontroller.h"

#include "casecourse.h"
#include "errors.h"
#include "format.h"
#include "labels.h"

#include <set>

namespace fieldnotes::app {

namespace {

QString dayText(const QDate& day)
{
    if (!day.isValid())
        return {};
    const QString near = Format::dateNear(day, Session::today());
    const QString full = Format::date(day);
    return near == full ? full : near + QStringLiteral(", ") + full;
}

struct Course {
    core::Participant participant;
    std::optional<core::ParticipantStatus> before;
    std::optional<core::CourseChange> pause; // the pause in force
};

} // namespace

CourseController::CourseController(QObject* parent)
    : ScreenController(parent, ReloadOn::StoreChange)
    , m_day(Session::today())
    , m_decidedOn(Session::today())
{
}

void CourseController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
    reload();
}

QString CourseController::measureEndText() const
{
    return m_measureEnd.isValid() ? Format::date(m_measureEnd) : QString();
}

void CourseController::setStatus(const QString& code)
{
    if (code == m_status || !enumFromQString<core::ParticipantStatus>(code))
        return;
    m_status = code;
    emit formChanged();
}

void CourseController::setDay(const QDate& day)
{
    if (day == m_day || !day.isValid())
        return;
    m_day = day;
    emit formChanged();
}

QString CourseController::dayText() const
{
    return app::dayText(m_day);
}

void CourseController::setReason(const QString& text)
{
    if (text == m_reason)
        return;
    m_reason = text;
    emit formChanged();
}

void CourseController::setUntil(const QDate& day)
{
    if (day == m_until || !day.isValid())
        return;
    m_until = day;
    emit formChanged();
}

QString CourseController::untilText() const
{
    return m_until.isValid() ? Format::date(m_until) : QString();
}

void CourseController::setJustification(const QString& text)
{
    if (text == m_justification)
        return;
    m_justification = text;
    emit formChanged();
}

void CourseController::setDecidedOn(const QDate& day)
{
    if (day == m_decidedOn || !day.isValid())
        return;
    m_decidedOn = day;
    emit formChanged();
}

QString CourseController::decidedText() const
{
    return app::dayText(m_decidedOn);
}

void CourseController::begin(const QString& form)
{
    clearError();
    m_day = Session::today();
    m_decidedOn = Session::today();
    m_reason.clear();
    m_justification.clear();
    m_status.clear();
    if (form == QLatin1String("steps"))
        m_steps = m_currentSteps;
    else if (form == QLatin1String("resume"))
        m_status = m_statusBeforePause;
    else if (form == QLatin1String("extend")) {
        // The measure runs 6 + 6 months: the next period is the usual extension.
        const QDate from = m_measureEnd.isValid() ? m_measureEnd : m_referredOn;
        m_until = from.isValid() ? from.addMonths(6) : Session::today().addMonths(6);
    }
    emit formChanged();
}

void CourseController::toggleStep(const QString& step)
{
    if (m_steps.contains(step))
        m_steps.removeAll(step);
    else
        m_steps.append(step);
    m_steps.sort();
    emit formChanged();
}

void CourseController::load()
{
    const std::string id = m_participantId.toStdString();
    fetch<Course>(
        [id](core::Store& store) -> core::Result<Course> {
            Course c;
            FN_TRY_ASSIGN(c.participant, store.get<core::Participant>(id));
            FN_TRY_ASSIGN(c.before, core::statusBeforePause(store, id));
            if (c.participant.status == core::ParticipantStatus::Paused) {
                FN_TRY_ASSIGN(const auto course, core::courseOf(store, id));
                for (const core::CourseChange& change : course)
                    if (change.isPause())
                        c.pause = change;
            }
            return c;
        },
        [this](Course& c) {
            m_currentStatus = codeString(c.participant.status);
            m_statusBeforePause = c.before ? codeString(*c.before) : QString();
            m_pauseText = c.pause
                ? tr("Paused from %1: %2")
                      .arg(Format::date(toQDate(c.pause->changedOn)), QString::fromStdString(c.pause->reason))
                : QString();
            m_currentSteps.clear();
            for (int s : c.participant.steps)
                m_currentSteps << QString::number(s);
            m_measureEnd = toQDate(c.participant.measureEndOn);
            m_referredOn = toQDate(c.participant.referralOn);
            emit courseChanged();
        });
}

template<class R> void CourseController::save(std::function<R(core::Store&)> work)
{
    if (m_saving)
        return;
    m_saving = true;
    emit savingChanged();
    change<std::optional<core::CaseError>>([work](core::Store& store) { return refusalOf(work(store)); },
        [this](core::Result<std::optional<core::CaseError>>& r) {
            m_saving = false;
            emit savingChanged();
            if (!r)
                return;
            if (*r) {
                const std::string& field = (*r)->field;
                const bool measure = field == "new_end_on" || field == "justification" || field == "decided_on";
                showError(ErrorText::of(**r,
                    measure                 ? "measure_extensions"
                        : field == "reason" ? "course_changes"
                                            : "participants"));
                return;
            }
            emit saved();
        });
}

void CourseController::saveSteps()
{
    const std::string id = m_participantId.toStdString();
    std::set<int> steps;
    for (const QString& s : m_steps)
        steps.insert(s.toInt());
    const core::Date on = *fromQDate(m_day);
    save<core::CaseResult<void>>(
        [id, steps, on](core::Store& store) { return core::setSteps(store, core::actorOf(store), id, steps, on); });
}

void CourseController::saveStatus()
{
    const auto status = enumFromQString<core::ParticipantStatus>(m_status);
    if (!status) {
        showError(tr("Choose the new status."));
        return;
    }
    const std::string id = m_participantId.toStdString();
    const core::Date on = *fromQDate(m_day);
    save<core::CaseResult<void>>([id, status, on](core::Store& store) {
        return core::changeStatus(store, core::actorOf(store), id, *status, on);
    });
}

void CourseController::pause()
{
    const std::string id = m_participantId.toStdString();
    const std::string reason = m_reason.toStdString();
    const core::Date from = *fromQDate(m_day);
    save<core::CaseResult<void>>([id, reason, from](core::Store& store) {
        return core::pauseParticipant(store, core::actorOf(store), id, reason, from);
    });
}

void CourseController::resume()
{
    const std::string id = m_participantId.toStdString();
    const auto to = enumFromQString<core::ParticipantStatus>(m_status);
    const core::Date on = *fromQDate(m_day);
    save<core::CaseResult<core::ParticipantStatus>>(
        [id, to, on](core::Store& store) { return core::resumeParticipant(store, core::actorOf(store), id, on, to); });
}

void CourseController::extend()
{
    if (!m_until.isValid()) {
        showError(tr("Choose the new end of the measure."));
        return;
    }
    const std::string id = m_participantId.toStdString();
    const core::MeasureExtensionRequest r { *fromQDate(m_until), m_justification.toStdString(),
        fromQDate(m_decidedOn) };
    save<core::CaseResult<core::Id>>(
        [id, r](core::Store& store) { return core::extendMeasure(store, core::actorOf(store), id, r); });
}

} // namespace fieldnotes::app
