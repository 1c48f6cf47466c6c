// The conflicts inbox: for each pair of edits that crossed, what it is about, both values side by
// side, and who wrote each and when. Resolved with one tap (SyncController::resolve).
#pragma once

#include "conflictview.h"
#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class ConflictsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SyncController")
public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        SubjectRole, // whose record: the participant's or employer's name
        WhatRole, // "Vocational profile: Dream job"
        ExplanationRole,
        KeptTextRole,
        KeptByRole,
        OtherTextRole,
        OtherByRole,
        SensitiveRole,
        CanTakeOtherRole,
        ParticipantIdRole,
    };
    Q_ENUM(Role)

    explicit ConflictsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setConflicts(std::vector<core::ConflictView> conflicts);

    // A stored value as a person reads it: dates in the locale, codes as their labels.
    static QString valueText(std::string_view table, std::string_view column, const core::Value& value);
    static QString writerText(const core::Writer& writer, const core::Version& version);

private:
    std::vector<core::ConflictView> m_conflicts;
};

} // namespace fieldnotes::app
