#include "mentorscontroller.h"

#include "errors.h"
#include "mentors.h"

#include <QStringList>

namespace fieldnotes::app {

EmployerMentorsController::EmployerMentorsController(QObject* parent)
    : ScreenController(parent)
{
}

void EmployerMentorsController::setEmployerId(const QString& id)
{
    if (id == m_employerId)
        return;
    m_employerId = id;
    emit employerIdChanged();
    reload();
}

void EmployerMentorsController::load()
{
    fetch<QVariantList>(
        [id = m_employerId.toStdString()](core::Store& store) -> core::Result<QVariantList> {
            FN_TRY_ASSIGN(const auto mentors, core::mentorsAt(store, id));
            QVariantList out;
            for (const core::Mentor& m : mentors) {
                QStringList details;
                for (const std::string* part : { &m.phone, &m.email, &m.training })
                    if (!part->empty())
                        details << QString::fromStdString(*part);
                out.append(QVariantMap { { QStringLiteral("mentorId"), QString::fromStdString(m.id) },
                    { QStringLiteral("name"), QString::fromStdString(m.name) },
                    { QStringLiteral("detailsText"), details.join(QStringLiteral(" · ")) } });
            }
            return out;
        },
        [this](QVariantList& mentors) {
            m_mentors = std::move(mentors);
            emit mentorsChanged();
        });
}

void EmployerMentorsController::addMentor(
    const QString& name, const QString& phone, const QString& email, const QString& training)
{
    if (name.trimmed().isEmpty()) {
        showError(tr("Write the mentor's name."));
        return;
    }
    const core::MentorRegistration in { m_employerId.toStdString(), name.toStdString(), phone.toStdString(),
        email.toStdString(), training.toStdString() };
    struct Outcome {
        core::Id id;
        std::optional<core::CaseError> refusal;
    };
    change<Outcome>(
        [in](core::Store& store) -> core::Result<Outcome> {
            auto id = core::registerMentor(store, core::actorOf(store), in);
            if (id)
                return Outcome { *id, {} };
            if (id.error().refusal == core::Refusal::StoreFailed)
                return tl::unexpected(id.error().error);
            return Outcome { {}, id.error() };
        },
        [this](core::Result<Outcome>& r) {
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, "mentors"));
                return;
            }
            emit mentorAdded(QString::fromStdString(r->id));
        });
}

} // namespace fieldnotes::app
