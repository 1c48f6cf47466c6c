#include "draftformcontroller.h"

#include "errors.h"

namespace fieldnotes::app {

DraftFormController::DraftFormController(const char* draftKind, std::string_view refusalTable, QObject* parent)
    : ScreenController(parent, ReloadOn::Unlock)
    , m_refusalTable(refusalTable)
    , m_draft(
          QString::fromLatin1(draftKind), [this] { return m_payload; }, [this] { return m_participant; })
{
    connect(&m_draft, &DraftKeeper::draftIdChanged, this, &DraftFormController::draftIdChanged);
    connect(&m_draft, &DraftKeeper::saved, this, &DraftFormController::draftSaved);
    connect(&m_draft, &DraftKeeper::failed, this, [this](const core::Error& e) { showError(e); });
}

DraftFormController::~DraftFormController()
{
    m_draft.saveNow();
}

void DraftFormController::setDraftId(const QString& id)
{
    if (id == m_draft.draftId())
        return;
    m_draft.setDraftId(id);
    m_draftLoaded = false;
    reload();
}

void DraftFormController::edited()
{
    emit formChanged();
    if (!isComplete() || m_applying)
        return;
    m_payload = toDraft();
    m_participant = draftParticipant();
    m_draft.touched();
}

void DraftFormController::saveDraft()
{
    m_draft.saveNow();
}

void DraftFormController::loadForm()
{
    markReady();
}

void DraftFormController::load()
{
    // A saved form's draft is gone: nothing to read back (the page is closing).
    if (m_draft.draftId().isEmpty() || m_draftLoaded || m_draft.finished()) {
        loadForm();
        return;
    }
    m_draft.load([this](core::Result<QJsonObject> payload) {
        if (!payload) {
            showError(payload.error()); // the form stays usable, empty
        } else {
            m_draftLoaded = true;
            m_applying = true;
            applyDraft(*payload);
            m_applying = false;
            emit formChanged();
        }
        loadForm();
    });
}

void DraftFormController::save()
{
    if (m_saving || m_draft.finished())
        return;
    if (const QString missing = missingText(); !missing.isEmpty()) {
        showError(missing);
        return;
    }
    UseCase work = useCase();
    m_saving = true;
    emit savingChanged();
    change<CaseOutcome<core::Id>>([work](core::Store& store) { return caseOutcome(work(store)); },
        [this](core::Result<CaseOutcome<core::Id>>& r) {
            m_saving = false;
            emit savingChanged();
            if (!r)
                return;
            if (r->refusal) {
                showError(ErrorText::of(*r->refusal, m_refusalTable));
                return;
            }
            m_draft.finish();
            emit saved(QString::fromStdString(r->value));
        });
}

} // namespace fieldnotes::app
