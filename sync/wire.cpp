#include "wire.h"

#include "ids.h"

#include <algorithm>
#include <set>
#include <zstd.h>

namespace fieldnotes::sync {

using core::ErrorCode;
using core::fail;
using core::Status;

namespace {

constexpr std::size_t maxIdBytes = 64;
constexpr std::size_t maxFieldsPerRow = 64;
constexpr std::size_t maxHeldScopes = 20000;
constexpr std::size_t maxFingerprintBytes = 128;

tl::unexpected<core::Error> malformed(std::string what)
{
    return fail(ErrorCode::Protocol, "malformed message: " + std::move(what));
}

// Column and table names: lower-case identifiers, as in the schema.
bool isIdentifier(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::all_of(
        s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Device and staff ids: UUIDs in practice; letters, digits and dashes in any case.
bool isDeviceName(std::string_view s)
{
    if (s.empty() || s.size() > maxIdBytes)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

bool isRowId(const std::string& s)
{
    return core::looksLikeId(s);
}

Status checkValue(const wire::Value& v, std::string_view where)
{
    if (v.kind_case() == wire::Value::kText && v.text().size() > maxValueBytes)
        return malformed(std::string(where) + ": a value is over " + std::to_string(maxValueBytes / 1024) + " KiB");
    return {};
}

Status checkVersion(const wire::Version& v, std::string_view where)
{
    if (!v.device().empty() && !isDeviceName(v.device()))
        return malformed(std::string(where) + ": bad device in a version");
    return {};
}

Status checkFields(const google::protobuf::RepeatedPtrField<wire::Field>& fields, std::string_view where)
{
    if (static_cast<std::size_t>(fields.size()) > maxFieldsPerRow)
        return malformed(std::string(where) + ": too many fields");
    std::set<std::string_view> seen;
    for (const auto& f : fields) {
        if (!isIdentifier(f.column()))
            return malformed(std::string(where) + ": bad column name");
        if (!seen.insert(f.column()).second)
            return malformed(std::string(where) + ": column " + f.column() + " given twice");
        FN_TRY(checkValue(f.value(), where));
    }
    return {};
}

Status checkVersions(const google::protobuf::RepeatedPtrField<wire::FieldVersion>& versions, std::string_view where)
{
    if (static_cast<std::size_t>(versions.size()) > maxFieldsPerRow + 1)
        return malformed(std::string(where) + ": too many versions");
    std::set<std::string_view> seen;
    for (const auto& v : versions) {
        if (v.column() != "_deleted" && !isIdentifier(v.column()))
            return malformed(std::string(where) + ": bad column name in a version");
        if (!seen.insert(v.column()).second)
            return malformed(std::string(where) + ": version of " + v.column() + " given twice");
        FN_TRY(checkVersion(v.version(), where));
    }
    return {};
}

Status checkChange(const wire::Change& c)
{
    if (c.seq() <= 0)
        return malformed("a change without a sequence number");
    if (!isRowId(c.row_id()))
        return malformed("a change whose record id is not a UUID");
    if (!isIdentifier(c.table()))
        return malformed("a change with a bad table name");
    FN_TRY(checkValue(c.value(), "change"));
    FN_TRY(checkVersion(c.base(), "change"));
    FN_TRY(checkFields(c.fields(), "change"));
    FN_TRY(checkVersions(c.base_versions(), "change"));
    if (!c.scope().empty() && !isScopeName(c.scope()))
        return malformed("a change naming a bad scope");
    switch (c.op()) {
    case wire::OP_CREATE:
    case wire::OP_APPEND:
    case wire::OP_DELETE:
        return {};
    case wire::OP_SET:
        if (!isIdentifier(c.column()))
            return malformed("a field edit without a column");
        return {};
    case wire::OP_RESOLVE:
        if (c.table() != "conflicts")
            return malformed("a resolution of something other than a conflict");
        if (c.column() != "kept" && c.column() != "other" && c.column() != "value")
            return malformed("a resolution that is not kept, other or value");
        return {};
    default:
        return malformed("a change with an unknown operation");
    }
}

Status checkRow(const wire::RowState& r, std::string_view where)
{
    if (r.seq() <= 0)
        return malformed(std::string(where) + ": a row without a feed position");
    if (!isIdentifier(r.table()))
        return malformed(std::string(where) + ": a row with a bad table name");
    if (!isRowId(r.row_id()))
        return malformed(std::string(where) + ": a row whose id is not a UUID");
    if (!isScopeName(r.scope()))
        return malformed(std::string(where) + ": a row with a bad scope");
    FN_TRY(checkVersion(r.created(), where));
    FN_TRY(checkFields(r.fields(), where));
    return checkVersions(r.versions(), where);
}

Status checkRows(const google::protobuf::RepeatedPtrField<wire::RowState>& rows, std::string_view where)
{
    if (rows.size() > maxRowsPerMessage)
        return malformed(std::string(where) + ": too many rows in one message");
    for (const auto& r : rows)
        FN_TRY(checkRow(r, where));
    return {};
}

template<class M> core::Result<std::string> encodeMessage(const M& message, std::size_t maxFrame)
{
    const std::size_t size = message.ByteSizeLong();
    if (size > maxFrame)
        return fail(ErrorCode::Protocol, "a message of " + std::to_string(size) + " bytes is over the frame limit");
    std::string out;
    if (!message.SerializeToString(&out))
        return fail(ErrorCode::Internal, "a message could not be encoded");
    return out;
}

} // namespace

void ZstdFree::operator()(ZSTD_CCtx_s* ctx) const
{
    ZSTD_freeCCtx(ctx);
}

void ZstdFree::operator()(ZSTD_DCtx_s* ctx) const
{
    ZSTD_freeDCtx(ctx);
}

namespace {

void appendHeader(std::string& out, std::uint32_t n)
{
    out.push_back(static_cast<char>((n >> 24) & 0xff));
    out.push_back(static_cast<char>((n >> 16) & 0xff));
    out.push_back(static_cast<char>((n >> 8) & 0xff));
    out.push_back(static_cast<char>(n & 0xff));
}

} // namespace

void appendFrame(std::string& out, std::string_view payload)
{
    appendHeader(out, static_cast<std::uint32_t>(payload.size()));
    out.append(payload);
}

void appendCompressedFrame(std::string& out, std::string_view compressed)
{
    appendHeader(out, static_cast<std::uint32_t>(compressed.size()) | compressedFrameFlag);
    out.append(compressed);
}

void FrameEncoder::enableCompression()
{
    if (!m_ctx)
        m_ctx.reset(ZSTD_createCCtx());
    // Without a context (out of memory) frames simply go plain, which every peer reads.
    m_compressing = m_ctx != nullptr;
}

void FrameEncoder::append(std::string& out, std::string_view payload)
{
    if (m_compressing && payload.size() >= compressionThreshold) {
        m_scratch.resize(ZSTD_compressBound(payload.size()));
        // The simple API writes the content size into the frame header, which the reader requires.
        const std::size_t n = ZSTD_compressCCtx(
            m_ctx.get(), m_scratch.data(), m_scratch.size(), payload.data(), payload.size(), compressionLevel);
        if (!ZSTD_isError(n) && n < payload.size()) {
            appendCompressedFrame(out, std::string_view(m_scratch.data(), n));
            return;
        }
    }
    appendFrame(out, payload);
}

std::string FrameEncoder::frame(std::string_view payload)
{
    std::string out;
    out.reserve(payload.size() + frameHeaderSize);
    append(out, payload);
    return out;
}

void FrameDecoder::acceptCompressed()
{
    m_acceptCompressed = true;
}

void FrameDecoder::feed(std::string_view bytes)
{
    if (m_failed)
        return;
    // Drop what was consumed before growing, so the buffer stays near one frame in size.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

core::Result<std::string> FrameDecoder::decompress(std::string_view compressed)
{
    const auto refused
        = [](const std::string& what) { return fail(ErrorCode::Protocol, "a compressed frame " + what); };
    // Exactly one zstd frame, which declares its size: nothing unknown, nothing appended after it.
    const std::size_t frameSize = ZSTD_findFrameCompressedSize(compressed.data(), compressed.size());
    if (ZSTD_isError(frameSize) || frameSize != compressed.size())
        return refused("that is not one zstd frame");
    const unsigned long long declared = ZSTD_getFrameContentSize(compressed.data(), compressed.size());
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return refused("that is not one zstd frame");
    if (declared == ZSTD_CONTENTSIZE_UNKNOWN)
        return refused("that does not declare its decompressed size");
    if (declared == 0)
        return refused("that holds nothing");
    if (declared > m_maxFrame)
        return refused("that declares " + std::to_string(declared) + " bytes decompressed, over the limit of "
            + std::to_string(m_maxFrame));
    if (!m_ctx) {
        m_ctx.reset(ZSTD_createDCtx());
        if (!m_ctx)
            return fail(ErrorCode::Internal, "no memory to decompress a frame");
    }
    // The output buffer is the declared size: a frame holding more fails here instead of growing it.
    std::string out(static_cast<std::size_t>(declared), '\0');
    const std::size_t n
        = ZSTD_decompressDCtx(m_ctx.get(), out.data(), out.size(), compressed.data(), compressed.size());
    if (ZSTD_isError(n))
        return refused("that does not decompress to the size it declares (" + std::string(ZSTD_getErrorName(n)) + ")");
    if (n != out.size())
        return refused("that decompresses to " + std::to_string(n) + " bytes, not the " + std::to_string(declared)
            + " it declares");
    return out;
}

core::Result<std::optional<std::string>> FrameDecoder::next()
{
    if (m_failed)
        return fail(ErrorCode::Protocol, "the stream was already broken");
    const std::size_t available = m_buffer.size() - m_offset;
    if (available < frameHeaderSize)
        return std::optional<std::string> {};
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.data() + m_offset);
    const std::uint32_t header = (std::uint32_t { p[0] } << 24) | (std::uint32_t { p[1] } << 16)
        | (std::uint32_t { p[2] } << 8) | std::uint32_t { p[3] };
    const bool compressed = (header & compressedFrameFlag) != 0;
    const std::size_t length = header & ~compressedFrameFlag;
    if (compressed && !m_acceptCompressed) {
        m_failed = true;
        return fail(ErrorCode::Protocol, "a compressed frame, but compression was not agreed in the greeting");
    }
    if (length == 0 || length > m_maxFrame) {
        m_failed = true;
        return fail(ErrorCode::Protocol,
            length == 0
                ? std::string("an empty frame")
                : "a frame of " + std::to_string(length) + " bytes, over the limit of " + std::to_string(m_maxFrame));
    }
    if (available < frameHeaderSize + length)
        return std::optional<std::string> {};
    const std::string_view body(m_buffer.data() + m_offset + frameHeaderSize, length);
    std::string payload;
    if (compressed) {
        auto plain = decompress(body);
        if (!plain) {
            m_failed = true;
            return fail(plain.error());
        }
        payload = std::move(*plain);
    } else {
        payload.assign(body);
    }
    m_offset += frameHeaderSize + length;
    m_lastFrameBytes = frameHeaderSize + length;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    return std::optional<std::string>(std::move(payload));
}

bool offersZstd(const wire::Hello& hello)
{
    return std::find(hello.compression().begin(), hello.compression().end(), wire::COMPRESSION_ZSTD)
        != hello.compression().end();
}

core::Result<std::string> encode(const wire::ClientMessage& message, std::size_t maxFrame)
{
    return encodeMessage(message, maxFrame);
}

core::Result<std::string> encode(const wire::ServerMessage& message, std::size_t maxFrame)
{
    return encodeMessage(message, maxFrame);
}

core::Result<wire::ClientMessage> decodeClientMessage(std::string_view payload)
{
    wire::ClientMessage m;
    if (!m.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
        return malformed("not a message of this protocol");
    FN_TRY(validate(m));
    return m;
}

core::Result<wire::ServerMessage> decodeServerMessage(std::string_view payload)
{
    wire::ServerMessage m;
    if (!m.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
        return malformed("not a message of this protocol");
    FN_TRY(validate(m));
    return m;
}

bool isScopeName(std::string_view scope)
{
    if (scope == "t")
        return true;
    if (scope.size() < 3 || scope[1] != ':')
        return false;
    if (scope[0] != 'p' && scope[0] != 'e' && scope[0] != 'u')
        return false;
    return isDeviceName(scope.substr(2));
}

Status validate(const wire::ClientMessage& m)
{
    switch (m.body_case()) {
    case wire::ClientMessage::kHello:
        if (m.hello().protocol() == 0)
            return malformed("a greeting without a protocol version");
        if (!isDeviceName(m.hello().device_id()))
            return malformed("a greeting without a device id");
        if (m.hello().app_version().size() > 64)
            return malformed("an overlong app version");
        if (m.hello().compression().size() > 16)
            return malformed("a greeting offering too many kinds of compression");
        return {};
    case wire::ClientMessage::kPair: {
        const auto& p = m.pair();
        if (p.protocol() == 0)
            return malformed("a pairing request without a protocol version");
        if (p.token().empty() || p.token().size() > 256)
            return malformed("a pairing request without a token");
        if (p.csr_der().empty() || p.csr_der().size() > maxCsrBytes)
            return malformed("a pairing request without a certificate request");
        if (!isRowId(p.device_id()))
            return malformed("a pairing request whose device id is not a UUID");
        if (p.label().size() > 200)
            return malformed("an overlong device label");
        return {};
    }
    case wire::ClientMessage::kPush: {
        const auto& changes = m.push().changes();
        if (changes.empty())
            return malformed("an empty push");
        if (changes.size() > maxChangesPerPush)
            return malformed("too many changes in one push");
        std::int64_t previous = 0;
        for (const auto& c : changes) {
            FN_TRY(checkChange(c));
            if (c.seq() <= previous)
                return malformed("changes out of order in a push");
            previous = c.seq();
        }
        return {};
    }
    case wire::ClientMessage::kPull: {
        const auto& p = m.pull();
        if (p.cursor() < 0)
            return malformed("a negative cursor");
        if (static_cast<std::size_t>(p.held().size()) > maxHeldScopes)
            return malformed("too many scopes held");
        std::set<std::string_view> seen;
        for (const auto& h : p.held()) {
            if (!isScopeName(h.scope()))
                return malformed("a held scope with a bad name");
            if (h.fingerprint().size() > maxFingerprintBytes)
                return malformed("an overlong fingerprint");
            if (!seen.insert(h.scope()).second)
                return malformed("a scope held twice");
        }
        if (static_cast<std::size_t>(p.kept_about().size()) > maxHeldScopes)
            return malformed("too many scopes kept about");
        for (const auto& s : p.kept_about())
            if (!isScopeName(s))
                return malformed("a scope kept about with a bad name");
        return {};
    }
    case wire::ClientMessage::kBye:
        return {};
    case wire::ClientMessage::BODY_NOT_SET:
        break;
    }
    return malformed("an empty message");
}

Status validate(const wire::ServerMessage& m)
{
    switch (m.body_case()) {
    case wire::ServerMessage::kWelcome: {
        const auto& w = m.welcome();
        if (w.protocol() == 0)
            return malformed("a welcome without a protocol version");
        if (!w.staff_id().empty() && !isDeviceName(w.staff_id()))
            return malformed("a welcome with a bad staff id");
        if (w.role().size() > 32)
            return malformed("a welcome with a bad role");
        return {};
    }
    case wire::ServerMessage::kPaired: {
        const auto& p = m.paired();
        if (p.certificate_der().empty() || p.certificate_der().size() > 16384 || p.ca_certificate_der().empty()
            || p.ca_certificate_der().size() > 16384)
            return malformed("a pairing result without certificates");
        if (!isDeviceName(p.staff_id()))
            return malformed("a pairing result without a staff id");
        return {};
    }
    case wire::ServerMessage::kPushed: {
        const auto& r = m.pushed();
        if (r.high_water() < 0)
            return malformed("a negative high-water mark");
        if (r.outcomes().size() > maxChangesPerPush || r.restores().size() > maxChangesPerPush)
            return malformed("too many outcomes");
        for (const auto& o : r.outcomes())
            if (o.seq() <= 0 || o.reason().size() > 1024)
                return malformed("a bad outcome");
        if (r.erased().size() > maxChangesPerPush)
            return malformed("too many erasures");
        for (const auto& s : r.erased())
            if (!isScopeName(s))
                return malformed("an erasure of a bad scope");
        for (const auto& x : r.restores()) {
            if (!isIdentifier(x.table()) || !isRowId(x.row_id()))
                return malformed("a bad restore");
            if (x.present()) {
                FN_TRY(checkRow(x.state(), "restore"));
                if (x.state().table() != x.table() || x.state().row_id() != x.row_id())
                    return malformed("a restore of another row than it names");
            }
        }
        return {};
    }
    case wire::ServerMessage::kPullStart:
        if (m.pull_start().head() < 0)
            return malformed("a negative head");
        return {};
    case wire::ServerMessage::kEvict:
        if (static_cast<std::size_t>(m.evict().scopes().size()) > maxHeldScopes)
            return malformed("too many evictions");
        for (const auto& s : m.evict().scopes())
            if (!isScopeName(s))
                return malformed("an eviction of a bad scope");
        if (static_cast<std::size_t>(m.evict().erased().size()) > maxHeldScopes)
            return malformed("too many erasures");
        for (const auto& s : m.evict().erased())
            if (!isScopeName(s))
                return malformed("an erasure of a bad scope");
        if (static_cast<std::size_t>(m.evict().handed_over().size()) > maxHeldScopes)
            return malformed("too many hand-overs");
        for (const auto& s : m.evict().handed_over())
            if (!isScopeName(s))
                return malformed("a hand-over of a bad scope");
        return {};
    case wire::ServerMessage::kSnapshot: {
        const auto& s = m.snapshot();
        if (!isScopeName(s.scope()))
            return malformed("a snapshot of a bad scope");
        if (s.fingerprint().size() > maxFingerprintBytes)
            return malformed("an overlong fingerprint");
        FN_TRY(checkRows(s.rows(), "snapshot"));
        for (const auto& r : s.rows())
            if (r.scope() != s.scope())
                return malformed("a snapshot row outside its scope");
        return {};
    }
    case wire::ServerMessage::kFeed: {
        const auto& f = m.feed();
        FN_TRY(checkRows(f.rows(), "feed"));
        if (f.purged_scopes().size() != f.purge_seqs().size() || f.purged_scopes().size() > maxRowsPerMessage)
            return malformed("a feed with mismatched purges");
        for (const auto& s : f.purged_scopes())
            if (!isScopeName(s))
                return malformed("a purge of a bad scope");
        if (f.cursor_after() < 0)
            return malformed("a negative cursor");
        return {};
    }
    case wire::ServerMessage::kDone:
        if (m.done().cursor() < 0)
            return malformed("a negative cursor");
        return {};
    case wire::ServerMessage::kWipe:
        return {};
    case wire::ServerMessage::kRefusal:
        if (m.refusal().message().size() > 1024)
            return malformed("an overlong refusal");
        return {};
    case wire::ServerMessage::BODY_NOT_SET:
        break;
    }
    return malformed("an empty message");
}

// ---- core <-> wire ----------------------------------------------------------------------------------

void toWire(const core::Value& value, wire::Value& out)
{
    std::visit(
        [&](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                out.set_null(true);
            else if constexpr (std::is_same_v<V, std::int64_t>)
                out.set_integer(v);
            else if constexpr (std::is_same_v<V, double>)
                out.set_real(v);
            else
                out.set_text(v);
        },
        value);
}

core::Value fromWire(const wire::Value& value)
{
    switch (value.kind_case()) {
    case wire::Value::kInteger:
        return value.integer();
    case wire::Value::kReal:
        return value.real();
    case wire::Value::kText:
        return value.text();
    default:
        return std::monostate {};
    }
}

namespace {

void versionToWire(const core::Version& v, wire::Version& out)
{
    out.set_hlc(v.hlc);
    out.set_device(v.device);
}

core::Version versionFromWire(const wire::Version& v)
{
    return { v.hlc(), v.device() };
}

wire::Op opToWire(core::ChangeOp op)
{
    switch (op) {
    case core::ChangeOp::Create:
        return wire::OP_CREATE;
    case core::ChangeOp::Set:
        return wire::OP_SET;
    case core::ChangeOp::Append:
        return wire::OP_APPEND;
    case core::ChangeOp::Delete:
        return wire::OP_DELETE;
    case core::ChangeOp::Resolve:
        return wire::OP_RESOLVE;
    }
    return wire::OP_UNSPECIFIED;
}

core::ChangeOp opFromWire(wire::Op op)
{
    switch (op) {
    case wire::OP_CREATE:
        return core::ChangeOp::Create;
    case wire::OP_APPEND:
        return core::ChangeOp::Append;
    case wire::OP_DELETE:
        return core::ChangeOp::Delete;
    case wire::OP_RESOLVE:
        return core::ChangeOp::Resolve;
    default:
        return core::ChangeOp::Set;
    }
}

} // namespace

void toWire(const core::Change& c, wire::Change& out)
{
    out.set_seq(c.seq);
    out.set_op(opToWire(c.op));
    out.set_table(c.table);
    out.set_row_id(c.rowId);
    if (!c.column.empty())
        out.set_column(c.column);
    if (c.op == core::ChangeOp::Set || c.op == core::ChangeOp::Resolve)
        toWire(c.value, *out.mutable_value());
    out.set_hlc(c.version.hlc);
    if (!c.base.isNull())
        versionToWire(c.base, *out.mutable_base());
    for (const auto& [col, v] : c.fields) {
        auto* f = out.add_fields();
        f->set_column(col);
        toWire(v, *f->mutable_value());
    }
    for (const auto& [col, v] : c.baseVersions) {
        auto* f = out.add_base_versions();
        f->set_column(col);
        versionToWire(v, *f->mutable_version());
    }
    if (!c.scope.empty())
        out.set_scope(c.scope);
}

core::Change fromWire(const wire::Change& c, const std::string& deviceId)
{
    core::Change out;
    out.seq = c.seq();
    out.op = opFromWire(c.op());
    out.table = c.table();
    out.rowId = c.row_id();
    out.column = c.column();
    out.value = fromWire(c.value());
    out.version = { c.hlc(), deviceId };
    if (c.has_base())
        out.base = versionFromWire(c.base());
    out.fields.reserve(static_cast<std::size_t>(c.fields().size()));
    for (const auto& f : c.fields())
        out.fields.emplace_back(f.column(), fromWire(f.value()));
    for (const auto& v : c.base_versions())
        out.baseVersions.emplace_back(v.column(), versionFromWire(v.version()));
    out.scope = c.scope();
    return out;
}

void toWire(const core::RowState& r, wire::RowState& out)
{
    out.set_seq(r.seq);
    out.set_table(r.table);
    out.set_row_id(r.rowId);
    out.set_scope(r.scope);
    versionToWire(r.created, *out.mutable_created());
    if (r.deleted)
        out.set_deleted(true);
    out.mutable_fields()->Reserve(static_cast<int>(r.fields.size()));
    for (const auto& [col, v] : r.fields) {
        // Nulls are what a tablet's row holds when a field is absent: leave them out.
        if (core::isNull(v))
            continue;
        auto* f = out.add_fields();
        f->set_column(col);
        toWire(v, *f->mutable_value());
    }
    for (const auto& [col, v] : r.fieldVersions) {
        auto* f = out.add_versions();
        f->set_column(col);
        versionToWire(v, *f->mutable_version());
    }
}

core::RowState fromWire(const wire::RowState& r)
{
    core::RowState out;
    out.seq = r.seq();
    out.table = r.table();
    out.rowId = r.row_id();
    out.scope = r.scope();
    out.created = versionFromWire(r.created());
    out.deleted = r.deleted();
    out.fields.reserve(static_cast<std::size_t>(r.fields().size()));
    for (const auto& f : r.fields())
        out.fields.emplace_back(f.column(), fromWire(f.value()));
    for (const auto& v : r.versions())
        out.fieldVersions.emplace_back(v.column(), versionFromWire(v.version()));
    return out;
}

} // namespace fieldnotes::sync
