// The schema, the record mappings and the migrations agree with each other.
#include "catalogue.h"
#include "database.h"
#include "records.h"
#include "schema.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <sodium.h>

#include <map>
#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

struct ColumnDecl {
    std::string type;
    bool notNull = false;
    bool hasDefault = false;
};

std::map<std::string, ColumnDecl> liveColumns(Database& db, const std::string& table)
{
    std::map<std::string, ColumnDecl> out;
    auto st = db.prepare("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info(?)");
    if (!st)
        return out;
    (*st)->bind(1, table);
    while (*(*st)->step())
        out[(*st)->text(0)] = { (*st)->text(1), (*st)->integer(2) != 0, !(*st)->isNull(3) };
    (*st)->reset();
    return out;
}

std::vector<std::string> userTables(Database& db)
{
    std::vector<std::string> out;
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name NOT LIKE 'search_index%' ORDER BY name");
    while (*(*st)->step())
        out.push_back((*st)->text(0));
    (*st)->reset();
    return out;
}

std::string schemaText(Database& db)
{
    std::string out;
    auto st = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    while (*(*st)->step())
        out += (*st)->text(0) + " " + (*st)->text(1) + ": " + (*st)->text(2) + "\n";
    (*st)->reset();
    return out;
}

SecretBytes testKey()
{
    SecretBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 7 + 3);
    return key;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void everyRecordMapsToItsTable()
    {
        test::TempStore store;
        for (const TableInfo& t : catalogue()) {
            const auto live = liveColumns(core::StoreInternals::db(*store), std::string(t.name));
            QVERIFY2(!live.empty(), t.name.data());
            std::set<std::string> expected { "id", "_scope", "_hlc", "_dev", "_seq" };
            if (t.recordClass != RecordClass::Journal)
                expected.insert("_deleted");
            for (const auto& c : t.columns)
                expected.insert(std::string(c.name));
            std::set<std::string> actual;
            for (const auto& [name, decl] : live)
                actual.insert(name);
            QCOMPARE(actual, expected);
        }
    }

    void everySyncedTableIsInTheCatalogue()
    {
        test::TempStore store;
        const std::set<std::string> bookkeeping { "field_versions", "outbox", "sync_state", "drafts", "feed",
            "device_seq", "held_scopes", "credentials", "pairing_tokens", "device_certificates", "audit_log",
            "device_rejections", "rejected_changes" };
        for (const auto& table : userTables(core::StoreInternals::db(*store))) {
            if (bookkeeping.count(table))
                continue;
            QVERIFY2(findTable(table) != nullptr, ("table not in the catalogue: " + table).c_str());
        }
    }

    void scopeRulesNameRealColumns()
    {
        for (const TableInfo& t : catalogue())
            for (const ScopeRule& r : t.scope)
                QVERIFY2(r.column.empty() || r.column == "id" || t.column(r.column), t.name.data());
    }

    void annotationsNameRealColumns()
    {
        // Every searchable, required and annotated column exists, so a typo cannot silently
        // drop a field from search or from consent enforcement.
        for (const TableInfo& t : catalogue()) {
            for (auto c : t.searchable)
                QVERIFY2(t.column(c), (std::string(t.name) + "." + std::string(c)).c_str());
            for (auto c : t.required)
                QVERIFY2(t.column(c), (std::string(t.name) + "." + std::string(c)).c_str());
        }
        QVERIFY(findTable("participants")->column("referral_reason")->sensitive);
        QCOMPARE(findTable("learning_goals")->column("text")->item, std::optional(DisclosureItem::LearningGoals));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        // Every version a store can actually be at: empty, or after any migration but the last. The
        // numbers need not be contiguous (they are handed out per feature), so they come from the list.
        QTest::addColumn<int>("from");
        QTest::newRow("from v0") << 0;
        for (const Migration& m : migrations())
            if (m.version < latestSchemaVersion())
                QTest::newRow(("from v" + std::to_string(m.version)).c_str()) << m.version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const SecretBytes key = testKey();
        std::string freshSchema;
        {
            auto fresh = Database::open((dir.path() + "/fresh.db").toStdString(), key, { .create = true });
            FN_VERIFY_OK(fresh);
            FN_VERIFY_OK(migrate(**fresh));
            freshSchema = schemaText(**fresh);
        }
        const std::string path = (dir.path() + "/old.db").toStdString();
        std::map<std::string, int> filled;
        {
            auto db = Database::open(path, key, { .create = true });
            FN_VERIFY_OK(db);
            FN_VERIFY_OK(migrate(**db, from));
            FN_REQUIRE(const int version, schemaVersion(**db));
            QCOMPARE(version, from);
            // One row in every table that exists at this version, with a value in every column.
            for (const auto& table : userTables(**db)) {
                const auto cols = liveColumns(**db, table);
                std::string names, values;
                for (const auto& [name, decl] : cols) {
                    names += (names.empty() ? "" : ", ") + name;
                    values += std::string(values.empty() ? "" : ", ")
                        + (decl.type == "INTEGER" ? "1" : "'" + table + "-" + name + "'");
                }
                FN_VERIFY_OK((*db)->exec("INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")"));
                filled[table] = static_cast<int>(cols.size());
            }
        }
        auto db = Database::open(path, key);
        FN_VERIFY_OK(db);
        FN_VERIFY_OK(migrate(**db));
        FN_REQUIRE(const int version, schemaVersion(**db));
        QCOMPARE(version, latestSchemaVersion());
        QCOMPARE(schemaText(**db), freshSchema);
        for (const auto& [table, columns] : filled) {
            auto st = (*db)->prepare("SELECT count(*) FROM " + table);
            FN_VERIFY_OK(st);
            QVERIFY(*(*st)->step());
            QVERIFY2((*st)->integer(0) == 1, ("rows lost from " + table).c_str());
            (*st)->reset();
        }
    }

    void noValueIsAcceptedThatTheSchemaRefuses()
    {
        // A column's validator accepts NULL exactly when the schema lets the column hold NULL. A value
        // the schema refuses would otherwise pass validation and fail only when written, mid-transaction
        // (on the office, that fails a whole push instead of rejecting one change).
        test::TempStore store;
        for (const TableInfo& t : catalogue()) {
            if (!t.validate)
                continue;
            const auto live = liveColumns(core::StoreInternals::db(*store), std::string(t.name));
            for (const auto& c : t.columns) {
                const bool nullable = !live.at(std::string(c.name)).notNull;
                QVERIFY2(t.validate(c.name, Value()) == nullable,
                    (std::string(t.name) + "." + std::string(c.name) + (nullable ? " refuses" : " accepts") + " NULL")
                        .c_str());
            }
        }
    }

    void refusesAStoreFromANewerVersion()
    {
        test::TempStore store;
        FN_VERIFY_OK(core::StoreInternals::db(*store).exec(
            "PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1)));
        store.close();
        auto reopened = Store::open(store.dir(), test::passphrase, store.options());
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, ErrorCode::SchemaTooNew);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
