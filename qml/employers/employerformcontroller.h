// Registering a new employer: the essentials first (name, sector, address, what they need, how
// they want follow-up); saved as a draft while typed, created with one tap.
#pragma once

#include "draftformcontroller.h"

namespace fieldnotes::app {

class EmployerFormController : public fieldnotes::app::DraftFormController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY formChanged)
    Q_PROPERTY(QString orgNumber READ orgNumber WRITE setOrgNumber NOTIFY formChanged)
    Q_PROPERTY(QString sector READ sector WRITE setSector NOTIFY formChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY formChanged)
    Q_PROPERTY(QString needs READ needs WRITE setNeeds NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)
    Q_PROPERTY(QString followUpPreference READ followUpPreference WRITE setFollowUpPreference NOTIFY formChanged)

public:
    explicit EmployerFormController(QObject* parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString& v) { set(m_name, v); }
    QString orgNumber() const { return m_orgNumber; }
    void setOrgNumber(const QString& v) { set(m_orgNumber, v); }
    QString sector() const { return m_sector; }
    void setSector(const QString& v) { set(m_sector, v); }
    QString address() const { return m_address; }
    void setAddress(const QString& v) { set(m_address, v); }
    QString needs() const { return m_needs; }
    void setNeeds(const QString& v) { set(m_needs, v); }
    QString notes() const { return m_notes; }
    void setNotes(const QString& v) { set(m_notes, v); }
    QString followUpPreference() const { return m_followUp; }
    void setFollowUpPreference(const QString& code);
    QString missingText() const override;

    static constexpr const char* draftKind = "employer";

protected:
    QJsonObject toDraft() const override;
    void applyDraft(const QJsonObject& o) override;
    // Saving creates the employer (and its first workplace at the same address) and removes the draft.
    UseCase useCase() override;

private:
    QString m_name, m_orgNumber, m_sector, m_address, m_needs, m_notes;
    QString m_followUp = QStringLiteral("on_site");
};

} // namespace fieldnotes::app
