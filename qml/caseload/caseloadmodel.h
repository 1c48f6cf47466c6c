// The caseload list: one row per participant with their step, status, last and next contact,
// and the most urgent thing that needs attention. No sensitive field is ever a role here.
#pragma once

#include "attention.h"
#include "caseload.h"
#include "listmodel.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct CaseloadRow {
    core::CaseloadEntry entry;
    std::vector<core::Attention> attention; // this participant's items, most urgent first
};

class CaseloadModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseloadController")
    Q_PROPERTY(bool onlyNeedingAttention READ onlyNeedingAttention WRITE setOnlyNeedingAttention NOTIFY
            onlyNeedingAttentionChanged)
public:
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        InitialsRole,
        StatusRole,
        StatusTextRole,
        StepsTextRole,
        ProgrammeTextRole,
        LastContactTextRole,
        NextContactTextRole,
        NextContactOverdueRole,
        AttentionCountRole,
        AttentionTextRole,
        AttentionOverdueRole,
    };
    Q_ENUM(Role)

    explicit CaseloadModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `attention` is core::attention()'s list for the whole caseload; rows pick their own items.
    void setCaseload(
        std::vector<core::CaseloadEntry> entries, const std::vector<core::Attention>& attention, const QDate& today);

    bool onlyNeedingAttention() const { return m_onlyNeedingAttention; }
    void setOnlyNeedingAttention(bool only);

    int totalCount() const { return static_cast<int>(m_all.size()); }
    int needingAttentionCount() const;

    Q_INVOKABLE QString participantIdAt(int row) const;

signals:
    void onlyNeedingAttentionChanged();

private:
    void rebuildVisible();

    std::vector<CaseloadRow> m_all;
    std::vector<CaseloadRow> m_visible;
    bool m_onlyNeedingAttention = false;
    QDate m_today;
};

} // namespace fieldnotes::app
