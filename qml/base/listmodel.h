// Base of the app's list models: rows are plain structs held by value, texts are formatted in
// data() from the current locale, and a language change re-formats every row in place.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace fieldnotes::app {

// Subclasses name this base fully qualified (public fieldnotes::app::LocalizedListModel): Qt 6.4's
// qmltyperegistrar resolves a base class by its written name only, and qmllint needs the chain.
class LocalizedListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit LocalizedListModel(QObject* parent = nullptr);
    int count() const { return rowCount(); }

signals:
    void countChanged();

protected:
    void refreshTexts();

    // Replaces `rows` with `next`. The same keys in the same order update the rows in place
    // (dataChanged), so a list keeps its scroll position and delegates; otherwise the model resets.
    template<class Row, class Key> void replaceRows(std::vector<Row>& rows, std::vector<Row> next, Key key)
    {
        bool sameKeys = rows.size() == next.size();
        for (std::size_t i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = key(rows[i]) == key(next[i]);
        if (sameKeys) {
            rows = std::move(next);
            if (!rows.empty())
                emit dataChanged(index(0), index(static_cast<int>(rows.size()) - 1));
            return;
        }
        const bool countChanges = rows.size() != next.size();
        beginResetModel();
        rows = std::move(next);
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
};

} // namespace fieldnotes::app
