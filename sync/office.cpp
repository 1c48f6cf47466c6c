#include "office.h"

#include "dump.h"
#include "pki.h"
#include "replica.h"

#include <map>
#include <set>

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {

constexpr auto deviceCertificateValidity = std::chrono::days(5 * 365);

wire::Outcome::Kind outcomeKind(Outcome o)
{
    switch (o) {
    case Outcome::Applied:
        return wire::Outcome::APPLIED;
    case Outcome::Duplicate:
        return wire::Outcome::DUPLICATE;
    case Outcome::Conflict:
        return wire::Outcome::CONFLICT;
    case Outcome::Rejected:
        return wire::Outcome::REJECTED;
    case Outcome::Erased:
        return wire::Outcome::ERASED;
    }
    return wire::Outcome::REJECTED;
}

} // namespace

wire::ServerMessage refusal(wire::Refusal::Code code, const std::string& message)
{
    wire::ServerMessage m;
    m.mutable_refusal()->set_code(code);
    m.mutable_refusal()->set_message(message);
    return m;
}

Office::Office(Store& store)
    : m_store(&store)
    , m_ledger(store)
    , m_audit(store)
    , m_tables(store)
{
    m_tables.configureConnection();
}

Status Office::observeClock()
{
    FN_TRY_ASSIGN(auto v, m_store->state("hlc"));
    if (v && std::holds_alternative<std::int64_t>(*v))
        m_store->hlc().observe(static_cast<std::uint64_t>(std::get<std::int64_t>(*v)));
    return {};
}

Result<std::string> Office::pinOf(std::string_view certificateName)
{
    FN_TRY_ASSIGN(const auto pem, m_tables.credential(certificateName));
    if (!pem)
        return std::string();
    FN_TRY_ASSIGN(pki::Certificate cert, pki::certificateFromPem(*pem));
    return pki::publicKeyPin(cert.get());
}

Result<std::string> Office::credential(std::string_view name)
{
    FN_TRY_ASSIGN(auto value, m_tables.credential(name));
    if (!value)
        return fail(ErrorCode::NotInitialised,
            "This store is not an office store (no office keys in it). Create one with fieldnotes-office init.");
    return std::move(*value);
}

Result<ServerCredentials> Office::serverCredentials()
{
    ServerCredentials c;
    FN_TRY_ASSIGN(c.keyPem, credential(serverKeyName));
    FN_TRY_ASSIGN(c.certificatePem, credential(serverCertName));
    FN_TRY_ASSIGN(c.authorityPem, credential(caCertName));
    return c;
}
// ---- A tablet's requests ------------------------------------------------------------------------------

Result<wire::ServerMessage> Office::pair(const wire::PairRequest& request, std::string_view address)
{
    auto refuse = [&](std::string code, const std::string& message) -> Result<wire::ServerMessage> {
        FN_TRY(m_audit.appendRefusal("pair-refused", address, request.device_id(), "", code, true));
        return refusal(wire::Refusal::UNAUTHORIZED, message);
    };
    if (request.protocol() != protocolVersion)
        return refusal(wire::Refusal::VERSION,
            "This tablet speaks sync protocol " + std::to_string(request.protocol()) + " and the office "
                + std::to_string(protocolVersion) + ". Update fieldnotes where it is older.");
    // The office's own id signs its edits in the feed: no tablet may take it (its bundle stays unspent).
    if (request.device_id() == m_store->deviceId())
        return refuse("reserved-device-id",
            "This tablet's device id is reserved by the office. Set the tablet up afresh, then pair it again.");
    const std::string hash = sha256Hex(request.token());
    FN_TRY_ASSIGN(const auto token, m_tables.pairingToken(hash));
    if (!token)
        return refuse("unknown-token",
            "This pairing bundle was not issued by this office, or was withdrawn. Ask the office for a new one.");
    const Id& staffId = token->staffId;
    const bool spent = token->spent;
    const Id& spentBy = token->spentBy;
    const std::string& spentFor = token->spentForPin;
    if (token->expiresMs <= m_store->clock().nowMs())
        return refuse("expired-token", "This pairing bundle has expired. Ask the office for a new one.");
    auto key = pki::requestedKey(request.csr_der());
    if (!key)
        return refuse("bad-request", "The tablet's certificate request was not valid: " + key.error().message + ".");
    FN_TRY_ASSIGN(const std::string keyPin, pki::publicKeyPin(key->get()));
    // The tablet that spent the token may ask again while it is valid, with the key of its first
    // request: the answer may have been lost on the way. A request under the same device id with
    // another key is someone else holding the spent bundle (device ids are no secret), and is refused.
    const bool retry = spent && spentBy == request.device_id() && !spentFor.empty() && spentFor == keyPin;
    if (spent && !retry)
        return refuse(spentBy == request.device_id() ? "spent-token-other-key" : "spent-token",
            "This pairing bundle has already been used. Ask the office for a new one.");
    FN_TRY_ASSIGN(auto existing, m_store->find<Device>(request.device_id()));
    // A tablet of this user that never got its certificate pairs again with a fresh bundle; its
    // earlier certificate (if it had one) is no longer accepted.
    if (existing && (existing->staffId != staffId || existing->revokedOn))
        return refuse("device-exists", "This tablet is already paired with the office for someone else, or withdrawn.");
    FN_TRY_ASSIGN(auto staff, m_store->find<Staff>(staffId));
    if (!staff)
        return refuse("staff-gone", "The user this bundle was made for is no longer on the staff list.");

    FN_TRY_ASSIGN(std::string caKeyPem, credential(caKeyName)); // the only copy, wiped once read
    auto caKey = pki::privateKeyFromPem(caKeyPem);
    wipeString(caKeyPem);
    if (!caKey)
        return fail(caKey.error());
    FN_TRY_ASSIGN(const std::string caPem, credential(caCertName));
    FN_TRY_ASSIGN(pki::Certificate ca, pki::certificateFromPem(caPem));
    FN_TRY_ASSIGN(pki::Certificate cert,
        pki::issue(
            key->get(), request.device_id(), pki::Usage::Client, caKey->get(), ca.get(), deviceCertificateValidity));
    FN_TRY_ASSIGN(const std::string certDer, pki::certificateDer(cert.get()));
    FN_TRY_ASSIGN(const std::string caDer, pki::certificateDer(ca.get()));

    auto paired = write([&]() -> Status {
        // Spent here, in the same transaction that makes the device: a token works exactly once.
        FN_TRY_ASSIGN(const bool spentNow,
            m_tables.spendPairingToken(hash, m_store->clock().nowMs(), request.device_id(), keyPin));
        if (!spentNow && !retry)
            return fail(ErrorCode::AlreadyExists, "spent");
        if (!existing) {
            Device d { request.device_id(), staffId, request.label(), std::nullopt };
            FN_TRY(m_store->create(d));
        }
        FN_TRY(m_tables.recordCertificate(request.device_id(), pki::serialHex(cert.get()),
            pki::fingerprintSha256(cert.get()), m_store->clock().nowMs()));
        return m_audit.append("pair", request.device_id(), staffId,
            std::string(retry || existing ? "again " : "") + "serial=" + pki::serialHex(cert.get()));
    });
    if (!paired && paired.error().code == ErrorCode::AlreadyExists)
        return refuse("spent-token", "This pairing bundle has already been used. Ask the office for a new one.");
    FN_TRY(paired);
    wire::ServerMessage m;
    auto* r = m.mutable_paired();
    r->set_certificate_der(certDer);
    r->set_ca_certificate_der(caDer);
    r->set_staff_id(staffId);
    r->set_role(std::string(codeOf(staff->role)));
    r->set_office_id(m_store->deviceId());
    FN_TRY_ASSIGN(const std::string serverPin, pinOf(serverCertName));
    FN_TRY_ASSIGN(const std::string nextPin, pinOf(nextServerCertName));
    r->set_server_pin(serverPin);
    r->set_next_pin(nextPin);
    return m;
}

Result<Office::Standing> Office::standingOf(const CertificateIdentity& certificate)
{
    Standing out;
    auto stop = [&](std::string reason, const std::string& message) -> Result<Standing> {
        FN_TRY(m_audit.append("hello-refused", certificate.deviceId, "", "reason=" + reason));
        out.stop = refusal(wire::Refusal::UNAUTHORIZED, message);
        return std::move(out);
    };
    FN_TRY_ASSIGN(out.device, m_store->find<Device>(certificate.deviceId));
    if (!out.device)
        return stop("unknown-device", "This tablet is not paired with this office. Pair it again with a new bundle.");
    FN_TRY_ASSIGN(const auto issued, m_tables.certificateSha256(certificate.deviceId));
    if (issued && !certificate.sha256.empty() && *issued != certificate.sha256)
        return stop(
            "old-certificate", "This tablet presented a certificate the office no longer accepts. Pair it again.");
    if (out.device->revokedOn) {
        FN_TRY(m_audit.append("wipe", certificate.deviceId, out.device->staffId, ""));
        wire::ServerMessage m;
        m.mutable_wipe()->set_reason("This tablet was withdrawn from the office on "
            + formatDate(*out.device->revokedOn) + ". Everything synced to it is erased.");
        out.stop = std::move(m);
    }
    return out;
}

Result<std::optional<wire::ServerMessage>> Office::recheck(const CertificateIdentity& certificate, const Peer& peer)
{
    FN_TRY_ASSIGN(Standing standing, standingOf(certificate));
    if (standing.stop)
        return std::move(standing.stop);
    FN_TRY_ASSIGN(auto staff, m_store->find<Staff>(standing.device->staffId));
    if (standing.device->staffId != peer.staffId || !staff || staff->role != peer.role) {
        FN_TRY(m_audit.append("hello-refused", certificate.deviceId, peer.staffId, "reason=user-changed"));
        return std::optional(refusal(wire::Refusal::UNAUTHORIZED,
            "This tablet's user or their role changed at the office while it was connected. Sync again."));
    }
    return std::optional<wire::ServerMessage> {};
}

Result<wire::ServerMessage> Office::hello(const CertificateIdentity& certificate, const wire::Hello& hello,
    std::optional<Peer>& peer, std::string_view address)
{
    auto refuse
        = [&](wire::Refusal::Code code, std::string reason, const std::string& message) -> Result<wire::ServerMessage> {
        FN_TRY(m_audit.appendRefusal("hello-refused", address, certificate.deviceId, "", reason));
        return refusal(code, message);
    };
    if (hello.device_id() != certificate.deviceId)
        return refuse(wire::Refusal::UNAUTHORIZED, "device-mismatch",
            "The tablet's certificate and its greeting name different devices.");
    if (hello.protocol() != protocolVersion)
        return refuse(wire::Refusal::VERSION, "protocol-" + std::to_string(hello.protocol()),
            "This tablet speaks sync protocol " + std::to_string(hello.protocol()) + " and the office "
                + std::to_string(protocolVersion) + ". Update fieldnotes where it is older.");
    FN_TRY_ASSIGN(Standing standing, standingOf(certificate));
    if (standing.stop)
        return std::move(*standing.stop);
    const Device& device = *standing.device;
    auto viewer = viewerOf(device.staffId);
    if (!viewer) {
        if (viewer.error().code != ErrorCode::Unauthorized)
            return fail(viewer.error());
        return refuse(wire::Refusal::UNAUTHORIZED, "staff-gone", viewer.error().message);
    }
    peer = Peer { certificate.deviceId, device.staffId, viewer->role() };
    FN_TRY(m_audit.append(
        helloEvent, certificate.deviceId, device.staffId, "protocol=" + std::to_string(hello.protocol())));
    // A store that has numbered fewer changes than the office has taken from this device has lost
    // part of its past: restored from a backup, or copied from this tablet's store.
    FN_TRY_ASSIGN(const std::int64_t taken, m_ledger.highestSeq(certificate.deviceId));
    const bool behind = hello.outbox_counter() < taken;
    if (behind)
        FN_TRY(m_audit.append("store-behind", certificate.deviceId, device.staffId,
            "numbered=" + std::to_string(hello.outbox_counter()) + " taken=" + std::to_string(taken)));
    wire::ServerMessage m;
    auto* w = m.mutable_welcome();
    w->set_protocol(protocolVersion);
    w->set_office_id(m_store->deviceId());
    w->set_staff_id(device.staffId);
    w->set_role(std::string(codeOf(viewer->role())));
    w->set_office_time_ms(m_store->clock().nowMs());
    w->set_max_frame(static_cast<std::uint32_t>(defaultMaxFrame));
    w->set_store_behind(behind);
    FN_TRY_ASSIGN(const std::string serverPin, pinOf(serverCertName));
    FN_TRY_ASSIGN(const std::string nextPin, pinOf(nextServerCertName));
    w->set_server_pin(serverPin);
    w->set_next_pin(nextPin);
    return m;
}

Result<wire::ServerMessage> Office::push(const Peer& peer, const wire::PushBatch& batch)
{
    std::vector<Change> changes;
    changes.reserve(static_cast<std::size_t>(batch.changes().size()));
    for (const auto& c : batch.changes()) {
        changes.push_back(fromWire(c, peer.deviceId));
        changes.back().generation = batch.generation();
    }
    wire::ServerMessage m;
    auto* result = m.mutable_pushed();
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(observeClock());
        if (changes.empty())
            return fail(ErrorCode::Protocol, "an empty push");
        FN_TRY_ASSIGN(
            const bool anotherLine, m_ledger.startsAnotherLine(peer.deviceId, batch.generation(), changes.front().seq));
        if (anotherLine) {
            result->set_store_behind(true);
            FN_TRY(m_audit.append("store-copy", peer.deviceId, peer.staffId,
                "generation=" + std::to_string(batch.generation()) + " first=" + std::to_string(changes.front().seq)));
        }
        FN_TRY_ASSIGN(Viewer viewer, viewerOf(peer.staffId));
        std::optional<Error> failure;
        const Ledger::Permission permitted = [&](const Change& c, const std::string& scope) -> std::string {
            auto why = viewer.mayWrite(*m_store, c, scope);
            if (!why) {
                failure = why.error();
                return "the office could not check this change";
            }
            return *why;
        };
        // Who follows each participant whose specialist the batch changes, before it: a hand-over
        // is recorded, so that the former specialist's earlier entries are still taken (policy.h).
        std::map<Id, OptId> followedBy;
        for (const Change& c : changes)
            if (c.table == "participants" && c.op == ChangeOp::Set && c.column == "specialist_id"
                && !followedBy.count(c.rowId)) {
                FN_TRY_ASSIGN(auto p, m_store->find<Participant>(c.rowId));
                followedBy[c.rowId] = p ? p->specialistId : std::nullopt;
            }
        FN_TRY_ASSIGN(auto outcomes, m_ledger.applyBatch(peer.deviceId, changes, permitted));
        if (failure)
            return fail(*failure);
        for (const auto& [participant, before] : followedBy) {
            FN_TRY_ASSIGN(auto p, m_store->find<Participant>(participant));
            if (p && before && !before->empty() && p->specialistId != before)
                FN_TRY(m_audit.appendHandOver(participant, *before, p->specialistId.value_or(""), peer.deviceId));
        }
        // Every change of the batch is accounted for, applied or not: the tablet drops them all.
        const std::int64_t hw = changes.back().seq;
        result->set_high_water(hw);
        std::set<std::pair<std::string, Id>> restored;
        std::set<std::string> erased;
        std::uint32_t applied = 0;
        int duplicates = 0, conflicts = 0, rejected = 0, dropped = 0;
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const ChangeOutcome& o = outcomes[i];
            if (o.outcome == Outcome::Applied) {
                ++applied;
                continue;
            }
            auto* out = result->add_outcomes();
            out->set_seq(o.seq);
            out->set_kind(outcomeKind(o.outcome));
            duplicates += o.outcome == Outcome::Duplicate;
            conflicts += o.outcome == Outcome::Conflict;
            if (o.outcome == Outcome::Erased) {
                ++dropped;
                if (erased.insert(o.scope).second)
                    result->add_erased(o.scope);
                continue;
            }
            if (o.outcome != Outcome::Rejected)
                continue;
            ++rejected;
            out->set_reason(o.reason.substr(0, 1000));
            // The tablet takes this row back as the office has it (as far as it may see it).
            const Change& c = changes[i];
            const std::string table = c.op == ChangeOp::Resolve ? "conflicts" : c.table;
            if (!findTable(table) || !restored.insert({ table, c.rowId }).second)
                continue;
            auto* r = result->add_restores();
            r->set_table(table);
            r->set_row_id(c.rowId);
            FN_TRY_ASSIGN(auto row, m_ledger.rowState(table, c.rowId));
            if (!row)
                continue;
            FN_TRY_ASSIGN(auto seen, viewer.project(*m_store, *row));
            if (!seen)
                continue;
            r->set_present(true);
            toWire(*seen, *r->mutable_state());
        }
        result->set_applied(applied);
        return m_audit.append("push", peer.deviceId, peer.staffId,
            "changes=" + std::to_string(changes.size()) + " applied=" + std::to_string(applied)
                + " duplicate=" + std::to_string(duplicates) + " conflict=" + std::to_string(conflicts)
                + " rejected=" + std::to_string(rejected) + " erased=" + std::to_string(dropped)
                + " generation=" + std::to_string(batch.generation()) + " high_water=" + std::to_string(hw));
    }));
    return m;
}

Result<PullPlan> Office::plan(const Viewer& viewer, const wire::PullRequest& request)
{
    PullPlan plan;
    FN_TRY_ASSIGN(plan.head, m_ledger.head());
    std::map<std::string, std::string> held;
    for (const auto& h : request.held())
        held[h.scope()] = h.fingerprint();
    std::set<std::string> current; // held, allowed, and with the fingerprint of today's view
    std::set<std::string> opened; // opened on the tablet: held from the start, confirmed below
    for (const auto& [scope, fingerprint] : held) {
        // An erased person is erased on the tablet too, whatever it holds of them.
        FN_TRY_ASSIGN(const bool gone, m_ledger.isErased(scope));
        if (gone) {
            plan.erase.push_back(scope);
            continue;
        }
        const ScopeView* v = viewer.view(scope);
        if (v && !fingerprint.empty() && v->fingerprint == fingerprint) {
            current.insert(scope);
            continue;
        }
        if (v && fingerprint.empty() && !v->restricted && !v->team) {
            // Rows without a snapshot, none of them older than the tablet's cursor: the scope was
            // opened on the tablet (a participant or employer it added). The feed brings every row
            // the office has of it, so it is held from the start rather than evicted and sent again.
            // Nothing of the scope at the office is at or below the tablet's cursor: the feed brings all of it.
            FN_TRY_ASSIGN(const bool older, m_tables.holdsRowsUpTo(scope, request.cursor()));
            if (!older) {
                current.insert(scope);
                opened.insert(scope);
                continue;
            }
        }
        plan.evict.push_back(scope);
        if (!v && viewer.role() != StaffRole::Mentor && scope.rfind("p:", 0) == 0) {
            // Still at the office and followed by someone else: handed over to a colleague.
            FN_TRY_ASSIGN(auto p, m_store->find<Participant>(scope.substr(2)));
            if (p && p->specialistId && *p->specialistId != viewer.staffId())
                plan.handedOver.push_back(scope);
        }
        if (v && v->team && !fingerprint.empty() && fingerprint != v->fingerprint) {
            // A lead who held the person whole and now holds the team view: handed over from them
            // when the latest hand-over of the person is theirs (a tablet that held the team whole
            // under the earlier rule is only narrowed, and told nothing).
            FN_TRY_ASSIGN(const auto from, m_audit.lastHandOverFrom(scope.substr(2)));
            if (from == viewer.staffId())
                plan.handedOver.push_back(scope);
        }
    }
    for (const auto& scope : request.kept_about()) {
        if (held.count(scope))
            continue;
        FN_TRY_ASSIGN(const bool gone, m_ledger.isErased(scope));
        if (gone)
            plan.erase.push_back(scope);
    }
    for (const auto& [scope, v] : viewer.scopes()) {
        if (opened.count(scope)) {
            plan.snapshots.push_back({ scope, v.fingerprint, {} }); // its rows come with the feed
            continue;
        }
        if (current.count(scope))
            continue;
        PullPlan::Scope s { scope, v.fingerprint, {} };
        FN_TRY_ASSIGN(s.rows, m_tables.scopeRows(scope, plan.head));
        plan.snapshotRows += static_cast<std::int64_t>(s.rows.size());
        plan.snapshots.push_back(std::move(s));
    }
    if (!current.empty()) {
        FN_TRY_ASSIGN(plan.feed, m_tables.feedOf(current, request.cursor(), plan.head));
        for (const auto& scope : current)
            if (const ScopeView* v = viewer.view(scope))
                plan.feedViews[scope] = v->fingerprint;
    }
    plan.from = request.cursor();
    return plan;
}

Result<Viewer> Office::viewerOf(const Id& staffId)
{
    FN_TRY_ASSIGN(const std::int64_t head, m_ledger.head());
    const core::Date day = m_store->today();
    if (auto it = m_viewers.find(staffId); it != m_viewers.end() && it->second.head == head && it->second.day == day)
        return it->second.viewer;
    FN_TRY_ASSIGN(Viewer viewer, Viewer::load(*m_store, staffId));
    m_viewers.insert_or_assign(staffId, LoadedViewer { head, day, viewer });
    return viewer;
}

Result<PullStream> Office::pull(const Peer& peer, const wire::PullRequest& request)
{
    PullPlan p;
    {
        ReadTransaction read(*m_store);
        FN_TRY_ASSIGN(Viewer viewer, viewerOf(peer.staffId));
        FN_TRY_ASSIGN(p, plan(viewer, request));
    }
    FN_TRY(m_audit.append("pull", peer.deviceId, peer.staffId,
        "cursor=" + std::to_string(request.cursor()) + " head=" + std::to_string(p.head)
            + " evict=" + std::to_string(p.evict.size()) + " erase=" + std::to_string(p.erase.size())
            + " snapshots=" + std::to_string(p.snapshots.size()) + " snapshot_rows=" + std::to_string(p.snapshotRows)
            + " feed=" + std::to_string(p.feed.size())));
    if (!request.next_pin_held().empty()) {
        // Once per tablet and key: the office's count of who is ready for a change of its key.
        FN_TRY_ASSIGN(const std::string nextPin, pinOf(nextServerCertName));
        FN_TRY_ASSIGN(const bool known, m_audit.nextKeyHeld(peer.deviceId, nextPin));
        if (request.next_pin_held() == nextPin && !known)
            FN_TRY(m_audit.appendNextKeyHeld(peer.deviceId, peer.staffId, nextPin));
    }
    return PullStream(peer, std::move(p));
}

// ---- PullStream -----------------------------------------------------------------------------------------

Result<std::optional<wire::ServerMessage>> PullStream::next(Office& office)
{
    Store& store = office.store();
    wire::ServerMessage m;
    for (;;) {
        switch (m_stage) {
        case Stage::Start: {
            auto* s = m.mutable_pull_start();
            s->set_head(m_plan.head);
            s->set_evictions(static_cast<std::uint32_t>(m_plan.evict.size() + m_plan.erase.size()));
            s->set_snapshot_rows(static_cast<std::uint32_t>(m_plan.snapshotRows));
            s->set_feed_rows(static_cast<std::uint32_t>(m_plan.feed.size()));
            m_stage = Stage::Evict;
            return std::optional(std::move(m));
        }
        case Stage::Evict:
            m_stage = Stage::Snapshots;
            if (m_plan.evict.empty() && m_plan.erase.empty())
                continue;
            for (const auto& scope : m_plan.evict)
                m.mutable_evict()->add_scopes(scope);
            for (const auto& scope : m_plan.erase)
                m.mutable_evict()->add_erased(scope);
            for (const auto& scope : m_plan.handedOver)
                m.mutable_evict()->add_handed_over(scope);
            return std::optional(std::move(m));
        case Stage::Snapshots: {
            if (m_scope >= m_plan.snapshots.size()) {
                m_stage = Stage::Feed;
                continue;
            }
            const auto& scope = m_plan.snapshots[m_scope];
            ReadTransaction read(store);
            FN_TRY_ASSIGN(Viewer viewer, office.viewerOf(m_peer.staffId));
            const ScopeView* now = viewer.view(scope.scope);
            m_scopeChanged = m_scopeChanged || !now || now->fingerprint != scope.fingerprint;
            auto* snapshot = m.mutable_snapshot();
            snapshot->set_scope(scope.scope);
            snapshot->set_fingerprint(scope.fingerprint);
            std::size_t bytes = 0;
            while (m_row < scope.rows.size() && static_cast<std::size_t>(snapshot->rows_size()) < Office::rowsPerMessage
                && bytes < Office::bytesPerMessage) {
                const auto& [table, id] = scope.rows[m_row++];
                FN_TRY_ASSIGN(auto row, office.ledger().rowState(table, id));
                if (!row || row->scope != scope.scope)
                    continue; // erased, or gone from the feed since the plan
                FN_TRY_ASSIGN(auto seen, viewer.project(store, *row));
                if (!seen)
                    continue;
                auto* out = snapshot->add_rows();
                toWire(*seen, *out);
                bytes += out->ByteSizeLong();
            }
            m_rowsSent += snapshot->rows_size();
            if (m_row >= scope.rows.size()) {
                // The view changed while the scope was on its way (a consent, an assignment ended
                // and made again): the rows sent were seen as the view stood then, not as the
                // planned fingerprint names. Not complete, so the tablet does not take the scope
                // as held whole; its next pull names it without a fingerprint and takes it again.
                snapshot->set_complete(!m_scopeChanged);
                ++m_scope;
                m_row = 0;
                m_scopeChanged = false;
            }
            return std::optional(std::move(m));
        }
        case Stage::Feed: {
            if (m_feed >= m_plan.feed.size()) {
                m_stage = Stage::Done;
                continue;
            }
            ReadTransaction read(store);
            FN_TRY_ASSIGN(Viewer viewer, office.viewerOf(m_peer.staffId));
            auto* feed = m.mutable_feed();
            std::size_t bytes = 0, entries = 0;
            while (m_feed < m_plan.feed.size() && entries < Office::rowsPerMessage && bytes < Office::bytesPerMessage) {
                const FeedEntry& e = m_plan.feed[m_feed];
                const auto planned = m_plan.feedViews.find(e.scope);
                const ScopeView* now = viewer.view(e.scope);
                if (e.table != "_purge" && planned != m_plan.feedViews.end()
                    && (!now || now->fingerprint != planned->second)) {
                    // The scope's view changed since the plan (a hand-over, an assignment ended):
                    // its rows are no longer this view's to send, and the cursor must not pass
                    // them, or the tablet would never get them if the view came back as it was.
                    // The pull ends here; the next one is planned with the view as it is then.
                    m_feedCut = true;
                    m_stage = Stage::Done;
                    break;
                }
                ++m_feed;
                ++entries;
                m_cursor = e.seq;
                feed->set_cursor_after(e.seq);
                if (e.table == "_purge") {
                    feed->add_purged_scopes(e.scope);
                    feed->add_purge_seqs(e.seq);
                    continue;
                }
                FN_TRY_ASSIGN(auto row, office.ledger().rowState(e.table, e.rowId));
                if (!row)
                    continue;
                FN_TRY_ASSIGN(auto seen, viewer.project(store, *row));
                if (!seen)
                    continue;
                auto* out = feed->add_rows();
                toWire(*seen, *out);
                bytes += out->ByteSizeLong();
            }
            m_rowsSent += feed->rows_size();
            if (entries == 0)
                continue; // cut before anything of this message: on to Done
            return std::optional(std::move(m));
        }
        case Stage::Done:
            m.mutable_done()->set_cursor(m_feedCut ? m_cursor : m_plan.head);
            m_stage = Stage::Finished;
            return std::optional(std::move(m));
        case Stage::Finished:
            return std::optional<wire::ServerMessage> {};
        }
    }
}

// ---- OfficeSession --------------------------------------------------------------------------------------

bool countsAsRefused(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Refused:
    case SessionOutcome::PairingRefused:
    case SessionOutcome::Wiped:
        return true;
    case SessionOutcome::Open:
    case SessionOutcome::Done:
    case SessionOutcome::Paired:
    case SessionOutcome::OfficeFailed:
        return false;
    }
    return false;
}

void OfficeSession::end(SessionOutcome outcome, std::string text)
{
    m_outcome = outcome;
    m_outcomeText = std::move(text);
}

OfficeSession::Reply OfficeSession::fault(wire::Refusal::Code code, const std::string& reason, const Error* error)
{
    m_state = State::Closed;
    end(SessionOutcome::Refused,
        "refused: " + reason
            + (error ? " (" + std::string(errorCodeName(error->code)) + ": " + error->message + ")" : std::string()));
    // Refusals are audited too; a failure to audit must not hide the refusal itself.
    (void)m_office->audit().appendRefusal("refused", m_address,
        m_peer ? m_peer->deviceId : (m_certificate ? m_certificate->deviceId : ""), m_peer ? m_peer->staffId : "",
        reason);
    Reply r;
    r.close = true;
    r.messages.push_back(refusal(code,
        code == wire::Refusal::INTERNAL ? "The office could not complete this sync. Try again later; if it persists, "
                                          "tell the office (see its log)."
                                        : "The office refused the connection: " + reason + "."));
    return r;
}

OfficeSession::Reply OfficeSession::refuse(wire::Refusal::Code code, const std::string& reason)
{
    return fault(code, reason);
}

OfficeSession::Reply OfficeSession::handle(const wire::ClientMessage& message)
{
    using Body = wire::ClientMessage::BodyCase;
    auto internal = [&](const Error& e) { return fault(wire::Refusal::INTERNAL, "office error", &e); };
    switch (m_state) {
    case State::Closed:
        return fault(wire::Refusal::PROTOCOL, "message after the end of the conversation");
    case State::Pulling:
        return fault(wire::Refusal::PROTOCOL, "message out of order (during a pull)");
    case State::Greeting: {
        if (message.body_case() == Body::kPair) {
            if (m_certificate)
                return fault(wire::Refusal::PROTOCOL, "pairing request from a tablet that is already paired");
            auto answer = m_office->pair(message.pair(), m_address);
            if (!answer)
                return internal(answer.error());
            m_state = State::Closed;
            if (answer->has_paired())
                end(SessionOutcome::Paired, "paired " + message.pair().device_id());
            else
                end(SessionOutcome::PairingRefused, "pairing refused: " + answer->refusal().message());
            return Reply { { std::move(*answer) }, false, true };
        }
        if (message.body_case() != Body::kHello)
            return fault(wire::Refusal::PROTOCOL, "message out of order (expected a greeting)");
        if (!m_certificate)
            return fault(wire::Refusal::UNAUTHORIZED, "no client certificate (only pairing is possible without one)");
        auto answer = m_office->hello(*m_certificate, message.hello(), m_peer, m_address);
        if (!answer)
            return internal(answer.error());
        if (!answer->has_welcome())
            return stopped(std::move(*answer));
        m_state = State::Ready;
        return Reply { { std::move(*answer) }, false, false };
    }
    case State::Ready:
        break;
    }
    if (message.body_case() == Body::kPush || message.body_case() == Body::kPull) {
        // A tablet withdrawn, or its user changed, while it was connected goes no further.
        auto stop = m_office->recheck(*m_certificate, *m_peer);
        if (!stop)
            return internal(stop.error());
        if (*stop)
            return stopped(std::move(**stop));
    }
    switch (message.body_case()) {
    case Body::kPush: {
        auto answer = m_office->push(*m_peer, message.push());
        if (!answer)
            return internal(answer.error());
        ++m_pushes;
        m_changes += message.push().changes_size();
        for (const auto& o : answer->pushed().outcomes()) {
            m_rejected += o.kind() == wire::Outcome::REJECTED;
            m_conflicts += o.kind() == wire::Outcome::CONFLICT;
        }
        return Reply { { std::move(*answer) }, false, false };
    }
    case Body::kPull: {
        auto stream = m_office->pull(*m_peer, message.pull());
        if (!stream)
            return internal(stream.error());
        ++m_pulls;
        m_pull.emplace(std::move(*stream));
        m_state = State::Pulling;
        return Reply { {}, true, false };
    }
    case Body::kBye:
        m_state = State::Closed;
        end(SessionOutcome::Done, "ok");
        return Reply { {}, false, true };
    default:
        return fault(wire::Refusal::PROTOCOL, "message out of order (a greeting or pairing request again)");
    }
}

OfficeSession::Reply OfficeSession::stopped(wire::ServerMessage answer)
{
    m_state = State::Closed;
    m_pull.reset();
    if (answer.has_wipe())
        end(SessionOutcome::Wiped, "told to wipe (withdrawn tablet)");
    else
        end(SessionOutcome::Refused, "refused: " + answer.refusal().message());
    return Reply { { std::move(answer) }, false, true };
}

Result<std::optional<wire::ServerMessage>> OfficeSession::next()
{
    if (m_state != State::Pulling || !m_pull)
        return std::optional<wire::ServerMessage> {};
    {
        auto stop = m_office->recheck(*m_certificate, *m_peer);
        if (!stop) {
            m_state = State::Closed;
            end(SessionOutcome::OfficeFailed, "office error during a pull (" + stop.error().message + ")");
            return fail(stop.error());
        }
        if (*stop) {
            Reply r = stopped(std::move(**stop));
            return std::optional(std::move(r.messages.front()));
        }
    }
    auto m = m_pull->next(*m_office);
    if (!m) {
        m_state = State::Closed;
        end(SessionOutcome::OfficeFailed, "office error during a pull (" + m.error().message + ")");
        return fail(m.error());
    }
    if (!*m) {
        m_rows += m_pull->rowsSent();
        m_pull.reset();
        m_state = State::Ready;
    }
    return m;
}

std::string OfficeSession::summary() const
{
    std::string out = m_peer ? "device " + m_peer->deviceId + " staff " + m_peer->staffId
                             : (m_certificate ? "device " + m_certificate->deviceId : std::string("no certificate"));
    out += ": " + m_outcomeText;
    if (m_pushes)
        out += "; pushed " + std::to_string(m_changes) + " changes (" + std::to_string(m_conflicts) + " conflicts, "
            + std::to_string(m_rejected) + " refused)";
    if (m_pulls)
        out += "; sent " + std::to_string(m_rows) + " rows";
    return out;
}

} // namespace fieldnotes::sync
