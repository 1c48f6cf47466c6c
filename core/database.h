// A thin RAII layer over the SQLCipher C API: one connection, cached prepared statements,
// transactions, and SQLite result codes mapped to typed errors.
//
// A Database is confined to one thread at a time (opened SQLITE_OPEN_NOMUTEX).
#pragma once

#include "result.h"
#include "secret.h"
#include "value.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace fieldnotes::core {

class Database;

class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt)
        : m_db(&db)
        , m_stmt(stmt)
    {
    }
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding is 1-based, like SQLite. Binding resets the statement if it was stepped.
    Statement& bind(int index, const Value& value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t number);
    Statement& bindNull(int index);

    // true: a row is available; false: done. Errors are typed.
    Result<bool> step();
    Status run(); // step to completion, ignoring rows
    void reset();

    int columnCount() const;
    std::string columnName(int index) const;
    Value column(int index) const;
    std::string text(int index) const; // NULL reads as ""
    std::int64_t integer(int index) const;
    bool isNull(int index) const;
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    Database* m_db;
    sqlite3_stmt* m_stmt;
    bool m_stepped = false;
};

// RAII transaction: rolls back unless committed. Nested use is a programming error.
class Transaction {
public:
    explicit Transaction(Database& db)
        : m_db(&db)
    {
    }
    ~Transaction();
    Transaction(Transaction&& other) noexcept
        : m_db(other.m_db)
        , m_open(other.m_open)
    {
        other.m_open = false;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;

    Status commit();

private:
    friend class Database;
    Database* m_db;
    bool m_open = false;
};

struct OpenOptions {
    bool create = false; // create the file if missing
    bool readOnly = false;
    // locking_mode = EXCLUSIVE from before the first read: Busy if another connection has the file
    // open, and no other may open it until this one closes.
    bool exclusive = false;
};

class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (or creates) an encrypted database keyed with a raw 256-bit key. The key is handed to
    // SQLCipher as a raw key (no KDF), and a first read proves it fits: a wrong key or a file that is
    // not a database reports NotADatabase here, not later.
    static Result<std::unique_ptr<Database>> open(
        const std::filesystem::path& path, const SecretBytes& key, OpenOptions options = {});

    // Opens without a key: plain SQLite in the same engine. Only for benchmarks that compare the
    // encrypted store with unencrypted storage, and for tests that inspect files.
    static Result<std::unique_ptr<Database>> openUnencrypted(const std::filesystem::path& path, OpenOptions options);

    Status exec(std::string_view sql);
    // A cached prepared statement; reset and unbound when handed out. It stays valid while it is
    // stepping through its rows, and otherwise until maxCachedStatements others have been handed
    // out after it (the cache keeps that many, and lets the one handed out longest ago go first:
    // statements built from input, such as IN lists, would otherwise grow it without end).
    Result<Statement*> prepare(std::string_view sql);
    static constexpr std::size_t maxCachedStatements = 512;
    std::size_t cachedStatements() const { return m_statements.size(); }
    Result<Transaction> begin(); // BEGIN IMMEDIATE
    bool inTransaction() const;

    std::int64_t changes() const;
    Error errorFrom(int rc, std::string_view context) const;
    sqlite3* handle() const { return m_db; }
    const std::filesystem::path& path() const { return m_path; }

    // Applies pragmas for a store: WAL, full sync, temp in memory, secure delete, a 16 MiB page cache.
    Status configureForStore();

    // Attaches another database encrypted with `key` (raw, as open() uses it) under `alias`.
    Status attach(const std::filesystem::path& path, std::string_view alias, const SecretBytes& key);
    // Runs `work`, calling `tick` every few thousand steps of SQLite's virtual machine meanwhile.
    Status withProgress(const std::function<void()>& tick, const std::function<Status()>& work);
    void setBusyTimeout(std::chrono::milliseconds timeout);

    // How decrypted pages and keys in SQLite's memory are kept out of swap and wiped once freed.
    // LockedArena (the default): SQLite allocates from memory locked in chunks and wiped on free
    // (core/lockedmemory.h). PerAllocation adds SQLCipher's cipher_memory_security on top, which
    // locks and wipes each allocation by itself: as safe, several times slower; kept for the
    // benchmark that measures the difference. If the arena cannot be installed (SQLite was started
    // before the first open), every store runs with SQLCipher's own protection instead.
    enum class MemoryProtection { LockedArena, PerAllocation };
    static void setMemoryProtection(MemoryProtection protection);

private:
    Database(sqlite3* db, std::filesystem::path path)
        : m_db(db)
        , m_path(std::move(path))
    {
    }
    static Result<std::unique_ptr<Database>> openImpl(
        const std::filesystem::path& path, const SecretBytes* key, OpenOptions options);

    sqlite3* m_db;
    std::filesystem::path m_path;
    struct Cached {
        std::unique_ptr<Statement> statement;
        std::uint64_t lastUse = 0;
    };
    std::unordered_map<std::string, Cached> m_statements;
    std::uint64_t m_uses = 0;
};

} // namespace fieldnotes::core
