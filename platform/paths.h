// Where the app keeps its files on this OS.
#pragma once

#include <QString>

namespace fieldnotes::platform {

// The folder of the encrypted store when none is given: the app's private data folder.
QString defaultDataDir();

// The file of local, non-personal settings (lock timeout, language): never case data.
QString settingsFile();

// Where the app writes the exports a person makes on the tablet (always sealed files): a folder
// the person can find and copy from (the device's documents), not the app's private data.
QString exportsDir();

} // namespace fieldnotes::platform
