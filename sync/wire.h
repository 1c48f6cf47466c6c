// The wire format, sans IO: frames, message encoding and validation, and the mapping between wire
// messages and core's Change and RowState. Pure functions over bytes: the server, the client, the
// simulator and the fuzzer all go through here, so what is tested without sockets is what runs.
//
// A frame is a 4-byte big-endian payload length followed by that many bytes of one Protocol
// Buffers message (wire/fieldnotes_sync.proto). A frame longer than the limit is refused from its
// header, before its body is read. Validation checks structure only (sizes, identifiers, order
// inside a batch); what a change may do is the office's merge and permission rules' business, so
// a tablet with an odd change gets that change refused rather than its whole sync stopped.
#pragma once

#include "changes.h"
#include "result.h"
#include "wire/fieldnotes_sync.pb.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

// Appends one frame holding `payload` to `out`.
void appendFrame(std::string& out, std::string_view payload);

// Splits a byte stream into frame payloads. Feed it whatever the socket gave; take frames out.
class FrameDecoder {
public:
    explicit FrameDecoder(std::size_t maxFrame = defaultMaxFrame)
        : m_maxFrame(maxFrame)
    {
    }

    void feed(std::string_view bytes);
    // The next complete payload, nullopt if more bytes are needed. An empty frame or one longer
    // than the limit is a Protocol error; the decoder is unusable after an error.
    core::Result<std::optional<std::string>> next();
    // Bytes of an unfinished frame are waiting: at the end of the stream, the frame was truncated.
    bool hasPartialFrame() const { return m_buffer.size() > m_offset; }
    std::size_t maxFrame() const { return m_maxFrame; }

private:
    std::size_t m_maxFrame;
    std::string m_buffer;
    std::size_t m_offset = 0;
    bool m_failed = false;
};

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
