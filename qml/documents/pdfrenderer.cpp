#include "pdfrenderer.h"

#include "format.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <memory>
#include <variant>

namespace fieldnotes::app {

namespace {

constexpr int dpi = 300; // layout units; text stays vector at any resolution
constexpr double pageMarginMm = 18;
constexpr double footerMm = 10; // inside the bottom margin
const QColor ink(0x20, 0x20, 0x20);
const QColor quiet(0x5f, 0x63, 0x68);
const QColor rule(0xb0, 0xb6, 0xbc);
const QColor headerFill(0xe6, 0xec, 0xf2);
const QColor noticeFill(0xf4, 0xf4, 0xf1);

// Lengths in text formats (margins, padding, borders, fixed column widths) are in 96-dpi pixels:
// the layout scales them to the device itself. Page sizes and painting are in device pixels.
double pt(double points)
{
    return points * 96.0 / 72.0;
}

double devicePt(double points)
{
    return points * dpi / 72.0;
}

double mm(double millimetres)
{
    return millimetres * dpi / 25.4;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

template<class... F> struct Overloaded : F... {
    using F::operator()...;
};
template<class... F> Overloaded(F...) -> Overloaded<F...>;

bool norwegian(const core::Document& d)
{
    return d.language != "en";
}

QString shownDate(const core::Date& d, bool nb)
{
    if (!d.ok())
        return {};
    // The document's own language, whatever the app's: a fixed, unambiguous form in each.
    return toQDate(d).toString(nb ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
}

// Lays out one document as text: the text layout knows nothing of pages until setPageSize().
class Layout {
public:
    Layout(const core::Document& d, QPaintDevice* device, const QFont& font, double pageWidth)
        : m_doc(std::make_unique<QTextDocument>())
        , m_cursor(m_doc.get())
        , m_device(device)
        , m_pageWidth(pageWidth)
    {
        m_doc->documentLayout()->setPaintDevice(device);
        m_doc->setDefaultFont(font);
        m_doc->setDocumentMargin(0);
        m_doc->setUndoRedoEnabled(false);
        // One edit block: the layout runs once at the end, not after every cell (quadratic in a
        // long table - minutes for the right of access of someone followed for a year).
        m_cursor.beginEditBlock();
        build(d);
        m_cursor.endEditBlock();
    }

    QTextDocument& doc() { return *m_doc; }

private:
    QTextCharFormat text(double size = 10, bool bold = false, const QColor& colour = ink) const
    {
        QTextCharFormat f;
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(colour);
        return f;
    }

    QTextBlockFormat block(double before, double after) const
    {
        QTextBlockFormat b;
        b.setTopMargin(pt(before));
        b.setBottomMargin(pt(after));
        b.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return b;
    }

    void paragraph(const QString& s, const QTextCharFormat& f, const QTextBlockFormat& b)
    {
        if (m_first) {
            m_cursor.setBlockFormat(b);
            m_cursor.setBlockCharFormat(f);
            m_first = false;
        } else {
            m_cursor.insertBlock(b, f);
        }
        m_cursor.insertText(s, f);
    }

    void toEnd() { m_cursor = m_doc->rootFrame()->lastCursorPosition(); }

    QTextTableFormat tableFormat() const
    {
        QTextTableFormat t;
        t.setBorder(pt(0.5));
        t.setBorderBrush(rule);
        t.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        t.setBorderCollapse(true);
        t.setCellPadding(pt(3));
        t.setCellSpacing(0);
        t.setTopMargin(pt(3));
        t.setBottomMargin(pt(6));
        t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        t.setHeaderRowCount(1); // repeated at the top of every page the table spans
        return t;
    }

    void cell(QTextTable* table, int row, int column, const QString& s, const QTextCharFormat& f,
        const QColor& fill = QColor())
    {
        QTextTableCell c = table->cellAt(row, column);
        if (fill.isValid()) {
            QTextCharFormat cf = c.format();
            cf.setBackground(fill);
            c.setFormat(cf);
        }
        QTextCursor at = c.firstCursorPosition();
        at.setBlockFormat(block(0, 0));
        at.insertText(s, f);
    }

    // Label and value on one line each, the label in bold; a list ends with a thin rule. Lighter
    // than a table for the reader and for the layout: the right of access holds hundreds of them.
    void fields(const core::FieldList& list)
    {
        if (list.fields.empty())
            return;
        for (std::size_t i = 0; i < list.fields.size(); ++i) {
            QTextBlockFormat b = block(i == 0 ? 4 : 0, i + 1 == list.fields.size() ? 4 : 1);
            b.setLeftMargin(pt(4));
            if (i + 1 == list.fields.size())
                b.setProperty(
                    QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
            paragraph(qs(list.fields[i].first) + QStringLiteral(": "), text(9.5, true, quiet), b);
            m_cursor.insertText(qs(list.fields[i].second), text(10));
        }
    }

    // Columns whose every cell is short (dates, yes/no, a status) get the width of their widest
    // cell, so "14.08.2025" is never broken over two lines; the rest share what is left.
    QVector<QTextLength> columnWidths(const core::Table& t) const
    {
        const int columns = static_cast<int>(t.header.size());
        QFont bold = m_doc->defaultFont();
        bold.setPointSizeF(9.5);
        bold.setWeight(QFont::Bold);
        QFont plain = bold;
        plain.setWeight(QFont::Normal);
        const QFontMetricsF boldMetrics(bold, m_device);
        const QFontMetricsF plainMetrics(plain, m_device);
        const double shortCell = m_pageWidth * 0.16;
        QVector<QTextLength> widths;
        for (int c = 0; c < columns; ++c) {
            double widest = boldMetrics.horizontalAdvance(qs(t.header[static_cast<std::size_t>(c)]));
            for (const auto& row : t.rows)
                if (static_cast<std::size_t>(c) < row.size())
                    widest = std::max(widest, plainMetrics.horizontalAdvance(qs(row[static_cast<std::size_t>(c)])));
            widths.push_back(widest <= shortCell ? QTextLength(QTextLength::FixedLength, widest * 96.0 / dpi + pt(10))
                                                 : QTextLength(QTextLength::VariableLength, 0));
        }
        return widths;
    }

    void table(const core::Table& t)
    {
        const int columns = static_cast<int>(t.header.size());
        if (columns == 0)
            return;
        QTextTableFormat format = tableFormat();
        format.setColumnWidthConstraints(columnWidths(t));
        QTextTable* table = m_cursor.insertTable(static_cast<int>(t.rows.size()) + 1, columns, format);
        for (int c = 0; c < columns; ++c)
            cell(table, 0, c, qs(t.header[static_cast<std::size_t>(c)]), text(9.5, true), headerFill);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < columns && static_cast<std::size_t>(c) < t.rows[r].size(); ++c)
                cell(table, static_cast<int>(r) + 1, c, qs(t.rows[r][static_cast<std::size_t>(c)]), text(9.5));
        toEnd();
    }

    void notice(const QString& s)
    {
        QTextFrameFormat frame;
        frame.setBorder(pt(0.5));
        frame.setBorderBrush(rule);
        frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        frame.setPadding(pt(6));
        frame.setBackground(noticeFill);
        frame.setTopMargin(pt(8));
        frame.setBottomMargin(pt(2));
        m_cursor.insertFrame(frame);
        m_cursor.setBlockFormat(block(0, 0));
        m_cursor.insertText(s, text(10));
        toEnd();
    }

    void build(const core::Document& d)
    {
        const bool nb = norwegian(d);
        paragraph(qs(d.title), text(20, true), block(0, 4));
        if (!d.subtitle.empty())
            paragraph(qs(d.subtitle), text(13), block(0, 2));
        if (d.createdOn.ok())
            paragraph((nb ? QStringLiteral("Laget %1") : QStringLiteral("Made on %1")).arg(shownDate(d.createdOn, nb)),
                text(9, false, quiet), block(0, 2));
        if (!d.notice.empty())
            notice(qs(d.notice));
        for (const core::Section& s : d.sections) {
            paragraph(qs(s.heading), text(14, true), block(10, 3));
            for (const core::Block& b : s.blocks)
                std::visit(Overloaded {
                               [&](const core::Paragraph& p) { paragraph(qs(p.text), text(10), block(2, 4)); },
                               [&](const core::FieldList& f) { fields(f); },
                               [&](const core::Table& t) { table(t); },
                           },
                    b);
        }
    }

    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    QPaintDevice* m_device;
    double m_pageWidth;
    bool m_first = true;
};

} // namespace

QByteArray renderPdf(const std::vector<core::Document>& documents)
{
    QByteArray out;
    QBuffer buffer(&out);
    if (documents.empty() || !buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(qs(documents.front().title));
        writer.setCreator(QStringLiteral("fieldnotes"));
        const QRectF page = writer.pageLayout().fullRectPixels(dpi);
        const QRectF body(mm(pageMarginMm), mm(pageMarginMm), page.width() - 2 * mm(pageMarginMm),
            page.height() - 2 * mm(pageMarginMm));

        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        font.setPointSizeF(10);

        // Every document is laid out first, so each page can say how many there are in all.
        std::vector<std::unique_ptr<Layout>> layouts;
        int total = 0;
        for (const core::Document& d : documents) {
            layouts.push_back(std::make_unique<Layout>(d, &writer, font, body.width()));
            QTextDocument& doc = layouts.back()->doc();
            doc.setPageSize(body.size());
            total += doc.pageCount();
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        int number = 0;
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const core::Document& d = documents[i];
            QTextDocument& doc = layouts[i]->doc();
            const bool nb = norwegian(d);
            QString footerLeft = qs(d.title);
            if (!d.subtitle.empty())
                footerLeft += QStringLiteral(" · ") + qs(d.subtitle);
            for (int p = 0; p < doc.pageCount(); ++p) {
                if (number > 0)
                    writer.newPage();
                ++number;
                painter.save();
                painter.translate(body.left(), body.top() - p * body.height());
                const QRectF view(0, p * body.height(), body.width(), body.height());
                painter.setClipRect(view);
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = view;
                context.palette.setColor(QPalette::Text, ink);
                doc.documentLayout()->draw(&painter, context);
                painter.restore();

                const double top = body.bottom() + mm(footerMm) - devicePt(10);
                painter.setPen(QPen(rule, devicePt(0.5)));
                painter.drawLine(QPointF(body.left(), top), QPointF(body.right(), top));
                painter.setFont(footerFont);
                painter.setPen(quiet);
                const QString pages
                    = (nb ? QStringLiteral("Side %1 av %2") : QStringLiteral("Page %1 of %2")).arg(number).arg(total);
                const QRectF line(body.left(), top + devicePt(2), body.width(), devicePt(12));
                const QFontMetricsF metrics(footerFont, &writer);
                const double pagesWidth = metrics.horizontalAdvance(pages) + devicePt(12);
                painter.drawText(QRectF(line.left(), line.top(), line.width() - pagesWidth, line.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(footerLeft, Qt::ElideRight, line.width() - pagesWidth));
                painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pages);
            }
        }
        painter.end();
    }
    return out;
}

} // namespace fieldnotes::app
