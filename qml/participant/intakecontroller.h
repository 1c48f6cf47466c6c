// Taking a new participant on, on the tablet: the intake form. Saved as a draft while typed (a field
// holding a national ID number is left out of the draft), and taken on with one tap through the one
// intake rule in core (core/intake.h), which also records the Norwegian level and the participation
// consent when given. The tablet's own person follows the new participant.
#pragma once

#include "draftformcontroller.h"

#include <QDate>

namespace fieldnotes::app {

class IntakeController : public fieldnotes::app::DraftFormController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY formChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY formChanged)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY formChanged)
    Q_PROPERTY(QString otherContact READ otherContact WRITE setOtherContact NOTIFY formChanged)
    Q_PROPERTY(QString programme READ programme WRITE setProgramme NOTIFY formChanged)
    Q_PROPERTY(QDate referralOn READ referralOn WRITE setReferralOn NOTIFY formChanged)
    Q_PROPERTY(QString referralText READ referralText NOTIFY formChanged)
    Q_PROPERTY(QString referralReason READ referralReason WRITE setReferralReason NOTIFY formChanged)
    Q_PROPERTY(QDate measureEndOn READ measureEndOn WRITE setMeasureEndOn NOTIFY formChanged)
    Q_PROPERTY(QString measureEndText READ measureEndText NOTIFY formChanged)
    Q_PROPERTY(QString preferredLanguage READ preferredLanguage WRITE setPreferredLanguage NOTIFY formChanged)
    Q_PROPERTY(bool interpreterNeeded READ interpreterNeeded WRITE setInterpreterNeeded NOTIFY formChanged)
    Q_PROPERTY(QString norwegianLevel READ norwegianLevel WRITE setNorwegianLevel NOTIFY formChanged)
    Q_PROPERTY(QString childcare READ childcare WRITE setChildcare NOTIFY formChanged)
    Q_PROPERTY(QString shifts READ shifts WRITE setShifts NOTIFY formChanged)
    Q_PROPERTY(QString transport READ transport WRITE setTransport NOTIFY formChanged)
    Q_PROPERTY(QString refusedTasks READ refusedTasks WRITE setRefusedTasks NOTIFY formChanged)
    Q_PROPERTY(bool consentGiven READ consentGiven WRITE setConsentGiven NOTIFY formChanged)

public:
    explicit IntakeController(QObject* parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString& v) { set(m_name, v); }
    QString phone() const { return m_phone; }
    void setPhone(const QString& v) { set(m_phone, v); }
    QString email() const { return m_email; }
    void setEmail(const QString& v) { set(m_email, v); }
    QString otherContact() const { return m_otherContact; }
    void setOtherContact(const QString& v) { set(m_otherContact, v); }
    QString programme() const { return m_programme; }
    void setProgramme(const QString& code);
    QDate referralOn() const { return m_referralOn; }
    void setReferralOn(const QDate& date);
    QString referralText() const;
    QString referralReason() const { return m_referralReason; }
    void setReferralReason(const QString& v) { set(m_referralReason, v); }
    QDate measureEndOn() const { return m_measureEndOn; }
    void setMeasureEndOn(const QDate& date);
    QString measureEndText() const;
    Q_INVOKABLE void clearMeasureEnd() { setMeasureEndOn({}); }
    QString preferredLanguage() const { return m_language; }
    void setPreferredLanguage(const QString& v) { set(m_language, v); }
    bool interpreterNeeded() const { return m_interpreter; }
    void setInterpreterNeeded(bool v);
    QString norwegianLevel() const { return m_level; }
    void setNorwegianLevel(const QString& code); // "" for not assessed
    QString childcare() const { return m_childcare; }
    void setChildcare(const QString& v) { set(m_childcare, v); }
    QString shifts() const { return m_shifts; }
    void setShifts(const QString& v) { set(m_shifts, v); }
    QString transport() const { return m_transport; }
    void setTransport(const QString& v) { set(m_transport, v); }
    QString refusedTasks() const { return m_refusedTasks; }
    void setRefusedTasks(const QString& v) { set(m_refusedTasks, v); }
    bool consentGiven() const { return m_consent; }
    void setConsentGiven(bool v);

    // What still stops saving, in plain words: the name, or a national ID number typed anywhere.
    QString missingText() const override;

    static constexpr const char* draftKind = "intake";

protected:
    QJsonObject toDraft() const override;
    void applyDraft(const QJsonObject& o) override;
    // Saving takes the person on and removes the draft; `saved` gives the new participant's id.
    UseCase useCase() override;

private:
    QString m_name, m_phone, m_email, m_otherContact, m_referralReason, m_language, m_level;
    QString m_childcare, m_shifts, m_transport, m_refusedTasks;
    QString m_programme = QStringLiteral("utvidet_oppfolging");
    QDate m_referralOn;
    QDate m_measureEndOn;
    bool m_interpreter = false;
    bool m_consent = false;
};

} // namespace fieldnotes::app
