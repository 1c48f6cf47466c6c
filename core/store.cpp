#include "store.h"

#include "fileio.h"
#include "passphrasepolicy.h"
#include "schema.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>

namespace fieldnotes::core {

namespace detail {

std::string selectSql(std::string_view table, const std::vector<std::string_view>& columns, std::string_view where,
    std::string_view orderBy)
{
    std::string sql = "SELECT id";
    for (auto c : columns) {
        sql += ", ";
        sql += c;
    }
    sql += " FROM ";
    sql += table;
    sql += " WHERE (";
    sql += where;
    sql += ")";
    if (const TableInfo* t = findTable(table); t && t->recordClass != RecordClass::Journal)
        sql += " AND _deleted = 0";
    sql += " ORDER BY ";
    sql += orderBy;
    return sql;
}

Error malformed(std::string_view table, std::string_view column)
{
    return { ErrorCode::Corrupt,
        "A stored value in " + std::string(table) + "." + std::string(column)
            + " is not valid for this version of fieldnotes. Update the app; if it persists, tell the office.",
        {} };
}

} // namespace detail

namespace {

std::filesystem::path keyPath(const std::filesystem::path& dir)
{
    return dir / Store::keyFileName;
}
std::filesystem::path dbPath(const std::filesystem::path& dir)
{
    return dir / Store::databaseFileName;
}
std::filesystem::path withSuffix(const std::filesystem::path& path, const char* suffix)
{
    auto p = path;
    p += suffix;
    return p;
}
// The copy a rekey writes beside the case file, and its rollback journal.
std::filesystem::path rekeyPath(const std::filesystem::path& dir)
{
    return withSuffix(dbPath(dir), ".rekey");
}

// Every file of the store goes when its key is destroyed.
KeyFileOptions keyOptions(const std::filesystem::path& dir, const StoreOptions& options)
{
    KeyFileOptions k;
    k.keyStore = options.keyStore;
    for (const char* suffix : { "", "-wal", "-shm", "-journal", ".rekey", ".rekey-journal" })
        k.destroyWith.push_back(withSuffix(dbPath(dir), suffix));
    return k;
}

void removeRekeyLeftovers(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::remove(rekeyPath(dir), ec);
    std::filesystem::remove(withSuffix(rekeyPath(dir), "-journal"), ec);
}

// Opens the case file with the key file's keys. After an interrupted rekey the key file holds two:
// the case file opens with exactly one of them, and the key file keeps that one from now on.
Result<std::unique_ptr<Database>> openWithKeys(
    const std::filesystem::path& dir, const UnlockedKeys& keys, const KeyFileOptions& keyOptions)
{
    auto db = Database::open(dbPath(dir), keys.key);
    if (!keys.next)
        return db;
    bool adopt = false;
    if (!db && db.error().code == ErrorCode::NotADatabase) {
        auto moved = Database::open(dbPath(dir), *keys.next);
        if (moved) {
            db = std::move(moved);
            adopt = true;
        }
    }
    if (!db)
        return fail(db.error());
    FN_TRY(KeyFile::settleRekey(dir / Store::keyFileName, adopt, keyOptions));
    removeRekeyLeftovers(dir);
    return db;
}

// FTS rows are addressed by a keyed hash of (table, id), so re-indexing one record is a rowid
// lookup rather than a scan of the index.
std::int64_t searchRowId(std::string_view table, std::string_view id)
{
    static const unsigned char key[crypto_shorthash_KEYBYTES]
        = { 'f', 'i', 'e', 'l', 'd', 'n', 'o', 't', 'e', 's', '-', 's', 'e', 'a', 'r', 'c' };
    std::string input(table);
    input += '\0';
    input += id;
    unsigned char out[crypto_shorthash_BYTES];
    crypto_shorthash(out, reinterpret_cast<const unsigned char*>(input.data()), input.size(), key);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | out[i];
    return static_cast<std::int64_t>(v >> 2) + 1;
}

std::string versionsJson(const FieldVersions& versions)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [col, v] : versions)
        j[col] = nlohmann::json::array({ v.hlc, v.device });
    return j.dump();
}

// FTS5 query from what a person typed: every word must match as a prefix, quotes escaped.
std::string ftsQuery(std::string_view text)
{
    std::string query;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        if (!query.empty())
            query += ' ';
        query += '"';
        for (char c : word) {
            if (c == '"')
                query += '"';
            query += c;
        }
        query += "\"*";
        word.clear();
    };
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)))
            flush();
        else
            word += c;
    }
    flush();
    return query;
}

} // namespace

Store::Store(std::unique_ptr<Database> db, const Clock& clock, std::unique_ptr<IdSource> ownedIds, IdSource* ids)
    : m_db(std::move(db))
    , m_clock(&clock)
    , m_ownedIds(std::move(ownedIds))
    , m_ids(ids ? ids : m_ownedIds.get())
    , m_hlc(clock)
{
}

Store::~Store() = default;

bool Store::exists(const std::filesystem::path& dir)
{
    std::error_code ec;
    return std::filesystem::exists(keyPath(dir), ec);
}

Status Store::destroy(const std::filesystem::path& dir, StoreOptions options)
{
    return KeyFile::remove(keyPath(dir), keyOptions(dir, options));
}

Status Store::create(const std::filesystem::path& dir, std::string_view passphrase, StoreOptions options)
{
    FN_TRY(ensurePrivateDirectory(dir));
    std::error_code ec;
    if (std::filesystem::exists(keyPath(dir), ec) || std::filesystem::exists(dbPath(dir), ec))
        return fail(ErrorCode::AlreadyExists, "A fieldnotes store already exists in this folder.");
    FN_TRY_ASSIGN(SecretBytes key,
        KeyFile::create(
            keyPath(dir), passphrase, options.kdf, options.maxFailures, *options.clock, keyOptions(dir, options)));

    auto cleanUp = [&] {
        std::filesystem::remove(keyPath(dir), ec);
        for (const char* suffix : { "", "-wal", "-shm" }) {
            auto p = dbPath(dir);
            p += suffix;
            std::filesystem::remove(p, ec);
        }
    };
    auto setUp = [&]() -> Status {
        FN_TRY_ASSIGN(auto db, Database::open(dbPath(dir), key, { .create = true }));
        key.wipe();
        // SQLite creates the file 0644 and gives -wal and -shm the same mode: make it owner-only first.
        std::filesystem::permissions(
            dbPath(dir), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
        if (ec)
            return fail(errorFromErrno(ec.value(), "protect case file"));
        FN_TRY(db->configureForStore());
        FN_TRY(migrate(*db));
        RandomIds random;
        const std::string deviceId = options.deviceId.empty() ? random.next() : options.deviceId;
        FN_TRY_ASSIGN(Statement * st, db->prepare("INSERT INTO sync_state(key, value) VALUES ('device_id', ?)"));
        return st->bind(1, deviceId).run();
    };
    if (auto st = setUp(); !st) {
        cleanUp();
        return st;
    }
    return {};
}

Result<std::unique_ptr<Store>> Store::open(
    const std::filesystem::path& dir, std::string_view passphrase, StoreOptions options)
{
    std::error_code ec;
    if (!std::filesystem::exists(keyPath(dir), ec)) {
        // Not "set one up": that would ask for a new key, and the case file would be lost to it.
        if (std::filesystem::exists(dbPath(dir), ec))
            return fail(ErrorCode::Corrupt,
                "The case file is here but its key file is missing, so it cannot be opened. Restore the key file "
                "if there is a copy, or pair the tablet again to restore synced work from the office.");
        return fail(
            ErrorCode::NotInitialised, "There is no fieldnotes store in this folder yet. Set one up first (init).");
    }
    FN_TRY(ensurePrivateDirectory(dir));
    const KeyFileOptions keys = keyOptions(dir, options);
    FN_TRY_ASSIGN(UnlockedKeys unlocked, KeyFile::unlockAll(keyPath(dir), passphrase, *options.clock, keys));
    if (!std::filesystem::exists(dbPath(dir), ec))
        return fail(ErrorCode::Corrupt,
            "The key is here but the case file is missing. Pair the tablet again to restore synced work.");
    auto opened = openWithKeys(dir, unlocked, keys);
    unlocked.key.wipe();
    unlocked.next.reset();
    FN_TRY_ASSIGN(auto db, std::move(opened));
    // A store's file always has a schema. An empty one (cut to nothing, or a set-up that never
    // finished) is reported, not silently rebuilt as a new, empty store over what was there.
    FN_TRY_ASSIGN(const int version, core::schemaVersion(*db));
    if (version == 0)
        return fail(ErrorCode::Corrupt,
            "The case file is empty: it was damaged, or setting up this tablet did not finish. Pair the tablet "
            "again to restore synced work from the office.");
    return attach(std::move(db), options);
}

// FTS5 merges the index's segments as it writes them ("automerge"), in bursts of up to 64 pages a
// level that land on whichever save crosses the threshold, and those saves made the slow tail. The
// merging is done at idle instead (upkeep.h); FTS5's crisis merge (16 segments on one level) stays as
// the backstop for a store that is never idle. A setting of the index, stored in it: written once.
static Status leaveSearchMergesToUpkeep(Database& db)
{
    FN_TRY_ASSIGN(Statement * st, db.prepare("SELECT v FROM search_index_config WHERE k = 'automerge'"));
    FN_TRY_ASSIGN(const bool row, st->step());
    const bool off = row && !st->isNull(0) && st->integer(0) == 0;
    st->reset();
    if (off)
        return {};
    return db.exec("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)");
}

Result<std::unique_ptr<Store>> Store::attach(std::unique_ptr<Database> db, const StoreOptions& options)
{
    FN_TRY(db->configureForStore());
    FN_TRY(migrate(*db));
    FN_TRY(leaveSearchMergesToUpkeep(*db));
    std::unique_ptr<IdSource> owned;
    if (!options.ids)
        owned = std::make_unique<RandomIds>();
    std::unique_ptr<Store> store(new Store(std::move(db), *options.clock, std::move(owned), options.ids));
    FN_TRY(store->loadIdentity());
    return store;
}

Result<std::unique_ptr<Store>> Store::fromDatabase(std::unique_ptr<Database> db, StoreOptions options)
{
    FN_TRY(db->configureForStore());
    FN_TRY(migrate(*db));
    RandomIds random;
    FN_TRY_ASSIGN(Statement * st,
        db->prepare("INSERT INTO sync_state(key, value) VALUES ('device_id', ?) ON CONFLICT DO NOTHING"));
    FN_TRY(st->bind(1, options.deviceId.empty() ? random.next() : options.deviceId).run());
    return attach(std::move(db), options);
}

Status Store::changePassphrase(const std::filesystem::path& dir, std::string_view oldPassphrase,
    std::string_view newPassphrase, StoreOptions options)
{
    return KeyFile::changePassphrase(
        keyPath(dir), oldPassphrase, newPassphrase, *options.clock, options.kdf, keyOptions(dir, options));
}

Result<KeyFileState> Store::keyState(const std::filesystem::path& dir, StoreOptions options)
{
    return KeyFile::inspect(keyPath(dir), *options.clock, keyOptions(dir, options));
}

Status Store::checkPassphrase(const std::filesystem::path& dir, std::string_view passphrase, StoreOptions options)
{
    FN_TRY(KeyFile::unlock(keyPath(dir), passphrase, *options.clock, keyOptions(dir, options)));
    return {};
}

Status Store::rekey(const std::filesystem::path& dir, std::string_view oldPassphrase, std::string_view newPassphrase,
    StoreOptions options, const RekeyObserver& progress)
{
    auto report = [&](std::string_view stage, double fraction) {
        if (progress)
            progress({ stage, fraction });
    };
    FN_TRY(checkPassphrasePolicy(newPassphrase));
    std::error_code ec;
    if (!std::filesystem::exists(keyPath(dir), ec) || !std::filesystem::exists(dbPath(dir), ec))
        return fail(ErrorCode::NotInitialised, "There is no fieldnotes store in this folder to re-encrypt.");
    FN_TRY(ensurePrivateDirectory(dir));
    const KeyFileOptions keys = keyOptions(dir, options);
    FN_TRY_ASSIGN(UnlockedKeys current, KeyFile::unlockAll(keyPath(dir), oldPassphrase, *options.clock, keys));
    if (current.next) {
        // Settle what an interrupted rekey left, as opening does; then start afresh from that key.
        FN_TRY_ASSIGN(auto settled, openWithKeys(dir, current, keys));
        settled.reset();
        FN_TRY_ASSIGN(current, KeyFile::unlockAll(keyPath(dir), oldPassphrase, *options.clock, keys));
    }
    // Alone with the case file from here to the swap: no other connection may read or write it.
    const Error busy { ErrorCode::Busy,
        "The case file is open in another program (the app, or the office server). Close it, then change the key.",
        {} };
    auto opened = Database::open(dbPath(dir), current.key, { .exclusive = true });
    if (!opened)
        return fail(opened.error().code == ErrorCode::Busy ? busy : opened.error());
    std::unique_ptr<Database> old = std::move(*opened);
    if (auto st = old->exec("BEGIN EXCLUSIVE"); !st)
        return fail(st.error().code == ErrorCode::Busy ? busy : st.error());
    FN_TRY(old->exec("COMMIT"));
    FN_TRY_ASSIGN(const int schema, core::schemaVersion(*old));
    const auto size = [&](const std::filesystem::path& p) -> std::uintmax_t {
        std::error_code e;
        const auto n = std::filesystem::file_size(p, e);
        return e ? 0 : n;
    };
    const std::uintmax_t oldSize = size(dbPath(dir)) + size(withSuffix(dbPath(dir), "-wal"));
    const auto space = std::filesystem::space(dir, ec);
    if (!ec && space.available < oldSize + (std::uintmax_t { 4 } << 20))
        return fail(ErrorCode::DiskFull,
            "There is not enough free space to re-encrypt the case file: it needs about "
                + std::to_string((oldSize >> 20) + 4) + " MiB. Free some space and try again.");
    report("unlocked", 0.02);

    SecretBytes next(KeyFile::keySize);
    randombytes_buf(next.data(), next.size());
    FN_TRY(KeyFile::stageRekey(keyPath(dir), current.key, next, newPassphrase, options.kdf, keys));
    current.key.wipe();
    report("key-staged", 0.05);

    // Until the swap, a failure undoes the rekey: the case file keeps its key, under the new passphrase.
    auto copyUnderNewKey = [&]() -> Status {
        removeRekeyLeftovers(dir);
        // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH follows: the copy's file
        // is made here (empty, owner-only), and SQLite takes an empty file for a new database.
        FN_TRY(createPrivateFile(rekeyPath(dir)));
        FN_TRY(old->attach(rekeyPath(dir), "rekey", next));
        double reported = 0.05;
        const auto copied = old->withProgress(
            [&] {
                const double f = 0.05 + 0.85 * std::min(1.0, static_cast<double>(size(rekeyPath(dir))) / oldSize);
                if (f >= reported + 0.01) {
                    reported = f;
                    report("copying", f);
                }
            },
            [&] { return old->exec("SELECT sqlcipher_export('rekey')"); });
        FN_TRY(copied);
        // sqlcipher_export copies schema and rows, not always the header's user_version (our schema
        // version): without it the copy would open as an empty store.
        FN_TRY(old->exec("PRAGMA rekey.user_version = " + std::to_string(schema)));
        FN_TRY(old->exec("DETACH DATABASE rekey"));
        {
            // The copy opens with the new key, is whole, and holds the same schema.
            FN_TRY_ASSIGN(auto written, Database::open(rekeyPath(dir), next));
            FN_TRY_ASSIGN(Statement * check, written->prepare("PRAGMA quick_check"));
            FN_TRY_ASSIGN(const bool row, check->step());
            const std::string verdict = row ? check->text(0) : std::string();
            const bool whole = verdict == "ok";
            check->reset();
            FN_TRY_ASSIGN(const int copiedSchema, core::schemaVersion(*written));
            if (!whole || copiedSchema != schema)
                return fail(ErrorCode::Io,
                    "The re-encrypted copy of the case file did not check out, so it was not used; the case file is "
                    "unchanged. Try again.");
        }
        FN_TRY(syncFile(rekeyPath(dir)));
        report("copied", 0.9);
        return {};
    };
    if (auto st = copyUnderNewKey(); !st) {
        old.reset();
        (void)KeyFile::settleRekey(keyPath(dir), false, keys);
        removeRekeyLeftovers(dir);
        Error e = st.error();
        e.message += " The case file keeps its key; the new passphrase is the one to use.";
        return fail(std::move(e));
    }

    // The swap. Everything the old file's WAL held is in the file itself first, so removing the WAL
    // loses nothing; the rename replaces the file in one step.
    FN_TRY(old->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    FN_TRY_ASSIGN(FileHandle oldFile, FileHandle::openForWriting(dbPath(dir)));
    old.reset();
    for (const char* suffix : { "-wal", "-shm" })
        std::filesystem::remove(withSuffix(dbPath(dir), suffix), ec);
    if (::rename(rekeyPath(dir).c_str(), dbPath(dir).c_str()) != 0)
        return fail(errorFromErrno(errno, "replace the case file"));
    FN_TRY(syncFolder(dir));
    report("swapped", 0.95);

    // Nothing needs the old file's blocks now: zeroed through the handle kept open, so that an old
    // key file and passphrase have no old ciphertext to open either.
    (void)oldFile.overwriteWithZeros();
    FN_TRY(KeyFile::settleRekey(keyPath(dir), true, keys));
    report("done", 1.0);
    return {};
}

Status Store::loadIdentity()
{
    FN_TRY_ASSIGN(auto device, state("device_id"));
    if (!device || !std::holds_alternative<std::string>(*device))
        return fail(ErrorCode::Corrupt, "The case file has no device identity. Pair the tablet again.");
    m_deviceId = std::get<std::string>(*device);
    FN_TRY_ASSIGN(auto staff, state("staff_id"));
    if (staff && std::holds_alternative<std::string>(*staff))
        m_staffId = std::get<std::string>(*staff);
    FN_TRY_ASSIGN(auto role, state("role"));
    if (role && !Codec<StaffRole>::decode(*role, m_role))
        return fail(ErrorCode::Corrupt, "The case file names an unknown role for its user. Update the app.");

    // A fresh generation for every opening of the store (store.h).
    randombytes_buf(&m_generation, sizeof m_generation);
    m_generation = static_cast<std::int64_t>(static_cast<std::uint64_t>(m_generation) >> 1);
    if (m_generation == 0)
        m_generation = 1;

    // Never issue a version at or below one already issued or seen, even if the wall clock stepped back.
    FN_TRY_ASSIGN(Statement * st,
        m_db->prepare("SELECT max(coalesce((SELECT value FROM sync_state WHERE key = 'hlc'), 0),"
                      " coalesce((SELECT max(hlc) FROM outbox), 0))"));
    FN_TRY_ASSIGN(const bool row, st->step());
    if (row)
        m_hlc.observe(static_cast<std::uint64_t>(st->integer(0)));
    st->reset();
    return {};
}

Result<int> Store::schemaVersion()
{
    return core::schemaVersion(*m_db);
}

Status Store::setStaffId(const std::string& staffId)
{
    FN_TRY(setState("staff_id", staffId));
    m_staffId = staffId;
    return {};
}

Status Store::setRole(StaffRole role)
{
    FN_TRY(setState("role", Codec<StaffRole>::encode(role)));
    m_role = role;
    return {};
}

Result<std::optional<Value>> Store::state(std::string_view key)
{
    FN_TRY_ASSIGN(Statement * st, m_db->prepare("SELECT value FROM sync_state WHERE key = ?"));
    st->bind(1, key);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<Value> out;
    if (row)
        out = st->column(0);
    st->reset();
    return out;
}

Status Store::setState(std::string_view key, const Value& value)
{
    FN_TRY_ASSIGN(Statement * st,
        m_db->prepare("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    return st->bind(1, key).bind(2, value).run();
}

const TableInfo& Store::tableOf(std::string_view name) const
{
    const TableInfo* t = findTable(name);
    if (!t)
        std::abort(); // a record type without a catalogue entry is a build defect, caught by tst_schema
    return *t;
}

static Status checkColumns(const TableInfo& table, const FieldValues& fields)
{
    for (const auto& [col, value] : fields) {
        if (!table.column(col))
            return fail(
                ErrorCode::InvalidArgument, "There is no field '" + col + "' in " + std::string(table.name) + ".");
        if (table.validate && !table.validate(col, value))
            return fail(
                ErrorCode::InvalidArgument, "The value for " + std::string(table.name) + "." + col + " is not valid.");
    }
    return {};
}

Status Store::checkJournalFields(const TableInfo& table, const FieldValues& fields)
{
    for (std::string_view req : table.required) {
        auto it = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return f.first == req; });
        if (it == fields.end() || isNull(it->second)
            || (std::holds_alternative<std::string>(it->second) && std::get<std::string>(it->second).empty()))
            return fail(
                ErrorCode::InvalidArgument, "A " + std::string(table.name) + " entry needs " + std::string(req) + ".");
    }
    return {};
}

// A record written here must point at a participant or employer this replica holds: that is how
// a tablet knows the person has not been erased or moved out of its scope in the meantime.
Status Store::checkReferences(const FieldValues& fields)
{
    for (const auto& [col, value] : fields) {
        const bool participant = col == "participant_id";
        if (!participant && col != "employer_id")
            continue;
        const auto* id = std::get_if<std::string>(&value);
        if (!id || id->empty())
            continue;
        FN_TRY_ASSIGN(Statement * st,
            m_db->prepare(participant ? "SELECT count(*) FROM participants WHERE id = ? AND _deleted = 0"
                                      : "SELECT count(*) FROM employers WHERE id = ? AND _deleted = 0"));
        st->bind(1, *id);
        FN_TRY(st->step());
        const bool found = st->integer(0) > 0;
        st->reset();
        if (!found)
            return fail(ErrorCode::NotFound,
                participant ? "That participant is not on this device (removed, or no longer in your caseload)."
                            : "That employer is not on this device (removed, or no longer shared with you).");
    }
    return {};
}

struct RowMeta {
    bool deleted = false;
    Version created;
};

static Result<std::optional<RowMeta>> rowMeta(Database& db, const TableInfo& table, const Id& id);

static std::string insertSql(const TableInfo& table, const FieldValues& fields)
{
    std::string sql = "INSERT INTO " + std::string(table.name) + " (id, _scope, _hlc, _dev";
    std::string values = "?, ?, ?, ?";
    for (const auto& f : fields) {
        sql += ", " + f.first;
        values += ", ?";
    }
    return sql + ") VALUES (" + values + ")";
}

static std::optional<std::string> scopeFromFields(const TableInfo& table, const Id& id, const FieldValues& fields)
{
    return deriveScope(table, id, [&](std::string_view col) -> Value {
        for (const auto& f : fields)
            if (f.first == col)
                return f.second;
        return {};
    });
}

static std::string payloadJson(const FieldValues& fields)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [col, value] : fields)
        j[col] = toJson(value);
    return j.dump();
}

Status Store::createFields(const TableInfo& table, const Id& id, const FieldValues& fields)
{
    if (table.recordClass != RecordClass::Mutable)
        return fail(ErrorCode::InvalidArgument, std::string(table.name) + " records are not created field by field.");
    if (!looksLikeId(id))
        return fail(ErrorCode::InvalidArgument, "A record id must be a UUID.");
    FN_TRY(checkColumns(table, fields));
    const auto scope = scopeFromFields(table, id, fields);
    if (!scope)
        return fail(ErrorCode::InvalidArgument,
            "A " + std::string(table.name) + " record must belong to a participant or an employer.");
    return transaction([&]() -> Status {
        FN_TRY(checkReferences(fields));
        const std::uint64_t hlc = m_hlc.tick();
        FN_TRY_ASSIGN(Statement * ins, m_db->prepare(insertSql(table, fields)));
        ins->bind(1, id).bind(2, *scope).bind(3, static_cast<std::int64_t>(hlc)).bind(4, m_deviceId);
        for (std::size_t i = 0; i < fields.size(); ++i)
            ins->bind(static_cast<int>(i + 5), fields[i].second);
        if (auto st = ins->run(); !st) {
            // A broken rule is a duplicate only if the id is taken; looked up only when the insert failed.
            if (st.error().code == ErrorCode::InvalidArgument) {
                FN_TRY_ASSIGN(const auto taken, rowMeta(*m_db, table, id));
                if (taken)
                    return fail(
                        ErrorCode::AlreadyExists, "That " + std::string(table.name) + " record already exists.");
            }
            return st;
        }
        FN_TRY_ASSIGN(Statement * out,
            m_db->prepare(
                "INSERT INTO outbox(op, tbl, row_id, hlc, payload, generation) VALUES ('create', ?, ?, ?, ?, ?)"));
        FN_TRY(out->bind(1, table.name)
                   .bind(2, id)
                   .bind(3, static_cast<std::int64_t>(hlc))
                   .bind(4, payloadJson(fields))
                   .bind(5, m_generation)
                   .run());
        return indexNewRow(table, id, fields);
    });
}

Status Store::appendFields(const TableInfo& table, const Id& id, const FieldValues& fields)
{
    if (table.recordClass != RecordClass::Journal)
        return fail(ErrorCode::InvalidArgument, std::string(table.name) + " is not a journal.");
    if (!looksLikeId(id))
        return fail(ErrorCode::InvalidArgument, "A record id must be a UUID.");
    FN_TRY(checkColumns(table, fields));
    FN_TRY(checkJournalFields(table, fields));
    const auto scope = scopeFromFields(table, id, fields);
    if (!scope)
        return fail(ErrorCode::InvalidArgument,
            "A " + std::string(table.name) + " entry must belong to a participant or an employer.");
    return transaction([&]() -> Status {
        FN_TRY(checkReferences(fields));
        const std::uint64_t hlc = m_hlc.tick();
        FN_TRY_ASSIGN(Statement * ins, m_db->prepare(insertSql(table, fields)));
        ins->bind(1, id).bind(2, *scope).bind(3, static_cast<std::int64_t>(hlc)).bind(4, m_deviceId);
        for (std::size_t i = 0; i < fields.size(); ++i)
            ins->bind(static_cast<int>(i + 5), fields[i].second);
        if (auto st = ins->run(); !st) {
            if (st.error().code == ErrorCode::InvalidArgument) {
                FN_TRY_ASSIGN(const auto taken, rowMeta(*m_db, table, id));
                if (taken)
                    return fail(ErrorCode::Immutable, "That entry is already finalized; record a correction instead.");
            }
            return st;
        }
        // The entry is immutable, so its content is read back when it is pushed.
        FN_TRY_ASSIGN(Statement * out,
            m_db->prepare("INSERT INTO outbox(op, tbl, row_id, hlc, generation) VALUES ('append', ?, ?, ?, ?)"));
        FN_TRY(
            out->bind(1, table.name).bind(2, id).bind(3, static_cast<std::int64_t>(hlc)).bind(4, m_generation).run());
        return indexNewRow(table, id, fields);
    });
}

static Result<std::optional<RowMeta>> rowMeta(Database& db, const TableInfo& table, const Id& id)
{
    const bool mutableTable = table.recordClass != RecordClass::Journal;
    FN_TRY_ASSIGN(Statement * st,
        db.prepare("SELECT " + std::string(mutableTable ? "_deleted" : "0") + ", _hlc, _dev FROM "
            + std::string(table.name) + " WHERE id = ?"));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<RowMeta> meta;
    if (row)
        meta = RowMeta { st->integer(0) != 0, { static_cast<std::uint64_t>(st->integer(1)), st->text(2) } };
    st->reset();
    return meta;
}

Result<FieldVersions> Store::fieldVersions(const TableInfo& table, const Id& id)
{
    FN_TRY_ASSIGN(auto meta, rowMeta(*m_db, table, id));
    if (!meta)
        return fail(ErrorCode::NotFound, "No such record on this device.");
    FieldVersions out;
    for (const auto& c : table.columns)
        out.emplace_back(std::string(c.name), meta->created);
    if (table.recordClass == RecordClass::Journal)
        return out;
    out.emplace_back("_deleted", meta->created);
    FN_TRY_ASSIGN(
        Statement * st, m_db->prepare("SELECT col, hlc, dev FROM field_versions WHERE tbl = ? AND row_id = ?"));
    st->bind(1, table.name).bind(2, id);
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        const std::string col = st->text(0);
        for (auto& [name, v] : out)
            if (name == col)
                v = Version { static_cast<std::uint64_t>(st->integer(1)), st->text(2) };
    }
    st->reset();
    return out;
}

Status Store::setFields(const TableInfo& table, const Id& id, const FieldValues& changes)
{
    if (table.recordClass != RecordClass::Mutable)
        return fail(ErrorCode::Immutable, std::string(table.name) + " entries cannot be changed once finalized.");
    if (changes.empty())
        return {};
    FN_TRY(checkColumns(table, changes));
    for (const auto& [col, value] : changes)
        if (table.isScopeColumn(col))
            return fail(ErrorCode::Immutable, "A record cannot be moved to another participant or employer.");
    return transaction([&]() -> Status {
        FN_TRY_ASSIGN(auto meta, rowMeta(*m_db, table, id));
        if (!meta || meta->deleted)
            return fail(ErrorCode::NotFound, "That record has been removed or is not on this device.");
        if (table.name == RecordTraits<Consent>::table) {
            FN_TRY_ASSIGN(auto current, readFields(table, id));
            for (const auto& [col, value] : *current)
                if (col == "revoked_on" && !isNull(value))
                    return fail(ErrorCode::Immutable,
                        "A revoked consent cannot be changed. Record a new consent if the participant agrees again.");
        }
        FN_TRY_ASSIGN(const FieldVersions versions, fieldVersions(table, id));
        const std::uint64_t hlc = m_hlc.tick();

        std::string sql = "UPDATE " + std::string(table.name) + " SET ";
        for (std::size_t i = 0; i < changes.size(); ++i)
            sql += (i ? ", " : "") + changes[i].first + " = ?";
        sql += " WHERE id = ?";
        FN_TRY_ASSIGN(Statement * upd, m_db->prepare(sql));
        for (std::size_t i = 0; i < changes.size(); ++i)
            upd->bind(static_cast<int>(i + 1), changes[i].second);
        FN_TRY(upd->bind(static_cast<int>(changes.size() + 1), id).run());

        FN_TRY_ASSIGN(Statement * ver,
            m_db->prepare("INSERT INTO field_versions(tbl, row_id, col, hlc, dev) VALUES (?, ?, ?, ?, ?) "
                          "ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev"));
        FN_TRY_ASSIGN(Statement * out,
            m_db->prepare("INSERT INTO outbox(op, tbl, row_id, col, value, hlc, base_hlc, base_dev, generation) "
                          "VALUES ('set', ?, ?, ?, ?, ?, ?, ?, ?)"));
        bool searchable = false;
        for (const auto& [col, value] : changes) {
            Version base;
            for (const auto& [name, v] : versions)
                if (name == col)
                    base = v;
            FN_TRY(ver->bind(1, table.name)
                       .bind(2, id)
                       .bind(3, col)
                       .bind(4, static_cast<std::int64_t>(hlc))
                       .bind(5, m_deviceId)
                       .run());
            FN_TRY(out->bind(1, table.name)
                       .bind(2, id)
                       .bind(3, col)
                       .bind(4, value)
                       .bind(5, static_cast<std::int64_t>(hlc))
                       .bind(6, static_cast<std::int64_t>(base.hlc))
                       .bind(7, base.device)
                       .bind(8, m_generation)
                       .run());
            searchable = searchable
                || std::find(table.searchable.begin(), table.searchable.end(), col) != table.searchable.end();
        }
        if (searchable)
            FN_TRY(reindex(table, id));
        return {};
    });
}

Status Store::remove(std::string_view tableName, const Id& id)
{
    const TableInfo* table = findTable(tableName);
    if (!table)
        return fail(ErrorCode::InvalidArgument, "Unknown record type '" + std::string(tableName) + "'.");
    if (table->recordClass != RecordClass::Mutable)
        return fail(ErrorCode::Immutable, "Finalized entries are never deleted; record a correction instead.");
    if (table->name == RecordTraits<Consent>::table)
        return fail(
            ErrorCode::Immutable, "A consent is not deleted; revoke it, so the record of what was shared remains.");
    return transaction([&]() -> Status {
        FN_TRY_ASSIGN(auto meta, rowMeta(*m_db, *table, id));
        if (!meta || meta->deleted)
            return fail(ErrorCode::NotFound, "That record has been removed or is not on this device.");
        FN_TRY_ASSIGN(const FieldVersions versions, fieldVersions(*table, id));
        const std::uint64_t hlc = m_hlc.tick();
        FN_TRY_ASSIGN(
            Statement * upd, m_db->prepare("UPDATE " + std::string(table->name) + " SET _deleted = 1 WHERE id = ?"));
        FN_TRY(upd->bind(1, id).run());
        FN_TRY_ASSIGN(Statement * ver,
            m_db->prepare("INSERT INTO field_versions(tbl, row_id, col, hlc, dev) VALUES (?, ?, '_deleted', ?, ?) "
                          "ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev"));
        FN_TRY(ver->bind(1, table->name).bind(2, id).bind(3, static_cast<std::int64_t>(hlc)).bind(4, m_deviceId).run());
        FN_TRY_ASSIGN(Statement * out,
            m_db->prepare(
                "INSERT INTO outbox(op, tbl, row_id, hlc, payload, generation) VALUES ('delete', ?, ?, ?, ?, ?)"));
        FN_TRY(out->bind(1, table->name)
                   .bind(2, id)
                   .bind(3, static_cast<std::int64_t>(hlc))
                   .bind(4, versionsJson(versions))
                   .bind(5, m_generation)
                   .run());
        if (!table->searchable.empty())
            FN_TRY(reindex(*table, id));
        return {};
    });
}

Result<std::optional<FieldValues>> Store::readFields(const TableInfo& table, const Id& id, bool includeDeleted)
{
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        sql += (i ? ", " : "") + std::string(table.columns[i].name);
    sql += " FROM " + std::string(table.name) + " WHERE id = ?";
    if (!includeDeleted && table.recordClass != RecordClass::Journal)
        sql += " AND _deleted = 0";
    FN_TRY_ASSIGN(Statement * st, m_db->prepare(sql));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<FieldValues> out;
    if (row) {
        out.emplace();
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            out->emplace_back(std::string(table.columns[i].name), st->column(static_cast<int>(i)));
    }
    st->reset();
    return out;
}

Status Store::reindex(const TableInfo& table, const Id& id)
{
    if (table.searchable.empty())
        return {};
    const std::int64_t rowid = searchRowId(table.name, id);
    if (m_deferIndex) {
        m_pendingIndex[rowid] = { &table, id, std::nullopt };
        return {};
    }
    return reindexNow(table, id, rowid);
}

std::optional<Store::SearchEntry> Store::searchEntryOf(const TableInfo& table, const Id& id, const FieldValues& fields)
{
    // The same text reindexNow() reads back: coalesce(column, '') joined by newlines.
    auto valueOf = [&](std::string_view column) -> const Value* {
        for (const auto& f : fields)
            if (f.first == column)
                return &f.second;
        return nullptr;
    };
    auto text = [](const Value& v) -> std::optional<std::string> {
        if (const auto* s = std::get_if<std::string>(&v))
            return *s;
        if (const auto* i = std::get_if<std::int64_t>(&v))
            return std::to_string(*i);
        if (isNull(v))
            return std::string();
        return std::nullopt; // a real number: SQLite's text for it is its own business
    };
    SearchEntry entry;
    for (std::size_t i = 0; i < table.searchable.size(); ++i) {
        const Value* v = valueOf(table.searchable[i]);
        const auto t = v ? text(*v) : std::nullopt;
        if (!t)
            return std::nullopt; // left to the column's default: read it back
        if (i)
            entry.body += '\n';
        entry.body += *t;
    }
    if (table.column("participant_id")) {
        const Value* v = valueOf("participant_id");
        const auto t = v ? text(*v) : std::nullopt;
        if (!t)
            return std::nullopt;
        entry.participantId = *t;
    } else if (table.name == "participants") {
        entry.participantId = id;
    }
    return entry;
}

Status Store::indexNewRow(const TableInfo& table, const Id& id, const FieldValues& fields)
{
    if (table.searchable.empty())
        return {};
    const std::int64_t rowid = searchRowId(table.name, id);
    auto entry = searchEntryOf(table, id, fields);
    if (m_deferIndex) {
        m_pendingIndex[rowid] = { &table, id, std::move(entry) };
        return {};
    }
    return entry ? insertSearchEntry(table, id, rowid, *entry) : reindexNow(table, id, rowid);
}

Status Store::flushSearchIndex()
{
    for (const auto& [rowid, row] : m_pendingIndex)
        FN_TRY(row.newRow ? insertSearchEntry(*row.table, row.id, rowid, *row.newRow)
                          : reindexNow(*row.table, row.id, rowid));
    m_pendingIndex.clear();
    return {};
}

Status Store::insertSearchEntry(const TableInfo& table, const Id& id, std::int64_t rowid, const SearchEntry& entry)
{
    FN_TRY_ASSIGN(Statement * ins,
        m_db->prepare("INSERT INTO search_index(rowid, tbl, row_id, participant_id, body) VALUES (?, ?, ?, ?, ?)"));
    return ins->bind(1, rowid).bind(2, table.name).bind(3, id).bind(4, entry.participantId).bind(5, entry.body).run();
}

Status Store::reindexNow(const TableInfo& table, const Id& id, std::int64_t rowid)
{
    FN_TRY_ASSIGN(Statement * del, m_db->prepare("DELETE FROM search_index WHERE rowid = ?"));
    FN_TRY(del->bind(1, rowid).run());

    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table.searchable.size(); ++i)
        sql += (i ? " || char(10) || " : "") + std::string("coalesce(") + std::string(table.searchable[i]) + ", '')";
    const bool hasParticipant = table.column("participant_id") != nullptr;
    sql += hasParticipant ? ", coalesce(participant_id, '')" : (table.name == "participants" ? ", id" : ", ''");
    sql += " FROM " + std::string(table.name) + " WHERE id = ?";
    if (table.recordClass != RecordClass::Journal)
        sql += " AND _deleted = 0";
    FN_TRY_ASSIGN(Statement * st, m_db->prepare(sql));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    if (!row) {
        st->reset();
        return {};
    }
    SearchEntry entry { st->text(0), st->text(1) };
    st->reset();
    return insertSearchEntry(table, id, rowid, entry);
}

Result<std::vector<SearchHit>> Store::search(std::string_view text, int limit)
{
    FN_TRY(flushSearchIndex()); // a search inside a transaction sees its own writes
    std::vector<SearchHit> hits;
    const std::string query = ftsQuery(text);
    if (query.empty())
        return hits;
    FN_TRY_ASSIGN(Statement * st,
        m_db->prepare("SELECT tbl, row_id, participant_id, snippet(search_index, 3, '[', ']', '…', 10) "
                      "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"));
    st->bind(1, query).bind(2, std::int64_t { limit });
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        hits.push_back({ st->text(0), st->text(1), st->text(2), st->text(3) });
    }
    st->reset();
    return hits;
}

Status Store::saveDraft(const Draft& d)
{
    if (!looksLikeId(d.id))
        return fail(ErrorCode::InvalidArgument, "A draft id must be a UUID.");
    FN_TRY_ASSIGN(Statement * st,
        m_db->prepare("INSERT INTO drafts(id, kind, participant_id, updated_ms, payload) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, participant_id = excluded.participant_id, "
                      "updated_ms = excluded.updated_ms, payload = excluded.payload"));
    st->bind(1, d.id).bind(2, d.kind).bind(4, m_clock->nowMs()).bind(5, d.payload);
    if (d.participantId)
        st->bind(3, *d.participantId);
    else
        st->bindNull(3);
    return st->run();
}

Result<std::vector<Draft>> Store::drafts(std::string_view kind)
{
    FN_TRY_ASSIGN(Statement * st,
        m_db->prepare("SELECT id, kind, participant_id, updated_ms, payload FROM drafts "
                      "WHERE ?1 = '' OR kind = ?1 ORDER BY updated_ms DESC"));
    st->bind(1, kind);
    std::vector<Draft> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        Draft d { st->text(0), st->text(1), {}, st->integer(3), st->text(4) };
        if (!st->isNull(2))
            d.participantId = st->text(2);
        out.push_back(std::move(d));
    }
    st->reset();
    return out;
}

Result<std::optional<Draft>> Store::draft(const Id& id)
{
    FN_TRY_ASSIGN(
        Statement * st, m_db->prepare("SELECT id, kind, participant_id, updated_ms, payload FROM drafts WHERE id = ?"));
    st->bind(1, id);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<Draft> out;
    if (row) {
        out = Draft { st->text(0), st->text(1), {}, st->integer(3), st->text(4) };
        if (!st->isNull(2))
            out->participantId = st->text(2);
    }
    st->reset();
    return out;
}

Status Store::discardDraft(const Id& id)
{
    FN_TRY_ASSIGN(Statement * st, m_db->prepare("DELETE FROM drafts WHERE id = ?"));
    return st->bind(1, id).run();
}

} // namespace fieldnotes::core
