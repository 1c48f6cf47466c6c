// The desktop Linux keystore (platform/devicekeystore.h): records outside the data folder, the
// owner's alone; a store bound to it opens with it and not from a copy of the data folder taken
// elsewhere; ids that could name a path outside its folder are refused.
#include "devicekeystore.h"
#include "store.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

class TestDeviceKeyStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aBoundStoreOpensWithItsKeystoreOnly()
    {
        QTemporaryDir home;
        const std::filesystem::path root = home.path().toStdString();
        platform::FileKeyStore keyStore(root / "state" / "keystore");
        ManualClock clock(test::fixedStart());
        StoreOptions options;
        options.clock = &clock;
        options.kdf = KdfCost::minimum();
        options.keyStore = &keyStore;
        FN_VERIFY_OK(Store::create(root / "data", test::passphrase, options));
        FN_VERIFY_OK(Store::open(root / "data", test::passphrase, options));

        // The records are the owner's alone.
        QCOMPARE(std::filesystem::status(root / "state" / "keystore").permissions(), std::filesystem::perms::owner_all);
        int records = 0;
        for (const auto& entry : std::filesystem::directory_iterator(root / "state" / "keystore")) {
            ++records;
            QCOMPARE(
                entry.status().permissions(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        }
        QCOMPARE(records, 1);

        // A copy of the data folder, on a machine with another keystore.
        std::filesystem::copy(root / "data", root / "copy", std::filesystem::copy_options::recursive);
        platform::FileKeyStore elsewhere(root / "elsewhere");
        StoreOptions there = options;
        there.keyStore = &elsewhere;
        auto r = Store::open(root / "copy", test::passphrase, there);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::KeyDestroyed);
    }

    void anIdThatIsNotHexIsRefused()
    {
        QTemporaryDir home;
        platform::FileKeyStore keyStore(std::filesystem::path(home.path().toStdString()) / "keystore");
        for (const char* id : { "../key", "", "ABC", "0123/456" }) {
            auto r = keyStore.load(id);
            QVERIFY2(!r, id);
            QCOMPARE(r.error().code, ErrorCode::Corrupt);
        }
        FN_REQUIRE(const auto none, keyStore.load("00ff"));
        QVERIFY(!none.has_value());
        FN_VERIFY_OK(keyStore.erase("00ff"));
    }

    void theDefaultFolderIsOutsideTheDataFolder()
    {
        qputenv("XDG_STATE_HOME", "/var/tmp/state-home");
        QCOMPARE(
            platform::FileKeyStore::defaultFolder(), std::filesystem::path("/var/tmp/state-home/fieldnotes/keystore"));
        qunsetenv("XDG_STATE_HOME");
        QVERIFY(platform::FileKeyStore::defaultFolder().string().find("/.local/state/fieldnotes/keystore")
            != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDeviceKeyStore)
#include "tst_devicekeystore.moc"
