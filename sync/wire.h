// The wire format, sans IO: frames, message encoding and validation, and the mapping between wire
// messages and core's Change and RowState. Pure functions over bytes: the server, the client, the
// simulator and the fuzzer all go through here, so what is tested without sockets is what runs.
//
// A frame is a 4-byte big-endian payload length followed by that many bytes of one Protocol
// Buffers message (wire/fieldnotes_sync.proto). A frame longer than the limit is refused from its
// header, before its body is read. Once both ends agreed on it in the greeting, a frame may be
// zstd-compressed: the top bit of its length is set, and the length counts the compressed bytes.
// Its decompressed size is held to the same limit, from the size the zstd frame declares and again
// while it is decompressed, so a small frame never expands into more than the limit allows. Validation checks structure
// only (sizes, identifiers, order inside a batch); what a change may do is the office's merge and permission rules'
// business, so a tablet with an odd change gets that change refused rather than its whole sync stopped.
#pragma once

#include "changes.h"
#include "result.h"
#include "wire/fieldnotes_sync.pb.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace fieldnotes::sync {

inline constexpr std::uint32_t protocolVersion = 1;
inline constexpr std::size_t frameHeaderSize = 4;
inline constexpr std::size_t defaultMaxFrame = std::size_t { 8 } << 20;
// Bounds a peer may not exceed in one message (the sender splits its work to stay inside them).
inline constexpr int maxChangesPerPush = 2000;
inline constexpr int maxRowsPerMessage = 5000;
inline constexpr std::size_t maxValueBytes = std::size_t { 256 } << 10;
// A certificate request's DER, and the longest frame a peer without a certificate may send: a
// pairing request (token, device id, label and certificate request) fits well inside it.
inline constexpr std::size_t maxCsrBytes = 4096;
inline constexpr std::size_t maxPairingFrame = 8192;

// The top bit of a frame's length: the payload is one zstd frame of the message.
inline constexpr std::uint32_t compressedFrameFlag = 0x80000000u;
// Payloads shorter than this go plain even when compression is agreed (a zstd frame's own header
// and the work would outweigh what it saves); longer ones go compressed when that makes them shorter.
inline constexpr std::size_t compressionThreshold = 256;
inline constexpr int compressionLevel = 3;

struct ZstdFree {
    void operator()(ZSTD_CCtx_s* ctx) const;
    void operator()(ZSTD_DCtx_s* ctx) const;
};

// Appends one plain frame holding `payload` to `out`.
void appendFrame(std::string& out, std::string_view payload);
// Appends one compressed frame holding `compressed` (a zstd frame) to `out`; for tests and the fuzzer.
void appendCompressedFrame(std::string& out, std::string_view compressed);

// Frames one connection's outgoing payloads: plain, and zstd-compressed (one compression context,
// reused) from the moment compression was agreed.
class FrameEncoder {
public:
    // From now on, payloads of compressionThreshold bytes or more go compressed where that is shorter.
    void enableCompression();
    bool compressing() const { return m_compressing; }
    void append(std::string& out, std::string_view payload);
    std::string frame(std::string_view payload);

private:
    bool m_compressing = false;
    std::unique_ptr<ZSTD_CCtx_s, ZstdFree> m_ctx;
    std::string m_scratch;
};

// Splits a byte stream into frame payloads. Feed it whatever the socket gave; take frames out.
class FrameDecoder {
public:
    explicit FrameDecoder(std::size_t maxFrame = defaultMaxFrame)
        : m_maxFrame(maxFrame)
    {
    }

    // From now on, compressed frames are taken too (before, one is a Protocol error).
    void acceptCompressed();
    void feed(std::string_view bytes);
    // The next complete payload (decompressed), nullopt if more bytes are needed. An empty frame,
    // one longer than the limit, a compressed one before compression was agreed, and one that does
    // not decompress to one message within the limit (its size declared by the zstd frame, and
    // exactly that size) are Protocol errors; the decoder is unusable after an error.
    core::Result<std::optional<std::string>> next();
    // Bytes of an unfinished frame are waiting: at the end of the stream, the frame was truncated.
    bool hasPartialFrame() const { return m_buffer.size() > m_offset; }
    std::size_t maxFrame() const { return m_maxFrame; }
    // What the last frame taken out occupied on the wire (header included, compressed if it was).
    std::size_t lastFrameBytes() const { return m_lastFrameBytes; }

private:
    core::Result<std::string> decompress(std::string_view compressed);

    std::size_t m_maxFrame;
    std::string m_buffer;
    std::size_t m_offset = 0;
    std::size_t m_lastFrameBytes = 0;
    bool m_failed = false;
    bool m_acceptCompressed = false;
    std::unique_ptr<ZSTD_DCtx_s, ZstdFree> m_ctx;
};

// Whether a greeting offers zstd compression.
bool offersZstd(const wire::Hello& hello);

// Serialised payloads (frame them with appendFrame). Fails only if the message is over the limit.
core::Result<std::string> encode(const wire::ClientMessage& message, std::size_t maxFrame = defaultMaxFrame);
core::Result<std::string> encode(const wire::ServerMessage& message, std::size_t maxFrame = defaultMaxFrame);

// Parses and validates one payload. Errors are Protocol errors whose message names what is wrong
// in structural terms (never a value, which may be personal data).
core::Result<wire::ClientMessage> decodeClientMessage(std::string_view payload);
core::Result<wire::ServerMessage> decodeServerMessage(std::string_view payload);
core::Status validate(const wire::ClientMessage& message);
core::Status validate(const wire::ServerMessage& message);

// Scopes are "t", or "<p|e|u>:<id>".
bool isScopeName(std::string_view scope);

// ---- core <-> wire ----------------------------------------------------------------------------------

void toWire(const core::Value& value, wire::Value& out);
core::Value fromWire(const wire::Value& value);
void toWire(const core::Change& change, wire::Change& out);
core::Change fromWire(const wire::Change& change, const std::string& deviceId);
void toWire(const core::RowState& row, wire::RowState& out);
core::RowState fromWire(const wire::RowState& row);

} // namespace fieldnotes::sync
