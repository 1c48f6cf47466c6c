#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace fieldnotes::platform {

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("store"));
}

QString settingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("fieldnotes.ini"));
}

QString exportsDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("fieldnotes-exports"));
}

} // namespace fieldnotes::platform
