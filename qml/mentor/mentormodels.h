// The mentor screens' lists: the participants assigned to the mentor, the learning goals a
// participant agreed to share with them, and the mentor's own past entries.
#pragma once

#include "listmodel.h"
#include "mentorview.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

// One person on the mentor's home: the assignment with its mandate and talk schedule, and the
// learning goals the person agreed to share with this mentor.
struct MentorHomeCase {
    core::MentorCase assignment;
    std::vector<core::LearningGoal> goals;
};

class MentorCasesModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MentorHomeController")
public:
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        EmployerNameRole,
        NextTalkTextRole,
        LastEntryTextRole,
        EntryCountRole,
        MandateRole,
        GoalsRole, // the shared learning goals' texts, achieved ones marked
        TalkOverdueRole,
        LastTalkTextRole,
    };
    Q_ENUM(Role)
    explicit MentorCasesModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setCases(std::vector<MentorHomeCase> cases, const QDate& today);

    // "Next structured talk in 5 days" / "Structured talk overdue since 03.03.2026"; empty without a schedule.
    static QString nextTalkText(const core::MentorCase& c, const QDate& today);
    static QString lastTalkText(const core::MentorCase& c, const QDate& today);
    static bool talkOverdue(const core::MentorCase& c, const QDate& today);

private:
    std::vector<MentorHomeCase> m_cases;
    QDate m_today;
};

class LearningGoalsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MentorParticipantController")
public:
    enum Role { GoalIdRole = Qt::UserRole + 1, TextRole, StatusTextRole, AchievedRole };
    Q_ENUM(Role)
    explicit LearningGoalsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setGoals(std::vector<core::LearningGoal> goals);

private:
    std::vector<core::LearningGoal> m_goals;
};

class SupportEntriesModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MentorParticipantController")
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        DateTextRole,
        KindTextRole,
        MinutesTextRole,
        SituationRole,
        HandledWellRole,
        NeedsWorkRole,
        NeedsSpecialistRole,
        HeadingTextRole, // date, kind and minutes on one line, the empty ones left out
    };
    Q_ENUM(Role)
    explicit SupportEntriesModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setEntries(std::vector<core::NaturalSupportEntry> entries);

private:
    std::vector<core::NaturalSupportEntry> m_entries;
};

} // namespace fieldnotes::app
