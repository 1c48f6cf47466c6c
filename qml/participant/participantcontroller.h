// A participant's page: who they are and where they are in the process, the vocational profile
// they co-write with the specialist (each field with who wrote it and when), the plan and goals,
// placements, consents at a glance, and the timeline of contacts and natural support.
//
// Sensitive fields (catalogue.cpp: referral reason, childcare, support needs) are not read with
// the page: reveal() reads one when the person taps it, and hide() forgets it again.
#pragma once

#include "attentionmodel.h"
#include "consentsmodel.h"
#include "participantmodels.h"
#include "screencontroller.h"
#include "timelinemodel.h"

#include <QDate>
#include <QVariantMap>

namespace fieldnotes::app {

class ParticipantController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY detailsChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY detailsChanged)
    Q_PROPERTY(bool discharged READ discharged NOTIFY detailsChanged)
    Q_PROPERTY(QString dischargeReason READ dischargeReason WRITE setDischargeReason NOTIFY dischargeFormChanged)
    Q_PROPERTY(QDate dischargeOn READ dischargeOn WRITE setDischargeOn NOTIFY dischargeFormChanged)
    Q_PROPERTY(QString dischargeOnText READ dischargeOnText NOTIFY dischargeFormChanged)
    Q_PROPERTY(QString stepsText READ stepsText NOTIFY detailsChanged)
    // Hand-over (core/handover.h): a team lead's tablet only, for a participant not discharged.
    Q_PROPERTY(bool canHandOver READ canHandOver NOTIFY detailsChanged)
    Q_PROPERTY(QString followedBy READ followedBy NOTIFY detailsChanged)
    // "Anna Berg since 02.03.2026": who follows them and since the intake or the hand-over day.
    Q_PROPERTY(QString followedByText READ followedByText NOTIFY detailsChanged)
    // The colleagues to hand over to: { staffId, name, roleText }, by name.
    Q_PROPERTY(QVariantList handOverChoices READ handOverChoices NOTIFY detailsChanged)
    Q_PROPERTY(QString programmeText READ programmeText NOTIFY detailsChanged)
    Q_PROPERTY(QString referredText READ referredText NOTIFY detailsChanged)
    Q_PROPERTY(QString measureEndText READ measureEndText NOTIFY detailsChanged)
    Q_PROPERTY(QString contactText READ contactText NOTIFY detailsChanged)
    Q_PROPERTY(QString languageText READ languageText NOTIFY detailsChanged)
    Q_PROPERTY(QString constraintsText READ constraintsText NOTIFY detailsChanged)
    Q_PROPERTY(QString planSummary READ planSummary NOTIFY detailsChanged)
    Q_PROPERTY(QString planSchedule READ planSchedule NOTIFY detailsChanged)
    Q_PROPERTY(QString planTapering READ planTapering NOTIFY detailsChanged)
    Q_PROPERTY(QString planAgreedText READ planAgreedText NOTIFY detailsChanged)
    Q_PROPERTY(bool planExists READ planExists NOTIFY detailsChanged)
    // The goals a new goal can go under: { goalId, text }, first "no main goal" (goalId "").
    Q_PROPERTY(QVariantList goalParents READ goalParents NOTIFY detailsChanged)
    Q_PROPERTY(QVariantMap revealed READ revealed NOTIFY revealedChanged)
    Q_PROPERTY(fieldnotes::app::ProfileModel* profile READ profile CONSTANT)
    Q_PROPERTY(fieldnotes::app::GoalsModel* goals READ goals CONSTANT)
    Q_PROPERTY(fieldnotes::app::PlacementsModel* placements READ placements CONSTANT)
    Q_PROPERTY(fieldnotes::app::ConsentsModel* consents READ consents CONSTANT)
    Q_PROPERTY(fieldnotes::app::TimelineModel* timeline READ timeline CONSTANT)
    Q_PROPERTY(fieldnotes::app::AttentionModel* attention READ attention CONSTANT)

public:
    explicit ParticipantController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);

    QString displayName() const { return m_displayName; }
    QString statusText() const { return m_statusText; }
    bool discharged() const { return m_discharged; }
    QString dischargeReason() const { return m_dischargeReason; }
    void setDischargeReason(const QString& code);
    QDate dischargeOn() const { return m_dischargeOn; }
    void setDischargeOn(const QDate& day);
    QString dischargeOnText() const;
    QString stepsText() const { return m_stepsText; }
    bool canHandOver() const { return m_canHandOver; }
    QString followedBy() const { return m_followedBy; }
    QString followedByText() const { return m_followedByText; }
    QVariantList handOverChoices() const { return m_handOverChoices; }
    QString programmeText() const { return m_programmeText; }
    QString referredText() const { return m_referredText; }
    QString measureEndText() const { return m_measureEndText; }
    QString contactText() const { return m_contactText; }
    QString languageText() const { return m_languageText; }
    QString constraintsText() const { return m_constraintsText; }
    QString planSummary() const { return m_planSummary; }
    QString planSchedule() const { return m_planSchedule; }
    QString planTapering() const { return m_planTapering; }
    QString planAgreedText() const { return m_planAgreedText; }
    bool planExists() const { return m_planExists; }
    QVariantList goalParents() const { return m_goalParents; }
    QVariantMap revealed() const { return m_revealed; }

    ProfileModel* profile() { return &m_profile; }
    GoalsModel* goals() { return &m_goals; }
    PlacementsModel* placements() { return &m_placements; }
    ConsentsModel* consents() { return &m_consents; }
    TimelineModel* timeline() { return &m_timeline; }
    AttentionModel* attention() { return &m_attention; }

    // Shows one sensitive field, keyed "table.column" (participants.* or profiles.*).
    Q_INVOKABLE void reveal(const QString& key);
    Q_INVOKABLE void hide(const QString& key);
    // Saves one profile field as the participant and specialist wrote it together.
    Q_INVOKABLE void saveProfileField(const QString& column, const QString& text);
    // Marks a goal achieved or open again.
    Q_INVOKABLE void setGoalAchieved(const QString& goalId, bool achieved);
    // Marks a goal achieved, dropped or open again (a GoalStatus code), by the one plan rule in core
    // (core/plans.h); `goalChanged` follows, or why it was refused is shown.
    Q_INVOKABLE void setGoalStatus(const QString& goalId, const QString& status);
    // Adds an open goal, under `parentId` when not empty, due on `due` when `hasDue`; `goalAdded`
    // follows, or why it was refused is shown.
    Q_INVOKABLE void addGoal(const QString& text, const QString& parentId, bool hasDue, const QDate& due);
    // Changes a goal's words and due day (none when not `hasDue`), by the one plan rule in core
    // (core/plans.h: changeGoal); `goalChanged` follows, or why it was refused is shown.
    Q_INVOKABLE void changeGoal(const QString& goalId, const QString& text, bool hasDue, const QDate& due);
    // Discharges the participant on dischargeOn for dischargeReason (a DischargeReason code), by the
    // one rule in core (core/intake.h); `dischargeDone` follows, or why it was refused is shown.
    Q_INVOKABLE void discharge();
    // Hands the participant over to `staffId` today, by the one rule in core (core/handover.h);
    // `handedOver` follows, or why it was refused is shown.
    Q_INVOKABLE void handOver(const QString& staffId);
    // Ends a placement on `on` with why and what was learnt, by the one rule in core
    // (core/placement.h); `placementEnded` follows, or why it was refused is shown.
    // Today on the tablet's clock, and a day as the page shows it ("yesterday, 1 Mar 2026").
    Q_INVOKABLE QDate today() const;
    Q_INVOKABLE QString dayText(const QDate& day) const;
    Q_INVOKABLE void endPlacement(
        const QString& placementId, const QDate& on, const QString& reason, const QString& learnt);
    // Changes a running placement by the one rule in core (core/placement.h: changePlacement). Only
    // the keys given change: percent with fromOn (a new position %), contract (a ContractType code),
    // trialEndOn, contractEndOn, tasks, accommodations. `placementChanged` follows, or why it was
    // refused is shown.
    Q_INVOKABLE void changePlacement(const QString& placementId, const QVariantMap& values);
    // Corrects the last position change (core/placement.h: correctPositionChange): values fromOn
    // and/or percent, only what differs. `positionCorrected` follows, or why it was refused.
    Q_INVOKABLE void correctPositionChange(const QString& placementId, const QVariantMap& values);
    // Changes a running job's support measure by the rules in core (core/supportmeasures.h). `action`
    // is "review" (values: heldOn, nextReviewOn), "period" (fromOn, percent or hoursPerMonth, toOn,
    // reviewOn) or "end" (lastDay). `measureChanged` follows, or why it was refused in errorText.
    Q_INVOKABLE void changeMeasure(const QString& measureId, const QString& action, const QVariantMap& values);
    // Revokes a consent on `on`, by the one rule in core (core/consentcase.h): at once and for good;
    // `consentRevoked` follows, or why it was refused is shown.
    Q_INVOKABLE void revokeConsent(const QString& consentId, const QDate& on);

    static bool isSensitiveKey(const QString& key);

signals:
    void participantIdChanged();
    void detailsChanged();
    void revealedChanged();
    void profileSaved(const QString& column);
    void dischargeDone();
    void handedOver(const QString& name);
    void placementEnded(const QString& placementId);
    void placementChanged(const QString& placementId);
    void measureChanged(const QString& measureId);
    void positionCorrected(const QString& placementId);
    void consentRevoked(const QString& consentId);
    void goalAdded(const QString& goalId);
    void goalChanged(const QString& goalId);
    void dischargeFormChanged();

protected:
    void load() override;
    bool canLoad() const override { return !m_participantId.isEmpty(); }

private:
    // Runs a use case (`work(store)` gives its CaseResult) on the store thread: a refusal is shown
    // in the person's words (`table` names the field), and `done` gets the use case's value (true
    // for one that returns none) once the change is made.
    template<class Work, class Done> void runCase(Work work, std::string_view table, Done done);

    QString m_participantId;
    QString m_displayName, m_statusText, m_stepsText, m_programmeText, m_referredText, m_measureEndText;
    QString m_contactText, m_languageText, m_constraintsText;
    QString m_planSummary, m_planSchedule, m_planTapering, m_planAgreedText;
    bool m_planExists = false;
    QVariantList m_goalParents;
    bool m_discharged = false;
    bool m_canHandOver = false;
    QString m_followedBy;
    QString m_followedByText;
    QVariantList m_handOverChoices;
    QString m_dischargeReason;
    QDate m_dischargeOn;
    QVariantMap m_revealed;
    ProfileModel m_profile;
    GoalsModel m_goals;
    PlacementsModel m_placements;
    ConsentsModel m_consents;
    TimelineModel m_timeline;
    AttentionModel m_attention;
};

} // namespace fieldnotes::app
