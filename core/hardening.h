// Keeping secrets out of what a crash, another process or a careless file could reveal.
#pragma once

#include "result.h"

#include <filesystem>
#include <optional>
#include <string>

namespace fieldnotes::core {

// For every program of fieldnotes, first thing in main(): no core dump (RLIMIT_CORE 0), and not
// dumpable (PR_SET_DUMPABLE 0), so a crash writes no memory image with a key or a participant in
// it, and another process of the same user cannot ptrace this one or read its memory or its
// environment under /proc.
Status hardenProcess();

struct PassphraseFile {
    std::string passphrase; // the first line; the caller wipes it (wipeString) when done
    std::string warning; // set when others may read the file: what to do about it
};

// The first line of `path` (a trailing CR dropped); the rest of the file is wiped from memory.
// An empty first line is an error. A file that others can read is still used, with a warning.
Result<PassphraseFile> readPassphraseFile(const std::filesystem::path& path);

// A secret passed in the environment: copied out, then its bytes in the process's environment
// block are zeroed and the variable is removed, so that neither child processes nor
// /proc/<pid>/environ show it. nullopt when it is not set or empty.
std::optional<std::string> takeSecretFromEnvironment(const char* name);

} // namespace fieldnotes::core
