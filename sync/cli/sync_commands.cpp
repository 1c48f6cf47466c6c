// Sync commands (pair, sync, conflicts, resolve) arrive with the sync library.
#include "cli.h"

namespace fieldnotes::cli {

void registerSyncCommands(CLI::App&, Context&) { }

} // namespace fieldnotes::cli
