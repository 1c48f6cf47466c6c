#include "plancontroller.h"

#include "errors.h"
#include "format.h"
#include "plans.h"

namespace fieldnotes::app {

namespace {

QString dayText(const QDate& day)
{
    if (!day.isValid())
        return {};
    // "yesterday, 1 Mar 2026"; a day further back is its date, once.
    const QString near = Format::dateNear(day, Session::today());
    const QString full = Format::date(day);
    return near == full ? full : near + QStringLiteral(", ") + full;
}

} // namespace

PlanController::PlanController(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
{
}

void PlanController::setParticipantId(const QString& id)
{
    if (id == m_participantId)
        return;
    m_participantId = id;
    emit participantIdChanged();
    reload();
}

void PlanController::set(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    emit formChanged();
}

void PlanController::setAgreedParticipantOn(const QDate& day)
{
    if (day == m_agreedParticipantOn)
        return;
    m_agreedParticipantOn = day;
    emit formChanged();
}

QString PlanController::agreedParticipantText() const
{
    return dayText(m_agreedParticipantOn);
}

void PlanController::setAgreedEmployerOn(const QDate& day)
{
    if (day == m_agreedEmployerOn)
        return;
    m_agreedEmployerOn = day;
    emit formChanged();
}

void PlanController::clearAgreed(const QString& party)
{
    QDate& day = party == QStringLiteral("employer") ? m_agreedEmployerOn : m_agreedParticipantOn;
    if (!day.isValid())
        return;
    day = QDate();
    emit formChanged();
}

QString PlanController::agreedEmployerText() const
{
    return dayText(m_agreedEmployerOn);
}

void PlanController::load()
{
    const std::string id = m_participantId.toStdString();
    fetch<std::optional<core::Plan>>([id](core::Store& store) { return core::planOf(store, id); },
        [this](std::optional<core::Plan>& plan) {
            m_exists = plan.has_value();
            if (plan) {
                m_summary = QString::fromStdString(plan->summary);
                m_schedule = QString::fromStdString(plan->schedule);
                m_tapering = QString::fromStdString(plan->tapering);
                m_agreedParticipantOn = toQDate(plan->agreedParticipantOn);
                m_agreedEmployerOn = toQDate(plan->agreedEmployerOn);
            }
            emit formChanged();
        });
}

void PlanController::save()
{
    if (m_saving)
        return;
    const std::string id = m_participantId.toStdString();
    core::PlanChange c;
    c.summary = m_summary.toStdString();
    c.schedule = m_schedule.toStdString();
    c.tapering = m_tapering.toStdString();
    c.agreedParticipantOn = fromQDate(m_agreedParticipantOn);
    c.agreedEmployerOn = fromQDate(m_agreedEmployerOn);
    m_saving = true;
    change<std::optional<core::CaseError>>(
        [id, c](core::Store& store) -> core::Result<std::optional<core::CaseError>> {
            return refusalOf(core::writePlan(store, core::actorOf(store), id, c));
        },
        [this](core::Result<std::optional<core::CaseError>>& r) {
            m_saving = false;
            if (!r)
                return;
            if (*r) {
                showError(ErrorText::of(**r, "plans"));
                return;
            }
            m_exists = true;
            emit saved();
        });
}

} // namespace fieldnotes::app
