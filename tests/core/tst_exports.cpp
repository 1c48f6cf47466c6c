// Export files: they open with the right key and only with it, no plaintext is in them, any change
// to the file is refused, and an employer brief is recorded as a disclosure once it exists.
#include "dump.h"
#include "exports.h"
#include "fileio.h"
#include "storeinternals.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <sodium.h>

#include <sys/stat.h>

using namespace fieldnotes;
using namespace fieldnotes::core;

namespace {

constexpr std::string_view canary = "CANARY-7f3a-kanari";
constexpr std::string_view pass = "riktig hest batteri stift";

ExportBundle sample()
{
    std::string big;
    while (big.size() < 200 * 1024) // four chunks
        big += std::string(canary) + " linje " + std::to_string(big.size()) + "\n";
    return { "shared_about_me", *parseDate("2026-03-02"),
        { { "shared_about_me.txt", "text/plain", "Sara Testesen: " + std::string(canary) },
            { "empty.csv", "text/csv", "" }, { "big.txt", "text/plain", big } } };
}

PassphraseSeal fast(std::string_view passphrase = pass)
{
    return { passphrase, KdfCost::minimum() };
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void opensWithThePassphraseAndHoldsNoPlaintext()
    {
        const ExportBundle b = sample();
        FN_REQUIRE(const std::string sealed, sealExport(b, fast()));
        QVERIFY(!contains(sealed, canary));
        QVERIFY(!contains(sealed, "Sara"));
        QVERIFY(!contains(sealed, "shared_about_me")); // entry names are inside the manifest too
        FN_REQUIRE(const auto mode, exportKeyMode(sealed));
        QCOMPARE(mode, ExportKeyMode::Passphrase);
        FN_REQUIRE(const ExportBundle back, openExport(sealed, pass));
        QCOMPARE(back.kind, b.kind);
        QCOMPARE(back.createdOn, b.createdOn);
        QCOMPARE(back.entries.size(), b.entries.size());
        for (std::size_t i = 0; i < b.entries.size(); ++i) {
            QCOMPARE(back.entries[i].name, b.entries[i].name);
            QCOMPARE(back.entries[i].mediaType, b.entries[i].mediaType);
            QVERIFY(back.entries[i].content == b.entries[i].content);
        }
    }

    void aWrongPassphraseIsSaidSo()
    {
        FN_REQUIRE(const std::string sealed, sealExport(sample(), fast()));
        const auto r = openExport(sealed, "riktig hest batteri stiFt");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
    }

    void anyChangeIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("code");
        QTest::newRow("magic") << "flip:0" << int(ErrorCode::NotADatabase);
        QTest::newRow("version") << "set:8:9" << int(ErrorCode::SchemaTooNew);
        QTest::newRow("unknown key mode") << "set:9:7" << int(ErrorCode::Corrupt);
        QTest::newRow("cost, still plausible") << "set:12:3" << int(ErrorCode::WrongPassphrase);
        QTest::newRow("cost, absurd") << "set:13:200" << int(ErrorCode::Corrupt);
        QTest::newRow("salt") << "flip:30" << int(ErrorCode::WrongPassphrase);
        QTest::newRow("stream header") << "flip:50" << int(ErrorCode::WrongPassphrase);
        QTest::newRow("manifest") << "flip:80" << int(ErrorCode::WrongPassphrase);
        QTest::newRow("content") << "flip:-70000" << int(ErrorCode::Corrupt);
        QTest::newRow("last byte") << "flip:-1" << int(ErrorCode::Corrupt);
        QTest::newRow("final chunk cut off") << "cut:21" << int(ErrorCode::Corrupt);
        QTest::newRow("cut in the middle") << "cut:100000" << int(ErrorCode::Corrupt);
        QTest::newRow("bytes appended") << "append" << int(ErrorCode::Corrupt);
        QTest::newRow("two chunks swapped") << "swap" << int(ErrorCode::Corrupt);
        QTest::newRow("empty file") << "cut:-1" << int(ErrorCode::NotADatabase);
    }

    void anyChangeIsRefused()
    {
        QFETCH(QString, change);
        QFETCH(int, code);
        FN_REQUIRE(std::string sealed, sealExport(sample(), fast()));
        const QStringList parts = change.split(':');
        auto at = [&](int i) {
            const long long n = parts[i].toLongLong();
            return static_cast<std::size_t>(n >= 0 ? n : static_cast<long long>(sealed.size()) + n);
        };
        if (parts[0] == "flip")
            sealed[at(1)] = static_cast<char>(sealed[at(1)] ^ 0x20);
        else if (parts[0] == "set")
            sealed[at(1)] = static_cast<char>(parts[2].toInt());
        else if (parts[0] == "cut")
            sealed.resize(parts[1] == "-1" ? 0 : sealed.size() - at(1));
        else if (parts[0] == "append")
            sealed += "more";
        else if (parts[0] == "swap") {
            // Walk the chunks (manifest, first entry, the big entry's four, final) and swap the big
            // entry's first two, which have the same length.
            std::vector<std::size_t> starts;
            for (std::size_t chunk = 44 + 24; chunk + 4 <= sealed.size();) {
                starts.push_back(chunk);
                std::uint32_t length = 0;
                for (int i = 3; i >= 0; --i)
                    length = (length << 8) | static_cast<unsigned char>(sealed[chunk + std::size_t(i)]);
                chunk += 4 + length;
            }
            QCOMPARE(starts.size(), std::size_t { 7 });
            const std::size_t length = starts[3] - starts[2];
            QCOMPARE(starts[4] - starts[3], length);
            const std::string first = sealed.substr(starts[2], length);
            sealed.replace(starts[2], length, sealed.substr(starts[3], length));
            sealed.replace(starts[3], length, first);
        }
        const auto r = openExport(sealed, pass);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void passphrasePolicy_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("11 characters") << "abcdefghijk" << false;
        QTest::newRow("12 characters") << "abcdefghijkl" << true;
        QTest::newRow("11 Norwegian letters, 22 bytes") << "æøåæøåæøåæø" << false;
        QTest::newRow("12 Norwegian letters") << "æøåæøåæøåæøå" << true;
    }

    void passphrasePolicy()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, accepted);
        const std::string p = passphrase.toStdString();
        QCOMPARE(checkExportPassphrase(p).has_value(), accepted);
        QCOMPARE(sealExport(sample(), fast(p)).has_value(), accepted);
    }

    void generatedPassphrases()
    {
        const QRegularExpression shape("^([A-HJ-NP-Z2-9]{4}-){5}[A-HJ-NP-Z2-9]{4}$");
        std::set<std::string> seen;
        for (int i = 0; i < 50; ++i) {
            const std::string p = generateExportPassphrase();
            QVERIFY2(shape.match(QString::fromStdString(p)).hasMatch(), p.c_str());
            QVERIFY(checkExportPassphrase(p));
            seen.insert(p);
        }
        QCOMPARE(seen.size(), std::size_t { 50 });
    }

    void sealedToTheOfficeKeyOpensOnlyThere()
    {
        test::TempStore office("office", 7);
        test::TempStore tablet("tablet", 8);
        test::TempStore otherOffice("office-2", 9);
        FN_REQUIRE(const ExportPublicKey pk, createOfficeExportKey(*office));
        QCOMPARE(createOfficeExportKey(*office).error().code, ErrorCode::AlreadyExists);
        FN_REQUIRE(const auto none, exportRecipient(*tablet));
        QVERIFY(!none);
        FN_REQUIRE(const ExportPublicKey fromText, exportKeyFromText(exportKeyText(pk)));
        FN_VERIFY_OK(setExportRecipient(*tablet, fromText));
        FN_REQUIRE(const auto recipient, exportRecipient(*tablet));
        QVERIFY(recipient && *recipient == pk);

        FN_REQUIRE(const std::string sealed, sealExport(sample(), OfficeKeySeal { *recipient }));
        QVERIFY(!contains(sealed, canary));
        FN_REQUIRE(const auto mode, exportKeyMode(sealed));
        QCOMPARE(mode, ExportKeyMode::OfficeKey);
        office.reopen(); // the key pair survives: it is in the office's encrypted store
        FN_REQUIRE(auto keys, officeExportKey(*office));
        FN_REQUIRE(const ExportBundle back, openExport(sealed, keys.first, keys.second));
        QVERIFY(back.entries[2].content == sample().entries[2].content);

        FN_VERIFY_OK(createOfficeExportKey(*otherOffice));
        FN_REQUIRE(auto otherKeys, officeExportKey(*otherOffice));
        const auto wrong = openExport(sealed, otherKeys.first, otherKeys.second);
        QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
        QCOMPARE(openExport(sealed, pass).error().code, ErrorCode::InvalidArgument);

        // The secret key never appears in what replicas compare or send.
        FN_REQUIRE(const std::string dump, dumpCanonical(*office));
        QVERIFY(!contains(dump, "export_secret_key"));
    }

    void writtenOwnerOnlyInOneStep()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString() + "/eksport.fnx";
        FN_VERIFY_OK(writeExport(path, sample(), fast()));
        struct stat st { };
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(!std::filesystem::exists(path.string() + ".tmp"));
        FN_REQUIRE(const std::string file, readFile(path, 1 << 24));
        QVERIFY(!contains(file, canary));
        FN_REQUIRE(const ExportBundle back, openExport(file, pass));
        QCOMPARE(back.entries.size(), std::size_t { 3 });
    }

    void aFailedExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString() + "/eksport.fnx";
        ExportBundle bad = sample();
        bad.entries.push_back({ "../utenfor.txt", "text/plain", "x" });
        QCOMPARE(writeExport(path, bad, fast()).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(writeExport(path, sample(), fast("for kort")).error().code, ErrorCode::InvalidArgument);
        QVERIFY(std::filesystem::is_empty(dir.path().toStdString()));
        QVERIFY(!writeExport(dir.path().toStdString() + "/finnes/ikke/eksport.fnx", sample(), fast()));
    }

    void anEmployerBriefIsRecordedAsADisclosure()
    {
        test::TempStore store; // today: 2026-03-02
        FN_VERIFY_OK(store->setStaffId("staff-1"));
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id sara, store->create(p));
        Profile profile;
        profile.id = sara;
        profile.participantId = sara;
        profile.supportNeeds = "Faste rutiner";
        FN_VERIFY_OK(store->create(profile));
        Employer e;
        e.name = "Testbakeriet";
        FN_REQUIRE(const Id bakery, store->create(e));
        Employer e2;
        e2.name = "Prøvekafeen";
        FN_REQUIRE(const Id cafe, store->create(e2));
        Consent c;
        c.participantId = sara;
        c.item = DisclosureItem::SupportNeeds;
        c.recipientKind = RecipientKind::Employer;
        c.recipientId = bakery;
        c.recipientName = "Testbakeriet";
        c.grantedOn = parseDate("2026-03-01");
        FN_REQUIRE(const Id consent, store->create(c));

        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString() + "/brief.fnx";
        FN_VERIFY_OK(exportEmployerBrief(*store, sara, bakery, path, fast()));
        FN_REQUIRE(const auto log, core::StoreInternals::select<Disclosure>(*store, "participant_id = ?", { sara }));
        QCOMPARE(log.size(), std::size_t { 1 });
        QCOMPARE(log[0].recipientId, std::optional(bakery));
        QCOMPARE(log[0].recipientName, std::string("Testbakeriet"));
        QCOMPARE(log[0].items, std::set<DisclosureItem>({ DisclosureItem::SupportNeeds }));
        QCOMPARE(formatDate(log[0].occurredOn), std::string("2026-03-02"));
        QCOMPARE(log[0].authorId, std::string("staff-1"));
        FN_REQUIRE(const std::string file, readFile(path, 1 << 24));
        QVERIFY(!contains(file, "Faste rutiner"));
        FN_REQUIRE(const ExportBundle opened, openExport(file, pass));
        QCOMPARE(opened.entries[0].name, std::string("employer_brief.json"));
        FN_REQUIRE(const Document brief, documentFromJson(nlohmann::json::parse(opened.entries[0].content)));
        QVERIFY(contains(documentToText(brief), "Faste rutiner"));

        // Nothing shared with the café: no file, nothing recorded.
        const std::filesystem::path refused = dir.path().toStdString() + "/cafe.fnx";
        const auto r = exportEmployerBrief(*store, sara, cafe, refused, fast());
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QVERIFY(!std::filesystem::exists(refused));
        // Revoked today: the brief is refused today, whatever was agreed before.
        FN_REQUIRE(Consent revoked, store->get<Consent>(consent));
        revoked.revokedOn = parseDate("2026-03-02");
        FN_VERIFY_OK(store->update(revoked));
        QCOMPARE(exportEmployerBrief(*store, sara, bakery, path, fast()).error().code, ErrorCode::Unauthorized);
        FN_REQUIRE(const auto after, core::StoreInternals::select<Disclosure>(*store, "participant_id = ?", { sara }));
        QCOMPARE(after.size(), std::size_t { 1 });
    }

    void whatTheExportsHold()
    {
        test::TempStore store;
        Participant p;
        p.displayName = "Sara Testesen";
        FN_REQUIRE(const Id sara, store->create(p));
        FN_REQUIRE(const ExportBundle access, rightOfAccessExport(*store, sara, store->today()));
        std::set<std::string> names;
        for (const auto& e : access.entries)
            names.insert(e.name);
        for (const char* name : { "README.txt", "shared_about_me.json", "shared_about_me.txt", "individual_report.json",
                 "individual_report.txt", "table_participants.csv" })
            QVERIFY2(names.count(name), name);
        FN_VERIFY_OK(sealExport(access, fast())); // every name is one a file may have

        FN_REQUIRE(const ExportBundle reports, individualReportExport(*store, { sara }, store->today()));
        QCOMPARE(reports.entries.back().name, std::string("individual_reports.csv"));
        Figures f;
        f.team = true;
        f.period = { *parseDate("2026-01-01"), *parseDate("2026-03-31") };
        const ExportBundle figures = figuresExport(f, store->today(), {}, CsvDialect::norwegianSpreadsheet());
        QCOMPARE(figures.entries.size(), std::size_t { 3 });
        QVERIFY(contains(figures.entries[2].content, "metric;value;definition"));
    }
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
