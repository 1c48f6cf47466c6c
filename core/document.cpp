#include "document.h"

#include <cstdio>

namespace fieldnotes::core {

namespace {

constexpr std::string_view formatName = "fieldnotes-document";
constexpr int formatVersion = 1;

template<class... F> struct Overloaded : F... {
    using F::operator()...;
};
template<class... F> Overloaded(F...) -> Overloaded<F...>;

Error malformedDocument(std::string_view what)
{
    return { ErrorCode::InvalidArgument,
        "The document is not one fieldnotes can show (" + std::string(what) + "). Export it again.", {} };
}

std::string underline(const std::string& text, char c)
{
    // Counts characters, not bytes, so Norwegian letters get one mark each.
    std::size_t n = 0;
    for (unsigned char ch : text)
        n += (ch & 0xC0) != 0x80 ? 1 : 0;
    return std::string(n, c);
}

} // namespace

nlohmann::json documentToJson(const Document& d)
{
    nlohmann::json sections = nlohmann::json::array();
    for (const Section& s : d.sections) {
        nlohmann::json blocks = nlohmann::json::array();
        for (const Block& b : s.blocks)
            std::visit(Overloaded {
                           [&](const Paragraph& p) {
                               blocks.push_back({ { "type", "paragraph" }, { "text", p.text } });
                           },
                           [&](const FieldList& f) {
                               nlohmann::json fields = nlohmann::json::array();
                               for (const auto& [label, value] : f.fields)
                                   fields.push_back({ label, value });
                               blocks.push_back({ { "type", "fields" }, { "fields", fields } });
                           },
                           [&](const Table& t) {
                               blocks.push_back({ { "type", "table" }, { "header", t.header }, { "rows", t.rows } });
                           },
                       },
                b);
        sections.push_back({ { "heading", s.heading }, { "blocks", blocks } });
    }
    return { { "format", formatName }, { "version", formatVersion }, { "kind", d.kind }, { "language", d.language },
        { "title", d.title }, { "subtitle", d.subtitle }, { "notice", d.notice },
        { "createdOn", d.createdOn.ok() ? formatDate(d.createdOn) : "" }, { "sections", sections } };
}

Result<Document> documentFromJson(const nlohmann::json& j)
{
    try {
        if (!j.is_object() || j.value("format", "") != formatName)
            return fail(malformedDocument("not a fieldnotes document"));
        if (j.value("version", 0) != formatVersion)
            return fail(malformedDocument("a version this build does not know"));
        Document d;
        d.kind = j.at("kind").get<std::string>();
        d.language = j.at("language").get<std::string>();
        d.title = j.at("title").get<std::string>();
        d.subtitle = j.at("subtitle").get<std::string>();
        d.notice = j.at("notice").get<std::string>();
        if (const auto created = parseDate(j.at("createdOn").get<std::string>()))
            d.createdOn = *created;
        for (const auto& s : j.at("sections")) {
            Section section;
            section.heading = s.at("heading").get<std::string>();
            for (const auto& b : s.at("blocks")) {
                const std::string type = b.at("type").get<std::string>();
                if (type == "paragraph") {
                    section.blocks.push_back(Paragraph { b.at("text").get<std::string>() });
                } else if (type == "fields") {
                    FieldList f;
                    for (const auto& pair : b.at("fields"))
                        f.fields.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
                    section.blocks.push_back(std::move(f));
                } else if (type == "table") {
                    Table t;
                    t.header = b.at("header").get<std::vector<std::string>>();
                    t.rows = b.at("rows").get<std::vector<std::vector<std::string>>>();
                    for (const auto& row : t.rows)
                        if (row.size() != t.header.size())
                            return fail(malformedDocument("a table row of the wrong width"));
                    section.blocks.push_back(std::move(t));
                } else {
                    return fail(malformedDocument("an unknown block"));
                }
            }
            d.sections.push_back(std::move(section));
        }
        return d;
    } catch (const nlohmann::json::exception&) {
        return fail(malformedDocument("a missing or mistyped field"));
    }
}

std::string documentToText(const Document& d)
{
    std::string out = d.title + "\n" + underline(d.title, '=') + "\n";
    if (!d.subtitle.empty())
        out += d.subtitle + "\n";
    if (d.createdOn.ok())
        out += formatDate(d.createdOn) + "\n";
    if (!d.notice.empty())
        out += "\n" + d.notice + "\n";
    for (const Section& s : d.sections) {
        out += "\n" + s.heading + "\n" + underline(s.heading, '-') + "\n";
        for (const Block& b : s.blocks)
            std::visit(Overloaded {
                           [&](const Paragraph& p) { out += p.text + "\n"; },
                           [&](const FieldList& f) {
                               for (const auto& [label, value] : f.fields)
                                   out.append(label).append(": ").append(value).append("\n");
                           },
                           [&](const Table& t) {
                               auto line = [&](const std::vector<std::string>& cells) {
                                   std::string l;
                                   for (const auto& c : cells)
                                       l += (l.empty() ? "" : " | ") + c;
                                   out += l + "\n";
                               };
                               line(t.header);
                               for (const auto& row : t.rows)
                                   line(row);
                           },
                       },
                b);
    }
    return out;
}

// ---- CSV ------------------------------------------------------------------------------------------

CsvCell csvText(std::string text)
{
    return { std::move(text), false };
}

CsvCell csvNumber(std::int64_t value)
{
    return { std::to_string(value), true };
}

CsvCell csvNumber(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return { buf, true };
}

std::string toCsv(const CsvTable& table, const CsvDialect& dialect)
{
    auto field = [&](const CsvCell& cell) {
        std::string text = cell.text;
        if (cell.number) {
            if (dialect.decimalComma)
                for (char& c : text)
                    if (c == '.')
                        c = ',';
        } else if (!text.empty()
            && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t'
                || text[0] == '\r')) {
            text.insert(text.begin(), '\'');
        }
        const bool quote = text.find_first_of(std::string { dialect.separator, '"', '\r', '\n' }) != std::string::npos;
        if (!quote)
            return text;
        std::string q = "\"";
        for (char c : text) {
            if (c == '"')
                q += '"';
            q += c;
        }
        return q + "\"";
    };
    std::string out = dialect.byteOrderMark ? "\xEF\xBB\xBF" : "";
    auto line = [&](const std::vector<CsvCell>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += dialect.separator;
            out += field(cells[i]);
        }
        out += "\r\n";
    };
    std::vector<CsvCell> header;
    for (const auto& h : table.header)
        header.push_back(csvText(h));
    line(header);
    for (const auto& row : table.rows)
        line(row);
    return out;
}

} // namespace fieldnotes::core
