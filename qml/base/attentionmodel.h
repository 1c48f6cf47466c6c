// What needs attention, as a list: each item with its participant, a line saying what and when,
// and the record that raised it (so a tap can open it). The rules are core::attention()'s.
#pragma once

#include "attention.h"
#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct AttentionRow {
    core::Attention item;
    QString participantName;
};

class AttentionModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindTextRole,
        LineRole,
        ParticipantIdRole,
        ParticipantNameRole,
        SubjectTableRole,
        SubjectIdRole,
        DueTextRole,
        DaysLeftRole,
        OverdueRole,
    };
    Q_ENUM(Role)

    explicit AttentionModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<AttentionRow> rows);
    const std::vector<AttentionRow>& rows() const { return m_rows; }
    // Takes the items about `subjectId` off the list (it was closed; the next read agrees).
    void removeSubject(const std::string& subjectId);

private:
    std::vector<AttentionRow> m_rows;
};

} // namespace fieldnotes::app
