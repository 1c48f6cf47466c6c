#include "employerformcontroller.h"

#include "employers.h"
#include "errors.h"
#include "labels.h"

namespace fieldnotes::app {

EmployerFormController::EmployerFormController(QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
    , m_draft(
          QString::fromLatin1(draftKind), [this] { return toJson(); }, [] { return QString(); })
{
    connect(&m_draft, &DraftKeeper::draftIdChanged, this, &EmployerFormController::draftIdChanged);
    connect(&m_draft, &DraftKeeper::failed, this, [this](const core::Error& e) { showError(e); });
}

EmployerFormController::~EmployerFormController()
{
    m_draft.saveNow();
}

void EmployerFormController::setDraftId(const QString& id)
{
    if (id == m_draft.draftId())
        return;
    m_draft.setDraftId(id);
    reload();
}

void EmployerFormController::set(QString& member, const QString& value)
{
    if (member == value)
        return;
    member = value;
    emit formChanged();
    if (!m_applying)
        m_draft.touched();
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

QJsonObject EmployerFormController::toJson() const
{
    return { { QStringLiteral("name"), m_name }, { QStringLiteral("orgNumber"), m_orgNumber },
        { QStringLiteral("sector"), m_sector }, { QStringLiteral("address"), m_address },
        { QStringLiteral("needs"), m_needs }, { QStringLiteral("notes"), m_notes },
        { QStringLiteral("followUpPreference"), m_followUp } };
}

void EmployerFormController::load()
{
    if (m_draft.draftId().isEmpty()) {
        markReady();
        return;
    }
    m_draft.load([this](core::Result<QJsonObject> form) {
        if (!form) {
            showError(form.error());
            return;
        }
        m_applying = true;
        auto str = [&](const char* key) { return form->value(QLatin1String(key)).toString(); };
        m_name = str("name");
        m_orgNumber = str("orgNumber");
        m_sector = str("sector");
        m_address = str("address");
        m_needs = str("needs");
        m_notes = str("notes");
        if (enumFromQString<core::FollowUpPreference>(str("followUpPreference")))
            m_followUp = str("followUpPreference");
        m_applying = false;
        emit formChanged();
        markReady();
    });
}

void EmployerFormController::save()
{
    if (m_saving || m_draft.finished())
        return;
    if (const QString missing = missingText(); !missing.isEmpty()) {
        showError(missing);
        return;
    }
    core::EmployerRegistration e;
    e.name = m_name.toStdString();
    e.orgNumber = m_orgNumber.toStdString();
    e.sector = m_sector.toStdString();
    e.address = m_address.toStdString();
    e.needs = m_needs.toStdString();
    e.notes = m_notes.toStdString();
    e.followUpPreference = *enumFromQString<core::FollowUpPreference>(m_followUp);
    if (!m_draft.draftId().isEmpty())
        e.draftId = m_draft.draftId().toStdString();
    m_saving = true;
    change<CaseOutcome<core::Id>>(
        [e](core::Store& store) { return caseOutcome(core::registerEmployer(store, core::actorOf(store), e)); },
        [this](core::Result<CaseOutcome<core::Id>>& r) {
            m_saving = false;
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, "employers"));
                return;
            }
            m_draft.finish();
            emit saved(QString::fromStdString(r->value));
        });
}

} // namespace fieldnotes::app
