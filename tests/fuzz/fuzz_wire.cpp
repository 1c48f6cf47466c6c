// libFuzzer target for everything a peer's bytes reach before any rule of the office applies: the
// frame decoder (zstd-compressed frames included), message parsing and validation, and the mapping
// to core's types. Built with
// clang (-fsanitize=fuzzer,address,undefined); tests/fuzz/CMakeLists.txt runs it for a bounded time.
#include "wire.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace fieldnotes;
using namespace fieldnotes::sync;

namespace {

void exercise(const wire::ClientMessage& m)
{
    if (m.has_push())
        for (const auto& c : m.push().changes())
            (void)fromWire(c, "fuzzed-device");
}

void exercise(const wire::ServerMessage& m)
{
    if (m.has_snapshot())
        for (const auto& r : m.snapshot().rows())
            (void)fromWire(r);
    if (m.has_feed())
        for (const auto& r : m.feed().rows())
            (void)fromWire(r);
    if (m.has_pushed())
        for (const auto& r : m.pushed().restores())
            if (r.present())
                (void)fromWire(r.state());
}

void payload(std::string_view bytes)
{
    if (auto client = decodeClientMessage(bytes)) {
        exercise(*client);
        // What validates must encode again within the limit it was read under.
        if (!encode(*client))
            __builtin_trap();
    }
    if (auto server = decodeServerMessage(bytes))
        exercise(*server);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The stream as a socket might cut it: in two pieces at a point the input chooses.
    FrameDecoder decoder(1 << 16);
    const std::size_t cut = size > 0 ? data[0] % (size + 1) : 0;
    decoder.feed(bytes.substr(0, cut));
    for (int pass = 0; pass < 2; ++pass) {
        for (;;) {
            auto frame = decoder.next();
            if (!frame || !*frame)
                break;
            payload(**frame);
        }
        decoder.feed(bytes.substr(cut));
    }
    // The same stream once compression was agreed: flagged frames are decompressed, within the limit.
    FrameDecoder agreed(1 << 16);
    agreed.acceptCompressed();
    agreed.feed(bytes);
    for (;;) {
        auto frame = agreed.next();
        if (!frame || !*frame)
            break;
        if ((*frame)->size() > agreed.maxFrame())
            __builtin_trap();
        payload(**frame);
    }
    // The bytes as the body of one compressed frame (a zstd frame of a message).
    if (size > 0) {
        std::string stream;
        appendCompressedFrame(stream, bytes);
        FrameDecoder decoder(1 << 16);
        decoder.acceptCompressed();
        decoder.feed(stream);
        if (auto frame = decoder.next(); frame && *frame) {
            if ((*frame)->size() > decoder.maxFrame())
                __builtin_trap();
            payload(**frame);
        }
    }
    // And the bytes as one payload.
    payload(bytes);
    return 0;
}
