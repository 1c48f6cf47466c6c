#include "appoptions.h"

#include "paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace fieldnotes::app {

AppOptions parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("fieldnotes: offline field notes for Supported Employment job specialists and mentors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Folder of the encrypted case store."), QStringLiteral("DIR"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
        QStringLiteral("Unlock with the passphrase on the first line of FILE (for the demo and screenshots)."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save the first interactive frame as a PNG image and exit."), QStringLiteral("FILE"));
    const QCommandLineOption open(QStringLiteral("open"),
        QStringLiteral(
            "Open a screen once unlocked: caseload, employers, employer:ID, participant:ID, visit, "
            "visit:PARTICIPANT, visit-entry:ID, register-employer, sync, pairing, settings, "
            "shared:PARTICIPANT, export-shared:PARTICIPANT, export-access:PARTICIPANT, "
            "export-report:PARTICIPANT, reflection, reflection:team, new-reflection, fidelity, fidelity:form, "
            "mentor-participant:ID, mentor-entry:ID, mentor-talk:ID, figures, figures:WORDS (team, month, "
            "previous joined by -, e.g. figures:team-month), review, handover."),
        QStringLiteral("ROUTE"));
    const QCommandLineOption language(
        QStringLiteral("language"), QStringLiteral("Language for this run: nb or en."), QStringLiteral("CODE"));
    const QCommandLineOption settings(QStringLiteral("settings"),
        QStringLiteral("File of local preferences (default: beside the store with --data-dir)."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size, e.g. 1280x800 or 800x1280."), QStringLiteral("WxH"));
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"), QStringLiteral("Print the time from start to the first interactive frame."));
    parser.addOptions({ dataDir, passphraseFile, screenshot, open, language, settings, size, reportStartup });
    parser.process(app);

    auto fail = [](const QString& message) {
        std::fprintf(stderr, "fieldnotes: %s\n", qPrintable(message));
        std::exit(2);
    };

    AppOptions o;
    o.dataDir = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath() : platform::defaultDataDir();
    o.passphraseFile = parser.value(passphraseFile);
    o.screenshotFile = parser.value(screenshot);
    o.route = parser.value(open);
    o.language = parser.value(language);
    if (!o.language.isEmpty() && o.language != QLatin1String("nb") && o.language != QLatin1String("en"))
        fail(QStringLiteral("--language takes nb (Norwegian Bokmål) or en (English)."));
    if (parser.isSet(settings))
        o.settingsFile = parser.value(settings);
    else if (parser.isSet(dataDir))
        o.settingsFile = QDir(o.dataDir).filePath(QStringLiteral("preferences.ini"));
    else
        o.settingsFile = platform::settingsFile();
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 320 || h < 320)
            fail(QStringLiteral("--size takes WIDTHxHEIGHT in pixels, e.g. 1280x800."));
        o.windowSize = QSize(w, h);
    }
    o.reportStartup = parser.isSet(reportStartup);
    return o;
}

} // namespace fieldnotes::app
