// Writing the follow-up plan on the tablet: the "Write plan" / "Change plan" form of the
// participant's Plan tab. The goal of the cooperation, the agreed meeting schedule, the tapering
// plan, and the days the person and the employer agreed to it. Saving goes through the one plan
// rule in core (core/plans.h).
#pragma once

#include "screencontroller.h"

#include <QDate>

namespace fieldnotes::app {

class PlanController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY formChanged) // a plan was written before: the form changes it
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY formChanged)
    Q_PROPERTY(QString schedule READ schedule WRITE setSchedule NOTIFY formChanged)
    Q_PROPERTY(QString tapering READ tapering WRITE setTapering NOTIFY formChanged)
    // The agreement days: invalid when not agreed (yet).
    Q_PROPERTY(QDate agreedParticipantOn READ agreedParticipantOn WRITE setAgreedParticipantOn NOTIFY formChanged)
    Q_PROPERTY(QString agreedParticipantText READ agreedParticipantText NOTIFY formChanged)
    Q_PROPERTY(QDate agreedEmployerOn READ agreedEmployerOn WRITE setAgreedEmployerOn NOTIFY formChanged)
    Q_PROPERTY(QString agreedEmployerText READ agreedEmployerText NOTIFY formChanged)

public:
    explicit PlanController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    bool exists() const { return m_exists; }
    QString summary() const { return m_summary; }
    void setSummary(const QString& v) { set(m_summary, v); }
    QString schedule() const { return m_schedule; }
    void setSchedule(const QString& v) { set(m_schedule, v); }
    QString tapering() const { return m_tapering; }
    void setTapering(const QString& v) { set(m_tapering, v); }
    QDate agreedParticipantOn() const { return m_agreedParticipantOn; }
    void setAgreedParticipantOn(const QDate& day);
    QString agreedParticipantText() const;
    QDate agreedEmployerOn() const { return m_agreedEmployerOn; }
    void setAgreedEmployerOn(const QDate& day);
    QString agreedEmployerText() const;

    // Forgets an agreement day ("participant" or "employer") written by mistake.
    Q_INVOKABLE void clearAgreed(const QString& party);
    // Writes the plan as the form shows it; `saved` follows, or why it was refused is shown.
    Q_INVOKABLE void save();

signals:
    void participantIdChanged();
    void formChanged();
    void saved();

protected:
    void load() override;
    bool canLoad() const override { return !m_participantId.isEmpty(); }

private:
    void set(QString& member, const QString& value);

    QString m_participantId;
    bool m_exists = false;
    QString m_summary, m_schedule, m_tapering;
    QDate m_agreedParticipantOn, m_agreedEmployerOn;
    bool m_saving = false;
};

} // namespace fieldnotes::app
