// The new-visit form, from the first tap to the finalized note.
//
// Everything typed is saved as a draft on this tablet as it is typed (DraftFormController: a short
// pause after the last change, and at once before the tablet locks), so nothing is lost to a
// phone call, a lock or a crash; the draft reopens after unlocking. Finalizing is one tap: the
// visit is appended to the journal with its agreed actions, and the draft is removed, in one
// transaction, by the rule every writer of visits shares (core/visits.h finalizeVisit). Before
// anything is noted for an employer, the consents that apply to this participant and this employer
// are shown (core/consent.h is the one reading of consent).
#pragma once

#include "agreedactionsmodel.h"
#include "consentsmodel.h"
#include "draftformcontroller.h"
#include "pickermodel.h"

#include <QDate>
#include <QJsonObject>

namespace fieldnotes::app {

class VisitFormController : public fieldnotes::app::DraftFormController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY formChanged)
    Q_PROPERTY(QString participantName READ participantName NOTIFY formChanged)
    Q_PROPERTY(QString employerId READ employerId WRITE setEmployerId NOTIFY formChanged)
    Q_PROPERTY(QString employerName READ employerName NOTIFY formChanged)
    Q_PROPERTY(QString contactType READ contactType WRITE setContactType NOTIFY formChanged)
    Q_PROPERTY(bool employerContact READ employerContact NOTIFY formChanged)
    Q_PROPERTY(QDate occurredOn READ occurredOn WRITE setOccurredOn NOTIFY formChanged)
    Q_PROPERTY(QString occurredText READ occurredText NOTIFY formChanged)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY formChanged)
    Q_PROPERTY(int durationMin READ durationMin WRITE setDurationMin NOTIFY formChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY formChanged)
    Q_PROPERTY(QStringList attendees READ attendees NOTIFY formChanged)
    Q_PROPERTY(QString purpose READ purpose WRITE setPurpose NOTIFY formChanged)
    Q_PROPERTY(QString obsPerson READ obsPerson WRITE setObsPerson NOTIFY formChanged)
    Q_PROPERTY(QString obsTask READ obsTask WRITE setObsTask NOTIFY formChanged)
    Q_PROPERTY(QString obsEnvironment READ obsEnvironment WRITE setObsEnvironment NOTIFY formChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY formChanged)
    Q_PROPERTY(QDate nextVisitOn READ nextVisitOn WRITE setNextVisitOn NOTIFY formChanged)
    Q_PROPERTY(QString nextVisitText READ nextVisitText NOTIFY formChanged)
    Q_PROPERTY(bool onlyMe READ onlyMe WRITE setOnlyMe NOTIFY formChanged)
    Q_PROPERTY(bool fieldTime READ fieldTime WRITE setFieldTime NOTIFY formChanged)
    Q_PROPERTY(fieldnotes::app::AgreedActionsModel* actions READ actions CONSTANT)
    Q_PROPERTY(fieldnotes::app::PickerModel* participantChoices READ participantChoices CONSTANT)
    Q_PROPERTY(fieldnotes::app::PickerModel* employerChoices READ employerChoices CONSTANT)
    Q_PROPERTY(fieldnotes::app::ConsentsModel* consents READ consents CONSTANT)
    Q_PROPERTY(bool consentNoticeVisible READ consentNoticeVisible NOTIFY consentNoticeChanged)
    Q_PROPERTY(QString consentNoticeText READ consentNoticeText NOTIFY consentNoticeChanged)
    Q_PROPERTY(bool nothingShared READ nothingShared NOTIFY consentNoticeChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY draftSaved)
    Q_PROPERTY(bool finalizing READ finalizing NOTIFY savingChanged)

public:
    explicit VisitFormController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString participantName() const { return m_participantName; }
    QString employerId() const { return m_employerId; }
    void setEmployerId(const QString& id);
    QString employerName() const { return m_employerName; }
    QString contactType() const { return m_contactType; }
    void setContactType(const QString& code);
    bool employerContact() const;
    QDate occurredOn() const { return m_occurredOn; }
    void setOccurredOn(const QDate& date);
    QString occurredText() const;
    QString startTime() const { return m_startTime; }
    void setStartTime(const QString& hhmm);
    int durationMin() const { return m_durationMin; }
    void setDurationMin(int minutes);
    QString place() const { return m_place; }
    void setPlace(const QString& place);
    QStringList attendees() const { return m_attendees; }
    QString purpose() const { return m_purpose; }
    void setPurpose(const QString& text);
    QString obsPerson() const { return m_obsPerson; }
    void setObsPerson(const QString& text);
    QString obsTask() const { return m_obsTask; }
    void setObsTask(const QString& text);
    QString obsEnvironment() const { return m_obsEnvironment; }
    void setObsEnvironment(const QString& text);
    QString note() const { return m_note; }
    void setNote(const QString& text);
    QDate nextVisitOn() const { return m_nextVisitOn; }
    void setNextVisitOn(const QDate& date);
    QString nextVisitText() const;
    bool onlyMe() const { return m_onlyMe; }
    void setOnlyMe(bool onlyMe);
    bool fieldTime() const { return m_fieldTime; }
    void setFieldTime(bool fieldTime);

    AgreedActionsModel* actions() { return &m_actions; }
    PickerModel* participantChoices() { return &m_participantChoices; }
    PickerModel* employerChoices() { return &m_employerChoices; }
    ConsentsModel* consents() { return &m_consents; }
    bool consentNoticeVisible() const;
    QString consentNoticeText() const;
    bool nothingShared() const;
    QString savedText() const;
    bool finalizing() const { return saving(); }
    QString missingText() const override;

    Q_INVOKABLE void toggleAttendee(const QString& code);
    Q_INVOKABLE void addAction();
    Q_INVOKABLE void removeAction(int row);
    Q_INVOKABLE void setActionText(int row, const QString& text);
    Q_INVOKABLE void setActionOwner(int row, const QString& owner);
    Q_INVOKABLE void setActionDue(int row, const QDate& due);
    Q_INVOKABLE void clearNextVisit();
    // Appends the visit and its agreed actions and removes the draft (save); `finalized` follows.
    Q_INVOKABLE void finalize() { save(); }
    // Throws the draft away; `discarded` follows.
    Q_INVOKABLE void discard();

    static constexpr const char* draftKind = "visit";

signals:
    void consentNoticeChanged();
    void finalized(const QString& visitId);
    void discarded();

protected:
    QJsonObject toDraft() const override;
    void applyDraft(const QJsonObject& o) override;
    QString draftParticipant() const override { return m_participantId; }
    void loadForm() override;
    UseCase useCase() override;

private:
    void refreshDefaults();
    void refreshConsents();

    QString m_participantId, m_participantName;
    QString m_employerId, m_employerName;
    QString m_contactType;
    QDate m_occurredOn;
    QString m_startTime;
    int m_durationMin = 0;
    QString m_place;
    QStringList m_attendees;
    bool m_attendeesTouched = false;
    QString m_purpose, m_obsPerson, m_obsTask, m_obsEnvironment, m_note;
    QDate m_nextVisitOn;
    bool m_onlyMe = false;
    bool m_fieldTime = true;
    bool m_fieldTimeTouched = false;

    AgreedActionsModel m_actions;
    PickerModel m_participantChoices;
    PickerModel m_employerChoices;
    ConsentsModel m_consents;
    bool m_consentsKnown = false;
    int m_activeConsents = 0;

    int m_consentSerial = 0;
};

} // namespace fieldnotes::app
