#include "lockedmemory.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace fieldnotes::core::lockedmemory {

namespace {

// Every block starts with this header; SQLite gets the bytes after it (16-byte aligned).
struct Header {
    std::uint32_t sizeClass; // index into classSizes, or largeBlock
    std::uint32_t unused;
    union {
        Header* next; // in a class's free list
        std::size_t largeUsable; // a large block's usable size
    };
};
static_assert(sizeof(Header) == 16);

constexpr std::uint32_t largeBlock = 0xffffffffu;
constexpr std::size_t chunkBytes = std::size_t(1) << 20;

// Usable sizes: steps of 16 up to 128, then four steps per doubling up to 64 KiB, so a block wastes
// at most a quarter of what it holds.
constexpr std::array<std::size_t, 44> classSizes = [] {
    std::array<std::size_t, 44> sizes {};
    std::size_t i = 0;
    for (std::size_t s = 16; s <= 128; s += 16)
        sizes[i++] = s;
    for (std::size_t base = 128; base < 65536; base *= 2)
        for (std::size_t step = 1; step <= 4; ++step)
            sizes[i++] = base + step * base / 4;
    return sizes;
}();
static_assert(classSizes.back() == 65536);

struct Arena {
    std::mutex mutex;
    std::array<Header*, classSizes.size()> freeLists {};
    std::vector<char*> chunks;
    char* cursor = nullptr; // the next unused byte of the newest chunk
    char* chunkEnd = nullptr;
    std::unordered_map<Header*, std::size_t> large; // a large block's mapping and its length
    Stats stats;
    bool installed = false;
};

Arena& arena()
{
    static Arena* const instance = new Arena; // never destroyed: SQLite may free after exit begins
    return *instance;
}

std::size_t pageSize()
{
    static const std::size_t size = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return size;
}

// Maps `bytes` of fresh memory, keeps it out of core dumps and locks it; nullptr if none is left.
char* mapLocked(Arena& a, std::size_t bytes)
{
    void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return nullptr;
    madvise(p, bytes, MADV_DONTDUMP);
    a.stats.mappedBytes += bytes;
    if (mlock(p, bytes) == 0)
        a.stats.lockedBytes += bytes;
    else
        ++a.stats.lockRefusals;
    return static_cast<char*>(p);
}

void unmapLocked(Arena& a, void* p, std::size_t bytes)
{
    if (munlock(p, bytes) == 0)
        a.stats.lockedBytes -= std::min(a.stats.lockedBytes, bytes);
    munmap(p, bytes);
    a.stats.mappedBytes -= bytes;
}

std::size_t classFor(std::size_t n)
{
    return static_cast<std::size_t>(std::lower_bound(classSizes.begin(), classSizes.end(), n) - classSizes.begin());
}

Header* headerOf(void* p)
{
    return static_cast<Header*>(p) - 1;
}

std::size_t usableSize(const Header* h)
{
    return h->sizeClass == largeBlock ? h->largeUsable : classSizes[h->sizeClass];
}

void* allocate(int requested)
{
    const std::size_t n = requested > 0 ? static_cast<std::size_t>(requested) : 1;
    Arena& a = arena();
    std::lock_guard lock(a.mutex);
    if (n > classSizes.back()) {
        const std::size_t bytes = (n + sizeof(Header) + pageSize() - 1) / pageSize() * pageSize();
        char* mapped = mapLocked(a, bytes);
        if (!mapped)
            return nullptr;
        auto* h = reinterpret_cast<Header*>(mapped);
        h->sizeClass = largeBlock;
        h->largeUsable = bytes - sizeof(Header);
        a.large.emplace(h, bytes);
        a.stats.inUseBytes += h->largeUsable;
        return h + 1;
    }
    const std::size_t cls = classFor(n);
    Header* h = a.freeLists[cls];
    if (h) {
        a.freeLists[cls] = h->next;
    } else {
        const std::size_t stride = sizeof(Header) + classSizes[cls];
        if (a.cursor == nullptr || static_cast<std::size_t>(a.chunkEnd - a.cursor) < stride) {
            char* chunk = mapLocked(a, chunkBytes);
            if (!chunk)
                return nullptr;
            a.chunks.push_back(chunk);
            a.cursor = chunk;
            a.chunkEnd = chunk + chunkBytes;
        }
        h = reinterpret_cast<Header*>(a.cursor);
        a.cursor += stride;
    }
    h->sizeClass = static_cast<std::uint32_t>(cls);
    h->next = nullptr;
    a.stats.inUseBytes += classSizes[cls];
    return h + 1;
}

void release(void* p)
{
    if (!p)
        return;
    Header* h = headerOf(p);
    const std::size_t usable = usableSize(h);
    sodium_memzero(p, usable);
    Arena& a = arena();
    std::lock_guard lock(a.mutex);
    a.stats.inUseBytes -= usable;
    if (h->sizeClass == largeBlock) {
        const auto found = a.large.find(h);
        const std::size_t bytes = found->second;
        a.large.erase(found);
        unmapLocked(a, h, bytes);
        return;
    }
    h->next = a.freeLists[h->sizeClass];
    a.freeLists[h->sizeClass] = h;
}

void* reallocate(void* p, int requested)
{
    if (!p)
        return allocate(requested);
    const std::size_t n = requested > 0 ? static_cast<std::size_t>(requested) : 1;
    const std::size_t usable = usableSize(headerOf(p));
    if (n <= usable && (headerOf(p)->sizeClass == largeBlock || classFor(n) == headerOf(p)->sizeClass))
        return p;
    void* moved = allocate(requested);
    if (!moved)
        return nullptr; // SQLite keeps the old block, as with realloc
    std::memcpy(moved, p, std::min(n, usable));
    release(p);
    return moved;
}

int sizeOf(void* p)
{
    return p ? static_cast<int>(usableSize(headerOf(p))) : 0;
}

int roundUp(int requested)
{
    const std::size_t n = requested > 0 ? static_cast<std::size_t>(requested) : 1;
    if (n > classSizes.back())
        return static_cast<int>((n + sizeof(Header) + pageSize() - 1) / pageSize() * pageSize() - sizeof(Header));
    return static_cast<int>(classSizes[classFor(n)]);
}

int initialise(void*)
{
    return SQLITE_OK;
}

void shutDown(void*) { }

bool contains(const char* begin, std::size_t length, std::string_view needle)
{
    return memmem(begin, length, needle.data(), needle.size()) != nullptr;
}

} // namespace

bool install()
{
    Arena& a = arena();
    std::lock_guard lock(a.mutex);
    if (a.installed)
        return true;
    static const sqlite3_mem_methods methods
        = { allocate, release, reallocate, sizeOf, roundUp, initialise, shutDown, nullptr };
    a.installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
    return a.installed;
}

bool installed()
{
    Arena& a = arena();
    std::lock_guard lock(a.mutex);
    return a.installed;
}

Stats stats()
{
    Arena& a = arena();
    std::lock_guard lock(a.mutex);
    return a.stats;
}

bool contains(std::string_view needle)
{
    if (needle.empty())
        return false;
    Arena& a = arena();
    std::lock_guard lock(a.mutex);
    for (const char* chunk : a.chunks)
        if (contains(chunk, chunkBytes, needle))
            return true;
    for (const auto& [block, bytes] : a.large)
        if (contains(reinterpret_cast<const char*>(block), bytes, needle))
            return true;
    return false;
}

} // namespace fieldnotes::core::lockedmemory
