// Frame times while scrolling a 10,000-row list, under Xvfb (OpenGL via Mesa), vsync off so a
// frame takes as long as its work: the caseload list as the app draws it (CaseloadModel and the
// real participant delegate) against references doing the same scroll: the same delegate over a
// plain QStandardItemModel holding the same texts, and a bare ListView of one text per row.
// Budget (design.md): p95 frame time 12 ms, leaving headroom within a 60 Hz frame (16.7 ms).
//
//   bench_app_scroll [--quick]
#include "benchstats.h"
#include "caseloadmodel.h"
#include "plugins.h"
#include "preferences.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardItemModel>
#include <QSurfaceFormat>

#include <cstdio>

using namespace fieldnotes;

namespace {

constexpr int rows = 10'000;

std::vector<core::CaseloadEntry> entries()
{
    std::vector<core::CaseloadEntry> out;
    const char* first[] = { "Amina", "Jonas", "Sofie", "Yonas", "Marius", "Leila", "Henrik", "Ida" };
    for (int i = 0; i < rows; ++i) {
        core::CaseloadEntry e;
        e.participantId = "p" + std::to_string(i);
        e.displayName = std::string(first[i % 8]) + " " + std::to_string(i);
        e.status = static_cast<core::ParticipantStatus>(i % 7);
        e.steps = { 1 + i % 5 };
        e.lastContactOn = core::addDays(*core::parseDate("2026-03-02"), -(i % 40));
        e.nextContactOn = core::addDays(*core::parseDate("2026-03-02"), (i % 30) - 10);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<core::Attention> attention()
{
    std::vector<core::Attention> out;
    for (int i = 0; i < rows; i += 3)
        out.push_back({ core::AttentionKind::FollowUpOverdue, "p" + std::to_string(i), "visits", "v",
            *core::parseDate("2026-02-25"), -5 });
    return out;
}

// The same rows as plain items: the texts CaseloadModel would give, computed once up front.
QStandardItemModel* plainCopy(const QAbstractItemModel& source, QObject* parent)
{
    auto* model = new QStandardItemModel(parent);
    model->setItemRoleNames(source.roleNames());
    for (int r = 0; r < source.rowCount(); ++r) {
        auto* item = new QStandardItem;
        const auto names = source.roleNames();
        for (auto it = names.begin(); it != names.end(); ++it)
            item->setData(source.data(source.index(r, 0), it.key()), it.key());
        model->appendRow(item);
    }
    return model;
}

const char* caseloadList = R"(
import QtQuick
import QtQuick.Controls
import Fieldnotes.Caseload
ListView {
    id: list
    required property var rowsModel
    model: rowsModel
    spacing: 4
    reuseItems: true
    delegate: ParticipantDelegate { width: list.width }
}
)";

const char* bareList = R"(
import QtQuick
ListView {
    id: list
    required property var rowsModel
    model: rowsModel
    delegate: Text { required property string displayName; width: list.width; height: 40; text: displayName }
}
)";

std::vector<double> scroll(QQmlEngine& engine, const char* qml, QAbstractItemModel* model, int frames, int step)
{
    QQuickWindow window;
    window.resize(800, 1280);
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QStringLiteral("bench.qml")));
    QObject* object
        = component.createWithInitialProperties({ { QStringLiteral("rowsModel"), QVariant::fromValue(model) } });
    auto* list = qobject_cast<QQuickItem*>(object);
    if (!list) {
        std::fprintf(stderr, "bench_app_scroll: %s\n", qPrintable(component.errorString()));
        std::exit(1);
    }
    list->setParentItem(window.contentItem());
    list->setSize(QSizeF(800, 1280));
    window.show();

    std::vector<double> intervals;
    QElapsedTimer clock;
    qint64 last = -1;
    int frame = 0;
    const int warmup = 30;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (frame >= warmup && last >= 0)
            intervals.push_back(double(now - last) / 1e6);
        last = now;
        ++frame;
        list->setProperty("contentY", list->property("contentY").toDouble() + step);
        window.requestUpdate();
    });
    clock.start();
    window.requestUpdate();
    while (frame < frames + warmup)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double scrolled = list->property("contentY").toDouble();
    int row = -1;
    QMetaObject::invokeMethod(list, "indexAt", Q_RETURN_ARG(int, row), Q_ARG(qreal, 10), Q_ARG(qreal, scrolled + 10));
    std::printf("    (scrolled %.0f px, to row %d of %d)\n", scrolled, row, model->rowCount());
    delete object;
    return intervals;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QSG_RENDER_LOOP", "basic");
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setSwapInterval(0); // no vsync: a frame takes as long as its work
    QSurfaceFormat::setDefaultFormat(format);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int frames = quick ? 400 : 3000;
    const int step = 60; // px per frame: a brisk flick

    app::Preferences preferences({}, QStringLiteral("nb"));
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));

    app::CaseloadModel ours;
    ours.setCaseload(entries(), attention(), QDate(2026, 3, 2));
    QStandardItemModel* plain = plainCopy(ours, &app);

    std::printf(
        "Scrolling a %d-row list, %d frames of %d px (Xvfb, vsync off, frame-to-frame time):\n", rows, frames, step);
    const auto oursMs = scroll(engine, caseloadList, &ours, frames, step);
    bench::printRow("caseload: CaseloadModel + participant delegate (budget p95 12 ms)", oursMs);
    const auto plainMs = scroll(engine, caseloadList, plain, frames, step);
    bench::printRow("reference: same delegate over a plain QStandardItemModel", plainMs);
    const auto bareMs = scroll(engine, bareList, plain, frames, step);
    bench::printRow("reference: bare ListView, one Text per row", bareMs);
    const double p95 = bench::percentile(oursMs, 95);
    std::printf("  caseload p95 %.2f ms vs plain model p95 %.2f ms: %s\n", p95, bench::percentile(plainMs, 95),
        p95 <= 12.0 ? "within the 12 ms budget" : "OVER the 12 ms budget");
    return 0;
}
