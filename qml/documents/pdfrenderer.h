// Documents (core/document.h) as PDF a person can read: headings, paragraphs, label-value lists and
// tables (their header row repeated on every page a table spans), A4, with each page's number and
// the document's title at its foot, in the app's font (Norwegian letters embedded as font subsets).
//
// Qt's own PDF writer (QPdfWriter with QTextDocument's layout) does the work: it is already in the
// app (QtGui), lays out wrapped text, tables and page breaks, and embeds only the glyphs used. The
// PDF is written into memory and nowhere else; the caller seals it into an export (exports.h), and
// should wipe it after.
//
// Safe to call on any thread while a QGuiApplication exists (text layout and QPainter on a paged
// device are reentrant), so exports are rendered off the UI and store threads.
#pragma once

#include "document.h"

#include <QByteArray>

#include <vector>

namespace fieldnotes::app {

// One PDF of the documents in order, each starting on a new page; empty on failure (there is none
// short of running out of memory).
QByteArray renderPdf(const std::vector<core::Document>& documents);

} // namespace fieldnotes::app
