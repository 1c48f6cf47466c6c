#include "listmodel.h"

#include "preferences.h"

namespace fieldnotes::app {

LocalizedListModel::LocalizedListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    if (auto* prefs = Preferences::instance())
        connect(prefs, &Preferences::languageChanged, this, &LocalizedListModel::refreshTexts);
}

void LocalizedListModel::refreshTexts()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace fieldnotes::app
