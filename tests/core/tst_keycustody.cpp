// Key custody: growing delays after wrong passphrases, destruction of the wrapped key after the
// configured number of failures, a failure count that survives a killed process, passphrase changes
// that leave the database untouched, damaged key files and passphrases that are too short.
#include "fileio.h"
#include "keycustody.h"
#include "passphrasepolicy.h"
#include "store.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <csignal>
#include <fstream>
#include <map>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace fieldnotes;
using namespace fieldnotes::core;
using namespace std::chrono_literals;

namespace {

constexpr std::string_view wrongPassphrase = "not the right passphrase";

std::string fileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

void writeText(const std::filesystem::path& path, std::string_view text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

// A key file in a fresh folder, at libsodium's minimum cost, with a clock the test moves.
class KeyFixture {
public:
    explicit KeyFixture(int maxFailures = 10, KdfCost cost = KdfCost::minimum())
        : m_clock(test::fixedStart())
    {
        auto key = KeyFile::create(path(), test::passphrase, cost, maxFailures, m_clock);
        if (!key)
            qFatal("cannot create a key file: %s", key.error().message.c_str());
    }
    std::filesystem::path path() const { return std::filesystem::path(m_dir.path().toStdString()) / "key.json"; }
    ManualClock& clock() { return m_clock; }
    Result<SecretBytes> unlock(std::string_view passphrase) { return KeyFile::unlock(path(), passphrase, m_clock); }
    KeyFileState state()
    {
        auto s = KeyFile::inspect(path(), m_clock);
        if (!s)
            qFatal("cannot inspect the key file: %s", s.error().message.c_str());
        return *s;
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
};

// The message a person reads never repeats what they typed.
bool mentionsPassphrase(const Error& e)
{
    return e.message.find(wrongPassphrase) != std::string::npos
        || e.message.find(test::passphrase) != std::string::npos;
}

// Replaces one base64 character of a field with another valid one, so the file still parses.
std::string alterBase64Field(const std::string& text, const std::string& field)
{
    auto j = nlohmann::json::parse(text);
    std::string v = j.at(field).get<std::string>();
    v[3] = v[3] == 'A' ? 'B' : 'A';
    j[field] = v;
    return j.dump(2);
}

std::vector<std::string> filesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string setField(const std::string& text, const std::string& field, const nlohmann::json& value)
{
    auto j = nlohmann::json::parse(text);
    if (value.is_null())
        j.erase(field);
    else
        j[field] = value;
    return j.dump(2);
}

// A keystore in memory, standing in for the platform's (which keeps its records where the data
// folder's attacker cannot reach).
class MemoryKeyStore final : public KeyStore {
public:
    std::string name() const override { return "memory"; }
    Result<std::optional<KeyStoreRecord>> load(std::string_view storeId) override
    {
        auto it = m_records.find(std::string(storeId));
        if (it == m_records.end())
            return std::optional<KeyStoreRecord> {};
        KeyStoreRecord copy { SecretBytes::fromString(it->second.binding.view()), it->second.generation };
        return std::optional<KeyStoreRecord>(std::move(copy));
    }
    Status save(std::string_view storeId, const KeyStoreRecord& record) override
    {
        m_records[std::string(storeId)] = { SecretBytes::fromString(record.binding.view()), record.generation };
        return {};
    }
    Status erase(std::string_view storeId) override
    {
        m_records.erase(std::string(storeId));
        return {};
    }
    std::size_t size() const { return m_records.size(); }

private:
    std::map<std::string, KeyStoreRecord> m_records;
};

// A store in a fresh folder, bound to a keystore in memory.
struct BoundStore {
    QTemporaryDir dir;
    ManualClock clock { test::fixedStart() };
    MemoryKeyStore keyStore;
    std::filesystem::path folder() const { return dir.path().toStdString(); }
    std::filesystem::path key() const { return folder() / Store::keyFileName; }
    StoreOptions options()
    {
        StoreOptions o;
        o.clock = &clock;
        o.kdf = KdfCost::minimum();
        o.keyStore = &keyStore;
        return o;
    }
};

} // namespace

class TestKeyCustody : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void delayGrowsWithEachFailure_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("delaySeconds");
        QTest::newRow("first slip") << 1 << 0;
        QTest::newRow("second slip") << 2 << 0;
        QTest::newRow("third failure") << 3 << 5;
        QTest::newRow("fourth doubles") << 4 << 10;
        QTest::newRow("fifth") << 5 << 20;
        QTest::newRow("sixth") << 6 << 40;
        QTest::newRow("eighth") << 8 << 160;
        QTest::newRow("tenth") << 10 << 640;
        QTest::newRow("eleventh is capped at 15 minutes") << 11 << 900;
        QTest::newRow("twentieth stays capped") << 20 << 900;
    }

    void delayGrowsWithEachFailure()
    {
        QFETCH(int, failures);
        QFETCH(int, delaySeconds);
        QCOMPARE(KeyFile::delayAfter(failures), std::chrono::seconds(delaySeconds));

        KeyFixture key(50);
        Error last;
        for (int i = 0; i < failures; ++i) {
            auto r = key.unlock(wrongPassphrase);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
            QVERIFY(!mentionsPassphrase(r.error()));
            last = r.error();
            key.clock().advance(r.error().retryAfter);
        }
        QCOMPARE(last.retryAfter, std::chrono::seconds(delaySeconds));
        // The loop already waited out the last delay: step back to the moment of the failure.
        key.clock().advance(-last.retryAfter);
        QCOMPARE(key.state().failures, failures);
        QCOMPARE(key.state().retryAfter, std::chrono::seconds(delaySeconds));
        if (delaySeconds > 0)
            QVERIFY(last.message.find(std::to_string(delaySeconds) + " seconds") != std::string::npos);

        if (delaySeconds > 0) {
            // One second early: even the right passphrase must wait, and the try is not counted.
            key.clock().advance(std::chrono::seconds(delaySeconds) - 1s);
            auto early = key.unlock(test::passphrase);
            QVERIFY(!early);
            QCOMPARE(early.error().code, ErrorCode::MustWait);
            QCOMPARE(early.error().retryAfter, 1s);
            QVERIFY(early.error().message.find("1 seconds") != std::string::npos);
            QCOMPARE(key.state().failures, failures);
            key.clock().advance(1s);
        }
        FN_VERIFY_OK(key.unlock(test::passphrase));
        QCOMPARE(key.state().failures, 0);
        QCOMPARE(key.state().retryAfter, 0s);
    }

    void mustWaitAlsoHoldsForTheWrongPassphrase()
    {
        KeyFixture key(10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!key.unlock(wrongPassphrase));
        auto early = key.unlock(wrongPassphrase);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::MustWait);
        QCOMPARE(key.state().failures, 3); // a refused try is not a guess
    }

    void successClearsEarlierFailures()
    {
        KeyFixture key(10);
        QVERIFY(!key.unlock(wrongPassphrase));
        QVERIFY(!key.unlock(wrongPassphrase));
        QCOMPARE(key.state().failures, 2);
        FN_VERIFY_OK(key.unlock(test::passphrase));
        QCOMPARE(key.state().failures, 0);
        // The count starts again: two more slips are still free.
        QVERIFY(!key.unlock(wrongPassphrase));
        QVERIFY(!key.unlock(wrongPassphrase));
        QCOMPARE(key.state().retryAfter, 0s);
    }

    void clockSteppingBackDoesNotLengthenTheWait()
    {
        // A tablet whose clock resets (a drained battery, a wrong manual setting) must not be locked
        // out until the clock catches up with the last failure.
        KeyFixture key(10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!key.unlock(wrongPassphrase));
        key.clock().set(key.clock().now() - std::chrono::hours(24 * 365));
        QVERIFY(key.state().retryAfter <= KeyFile::delayAfter(3));
        auto early = key.unlock(test::passphrase);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::MustWait);
        QVERIFY(early.error().retryAfter <= KeyFile::delayAfter(3));
        key.clock().advance(early.error().retryAfter);
        FN_VERIFY_OK(key.unlock(test::passphrase));
    }

    void aChangeOfDateDoesNotShortenTheDelay()
    {
        // Setting the tablet's date a day ahead must not count as waiting: the delay runs on a clock
        // that only time passing moves.
        KeyFixture key(10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!key.unlock(wrongPassphrase));
        key.clock().set(key.clock().now() + std::chrono::hours(24));
        QCOMPARE(key.state().retryAfter, KeyFile::delayAfter(3));
        auto early = key.unlock(test::passphrase);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::MustWait);
        QCOMPARE(early.error().retryAfter, KeyFile::delayAfter(3));
        key.clock().set(key.clock().now() - std::chrono::hours(48)); // nor a date set back
        QCOMPARE(key.state().retryAfter, KeyFile::delayAfter(3));
        key.clock().advance(KeyFile::delayAfter(3));
        FN_VERIFY_OK(key.unlock(test::passphrase));
    }

    void aRestartStartsTheDelayAgain()
    {
        // The time since boot starts from zero after a restart, so a restart cannot be used to skip
        // a delay: the wait starts again from the first attempt after it.
        KeyFixture key(10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!key.unlock(wrongPassphrase));
        key.clock().advance(2s);
        key.clock().restart();
        auto early = key.unlock(test::passphrase);
        QVERIFY(!early);
        QCOMPARE(early.error().code, ErrorCode::MustWait);
        QCOMPARE(early.error().retryAfter, KeyFile::delayAfter(3));
        QCOMPARE(key.state().failures, 3);
        key.clock().advance(KeyFile::delayAfter(3));
        FN_VERIFY_OK(key.unlock(test::passphrase));
    }

    void attemptsFromParallelProcessesAreEachCounted()
    {
        // Three processes guessing at the same moment: each guess counts, because each reads the
        // count only after the one before has written it (the key file is locked across processes).
        for (int round = 0; round < 4; ++round) {
            KeyFixture key(50);
            int go[2];
            QVERIFY(::pipe(go) == 0);
            std::vector<pid_t> children;
            for (int i = 0; i < 3; ++i) {
                const pid_t child = ::fork();
                QVERIFY(child >= 0);
                if (child == 0) {
                    ::close(go[1]);
                    char byte = 0;
                    (void)!::read(go[0], &byte, 1);
                    ManualClock clock(test::fixedStart());
                    (void)KeyFile::unlock(key.path(), wrongPassphrase, clock);
                    ::_exit(0);
                }
                children.push_back(child);
            }
            ::close(go[0]);
            QCOMPARE(::write(go[1], "gggg", 3), ssize_t { 3 });
            ::close(go[1]);
            for (pid_t child : children) {
                int status = 0;
                QCOMPARE(::waitpid(child, &status, 0), child);
            }
            QCOMPARE(key.state().failures, 3);
        }
    }

    void keyIsDestroyedAfterTheConfiguredFailures_data()
    {
        QTest::addColumn<int>("maxFailures");
        QTest::newRow("one try") << 1;
        QTest::newRow("three tries") << 3;
        QTest::newRow("default") << KeyFile::defaultMaxFailures;
    }

    void keyIsDestroyedAfterTheConfiguredFailures()
    {
        QFETCH(int, maxFailures);
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        ManualClock clock(test::fixedStart());
        StoreOptions options;
        options.clock = &clock;
        options.kdf = KdfCost::minimum();
        options.maxFailures = maxFailures;
        FN_VERIFY_OK(Store::create(folder, test::passphrase, options));
        const std::string before = fileText(folder / Store::keyFileName);

        for (int i = 1; i < maxFailures; ++i) {
            auto r = Store::open(folder, wrongPassphrase, options);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
            const int left = maxFailures - i;
            // The last few tries are announced, so nobody destroys the key by surprise.
            QCOMPARE(r.error().message.find("left") != std::string::npos, left <= 3);
            clock.advance(r.error().retryAfter);
        }
        auto last = Store::open(folder, wrongPassphrase, options);
        QVERIFY(!last);
        QCOMPARE(last.error().code, ErrorCode::KeyDestroyed);
        QVERIFY(last.error().message.find("destroyed") != std::string::npos);

        // The file says so, and no longer holds the wrapped key or its salt.
        FN_REQUIRE(const KeyFileState state, KeyFile::inspect(folder / Store::keyFileName, clock));
        QVERIFY(state.destroyed);
        const std::string after = fileText(folder / Store::keyFileName);
        const auto old = nlohmann::json::parse(before);
        QVERIFY(after.find(old.at("wrapped").get<std::string>()) == std::string::npos);
        QVERIFY(after.find(old.at("salt").get<std::string>()) == std::string::npos);
        QVERIFY(nlohmann::json::parse(after).value("destroyed", false));
        // The encrypted case file goes with it: nothing is left to copy off the tablet and attack
        // with a key file saved earlier.
        QCOMPARE(filesIn(folder), std::vector<std::string> { std::string(Store::keyFileName) });

        // Even the right passphrase cannot bring it back, and the answer stays the same.
        clock.advance(std::chrono::hours(1));
        auto right = Store::open(folder, test::passphrase, options);
        QVERIFY(!right);
        QCOMPARE(right.error().code, ErrorCode::KeyDestroyed);
        auto change = Store::changePassphrase(folder, test::passphrase, "a brand new passphrase", options);
        QVERIFY(!change);
        QCOMPARE(change.error().code, ErrorCode::KeyDestroyed);
    }

    void failureCountSurvivesAKillBetweenAttempts()
    {
        KeyFixture key(10);
        for (int i = 0; i < 2; ++i) {
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                // A wrong guess, then the process dies without any chance to tidy up.
                ManualClock clock(test::fixedStart());
                (void)KeyFile::unlock(key.path(), wrongPassphrase, clock);
                ::raise(SIGKILL);
                ::_exit(0);
            }
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        }
        QCOMPARE(key.state().failures, 2);
        auto third = key.unlock(wrongPassphrase);
        QVERIFY(!third);
        QCOMPARE(third.error().retryAfter, KeyFile::delayAfter(3));
        QCOMPARE(key.state().failures, 3);
    }

    void anAttemptKilledBeforeItsAnswerIsCounted()
    {
        // The failure is written before the KDF runs, so killing the process once the answer is near
        // (to avoid having it recorded) does not work. Proven with the right passphrase: had the try
        // finished, the count would be back at zero.
        KeyFixture key(10, KdfCost::standard());
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ManualClock clock(test::fixedStart());
            (void)KeyFile::unlock(key.path(), test::passphrase, clock);
            ::_exit(0);
        }
        bool recorded = false;
        for (int i = 0; i < 10000 && !recorded; ++i) {
            auto s = KeyFile::inspect(key.path(), key.clock());
            recorded = s && s->failures == 1;
            if (!recorded)
                std::this_thread::sleep_for(1ms);
        }
        ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(recorded);
        QVERIFY2(WIFSIGNALED(status), "the unlock finished before it could be killed; the KDF is too fast to test");
        QCOMPARE(key.state().failures, 1);
        FN_VERIFY_OK(key.unlock(test::passphrase));
        QCOMPARE(key.state().failures, 0);
    }

    void passphraseChangeKeepsTheDatabaseAsItIs()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Tuva Testbruker";
        FN_REQUIRE(const Id pid, store->create(p));
        store.close();
        const auto db = store.dir() / Store::databaseFileName;
        const std::string dbBefore = fileText(db);
        const auto timeBefore = std::filesystem::last_write_time(db);
        const std::string keyBefore = fileText(store.dir() / Store::keyFileName);
        QVERIFY(!dbBefore.empty());

        const std::string newPassphrase = "en helt ny og lang passfrase";
        FN_VERIFY_OK(Store::changePassphrase(store.dir(), test::passphrase, newPassphrase, store.options()));
        QCOMPARE(fileText(db), dbBefore);
        QVERIFY(std::filesystem::last_write_time(db) == timeBefore);
        const std::string keyAfter = fileText(store.dir() / Store::keyFileName);
        QVERIFY(keyAfter != keyBefore);
        // Re-wrapped under a fresh salt and nonce.
        const auto before = nlohmann::json::parse(keyBefore);
        const auto after = nlohmann::json::parse(keyAfter);
        QVERIFY(before.at("salt") != after.at("salt"));
        QVERIFY(before.at("wrapped") != after.at("wrapped"));

        auto old = Store::open(store.dir(), test::passphrase, store.options());
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::WrongPassphrase);
        FN_REQUIRE(auto reopened, Store::open(store.dir(), newPassphrase, store.options()));
        FN_REQUIRE(const Participant back, reopened->get<Participant>(pid));
        QCOMPARE(back.displayName, p.displayName);
    }

    void passphraseChangeNeedsTheOldPassphrase()
    {
        KeyFixture key(10);
        const std::string before = fileText(key.path());
        auto r = KeyFile::changePassphrase(key.path(), wrongPassphrase, "a brand new passphrase", key.clock());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(key.state().failures, 1); // a guess through the change dialog counts too
        FN_VERIFY_OK(key.unlock(test::passphrase));
        QVERIFY(!key.unlock("a brand new passphrase"));
    }

    void damagedKeyFileIsReportedAsCorrupt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("empty") << "empty";
        QTest::newRow("zeroed") << "zeroed";
        QTest::newRow("truncated to half") << "half";
        QTest::newRow("last byte lost") << "last byte";
        QTest::newRow("not json") << "text";
        QTest::newRow("random bytes") << "random";
        QTest::newRow("salt missing") << "no salt";
        QTest::newRow("negative failure count") << "negative failures";
        QTest::newRow("wrapped key altered") << "wrapped";
        QTest::newRow("salt altered") << "salt";
        QTest::newRow("nonce altered") << "nonce";
        QTest::newRow("cost altered") << "opslimit";
        QTest::newRow("failure count altered") << "failures";
        QTest::newRow("marked destroyed by damage") << "destroyed";
    }

    void damagedKeyFileIsReportedAsCorrupt()
    {
        QFETCH(QString, damage);
        KeyFixture key(10);
        const std::string good = fileText(key.path());
        std::string bad;
        const std::string d = damage.toStdString();
        if (d == "empty")
            bad = "";
        else if (d == "zeroed")
            bad = std::string(good.size(), '\0');
        else if (d == "half")
            bad = good.substr(0, good.size() / 2);
        else if (d == "last byte")
            bad = good.substr(0, good.size() - 1);
        else if (d == "text")
            bad = "this is not a key file\n";
        else if (d == "random") {
            bad.resize(good.size());
            randombytes_buf(bad.data(), bad.size());
        } else if (d == "no salt")
            bad = setField(good, "salt", nullptr);
        else if (d == "negative failures")
            bad = setField(good, "failures", -1);
        else if (d == "failures")
            bad = setField(good, "failures", 7);
        else if (d == "destroyed")
            bad = setField(good, "destroyed", true);
        else if (d == "opslimit")
            bad = setField(good, "opslimit", nlohmann::json::parse(good).at("opslimit").get<int>() + 1);
        else
            bad = alterBase64Field(good, d);
        QVERIFY(bad != good);
        writeText(key.path(), bad);

        auto r = key.unlock(test::passphrase);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        QVERIFY(r.error().message.find("damaged") != std::string::npos);
        // Damage is not a guess: nothing was counted, and the file is left as found for the office.
        QCOMPARE(fileText(key.path()), bad);
        auto again = key.unlock(test::passphrase);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Corrupt);
    }

    void aBoundKeyFileWithItsCountResetIsRefused()
    {
        // Without a keystore anyone who can write the folder can reset the count: the check is a
        // plain hash they can recompute. Bound, the check is keyed by the keystore's secret.
        BoundStore s;
        FN_VERIFY_OK(Store::create(s.folder(), test::passphrase, s.options()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Store::open(s.folder(), wrongPassphrase, s.options()));
        auto j = nlohmann::json::parse(fileText(s.key()));
        QCOMPARE(j.at("failures").get<int>(), 3);
        j["failures"] = 0;
        j["lastFailureBoot"] = "";
        j.erase("check");
        const std::string text = j.dump();
        unsigned char hash[crypto_generichash_BYTES];
        crypto_generichash(
            hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
        char b64[sodium_base64_ENCODED_LEN(crypto_generichash_BYTES, sodium_base64_VARIANT_ORIGINAL)];
        sodium_bin2base64(b64, sizeof b64, hash, sizeof hash, sodium_base64_VARIANT_ORIGINAL);
        j["check"] = std::string(b64);
        writeText(s.key(), j.dump(2));

        auto r = Store::open(s.folder(), test::passphrase, s.options());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
    }

    void aBoundKeyFileCopiedBackIsRefused()
    {
        // A key file saved before three wrong guesses (or before a passphrase change), put back:
        // the keystore knows a newer one was written since.
        BoundStore s;
        FN_VERIFY_OK(Store::create(s.folder(), test::passphrase, s.options()));
        const std::string saved = fileText(s.key());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Store::open(s.folder(), wrongPassphrase, s.options()));
        writeText(s.key(), saved);
        auto r = Store::open(s.folder(), test::passphrase, s.options());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Corrupt);
        QVERIFY(r.error().message.find("older copy") != std::string::npos);

        // The same after a passphrase change: the old file and the old passphrase open nothing.
        BoundStore t;
        FN_VERIFY_OK(Store::create(t.folder(), test::passphrase, t.options()));
        const std::string before = fileText(t.key());
        FN_VERIFY_OK(
            Store::changePassphrase(t.folder(), test::passphrase, "en helt ny og lang passfrase", t.options()));
        writeText(t.key(), before);
        auto old = Store::open(t.folder(), test::passphrase, t.options());
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::Corrupt);
    }

    void aBoundStoreDoesNotOpenWithoutItsKeystore()
    {
        // The data folder copied elsewhere (or opened by a program without the keystore).
        BoundStore s;
        FN_VERIFY_OK(Store::create(s.folder(), test::passphrase, s.options()));
        FN_VERIFY_OK(Store::open(s.folder(), test::passphrase, s.options()));
        StoreOptions without = s.options();
        without.keyStore = nullptr;
        auto r = Store::open(s.folder(), test::passphrase, without);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QVERIFY(r.error().message.find("keystore") != std::string::npos);
        MemoryKeyStore elsewhere;
        without.keyStore = &elsewhere;
        auto there = Store::open(s.folder(), test::passphrase, without);
        QVERIFY(!there);
        QCOMPARE(there.error().code, ErrorCode::KeyDestroyed);
        FN_REQUIRE(const KeyFileState state, Store::keyState(s.folder(), s.options()));
        QVERIFY(state.bound);
        QCOMPARE(state.failures, 0); // neither was a guess
    }

    void destroyingABoundKeyForgetsItsKeystoreRecord()
    {
        BoundStore s;
        StoreOptions o = s.options();
        o.maxFailures = 2;
        FN_VERIFY_OK(Store::create(s.folder(), test::passphrase, o));
        QCOMPARE(s.keyStore.size(), std::size_t { 1 });
        QVERIFY(!Store::open(s.folder(), wrongPassphrase, o));
        auto last = Store::open(s.folder(), wrongPassphrase, o);
        QVERIFY(!last);
        QCOMPARE(last.error().code, ErrorCode::KeyDestroyed);
        QCOMPARE(s.keyStore.size(), std::size_t { 0 });
        QCOMPARE(filesIn(s.folder()), std::vector<std::string> { std::string(Store::keyFileName) });
    }

    void rekeyLeavesNoEarlierKeyFileThatOpensTheStore()
    {
        // Changing the passphrase alone re-wraps the same key: a saved key file and the old
        // passphrase still open the case file. A rekey gives it a new key.
        test::TempStore store;
        Participant p;
        p.displayName = "Tuva Testbruker";
        FN_REQUIRE(const Id pid, store->create(p));
        store.close();
        const std::string savedKey = fileText(store.dir() / Store::keyFileName);
        const std::string newPassphrase = "en helt ny og lang passfrase";

        std::vector<std::string> stages;
        double last = 0;
        bool monotonic = true;
        FN_VERIFY_OK(Store::rekey(
            store.dir(), test::passphrase, newPassphrase, store.options(), [&](const RekeyProgress& progress) {
                if (stages.empty() || stages.back() != progress.stage)
                    stages.emplace_back(progress.stage);
                monotonic = monotonic && progress.fraction >= last;
                last = progress.fraction;
            }));
        QVERIFY(monotonic);
        QCOMPARE(last, 1.0);
        QCOMPARE(stages.front(), std::string("unlocked"));
        QCOMPARE(stages.back(), std::string("done"));
        QVERIFY(std::find(stages.begin(), stages.end(), "swapped") != stages.end());
        QCOMPARE(filesIn(store.dir()),
            (std::vector<std::string> { std::string(Store::databaseFileName), std::string(Store::keyFileName) }));

        FN_REQUIRE(auto reopened, Store::open(store.dir(), newPassphrase, store.options()));
        FN_REQUIRE(const Participant back, reopened->get<Participant>(pid));
        QCOMPARE(back.displayName, p.displayName);
        FN_REQUIRE(const auto hits, reopened->search("Testbruker"));
        QCOMPARE(hits.size(), std::size_t { 1 });
        FN_VERIFY_OK(core::StoreInternals::db(*reopened).exec(
            "INSERT INTO search_index(search_index) VALUES ('integrity-check')"));
        reopened.reset();

        const std::string currentKey = fileText(store.dir() / Store::keyFileName);
        writeText(store.dir() / Store::keyFileName, savedKey);
        auto old = Store::open(store.dir(), test::passphrase, store.options());
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::NotADatabase);
        writeText(store.dir() / Store::keyFileName, currentKey);
        FN_VERIFY_OK(Store::open(store.dir(), newPassphrase, store.options()));
    }

    void rekeyIsRefusedWhileTheStoreIsOpen()
    {
        test::TempStore store;
        auto r = Store::rekey(store.dir(), test::passphrase, test::passphrase, store.options());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Busy);
        store.close();
        FN_VERIFY_OK(Store::open(store.dir(), test::passphrase, store.options())); // nothing changed
    }

    void keyFileWithoutChecksumStillOpens()
    {
        // Key files written before the checksum existed (format 1) open, and gain one.
        KeyFixture key(10);
        auto j = nlohmann::json::parse(fileText(key.path()));
        j.erase("check");
        j["version"] = 1;
        writeText(key.path(), j.dump(2));
        FN_VERIFY_OK(key.unlock(test::passphrase));
        const auto rewritten = nlohmann::json::parse(fileText(key.path()));
        QCOMPARE(rewritten.at("version").get<int>(), 3);
        QVERIFY(rewritten.contains("check"));
        FN_VERIFY_OK(key.unlock(test::passphrase));
    }

    void keyFileFromANewerVersionIsRefused()
    {
        KeyFixture key(10);
        writeText(key.path(), setField(fileText(key.path()), "version", 99));
        auto r = key.unlock(test::passphrase);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::SchemaTooNew);
    }

    void passphrasesBelowThePolicyAreRefused_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("seven characters") << "Kx9#mQ2" << false;
        QTest::newRow("seven letters in fourteen bytes") << QString::fromUtf8("æøåæøåæ") << false;
        QTest::newRow("four letters in eight bytes") << QString::fromUtf8("ææææ") << false;
        QTest::newRow("eight in alphabetical order") << "abcdefgh" << false;
        QTest::newRow("a leaked password") << "password1" << false;
        QTest::newRow("a Norwegian one with a year") << "Sommer2024" << false;
        QTest::newRow("a keyboard walk") << "qwertyuiop" << false;
        QTest::newRow("eight random characters") << "Kx9#mQ2!" << true;
        QTest::newRow("a sentence") << QString::fromUtf8("hesten spiser gul banan") << true;
        QTest::newRow("words with Norwegian letters") << QString::fromUtf8("blåbær fjellet") << true;
    }

    void passphrasesBelowThePolicyAreRefused()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, accepted);
        const std::string text = passphrase.toStdString();
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        ManualClock clock(test::fixedStart());
        StoreOptions options;
        options.clock = &clock;
        options.kdf = KdfCost::minimum();

        auto created = Store::create(folder / "new", text, options);
        QCOMPARE(created.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(created.error().code, ErrorCode::InvalidArgument);
            QVERIFY(
                created.error().message.find(characterCount(text) < 8 ? "at least 8 characters" : "too easy to guess")
                != std::string::npos);
            QVERIFY(!Store::exists(folder / "new"));
            QVERIFY(!std::filesystem::exists(folder / "new" / Store::databaseFileName));
        }

        FN_VERIFY_OK(Store::create(folder / "existing", test::passphrase, options));
        auto changed = Store::changePassphrase(folder / "existing", test::passphrase, text, options);
        QCOMPARE(changed.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(changed.error().code, ErrorCode::InvalidArgument);
            // Refused before any attempt: the old passphrase still works and nothing was counted.
            FN_REQUIRE(const KeyFileState state, KeyFile::inspect(folder / "existing" / Store::keyFileName, clock));
            QCOMPARE(state.failures, 0);
            FN_VERIFY_OK(Store::open(folder / "existing", test::passphrase, options));
        } else {
            FN_VERIFY_OK(Store::open(folder / "existing", text, options));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyCustody)
#include "tst_keycustody.moc"
