// Recording a consent on the tablet: the "Record consent" form of the participant's Consents tab.
// Participation, or what may be told (an item) to whom (an employer or a mentor from the tablet's
// records, or the NAV counsellor), for what, when and how, with the plain-language summary the
// person was shown. Saving goes through the one consent rule in core (core/consentcase.h).
#pragma once

#include "screencontroller.h"

#include <QDate>
#include <QVariantList>

namespace fieldnotes::app {

class ConsentController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    Q_PROPERTY(bool participation READ participation WRITE setParticipation NOTIFY formChanged)
    Q_PROPERTY(QString item READ item WRITE setItem NOTIFY formChanged) // a DisclosureItem code, or ""
    Q_PROPERTY(QString recipientKind READ recipientKind WRITE setRecipientKind NOTIFY formChanged) // a code, or ""
    // The employers or mentors the chosen kind can name: { recipientId, name, detail }.
    Q_PROPERTY(QVariantList recipients READ recipients NOTIFY formChanged)
    Q_PROPERTY(QString recipientId READ recipientId WRITE setRecipientId NOTIFY formChanged)
    Q_PROPERTY(QString recipientName READ recipientName WRITE setRecipientName NOTIFY formChanged)
    Q_PROPERTY(QString purpose READ purpose WRITE setPurpose NOTIFY formChanged)
    Q_PROPERTY(QDate grantedOn READ grantedOn WRITE setGrantedOn NOTIFY formChanged)
    Q_PROPERTY(QString grantedText READ grantedText NOTIFY formChanged)
    Q_PROPERTY(QString how READ how WRITE setHow NOTIFY formChanged) // a ConsentManner code
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY formChanged)
    Q_PROPERTY(QString summarySimple READ summarySimple WRITE setSummarySimple NOTIFY formChanged)
    Q_PROPERTY(QString missingText READ missingText NOTIFY formChanged)

public:
    explicit ConsentController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    bool participation() const { return m_participation; }
    void setParticipation(bool v);
    QString item() const { return m_item; }
    void setItem(const QString& code);
    QString recipientKind() const { return m_recipientKind; }
    void setRecipientKind(const QString& code);
    QVariantList recipients() const;
    QString recipientId() const { return m_recipientId; }
    void setRecipientId(const QString& id) { set(m_recipientId, id); }
    QString recipientName() const { return m_recipientName; }
    void setRecipientName(const QString& v) { set(m_recipientName, v); }
    QString purpose() const { return m_purpose; }
    void setPurpose(const QString& v) { set(m_purpose, v); }
    QDate grantedOn() const { return m_grantedOn; }
    void setGrantedOn(const QDate& day);
    QString grantedText() const;
    QString how() const { return m_how; }
    void setHow(const QString& code);
    QString summary() const { return m_summary; }
    void setSummary(const QString& v) { set(m_summary, v); }
    QString summarySimple() const { return m_summarySimple; }
    void setSummarySimple(const QString& v) { set(m_summarySimple, v); }

    // What still stops saving, in plain words: the item, the recipient, the purpose.
    QString missingText() const;

    // Records the consent; `saved` gives its id.
    Q_INVOKABLE void save();

signals:
    void participantIdChanged();
    void formChanged();
    void saved(const QString& consentId);

protected:
    void load() override;

private:
    void set(QString& member, const QString& value);

    QString m_participantId;
    bool m_participation = false;
    QString m_item, m_recipientKind, m_recipientId, m_recipientName, m_purpose;
    QDate m_grantedOn;
    QString m_how = QStringLiteral("tablet");
    QString m_summary, m_summarySimple;
    QVariantList m_all; // every employer and mentor: { recipientId, name, detail, kind }
    bool m_saving = false;
};

} // namespace fieldnotes::app
