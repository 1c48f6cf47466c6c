// Documents and tables as content, without a look: what a report says, for the app to lay out as a
// PDF (with Qt) and for exports to carry as JSON, plain text and CSV. Building the content in core
// keeps what a report may contain - consents, sensitive fields - next to the rules that decide it.
#pragma once

#include "date.h"
#include "result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace fieldnotes::core {

struct Paragraph {
    std::string text;
};

struct FieldList {
    std::vector<std::pair<std::string, std::string>> fields; // label, value
};

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // as many cells as the header
};

using Block = std::variant<Paragraph, FieldList, Table>;

struct Section {
    std::string heading;
    std::vector<Block> blocks;
};

struct Document {
    std::string kind; // individual_report, shared_about_me, employer_brief, figures, ...
    std::string language; // "nb" or "en"
    std::string title;
    std::string subtitle;
    std::string notice; // how to handle it: who may read it, what it must not be used for
    Date createdOn {};
    std::vector<Section> sections;
};

// JSON: {"format":"fieldnotes-document","version":1,"kind":...,"sections":[{"heading":...,
// "blocks":[{"type":"paragraph","text":...} | {"type":"fields","fields":[[label,value],...]} |
// {"type":"table","header":[...],"rows":[[...],...]}]}]}
nlohmann::json documentToJson(const Document& document);
Result<Document> documentFromJson(const nlohmann::json& json);

// Plain text, for a terminal on a trusted office machine and as a fallback beside the JSON.
std::string documentToText(const Document& document);

// ---- CSV ------------------------------------------------------------------------------------------

struct CsvCell {
    std::string text;
    bool number = false; // written as is (and with a decimal comma in the Norwegian dialect)
};

CsvCell csvText(std::string text);
CsvCell csvNumber(std::int64_t value);
CsvCell csvNumber(double value, int decimals);

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<CsvCell>> rows;
};

// RFC 4180 by default: comma, CRLF, quotes doubled. The Norwegian spreadsheet dialect uses ';' and
// a decimal comma, which is what Excel with Norwegian settings opens directly. A UTF-8 byte order
// mark tells spreadsheets the text is UTF-8 (æ, ø, å). A text cell that a spreadsheet would take
// for a formula (starting with = + - @ or a tab or CR) is prefixed with ' so it stays text.
struct CsvDialect {
    char separator = ',';
    bool decimalComma = false;
    bool byteOrderMark = true;

    static CsvDialect standard() { return {}; }
    static CsvDialect norwegianSpreadsheet() { return { ';', true, true }; }
};

std::string toCsv(const CsvTable& table, const CsvDialect& dialect = CsvDialect::standard());

} // namespace fieldnotes::core
