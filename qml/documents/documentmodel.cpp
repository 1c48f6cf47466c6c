#include "documentmodel.h"

#include <variant>

namespace fieldnotes::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QStringList list(const std::vector<std::string>& items)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(items.size()));
    for (const auto& s : items)
        out.push_back(qs(s));
    return out;
}

} // namespace

DocumentModel::DocumentModel(QObject* parent)
    : LocalizedListModel(parent)
{
}

int DocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DocumentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KindRole:
        switch (r.kind) {
        case Kind::Heading:
            return QStringLiteral("heading");
        case Kind::Paragraph:
            return QStringLiteral("paragraph");
        case Kind::Field:
            return QStringLiteral("field");
        case Kind::TableRow:
            return QStringLiteral("row");
        }
        return {};
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case ValueRole:
        return r.value;
    case CellsRole:
        return r.cells;
    case HeaderRole:
        return r.header;
    case FirstRole:
        return r.first;
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentModel::roleNames() const
{
    return { { KindRole, "kind" }, { TextRole, "text" }, { ValueRole, "value" }, { CellsRole, "cells" },
        { HeaderRole, "header" }, { FirstRole, "first" } };
}

void DocumentModel::setDocument(const core::Document& d)
{
    std::vector<Row> rows;
    for (const core::Section& s : d.sections) {
        rows.push_back({ Kind::Heading, qs(s.heading), {}, {}, {}, false });
        for (const core::Block& b : s.blocks) {
            if (const auto* p = std::get_if<core::Paragraph>(&b)) {
                rows.push_back({ Kind::Paragraph, qs(p->text), {}, {}, {}, false });
            } else if (const auto* f = std::get_if<core::FieldList>(&b)) {
                bool first = true;
                for (const auto& [label, value] : f->fields) {
                    rows.push_back({ Kind::Field, qs(label), qs(value), {}, {}, first });
                    first = false;
                }
            } else if (const auto* t = std::get_if<core::Table>(&b)) {
                const QStringList header = list(t->header);
                bool first = true;
                for (const auto& cells : t->rows) {
                    QStringList row = list(cells);
                    rows.push_back({ Kind::TableRow, row.value(0), {}, row, header, first });
                    first = false;
                }
            }
        }
    }
    // Content changes as a whole (another person, another language): a reset, not row moves.
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_title = qs(d.title);
    m_subtitle = qs(d.subtitle);
    m_notice = qs(d.notice);
    emit documentChanged();
    if (countChanges)
        emit countChanged();
}

} // namespace fieldnotes::app
