#include "device.h"

#include "fileio.h"
#include "pki.h"
#include "storeinternals.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {

constexpr std::string_view keyName = "device_key";
constexpr std::string_view certificateName = "device_certificate";
constexpr std::string_view authorityName = "office_authority";
constexpr std::string_view pinName = "office_pin";
// The pin of the key the office will serve with next (sync/README.md, "Changing the office's key").
constexpr std::string_view nextPinName = "office_next_pin";
constexpr std::string_view addressName = "office_address";
constexpr std::string_view officeIdName = "office_id";
// The key of a pairing request not yet answered: a retry must carry the same key.
constexpr std::string_view pendingKeyName = "pairing_key";

Result<std::optional<std::string>> credential(Store& store, std::string_view name)
{
    FN_TRY_ASSIGN(
        Statement * st, core::StoreInternals::db(store).prepare("SELECT value FROM credentials WHERE name = ?"));
    st->bind(1, name);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<std::string> out;
    if (row)
        out = st->text(0);
    st->reset();
    return out;
}

Status setCredential(Store& store, std::string_view name, std::string_view value)
{
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(store).prepare("INSERT INTO credentials(name, value) VALUES (?, ?) "
                                                "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    return st->bind(1, name).bind(2, value).run();
}

// Key rotation, on the tablet: `serverPin` is the pin of the key the office served this connection
// with, `nextPin` the one it will serve with next. The connection was verified against the pins
// this tablet holds, so the office's word moves the tablet from its pin to the next one it already
// held, and replaces or clears the next one; a served pin the tablet never held is not taken.
Status takeOfficePins(Store& store, const std::string& serverPin, const std::string& nextPin)
{
    FN_TRY_ASSIGN(const auto pin, credential(store, pinName));
    FN_TRY_ASSIGN(const auto held, credential(store, nextPinName));
    const bool promote = !serverPin.empty() && held && serverPin == *held && serverPin != pin.value_or("");
    const std::string next = nextPin == serverPin || (pin && nextPin == *pin) ? std::string() : nextPin;
    if (!promote && next == held.value_or(""))
        return {};
    return store.transaction([&]() -> Status {
        if (promote)
            FN_TRY(setCredential(store, pinName, serverPin));
        if (!next.empty())
            return setCredential(store, nextPinName, next);
        FN_TRY_ASSIGN(
            Statement * drop, core::StoreInternals::db(store).prepare("DELETE FROM credentials WHERE name = ?"));
        return drop->bind(1, nextPinName).run();
    });
}

Result<std::int64_t> scalar(Store& store, std::string_view sql)
{
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare(sql));
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t n = row ? st->integer(0) : 0;
    st->reset();
    return n;
}

ErrorCode codeOfRefusal(wire::Refusal::Code code)
{
    switch (code) {
    case wire::Refusal::UNAUTHORIZED:
        return ErrorCode::Unauthorized;
    case wire::Refusal::REVOKED:
        return ErrorCode::Revoked;
    case wire::Refusal::BUSY:
    case wire::Refusal::INTERNAL:
        return ErrorCode::Network;
    default:
        return ErrorCode::Protocol;
    }
}

} // namespace

std::string_view noticeCode(SyncNotice notice)
{
    switch (notice) {
    case SyncNotice::StoreRestored:
        return "store-restored";
    case SyncNotice::ClockBehind:
        return "clock-behind";
    case SyncNotice::HandedOver:
        return "handed-over";
    }
    return "unknown";
}

std::string noticeText(SyncNotice notice, std::int64_t clockGapMs)
{
    switch (notice) {
    case SyncNotice::StoreRestored:
        return "The office has received more from this tablet than its case file knows of: the case file was "
               "restored from a backup, or copied from another tablet. Nothing it sends now is lost or taken twice, "
               "and what reached the office before comes back with this sync; work saved after the backup that "
               "never reached the office is not in this case file. If a copy of it is in use on another tablet, ask "
               "the office to withdraw one of them.";
    case SyncNotice::ClockBehind:
        return "This tablet's clock is " + describeClockGap(clockGapMs)
            + " behind the office's. Set the tablet's date, time and time zone (automatic is best): dates it fills "
              "in are off, and its edits lose to edits made elsewhere.";
    case SyncNotice::HandedOver:
        return "A participant you followed was handed over to a colleague: their records have left this tablet, and "
               "what you wrote before the hand-over has reached the office. Your drafts about them stay here; finish "
               "or discard them (a finished visit is refused once the hand-over is older than four weeks).";
    }
    return {};
}

DeviceSession::DeviceSession(Store& store, ProgressCallback progress)
    : m_store(&store)
    , m_replica(store)
    , m_progress(std::move(progress))
{
    // A first sync writes the whole caseload; SQLCipher encrypts and decrypts every page it touches.
    (void)core::StoreInternals::db(store).exec("PRAGMA cache_size = -32768");
}

void DeviceSession::progress(SyncProgress::Phase phase, std::int64_t done, std::int64_t total)
{
    if (m_progress)
        m_progress({ phase, done, total });
}

void DeviceSession::notice(SyncNotice n)
{
    if (std::find(m_report.notices.begin(), m_report.notices.end(), n) == m_report.notices.end())
        m_report.notices.push_back(n);
}

Result<wire::ClientMessage> DeviceSession::start()
{
    FN_TRY_ASSIGN(m_lastSeqAtStart, scalar(*m_store, "SELECT coalesce(max(seq), 0) FROM outbox"));
    FN_TRY_ASSIGN(m_pendingAtStart, m_replica.pendingCount());
    FN_TRY_ASSIGN(const std::int64_t numbered,
        scalar(*m_store, "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'outbox'"));
    m_state = State::Greeting;
    progress(SyncProgress::Phase::Connecting, 0, 0);
    wire::ClientMessage m;
    m.mutable_hello()->set_protocol(protocolVersion);
    m.mutable_hello()->set_device_id(m_store->deviceId());
    m.mutable_hello()->set_app_version("fieldnotes 0.1");
    m.mutable_hello()->set_outbox_counter(std::max(numbered, m_lastSeqAtStart));
    return m;
}

Result<std::optional<wire::ClientMessage>> DeviceSession::nextPush()
{
    FN_TRY_ASSIGN(auto pending, m_replica.pending(changesPerBatch));
    m_batch.clear();
    // One generation per batch: the office tells replays from new changes by it.
    for (auto& c : pending)
        if (c.seq <= m_lastSeqAtStart && (m_batch.empty() || c.generation == m_batch.front().generation))
            m_batch.push_back(std::move(c));
        else
            break;
    wire::ClientMessage m;
    if (!m_batch.empty()) {
        m.mutable_push()->set_generation(m_batch.front().generation);
        m_state = State::Pushing;
        progress(
            SyncProgress::Phase::Pushing, m_report.sent, std::max(m_pendingAtStart, std::int64_t { m_report.sent }));
        for (const Change& c : m_batch)
            toWire(c, *m.mutable_push()->add_changes());
        return std::optional(std::move(m));
    }
    // Everything that was waiting has gone: ask for what is new, naming the scopes held and any
    // whose rows are here without a complete snapshot.
    m_state = State::Pulling;
    FN_TRY_ASSIGN(const std::int64_t cursor, m_replica.cursor());
    FN_TRY_ASSIGN(auto held, m_replica.heldScopes());
    auto* pull = m.mutable_pull();
    pull->set_cursor(cursor);
    FN_TRY_ASSIGN(const auto nextPin, credential(*m_store, nextPinName));
    pull->set_next_pin_held(nextPin.value_or(""));
    std::set<std::string> named;
    for (const auto& [scope, fingerprint] : held) {
        auto* h = pull->add_held();
        h->set_scope(scope);
        h->set_fingerprint(fingerprint);
        named.insert(scope);
    }
    for (const TableInfo& t : catalogue()) {
        FN_TRY_ASSIGN(Statement * st,
            core::StoreInternals::db(*m_store).prepare("SELECT DISTINCT _scope FROM " + std::string(t.name)));
        for (;;) {
            FN_TRY_ASSIGN(const bool row, st->step());
            if (!row)
                break;
            std::string scope = st->text(0);
            if (isScopeName(scope) && named.insert(scope).second)
                pull->add_held()->set_scope(scope);
        }
        st->reset();
    }
    FN_TRY_ASSIGN(const auto keptAbout, m_replica.scopesKeptAbout());
    for (const auto& scope : keptAbout)
        if (isScopeName(scope) && !named.count(scope))
            pull->add_kept_about(scope);
    progress(SyncProgress::Phase::Pulling, 0, 0);
    return std::optional(std::move(m));
}

Status DeviceSession::takePushResult(const wire::PushResult& result)
{
    if (m_batch.empty())
        return fail(ErrorCode::Protocol, "The office answered a push that was not made.");
    if (result.high_water() < m_batch.back().seq)
        return fail(ErrorCode::Protocol, "The office did not take the whole batch; sync again.");
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(Statement * refused,
            core::StoreInternals::db(*m_store).prepare(
                "INSERT INTO rejected_changes(seq, op, tbl, row_id, scope, col, value, payload, "
                "reason, rejected_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const auto& o : result.outcomes()) {
            switch (o.kind()) {
            case wire::Outcome::DUPLICATE:
                ++m_report.duplicates;
                continue;
            case wire::Outcome::CONFLICT:
                ++m_report.conflicts;
                continue;
            case wire::Outcome::ERASED:
                ++m_report.erasedChanges; // acknowledged below, kept nowhere
                continue;
            case wire::Outcome::REJECTED:
                break;
            default:
                continue;
            }
            ++m_report.rejected;
            m_report.refusals.push_back(o.reason());
            auto it = std::find_if(m_batch.begin(), m_batch.end(), [&](const Change& c) { return c.seq == o.seq(); });
            if (it == m_batch.end())
                return fail(ErrorCode::Protocol, "The office refused a change that was not sent.");
            const Change& c = *it;
            const std::string table = c.op == ChangeOp::Resolve ? "conflicts" : c.table;
            std::string scope;
            if (const TableInfo* t = findTable(table)) {
                FN_TRY_ASSIGN(auto row, readRowState(*m_store, *t, c.rowId));
                if (row)
                    scope = row->scope;
            }
            nlohmann::json payload = nlohmann::json::object();
            for (const auto& [col, v] : c.fields)
                payload[col] = toJson(v);
            for (const auto& [col, v] : c.baseVersions)
                payload[col] = nlohmann::json::array({ v.hlc, v.device });
            FN_TRY(refused->bind(1, c.seq)
                       .bind(2, opName(c.op))
                       .bind(3, c.table)
                       .bind(4, c.rowId)
                       .bind(5, scope)
                       .bind(6, c.column)
                       .bind(7, c.value)
                       .bind(8, payload.dump())
                       .bind(9, o.reason())
                       .bind(10, m_store->clock().nowMs())
                       .run());
        }
        m_report.applied += static_cast<int>(result.applied());
        m_report.sent += static_cast<int>(m_batch.size());
        FN_TRY(m_replica.acknowledge(result.high_water()));
        for (const auto& r : result.restores()) {
            std::optional<RowState> state;
            if (r.present())
                state = fromWire(r.state());
            FN_TRY(m_replica.restore(r.table(), r.row_id(), state));
        }
        return {};
    }));
    m_batch.clear();
    if (result.store_behind())
        notice(SyncNotice::StoreRestored);
    const std::vector<std::string> erased(result.erased().begin(), result.erased().end());
    FN_TRY(m_replica.purge(erased));
    m_report.purged += static_cast<int>(erased.size());
    return {};
}

Status DeviceSession::checkClock(std::int64_t officeTimeMs)
{
    if (officeTimeMs <= 0)
        return {};
    const std::int64_t here = m_store->clock().nowMs();
    const std::int64_t lead = std::chrono::milliseconds(HybridClock::maxLead).count();
    if (here - officeTimeMs > lead)
        return fail(ErrorCode::ClockWrong,
            "This tablet's clock is " + describeClockGap(here - officeTimeMs)
                + " ahead of the office's, so nothing was sent. Set the tablet's date, time and time zone (automatic "
                  "is best), then sync again. Nothing is lost: your changes wait on this tablet.");
    if (officeTimeMs - here > lead) {
        notice(SyncNotice::ClockBehind);
        m_report.clockGapMs = officeTimeMs - here;
    }
    // Changes saved while the clock ran ahead would be refused: stamp them again, now it is right.
    const std::uint64_t ceiling = HybridClock::fromMs(officeTimeMs + lead);
    if (m_store->hlc().last() > ceiling) {
        FN_TRY_ASSIGN(m_report.restamped, m_replica.restamp(ceiling));
    }
    return {};
}

Status DeviceSession::finish()
{
    m_state = State::Done;
    FN_TRY_ASSIGN(m_report.cursor, m_replica.cursor());
    FN_TRY_ASSIGN(m_report.openConflicts,
        scalar(*m_store, "SELECT count(*) FROM conflicts WHERE resolution IS NULL AND _deleted = 0"));
    FN_TRY_ASSIGN(m_report.pending, m_replica.pendingCount());
    nlohmann::json summary = { { "sent", m_report.sent }, { "applied", m_report.applied },
        { "duplicates", m_report.duplicates }, { "conflicts", m_report.conflicts }, { "rejected", m_report.rejected },
        { "received", m_report.received }, { "evicted", m_report.evicted }, { "purged", m_report.purged },
        { "open_conflicts", m_report.openConflicts }, { "notices", nlohmann::json::array() } };
    for (SyncNotice n : m_report.notices)
        summary["notices"].push_back(noticeCode(n));
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(m_store->setState("last_sync_ms", m_store->clock().nowMs()));
        return m_store->setState("last_sync_report", summary.dump());
    }));
    progress(SyncProgress::Phase::Finished, m_pullTotal, m_pullTotal);
    return {};
}

Result<std::optional<wire::ClientMessage>> DeviceSession::receive(const wire::ServerMessage& message)
{
    using Body = wire::ServerMessage::BodyCase;
    if (message.body_case() == Body::kRefusal)
        return fail(codeOfRefusal(message.refusal().code()), message.refusal().message());
    if (message.body_case() == Body::kWipe) {
        FN_TRY(wipeReplica(*m_store));
        m_report.wiped = true;
        m_state = State::Done;
        return std::optional<wire::ClientMessage> {};
    }
    auto outOfOrder = [] {
        return fail(
            ErrorCode::Protocol, "The office answered out of order; sync again (tell the office if it persists).");
    };
    switch (m_state) {
    case State::Greeting: {
        if (message.body_case() != Body::kWelcome)
            return outOfOrder();
        const auto& w = message.welcome();
        const auto role = enumFromCode<StaffRole>(w.role());
        if (!role)
            return fail(
                ErrorCode::Protocol, "The office named a role this version of fieldnotes does not know. Update it.");
        // The office decides who uses this tablet and in which role.
        if (w.staff_id() != m_store->staffId())
            FN_TRY(m_store->setStaffId(w.staff_id()));
        if (*role != m_store->role())
            FN_TRY(m_store->setRole(*role));
        if (w.store_behind())
            notice(SyncNotice::StoreRestored);
        FN_TRY(takeOfficePins(*m_store, w.server_pin(), w.next_pin()));
        FN_TRY(checkClock(w.office_time_ms()));
        return nextPush();
    }
    case State::Pushing:
        if (message.body_case() != Body::kPushed)
            return outOfOrder();
        FN_TRY(takePushResult(message.pushed()));
        return nextPush();
    case State::Pulling:
        break;
    case State::Done:
        return outOfOrder();
    }
    switch (message.body_case()) {
    case Body::kPullStart:
        m_pullTotal = message.pull_start().evictions() + message.pull_start().snapshot_rows()
            + message.pull_start().feed_rows();
        progress(SyncProgress::Phase::Pulling, 0, m_pullTotal);
        return std::optional<wire::ClientMessage> {};
    case Body::kEvict: {
        std::vector<std::string> scopes(message.evict().scopes().begin(), message.evict().scopes().end());
        const std::vector<std::string> erased(message.evict().erased().begin(), message.evict().erased().end());
        FN_TRY(m_replica.purge(erased));
        m_report.purged += static_cast<int>(erased.size());
        for (const auto& scope : message.evict().handed_over()) {
            if (std::find(scopes.begin(), scopes.end(), scope) == scopes.end())
                continue;
            // Named before its records go.
            const Id participant = scope.substr(2);
            FN_TRY_ASSIGN(auto p, m_store->find<Participant>(participant));
            m_report.handedOver.push_back(p ? p->displayName : participant);
            FN_TRY_ASSIGN(auto drafts, m_store->drafts());
            m_report.draftsKept += static_cast<int>(std::count_if(
                drafts.begin(), drafts.end(), [&](const Draft& d) { return d.participantId == participant; }));
            notice(SyncNotice::HandedOver);
        }
        FN_TRY_ASSIGN(auto kept, m_replica.evict(scopes));
        m_kept.insert(kept.begin(), kept.end());
        m_report.evicted += static_cast<int>(scopes.size() - kept.size());
        m_pullDone += static_cast<std::int64_t>(scopes.size() + erased.size());
        progress(SyncProgress::Phase::Pulling, m_pullDone, m_pullTotal);
        return std::optional<wire::ClientMessage> {};
    }
    case Body::kSnapshot: {
        const auto& s = message.snapshot();
        std::vector<RowState> rows;
        rows.reserve(static_cast<std::size_t>(s.rows_size()));
        for (const auto& r : s.rows())
            rows.push_back(fromWire(r));
        // A scope an eviction had to keep still holds rows from before: not complete until the
        // next sync can drop and take it whole.
        FN_TRY(m_replica.applySnapshot(s.scope(), s.fingerprint(), rows, s.complete() && !m_kept.count(s.scope())));
        m_report.received += s.rows_size();
        m_report.snapshots += s.complete() ? 1 : 0;
        m_pullDone += s.rows_size();
        progress(SyncProgress::Phase::Pulling, m_pullDone, m_pullTotal);
        return std::optional<wire::ClientMessage> {};
    }
    case Body::kFeed: {
        const auto& f = message.feed();
        std::vector<RowState> rows;
        rows.reserve(static_cast<std::size_t>(f.rows_size()));
        for (const auto& r : f.rows())
            rows.push_back(fromWire(r));
        std::vector<Purge> purges;
        for (int i = 0; i < f.purged_scopes_size(); ++i)
            purges.push_back({ f.purge_seqs(i), f.purged_scopes(i) });
        FN_TRY(m_replica.applyFeed(rows, purges, f.cursor_after()));
        m_report.received += f.rows_size();
        m_report.purged += f.purged_scopes_size();
        m_pullDone += f.rows_size() + f.purged_scopes_size();
        progress(SyncProgress::Phase::Pulling, m_pullDone, m_pullTotal);
        return std::optional<wire::ClientMessage> {};
    }
    case Body::kDone: {
        FN_TRY(m_replica.setCursor(message.done().cursor()));
        FN_TRY(finish());
        wire::ClientMessage bye;
        bye.mutable_bye();
        return std::optional(std::move(bye));
    }
    default:
        return outOfOrder();
    }
}

// ---- Identity -----------------------------------------------------------------------------------------

bool isPaired(Store& store)
{
    auto cert = credential(store, certificateName);
    return cert && cert->has_value();
}

Result<DeviceCredentials> loadCredentials(Store& store)
{
    DeviceCredentials c;
    auto get = [&](std::string_view name, std::string& out) -> Status {
        FN_TRY_ASSIGN(auto v, credential(store, name));
        if (!v)
            return fail(ErrorCode::NotInitialised,
                "This tablet is not paired with an office yet. Pair it with the bundle the office gives you.");
        out = std::move(*v);
        return {};
    };
    FN_TRY(get(addressName, c.officeAddress));
    FN_TRY(get(officeIdName, c.officeId));
    FN_TRY(get(pinName, c.officePin));
    FN_TRY_ASSIGN(const auto nextPin, credential(store, nextPinName));
    c.nextOfficePin = nextPin.value_or("");
    FN_TRY(get(keyName, c.keyPem));
    FN_TRY(get(certificateName, c.certificatePem));
    return c;
}

Result<PairingBundle> parseBundle(std::string_view text)
{
    const auto j = nlohmann::json::parse(text, nullptr, false);
    auto bad = [] {
        return fail(ErrorCode::InvalidArgument,
            "That file is not a fieldnotes pairing bundle. Use the file fieldnotes-office enroll wrote.");
    };
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != "fieldnotes-pairing")
        return bad();
    if (j.value("version", 0) != 1)
        return fail(ErrorCode::InvalidArgument, "This pairing bundle is from a newer office. Update fieldnotes.");
    PairingBundle b;
    b.office = j.value("office", "");
    b.officeId = j.value("office_id", "");
    b.pin = j.value("pin", "");
    b.nextPin = j.value("next_pin", "");
    b.token = j.value("token", "");
    b.expiresMs = j.value("expires_ms", std::int64_t { 0 });
    if (b.office.empty() || b.pin.rfind("sha256/", 0) != 0 || b.token.empty()
        || (!b.nextPin.empty() && b.nextPin.rfind("sha256/", 0) != 0))
        return bad();
    return b;
}

DevicePairing::DevicePairing(Store& store, PairingBundle bundle, std::string label)
    : m_store(&store)
    , m_bundle(std::move(bundle))
    , m_label(std::move(label))
{
}

DevicePairing::~DevicePairing()
{
    wipeString(m_keyPem);
    wipeString(m_bundle.token);
}

Result<wire::ClientMessage> DevicePairing::request()
{
    if (isPaired(*m_store))
        return fail(ErrorCode::AlreadyExists, "This tablet is already paired with an office.");
    if (!looksLikeId(m_store->deviceId()))
        return fail(ErrorCode::InvalidArgument, "This store's device id cannot be used for pairing.");
    // The office answers a request again only for the key it first saw: the answer to an earlier
    // request may have been lost, so a key made for one is kept (inside the encrypted store) until
    // pairing completes, and asked with again.
    wipeString(m_keyPem);
    FN_TRY_ASSIGN(auto pending, credential(*m_store, pendingKeyName));
    pki::Key key;
    if (pending) {
        m_keyPem = std::move(*pending);
        FN_TRY_ASSIGN(key, pki::privateKeyFromPem(m_keyPem));
    } else {
        FN_TRY_ASSIGN(key, pki::generateKey());
        FN_TRY_ASSIGN(m_keyPem, pki::privateKeyPem(key.get()));
        FN_TRY(setCredential(*m_store, pendingKeyName, m_keyPem));
    }
    FN_TRY_ASSIGN(const std::string csr, pki::certificateRequest(key.get(), m_store->deviceId()));
    wire::ClientMessage m;
    auto* p = m.mutable_pair();
    p->set_protocol(protocolVersion);
    p->set_token(m_bundle.token);
    p->set_csr_der(csr);
    p->set_device_id(m_store->deviceId());
    p->set_label(m_label.substr(0, 200));
    return m;
}

Status DevicePairing::complete(const wire::ServerMessage& answer)
{
    if (answer.has_refusal())
        return fail(codeOfRefusal(answer.refusal().code()), answer.refusal().message());
    if (!answer.has_paired() || m_keyPem.empty())
        return fail(ErrorCode::Protocol, "The office answered the pairing request out of order.");
    const auto& p = answer.paired();
    FN_TRY_ASSIGN(pki::Certificate cert, pki::certificateFromDer(p.certificate_der()));
    FN_TRY_ASSIGN(pki::Certificate ca, pki::certificateFromDer(p.ca_certificate_der()));
    FN_TRY_ASSIGN(pki::Key key, pki::privateKeyFromPem(m_keyPem));
    FN_TRY_ASSIGN(const std::string ours, pki::publicKeyPin(key.get()));
    FN_TRY_ASSIGN(const std::string issued, pki::publicKeyPin(cert.get()));
    if (pki::commonName(cert.get()) != m_store->deviceId() || ours != issued || !pki::isIssuedBy(cert.get(), ca.get()))
        return fail(ErrorCode::Protocol, "The office issued a certificate that does not fit this tablet. Pair again.");
    const auto role = enumFromCode<StaffRole>(p.role());
    if (!role)
        return fail(
            ErrorCode::Protocol, "The office named a role this version of fieldnotes does not know. Update it.");
    FN_TRY_ASSIGN(const std::string certPem, pki::certificatePem(cert.get()));
    FN_TRY_ASSIGN(const std::string caPem, pki::certificatePem(ca.get()));
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(setCredential(*m_store, keyName, m_keyPem));
        FN_TRY_ASSIGN(
            Statement * done, core::StoreInternals::db(*m_store).prepare("DELETE FROM credentials WHERE name = ?"));
        FN_TRY(done->bind(1, pendingKeyName).run());
        FN_TRY(setCredential(*m_store, certificateName, certPem));
        FN_TRY(setCredential(*m_store, authorityName, caPem));
        // The office names the key it served with; the connection was verified against one of the
        // bundle's pins, so a name outside them is not taken.
        const bool servedNext = !m_bundle.nextPin.empty() && p.server_pin() == m_bundle.nextPin;
        FN_TRY(setCredential(*m_store, pinName, servedNext ? m_bundle.nextPin : m_bundle.pin));
        FN_TRY(takeOfficePins(*m_store, {}, p.next_pin()));
        FN_TRY(setCredential(*m_store, addressName, m_bundle.office));
        FN_TRY(setCredential(*m_store, officeIdName, p.office_id()));
        FN_TRY(m_store->setStaffId(p.staff_id()));
        FN_TRY(m_store->setRole(*role));
        return m_store->setState("paired_ms", m_store->clock().nowMs());
    }));
    wipeString(m_keyPem);
    return {};
}

Status wipeReplica(Store& store)
{
    FN_TRY(store.transaction([&]() -> Status {
        for (const TableInfo& t : catalogue())
            FN_TRY(core::StoreInternals::db(store).exec("DELETE FROM " + std::string(t.name)));
        for (const char* table : { "field_versions", "outbox", "feed", "device_seq", "held_scopes", "drafts",
                 "rejected_changes", "credentials", "pairing_tokens", "device_certificates", "search_index" })
            FN_TRY(core::StoreInternals::db(store).exec("DELETE FROM " + std::string(table)));
        return core::StoreInternals::db(store).exec("DELETE FROM sync_state WHERE key <> 'device_id'");
    }));
    return core::StoreInternals::db(store).exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace fieldnotes::sync
