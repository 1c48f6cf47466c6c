// The store's upkeep (core/upkeep.h): saves leave merging the search index and checkpointing the
// write-ahead log to idle moments; doing that work later changes no search result, and a save stays
// durable.
#include "storeinternals.h"
#include "testsupport.h"
#include "upkeep.h"

#include <sodium.h>
#include <sqlite3.h>

#include <filesystem>
#include <set>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

Participant invented(std::string name)
{
    return test::inventedParticipant(std::move(name));
}

const char* const notes[] = { "Gikk gjennom ukeplanen med leder og fadder.",
    "Prøver varemottak to dager i uka, og følger opp pausene.", "Sliten etter lange vakter på lageret.",
    "Ønsker fast stilling; snakket med leder om truckførerbevis.", "Kafé og oppvask passer best før lunsj." };

Id saveVisit(Store& store, const Id& participant, int n)
{
    Visit v;
    v.participantId = participant;
    v.authorId = "staff-1";
    v.contactType = ContactType::WorkplaceFollowUp;
    v.occurredOn = *parseDate("2026-03-02");
    v.note = std::string(notes[n % 5]) + " Besøk " + std::to_string(n) + ".";
    auto id = store.append(v);
    if (!id)
        qFatal("cannot save a visit: %s", id.error().message.c_str());
    return *id;
}

using Hits = std::set<std::tuple<std::string, std::string, std::string, std::string>>;

Hits searchFor(Store& store, std::string_view text)
{
    auto hits = store.search(text, 1000);
    if (!hits)
        qFatal("search failed: %s", hits.error().message.c_str());
    Hits out;
    for (const auto& h : *hits)
        out.insert({ h.table, h.rowId, h.participantId, h.snippet });
    return out;
}

// The number of frames in the WAL after the next commit, as SQLite reports it to a WAL hook.
struct WalFrames {
    int frames = -1;
    static int hook(void* self, sqlite3*, const char*, int frames)
    {
        static_cast<WalFrames*>(self)->frames = frames;
        return SQLITE_OK;
    }
};

std::string pragma(Store& store, const std::string& name)
{
    auto st = StoreInternals::db(store).prepare("PRAGMA " + name);
    if (!st || !*(*st)->step())
        qFatal("cannot read PRAGMA %s", name.c_str());
    const std::string value = (*st)->text(0);
    (*st)->reset();
    return value;
}

} // namespace

class TestUpkeep : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // Saves one by one leave the search index in many small segments; upkeep merges them step by step
    // until nothing is left to merge, and every search finds what it found before, word for word.
    void mergingTheSearchIndexKeepsEverySearchResult()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, store->create(invented("Kari Nordmann")));
        FN_REQUIRE(const Id ola, store->create(invented("Ola Hansen")));
        for (int i = 0; i < 120; ++i)
            saveVisit(*store, i % 2 ? kari : ola, i);
        const std::vector<std::string_view> queries
            = { "varemottak", "leder", "fast stilling", "Kari", "besøk 7", "kafe", "pause", "truck" };
        std::vector<Hits> before;
        for (auto q : queries)
            before.push_back(searchFor(*store, q));
        QVERIFY(!before[0].empty());

        int steps = 0;
        bool more = true;
        while (more && steps < 100) {
            FN_REQUIRE(more, upkeep(*store, { .mergePages = 16 }));
            ++steps;
        }
        QVERIFY2(steps > 1, "saves one by one should leave segments to merge");
        QVERIFY(!more);
        for (std::size_t k = 0; k < queries.size(); ++k)
            QCOMPARE(searchFor(*store, queries[k]), before[k]);
        QVERIFY(StoreInternals::db(*store).exec(
            "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"));

        // Later saves are found beside the merged ones.
        const Id later = saveVisit(*store, kari, 121); // notes[1]: varemottak
        const Hits after = searchFor(*store, "varemottak");
        QCOMPARE(after.size(), before[0].size() + 1);
        QVERIFY(std::any_of(after.begin(), after.end(), [&](const auto& h) { return std::get<1>(h) == later; }));
    }

    // A save does not merge the search index: FTS5's automerge is off in every store, old ones
    // included, so no save pays for merging the segments of the saves before it.
    void savesLeaveMergingToUpkeep()
    {
        test::TempStore store;
        auto automerge = [&]() -> std::string {
            auto st = StoreInternals::db(*store).prepare("SELECT v FROM search_index_config WHERE k = 'automerge'");
            if (!st || !*(*st)->step())
                return "default";
            const std::string v = (*st)->text(0);
            (*st)->reset();
            return v;
        };
        QCOMPARE(automerge(), std::string("0"));
        // A store from before, with FTS5's default: set right when it opens.
        QVERIFY(StoreInternals::db(*store).exec("DELETE FROM search_index_config WHERE k = 'automerge'"));
        store.reopen();
        QCOMPARE(automerge(), std::string("0"));
    }

    // A save does not checkpoint the WAL (below the backstop, database.cpp); upkeep does, so that the
    // save after it starts the WAL over from its first frame.
    void upkeepCheckpointsWhatSavesLeftInTheWal()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, store->create(invented("Kari Nordmann")));
        // More pages than SQLite's default checkpoint threshold (1,000), fewer than the store's backstop.
        for (int i = 0; i < 200; ++i)
            saveVisit(*store, kari, i);
        // The WAL file only grows: its size is the most frames it held. A checkpoint by SQLite's default
        // would have started it over at about 1,000.
        const auto walBytes = std::filesystem::file_size(store.dir() / (std::string(Store::databaseFileName) + "-wal"));
        FN_REQUIRE(const std::string pageSize, [&]() -> Result<std::string> { return pragma(*store, "page_size"); }());
        const auto frames = static_cast<int>((walBytes - 32) / (std::stoul(pageSize) + 24));
        QVERIFY2(frames > 1100 && frames < 4000, qPrintable(QString::number(frames) + " frames"));

        WalFrames wal;
        sqlite3_wal_hook(StoreInternals::db(*store).handle(), &WalFrames::hook, &wal);
        FN_REQUIRE(const bool merged, upkeep(*store));
        Q_UNUSED(merged);
        saveVisit(*store, kari, 200);
        QVERIFY2(wal.frames > 0 && wal.frames < 100,
            qPrintable("after upkeep the WAL starts over; it holds " + QString::number(wal.frames) + " frames"));
        sqlite3_wal_hook(StoreInternals::db(*store).handle(), nullptr, nullptr);
    }

    // Durability is not traded for speed: a store commits with a full flush of the WAL.
    void savesStayDurable()
    {
        test::TempStore store;
        QCOMPARE(pragma(*store, "journal_mode"), std::string("wal"));
        QCOMPARE(pragma(*store, "synchronous"), std::string("2")); // FULL
        QCOMPARE(pragma(*store, "temp_store"), std::string("2")); // MEMORY
        FN_REQUIRE(const Id kari, store->create(invented("Kari Nordmann")));
        const Id saved = saveVisit(*store, kari, 1);
        store.reopen();
        FN_REQUIRE(const Visit back, store->get<Visit>(saved));
        QCOMPARE(back.participantId, kari);
    }

    // Upkeep inside a transaction would commit half of it: refused, nothing changed.
    void upkeepRefusesToRunInsideATransaction()
    {
        test::TempStore store;
        FN_REQUIRE(const Id kari, store->create(invented("Kari Nordmann")));
        Id inside;
        const Status st = store->transaction([&]() -> Status {
            inside = saveVisit(*store, kari, 3);
            auto r = upkeep(*store);
            if (r)
                return fail(ErrorCode::Internal, "upkeep ran inside a transaction");
            return {};
        });
        QVERIFY(st);
        QVERIFY(store->get<Visit>(inside));
    }
};

QTEST_GUILESS_MAIN(TestUpkeep)
#include "tst_upkeep.moc"
