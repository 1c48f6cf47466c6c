// No plaintext of user data reaches disk. A unique canary string is written through every synced
// table, drafts, search and local state; it is then looked for in every byte SQLite hands to the
// file system (through a recording VFS, which also sees temporary files that are deleted as soon as
// they are opened) and in every file left in the store's folder, open and closed. Also: the only
// SQLite in the process is SQLCipher.
#include "catalogue.h"
#include "database.h"
#include "store.h"
#include "storeinternals.h"
#include "testsupport.h"
#include "validfields.h"

#include <sodium.h>
#include <sqlite3.h>

#include <dlfcn.h>
#include <fstream>
#include <map>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

// ---- A VFS that records what SQLite writes ---------------------------------------------------------

struct FileCounts {
    std::int64_t writes = 0;
    std::int64_t bytes = 0;
    std::int64_t canaryHits = 0;
};

// Wraps the default VFS. Every xWrite is searched for the needles before it is passed on; counts are
// kept per kind of file (main database, WAL, temporary database, sorter spill, ...).
class WriteRecorder {
public:
    static WriteRecorder& instance()
    {
        static WriteRecorder recorder;
        return recorder;
    }

    bool install()
    {
        m_real = sqlite3_vfs_find(nullptr);
        if (!m_real)
            return false;
        m_vfs = *m_real;
        m_vfs.zName = "fieldnotes-recording";
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + m_real->szOsFile;
        m_vfs.pAppData = this;
        m_vfs.pNext = nullptr;
        m_vfs.xOpen = &WriteRecorder::open;
        return sqlite3_vfs_register(&m_vfs, 1) == SQLITE_OK;
    }

    void start(std::vector<std::string> needles)
    {
        m_needles = std::move(needles);
        m_counts.clear();
    }
    const std::map<std::string, FileCounts>& counts() const { return m_counts; }
    std::int64_t hits() const
    {
        std::int64_t n = 0;
        for (const auto& [kind, c] : m_counts)
            n += c.canaryHits;
        return n;
    }
    std::int64_t writesTo(std::initializer_list<const char*> kinds) const
    {
        std::int64_t n = 0;
        for (const char* k : kinds)
            if (auto it = m_counts.find(k); it != m_counts.end())
                n += it->second.writes;
        return n;
    }
    std::string report() const
    {
        std::string out;
        for (const auto& [kind, c] : m_counts)
            out += kind + ": " + std::to_string(c.writes) + " writes, " + std::to_string(c.bytes) + " bytes, "
                + std::to_string(c.canaryHits) + " with the canary; ";
        return out;
    }

private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real;
        const char* kind;
    };

    static const char* kindOf(int flags)
    {
        if (flags & SQLITE_OPEN_MAIN_DB)
            return "main database";
        if (flags & SQLITE_OPEN_WAL)
            return "wal";
        if (flags & SQLITE_OPEN_MAIN_JOURNAL)
            return "journal";
        if (flags & SQLITE_OPEN_TEMP_DB)
            return "temporary database";
        if (flags & SQLITE_OPEN_TEMP_JOURNAL)
            return "temporary journal or sort";
        if (flags & SQLITE_OPEN_TRANSIENT_DB)
            return "transient table";
        if (flags & SQLITE_OPEN_SUBJOURNAL)
            return "statement journal";
        if (flags & SQLITE_OPEN_SUPER_JOURNAL)
            return "super-journal";
        return "other";
    }

    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static int open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
    {
        auto* self = static_cast<WriteRecorder*>(vfs->pAppData);
        auto* f = reinterpret_cast<File*>(file);
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        f->kind = kindOf(flags);
        f->base.pMethods = nullptr;
        const int rc = self->m_real->xOpen(self->m_real, name, f->real, flags, outFlags);
        if (f->real->pMethods)
            f->base.pMethods = &methods;
        return rc;
    }

    static int close(sqlite3_file* f)
    {
        const int rc = real(f)->pMethods->xClose(real(f));
        return rc;
    }
    static int read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
    {
        return real(f)->pMethods->xRead(real(f), buf, n, off);
    }
    static int write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
    {
        auto& self = instance();
        FileCounts& c = self.m_counts[reinterpret_cast<File*>(f)->kind];
        ++c.writes;
        c.bytes += n;
        const std::string_view data(static_cast<const char*>(buf), static_cast<std::size_t>(n));
        for (const auto& needle : self.m_needles)
            if (data.find(needle) != std::string_view::npos) {
                ++c.canaryHits;
                break;
            }
        return real(f)->pMethods->xWrite(real(f), buf, n, off);
    }
    static int truncate(sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
    static int sync(sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
    static int fileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
    static int lock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
    static int unlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
    static int checkReservedLock(sqlite3_file* f, int* out)
    {
        return real(f)->pMethods->xCheckReservedLock(real(f), out);
    }
    static int fileControl(sqlite3_file* f, int op, void* arg)
    {
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    }
    static int sectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int deviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
    static int shmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
    {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
    }
    static int shmLock(sqlite3_file* f, int offset, int n, int flags)
    {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
    static int shmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
    static int fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** out)
    {
        return real(f)->pMethods->xFetch(real(f), off, n, out);
    }
    static int unfetch(sqlite3_file* f, sqlite3_int64 off, void* p)
    {
        return real(f)->pMethods->xUnfetch(real(f), off, p);
    }

    // Version 3 methods; the unix VFS's files implement all of them.
    static constexpr sqlite3_io_methods methods
        = { 3, &close, &read, &write, &truncate, &sync, &fileSize, &lock, &unlock, &checkReservedLock, &fileControl,
              &sectorSize, &deviceCharacteristics, &shmMap, &shmLock, &shmBarrier, &shmUnmap, &fetch, &unfetch };

    sqlite3_vfs* m_real = nullptr;
    sqlite3_vfs m_vfs {};
    std::vector<std::string> m_needles;
    std::map<std::string, FileCounts> m_counts;
};

// ---- Files on disk ---------------------------------------------------------------------------------

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

// Each file under `dir` (name relative to it) in which one of the needles occurs.
std::vector<std::string> filesContaining(const std::filesystem::path& dir, const std::vector<std::string>& needles)
{
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        const std::string bytes = fileBytes(entry.path());
        for (const auto& needle : needles)
            if (bytes.find(needle) != std::string::npos) {
                out.push_back(std::filesystem::relative(entry.path(), dir).string());
                break;
            }
    }
    return out;
}

std::vector<std::string> filesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file())
            out.push_back(std::filesystem::relative(entry.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

const std::string sqliteHeader("SQLite format 3\0", 16);

// ---- The canary ------------------------------------------------------------------------------------

// Lower-case letters and digits, so the full-text tokenizer stores it unchanged. The needles are the
// whole canary and its tail: FTS5 stores a term after the prefix it shares with the previous term.
struct Canary {
    std::string text;
    std::vector<std::string> needles;
};

Canary makeCanary()
{
    unsigned char random[12];
    randombytes_buf(random, sizeof random);
    std::string text = "kanari";
    static constexpr char hex[] = "0123456789abcdef";
    for (unsigned char b : random) {
        text += hex[b >> 4];
        text += hex[b & 0xf];
    }
    return { text, { text, text.substr(text.size() - 14) } };
}

// Work that makes SQLite use temporary storage: a temporary table and index, sorts and DISTINCT far
// larger than the (deliberately tiny) page cache, and a statement journal. All of it carries the canary.
Status useTemporaryStorage(Database& db, const std::string& canary)
{
    const std::string rows = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) ";
    FN_TRY_ASSIGN(Statement * cache, db.prepare("PRAGMA cache_size"));
    FN_TRY_ASSIGN(const bool row, cache->step());
    const std::int64_t cacheSize = row ? cache->integer(0) : -2000;
    cache->reset();
    FN_TRY(db.exec("PRAGMA cache_size = 16"));
    FN_TRY(db.exec("CREATE TEMP TABLE scratch AS " + rows + "SELECT i, '" + canary
        + " ' || i || ' ' || hex(randomblob(16)) AS body FROM n"));
    FN_TRY(db.exec("CREATE INDEX temp.scratch_body ON scratch(body)"));
    FN_TRY(db.exec("SELECT count(*) FROM (SELECT body FROM scratch ORDER BY body DESC, i)"));
    FN_TRY(db.exec("SELECT count(DISTINCT body || 'x') FROM scratch"));
    FN_TRY(db.exec(rows + "SELECT '" + canary + "' || hex(randomblob(40)) AS t FROM n ORDER BY t"));
    FN_TRY(db.exec("SELECT payload FROM outbox ORDER BY payload || hex(randomblob(8))"));
    FN_TRY(db.exec("BEGIN"));
    FN_TRY(db.exec("UPDATE scratch SET body = body || ' endret' WHERE i % 2 = 0"));
    FN_TRY(db.exec("COMMIT"));
    FN_TRY(db.exec("DROP TABLE temp.scratch"));
    return db.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
}

} // namespace

class TestCanary : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        // Temporary files SQLite might create go here, not to /tmp, and are deleted as they are opened:
        // the recording VFS is what sees their content.
        QVERIFY(m_sqliteTemp.isValid());
        qputenv("SQLITE_TMPDIR", m_sqliteTemp.path().toLocal8Bit());
        QVERIFY(WriteRecorder::instance().install());
    }

    void canaryReachesNoFileInPlaintext()
    {
        const Canary canary = makeCanary();
        WriteRecorder::instance().start(canary.needles);
        test::TempStore store;
        Store& s = *store;
        int searchable = 0;
        std::vector<std::pair<const TableInfo*, Id>> written;
        FN_REQUIRE(const test::References refs, test::makeReferences(s));

        for (const TableInfo& table : catalogue()) {
            const test::ValidFields filled = test::validFields(table, canary.text, refs);
            QVERIFY2(filled.fields.size() == table.columns.size(),
                ("no valid value for some column of " + std::string(table.name)).c_str());
            QVERIFY2(!filled.textColumns.empty(), ("no column takes text in " + std::string(table.name)).c_str());
            const Id id = s.ids().next();
            if (table.recordClass == RecordClass::Mutable) {
                FN_VERIFY_OK(s.createFields(table, id, filled.fields));
                // A later edit (outbox 'set', field versions) and a second record that is removed
                // (a tombstone) or, for a consent, revoked.
                std::string edited;
                for (const auto& col : filled.textColumns)
                    if (!table.isScopeColumn(col)) {
                        edited = col;
                        break;
                    }
                // A table with no free text besides its scope (working hours) has nothing to edit.
                if (!edited.empty())
                    FN_VERIFY_OK(s.setFields(table, id, { { edited, canary.text + " endret" } }));
                const Id second = s.ids().next();
                FN_VERIFY_OK(s.createFields(table, second, filled.fields));
                if (table.name == "consents")
                    FN_VERIFY_OK(s.setFields(table, second, { { "revoked_on", std::string("2026-03-02") } }));
                else
                    FN_VERIFY_OK(s.remove(table.name, second));
            } else if (table.recordClass == RecordClass::Journal) {
                FN_VERIFY_OK(s.appendFields(table, id, filled.fields));
            } else {
                // Conflicts are written by the office's merge, not through the tracked writers.
                std::string names = "id, _scope, _hlc, _dev";
                std::string marks = "?, 't', 1, ?";
                for (const auto& f : filled.fields) {
                    names += ", " + f.first;
                    marks += ", ?";
                }
                FN_REQUIRE(Statement * st,
                    core::StoreInternals::db(s).prepare(
                        "INSERT INTO " + std::string(table.name) + " (" + names + ") VALUES (" + marks + ")"));
                st->bind(1, id).bind(2, s.deviceId());
                for (std::size_t i = 0; i < filled.fields.size(); ++i)
                    st->bind(static_cast<int>(i + 3), filled.fields[i].second);
                FN_VERIFY_OK(st->run());
            }
            if (!table.searchable.empty())
                ++searchable;
            written.emplace_back(&table, id);
        }
        FN_VERIFY_OK(s.saveDraft({ "00000000-0000-4000-8000-00000000d001", "visit", std::nullopt, 0,
            R"({"note":")" + canary.text + R"( halvferdig"})" }));
        FN_VERIFY_OK(s.setState("last_search", canary.text));

        // The canary is really stored, and found by search.
        for (const auto& [table, id] : written) {
            const bool conflict = table->recordClass == RecordClass::Conflict;
            FN_REQUIRE(const auto fields, s.readFields(*table, id, conflict));
            QVERIFY2(fields.has_value(), table->name.data());
            bool found = false;
            for (const auto& [col, value] : *fields)
                if (const auto* text = std::get_if<std::string>(&value))
                    found = found || text->find(canary.text) != std::string::npos;
            QVERIFY2(found, table->name.data());
        }
        FN_REQUIRE(const auto hits, s.search(canary.text, 1000));
        QCOMPARE(static_cast<int>(hits.size()), searchable);
        FN_REQUIRE(const auto drafts, s.drafts("visit"));
        QCOMPARE(drafts.size(), std::size_t { 1 });

        // Force temporary storage while the canary is everywhere.
        FN_VERIFY_OK(useTemporaryStorage(core::StoreInternals::db(s), canary.text));

        const auto& recorder = WriteRecorder::instance();
        qInfo("writes seen: %s", recorder.report().c_str());
        QVERIFY(recorder.writesTo({ "main database", "wal" }) > 0);
        QVERIFY2(recorder.hits() == 0, recorder.report().c_str());

        // Files in the folder while the store is open (WAL and shared memory included) ...
        const auto openFiles = filesIn(store.dir());
        QVERIFY(std::find(openFiles.begin(), openFiles.end(), "fieldnotes.db-wal") != openFiles.end());
        QCOMPARE(filesContaining(store.dir(), canary.needles), std::vector<std::string> {});
        // ... and after it is closed.
        store.close();
        QCOMPARE(filesContaining(store.dir(), canary.needles), std::vector<std::string> {});
        QCOMPARE(filesContaining(m_sqliteTemp.path().toStdString(), canary.needles), std::vector<std::string> {});
        const std::string db = fileBytes(store.dir() / Store::databaseFileName);
        QVERIFY(db.size() > 4096);
        QVERIFY(db.compare(0, sqliteHeader.size(), sqliteHeader) != 0);
        // Not even the schema is readable.
        QVERIFY(db.find("CREATE TABLE") == std::string::npos);
        QVERIFY(db.find("participants") == std::string::npos);
    }

    void temporaryStorageOnDiskWouldBeCaught()
    {
        // The same work with temporary storage on disk: the recorder sees the temporary files, and
        // the canary in them, so the test above would have caught a leak there.
        const Canary canary = makeCanary();
        test::TempStore store;
        WriteRecorder::instance().start(canary.needles);
        FN_VERIFY_OK(core::StoreInternals::db(*store).exec("PRAGMA temp_store = FILE"));
        FN_VERIFY_OK(useTemporaryStorage(core::StoreInternals::db(*store), canary.text));
        const auto& recorder = WriteRecorder::instance();
        qInfo("writes seen with temp_store = FILE: %s", recorder.report().c_str());
        QVERIFY(recorder.writesTo(
                    { "temporary database", "temporary journal or sort", "transient table", "statement journal" })
            > 0);
        QVERIFY(recorder.hits() > 0);
    }

    void plaintextStorageWouldBeCaught()
    {
        // The same engine without a key writes the header, the schema and the canary in the clear.
        const Canary canary = makeCanary();
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        WriteRecorder::instance().start(canary.needles);
        {
            FN_REQUIRE(auto db, Database::openUnencrypted(folder / "plain.db", { .create = true }));
            FN_VERIFY_OK(db->configureForStore());
            FN_VERIFY_OK(db->exec("CREATE TABLE notes(body TEXT)"));
            FN_VERIFY_OK(db->exec("INSERT INTO notes VALUES ('" + canary.text + "')"));
            QVERIFY(WriteRecorder::instance().hits() > 0);
            QVERIFY(!filesContaining(folder, canary.needles).empty()); // the WAL, while open
        }
        QCOMPARE(filesContaining(folder, canary.needles), std::vector<std::string> { "plain.db" });
        const std::string bytes = fileBytes(folder / "plain.db");
        QVERIFY(bytes.compare(0, sqliteHeader.size(), sqliteHeader) == 0);
        QVERIFY(bytes.find("CREATE TABLE") != std::string::npos);
    }

    void sqlCipherWipesWhatItFrees()
    {
        // cipher_memory_security: SQLite's allocations are locked into RAM and zeroed when freed, so
        // decrypted pages do not linger in freed memory or reach swap.
        test::TempStore store;
        FN_REQUIRE(Statement * st, core::StoreInternals::db(*store).prepare("PRAGMA cipher_memory_security"));
        FN_REQUIRE(const bool row, st->step());
        QVERIFY(row);
        QCOMPARE(st->integer(0), std::int64_t { 1 });
        st->reset();
    }

    void onlySqlCipherProvidesSqlite()
    {
        test::TempStore store; // a store is open, so whatever it loads is mapped
        FN_REQUIRE(Statement * st, core::StoreInternals::db(*store).prepare("PRAGMA cipher_version"));
        FN_REQUIRE(const bool row, st->step());
        QVERIFY(row);
        QVERIFY2(!st->text(0).empty(), "the SQLite in this process is not SQLCipher");
        st->reset();

        std::ifstream maps("/proc/self/maps");
        QVERIFY(maps.good());
        bool sqlcipher = false;
        for (std::string line; std::getline(maps, line);) {
            QVERIFY2(line.find("libsqlite3") == std::string::npos, ("libsqlite3 is loaded: " + line).c_str());
            sqlcipher = sqlcipher || line.find("libsqlcipher") != std::string::npos;
        }
        QVERIFY(sqlcipher);
        // And the sqlite3_* the store calls resolve into SQLCipher.
        Dl_info info {};
        QVERIFY(::dladdr(reinterpret_cast<void*>(&sqlite3_open_v2), &info) != 0);
        QVERIFY2(std::string(info.dli_fname).find("libsqlcipher") != std::string::npos, info.dli_fname);
    }

private:
    QTemporaryDir m_sqliteTemp;
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
