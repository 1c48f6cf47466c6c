// SQLite's memory, locked in RAM and wiped as soon as it is freed.
//
// Decrypted pages, rows and prepared statements live in SQLite's heap. SQLCipher can protect them
// itself (cipher_memory_security), but it locks and wipes each allocation on its own: two system
// calls for every malloc and free, and the kernel splits and merges the process's memory map each
// time. Opening a participant's page spent most of its time there.
//
// Here SQLite allocates from chunks of 1 MiB, each locked once (mlock) and kept out of core dumps,
// carved into size classes. A freed block is wiped at once and kept for reuse in its class, so no
// decrypted byte reaches swap and none outlives its use in freed memory. A block above 64 KiB gets
// its own locked mapping, wiped and unmapped when freed. Memory goes back to the system only for
// those; the arena stays at SQLite's peak, which its page cache bounds.
//
// If the system refuses to lock more (RLIMIT_MEMLOCK), memory is still wiped and the refusal is
// counted, as SQLCipher's own protection does.
#pragma once

#include <cstddef>
#include <string_view>

namespace fieldnotes::core::lockedmemory {

// Makes SQLite allocate from the arena. Only possible before SQLite's first use in the process;
// false if it is too late (SQLite keeps the allocator it started with).
bool install();
bool installed();

struct Stats {
    std::size_t mappedBytes = 0; // chunks and large blocks
    std::size_t lockedBytes = 0; // of which the system agreed to lock
    std::size_t lockRefusals = 0; // chunks or large blocks the system would not lock
    std::size_t inUseBytes = 0; // handed to SQLite and not yet freed (usable sizes)
};
Stats stats();

// Whether `needle` occurs anywhere in the arena, in blocks in use or freed. For tests: after a
// store is closed, nothing it decrypted is left.
bool contains(std::string_view needle);

} // namespace fieldnotes::core::lockedmemory
