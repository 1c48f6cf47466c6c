// The employer list: every employer the specialist works with, their follow-up preference and
// the last contact, filtered as the user types.
#pragma once

#include "employermodels.h"
#include "errors.h"
#include "screencontroller.h"
#include "timelinemodel.h"

namespace fieldnotes::app {

class EmployersController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::EmployersModel* employers READ employers CONSTANT)
public:
    explicit EmployersController(QObject* parent = nullptr);
    EmployersModel* employers() { return &m_employers; }

protected:
    void load() override;

private:
    EmployersModel m_employers;
};

// One employer: what the specialist knows about them, who to talk to, the workplaces and the tasks
// there, the follow-up they prefer, and every contact logged with them.
class EmployerController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString employerId READ employerId WRITE setEmployerId NOTIFY employerIdChanged)
    Q_PROPERTY(QString name READ name NOTIFY detailsChanged)
    Q_PROPERTY(QString sector READ sector NOTIFY detailsChanged)
    Q_PROPERTY(QString orgNumber READ orgNumber NOTIFY detailsChanged)
    Q_PROPERTY(QString address READ address NOTIFY detailsChanged)
    Q_PROPERTY(QString needs READ needs NOTIFY detailsChanged)
    Q_PROPERTY(QString culture READ culture NOTIFY detailsChanged)
    Q_PROPERTY(QString inclusionExperience READ inclusionExperience NOTIFY detailsChanged)
    Q_PROPERTY(QString accommodationOptions READ accommodationOptions NOTIFY detailsChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY detailsChanged)
    Q_PROPERTY(QString followUpPreference READ followUpPreference NOTIFY detailsChanged)
    Q_PROPERTY(QString riskText READ riskText NOTIFY detailsChanged)
    Q_PROPERTY(fieldnotes::app::EmployerContactsModel* contacts READ contacts CONSTANT)
    Q_PROPERTY(fieldnotes::app::WorkplacesModel* workplaces READ workplaces CONSTANT)
    Q_PROPERTY(fieldnotes::app::TimelineModel* history READ history CONSTANT)

public:
    explicit EmployerController(QObject* parent = nullptr);

    QString employerId() const { return m_employerId; }
    void setEmployerId(const QString& id);
    QString name() const { return m_name; }
    QString sector() const { return m_sector; }
    QString orgNumber() const { return m_orgNumber; }
    QString address() const { return m_address; }
    QString needs() const { return m_needs; }
    QString culture() const { return m_culture; }
    QString inclusionExperience() const { return m_inclusion; }
    QString accommodationOptions() const { return m_accommodation; }
    QString notes() const { return m_notes; }
    QString followUpPreference() const { return m_followUp; }
    QString riskText() const { return m_riskText; }
    EmployerContactsModel* contacts() { return &m_contacts; }
    WorkplacesModel* workplaces() { return &m_workplaces; }
    TimelineModel* history() { return &m_history; }

    Q_INVOKABLE void setFollowUpPreference(const QString& code);
    Q_INVOKABLE void addTask(const QString& workplaceId, const QString& title);
    Q_INVOKABLE void addContact(const QString& name, const QString& role, const QString& phone);
    Q_INVOKABLE void addWorkplace(const QString& name, const QString& address);

signals:
    void employerIdChanged();
    void detailsChanged();

protected:
    void load() override;
    bool canLoad() const override { return !m_employerId.isEmpty(); }

private:
    // Runs a directory use case (core/employers.h); a refusal shows as the screen's error.
    template<class T> void write(std::function<core::Result<CaseOutcome<T>>(core::Store&)> work);

    QString m_employerId;
    QString m_name, m_sector, m_orgNumber, m_address, m_needs, m_culture, m_inclusion, m_accommodation, m_notes;
    QString m_followUp, m_riskText;
    EmployerContactsModel m_contacts;
    WorkplacesModel m_workplaces;
    TimelineModel m_history;
};

} // namespace fieldnotes::app
