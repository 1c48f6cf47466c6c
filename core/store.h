// The encrypted case store of one replica (a tablet, or the office).
//
// A Store is an unlocked session: opening it costs one Argon2id run; destroying it closes the
// database, and SQLCipher wipes its key. Our own copy of the key is wiped as soon as the database
// is keyed. A Store is used from one thread at a time.
//
// Every write goes through change tracking in the same transaction as the write itself:
// - mutable records: per-field versions (hybrid logical clock + device id) and one outbox row per edit;
// - journal entries: appended once, immutable after (corrections are new entries with correctsId);
// - deletes: tombstones, never row deletes.
// Reads never return tombstoned rows.
#pragma once

#include "catalogue.h"
#include "changes.h"
#include "clock.h"
#include "database.h"
#include "ids.h"
#include "keycustody.h"
#include "keystore.h"
#include "records.h"
#include "result.h"

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace fieldnotes::core {

struct StoreOptions {
    const Clock* clock = &SystemClock::instance();
    IdSource* ids = nullptr; // default: random UUIDs
    KdfCost kdf = KdfCost::standard(); // on create and passphrase change
    int maxFailures = KeyFile::defaultMaxFailures; // on create
    std::string deviceId; // on create; default: a fresh random id
    KeyStore* keyStore = nullptr; // not owned: binds a new store's key file to it (keystore.h); needed to open one
};

// Where a rekey is. Stages, in order: "unlocked", "key-staged" (the key file holds both keys, under
// the new passphrase), "copying" (fraction of the case file written under the new key), "copied"
// (the new file is complete and synced), "swapped" (it has replaced the old one), "done".
struct RekeyProgress {
    std::string_view stage;
    double fraction = 0; // of the whole rekey, 0 to 1
};
using RekeyObserver = std::function<void(const RekeyProgress&)>;

struct SearchHit {
    std::string table;
    Id rowId;
    Id participantId; // empty for employer-side rows
    std::string snippet; // matched text with the match in [brackets]
};

struct Draft {
    Id id;
    std::string kind;
    OptId participantId;
    std::int64_t updatedMs = 0;
    std::string payload; // the form's JSON
};

class Store {
public:
    static constexpr std::string_view keyFileName = "key.json";
    static constexpr std::string_view databaseFileName = "fieldnotes.db";

    // Creates key file and encrypted database in `dir` (created 0700 if missing).
    static Status create(const std::filesystem::path& dir, std::string_view passphrase, StoreOptions options = {});
    static Result<std::unique_ptr<Store>> open(
        const std::filesystem::path& dir, std::string_view passphrase, StoreOptions options = {});
    static Status changePassphrase(const std::filesystem::path& dir, std::string_view oldPassphrase,
        std::string_view newPassphrase, StoreOptions options = {});
    // Re-encrypts the case file under a new random key, wrapped under `newPassphrase` (which may be the
    // old one): afterwards no earlier key file, with any earlier passphrase, opens it. The case file
    // is copied under the new key beside the old (sqlcipher_export), synced, and renamed over it; the
    // key file holds both keys until then, so a rekey killed at any moment leaves the old store or
    // the new one, and the next open finishes or undoes it. Needs the store closed everywhere (Busy
    // otherwise) and room for a second copy of the case file.
    static Status rekey(const std::filesystem::path& dir, std::string_view oldPassphrase,
        std::string_view newPassphrase, StoreOptions options = {}, const RekeyObserver& progress = {});
    static bool exists(const std::filesystem::path& dir);
    // Removes the store from `dir` for good, as a tablet the office withdrew must end: the key
    // destroyed as too many wrong passphrases destroy it (KeyFile::remove; its keystore record
    // forgotten), the case file with its journals and the leftovers of an interrupted rekey
    // zeroed and removed, and then the key file itself. With the case file go the device id, the
    // tablet's key and certificate and everything synced. Afterwards exists() is false and the
    // folder takes a new store (create) as on a tablet fresh from the box. Close the store first.
    static Status destroy(const std::filesystem::path& dir, StoreOptions options = {});
    // The key file's state (failures, delays, a rekey left pending) without an attempt.
    static Result<KeyFileState> keyState(const std::filesystem::path& dir, StoreOptions options = {});
    // One counted attempt with `passphrase`, as unlocking makes, without opening the case file.
    static Status checkPassphrase(
        const std::filesystem::path& dir, std::string_view passphrase, StoreOptions options = {});
    // Runs the store over an already open database, giving it the schema and a device identity if it
    // has none. The app uses create() and open(); this is for benchmarks that run the store's own code
    // on unencrypted storage in the same engine (Database::openUnencrypted), to measure what encryption costs.
    static Result<std::unique_ptr<Store>> fromDatabase(std::unique_ptr<Database> db, StoreOptions options = {});

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& deviceId() const { return m_deviceId; }
    // The generation the changes written in this session belong to: fresh and random each time the
    // store is opened, so that two copies of one store (a backup restored, a case file copied to a
    // second tablet) never number two different changes alike within one generation. The office
    // tells replays from new changes by (device, generation, sequence); see sync/README.md.
    std::int64_t generation() const { return m_generation; }
    // The staff member using this replica (set when the device is paired, or by demo/init).
    const std::string& staffId() const { return m_staffId; }
    Status setStaffId(const std::string& staffId);
    // What the user does on this device: a mentor device is restricted to natural support.
    StaffRole role() const { return m_role; }
    Status setRole(StaffRole role);

    // The schema version of the case file (schema.h: migrations).
    Result<int> schemaVersion();
    const Clock& clock() const { return *m_clock; }
    HybridClock& hlc() { return m_hlc; }
    IdSource& ids() { return *m_ids; }
    Date today() const { return localDate(m_clock->now()); }

    // Local bookkeeping (never synced).
    Result<std::optional<Value>> state(std::string_view key);
    Status setState(std::string_view key, const Value& value);

    // ---- Typed records ----
    template<class T> Result<std::optional<T>> find(const Id& id);
    template<class T> Result<T> get(const Id& id);
    // Lists of records are read through the typed queries of the module they belong to (goalsOf,
    // placementsOf, consentsOf, ...); the database itself is reached through StoreInternals alone.

    // Creates a mutable record; assigns an id when `record.id` is empty. Returns the id.
    template<class T> Result<Id> create(T record);
    // Saves the fields of `record` that differ from the stored record, each as its own versioned edit.
    template<class T> Status update(const T& record);
    // Appends a finalized journal entry; assigns an id when empty. Returns the id.
    template<class T> Result<Id> append(T entry);
    Status remove(std::string_view table, const Id& id);

    // ---- Generic, for sync and tools ----
    Status createFields(const TableInfo& table, const Id& id, const FieldValues& fields);
    Status setFields(const TableInfo& table, const Id& id, const FieldValues& changes);
    Status appendFields(const TableInfo& table, const Id& id, const FieldValues& fields);
    Result<std::optional<FieldValues>> readFields(const TableInfo& table, const Id& id, bool includeDeleted = false);
    // The version of each column of a row (creation version where not edited since).
    Result<FieldVersions> fieldVersions(const TableInfo& table, const Id& id);

    // ---- Drafts (local to this device, never synced) ----
    Status saveDraft(const Draft& draft);
    Result<std::vector<Draft>> drafts(std::string_view kind = {});
    Result<std::optional<Draft>> draft(const Id& id);
    Status discardDraft(const Id& id);

    // ---- Search ----
    Result<std::vector<SearchHit>> search(std::string_view text, int limit = 50);
    // Brings the row's search entry up to date (after a change outside the tracked writers). Inside a
    // transaction opened by transaction(), the work is done just before it commits (see there).
    Status reindex(const TableInfo& table, const Id& id);

    // Runs `work` inside one transaction (or the caller's, if one is open). Search entries of the rows
    // it wrote are brought up to date just before the commit, in rowid order: FTS5 writes what it has
    // gathered to disk whenever a rowid is not above the previous one, and search rowids are hashes.
    template<class F> Status transaction(F&& work);

private:
    friend struct StoreInternals; // storeinternals.h: the database and the string select, for core/ and sync/

    Database& db() { return *m_db; }
    // Rows matching an SQL condition on the table's columns (`?` placeholders bound to `params`).
    template<class T>
    Result<std::vector<T>> select(
        std::string_view where = "1", std::vector<Value> params = {}, std::string_view orderBy = "id");

    Store(std::unique_ptr<Database> db, const Clock& clock, std::unique_ptr<IdSource> ownedIds, IdSource* ids);
    static Result<std::unique_ptr<Store>> attach(std::unique_ptr<Database> db, const StoreOptions& options);
    Status loadIdentity();
    const TableInfo& tableOf(std::string_view name) const;
    template<class T> Result<T> decodeRow(Statement& st);
    Status checkJournalFields(const TableInfo& table, const FieldValues& fields);
    Status checkReferences(const FieldValues& fields);
    // A row's search entry: its searchable text (one column a line) and its participant.
    struct SearchEntry {
        std::string body;
        std::string participantId;
    };
    // The entry of a row written just now, from the values written, when they hold all it needs.
    static std::optional<SearchEntry> searchEntryOf(const TableInfo& table, const Id& id, const FieldValues& fields);
    Status indexNewRow(const TableInfo& table, const Id& id, const FieldValues& fields);
    Status reindexNow(const TableInfo& table, const Id& id, std::int64_t rowid);
    Status insertSearchEntry(const TableInfo& table, const Id& id, std::int64_t rowid, const SearchEntry& entry);
    Status flushSearchIndex();

    std::unique_ptr<Database> m_db;
    const Clock* m_clock;
    std::unique_ptr<IdSource> m_ownedIds;
    IdSource* m_ids;
    HybridClock m_hlc;
    std::string m_deviceId;
    std::int64_t m_generation = 0;
    std::string m_staffId;
    StaffRole m_role = StaffRole::Specialist;
    // Rows whose search entries are due, by search rowid; filled only inside transaction(). A new row
    // written in full carries its entry; any other is read back from its table when the entry is written.
    struct PendingEntry {
        const TableInfo* table;
        Id id;
        std::optional<SearchEntry> newRow;
    };
    bool m_deferIndex = false;
    std::map<std::int64_t, PendingEntry> m_pendingIndex;
};

// ---- Template implementations ---------------------------------------------------------------------

namespace detail {
std::string selectSql(std::string_view table, const std::vector<std::string_view>& columns, std::string_view where,
    std::string_view orderBy);
Error malformed(std::string_view table, std::string_view column);
} // namespace detail

template<class F> Status Store::transaction(F&& work)
{
    if (m_db->inTransaction())
        return work();
    FN_TRY_ASSIGN(Transaction t, m_db->begin());
    struct Deferral {
        Store* store;
        ~Deferral()
        {
            store->m_deferIndex = false;
            store->m_pendingIndex.clear();
        }
    } deferral { this };
    m_deferIndex = true;
    FN_TRY(work());
    FN_TRY(flushSearchIndex());
    return t.commit();
}

template<class T> Result<T> Store::decodeRow(Statement& st)
{
    T record {};
    record.id = st.text(0);
    int index = 1;
    bool ok = true;
    std::string_view bad;
    std::apply(
        [&](const auto&... col) {
            (
                [&] {
                    using M = std::decay_t<decltype(record.*(col.member))>;
                    if (ok && !Codec<M>::decode(st.column(index), record.*(col.member))) {
                        ok = false;
                        bad = col.name;
                    }
                    ++index;
                }(),
                ...);
        },
        RecordTraits<T>::columns);
    if (!ok)
        return fail(detail::malformed(RecordTraits<T>::table, bad));
    return record;
}

template<class T>
Result<std::vector<T>> Store::select(std::string_view where, std::vector<Value> params, std::string_view orderBy)
{
    const std::string sql = detail::selectSql(RecordTraits<T>::table, columnNames<T>(), where, orderBy);
    FN_TRY_ASSIGN(Statement * st, m_db->prepare(sql));
    for (std::size_t i = 0; i < params.size(); ++i)
        st->bind(static_cast<int>(i + 1), params[i]);
    std::vector<T> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        FN_TRY_ASSIGN(T record, decodeRow<T>(*st));
        out.push_back(std::move(record));
    }
    st->reset();
    return out;
}

template<class T> Result<std::optional<T>> Store::find(const Id& id)
{
    FN_TRY_ASSIGN(auto rows, select<T>("id = ?", { Value(id) }));
    if (rows.empty())
        return std::optional<T> {};
    return std::optional<T>(std::move(rows.front()));
}

template<class T> Result<T> Store::get(const Id& id)
{
    FN_TRY_ASSIGN(auto found, find<T>(id));
    if (!found)
        return fail(ErrorCode::NotFound,
            "No such " + std::string(RecordTraits<T>::table) + " record on this device (it may have been removed).");
    return std::move(*found);
}

template<class T> Result<Id> Store::create(T record)
{
    static_assert(!RecordTraits<T>::journal, "journal entries are appended, not created");
    if (record.id.empty())
        record.id = m_ids->next();
    FN_TRY(createFields(tableOf(RecordTraits<T>::table), record.id, encodeRecord(record)));
    return record.id;
}

template<class T> Status Store::update(const T& record)
{
    static_assert(!RecordTraits<T>::journal, "journal entries are immutable once finalized");
    return transaction([&]() -> Status {
        FN_TRY_ASSIGN(T current, get<T>(record.id));
        const FieldValues changes = diffRecords(current, record);
        if (changes.empty())
            return {};
        return setFields(tableOf(RecordTraits<T>::table), record.id, changes);
    });
}

template<class T> Result<Id> Store::append(T entry)
{
    static_assert(RecordTraits<T>::journal, "mutable records are created, not appended");
    if (entry.id.empty())
        entry.id = m_ids->next();
    FN_TRY(appendFields(tableOf(RecordTraits<T>::table), entry.id, encodeRecord(entry)));
    return entry.id;
}

} // namespace fieldnotes::core
