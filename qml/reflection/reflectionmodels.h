// The reflection log's lists: a specialist's own entries (newest first), and for a lead the team's
// entries grouped by step and theme as core groups them (core/reflection.h), with no author's name.
#pragma once

#include "listmodel.h"
#include "records.h"
#include "reflection.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class ReflectionsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        DateTextRole, // "12.03.2026"
        StepTextRole, // "2 · Vocational profile", or "No step"
        ThemeRole,
        FirstLineRole, // the situation's first line
    };
    Q_ENUM(Role)
    explicit ReflectionsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setEntries(std::vector<core::Reflection> rows);

private:
    std::vector<core::Reflection> m_rows;
};

// One row per entry; consecutive rows of one group share GroupTitleRole (a ListView section).
class TeamReflectionsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role {
        GroupTitleRole = Qt::UserRole + 1, // "2 · Vocational profile: Employer doubts"
        EntryIdRole,
        DateTextRole,
        SituationRole,
        WhatIDidRole,
        ResultRole,
        CouldDoDifferentlyRole,
        WhatWorkedRole,
    };
    Q_ENUM(Role)
    explicit TeamReflectionsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setGroups(std::vector<core::ReflectionGroup> groups);

private:
    struct Row {
        std::optional<int> step;
        std::string theme;
        core::TeamReflection entry;
    };
    std::vector<Row> m_rows;
};

} // namespace fieldnotes::app
