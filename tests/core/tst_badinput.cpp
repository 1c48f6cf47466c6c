// Bad input and a hostile environment: a wrong passphrase, a truncated database, flipped bytes in a
// page, a file that is not a database, a read-only folder, a full disk and a missing database. Each
// gives a typed error with a message a person can act on; none crashes, none returns a wrong row, and
// nothing already saved is lost.
#include "database.h"
#include "fileio.h"
#include "keycustody.h"
#include "store.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <sodium.h>

#include <fstream>
#include <map>
#include <sys/mount.h>
#include <unistd.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

const std::vector<std::string> inventedNames { "Siri Prøvesen", "Ola Eksempel", "Karin Testdatter" };

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

void writeBytes(const std::filesystem::path& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A message for a person: a sentence or two, no personal data, no internals of the storage engine.
void checkMessage(const Error& e)
{
    QVERIFY2(e.message.size() >= 30, e.message.c_str());
    QVERIFY2(e.message.back() == '.', e.message.c_str());
    QVERIFY2(std::isupper(static_cast<unsigned char>(e.message.front())), e.message.c_str());
    QVERIFY2(e.message.find("SQLITE_") == std::string::npos, e.message.c_str());
    QVERIFY2(e.message.find("/tmp") == std::string::npos, e.message.c_str());
    for (const auto& name : inventedNames)
        QVERIFY2(e.message.find(name) == std::string::npos, e.message.c_str());
}

Visit visitFor(const Id& participant, int n)
{
    Visit v;
    v.participantId = participant;
    v.authorId = "staff-1";
    v.contactType = ContactType::WorkplaceFollowUp;
    v.occurredOn = *parseDate("2026-03-02");
    v.place = "Lageret";
    v.note = "Besøk nummer " + std::to_string(n) + ": gikk gjennom rutinene for varemottak og pauser. "
        + std::string(static_cast<std::size_t>(150 + n % 50), 'x');
    return v;
}

// Everything a person would see, in a comparable form.
struct Contents {
    std::vector<std::string> participants;
    std::vector<std::string> visits;
    std::int64_t outbox = 0;
    bool operator==(const Contents&) const = default;
};

Result<Contents> contents(Store& store)
{
    Contents c;
    FN_TRY_ASSIGN(auto people, core::StoreInternals::select<Participant>(store, "1", {}, "display_name"));
    for (const auto& p : people)
        c.participants.push_back(p.displayName);
    FN_TRY_ASSIGN(auto visits, core::StoreInternals::select<Visit>(store, "1", {}, "note"));
    for (const auto& v : visits)
        c.visits.push_back(v.note);
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare("SELECT count(*) FROM outbox"));
    FN_TRY_ASSIGN(const bool row, st->step());
    c.outbox = row ? st->integer(0) : -1;
    st->reset();
    return c;
}

Result<std::string> integrity(Store& store)
{
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare("PRAGMA integrity_check"));
    std::string out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        out += st->text(0);
    }
    st->reset();
    return out;
}

// A closed store with a few invented participants and `visits` visits.
struct SavedStore {
    QTemporaryDir dir;
    ManualClock clock { test::fixedStart() };
    SeededIds ids { 7 };
    Contents saved;
    std::vector<Id> participants;

    std::filesystem::path folder() const { return dir.path().toStdString(); }
    std::filesystem::path db() const { return folder() / Store::databaseFileName; }
    std::filesystem::path key() const { return folder() / Store::keyFileName; }
    StoreOptions options()
    {
        StoreOptions o;
        o.clock = &clock;
        o.ids = &ids;
        o.kdf = KdfCost::minimum();
        o.deviceId = "device-a";
        return o;
    }
    Result<std::unique_ptr<Store>> open(std::string_view passphrase = test::passphrase)
    {
        return Store::open(folder(), passphrase, options());
    }
};

std::unique_ptr<SavedStore> savedStore(int visits = 60)
{
    auto s = std::make_unique<SavedStore>();
    if (auto st = Store::create(s->folder(), test::passphrase, s->options()); !st)
        qFatal("cannot create a store: %s", st.error().message.c_str());
    auto store = s->open();
    if (!store)
        qFatal("cannot open the store: %s", store.error().message.c_str());
    for (const auto& name : inventedNames) {
        Participant p;
        p.displayName = name;
        s->participants.push_back(*(*store)->create(p));
    }
    for (int i = 0; i < visits; ++i)
        if (!(*store)->append(visitFor(s->participants[static_cast<std::size_t>(i) % 3], i)))
            qFatal("cannot save a visit");
    s->saved = *contents(**store);
    return s;
}

// Mounting needs privileges a test machine may not give; the caller skips with the reason.
bool mountTmpfs(const std::filesystem::path& at, const std::string& size)
{
    return ::mount("tmpfs", at.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, ("size=" + size + ",mode=0700").c_str()) == 0;
}

bool bindReadOnly(const std::filesystem::path& path)
{
    if (::mount(path.c_str(), path.c_str(), nullptr, MS_BIND, nullptr) != 0)
        return false;
    if (::mount(nullptr, path.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
        ::umount2(path.c_str(), MNT_DETACH);
        return false;
    }
    return true;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void wrongPassphrase()
    {
        auto s = savedStore();
        const std::string before = fileBytes(s->db());
        auto r = s->open("this is not it at all");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        checkMessage(r.error());
        QVERIFY(r.error().message.find("passphrase") != std::string::npos);
        QCOMPARE(fileBytes(s->db()), before);
        FN_REQUIRE(auto store, s->open());
        FN_REQUIRE(const Contents now, contents(*store));
        QVERIFY(now == s->saved);
    }

    void truncatedDatabase_data()
    {
        QTest::addColumn<QString>("cut");
        QTest::newRow("emptied") << "0";
        QTest::newRow("less than a page") << "100";
        QTest::newRow("first page only") << "4096";
        QTest::newRow("half") << "half";
        QTest::newRow("last page lost") << "page";
        QTest::newRow("last byte lost") << "byte";
    }

    void truncatedDatabase()
    {
        QFETCH(QString, cut);
        auto s = savedStore();
        const auto size = std::filesystem::file_size(s->db());
        std::uintmax_t to = 0;
        if (cut == "half")
            to = size / 2 / 4096 * 4096;
        else if (cut == "page")
            to = size - 4096;
        else if (cut == "byte")
            to = size - 1;
        else
            to = cut.toULongLong();
        std::filesystem::resize_file(s->db(), to);
        const std::string damaged = fileBytes(s->db());

        bool detected = false;
        {
            auto r = s->open();
            if (!r) {
                QVERIFY2(r.error().code == ErrorCode::Corrupt || r.error().code == ErrorCode::NotADatabase,
                    qPrintable(test::errorOf(r)));
                checkMessage(r.error());
                detected = true;
            } else {
                // What can still be read is exactly what was saved; what cannot is reported as damage.
                auto now = contents(**r);
                if (now)
                    QVERIFY(*now == s->saved);
                else {
                    QCOMPARE(now.error().code, ErrorCode::Corrupt);
                    checkMessage(now.error());
                    detected = true;
                }
                auto check = integrity(**r);
                detected = detected || !check || *check != "ok";
            }
        }
        QVERIFY2(detected, "a truncated case file was not noticed");
        // The store never writes over a damaged file (an emptied one is not made into a new store).
        QCOMPARE(fileBytes(s->db()), damaged);
    }

    void flippedBytesInAPage()
    {
        // Every page of the file in turn gets three flipped bytes. Opening either works or fails with
        // a typed error; every read gives exactly the saved data or Corrupt, never anything else; a
        // read of a table whose root page is damaged is always Corrupt.
        auto s = savedStore(120);
        const std::string pristine = fileBytes(s->db());
        const int pages = static_cast<int>(pristine.size() / 4096);
        QVERIFY(pages > 10);

        std::map<std::string, int> roots;
        {
            FN_REQUIRE(SecretBytes key, KeyFile::unlock(s->key(), test::passphrase, s->clock));
            FN_REQUIRE(auto db, Database::open(s->db(), key));
            FN_REQUIRE(Statement * st, db->prepare("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"));
            while (*st->step())
                roots[st->text(0)] = static_cast<int>(st->integer(1));
            st->reset();
        }
        QVERIFY(roots.count("visits") && roots.count("participants"));

        int refused = 0, reported = 0, checked = 0, unused = 0, visitsReported = 0;
        for (int page = 1; page <= pages; ++page) {
            std::string bytes = pristine;
            const std::size_t base = static_cast<std::size_t>(page - 1) * 4096;
            for (std::size_t offset : { 100, 1500, 3000 })
                bytes[base + offset] = static_cast<char>(bytes[base + offset] ^ 0x41);
            writeBytes(s->db(), bytes);
            const QString where = "page " + QString::number(page);

            auto r = s->open();
            if (!r) {
                // Page 1 (the header and schema) cannot be told from a foreign file; pages read while
                // opening (identity, outbox) are reported as damage.
                const ErrorCode code = r.error().code;
                QVERIFY2(code == ErrorCode::Corrupt || (page == 1 && code == ErrorCode::NotADatabase),
                    qPrintable(where + ": " + test::errorOf(r)));
                checkMessage(r.error());
                ++refused;
                continue;
            }
            bool damaged = false;
            auto visits = core::StoreInternals::select<Visit>(*(*r), "1", {}, "note");
            if (visits) {
                QVERIFY2(page != roots["visits"], qPrintable(where + ": the visits' root page read without error"));
                QCOMPARE(visits->size(), s->saved.visits.size());
                for (std::size_t i = 0; i < visits->size(); ++i)
                    QCOMPARE((*visits)[i].note, s->saved.visits[i]);
            } else {
                QVERIFY2(visits.error().code == ErrorCode::Corrupt, qPrintable(where + ": " + test::errorOf(visits)));
                checkMessage(visits.error());
                ++visitsReported;
                damaged = true;
            }
            auto now = contents(**r);
            if (now) {
                QVERIFY2(*now == s->saved, qPrintable(where));
                QVERIFY2(page != roots["participants"], qPrintable(where + ": the participants' root page read"));
            } else {
                QVERIFY2(now.error().code == ErrorCode::Corrupt, qPrintable(where + ": " + test::errorOf(now)));
                damaged = true;
            }
            auto hits = (*r)->search("varemottak", 500);
            if (hits)
                QCOMPARE(hits->size(), s->saved.visits.size());
            else {
                QVERIFY2(hits.error().code == ErrorCode::Corrupt, qPrintable(where + ": " + test::errorOf(hits)));
                damaged = true;
            }
            if (damaged) {
                ++reported;
                continue;
            }
            // Not read by the queries above: the integrity check walks every table and index. (It goes on
            // after the first bad page, and SQLCipher answers later reads in the same statement with a
            // generic error, so any error counts as found here.)
            auto check = integrity(**r);
            if (!check || *check != "ok")
                ++checked;
            else
                ++unused;
        }
        qInfo("%d pages damaged one at a time: %d refused at open, %d reported as Corrupt by reads (%d of them by "
              "reading the visits), %d found by the integrity check, %d not in use",
            pages, refused, reported, visitsReported, checked, unused);
        QVERIFY(visitsReported >= 5);
        writeBytes(s->db(), pristine);
        FN_REQUIRE(auto store, s->open());
        FN_REQUIRE(const Contents now, contents(*store));
        QVERIFY(now == s->saved);
    }

    void notADatabase_data()
    {
        QTest::addColumn<QString>("replacement");
        QTest::newRow("text") << "text";
        QTest::newRow("random bytes") << "random";
        QTest::newRow("plain SQLite with the same schema") << "plain";
        QTest::newRow("another store's case file") << "other";
    }

    void notADatabase()
    {
        QFETCH(QString, replacement);
        auto s = savedStore(5);
        std::string bytes;
        if (replacement == "text")
            bytes = "Dette er et brev, ikke en database.\n";
        else if (replacement == "random") {
            bytes.resize(8192);
            randombytes_buf(bytes.data(), bytes.size());
        } else if (replacement == "plain") {
            QTemporaryDir other;
            const std::filesystem::path path = other.path().toStdString() + "/plain.db";
            {
                FN_REQUIRE(auto db, Database::openUnencrypted(path, { .create = true }));
                FN_VERIFY_OK(db->exec("PRAGMA journal_mode = DELETE"));
                FN_VERIFY_OK(db->exec("CREATE TABLE participants(id TEXT PRIMARY KEY, display_name TEXT)"));
            }
            bytes = fileBytes(path);
        } else {
            auto other = savedStore(5);
            bytes = fileBytes(other->db());
        }
        writeBytes(s->db(), bytes);

        auto r = s->open();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotADatabase);
        checkMessage(r.error());
        QVERIFY(r.error().message.find("damaged") != std::string::npos);
        // Whatever the file is, it is left as it was, and the key was not counted against.
        QCOMPARE(fileBytes(s->db()), bytes);
        FN_REQUIRE(const KeyFileState key, KeyFile::inspect(s->key(), s->clock));
        QCOMPARE(key.failures, 0);
        QVERIFY(!key.destroyed);
    }

    void folderInPlaceOfTheDatabase()
    {
        auto s = savedStore(5);
        std::filesystem::remove(s->db());
        std::filesystem::create_directory(s->db());
        auto r = s->open();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotADatabase);
        checkMessage(r.error());
    }

    void readOnlyDataFolder()
    {
        auto s = savedStore(10);
        const std::string before = fileBytes(s->db());
        std::filesystem::permissions(
            s->folder(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        auto restore = qScopeGuard([&] {
            ::umount2(s->folder().c_str(), MNT_DETACH);
            std::filesystem::permissions(s->folder(), std::filesystem::perms::owner_all);
        });
        if (::access(s->folder().c_str(), W_OK) == 0 && !bindReadOnly(s->folder()))
            QSKIP("This process may write to read-only folders (root) and cannot mount a read-only view: a "
                  "read-only data folder cannot be simulated here.");
        QVERIFY(::access(s->folder().c_str(), W_OK) != 0);

        auto r = s->open();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ReadOnly);
        checkMessage(r.error());
        QVERIFY(r.error().message.find("writable") != std::string::npos);

        restore.dismiss();
        ::umount2(s->folder().c_str(), MNT_DETACH);
        std::filesystem::permissions(s->folder(), std::filesystem::perms::owner_all);
        QCOMPARE(fileBytes(s->db()), before);
        FN_REQUIRE(auto store, s->open());
        FN_REQUIRE(const Contents now, contents(*store));
        QVERIFY(now == s->saved);
    }

    void readOnlyDatabaseFile()
    {
        auto s = savedStore(10);
        std::filesystem::permissions(s->db(), std::filesystem::perms::owner_read);
        const auto undo = [&] {
            ::umount2(s->db().c_str(), MNT_DETACH);
            std::filesystem::permissions(
                s->db(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        };
        auto restore = qScopeGuard(undo);
        if (::access(s->db().c_str(), W_OK) == 0 && !bindReadOnly(s->db()))
            QSKIP("This process may write to read-only files (root) and cannot mount a read-only view: a "
                  "read-only case file cannot be simulated here.");

        // Either the store refuses to open, or it opens for reading and refuses the first write.
        if (auto r = s->open(); !r) {
            QCOMPARE(r.error().code, ErrorCode::ReadOnly);
            checkMessage(r.error());
        } else {
            FN_REQUIRE(const Contents now, contents(**r));
            QVERIFY(now == s->saved);
            auto w = (*r)->append(visitFor(s->participants[0], 999));
            QVERIFY(!w);
            QCOMPARE(w.error().code, ErrorCode::ReadOnly);
            checkMessage(w.error());
        }
        restore.dismiss();
        undo();
        FN_REQUIRE(auto store, s->open());
        FN_REQUIRE(const Contents now, contents(*store));
        QVERIFY(now == s->saved);
    }

    void fullDiskByPageLimit()
    {
        auto s = savedStore(10);
        FN_REQUIRE(auto store, s->open());
        FN_REQUIRE(Statement * pc, core::StoreInternals::db(*store).prepare("PRAGMA page_count"));
        QVERIFY(*pc->step());
        const std::int64_t pages = pc->integer(0);
        pc->reset();
        FN_VERIFY_OK(core::StoreInternals::db(*store).exec("PRAGMA max_page_count = " + std::to_string(pages + 8)));

        int saved = 0;
        Error full;
        for (int i = 0; i < 1000; ++i) {
            Visit v = visitFor(s->participants[0], 1000 + i);
            v.note += std::string(2000, 'y');
            auto r = store->append(v);
            if (!r) {
                full = r.error();
                break;
            }
            ++saved;
        }
        QCOMPARE(full.code, ErrorCode::DiskFull);
        checkMessage(full);
        QVERIFY(saved > 0);
        FN_REQUIRE(const Contents atLimit, contents(*store));
        QCOMPARE(atLimit.visits.size(), s->saved.visits.size() + static_cast<std::size_t>(saved));
        QCOMPARE(atLimit.outbox, s->saved.outbox + saved);
        // A draft (typed as you go) is refused the same way, and the store keeps working for reads.
        auto draft = store->saveDraft(
            { "00000000-0000-4000-8000-00000000d001", "visit", std::nullopt, 0, std::string(20000, 'z') });
        QVERIFY(!draft);
        QCOMPARE(draft.error().code, ErrorCode::DiskFull);

        store.reset();
        FN_REQUIRE(auto reopened, s->open());
        FN_REQUIRE(const std::string check, integrity(*reopened));
        QCOMPARE(check, std::string("ok"));
        FN_REQUIRE(const Contents after, contents(*reopened));
        QVERIFY(after == atLimit);
        FN_VERIFY_OK(reopened->append(visitFor(s->participants[0], 5000)));
    }

    void fullDiskOnASmallFilesystem()
    {
        QTemporaryDir mountPoint;
        const std::filesystem::path at = mountPoint.path().toStdString();
        // Room for a new store (its schema and the write-ahead log of its creation take about 1 MiB)
        // and a few hundred visits more: the loop below fills the rest.
        if (!mountTmpfs(at, "2m"))
            QSKIP("Cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN); the page-limit case above "
                  "covers a full disk.");
        auto unmount = qScopeGuard([&] { ::umount2(at.c_str(), MNT_DETACH); });
        const std::filesystem::path folder = at / "store";
        ManualClock clock(test::fixedStart());
        SeededIds ids(3);
        StoreOptions options;
        options.clock = &clock;
        options.ids = &ids;
        options.kdf = KdfCost::minimum();
        FN_VERIFY_OK(Store::create(folder, test::passphrase, options));

        std::vector<std::string> saved;
        Error full;
        Id participant;
        {
            FN_REQUIRE(auto store, Store::open(folder, test::passphrase, options));
            Participant p;
            p.displayName = inventedNames[0];
            FN_REQUIRE(participant, store->create(p));
            for (int i = 0; i < 5000; ++i) {
                Visit v = visitFor(participant, i);
                v.note += std::string(3000, 'y');
                auto r = store->append(v);
                if (!r) {
                    full = r.error();
                    break;
                }
                saved.push_back(v.note);
            }
            QCOMPARE(full.code, ErrorCode::DiskFull);
            checkMessage(full);
            QVERIFY(!saved.empty());
            FN_REQUIRE(const auto visits, core::StoreInternals::select<Visit>(*store));
            QCOMPARE(visits.size(), saved.size());
        }
        qInfo("%zu visits saved before a 1 MiB filesystem was full", saved.size());

        // Unlocking on a full disk: either it works, or it says the disk is full; the key is unharmed.
        {
            auto again = Store::open(folder, test::passphrase, options);
            if (!again) {
                QCOMPARE(again.error().code, ErrorCode::DiskFull);
                checkMessage(again.error());
            }
        }
        QVERIFY(::mount(nullptr, at.c_str(), nullptr, MS_REMOUNT, "size=16m,mode=0700") == 0);
        FN_REQUIRE(auto store, Store::open(folder, test::passphrase, options));
        FN_REQUIRE(const std::string check, integrity(*store));
        QCOMPARE(check, std::string("ok"));
        FN_REQUIRE(const auto visits, core::StoreInternals::select<Visit>(*store, "1", {}, "_hlc"));
        QCOMPARE(visits.size(), saved.size());
        for (std::size_t i = 0; i < visits.size(); ++i)
            QCOMPARE(visits[i].note, saved[i]);
        FN_VERIFY_OK(store->append(visitFor(participant, 9999)));
    }

    void missingDatabaseNextToTheKey()
    {
        auto s = savedStore(5);
        const std::string key = fileBytes(s->key());
        std::filesystem::remove(s->db());
        auto r = s->open();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        checkMessage(r.error());
        QVERIFY(r.error().message.find("missing") != std::string::npos);
        // The key is kept (the case file may be restored next to it), and no empty store appears.
        FN_REQUIRE(const KeyFileState state, KeyFile::inspect(s->key(), s->clock));
        QVERIFY(!state.destroyed);
        QVERIFY(!std::filesystem::exists(s->db()));
    }

    void missingKeyNextToTheDatabase()
    {
        auto s = savedStore(5);
        const std::string db = fileBytes(s->db());
        std::filesystem::remove(s->key());
        auto r = s->open();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        checkMessage(r.error());
        QVERIFY(r.error().message.find("key") != std::string::npos);
        // Setting up a new store here is refused, so the case file is not lost to a new key.
        auto created = Store::create(s->folder(), test::passphrase, s->options());
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(fileBytes(s->db()), db);
    }

    void aDataFolderOthersCanReadIsTightened()
    {
        // A folder made by hand (or by an installer) with the usual 0755 or worse: the store makes it
        // the owner's alone before it writes anything there, and again when it opens.
        QTemporaryDir dir;
        const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString()) / "cases";
        std::filesystem::create_directory(folder);
        std::filesystem::permissions(folder, std::filesystem::perms::all);
        SavedStore s;
        FN_VERIFY_OK(Store::create(folder, test::passphrase, s.options()));
        QCOMPARE(std::filesystem::status(folder).permissions(), std::filesystem::perms::owner_all);

        std::filesystem::permissions(folder,
            std::filesystem::perms::owner_all | std::filesystem::perms::group_read | std::filesystem::perms::group_exec
                | std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
        FN_VERIFY_OK(Store::open(folder, test::passphrase, s.options()));
        QCOMPARE(std::filesystem::status(folder).permissions(), std::filesystem::perms::owner_all);
    }

    void aDataFolderOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("Only root can give a folder to another user here.");
        QTemporaryDir dir;
        const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString()) / "cases";
        std::filesystem::create_directory(folder);
        QVERIFY(::chown(folder.c_str(), 65534, 65534) == 0);
        SavedStore s;
        auto r = Store::create(folder, test::passphrase, s.options());
        QVERIFY(!r);
        checkMessage(r.error());
        QVERIFY2(r.error().message.find("another user") != std::string::npos, r.error().message.c_str());
        QVERIFY(!std::filesystem::exists(folder / Store::keyFileName));
    }

    void aPlantedLinkIsNotFollowedWhenAFileIsReplaced()
    {
        // Someone who can write to the folder plants a link where a temporary file is made: the write
        // must not go through it to another file, nor leave the link in the file's place.
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        const auto victim = folder / "victim.txt";
        writeBytes(victim, "keep me");
        std::filesystem::create_symlink(victim, folder / "key.json.tmp");
        FN_VERIFY_OK(writeFileAtomically(folder / "key.json", "new content"));
        QCOMPARE(fileBytes(victim), std::string("keep me"));
        QVERIFY(!std::filesystem::is_symlink(folder / "key.json"));
        QCOMPARE(fileBytes(folder / "key.json"), std::string("new content"));
        QCOMPARE(std::filesystem::status(folder / "key.json").permissions(),
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
