#include "database.h"

#include "lockedmemory.h"

#include <sqlite3.h>

#include <cstring>

namespace fieldnotes::core {

namespace {

// Page 1 cannot be decrypted: a foreign file, another key's case file, or damage to the first page
// cannot be told apart, so the message names all three.
Error notADatabase()
{
    return { ErrorCode::NotADatabase,
        "The case file cannot be read: it is damaged, it is not a fieldnotes case file, or it belongs to another "
        "key. Check the data folder, or pair the tablet again to restore synced work from the office.",
        {} };
}

Database::MemoryProtection g_memoryProtection = Database::MemoryProtection::LockedArena;

// "x'<64 hex digits>'": SQLCipher takes the bytes as the key itself, skipping its own KDF.
SecretBytes rawKeyLiteral(const SecretBytes& key)
{
    SecretBytes literal(3 + 64);
    auto* out = reinterpret_cast<char*>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    static constexpr char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < 32; ++i) {
        out[2 + 2 * i] = hex[key.data()[i] >> 4];
        out[3 + 2 * i] = hex[key.data()[i] & 0xf];
    }
    out[66] = '\'';
    return literal;
}

} // namespace

void Database::setMemoryProtection(MemoryProtection protection)
{
    g_memoryProtection = protection;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_stepped = false;
}

Statement& Statement::bind(int index, const Value& value)
{
    std::visit(
        [&](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                bindNull(index);
            else if constexpr (std::is_same_v<V, std::int64_t>)
                bind(index, v);
            else if constexpr (std::is_same_v<V, double>) {
                if (m_stepped)
                    reset();
                sqlite3_bind_double(m_stmt, index, v);
            } else
                bind(index, std::string_view(v));
        },
        value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    if (m_stepped)
        reset();
    // An empty view may have no data pointer, which SQLite would bind as NULL: text is never NULL.
    sqlite3_bind_text64(m_stmt, index, text.data() ? text.data() : "", text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t number)
{
    if (m_stepped)
        reset();
    sqlite3_bind_int64(m_stmt, index, number);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stepped)
        reset();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error err = m_db->errorFrom(rc, "query");
    sqlite3_reset(m_stmt);
    return fail(err);
}

Status Statement::run()
{
    for (;;) {
        FN_TRY_ASSIGN(const bool row, step());
        if (!row)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::string Statement::columnName(int index) const
{
    return sqlite3_column_name(m_stmt, index);
}

Value Statement::column(int index) const
{
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER:
        return static_cast<std::int64_t>(sqlite3_column_int64(m_stmt, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, index);
    case SQLITE_TEXT:
    case SQLITE_BLOB:
        return text(index);
    default:
        return std::monostate {};
    }
}

std::string Statement::text(int index) const
{
    const auto* p = sqlite3_column_text(m_stmt, index);
    if (!p)
        return {};
    return { reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, index)) };
}

std::int64_t Statement::integer(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

bool Statement::isNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Internal, "commit without an open transaction");
    m_open = false;
    if (auto st = m_db->exec("COMMIT"); !st) {
        (void)m_db->exec("ROLLBACK");
        return st;
    }
    return {};
}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(
    const std::filesystem::path& path, const SecretBytes& key, OpenOptions options)
{
    if (key.size() != 32)
        return fail(ErrorCode::Internal, "database key must be 32 bytes");
    return openImpl(path, &key, options);
}

Result<std::unique_ptr<Database>> Database::openUnencrypted(const std::filesystem::path& path, OpenOptions options)
{
    return openImpl(path, nullptr, options);
}

Result<std::unique_ptr<Database>> Database::openImpl(
    const std::filesystem::path& path, const SecretBytes* key, OpenOptions options)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return fail(notADatabase()); // SQLite would say only that it cannot open it
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    static const bool arena = lockedmemory::install(); // before SQLite's first use
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_CANTOPEN) {
            if (!options.create && !std::filesystem::exists(path, ec))
                return fail(ErrorCode::NotInitialised, "There is no case file in this folder.");
            return fail(ErrorCode::ReadOnly,
                "The case file cannot be opened for writing. Check that the data folder is writable.");
        }
        return fail(db->errorFrom(rc, "open"));
    }
    sqlite3_extended_result_codes(raw, 1);
    if (!arena || g_memoryProtection == MemoryProtection::PerAllocation)
        FN_TRY(db->exec("PRAGMA cipher_memory_security = ON"));
    if (key) {
        const SecretBytes literal = rawKeyLiteral(*key);
        if (sqlite3_key(raw, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
            return fail(db->errorFrom(sqlite3_errcode(raw), "key"));
    }
    if (options.exclusive)
        FN_TRY(db->exec("PRAGMA locking_mode = EXCLUSIVE"));
    // A wrong key or a foreign file only shows on the first read.
    if (auto st = db->exec("SELECT count(*) FROM sqlite_master"); !st)
        return fail(st.error());
    return db;
}

Status Database::configureForStore()
{
    FN_TRY(exec("PRAGMA journal_mode = WAL"));
    FN_TRY(exec("PRAGMA synchronous = FULL"));
    FN_TRY(exec("PRAGMA temp_store = MEMORY"));
    FN_TRY(exec("PRAGMA secure_delete = ON"));
    FN_TRY(exec("PRAGMA foreign_keys = OFF"));
    // SQLCipher keeps pages decrypted only in this cache; at SQLite's default 2 MiB a caseload with
    // two years of history (about 12 MiB) is decrypted again on every screen, and reads ran at 0.6x
    // unencrypted storage. 16 MiB holds it; the memory is taken only as pages are read.
    FN_TRY(exec("PRAGMA cache_size = -16384"));
    // Checkpointing the WAL into the case file is idle-time work (upkeep.h): a save that crossed
    // SQLite's default of 1,000 pages paid for the checkpoint of all the saves before it, and such
    // saves made the slow tail. What is left here is a backstop for a store never idle (the office,
    // a long sync): the WAL is folded back once it holds 4,000 pages (16 MiB).
    FN_TRY(exec("PRAGMA wal_autocheckpoint = 4000"));
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

Status Database::attach(const std::filesystem::path& path, std::string_view alias, const SecretBytes& key)
{
    if (key.size() != 32)
        return fail(ErrorCode::Internal, "database key must be 32 bytes");
    const SecretBytes literal = rawKeyLiteral(key);
    sqlite3_stmt* raw = nullptr;
    const std::string sql = "ATTACH DATABASE ? AS " + std::string(alias) + " KEY ?";
    if (const int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &raw, nullptr); rc != SQLITE_OK)
        return fail(errorFrom(rc, "attach"));
    sqlite3_bind_text(raw, 1, path.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob(raw, 2, literal.data(), static_cast<int>(literal.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(raw);
    sqlite3_finalize(raw);
    if (rc != SQLITE_DONE)
        return fail(errorFrom(rc, "attach"));
    return {};
}

Status Database::withProgress(const std::function<void()>& tick, const std::function<Status()>& work)
{
    sqlite3_progress_handler(
        m_db, 4096,
        [](void* arg) -> int {
            (*static_cast<const std::function<void()>*>(arg))();
            return 0;
        },
        const_cast<std::function<void()>*>(&tick));
    auto st = work();
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    return st;
}

void Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    sqlite3_busy_timeout(m_db, static_cast<int>(timeout.count()));
}

Status Database::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return fail(errorFrom(rc, "statement"));
    return {};
}

Result<Statement*> Database::prepare(std::string_view sql)
{
    const std::string key(sql);
    if (auto it = m_statements.find(key); it != m_statements.end()) {
        it->second.lastUse = ++m_uses;
        it->second.statement->reset();
        return it->second.statement.get();
    }
    if (m_statements.size() >= maxCachedStatements) {
        // The statement handed out longest ago goes, unless it is in the middle of its rows.
        auto oldest = m_statements.end();
        for (auto it = m_statements.begin(); it != m_statements.end(); ++it)
            if (!sqlite3_stmt_busy(it->second.statement->handle())
                && (oldest == m_statements.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        if (oldest != m_statements.end())
            m_statements.erase(oldest);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, key.c_str(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(errorFrom(rc, "prepare"));
    auto owned = std::make_unique<Statement>(*this, stmt);
    Statement* raw = owned.get();
    m_statements.emplace(key, Cached { std::move(owned), ++m_uses });
    return raw;
}

Result<Transaction> Database::begin()
{
    FN_TRY(exec("BEGIN IMMEDIATE"));
    Transaction t(*this);
    t.m_open = true;
    return t;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(m_db);
}

Error Database::errorFrom(int rc, std::string_view context) const
{
    const std::string detail = std::string(context) + ": " + sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return notADatabase();
    case SQLITE_CORRUPT:
        return { ErrorCode::Corrupt,
            "The case file is damaged (" + detail
                + "). Nothing more will be written to it. Pair the tablet again "
                  "to restore synced work from the office.",
            {} };
    case SQLITE_FULL:
        return { ErrorCode::DiskFull, "The device storage is full. Free some space; nothing already saved is lost.",
            {} };
    case SQLITE_READONLY:
        return { ErrorCode::ReadOnly, "The case file cannot be written: the data folder is read-only.", {} };
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { ErrorCode::Busy, "The case file is in use by another program. Close it and try again.", {} };
    case SQLITE_IOERR:
        if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC) {
            const int err = sqlite3_system_errno(m_db);
            if (err == ENOSPC)
                return { ErrorCode::DiskFull,
                    "The device storage is full. Free some space; nothing already saved is lost.", {} };
        }
        return { ErrorCode::Io, "Reading or writing the case file failed (" + detail + ").", {} };
    case SQLITE_CONSTRAINT:
        return { ErrorCode::InvalidArgument, "The change breaks a rule of the data (" + detail + ").", {} };
    case SQLITE_CANTOPEN:
        return { ErrorCode::Io, "The case file cannot be opened (" + detail + ").", {} };
    default:
        return { ErrorCode::Internal, "Storage error (" + detail + ").", {} };
    }
}

} // namespace fieldnotes::core
