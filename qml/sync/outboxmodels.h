// The sync screen's other two lists: the records with changes waiting to be sent, and the changes
// the office refused, each with the office's reason, what the person can do, and (hidden until
// tapped) what they had typed.
#pragma once

#include "listmodel.h"
#include "outboxview.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class WaitingModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SyncController")
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        WhatRole, // "Visit", "Participant"
        SubjectRole, // the participant's or employer's name
        ChangeTextRole, // "New", "Changed: Phone, E-mail", "Removed"
        WhenTextRole,
        ChangeCountRole,
    };
    Q_ENUM(Role)
    explicit WaitingModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRecords(std::vector<core::WaitingRecord> records);

private:
    std::vector<core::WaitingRecord> m_records;
};

class RefusedModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SyncController")
public:
    enum Role {
        RefusedIdRole = Qt::UserRole + 1,
        WhatRole, // "Visit", "Participant: Phone"
        SubjectRole,
        ReasonRole, // the office's own words
        RemedyTextRole, // what the person can do
        TypedTextRole, // what they typed, line by line: sensitive, shown when tapped
        WhenTextRole,
    };
    Q_ENUM(Role)
    explicit RefusedModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setChanges(std::vector<core::RefusedChange> changes);

    static QString remedyText(const core::RefusedChange& change);
    // The office's reason in the person's language when it is one the office is known to give;
    // otherwise as the office wrote it.
    static QString reasonText(const std::string& reason);
    static QString typedText(const core::RefusedChange& change);

private:
    std::vector<core::RefusedChange> m_changes;
};

} // namespace fieldnotes::app
