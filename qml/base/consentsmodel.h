// Consents at a glance: what the participant agreed to, with whom, and whether it holds today.
#pragma once

#include "listmodel.h"
#include "records.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct ConsentRow {
    core::Consent consent;
    bool active = false;
};

class ConsentsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role {
        ConsentIdRole = Qt::UserRole + 1,
        WhatRole, // "Participation" or the disclosure item
        RecipientRole, // who it is shared with
        PurposeRole,
        SummaryRole, // in plain language when there is one
        ActiveRole,
        StateTextRole, // "Given 12.03.2026" / "Revoked 01.04.2026"
    };
    Q_ENUM(Role)
    explicit ConsentsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setConsents(std::vector<ConsentRow> rows);

private:
    std::vector<ConsentRow> m_rows;
};

} // namespace fieldnotes::app
