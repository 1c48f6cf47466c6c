// Start to first interactive frame, under Xvfb: the app started on a store holding the demo
// caseload (20 participants, two years of history) and unlocked from a passphrase file, against
// the same start on an empty store (the reference: same binary, same Argon2id, no case data),
// and the plain start to the lock screen. Budget (design.md): p95 400 ms with the demo caseload, the
// first (cold) start included.
//
//   bench_app_start --app PATH/fieldnotes [--quick]
//
// Each run is a fresh process; the time is taken from starting the process to the line the app
// prints on its first interactive frame (after the frame is on screen).
#include "benchstats.h"
#include "demo.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <sodium.h>

#include <cstdio>

using namespace fieldnotes;

namespace {

constexpr const char* passphrase = "demo passphrase for invented people";

bool makeStore(const QString& dir, bool demo)
{
    // The real KDF cost: this is the unlock a tablet pays.
    if (auto st = core::Store::create(dir.toStdString(), passphrase); !st) {
        std::fprintf(stderr, "bench_app_start: %s\n", st.error().message.c_str());
        return false;
    }
    auto store = core::Store::open(dir.toStdString(), passphrase);
    if (!store)
        return false;
    if (demo && !core::loadDemo(**store))
        return false;
    return true;
}

// One start; the wall time to the first interactive frame, or a negative number on failure.
double startOnce(const QString& app, const QStringList& args, double* internalMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(app, args);
    double frameAt = -1;
    QByteArray out;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(50);
        out += process.readAllStandardOutput();
        if (frameAt < 0 && out.contains("first interactive frame after")) {
            frameAt = double(clock.nsecsElapsed()) / 1e6;
            const int at = out.indexOf("after ") + 6;
            *internalMs = out.mid(at, out.indexOf(" ms", at) - at).toDouble();
        }
        if (process.state() == QProcess::NotRunning)
            break;
        if (clock.elapsed() > 60'000) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
    }
    process.waitForFinished();
    if (process.exitCode() != 0) {
        std::fprintf(stderr, "bench_app_start: the app failed: %s\n", process.readAllStandardError().constData());
        return -1;
    }
    return frameAt;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QString binary;
    bool quick = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--app") && i + 1 < args.size())
            binary = args[++i];
        else if (args[i] == QLatin1String("--quick"))
            quick = true;
    }
    if (binary.isEmpty() || qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr, "usage: xvfb-run -a bench_app_start --app PATH/fieldnotes [--quick]\n");
        return 2;
    }
    const int runs = quick ? 5 : 15;

    QTemporaryDir tmp;
    const QString demoDir = tmp.filePath(QStringLiteral("demo"));
    const QString emptyDir = tmp.filePath(QStringLiteral("empty"));
    const QString passFile = tmp.filePath(QStringLiteral("passphrase"));
    {
        QFile f(passFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(passphrase);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!makeStore(demoDir, true) || !makeStore(emptyDir, false))
        return 1;

    auto series = [&](const QString& dir, bool unlock, std::vector<double>& wall, std::vector<double>& internal) {
        for (int i = 0; i < runs + 1; ++i) {
            QStringList a { QStringLiteral("--data-dir"), dir, QStringLiteral("--report-startup"),
                QStringLiteral("--screenshot"), tmp.filePath(QStringLiteral("frame.png")), QStringLiteral("--language"),
                QStringLiteral("nb") };
            if (unlock)
                a << QStringLiteral("--passphrase-file") << passFile;
            double inside = 0;
            const double ms = startOnce(binary, a, &inside);
            if (ms < 0)
                return false;
            if (i == 0)
                continue; // the first start warms the page cache
            wall.push_back(ms);
            internal.push_back(inside);
        }
        return true;
    };

    std::vector<double> demoWall, demoInside, emptyWall, emptyInside, lockWall, lockInside;
    if (!series(demoDir, true, demoWall, demoInside) || !series(emptyDir, true, emptyWall, emptyInside)
        || !series(demoDir, false, lockWall, lockInside))
        return 1;

    // The unlock alone, in this process: one Argon2id, open, first query.
    std::vector<double> unlock;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = core::Store::open(demoDir.toStdString(), passphrase);
        if (!store)
            return 1;
        unlock.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    std::printf("App start to first interactive frame (Xvfb, %d runs each, process start to frame on screen):\n", runs);
    bench::printRow("demo caseload, unlocked from a file (budget p95 400 ms)", demoWall);
    bench::printRow("  same, measured inside the app from main()", demoInside);
    bench::printRow("reference: empty store, same unlock", emptyWall);
    bench::printRow("lock screen (no unlock)", lockWall);
    bench::printRow("unlock alone (Argon2id + open), in-process", unlock);
    const double p50 = bench::percentile(demoWall, 50);
    const double p95 = bench::percentile(demoWall, 95);
    std::printf("  demo caseload p50 %.0f ms vs empty store p50 %.0f ms: the caseload adds %.0f ms\n", p50,
        bench::percentile(emptyWall, 50), p50 - bench::percentile(emptyWall, 50));
    std::printf("  demo caseload p95 %.0f ms (%zu runs, the first cold): %s\n", p95, demoWall.size(),
        p95 <= 400 ? "within the 400 ms budget" : "OVER the 400 ms budget");
    return 0;
}
