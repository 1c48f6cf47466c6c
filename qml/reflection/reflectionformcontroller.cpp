#include "reflectionformcontroller.h"

#include "errors.h"
#include "format.h"
#include "reflection.h"

namespace fieldnotes::app {

ReflectionFormController::ReflectionFormController(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
    , m_occurredOn(Session::today())
{
}

void ReflectionFormController::setEntryId(const QString& id)
{
    if (id == m_entryId)
        return;
    m_entryId = id;
    m_filled = false;
    emit entryIdChanged();
}

void ReflectionFormController::set(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    emit formChanged();
}

void ReflectionFormController::showRefusal(const core::CaseError& refusal)
{
    static const QStringList fields { QStringLiteral("situation"), QStringLiteral("what_i_did"),
        QStringLiteral("result"), QStringLiteral("could_do_differently"), QStringLiteral("what_worked"),
        QStringLiteral("theme"), QStringLiteral("occurred_on"), QStringLiteral("step") };
    const QString field = QString::fromStdString(refusal.field);
    if (!fields.contains(field)) {
        showError(ErrorText::of(refusal));
        return;
    }
    m_refusedField = field;
    m_refusalText = ErrorText::of(refusal);
    emit refusalChanged();
}

void ReflectionFormController::clearRefusal()
{
    if (m_refusedField.isEmpty() && m_refusalText.isEmpty())
        return;
    m_refusedField.clear();
    m_refusalText.clear();
    emit refusalChanged();
}

void ReflectionFormController::setOccurredOn(const QDate& day)
{
    if (!day.isValid() || day == m_occurredOn)
        return;
    m_occurredOn = day;
    emit formChanged();
}

QString ReflectionFormController::occurredText() const
{
    return Format::dateChosen(m_occurredOn, Session::today());
}

void ReflectionFormController::setStep(const QString& code)
{
    // A second tap on the chosen step clears it: the step is optional.
    set(m_step, code == m_step ? QString() : code);
}

void ReflectionFormController::load()
{
    if (m_entryId.isEmpty() || m_filled) {
        markReady();
        return;
    }
    fetch<std::optional<core::Reflection>>(
        [id = m_entryId.toStdString()](core::Store& store) -> core::Result<std::optional<core::Reflection>> {
            FN_TRY_ASSIGN(auto own, core::ownReflections(store, core::actorOf(store)));
            for (core::Reflection& r : own)
                if (r.id == id)
                    return std::optional<core::Reflection>(std::move(r));
            return std::optional<core::Reflection>();
        },
        [this](std::optional<core::Reflection>& r) {
            if (!r) {
                showError(ErrorText::of(core::CaseError { core::Refusal::ReflectionNotFound, {}, {} }));
                return;
            }
            m_filled = true;
            m_occurredOn = toQDate(r->occurredOn);
            m_situation = QString::fromStdString(r->situation);
            m_whatIDid = QString::fromStdString(r->whatIDid);
            m_result = QString::fromStdString(r->result);
            m_couldDoDifferently = QString::fromStdString(r->couldDoDifferently);
            m_whatWorked = QString::fromStdString(r->whatWorked);
            m_step = r->step ? QString::number(*r->step) : QString();
            m_theme = QString::fromStdString(r->theme);
            emit formChanged();
        });
}

void ReflectionFormController::save()
{
    if (m_saving)
        return;
    core::ReflectionEntry e;
    e.occurredOn = fromQDate(m_occurredOn);
    e.situation = m_situation.toStdString();
    e.whatIDid = m_whatIDid.toStdString();
    e.result = m_result.toStdString();
    e.couldDoDifferently = m_couldDoDifferently.toStdString();
    e.whatWorked = m_whatWorked.toStdString();
    if (!m_step.isEmpty())
        e.step = m_step.toInt();
    e.theme = m_theme.toStdString();
    m_saving = true;
    clearRefusal();
    change<CaseOutcome<core::Id>>(
        [e, id = m_entryId.toStdString()](core::Store& store) {
            const core::Actor actor = core::actorOf(store);
            return caseOutcome(
                id.empty() ? core::writeReflection(store, actor, e) : core::changeReflection(store, actor, id, e));
        },
        [this](core::Result<CaseOutcome<core::Id>>& r) {
            m_saving = false;
            if (!r)
                return;
            if (r->refusal) {
                showRefusal(*r->refusal);
                return;
            }
            emit saved(QString::fromStdString(r->value));
        });
}

void ReflectionFormController::remove()
{
    if (m_saving || m_entryId.isEmpty())
        return;
    m_saving = true;
    change<CaseOutcome<bool>>(
        [id = m_entryId.toStdString()](
            core::Store& store) { return caseOutcome(core::deleteReflection(store, core::actorOf(store), id)); },
        [this](core::Result<CaseOutcome<bool>>& r) {
            m_saving = false;
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal));
                return;
            }
            emit removed();
        });
}

} // namespace fieldnotes::app
