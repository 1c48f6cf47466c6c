// Search results across names and notes (the store's encrypted full-text index): whose record
// matched, where, and the words around the match.
#pragma once

#include "listmodel.h"

#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

struct SearchRow {
    QString table;
    QString rowId;
    QString participantId;
    QString employerId;
    QString subject; // the participant's or employer's name
    QString snippet; // the match in [brackets]
};

class SearchModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CaseloadController")
public:
    enum Role {
        TableRole = Qt::UserRole + 1,
        RowIdRole,
        ParticipantIdRole,
        EmployerIdRole,
        SubjectRole,
        SourceTextRole,
        SnippetRole, // rich text: the match in bold, everything else escaped
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<SearchRow> rows);
    static QString styledSnippet(const QString& snippet);

private:
    std::vector<SearchRow> m_rows;
};

} // namespace fieldnotes::app
