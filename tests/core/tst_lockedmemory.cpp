// SQLite's memory is locked in RAM and wiped when freed (core/lockedmemory.h): what a store
// decrypted is found in its memory while the store is open and nowhere in it once it is closed.
#include "database.h"
#include "lockedmemory.h"
#include "store.h"
#include "testsupport.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <fstream>
#include <string>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

#if !defined(__SANITIZE_ADDRESS__)
// Kilobytes the kernel has locked for this process (VmLck in /proc/self/status).
std::size_t lockedKilobytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmLck:", 0) == 0)
            return std::stoul(line.substr(6));
    return 0;
}
#endif

} // namespace

class TestLockedMemory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aStoreRunsOnTheLockedArena()
    {
        test::TempStore store;
        QVERIFY(lockedmemory::installed());
        const auto s = lockedmemory::stats();
        QVERIFY(s.inUseBytes > 0);
        QVERIFY(s.mappedBytes >= s.inUseBytes);
        // Locked by the kernel, not only counted: as much as the arena says, unless the system
        // limit refused some of it (then the refusals say so).
        QVERIFY2(s.lockedBytes == s.mappedBytes || s.lockRefusals > 0, "the arena is neither locked nor refused");
        // The kernel's own count (it merges and splits mappings, so allow a few pages). Not under
        // AddressSanitizer, which replaces mlock with a call that locks nothing and reports success.
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(lockedKilobytes() * 1024 >= s.lockedBytes * 9 / 10,
            qPrintable(QStringLiteral("VmLck %1 kB, the arena %2 bytes").arg(lockedKilobytes()).arg(s.lockedBytes)));
#endif
    }

    void whatAStoreDecryptedIsWipedWhenItCloses()
    {
        const std::string canary = "Kanarifugl" + std::to_string(randombytes_random());
        {
            test::TempStore store;
            Participant p;
            p.displayName = "Tove Lind";
            FN_REQUIRE(const Id pid, store->create(p));
            Visit v;
            v.participantId = pid;
            v.authorId = "staff-anna";
            v.occurredOn = test::day("2026-03-02");
            v.note = "Prøvde kassen i dag. " + canary;
            FN_REQUIRE(const Id vid, store->append(v));
            store.reopen(); // the note now comes from the encrypted file
            FN_REQUIRE(const Visit read, store->get<Visit>(vid));
            QCOMPARE(read.note, v.note);
            FN_REQUIRE(const auto found, store->search(canary, 5));
            QCOMPARE(found.size(), std::size_t { 1 });
            // The search sees SQLite's memory: while the store is open, the decrypted note is there.
            QVERIFY(lockedmemory::contains(canary));
        }
        QVERIFY2(!lockedmemory::contains(canary), "a decrypted note outlived the store in SQLite's freed memory");
    }

    void blocksKeepTheirContentWhenTheyGrowAndAreWipedWhenFreed()
    {
        QVERIFY(lockedmemory::installed());
        const std::string marker = "Merke-" + std::to_string(randombytes_random());
        const auto before = lockedmemory::stats().inUseBytes;
        auto* p = static_cast<char*>(sqlite3_malloc(40));
        QVERIFY(p);
        QVERIFY(sqlite3_msize(p) >= 40);
        std::memcpy(p, marker.data(), marker.size());
        // Across size classes and into a block of its own (above 64 KiB), then back down.
        for (int size : { 300, 5000, 70000, 200000, 64 }) {
            p = static_cast<char*>(sqlite3_realloc(p, size));
            QVERIFY(p);
            QVERIFY(sqlite3_msize(p) >= sqlite3_uint64(size));
            QCOMPARE(std::string(p, marker.size()), marker);
            QVERIFY(lockedmemory::contains(marker));
        }
        sqlite3_free(p);
        QVERIFY2(!lockedmemory::contains(marker), "a freed block kept its bytes");
        QCOMPARE(lockedmemory::stats().inUseBytes, before);
    }
};

QTEST_GUILESS_MAIN(TestLockedMemory)
#include "tst_lockedmemory.moc"
