// Starting a job on the tablet: the "Start a job" form of the participant's Placements tab. The
// employer is picked from the employer directory; saving goes through the one placement rule in
// core (core/placement.h), which also proposes the follow-up meetings of fidelity item 17 at once.
#pragma once

#include "screencontroller.h"

#include <QDate>
#include <QVariantList>

namespace fieldnotes::app {

class PlacementController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    Q_PROPERTY(QVariantList employers READ employers NOTIFY employersChanged) // { employerId, name, sector }
    Q_PROPERTY(QString employerId READ employerId WRITE setEmployerId NOTIFY formChanged)
    Q_PROPERTY(QString employerName READ employerName NOTIFY formChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY formChanged) // a PlacementKind code
    Q_PROPERTY(QString contract READ contract WRITE setContract NOTIFY formChanged) // a ContractType code, or ""
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY formChanged)
    Q_PROPERTY(QString tasks READ tasks WRITE setTasks NOTIFY formChanged)
    Q_PROPERTY(QDate startOn READ startOn WRITE setStartOn NOTIFY formChanged)
    Q_PROPERTY(QString startText READ startText NOTIFY formChanged)
    Q_PROPERTY(int percent READ percent WRITE setPercent NOTIFY formChanged)
    Q_PROPERTY(QDate trialEndOn READ trialEndOn WRITE setTrialEndOn NOTIFY formChanged)
    Q_PROPERTY(QDate contractEndOn READ contractEndOn WRITE setContractEndOn NOTIFY formChanged)
    Q_PROPERTY(int subsidyPercent READ subsidyPercent WRITE setSubsidyPercent NOTIFY formChanged) // 0: none
    Q_PROPERTY(QDate subsidyReviewOn READ subsidyReviewOn WRITE setSubsidyReviewOn NOTIFY formChanged)
    Q_PROPERTY(QString missingText READ missingText NOTIFY formChanged)

public:
    explicit PlacementController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QVariantList employers() const { return m_employers; }
    QString employerId() const { return m_employerId; }
    void setEmployerId(const QString& id);
    QString employerName() const;
    QString kind() const { return m_kind; }
    void setKind(const QString& code);
    QString contract() const { return m_contract; }
    void setContract(const QString& code);
    QString title() const { return m_title; }
    void setTitle(const QString& v) { set(m_title, v); }
    QString tasks() const { return m_tasks; }
    void setTasks(const QString& v) { set(m_tasks, v); }
    QDate startOn() const { return m_startOn; }
    void setStartOn(const QDate& day);
    QString startText() const;
    int percent() const { return m_percent; }
    void setPercent(int v);
    QDate trialEndOn() const { return m_trialEndOn; }
    void setTrialEndOn(const QDate& day);
    QDate contractEndOn() const { return m_contractEndOn; }
    void setContractEndOn(const QDate& day);
    int subsidyPercent() const { return m_subsidyPercent; }
    void setSubsidyPercent(int v);
    QDate subsidyReviewOn() const { return m_subsidyReviewOn; }
    void setSubsidyReviewOn(const QDate& day);

    Q_INVOKABLE void clearTrialEnd() { setTrialEndOn({}); }
    Q_INVOKABLE void clearContractEnd() { setContractEndOn({}); }
    Q_INVOKABLE void clearSubsidyReview() { setSubsidyReviewOn({}); }
    // A chosen date as the form shows it; "" for none.
    Q_INVOKABLE QString dateText(const QDate& day) const;

    // What still stops saving, in plain words: the employer, the position %, a paid job's contract.
    QString missingText() const;

    // Starts the placement; `saved` gives its id.
    Q_INVOKABLE void save();

signals:
    void participantIdChanged();
    void employersChanged();
    void formChanged();
    void saved(const QString& placementId);

protected:
    void load() override;

private:
    void set(QString& member, const QString& value);
    void setDate(QDate& member, const QDate& day);

    QString m_participantId;
    QVariantList m_employers;
    QString m_employerId;
    QString m_kind = QStringLiteral("paid_job");
    QString m_contract;
    QString m_title, m_tasks;
    QDate m_startOn;
    int m_percent = 0;
    QDate m_trialEndOn, m_contractEndOn, m_subsidyReviewOn;
    int m_subsidyPercent = 0;
    bool m_saving = false;
};

} // namespace fieldnotes::app
