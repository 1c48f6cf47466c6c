// The app's command line.
//
//   fieldnotes [--data-dir DIR] [--passphrase-file FILE] [--screenshot FILE] [--open ROUTE]
//              [--language nb|en] [--size WxH] [--report-startup]
//
// --passphrase-file unlocks without typing (the demo and screenshots); the passphrase never goes
// on the command line. --screenshot saves the first interactive frame as PNG and exits.
#pragma once

#include <QSize>
#include <QString>

class QCoreApplication;

namespace fieldnotes::app {

struct AppOptions {
    QString dataDir;
    QString passphraseFile;
    QString screenshotFile;
    QString route;
    QString language;
    QString settingsFile;
    QSize windowSize { 1280, 800 };
    bool reportStartup = false;
};

// Parses the command line; on a mistake prints what is wrong and exits with status 2.
AppOptions parseOptions(const QCoreApplication& app);

} // namespace fieldnotes::app
