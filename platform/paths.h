// Where the app keeps its files on this OS.
#pragma once

#include <QString>

namespace fieldnotes::platform {

// The folder of the encrypted store when none is given: the app's private data folder.
QString defaultDataDir();

// The file of local, non-personal settings (lock timeout, language): never case data.
QString settingsFile();

} // namespace fieldnotes::platform
