// A placement's mentor on the participant's Work tab: "Assign mentor" (a mentor of the placement's
// employer, the mandate, and how often the structured talk is held), "Change mentor" (hand-over to
// another mentor there, learning goals moved along), "End" and "Add learning goal". All through the one mentor rule in
// core (core/mentors.h); who may see the learning goals stays consent's (core/mentorview.h).
#pragma once

#include "screencontroller.h"

#include <QDate>
#include <QVariantList>

namespace fieldnotes::app {

class MentorAssignController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY formChanged)
    Q_PROPERTY(QString placementId READ placementId NOTIFY formChanged)
    Q_PROPERTY(QString employerId READ employerId NOTIFY formChanged)
    // The assignment a hand-over ends; "" when assigning a first mentor.
    Q_PROPERTY(QString assignmentId READ assignmentId NOTIFY formChanged)
    Q_PROPERTY(bool handover READ handover NOTIFY formChanged)
    // The employer's mentors to choose from ({ mentorId, name }), the current one left out.
    Q_PROPERTY(QVariantList mentors READ mentors NOTIFY mentorsChanged)
    Q_PROPERTY(QString mentorId READ mentorId WRITE setMentorId NOTIFY formChanged)
    Q_PROPERTY(QString mandate READ mandate WRITE setMandate NOTIFY formChanged)
    Q_PROPERTY(int talkIntervalDays READ talkIntervalDays WRITE setTalkIntervalDays NOTIFY formChanged)
    Q_PROPERTY(QDate startOn READ startOn WRITE setStartOn NOTIFY formChanged)
    Q_PROPERTY(QString missingText READ missingText NOTIFY formChanged)

public:
    explicit MentorAssignController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString placementId() const { return m_placementId; }
    QString employerId() const { return m_employerId; }
    QString assignmentId() const { return m_assignmentId; }
    bool handover() const { return !m_assignmentId.isEmpty(); }
    QVariantList mentors() const { return m_mentors; }
    QString mentorId() const { return m_mentorId; }
    void setMentorId(const QString& id);
    QString mandate() const { return m_mandate; }
    void setMandate(const QString& text);
    int talkIntervalDays() const { return m_talkIntervalDays; }
    void setTalkIntervalDays(int days);
    QDate startOn() const { return m_startOn; }
    void setStartOn(const QDate& day);
    QString missingText() const;

    // Opens the form for a placement: a first mentor (assignmentId "") or a hand-over from the
    // current assignment and its mentor (mandate and interval carried over). Clears what was typed.
    Q_INVOKABLE void prepare(const QString& placementId, const QString& employerId, const QString& assignmentId,
        const QString& currentMentorId, const QString& mandate, int talkIntervalDays);
    // Assigns the chosen mentor, or hands over to them; `saved` gives the new assignment's id.
    Q_INVOKABLE void save();
    // Ends an assignment: `on` is the mentor's last day. `ended` follows, or why it was refused is shown.
    Q_INVOKABLE void endAssignment(const QString& assignmentId, const QDate& on);
    // Adds a learning goal to an assignment, agreed with the participant (core/mentors.h:
    // addLearningGoal). The mentor sees it only while the participant's disclosure consent to that
    // mentor (learning goals) allows it: core/mentorview.h decides, not this form.
    // `learningGoalAdded` gives the goal's id, or why it was refused is shown.
    Q_INVOKABLE void addLearningGoal(const QString& assignmentId, const QString& text);

signals:
    void formChanged();
    void mentorsChanged();
    void saved(const QString& assignmentId);
    void ended(const QString& assignmentId);
    void learningGoalAdded(const QString& goalId);

protected:
    void load() override;
    bool canLoad() const override { return !m_employerId.isEmpty(); }

private:
    QString m_participantId, m_placementId, m_employerId, m_assignmentId, m_currentMentorId;
    QVariantList m_mentors;
    QString m_mentorId, m_mandate;
    int m_talkIntervalDays = 14;
    QDate m_startOn;
    bool m_saving = false;
};

} // namespace fieldnotes::app
