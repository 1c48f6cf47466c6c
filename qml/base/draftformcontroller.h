// Base of the forms that are typed as a draft and saved for good with one tap (a visit note, a
// mentor's entry, a new employer, an intake). It holds the steps these forms share, once:
//
// - the draft (DraftKeeper): every edit made through set() or edited() after the page has created
//   the form is written to this tablet after a short pause, at once before the tablet locks, and
//   when the form is left (the destructor); filling the form from a loaded draft is not an edit;
// - resuming a draft: setting `draftId` reads its payload and hands it to applyDraft(), then the
//   form's own reads run (loadForm());
// - the completeness check: missingText() says what is still missing, empty when it can be saved;
// - the save tap: refused while a save runs or after the form is saved, refused with missingText()
//   shown as the error, otherwise the subclass's use case runs on the store thread (with the draft
//   id, so it removes the draft in its own transaction); a refusal is shown in the person's words
//   (ErrorText), and on success the draft is finished and saved(id) follows.
#pragma once

#include "draftkeeper.h"
#include "intake.h"
#include "screencontroller.h"

#include <QJsonObject>

#include <type_traits>

namespace fieldnotes::app {

class DraftFormController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString draftId READ draftId WRITE setDraftId NOTIFY draftIdChanged)
    Q_PROPERTY(QString missingText READ missingText NOTIFY formChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

public:
    // `draftKind` names the drafts of this form (Store::drafts); `refusalTable` is the record a
    // refused save was to, for naming the field in the refusal's text (ErrorText::of).
    DraftFormController(const char* draftKind, std::string_view refusalTable, QObject* parent = nullptr);
    ~DraftFormController() override; // leaving the form keeps what was typed

    QString draftId() const { return m_draft.draftId(); }
    void setDraftId(const QString& id); // resumes that draft
    // What is still missing before the form can be saved; empty when it can be.
    virtual QString missingText() const = 0;
    bool saving() const { return m_saving; }

    // Writes the draft now (it is written on its own after a short pause, too).
    Q_INVOKABLE void saveDraft();
    // Runs the form's use case and removes the draft; `saved` follows.
    Q_INVOKABLE void save();

signals:
    void draftIdChanged();
    void formChanged();
    void savingChanged();
    void draftSaved(); // the draft was written to this tablet (draftSavedMs)
    void saved(const QString& id);

protected:
    // What the save tap runs on the store thread: the use case, with what the form holds now.
    using UseCase = std::function<core::CaseResult<core::Id>(core::Store&)>;

    // The draft's payload: every field of the form, as applyDraft() reads it back.
    virtual QJsonObject toDraft() const = 0;
    // Fills the form from a draft's payload. Fields set here, directly or through set(), are not
    // edits; formChanged follows.
    virtual void applyDraft(const QJsonObject& payload) = 0;
    // The participant the draft is about (the caseload lists a participant's unfinished notes).
    virtual QString draftParticipant() const { return {}; }
    // The form's own reads (choices, names), after the draft (if any) is applied. By default the
    // form is ready at once.
    virtual void loadForm();
    // Called only when missingText() is empty and no save runs.
    virtual UseCase useCase() = 0;

    // Sets a field: formChanged, and an edit of the draft. False if the value was the same.
    template<class T> bool set(T& member, const std::type_identity_t<T>& value)
    {
        if (member == value)
            return false;
        member = value;
        edited();
        return true;
    }
    // After a field changed other than through set() (a list, a row of a model).
    void edited();

    qint64 draftSavedMs() const { return m_draft.savedMs(); }
    DraftKeeper& draft() { return m_draft; }

private:
    void load() final;

    std::string_view m_refusalTable;
    // What the draft holds as of the last edit: the destructor writes it after the subclass is gone.
    QJsonObject m_payload;
    QString m_participant;
    bool m_applying = false; // filling the form from a draft: not an edit
    bool m_draftLoaded = false;
    bool m_saving = false;
    DraftKeeper m_draft;
};

} // namespace fieldnotes::app
