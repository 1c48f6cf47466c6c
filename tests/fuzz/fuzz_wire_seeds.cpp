// Writes the seed corpus for fuzz_wire: one framed message of every kind the protocol has, made by
// the real encoder, so the fuzzer starts from valid traffic; and each again zstd-compressed, as a
// compressed frame and as the bare zstd frame the fuzzer also reads as a compressed frame's body.
#include "wire.h"

#include <filesystem>
#include <fstream>
#include <zstd.h>

using namespace fieldnotes;
using namespace fieldnotes::sync;

namespace {

int written = 0;

template<class M> void seed(const std::filesystem::path& dir, const M& m)
{
    auto payload = encode(m);
    if (!payload)
        return;
    std::string framed;
    appendFrame(framed, *payload);
    std::string compressed(ZSTD_compressBound(payload->size()), '\0');
    const std::size_t n
        = ZSTD_compress(compressed.data(), compressed.size(), payload->data(), payload->size(), compressionLevel);
    if (ZSTD_isError(n))
        return;
    compressed.resize(n);
    std::string compressedFrame;
    appendCompressedFrame(compressedFrame, compressed);
    ++written;
    for (const auto& [suffix, bytes] : { std::pair<std::string, const std::string*> { "", &framed },
             { "-zframe", &compressedFrame }, { "-zstd", &compressed } }) {
        std::ofstream out(dir / ("seed-" + std::to_string(written) + suffix), std::ios::binary);
        out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
        return 2;
    const std::filesystem::path dir = argv[1];
    std::filesystem::create_directories(dir);
    const std::string id = "11111111-1111-4111-8111-111111111111";

    wire::ClientMessage hello;
    hello.mutable_hello()->set_protocol(protocolVersion);
    hello.mutable_hello()->set_device_id(id);
    seed(dir, hello);
    wire::ClientMessage pair;
    pair.mutable_pair()->set_protocol(protocolVersion);
    pair.mutable_pair()->set_token("token");
    pair.mutable_pair()->set_csr_der(std::string(64, '\x30'));
    pair.mutable_pair()->set_device_id(id);
    seed(dir, pair);
    for (auto op : { core::ChangeOp::Create, core::ChangeOp::Set, core::ChangeOp::Append, core::ChangeOp::Delete,
             core::ChangeOp::Resolve }) {
        core::Change c;
        c.seq = 3;
        c.op = op;
        c.table = op == core::ChangeOp::Resolve ? "conflicts" : "visits";
        c.rowId = id;
        c.column = op == core::ChangeOp::Resolve ? "value" : "note";
        c.value = std::string("Møtte leder.");
        c.version = { 1234567, id };
        c.base = { 1234000, id };
        c.fields = { { "note", std::string("Kort samtale") }, { "duration_min", std::int64_t { 15 } } };
        c.baseVersions = { { "note", { 12, id } } };
        wire::ClientMessage push;
        toWire(c, *push.mutable_push()->add_changes());
        seed(dir, push);
    }
    wire::ClientMessage pull;
    pull.mutable_pull()->set_cursor(17);
    auto* held = pull.mutable_pull()->add_held();
    held->set_scope("p:" + id);
    held->set_fingerprint("s1");
    seed(dir, pull);
    wire::ClientMessage bye;
    bye.mutable_bye();
    seed(dir, bye);

    core::RowState row;
    row.seq = 9;
    row.table = "participants";
    row.rowId = id;
    row.scope = "p:" + id;
    row.created = { 1, id };
    row.fields = { { "display_name", std::string("Sara T.") } };
    row.fieldVersions = { { "display_name", { 2, id } } };
    wire::ServerMessage welcome;
    welcome.mutable_welcome()->set_protocol(protocolVersion);
    welcome.mutable_welcome()->set_staff_id(id);
    welcome.mutable_welcome()->set_role("specialist");
    seed(dir, welcome);
    wire::ServerMessage snapshot;
    snapshot.mutable_snapshot()->set_scope(row.scope);
    toWire(row, *snapshot.mutable_snapshot()->add_rows());
    snapshot.mutable_snapshot()->set_complete(true);
    seed(dir, snapshot);
    wire::ServerMessage feed;
    toWire(row, *feed.mutable_feed()->add_rows());
    feed.mutable_feed()->add_purged_scopes("p:" + id);
    feed.mutable_feed()->add_purge_seqs(10);
    feed.mutable_feed()->set_cursor_after(10);
    seed(dir, feed);
    wire::ServerMessage pushed;
    pushed.mutable_pushed()->set_high_water(3);
    auto* outcome = pushed.mutable_pushed()->add_outcomes();
    outcome->set_seq(3);
    outcome->set_kind(wire::Outcome::REJECTED);
    auto* restore = pushed.mutable_pushed()->add_restores();
    restore->set_table("participants");
    restore->set_row_id(id);
    restore->set_present(true);
    toWire(row, *restore->mutable_state());
    seed(dir, pushed);
    wire::ServerMessage refusal;
    refusal.mutable_refusal()->set_message("refused");
    seed(dir, refusal);
    return written > 10 ? 0 : 1;
}
