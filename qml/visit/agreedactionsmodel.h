// The actions agreed during a visit, as they are being typed: what, who does it, by when.
#pragma once

#include "listmodel.h"

#include <QDate>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct ActionDraft {
    QString text;
    QString owner = QStringLiteral("specialist"); // ActionOwner code
    QDate dueOn;
};

class AgreedActionsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VisitFormController")
public:
    enum Role { TextRole = Qt::UserRole + 1, OwnerRole, OwnerTextRole, DueDateRole, DueTextRole };
    Q_ENUM(Role)

    explicit AgreedActionsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void append(ActionDraft action);
    bool remove(int row);
    bool setText(int row, const QString& text);
    bool setOwner(int row, const QString& owner);
    bool setDue(int row, const QDate& due);

    const std::vector<ActionDraft>& actions() const { return m_actions; }
    void setActions(std::vector<ActionDraft> actions);
    QJsonArray toJson() const;
    static std::vector<ActionDraft> fromJson(const QJsonArray& array);

private:
    bool valid(int row) const { return row >= 0 && row < rowCount(); }

    std::vector<ActionDraft> m_actions;
};

} // namespace fieldnotes::app
