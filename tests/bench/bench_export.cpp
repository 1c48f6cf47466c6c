// Exports made on the tablet, for the participant the demo holds most about: the right of access
// (every record, in words and as stored) and "what is shared about me", each built in core, laid out
// as PDF in memory (QPdfWriter) and sealed to the office's key - against the reference of the same
// export without the PDF (what the command line makes). Prints the PDF's pages and size too.
//
// Budget: the right of access with its PDF, for the busiest demo participant, within 3 s on the
// reference machine (the person waits on the screen for it); "what is shared" within 1 s.
//
//   bench_export [--quick]
#include "appfixture.h"
#include "benchstats.h"
#include "exports.h"
#include "pdfrenderer.h"
#include "storeinternals.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cstdio>

using namespace fieldnotes;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

std::vector<core::Document> documentsIn(const core::ExportBundle& b)
{
    std::vector<core::Document> out;
    for (const auto& e : b.entries)
        if (e.mediaType == "application/json")
            if (auto d = core::documentFromJson(nlohmann::json::parse(e.content, nullptr, false)))
                out.push_back(std::move(*d));
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rounds = quick ? 2 : 10;

    test::TempStore store;
    if (!core::loadDemo(*store))
        return 1;
    // The participant with the most rows held about them.
    auto busiest
        = core::StoreInternals::db(*store).prepare("SELECT _scope, count(*) n FROM visits WHERE _scope LIKE 'p:%'"
                                                   " GROUP BY _scope ORDER BY n DESC LIMIT 1");
    if (!busiest || !*(*busiest)->step())
        return 1;
    const core::Id participant = (*busiest)->text(0).substr(2);
    const std::int64_t visits = (*busiest)->integer(1);
    (*busiest)->reset();
    test::TempStore office("00000000-0000-4000-8000-0000000000f0", 99);
    auto key = core::createOfficeExportKey(*office);
    if (!key)
        return 1;
    const core::ExportSeal seal = core::OfficeKeySeal { *key };
    QTemporaryDir dir;

    std::printf(
        "bench_export: exports for the demo participant with the most visits (%lld)\n", static_cast<long long>(visits));
    for (const char* kind : { "right_of_access", "shared_about_me" }) {
        std::vector<double> content, pdfTimes, sealTimes, withPdf, reference;
        int pages = 0;
        std::size_t pdfBytes = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer whole;
            whole.start();
            QElapsedTimer t;
            t.start();
            auto bundle = std::string(kind) == "right_of_access"
                ? core::rightOfAccessExport(*store, participant, store->today())
                : core::sharedAboutMeExport(*store, participant, store->today());
            if (!bundle)
                return 1;
            content.push_back(ms(t));
            t.restart();
            const QByteArray pdf = app::renderPdf(documentsIn(*bundle));
            pdfTimes.push_back(ms(t));
            pdfBytes = static_cast<std::size_t>(pdf.size());
            bundle->entries.push_back({ "x.pdf", "application/pdf", pdf.toStdString() });
            t.restart();
            if (!core::writeExport(dir.filePath(QStringLiteral("with.fnexport")).toStdString(), *bundle, seal))
                return 1;
            sealTimes.push_back(ms(t));
            withPdf.push_back(ms(whole));

            // The reference: the same export without the PDF, as the command line makes it.
            QElapsedTimer ref;
            ref.start();
            auto again = std::string(kind) == "right_of_access"
                ? core::rightOfAccessExport(*store, participant, store->today())
                : core::sharedAboutMeExport(*store, participant, store->today());
            if (!again || !core::writeExport(dir.filePath(QStringLiteral("ref.fnexport")).toStdString(), *again, seal))
                return 1;
            reference.push_back(ms(ref));
        }
        // Pages, from the PDF's own page tree ("/Type /Page" once per page).
        {
            auto bundle = std::string(kind) == "right_of_access"
                ? core::rightOfAccessExport(*store, participant, store->today())
                : core::sharedAboutMeExport(*store, participant, store->today());
            const QByteArray pdf = app::renderPdf(documentsIn(*bundle));
            pages
                = static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "));
        }
        const double budget = std::string(kind) == "right_of_access" ? 3000 : 1000;
        std::printf("%s: PDF of about %d pages, %zu KiB\n", kind, pages, pdfBytes / 1024);
        bench::printRow("content built in core", content);
        bench::printRow("PDF laid out in memory", pdfTimes);
        bench::printRow("sealed and written", sealTimes);
        bench::printRow("the whole export, with the PDF", withPdf);
        bench::printRow("reference: the same export without a PDF", reference);
        std::printf("  budget: the whole export p95 <= %.0f ms: %s\n", budget,
            bench::percentile(withPdf, 95) <= budget ? "met" : "NOT met");
    }
    return 0;
}
