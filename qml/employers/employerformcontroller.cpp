#include "employerformcontroller.h"

#include "employers.h"
#include "labels.h"

namespace fieldnotes::app {

EmployerFormController::EmployerFormController(QObject* parent)
    : DraftFormController(draftKind, "employers", parent)
{
}

void EmployerFormController::setFollowUpPreference(const QString& code)
{
    if (enumFromQString<core::FollowUpPreference>(code))
        set(m_followUp, code);
}

QString EmployerFormController::missingText() const
{
    if (m_name.trimmed().isEmpty())
        return tr("Write the employer's name.");
    return {};
}

QJsonObject EmployerFormController::toDraft() const
{
    return { { QStringLiteral("name"), m_name }, { QStringLiteral("orgNumber"), m_orgNumber },
        { QStringLiteral("sector"), m_sector }, { QStringLiteral("address"), m_address },
        { QStringLiteral("needs"), m_needs }, { QStringLiteral("notes"), m_notes },
        { QStringLiteral("followUpPreference"), m_followUp } };
}

void EmployerFormController::applyDraft(const QJsonObject& o)
{
    auto str = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    m_name = str("name");
    m_orgNumber = str("orgNumber");
    m_sector = str("sector");
    m_address = str("address");
    m_needs = str("needs");
    m_notes = str("notes");
    if (enumFromQString<core::FollowUpPreference>(str("followUpPreference")))
        m_followUp = str("followUpPreference");
}

DraftFormController::UseCase EmployerFormController::useCase()
{
    core::EmployerRegistration e;
    e.name = m_name.toStdString();
    e.orgNumber = m_orgNumber.toStdString();
    e.sector = m_sector.toStdString();
    e.address = m_address.toStdString();
    e.needs = m_needs.toStdString();
    e.notes = m_notes.toStdString();
    e.followUpPreference = *enumFromQString<core::FollowUpPreference>(m_followUp);
    if (!draftId().isEmpty())
        e.draftId = draftId().toStdString();
    return [e](core::Store& store) { return core::registerEmployer(store, core::actorOf(store), e); };
}

} // namespace fieldnotes::app
