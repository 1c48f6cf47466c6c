// The case review's queue as a list (core/casereview.h): open items newest asked first, then the
// discussed ones with their advice. One section per state (ListView sections on SectionRole).
#pragma once

#include "casereview.h"
#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class ReviewQueueModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
public:
    enum Role {
        ReviewIdRole = Qt::UserRole + 1,
        SectionRole, // "Waiting for the review" / "Discussed"
        AboutRole, // the participant's name, or "From the reflection log"
        ReflectionTextRole, // the reflection entry's situation as it reads now, if any
        AskedTextRole, // "Asked by Anna, 12.03.2026"
        QuestionRole,
        AdviceRole,
        AdviceTextRole, // "Advice from Lena, 14.03.2026"
        DiscussedRole,
        MineRole, // asked by the person holding the tablet: theirs to withdraw while open
    };
    Q_ENUM(Role)
    explicit ReviewQueueModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setItems(std::vector<core::ReviewItem> items, const core::Id& me);
    int openCount() const;

private:
    std::vector<core::ReviewItem> m_rows;
    core::Id m_me;
};

} // namespace fieldnotes::app
