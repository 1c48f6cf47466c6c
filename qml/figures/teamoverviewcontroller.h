// The team overview on a lead's tablet: the team's caseload by status and step, placements started
// and ended in the last 4 weeks, who waits for a specialist and how much follow-up is slipping.
// Every number is core's (core/teamoverview.h); this controller only reads it on the store thread
// and words it. Counts and shares over the whole team, never per specialist.
#pragma once

#include "screencontroller.h"

#include <QVariantList>

namespace fieldnotes::app {

class TeamOverviewController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int caseload READ caseload NOTIFY overviewChanged)
    // [{ label, count }] every status but discharged, in the method's order.
    Q_PROPERTY(QVariantList byStatus READ byStatus NOTIFY overviewChanged)
    // [{ label, count }] steps 1-5, then "No step recorded".
    Q_PROPERTY(QVariantList bySteps READ bySteps NOTIFY overviewChanged)
    Q_PROPERTY(QString recentText READ recentText NOTIFY overviewChanged) // "4 – 31 March" as dates
    Q_PROPERTY(int placementsStarted READ placementsStarted NOTIFY overviewChanged)
    Q_PROPERTY(int placementsEnded READ placementsEnded NOTIFY overviewChanged)
    Q_PROPERTY(QString startedDetail READ startedDetail NOTIFY overviewChanged) // "2 job tastings, 1 work trial"
    Q_PROPERTY(QString endedDetail READ endedDetail NOTIFY overviewChanged)
    // [{ participantId, name, referralText, daysWaiting (-1 unknown), waitingText, specialistLeft }]
    // longest waiting first.
    Q_PROPERTY(QVariantList waiting READ waiting NOTIFY overviewChanged)
    Q_PROPERTY(int inFollowUp READ inFollowUp NOTIFY overviewChanged)
    Q_PROPERTY(int slipping READ slipping NOTIFY overviewChanged)
    Q_PROPERTY(double slippingShare READ slippingShare NOTIFY overviewChanged) // 0-1; -1 with no one in follow-up
    Q_PROPERTY(int slotsDue READ slotsDue NOTIFY overviewChanged)
    Q_PROPERTY(int slotsKept READ slotsKept NOTIFY overviewChanged)

public:
    explicit TeamOverviewController(QObject* parent = nullptr);

    int caseload() const { return m_caseload; }
    QVariantList byStatus() const { return m_byStatus; }
    QVariantList bySteps() const { return m_bySteps; }
    QString recentText() const { return m_recentText; }
    int placementsStarted() const { return m_started; }
    int placementsEnded() const { return m_ended; }
    QString startedDetail() const { return m_startedDetail; }
    QString endedDetail() const { return m_endedDetail; }
    QVariantList waiting() const { return m_waiting; }
    int inFollowUp() const { return m_inFollowUp; }
    int slipping() const { return m_slipping; }
    double slippingShare() const { return m_slippingShare; }
    int slotsDue() const { return m_slotsDue; }
    int slotsKept() const { return m_slotsKept; }

signals:
    void overviewChanged();

protected:
    void load() override;

private:
    int m_caseload = 0;
    QVariantList m_byStatus;
    QVariantList m_bySteps;
    QString m_recentText;
    int m_started = 0;
    int m_ended = 0;
    QString m_startedDetail;
    QString m_endedDetail;
    QVariantList m_waiting;
    int m_inFollowUp = 0;
    int m_slipping = 0;
    double m_slippingShare = -1;
    int m_slotsDue = 0;
    int m_slotsKept = 0;
};

} // namespace fieldnotes::app
