// The lists on a participant's page: the co-written profile (each field with who wrote it and when),
// goals, placements, and consents at a glance. Sensitive fields never carry their value here; the
// page asks for it when tapped (ParticipantController::reveal).
#pragma once

#include "listmodel.h"
#include "mentors.h"
#include "records.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct ProfileRow {
    std::string column;
    QString value; // empty for a sensitive field
    bool sensitive = false;
    bool multiline = true;
    QString authorName;
    bool byThisDevice = false;
    qint64 writtenMs = 0;
};

class ProfileModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ParticipantController")
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, ValueRole, SensitiveRole, MultilineRole, WrittenByRole };
    Q_ENUM(Role)
    explicit ProfileModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRows(std::vector<ProfileRow> rows);

private:
    std::vector<ProfileRow> m_rows;
};

class GoalsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ParticipantController")
public:
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        TextRole,
        StatusRole,
        StatusTextRole,
        DueTextRole,
        AchievedRole,
        ParentIdRole,
        SubGoalRole,
        DueOnRole, // a QDate, invalid for none: where the edit dialog starts
    };
    Q_ENUM(Role)
    explicit GoalsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setGoals(std::vector<core::Goal> goals);

private:
    std::vector<core::Goal> m_goals;
};

struct PlacementRow {
    core::Placement placement;
    QString employerName;
    std::optional<int> positionPercent; // the position size in force today (the start's, before it starts)
    std::vector<core::PositionChange> positions; // the position history, oldest first
    std::vector<core::SupportMeasure> measures;
    std::optional<core::PlacementMentor> mentor; // the job's mentor, unless that assignment has ended
};

class PlacementsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ParticipantController")
public:
    enum Role {
        PlacementIdRole = Qt::UserRole + 1,
        TitleRole,
        KindTextRole,
        EmployerIdRole,
        EmployerNameRole,
        PeriodTextRole,
        DatesTextRole,
        SupportTextRole,
        AccommodationsRole,
        CarvedTasksRole,
        EndedRole,
        MentorAssignmentIdRole,
        MentorIdRole,
        MentorNameRole,
        MentorTextRole,
        MentorMandateRole,
        TalkIntervalDaysRole,
        // Changing a running placement: the history, and the values the Change dialog starts from.
        PositionHistoryRole, // "50 % from 1 Mar 2026, 80 % from 1 May 2026"
        PositionPercentRole, // in force today; 0 for none
        KindRole, // a PlacementKind code
        ContractRole, // a ContractType code, or ""
        TrialEndOnRole, // a QDate, invalid for none
        ContractEndOnRole,
        MeasuresRole, // the latest period of each support measure kind: what the Support measure dialog changes
        LastChangePercentRole, // the last position change after the start (0: none), which can be corrected
        LastChangeOnRole,
        LearningGoalsRole, // the learning goals tied to the job's mentor: { text, status, statusText }
    };
    Q_ENUM(Role)
    explicit PlacementsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setPlacements(std::vector<PlacementRow> rows);

private:
    std::vector<PlacementRow> m_rows;
};

} // namespace fieldnotes::app
