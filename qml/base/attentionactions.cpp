#include "attentionactions.h"

#include "actions.h"
#include "errors.h"
#include "format.h"

namespace fieldnotes::app {

AttentionActions::AttentionActions(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
{
}

void AttentionActions::setModel(AttentionModel* model)
{
    if (m_model == model)
        return;
    m_model = model;
    emit modelChanged();
}

bool AttentionActions::canMarkDone(const QString& subjectTable)
{
    return subjectTable == QLatin1String("agreed_actions") || subjectTable == QLatin1String("reminders");
}

bool AttentionActions::canMove(const QString& subjectTable)
{
    return subjectTable == QLatin1String("follow_up_meetings");
}

bool AttentionActions::canCancel(const QString& subjectTable)
{
    return canMarkDone(subjectTable) || canMove(subjectTable);
}

bool AttentionActions::reasonRequired(const QString& subjectTable)
{
    return canMove(subjectTable);
}

void AttentionActions::markDone(const QString& subjectId)
{
    const std::string id = subjectId.toStdString();
    write([id](core::Store& store) { return core::markActionDone(store, core::actorOf(store), id); }, subjectId, true);
}

void AttentionActions::cancel(const QString& subjectTable, const QString& subjectId, const QString& reason)
{
    const std::string id = subjectId.toStdString();
    const std::string why = reason.toStdString();
    if (canMove(subjectTable))
        write([id, why](core::Store& store) { return core::cancelMeeting(store, core::actorOf(store), id, why); },
            subjectId, true);
    else
        write([id, why](core::Store& store) { return core::cancelAction(store, core::actorOf(store), id, why); },
            subjectId, true);
}

void AttentionActions::move(const QString& meetingId, const QDate& to)
{
    const auto day = fromQDate(to);
    if (!day) {
        showError(tr("Choose the day to move the meeting to."));
        emit refused(errorText());
        return;
    }
    const std::string id = meetingId.toStdString();
    write([id, d = *day](core::Store& store) { return core::moveMeeting(store, core::actorOf(store), id, d); },
        meetingId, false);
}

QDate AttentionActions::today() const
{
    return Session::today();
}

QString AttentionActions::dayText(const QDate& day) const
{
    return day.isValid() ? Format::dateChosen(day, Session::today()) : QString();
}

void AttentionActions::write(
    std::function<core::CaseResult<void>(core::Store&)> work, const QString& subjectId, bool leaves)
{
    // A refusal comes back as a value, so that the screen can say which rule stopped it.
    change<std::optional<core::CaseError>>(
        [work = std::move(work)](
            core::Store& store) -> core::Result<std::optional<core::CaseError>> { return refusalOf(work(store)); },
        [this, subjectId, leaves](core::Result<std::optional<core::CaseError>>& r) {
            if (!r) {
                emit refused(errorText());
                return;
            }
            if (*r) {
                showError(ErrorText::of(**r));
                emit refused(errorText());
                return;
            }
            if (leaves && m_model)
                m_model->removeSubject(subjectId.toStdString());
            emit done(subjectId);
        });
}

} // namespace fieldnotes::app
