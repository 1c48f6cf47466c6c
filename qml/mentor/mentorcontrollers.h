// Mentor mode: a device paired as a mentor sees only the participants assigned to them, only the
// learning goals each one agreed to share, and their own entries; logging natural support takes
// under a minute.
#pragma once

#include "draftformcontroller.h"
#include "draftsmodel.h"
#include "mentormodels.h"
#include "screencontroller.h"

#include <QDate>

namespace fieldnotes::app {

// The mentor's home: the people assigned to them, each with the mandate, the learning goals they
// agreed to share, and the next structured talk (by the one rule of mentoring.h).
class MentorHomeController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(fieldnotes::app::MentorCasesModel* cases READ cases CONSTANT)
    Q_PROPERTY(fieldnotes::app::DraftsModel* drafts READ drafts CONSTANT)
public:
    explicit MentorHomeController(QObject* parent = nullptr);
    MentorCasesModel* cases() { return &m_cases; }
    DraftsModel* drafts() { return &m_drafts; }

protected:
    void load() override;

private:
    MentorCasesModel m_cases;
    DraftsModel m_drafts;
};

// One assigned participant, as the mentor may see them.
class MentorParticipantController : public fieldnotes::app::ScreenController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY participantIdChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY detailsChanged)
    Q_PROPERTY(QString employerName READ employerName NOTIFY detailsChanged)
    Q_PROPERTY(QString nextTalkText READ nextTalkText NOTIFY detailsChanged)
    Q_PROPERTY(bool talkOverdue READ talkOverdue NOTIFY detailsChanged)
    Q_PROPERTY(QString lastTalkText READ lastTalkText NOTIFY detailsChanged)
    Q_PROPERTY(QString mandate READ mandate NOTIFY detailsChanged)
    Q_PROPERTY(bool assigned READ assigned NOTIFY detailsChanged)
    Q_PROPERTY(fieldnotes::app::LearningGoalsModel* goals READ goals CONSTANT)
    Q_PROPERTY(fieldnotes::app::SupportEntriesModel* entries READ entries CONSTANT)
public:
    explicit MentorParticipantController(QObject* parent = nullptr);
    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString displayName() const { return m_displayName; }
    QString employerName() const { return m_employerName; }
    QString nextTalkText() const { return m_nextTalkText; }
    bool talkOverdue() const { return m_talkOverdue; }
    QString lastTalkText() const { return m_lastTalkText; }
    QString mandate() const { return m_mandate; }
    bool assigned() const { return m_assigned; }
    LearningGoalsModel* goals() { return &m_goals; }
    SupportEntriesModel* entries() { return &m_entries; }

signals:
    void participantIdChanged();
    void detailsChanged();

protected:
    void load() override;
    bool canLoad() const override { return !m_participantId.isEmpty(); }

private:
    QString m_participantId, m_displayName, m_employerName, m_nextTalkText, m_lastTalkText, m_mandate;
    bool m_assigned = false;
    bool m_talkOverdue = false;
    LearningGoalsModel m_goals;
    SupportEntriesModel m_entries;
};

// Logging natural support: what happened, handled well, needs work, minutes, and whether the
// specialist should follow it up. Saved as a draft while typed; saved for good with one tap. A
// structured talk (kind structured_talk) is logged the same way, with what was agreed and the
// shared learning goals as its agenda; logging it sets when the next one is due (mentoring.h).
class MentorEntryController : public fieldnotes::app::DraftFormController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString participantId READ participantId WRITE setParticipantId NOTIFY formChanged)
    Q_PROPERTY(QString participantName READ participantName NOTIFY formChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY formChanged)
    Q_PROPERTY(QString situation READ situation WRITE setSituation NOTIFY formChanged)
    Q_PROPERTY(QString handledWell READ handledWell WRITE setHandledWell NOTIFY formChanged)
    Q_PROPERTY(QString needsWork READ needsWork WRITE setNeedsWork NOTIFY formChanged)
    Q_PROPERTY(QString expectedBehaviour READ expectedBehaviour WRITE setExpectedBehaviour NOTIFY formChanged)
    Q_PROPERTY(bool talk READ isTalk NOTIFY formChanged)
    Q_PROPERTY(fieldnotes::app::LearningGoalsModel* goals READ goals CONSTANT)
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY formChanged)
    Q_PROPERTY(bool needsSpecialist READ needsSpecialist WRITE setNeedsSpecialist NOTIFY formChanged)
    Q_PROPERTY(QDate occurredOn READ occurredOn WRITE setOccurredOn NOTIFY formChanged)
    Q_PROPERTY(QString occurredText READ occurredText NOTIFY formChanged)

public:
    explicit MentorEntryController(QObject* parent = nullptr);

    QString participantId() const { return m_participantId; }
    void setParticipantId(const QString& id);
    QString participantName() const { return m_participantName; }
    QString kind() const { return m_kind; }
    void setKind(const QString& code);
    QString situation() const { return m_situation; }
    void setSituation(const QString& v);
    QString handledWell() const { return m_handledWell; }
    void setHandledWell(const QString& v);
    QString needsWork() const { return m_needsWork; }
    void setNeedsWork(const QString& v);
    QString expectedBehaviour() const { return m_expectedBehaviour; }
    void setExpectedBehaviour(const QString& v);
    bool isTalk() const { return m_kind == QLatin1String(talkKind); }
    LearningGoalsModel* goals() { return &m_goals; }
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);
    bool needsSpecialist() const { return m_needsSpecialist; }
    void setNeedsSpecialist(bool v);
    QDate occurredOn() const { return m_occurredOn; }
    void setOccurredOn(const QDate& d);
    QString occurredText() const;
    QString missingText() const override;

    static constexpr const char* draftKind = "natural_support";
    static constexpr const char* talkKind = "structured_talk";

protected:
    QJsonObject toDraft() const override;
    void applyDraft(const QJsonObject& o) override;
    QString draftParticipant() const override { return m_participantId; }
    void loadForm() override;
    UseCase useCase() override;

private:
    QString m_participantId, m_participantName;
    QString m_kind = QStringLiteral("task_training");
    QString m_situation, m_handledWell, m_needsWork, m_expectedBehaviour;
    int m_minutes = 0;
    bool m_needsSpecialist = false;
    QDate m_occurredOn;
    LearningGoalsModel m_goals;
};

} // namespace fieldnotes::app
