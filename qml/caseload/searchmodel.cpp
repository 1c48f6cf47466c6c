#include "searchmodel.h"

#include "labels.h"

namespace fieldnotes::app {

SearchModel::SearchModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int SearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString SearchModel::styledSnippet(const QString& snippet)
{
    // The index marks matches with [ and ]; the text itself is escaped so a note cannot inject markup.
    QString out;
    out.reserve(snippet.size() + 16);
    for (const QChar c : snippet) {
        if (c == QLatin1Char('['))
            out += QLatin1String("<b>");
        else if (c == QLatin1Char(']'))
            out += QLatin1String("</b>");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else
            out += c;
    }
    return out;
}

QVariant SearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case TableRole:
        return r.table;
    case RowIdRole:
        return r.rowId;
    case ParticipantIdRole:
        return r.participantId;
    case EmployerIdRole:
        return r.employerId;
    case Qt::DisplayRole:
    case SubjectRole:
        return r.subject;
    case SourceTextRole:
        return Labels::searchSource(r.table.toStdString());
    case SnippetRole:
        return styledSnippet(r.snippet);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {
        { TableRole, "table" },
        { RowIdRole, "rowId" },
        { ParticipantIdRole, "participantId" },
        { EmployerIdRole, "employerId" },
        { SubjectRole, "subject" },
        { SourceTextRole, "sourceText" },
        { SnippetRole, "snippet" },
    };
}

void SearchModel::setRows(std::vector<SearchRow> rows)
{
    replaceRows(m_rows, std::move(rows), [](const SearchRow& r) { return std::make_pair(r.table, r.rowId); });
}

} // namespace fieldnotes::app
