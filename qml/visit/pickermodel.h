// A list to pick a participant or an employer from, filtered as the user types.
#pragma once

#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct PickerRow {
    QString id;
    QString name;
    QString detail;
};

class PickerModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VisitFormController")
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DetailRole };
    Q_ENUM(Role)

    explicit PickerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<PickerRow> rows);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString& text);
    QString nameOf(const QString& id) const;

signals:
    void filterTextChanged();

private:
    void applyFilter();

    std::vector<PickerRow> m_all;
    std::vector<PickerRow> m_visible;
    QString m_filter;
};

} // namespace fieldnotes::app
