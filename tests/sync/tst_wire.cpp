// Frames and messages, without sockets: splitting at any byte, size limits, structural validation
// of every message kind, and the round trip between core's types and the wire.
#include "testsupport.h"
#include "wire.h"

#include <sodium.h>

#include <zstd.h>

using namespace fieldnotes;
using namespace fieldnotes::sync;

namespace {

const std::string uuid1 = "11111111-1111-4111-8111-111111111111";
const std::string uuid2 = "22222222-2222-4222-8222-222222222222";

wire::ClientMessage aPush()
{
    wire::ClientMessage m;
    core::Change c;
    c.seq = 7;
    c.op = core::ChangeOp::Set;
    c.table = "participants";
    c.rowId = uuid1;
    c.column = "preferred_language";
    c.value = std::string("somali");
    c.version = { 123456789, "ignored-device" };
    c.base = { 123, "tablet-b" };
    toWire(c, *m.mutable_push()->add_changes());
    return m;
}

std::string framed(const std::string& payload)
{
    std::string out;
    appendFrame(out, payload);
    return out;
}

// A feed of `rows` invented rows: a payload that compresses as real pulls do.
std::string aFeed(int rows)
{
    wire::ServerMessage m;
    for (int i = 0; i < rows; ++i) {
        core::RowState r;
        r.seq = i + 1;
        r.table = "visits";
        r.rowId = "3333" + std::to_string(1000 + i) + "-3333-4333-8333-333333333333";
        r.scope = "p:" + uuid1;
        r.created = { 1000u + static_cast<std::uint64_t>(i), "tablet-a" };
        r.fields = { { "summary", std::string("Visited the bakery with Sara T.; talked about early shifts.") },
            { "minutes", std::int64_t { 30 + i % 7 } } };
        r.fieldVersions = { { "summary", { 2000u + static_cast<std::uint64_t>(i), "tablet-a" } } };
        toWire(r, *m.mutable_feed()->add_rows());
    }
    m.mutable_feed()->set_cursor_after(rows);
    return *encode(m);
}

std::string zstd(std::string_view plain, bool declareSize = true)
{
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> ctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    ZSTD_CCtx_setParameter(ctx.get(), ZSTD_c_contentSizeFlag, declareSize ? 1 : 0);
    std::string out(ZSTD_compressBound(plain.size()), '\0');
    const std::size_t n = ZSTD_compress2(ctx.get(), out.data(), out.size(), plain.data(), plain.size());
    if (ZSTD_isError(n))
        qFatal("zstd: %s", ZSTD_getErrorName(n));
    out.resize(n);
    return out;
}

// The same zstd frame, declaring `size` as its content size (its 4- or 8-byte size field rewritten).
std::string declaring(std::string frame, std::uint64_t size)
{
    const auto descriptor = static_cast<unsigned char>(frame[4]);
    const bool singleSegment = (descriptor >> 5) & 1;
    static constexpr std::size_t dictionaryIdBytes[] = { 0, 1, 2, 4 };
    const std::size_t at = 5 + (singleSegment ? 0 : 1) + dictionaryIdBytes[descriptor & 3];
    const std::size_t width = (descriptor >> 6) == 2 ? 4 : (descriptor >> 6) == 3 ? 8 : 0;
    if (width == 0)
        qFatal("the frame's size field is too narrow to rewrite");
    for (std::size_t i = 0; i < width; ++i)
        frame[at + i] = static_cast<char>((size >> (8 * i)) & 0xff);
    return frame;
}

core::Result<std::optional<std::string>> decodeOne(
    const std::string& compressed, std::size_t maxFrame = defaultMaxFrame)
{
    std::string stream;
    appendCompressedFrame(stream, compressed);
    FrameDecoder decoder(maxFrame);
    decoder.acceptCompressed();
    decoder.feed(stream);
    auto result = decoder.next();
    if (!result && decoder.next())
        qFatal("a decoder went on after refusing a frame");
    return result;
}

} // namespace

class TestWire : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // Whatever sizes the socket hands over, the same frames come out, in order.
    void framesSurviveBeingSplitAtEveryByte()
    {
        std::string stream;
        std::vector<std::string> payloads { "a", std::string(300, 'x'), "hello, office" };
        for (const auto& p : payloads)
            appendFrame(stream, p);
        for (std::size_t chunk = 1; chunk <= stream.size(); ++chunk) {
            FrameDecoder decoder(1024);
            std::vector<std::string> out;
            for (std::size_t i = 0; i < stream.size(); i += chunk) {
                decoder.feed(std::string_view(stream).substr(i, chunk));
                for (;;) {
                    FN_REQUIRE(auto frame, decoder.next());
                    if (!frame)
                        break;
                    out.push_back(*frame);
                }
            }
            QCOMPARE(out, payloads);
            QVERIFY(!decoder.hasPartialFrame());
        }
    }

    void aTruncatedFrameIsVisibleAtTheEndOfTheStream()
    {
        const std::string stream = framed("twelve bytes");
        for (std::size_t cut = 1; cut < stream.size(); ++cut) {
            FrameDecoder decoder;
            decoder.feed(stream.substr(0, cut));
            FN_REQUIRE(auto frame, decoder.next());
            QVERIFY(!frame);
            QVERIFY(decoder.hasPartialFrame());
        }
    }

    void framesOverTheLimitAreRefusedFromTheirHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty frame") << QByteArray("\0\0\0\0", 4);
        QTest::newRow("one byte over") << QByteArray("\0\0\4\1", 4); // 1025 > 1024
        QTest::newRow("four gigabytes") << QByteArray("\xff\xff\xff\xff", 4);
    }

    void framesOverTheLimitAreRefusedFromTheirHeader()
    {
        QFETCH(QByteArray, header);
        FrameDecoder decoder(1024);
        decoder.feed(std::string_view(header.constData(), static_cast<std::size_t>(header.size())));
        auto frame = decoder.next();
        QVERIFY(!frame);
        QCOMPARE(frame.error().code, core::ErrorCode::Protocol);
        QVERIFY(!decoder.next()); // stays broken
    }

    void aFrameAtTheLimitIsAccepted()
    {
        FrameDecoder decoder(1024);
        decoder.feed(framed(std::string(1024, 'y')));
        FN_REQUIRE(auto frame, decoder.next());
        QVERIFY(frame && frame->size() == 1024);
    }

    void garbageIsNotAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("random text") << QByteArray("GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("truncated varint") << QByteArray("\x1a\xff\xff", 3);
        QTest::newRow("nothing set") << QByteArray();
        QTest::newRow("wrong wire type") << QByteArray("\x1d\x00\x00\x00\x00", 5);
    }

    void garbageIsNotAMessage()
    {
        QFETCH(QByteArray, bytes);
        const std::string_view payload(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        auto client = decodeClientMessage(payload);
        QVERIFY(!client);
        QCOMPARE(client.error().code, core::ErrorCode::Protocol);
        QVERIFY(!decodeServerMessage(payload));
    }

    void malformedClientMessagesAreRefused_data()
    {
        QTest::addColumn<int>("defect");
        QTest::newRow("push without changes") << 0;
        QTest::newRow("changes out of order") << 1;
        QTest::newRow("change without sequence") << 2;
        QTest::newRow("record id not a UUID") << 3;
        QTest::newRow("table name with SQL in it") << 4;
        QTest::newRow("value over the size limit") << 5;
        QTest::newRow("unknown operation") << 6;
        QTest::newRow("resolution of a non-conflict") << 7;
        QTest::newRow("negative cursor") << 8;
        QTest::newRow("bad scope name") << 9;
        QTest::newRow("hello without device") << 10;
        QTest::newRow("pairing without token") << 11;
        QTest::newRow("column given twice") << 12;
        QTest::newRow("too many changes") << 13;
        QTest::newRow("change naming a bad scope") << 14;
        QTest::newRow("scope kept about with a bad name") << 15;
    }

    void malformedClientMessagesAreRefused()
    {
        QFETCH(int, defect);
        wire::ClientMessage m = aPush();
        auto* c = m.mutable_push()->mutable_changes(0);
        switch (defect) {
        case 0:
            m.mutable_push()->clear_changes();
            break;
        case 1:
            *m.mutable_push()->add_changes() = *c;
            break;
        case 2:
            c->set_seq(0);
            break;
        case 3:
            c->set_row_id("1; DROP TABLE participants");
            break;
        case 4:
            c->set_table("participants; --");
            break;
        case 5:
            c->mutable_value()->set_text(std::string(maxValueBytes + 1, 'z'));
            break;
        case 6:
            c->set_op(static_cast<wire::Op>(42));
            break;
        case 7:
            c->set_op(wire::OP_RESOLVE);
            c->set_column("kept");
            break;
        case 8:
            m.mutable_pull()->set_cursor(-1);
            break;
        case 9:
            m.mutable_pull()->add_held()->set_scope("x:" + uuid1);
            break;
        case 10:
            m.mutable_hello()->set_protocol(protocolVersion);
            break;
        case 11:
            m.mutable_pair()->set_protocol(protocolVersion);
            m.mutable_pair()->set_csr_der("csr");
            m.mutable_pair()->set_device_id(uuid1);
            break;
        case 12: {
            c->set_op(wire::OP_CREATE);
            auto* f = c->add_fields();
            f->set_column("display_name");
            *c->add_fields() = *f;
            break;
        }
        case 13:
            for (int i = 0; i < maxChangesPerPush; ++i) {
                auto* more = m.mutable_push()->add_changes();
                *more = *c;
                more->set_seq(c->seq() + 1 + i);
            }
            break;
        case 14:
            c->set_scope("p:" + uuid1 + "' OR 1");
            break;
        case 15:
            m.mutable_pull()->add_kept_about("p:");
            break;
        }
        std::string payload;
        QVERIFY(m.SerializeToString(&payload));
        auto decoded = decodeClientMessage(payload);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, core::ErrorCode::Protocol);
    }

    void aSnapshotRowOutsideItsScopeIsRefused()
    {
        wire::ServerMessage m;
        auto* s = m.mutable_snapshot();
        s->set_scope("p:" + uuid1);
        core::RowState row;
        row.seq = 5;
        row.table = "participants";
        row.rowId = uuid2;
        row.scope = "p:" + uuid2;
        toWire(row, *s->add_rows());
        std::string payload;
        QVERIFY(m.SerializeToString(&payload));
        QVERIFY(!decodeServerMessage(payload));
        s->mutable_rows(0)->set_scope("p:" + uuid1);
        QVERIFY(m.SerializeToString(&payload));
        FN_VERIFY_OK(decodeServerMessage(payload));
    }

    void changesSurviveTheRoundTrip_data()
    {
        QTest::addColumn<int>("op");
        QTest::newRow("create") << int(core::ChangeOp::Create);
        QTest::newRow("set") << int(core::ChangeOp::Set);
        QTest::newRow("append") << int(core::ChangeOp::Append);
        QTest::newRow("delete") << int(core::ChangeOp::Delete);
        QTest::newRow("resolve") << int(core::ChangeOp::Resolve);
    }

    void changesSurviveTheRoundTrip()
    {
        QFETCH(int, op);
        core::Change c;
        c.seq = 42;
        c.op = static_cast<core::ChangeOp>(op);
        c.table = c.op == core::ChangeOp::Resolve ? "conflicts" : "visits";
        c.rowId = uuid1;
        if (c.op == core::ChangeOp::Set)
            c.column = "note";
        if (c.op == core::ChangeOp::Resolve)
            c.column = "value";
        if (c.op == core::ChangeOp::Set || c.op == core::ChangeOp::Resolve)
            c.value = std::string("Møtte leder på lageret.");
        c.version = { 0x0123456789ab0001ULL, "tablet-a" };
        c.base = { 99, "tablet-b" };
        c.fields = { { "duration_min", std::int64_t { 45 } }, { "place", std::string("Kafé") },
            { "next_visit_on", core::Value {} }, { "score", 2.5 } };
        c.baseVersions = { { "note", { 12, "tablet-c" } }, { "_deleted", { 13, "tablet-c" } } };
        c.scope = "p:" + uuid2;
        wire::ClientMessage m;
        toWire(c, *m.mutable_push()->add_changes());
        FN_REQUIRE(const std::string payload, encode(m));
        FN_REQUIRE(const auto decoded, decodeClientMessage(payload));
        const core::Change back = fromWire(decoded.push().changes(0), "tablet-a");
        QCOMPARE(back.seq, c.seq);
        QCOMPARE(back.op, c.op);
        QCOMPARE(back.table, c.table);
        QCOMPARE(back.rowId, c.rowId);
        QCOMPARE(back.column, c.column);
        QVERIFY(back.value == c.value);
        QVERIFY(back.version == c.version);
        QVERIFY(back.base == c.base);
        QVERIFY(back.fields == c.fields);
        QVERIFY(back.baseVersions == c.baseVersions);
        QCOMPARE(back.scope, c.scope);
    }

    // Erasures name scopes the tablet acts on at once: only well-formed scope names pass.
    void anErasureOfABadScopeIsRefused_data()
    {
        QTest::addColumn<bool>("inPushResult");
        QTest::newRow("answer to a push") << true;
        QTest::newRow("start of a pull") << false;
    }

    void anErasureOfABadScopeIsRefused()
    {
        QFETCH(bool, inPushResult);
        wire::ServerMessage m;
        auto add = [&](const std::string& scope) {
            if (inPushResult)
                m.mutable_pushed()->add_erased(scope);
            else
                m.mutable_evict()->add_erased(scope);
        };
        add("p:" + uuid1);
        std::string payload;
        QVERIFY(m.SerializeToString(&payload));
        FN_VERIFY_OK(decodeServerMessage(payload));
        add("p:%");
        QVERIFY(m.SerializeToString(&payload));
        QVERIFY(!decodeServerMessage(payload));
    }

    // The device named in a change is never taken from the message: the office passes the
    // authenticated device's id.
    void theDeviceOfAChangeComesFromTheConnection()
    {
        const auto m = aPush();
        const core::Change back = fromWire(m.push().changes(0), "tablet-from-certificate");
        QCOMPARE(back.version.device, std::string("tablet-from-certificate"));
    }

    void rowStatesSurviveTheRoundTripWithoutTheirNulls()
    {
        core::RowState r;
        r.seq = 17;
        r.table = "participants";
        r.rowId = uuid2;
        r.scope = "p:" + uuid2;
        r.created = { 1000, "tablet-a" };
        r.deleted = true;
        r.fields = { { "display_name", std::string("Sara T.") }, { "referral_on", core::Value {} },
            { "interpreter_needed", std::int64_t { 1 } } };
        r.fieldVersions = { { "display_name", { 2000, "tablet-b" } }, { "_deleted", { 3000, "office" } } };
        wire::ServerMessage m;
        toWire(r, *m.mutable_feed()->add_rows());
        m.mutable_feed()->set_cursor_after(17);
        FN_REQUIRE(const std::string payload, encode(m));
        FN_REQUIRE(const auto decoded, decodeServerMessage(payload));
        const core::RowState back = fromWire(decoded.feed().rows(0));
        QCOMPARE(back.seq, r.seq);
        QCOMPARE(back.scope, r.scope);
        QVERIFY(back.created == r.created);
        QVERIFY(back.deleted);
        QCOMPARE(back.fields.size(), std::size_t { 2 });
        QVERIFY(back.fieldVersions == r.fieldVersions);
    }

    // Once agreed, long payloads go zstd-compressed (flagged in the header, shorter on the wire)
    // and short ones plain; the decoder gives back the very payloads, however the stream is cut.
    void compressedFramesSurviveTheRoundTrip()
    {
        const std::vector<std::string> payloads { aFeed(400), *encode(aPush()), aFeed(3), aFeed(1200) };
        FrameEncoder encoder;
        std::string plainStream;
        for (const auto& p : payloads)
            encoder.append(plainStream, p);
        QCOMPARE(plainStream.size(),
            payloads[0].size() + payloads[1].size() + payloads[2].size() + payloads[3].size() + 4 * frameHeaderSize);
        encoder.enableCompression();
        std::string stream;
        std::vector<std::size_t> wireSizes;
        for (const auto& p : payloads) {
            const std::size_t before = stream.size();
            encoder.append(stream, p);
            wireSizes.push_back(stream.size() - before);
        }
        QVERIFY(static_cast<unsigned char>(stream[0]) & 0x80); // the feed went compressed
        QVERIFY2(wireSizes[0] * 4 < payloads[0].size(), qPrintable(QString::number(wireSizes[0])));
        QCOMPARE(wireSizes[1], payloads[1].size() + frameHeaderSize); // a short push went plain
        QVERIFY(wireSizes[3] * 4 < payloads[3].size());
        for (std::size_t chunk : { std::size_t { 1 }, std::size_t { 7 }, std::size_t { 1000 }, stream.size() }) {
            FrameDecoder decoder;
            decoder.acceptCompressed();
            std::vector<std::string> out;
            std::vector<std::size_t> sizes;
            for (std::size_t i = 0; i < stream.size(); i += chunk) {
                decoder.feed(std::string_view(stream).substr(i, chunk));
                for (;;) {
                    FN_REQUIRE(auto frame, decoder.next());
                    if (!frame)
                        break;
                    out.push_back(*frame);
                    sizes.push_back(decoder.lastFrameBytes());
                }
            }
            QVERIFY(out == payloads);
            QVERIFY(sizes == wireSizes); // what counts bytes on the wire counts the compressed ones
            QVERIFY(!decoder.hasPartialFrame());
        }
        FN_REQUIRE(const auto one, decodeOne(zstd(payloads[3])));
        FN_REQUIRE(const auto back, decodeServerMessage(*one));
        QCOMPARE(back.feed().rows_size(), 1200);
    }

    // Compressed frames are read only after the greeting agreed on them; before, one is refused.
    void aCompressedFrameBeforeTheAgreementIsRefused()
    {
        std::string stream;
        appendCompressedFrame(stream, zstd(aFeed(10)));
        FrameDecoder decoder;
        decoder.feed(stream);
        auto frame = decoder.next();
        QVERIFY(!frame);
        QCOMPARE(frame.error().code, core::ErrorCode::Protocol);
        QVERIFY2(frame.error().message.find("not agreed") != std::string::npos, frame.error().message.c_str());
    }

    // A zstd bomb: a few KiB that would expand far beyond the frame limit is refused from the size
    // it declares, before anything that size is allocated; so is one past a pairing peer's 8 KiB.
    void aZstdBombIsRefused()
    {
        const std::string bomb = zstd(std::string((std::size_t { 64 } << 20) + 1, '\0'));
        QVERIFY2(bomb.size() < 8192, qPrintable(QString::number(bomb.size())));
        auto frame = decodeOne(bomb);
        QVERIFY(!frame);
        QCOMPARE(frame.error().code, core::ErrorCode::Protocol);
        QVERIFY2(frame.error().message.find("over the limit") != std::string::npos, frame.error().message.c_str());

        const std::string pairing = zstd(std::string(maxPairingFrame + 1, 'x'));
        QVERIFY(pairing.size() < 100);
        QVERIFY(!decodeOne(pairing, maxPairingFrame));
        FN_REQUIRE(auto fits, decodeOne(zstd(std::string(maxPairingFrame, 'x')), maxPairingFrame));
        QVERIFY(fits && fits->size() == maxPairingFrame);
    }

    // A frame that declares a size it does not hold, or none, or holds more than one zstd frame, is
    // refused: the size it declares is all the room it gets.
    void aCompressedFrameThatLiesAboutItsSizeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        const std::string bomb = zstd(std::string(std::size_t { 64 } << 20, '\0'));
        const std::string feed = zstd(aFeed(2000));
        auto bytes = [](const std::string& s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
        QTest::newRow("a bomb declaring one KiB") << bytes(declaring(bomb, 1024));
        QTest::newRow("a bomb declaring just under the limit") << bytes(declaring(bomb, defaultMaxFrame - 1));
        QTest::newRow("declaring less than it holds") << bytes(declaring(feed, 1000));
        QTest::newRow("declaring more than it holds") << bytes(declaring(feed, aFeed(2000).size() + 1));
        QTest::newRow("declaring no size") << bytes(zstd(aFeed(50), false));
        QTest::newRow("two frames in one") << bytes(zstd(aFeed(50)) + zstd(aFeed(50)));
        QTest::newRow("not zstd at all") << QByteArray("plain words, flagged as compressed");
        QTest::newRow("a truncated zstd frame") << bytes(feed.substr(0, feed.size() / 2));
    }

    void aCompressedFrameThatLiesAboutItsSizeIsRefused()
    {
        QFETCH(QByteArray, compressed);
        auto frame = decodeOne(compressed.toStdString());
        QVERIFY(!frame);
        QCOMPARE(frame.error().code, core::ErrorCode::Protocol);
        QVERIFY2(frame.error().message.find("compressed frame") != std::string::npos, frame.error().message.c_str());
    }

    void aGreetingOffersCompression()
    {
        wire::Hello hello;
        QVERIFY(!offersZstd(hello));
        hello.add_compression(wire::COMPRESSION_ZSTD);
        QVERIFY(offersZstd(hello));
    }

    void aMessageOverTheFrameLimitIsNotEncoded()
    {
        wire::ServerMessage m;
        m.mutable_refusal()->set_message(std::string(2000, 'x'));
        auto encoded = encode(m, 1000);
        QVERIFY(!encoded);
        QCOMPARE(encoded.error().code, core::ErrorCode::Protocol);
    }

    void scopeNames_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("valid");
        QTest::newRow("team") << "t" << true;
        QTest::newRow("participant") << QString::fromStdString("p:" + uuid1) << true;
        QTest::newRow("employer") << QString::fromStdString("e:" + uuid1) << true;
        QTest::newRow("user") << QString::fromStdString("u:" + uuid1) << true;
        QTest::newRow("empty id") << "p:" << false;
        QTest::newRow("unknown kind") << QString::fromStdString("q:" + uuid1) << false;
        QTest::newRow("quote") << "p:'" << false;
        QTest::newRow("empty") << "" << false;
    }

    void scopeNames()
    {
        QFETCH(QString, scope);
        QFETCH(bool, valid);
        QCOMPARE(isScopeName(scope.toStdString()), valid);
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
