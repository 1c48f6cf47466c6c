// A document (core/document.h) as rows a screen lays out: headings, paragraphs, label-value fields
// and table rows, in order. The screen shows the same content the PDF and the export carry, built
// once in core; a table row comes with its table's header, so a narrow screen can show each row as
// a card of "header: value" lines instead of a grid too wide to read.
#pragma once

#include "document.h"
#include "listmodel.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class DocumentModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a screen's controller")
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY documentChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY documentChanged)
public:
    enum class Kind { Heading, Paragraph, Field, TableRow };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // "heading", "paragraph", "field", "row"
        TextRole, // the heading, the paragraph, or the field's label
        ValueRole, // the field's value
        CellsRole, // a table row's cells
        HeaderRole, // the header of the row's table
        FirstRole, // the first field or row of its list or table
    };
    Q_ENUM(Role)

    explicit DocumentModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDocument(const core::Document& document);
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QString notice() const { return m_notice; }

signals:
    void documentChanged();

private:
    struct Row {
        Kind kind = Kind::Paragraph;
        QString text;
        QString value;
        QStringList cells;
        QStringList header;
        bool first = false;
    };
    std::vector<Row> m_rows;
    QString m_title, m_subtitle, m_notice;
};

} // namespace fieldnotes::app
