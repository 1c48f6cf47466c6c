#include "office.h"

#include "dump.h"
#include "handover.h"
#include "pki.h"
#include "replica.h"
#include "storeinternals.h"

#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {

constexpr std::string_view caKeyName = "office_ca_key";
constexpr std::string_view caCertName = "office_ca_certificate";
constexpr std::string_view serverKeyName = "office_server_key";
constexpr std::string_view serverCertName = "office_server_certificate";
// Key rotation: the key the office will serve with next, made ahead so tablets can pin it first.
constexpr std::string_view nextServerKeyName = "office_next_server_key";
constexpr std::string_view nextServerCertName = "office_next_server_certificate";
constexpr std::string_view addressName = "office_address";
constexpr auto deviceCertificateValidity = std::chrono::days(5 * 365);

// A read of several statements seen as one state of the store; nothing when the caller already
// holds a transaction.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db)
        : m_db(&db)
        , m_open(!db.inTransaction() && db.exec("BEGIN").has_value())
    {
    }
    ~ReadTransaction()
    {
        if (m_open)
            (void)m_db->exec("COMMIT");
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database* m_db;
    bool m_open;
};

std::string randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char text[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(bytes, sizeof bytes);
    return text;
}

std::string hostOf(const std::string& address)
{
    const auto colon = address.rfind(':');
    std::string host = colon == std::string::npos ? address : address.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    return host;
}

bool looksLikeIpAddress(const std::string& host)
{
    return !host.empty()
        && std::all_of(host.begin(), host.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ':'; });
}

// A server key and its certificate, issued by the office's authority for the office's address.
struct ServerKey {
    std::string keyPem;
    std::string certificatePem;
    std::string pin;
    ServerKey() = default;
    ServerKey(ServerKey&&) = default;
    ServerKey& operator=(ServerKey&&) = default;
    ~ServerKey() { wipeString(keyPem); }
};

Result<ServerKey> issueServerKey(Store& store, const std::string& address, EVP_PKEY* caKey, X509* ca)
{
    FN_TRY_ASSIGN(pki::Key serverKey, pki::generateKey());
    std::vector<std::string> names { "DNS:localhost", "IP:127.0.0.1", "IP:::1" };
    const std::string host = hostOf(address);
    if (host != "localhost" && host != "127.0.0.1" && host != "::1")
        names.push_back((looksLikeIpAddress(host) ? "IP:" : "DNS:") + host);
    FN_TRY_ASSIGN(pki::Certificate server,
        pki::issue(serverKey.get(), "fieldnotes office " + store.deviceId(), pki::Usage::Server, caKey, ca,
            std::chrono::days(20 * 365), names));
    ServerKey out;
    FN_TRY_ASSIGN(out.keyPem, pki::privateKeyPem(serverKey.get()));
    FN_TRY_ASSIGN(out.certificatePem, pki::certificatePem(server.get()));
    FN_TRY_ASSIGN(out.pin, pki::publicKeyPin(server.get()));
    return out;
}

Result<std::int64_t> count(Store& store, std::string_view sql)
{
    FN_TRY_ASSIGN(Statement * st, core::StoreInternals::db(store).prepare(sql));
    FN_TRY_ASSIGN(const bool row, st->step());
    const std::int64_t n = row ? st->integer(0) : 0;
    st->reset();
    return n;
}

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

// ---- Setting up ---------------------------------------------------------------------------------------

Status Office::create(const std::filesystem::path& dir, std::string_view passphrase, const OfficeSetup& setup)
{
    // The office holds every participant: its key file must cost a guesser at least what a tablet's does.
    if (!setup.store.kdf.atLeast(setup.minimumKdf))
        return fail(ErrorCode::InvalidArgument,
            "The office store needs Argon2id at least as costly as a tablet's: "
                + std::to_string(setup.minimumKdf.memLimit >> 20) + " MiB and "
                + std::to_string(setup.minimumKdf.opsLimit) + " passes (asked for "
                + std::to_string(setup.store.kdf.memLimit >> 20) + " MiB and "
                + std::to_string(setup.store.kdf.opsLimit)
                + "). Leave --kdf-memory and --kdf-passes out, or raise them.");
    FN_TRY(Store::create(dir, passphrase, setup.store));
    auto fresh = [&]() -> Status {
        FN_TRY_ASSIGN(auto store, Store::open(dir, passphrase, setup.store));
        return setUp(*store, setup.address);
    };
    if (auto st = fresh(); !st) {
        std::error_code ec;
        std::filesystem::remove(dir / Store::keyFileName, ec);
        for (const char* suffix : { "", "-wal", "-shm" })
            std::filesystem::remove(dir / (std::string(Store::databaseFileName) + suffix), ec);
        return st;
    }
    return {};
}

Status Office::setUp(Store& store, const std::string& address)
{
    if (address.empty() || address.find(':') == std::string::npos)
        return fail(ErrorCode::InvalidArgument, "The office address must be written HOST:PORT, e.g. 127.0.0.1:7443.");
    Office office(store);
    if (office.credential(caKeyName))
        return fail(ErrorCode::AlreadyExists, "This store already holds an office's keys.");
    FN_TRY_ASSIGN(pki::Key caKey, pki::generateKey());
    FN_TRY_ASSIGN(pki::Certificate ca,
        pki::issue(caKey.get(), "fieldnotes office authority " + store.deviceId(), pki::Usage::Authority, caKey.get(),
            nullptr, std::chrono::days(20 * 365)));
    FN_TRY_ASSIGN(ServerKey server, issueServerKey(store, address, caKey.get(), ca.get()));
    FN_TRY_ASSIGN(std::string caKeyPem, pki::privateKeyPem(caKey.get()));
    FN_TRY_ASSIGN(const std::string caPem, pki::certificatePem(ca.get()));
    auto st = store.transaction([&]() -> Status {
        FN_TRY(office.setCredential(caKeyName, caKeyPem));
        FN_TRY(office.setCredential(serverKeyName, server.keyPem));
        FN_TRY(office.setCredential(caCertName, caPem));
        FN_TRY(office.setCredential(serverCertName, server.certificatePem));
        FN_TRY(office.setCredential(addressName, address));
        return office.m_audit.append("init", store.deviceId(), "", "address=" + address);
    });
    wipeString(caKeyPem);
    return st;
}

Office::Office(Store& store)
    : m_store(&store)
    , m_ledger(store)
    , m_audit(store)
{
    // Office commands write from their own process beside the running server: wait for each
    // other's transactions instead of failing at once.
    sqlite3_busy_timeout(core::StoreInternals::db(store).handle(), 10000);
    // A pull reads whole caseloads, and SQLCipher decrypts every page it reads: a cache that holds
    // the working set made a first sync four times faster than the default 2 MB.
    (void)core::StoreInternals::db(store).exec("PRAGMA cache_size = -65536");
}

Status Office::observeClock()
{
    FN_TRY_ASSIGN(auto v, m_store->state("hlc"));
    if (v && std::holds_alternative<std::int64_t>(*v))
        m_store->hlc().observe(static_cast<std::uint64_t>(std::get<std::int64_t>(*v)));
    return {};
}

Status Office::setCredential(std::string_view name, std::string_view value)
{
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare("INSERT INTO credentials(name, value) VALUES (?, ?) "
                                                   "ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    return st->bind(1, name).bind(2, value).run();
}

Result<std::optional<std::string>> Office::optionalCredential(std::string_view name)
{
    FN_TRY_ASSIGN(
        Statement * st, core::StoreInternals::db(*m_store).prepare("SELECT value FROM credentials WHERE name = ?"));
    st->bind(1, name);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::optional<std::string> value;
    if (row)
        value = st->text(0);
    st->reset();
    return value;
}

Result<std::string> Office::pinOf(std::string_view certificateName)
{
    FN_TRY_ASSIGN(const auto pem, optionalCredential(certificateName));
    if (!pem)
        return std::string();
    FN_TRY_ASSIGN(pki::Certificate cert, pki::certificateFromPem(*pem));
    return pki::publicKeyPin(cert.get());
}

Result<std::string> Office::credential(std::string_view name)
{
    FN_TRY_ASSIGN(
        Statement * st, core::StoreInternals::db(*m_store).prepare("SELECT value FROM credentials WHERE name = ?"));
    st->bind(1, name);
    FN_TRY_ASSIGN(const bool row, st->step());
    std::string value = row ? st->text(0) : std::string();
    st->reset();
    if (!row)
        return fail(ErrorCode::NotInitialised,
            "This store is not an office store (no office keys in it). Create one with fieldnotes-office init.");
    return value;
}

Result<std::string> Office::address()
{
    return credential(addressName);
}

Result<ServerCredentials> Office::serverCredentials()
{
    ServerCredentials c;
    FN_TRY_ASSIGN(c.keyPem, credential(serverKeyName));
    FN_TRY_ASSIGN(c.certificatePem, credential(serverCertName));
    FN_TRY_ASSIGN(c.authorityPem, credential(caCertName));
    return c;
}

// ---- Office commands ----------------------------------------------------------------------------------

Result<std::vector<Staff>> Office::staff()
{
    return core::StoreInternals::select<Staff>(*m_store, "1", {}, "name COLLATE NOCASE, id");
}

Result<Enrolment> Office::enroll(const std::string& user, StaffRole role, std::chrono::hours validity,
    const std::string& addressOverride, const std::string& actor)
{
    if (user.empty())
        return fail(ErrorCode::InvalidArgument, "Give the user to enrol with --user (a staff id or a name).");
    if (validity.count() <= 0 || validity > std::chrono::hours(24 * 30))
        return fail(ErrorCode::InvalidArgument, "A pairing bundle is valid for between 1 hour and 30 days.");
    FN_TRY_ASSIGN(const std::string storedAddress, address());
    const std::string officeAddress = addressOverride.empty() ? storedAddress : addressOverride;
    FN_TRY_ASSIGN(const std::string serverPem, credential(serverCertName));
    FN_TRY_ASSIGN(pki::Certificate serverCert, pki::certificateFromPem(serverPem));
    FN_TRY_ASSIGN(const std::string pin, pki::publicKeyPin(serverCert.get()));
    FN_TRY_ASSIGN(const std::string nextPin, pinOf(nextServerCertName));

    Enrolment e;
    std::string token = randomToken();
    FN_TRY(write([&]() -> Status {
        std::vector<Staff> matches;
        if (looksLikeId(user)) {
            FN_TRY_ASSIGN(auto found, m_store->find<Staff>(user));
            if (!found)
                return fail(
                    ErrorCode::NotFound, "There is no staff member with that id (see fieldnotes-office staff).");
            matches.push_back(*found);
        } else {
            FN_TRY_ASSIGN(matches, core::StoreInternals::select<Staff>(*m_store, "name = ?", { user }));
        }
        if (matches.size() > 1)
            return fail(ErrorCode::InvalidArgument,
                "Several staff members have that name; enrol by id instead (see fieldnotes-office staff).");
        if (matches.empty()) {
            FN_TRY_ASSIGN(e.staffId, m_store->create(Staff { {}, user, role }));
            e.newStaff = true;
        } else {
            if (matches.front().role != role)
                return fail(ErrorCode::InvalidArgument,
                    "That staff member's role is " + std::string(codeOf(matches.front().role)) + ", not "
                        + std::string(codeOf(role)) + ".");
            e.staffId = matches.front().id;
        }
        const std::int64_t now = m_store->clock().nowMs();
        e.expiresMs = now + std::chrono::duration_cast<std::chrono::milliseconds>(validity).count();
        FN_TRY_ASSIGN(Statement * st,
            core::StoreInternals::db(*m_store).prepare(
                "INSERT INTO pairing_tokens(token_hash, staff_id, created_ms, expires_ms) VALUES (?, ?, ?, ?)"));
        FN_TRY(st->bind(1, sha256Hex(token)).bind(2, e.staffId).bind(3, now).bind(4, e.expiresMs).run());
        return m_audit.append("enroll", actor, e.staffId, "role=" + std::string(codeOf(role)));
    }));
    nlohmann::json bundle = { { "format", "fieldnotes-pairing" }, { "version", 1 }, { "office", officeAddress },
        { "office_id", m_store->deviceId() }, { "pin", pin }, { "token", token }, { "staff_id", e.staffId },
        { "role", std::string(codeOf(role)) }, { "expires_ms", e.expiresMs } };
    if (!nextPin.empty()) // a bundle made while a key change is prepared pairs before and after it
        bundle["next_pin"] = nextPin;
    e.bundle = bundle.dump(2) + "\n";
    wipeString(token);
    return e;
}

Status Office::assignSpecialist(const Id& participant, const Id& staffId)
{
    return write([&]() -> Status {
        FN_TRY_ASSIGN(auto before, m_store->find<Participant>(participant));
        auto done = handOverParticipantAtOffice(*m_store, participant, staffId, m_store->today());
        if (!done)
            return fail(done.error().error);
        FN_TRY(m_audit.append("assign-specialist", "", staffId, "participant=" + participant));
        if (before && before->specialistId && !before->specialistId->empty())
            FN_TRY(recordHandOver(participant, *before->specialistId, staffId, ""));
        return {};
    });
}

Status Office::recordHandOver(const Id& participant, const Id& from, const Id& to, const Id& device)
{
    // Who followed the participant until when, for the journal entries they wrote before (policy.cpp).
    return m_audit.append(handOverEvent, device, from, "participant=" + participant + " to=" + to);
}

Result<Id> Office::assignMentor(const Id& participant, const Id& mentor, const OptId& placement, const OptDate& from)
{
    Id id;
    FN_TRY(write([&]() -> Status {
        FN_TRY_ASSIGN(auto p, m_store->find<Participant>(participant));
        if (!p)
            return fail(ErrorCode::NotFound, "There is no participant with that id at the office.");
        FN_TRY_ASSIGN(auto m, m_store->find<Mentor>(mentor));
        if (!m)
            return fail(ErrorCode::NotFound, "There is no mentor record with that id at the office.");
        if (placement) {
            FN_TRY_ASSIGN(auto pl, m_store->find<Placement>(*placement));
            if (!pl || pl->participantId != participant)
                return fail(ErrorCode::NotFound, "That placement is not this participant's.");
        }
        MentorAssignment a;
        a.participantId = participant;
        a.mentorId = mentor;
        a.placementId = placement;
        a.fromOn = from ? from : std::optional<Date>(m_store->today());
        FN_TRY_ASSIGN(id, m_store->create(a));
        return m_audit.append(
            "assign-mentor", "", m->staffId.value_or(""), "participant=" + participant + " mentor=" + mentor);
    }));
    return id;
}

Status Office::linkMentor(const Id& mentor, const Id& staffId)
{
    return write([&]() -> Status {
        FN_TRY_ASSIGN(auto m, m_store->find<Mentor>(mentor));
        if (!m)
            return fail(ErrorCode::NotFound, "There is no mentor record with that id at the office.");
        FN_TRY_ASSIGN(auto s, m_store->find<Staff>(staffId));
        if (!s)
            return fail(ErrorCode::NotFound, "There is no staff member with that id (see fieldnotes-office staff).");
        if (s->role != StaffRole::Mentor)
            return fail(
                ErrorCode::InvalidArgument, "Only a user enrolled as a mentor can be linked to a mentor record.");
        m->staffId = staffId;
        FN_TRY(m_store->update(*m));
        return m_audit.append("link-mentor", "", staffId, "mentor=" + mentor);
    });
}

Status Office::revoke(const Id& device)
{
    return write([&]() -> Status {
        FN_TRY_ASSIGN(auto d, m_store->find<Device>(device));
        if (!d)
            return fail(ErrorCode::NotFound, "There is no tablet with that id (see fieldnotes-office devices).");
        if (d->revokedOn)
            return fail(ErrorCode::AlreadyExists, "That tablet was already withdrawn.");
        d->revokedOn = m_store->today();
        FN_TRY(m_store->update(*d));
        return m_audit.append("revoke", device, d->staffId, "");
    });
}

Status Office::erase(const Id& participant)
{
    // A mistyped id must not look like an erasure done: the office names the person it erases.
    FN_TRY_ASSIGN(Statement * st, StoreInternals::db(*m_store).prepare("SELECT 1 FROM participants WHERE id = ?"));
    st->bind(1, participant);
    FN_TRY_ASSIGN(const bool held, st->step());
    st->reset();
    if (!held)
        return fail(ErrorCode::NotFound,
            "The office holds no participant " + participant
                + " (erased already, or the id is mistyped): nothing was erased. Check the id on the tablet with "
                  "fieldnotes-cli list --all.");
    FN_TRY(m_ledger.purge("p:" + participant));
    return m_audit.append("erase", "", "", "participant=" + participant);
}

Result<DemoSummary> Office::loadDemo(DemoOptions options)
{
    DemoSummary summary;
    FN_TRY(write([&]() -> Status {
        FN_TRY_ASSIGN(auto existing, count(*m_store, "SELECT count(*) FROM participants"));
        if (existing > 0)
            return fail(
                ErrorCode::AlreadyExists, "The office already holds a caseload; the demo goes into an empty office.");
        FN_TRY_ASSIGN(summary, core::loadDemo(*m_store, options));
        return m_audit.append("demo", "", "", "records=" + std::to_string(summary.records));
    }));
    return summary;
}

Result<KeyRotation> Office::keyRotation()
{
    KeyRotation r;
    FN_TRY_ASSIGN(r.currentPin, pinOf(serverCertName));
    if (r.currentPin.empty())
        return fail(ErrorCode::NotInitialised,
            "This store is not an office store (no office keys in it). Create one with fieldnotes-office init.");
    FN_TRY_ASSIGN(r.nextPin, pinOf(nextServerCertName));
    if (r.nextPin.empty())
        return r;
    FN_TRY_ASSIGN(auto devices, this->devices());
    FN_TRY_ASSIGN(Statement * held,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT count(*) FROM audit_log WHERE event = 'next-key-held' AND device_id = ? AND detail = ?"));
    for (DeviceInfo& d : devices) {
        if (d.revokedOn)
            continue;
        held->bind(1, d.id).bind(2, "pin=" + r.nextPin);
        FN_TRY_ASSIGN(const bool row, held->step());
        const bool ready = row && held->integer(0) > 0;
        held->reset();
        if (!ready)
            r.waiting.push_back(std::move(d));
    }
    return r;
}

Result<KeyRotation> Office::prepareKeyRotation(const std::string& actor)
{
    FN_TRY_ASSIGN(const std::string already, pinOf(nextServerCertName));
    if (!already.empty())
        return fail(ErrorCode::AlreadyExists,
            "A new office key is already prepared. See who has it with rotate-key status; activate or cancel it.");
    FN_TRY_ASSIGN(std::string caKeyPem, credential(caKeyName));
    auto caKey = pki::privateKeyFromPem(caKeyPem);
    wipeString(caKeyPem);
    if (!caKey)
        return fail(caKey.error());
    FN_TRY_ASSIGN(const std::string caPem, credential(caCertName));
    FN_TRY_ASSIGN(pki::Certificate ca, pki::certificateFromPem(caPem));
    FN_TRY_ASSIGN(const std::string officeAddress, address());
    FN_TRY_ASSIGN(ServerKey next, issueServerKey(*m_store, officeAddress, caKey->get(), ca.get()));
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY(setCredential(nextServerKeyName, next.keyPem));
        FN_TRY(setCredential(nextServerCertName, next.certificatePem));
        return m_audit.append("key-rotation-prepared", actor, "", "pin=" + next.pin);
    }));
    return keyRotation();
}

Result<KeyRotation> Office::activateNextKey(bool force, const std::string& actor)
{
    FN_TRY_ASSIGN(KeyRotation before, keyRotation());
    if (before.nextPin.empty())
        return fail(ErrorCode::NotFound, "No new office key is prepared. Prepare one with rotate-key prepare.");
    if (!before.waiting.empty() && !force)
        return fail(ErrorCode::InvalidArgument,
            std::to_string(before.waiting.size())
                + " tablet(s) have not synced since the new key was prepared (see rotate-key status). Wait until "
                  "they have, or use --force: they will then have to be paired again.");
    FN_TRY(m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(std::string keyPem, credential(nextServerKeyName));
        FN_TRY_ASSIGN(const std::string certPem, credential(nextServerCertName));
        auto st = setCredential(serverKeyName, keyPem);
        wipeString(keyPem);
        FN_TRY(st);
        FN_TRY(setCredential(serverCertName, certPem));
        FN_TRY_ASSIGN(Statement * drop,
            core::StoreInternals::db(*m_store).prepare("DELETE FROM credentials WHERE name IN (?, ?)"));
        FN_TRY(drop->bind(1, nextServerKeyName).bind(2, nextServerCertName).run());
        return m_audit.append("key-rotation-activated", actor, "",
            "pin=" + before.nextPin + " waiting=" + std::to_string(before.waiting.size()));
    }));
    KeyRotation after;
    after.currentPin = before.nextPin;
    after.waiting = std::move(before.waiting); // these must be paired again
    return after;
}

Status Office::cancelKeyRotation(const std::string& actor)
{
    FN_TRY_ASSIGN(const std::string next, pinOf(nextServerCertName));
    if (next.empty())
        return fail(ErrorCode::NotFound, "No new office key is prepared; there is nothing to cancel.");
    return m_store->transaction([&]() -> Status {
        FN_TRY_ASSIGN(Statement * drop,
            core::StoreInternals::db(*m_store).prepare("DELETE FROM credentials WHERE name IN (?, ?)"));
        FN_TRY(drop->bind(1, nextServerKeyName).bind(2, nextServerCertName).run());
        return m_audit.append("key-rotation-cancelled", actor, "", "pin=" + next);
    });
}

Result<std::vector<DeviceInfo>> Office::devices()
{
    FN_TRY_ASSIGN(auto rows, core::StoreInternals::select<Device>(*m_store, "1", {}, "staff_id, id"));
    std::vector<DeviceInfo> out;
    FN_TRY_ASSIGN(Statement * seen,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT max(at_ms) FROM audit_log WHERE device_id = ? AND event = 'hello'"));
    for (const Device& d : rows) {
        seen->bind(1, d.id);
        FN_TRY_ASSIGN(const bool row, seen->step());
        const std::int64_t last = row && !seen->isNull(0) ? seen->integer(0) : 0;
        seen->reset();
        out.push_back({ d.id, d.staffId, d.label, d.revokedOn, last });
    }
    return out;
}

Result<OfficeStatus> Office::status()
{
    OfficeStatus s;
    s.officeId = m_store->deviceId();
    FN_TRY_ASSIGN(s.address, address());
    FN_TRY_ASSIGN(const std::string serverPem, credential(serverCertName));
    FN_TRY_ASSIGN(pki::Certificate cert, pki::certificateFromPem(serverPem));
    FN_TRY_ASSIGN(s.pin, pki::publicKeyPin(cert.get()));
    FN_TRY_ASSIGN(s.nextPin, pinOf(nextServerCertName));
    FN_TRY_ASSIGN(s.head, m_ledger.head());
    FN_TRY_ASSIGN(s.staff, count(*m_store, "SELECT count(*) FROM staff WHERE _deleted = 0"));
    FN_TRY_ASSIGN(s.devices, count(*m_store, "SELECT count(*) FROM devices WHERE _deleted = 0"));
    FN_TRY_ASSIGN(s.revokedDevices, count(*m_store, "SELECT count(*) FROM devices WHERE revoked_on IS NOT NULL"));
    FN_TRY_ASSIGN(s.participants, count(*m_store, "SELECT count(*) FROM participants WHERE _deleted = 0"));
    FN_TRY_ASSIGN(s.employers, count(*m_store, "SELECT count(*) FROM employers WHERE _deleted = 0"));
    FN_TRY_ASSIGN(
        s.openConflicts, count(*m_store, "SELECT count(*) FROM conflicts WHERE resolution IS NULL AND _deleted = 0"));
    const std::string now = std::to_string(m_store->clock().nowMs());
    FN_TRY_ASSIGN(s.pendingTokens,
        count(*m_store, "SELECT count(*) FROM pairing_tokens WHERE spent_ms IS NULL AND expires_ms > " + now));
    FN_TRY_ASSIGN(s.audit, m_audit.verify());
    return s;
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
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT staff_id, expires_ms, spent_ms, coalesce(device_id, ''), coalesce(key_pin, '') FROM "
            "pairing_tokens WHERE token_hash = ?"));
    st->bind(1, hash);
    FN_TRY_ASSIGN(const bool known, st->step());
    const Id staffId = known ? st->text(0) : Id();
    const std::int64_t expires = known ? st->integer(1) : 0;
    const bool spent = known && !st->isNull(2);
    const Id spentBy = known ? st->text(3) : Id();
    const std::string spentFor = known ? st->text(4) : std::string();
    st->reset();
    if (!known)
        return refuse("unknown-token",
            "This pairing bundle was not issued by this office, or was withdrawn. Ask the office for a new one.");
    if (expires <= m_store->clock().nowMs())
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
        FN_TRY_ASSIGN(Statement * spend,
            core::StoreInternals::db(*m_store).prepare(
                "UPDATE pairing_tokens SET spent_ms = ?, device_id = ?, key_pin = ? WHERE token_hash = ? AND spent_ms "
                "IS NULL"));
        FN_TRY(
            spend->bind(1, m_store->clock().nowMs()).bind(2, request.device_id()).bind(3, keyPin).bind(4, hash).run());
        if (core::StoreInternals::db(*m_store).changes() != 1 && !retry)
            return fail(ErrorCode::AlreadyExists, "spent");
        if (!existing) {
            Device d { request.device_id(), staffId, request.label(), std::nullopt };
            FN_TRY(m_store->create(d));
        }
        FN_TRY_ASSIGN(Statement * issued,
            core::StoreInternals::db(*m_store).prepare(
                "INSERT INTO device_certificates(device_id, serial, sha256, issued_ms) VALUES (?, ?, ?, "
                "?) ON CONFLICT(device_id) DO UPDATE SET serial = excluded.serial, "
                "sha256 = excluded.sha256, issued_ms = excluded.issued_ms"));
        FN_TRY(issued->bind(1, request.device_id())
                   .bind(2, pki::serialHex(cert.get()))
                   .bind(3, pki::fingerprintSha256(cert.get()))
                   .bind(4, m_store->clock().nowMs())
                   .run());
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
    FN_TRY_ASSIGN(Statement * st,
        core::StoreInternals::db(*m_store).prepare("SELECT sha256 FROM device_certificates WHERE device_id = ?"));
    st->bind(1, certificate.deviceId);
    FN_TRY_ASSIGN(const bool recorded, st->step());
    const std::string issued = recorded ? st->text(0) : std::string();
    st->reset();
    if (recorded && !certificate.sha256.empty() && issued != certificate.sha256)
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
    FN_TRY(
        m_audit.append("hello", certificate.deviceId, device.staffId, "protocol=" + std::to_string(hello.protocol())));
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
                FN_TRY(recordHandOver(participant, *before, p->specialistId.value_or(""), peer.deviceId));
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
    FN_TRY_ASSIGN(Statement * purged,
        core::StoreInternals::db(*m_store).prepare("SELECT count(*) FROM feed WHERE tbl = '_purge' AND row_id = ?"));
    auto erased = [&](const std::string& scope) -> Result<bool> {
        purged->bind(1, scope);
        FN_TRY(purged->step());
        const bool yes = purged->integer(0) > 0;
        purged->reset();
        return yes;
    };
    // Nothing of the scope at the office is at or below the tablet's cursor: the feed brings all of it.
    FN_TRY_ASSIGN(Statement * before,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT count(*) FROM feed WHERE scope = ? AND seq <= ? AND tbl <> '_purge'"));
    auto allAfterCursor = [&](const std::string& scope) -> Result<bool> {
        before->bind(1, scope).bind(2, request.cursor());
        FN_TRY(before->step());
        const bool none = before->integer(0) == 0;
        before->reset();
        return none;
    };
    std::map<std::string, std::string> held;
    for (const auto& h : request.held())
        held[h.scope()] = h.fingerprint();
    std::set<std::string> current; // held, allowed, and with the fingerprint of today's view
    std::set<std::string> opened; // opened on the tablet: held from the start, confirmed below
    for (const auto& [scope, fingerprint] : held) {
        // An erased person is erased on the tablet too, whatever it holds of them.
        FN_TRY_ASSIGN(const bool gone, erased(scope));
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
            FN_TRY_ASSIGN(const bool fresh, allAfterCursor(scope));
            if (fresh) {
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
            FN_TRY_ASSIGN(Statement * last,
                core::StoreInternals::db(*m_store).prepare(
                    "SELECT staff_id FROM audit_log WHERE event = ? AND detail LIKE ? ORDER BY seq DESC "
                    "LIMIT 1"));
            last->bind(1, std::string(handOverEvent)).bind(2, "participant=" + scope.substr(2) + " %");
            FN_TRY_ASSIGN(const bool any, last->step());
            const bool fromThem = any && !last->isNull(0) && last->text(0) == viewer.staffId();
            last->reset();
            if (fromThem)
                plan.handedOver.push_back(scope);
        }
    }
    for (const auto& scope : request.kept_about()) {
        if (held.count(scope))
            continue;
        FN_TRY_ASSIGN(const bool gone, erased(scope));
        if (gone)
            plan.erase.push_back(scope);
    }
    FN_TRY_ASSIGN(Statement * rows,
        core::StoreInternals::db(*m_store).prepare(
            "SELECT tbl, row_id FROM feed WHERE scope = ? AND tbl <> '_purge' AND seq <= ? ORDER BY seq"));
    for (const auto& [scope, v] : viewer.scopes()) {
        if (opened.count(scope)) {
            plan.snapshots.push_back({ scope, v.fingerprint, {} }); // its rows come with the feed
            continue;
        }
        if (current.count(scope))
            continue;
        PullPlan::Scope s { scope, v.fingerprint, {} };
        rows->bind(1, scope).bind(2, plan.head);
        for (;;) {
            FN_TRY_ASSIGN(const bool row, rows->step());
            if (!row)
                break;
            s.rows.emplace_back(rows->text(0), rows->text(1));
        }
        rows->reset();
        plan.snapshotRows += static_cast<std::int64_t>(s.rows.size());
        plan.snapshots.push_back(std::move(s));
    }
    if (!current.empty()) {
        FN_TRY_ASSIGN(Statement * feed,
            core::StoreInternals::db(*m_store).prepare(
                "SELECT seq, tbl, row_id, scope FROM feed WHERE seq > ? AND seq <= ? ORDER BY seq"));
        feed->bind(1, request.cursor()).bind(2, plan.head);
        for (;;) {
            FN_TRY_ASSIGN(const bool row, feed->step());
            if (!row)
                break;
            std::string scope = feed->text(3);
            if (current.count(scope))
                plan.feed.push_back({ feed->integer(0), feed->text(1), feed->text(2), std::move(scope) });
        }
        feed->reset();
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
        ReadTransaction read(core::StoreInternals::db(*m_store));
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
        FN_TRY_ASSIGN(Statement * held,
            core::StoreInternals::db(*m_store).prepare(
                "SELECT count(*) FROM audit_log WHERE event = 'next-key-held' AND device_id = ? AND detail = ?"));
        held->bind(1, peer.deviceId).bind(2, "pin=" + nextPin);
        FN_TRY_ASSIGN(const bool row, held->step());
        const bool known = row && held->integer(0) > 0;
        held->reset();
        if (request.next_pin_held() == nextPin && !known)
            FN_TRY(m_audit.append("next-key-held", peer.deviceId, peer.staffId, "pin=" + nextPin));
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
            ReadTransaction read(core::StoreInternals::db(store));
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
            ReadTransaction read(core::StoreInternals::db(store));
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
