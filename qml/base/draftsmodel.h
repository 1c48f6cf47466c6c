// Unfinished forms (drafts saved on this tablet as they were typed), newest first, so work that
// was interrupted — by a phone call or a lock — is one tap away.
#pragma once

#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct DraftRow {
    QString draftId;
    QString kind; // "visit", "natural_support", "employer"
    QString participantName;
    qint64 updatedMs = 0;
};

class DraftsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role { DraftIdRole = Qt::UserRole + 1, KindRole, TitleRole, UpdatedTextRole };
    Q_ENUM(Role)

    explicit DraftsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDrafts(std::vector<DraftRow> drafts);

    static QString kindLabel(const QString& kind);

private:
    std::vector<DraftRow> m_drafts;
};

} // namespace fieldnotes::app
