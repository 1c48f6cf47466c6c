#include "officeadmin.h"

#include "dump.h"
#include "handover.h"
#include "pki.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>

namespace fieldnotes::sync {

using namespace fieldnotes::core;

namespace {

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

} // namespace

// ---- Setting up ---------------------------------------------------------------------------------------

Status OfficeAdmin::create(const std::filesystem::path& dir, std::string_view passphrase, const OfficeSetup& setup)
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

Status OfficeAdmin::setUp(Store& store, const std::string& address)
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
        FN_TRY(office.tables().setCredential(caKeyName, caKeyPem));
        FN_TRY(office.tables().setCredential(serverKeyName, server.keyPem));
        FN_TRY(office.tables().setCredential(caCertName, caPem));
        FN_TRY(office.tables().setCredential(serverCertName, server.certificatePem));
        FN_TRY(office.tables().setCredential(addressName, address));
        return office.audit().append("init", store.deviceId(), "", "address=" + address);
    });
    wipeString(caKeyPem);
    return st;
}

Result<std::string> OfficeAdmin::address()
{
    return m_office->credential(addressName);
}

// ---- Commands ----------------------------------------------------------------------------------

Result<std::vector<Staff>> OfficeAdmin::staff()
{
    return tables().staffByName();
}

Result<Enrolment> OfficeAdmin::enroll(const std::string& user, StaffRole role, std::chrono::hours validity,
    const std::string& addressOverride, const std::string& actor)
{
    if (user.empty())
        return fail(ErrorCode::InvalidArgument, "Give the user to enrol with --user (a staff id or a name).");
    if (validity.count() <= 0 || validity > std::chrono::hours(24 * 30))
        return fail(ErrorCode::InvalidArgument, "A pairing bundle is valid for between 1 hour and 30 days.");
    FN_TRY_ASSIGN(const std::string storedAddress, address());
    const std::string officeAddress = addressOverride.empty() ? storedAddress : addressOverride;
    FN_TRY_ASSIGN(const std::string serverPem, m_office->credential(serverCertName));
    FN_TRY_ASSIGN(pki::Certificate serverCert, pki::certificateFromPem(serverPem));
    FN_TRY_ASSIGN(const std::string pin, pki::publicKeyPin(serverCert.get()));
    FN_TRY_ASSIGN(const std::string nextPin, m_office->pinOf(nextServerCertName));

    Enrolment e;
    std::string token = randomToken();
    FN_TRY(m_office->write([&]() -> Status {
        std::vector<Staff> matches;
        if (looksLikeId(user)) {
            FN_TRY_ASSIGN(auto found, store().find<Staff>(user));
            if (!found)
                return fail(
                    ErrorCode::NotFound, "There is no staff member with that id (see fieldnotes-office staff).");
            matches.push_back(*found);
        } else {
            FN_TRY_ASSIGN(matches, tables().staffNamed(user));
        }
        if (matches.size() > 1)
            return fail(ErrorCode::InvalidArgument,
                "Several staff members have that name; enrol by id instead (see fieldnotes-office staff).");
        if (matches.empty()) {
            FN_TRY_ASSIGN(e.staffId, store().create(Staff { {}, user, role }));
            e.newStaff = true;
        } else {
            if (matches.front().role != role)
                return fail(ErrorCode::InvalidArgument,
                    "That staff member's role is " + std::string(codeOf(matches.front().role)) + ", not "
                        + std::string(codeOf(role)) + ".");
            e.staffId = matches.front().id;
        }
        const std::int64_t now = store().clock().nowMs();
        e.expiresMs = now + std::chrono::duration_cast<std::chrono::milliseconds>(validity).count();
        FN_TRY(tables().addPairingToken(sha256Hex(token), e.staffId, now, e.expiresMs));
        return audit().append("enroll", actor, e.staffId, "role=" + std::string(codeOf(role)));
    }));
    nlohmann::json bundle = { { "format", "fieldnotes-pairing" }, { "version", 1 }, { "office", officeAddress },
        { "office_id", store().deviceId() }, { "pin", pin }, { "token", token }, { "staff_id", e.staffId },
        { "role", std::string(codeOf(role)) }, { "expires_ms", e.expiresMs } };
    if (!nextPin.empty()) // a bundle made while a key change is prepared pairs before and after it
        bundle["next_pin"] = nextPin;
    e.bundle = bundle.dump(2) + "\n";
    wipeString(token);
    return e;
}

Status OfficeAdmin::assignSpecialist(const Id& participant, const Id& staffId)
{
    return m_office->write([&]() -> Status {
        FN_TRY_ASSIGN(auto before, store().find<Participant>(participant));
        auto done = handOverParticipantAtOffice(store(), participant, staffId, store().today());
        if (!done)
            return fail(done.error().error);
        FN_TRY(audit().append("assign-specialist", "", staffId, "participant=" + participant));
        if (before && before->specialistId && !before->specialistId->empty())
            FN_TRY(audit().appendHandOver(participant, *before->specialistId, staffId, ""));
        return {};
    });
}

Result<Id> OfficeAdmin::assignMentor(
    const Id& participant, const Id& mentor, const OptId& placement, const OptDate& from)
{
    Id id;
    FN_TRY(m_office->write([&]() -> Status {
        FN_TRY_ASSIGN(auto p, store().find<Participant>(participant));
        if (!p)
            return fail(ErrorCode::NotFound, "There is no participant with that id at the office.");
        FN_TRY_ASSIGN(auto m, store().find<Mentor>(mentor));
        if (!m)
            return fail(ErrorCode::NotFound, "There is no mentor record with that id at the office.");
        if (placement) {
            FN_TRY_ASSIGN(auto pl, store().find<Placement>(*placement));
            if (!pl || pl->participantId != participant)
                return fail(ErrorCode::NotFound, "That placement is not this participant's.");
        }
        MentorAssignment a;
        a.participantId = participant;
        a.mentorId = mentor;
        a.placementId = placement;
        a.fromOn = from ? from : std::optional<Date>(store().today());
        FN_TRY_ASSIGN(id, store().create(a));
        return audit().append(
            "assign-mentor", "", m->staffId.value_or(""), "participant=" + participant + " mentor=" + mentor);
    }));
    return id;
}

Status OfficeAdmin::linkMentor(const Id& mentor, const Id& staffId)
{
    return m_office->write([&]() -> Status {
        FN_TRY_ASSIGN(auto m, store().find<Mentor>(mentor));
        if (!m)
            return fail(ErrorCode::NotFound, "There is no mentor record with that id at the office.");
        FN_TRY_ASSIGN(auto s, store().find<Staff>(staffId));
        if (!s)
            return fail(ErrorCode::NotFound, "There is no staff member with that id (see fieldnotes-office staff).");
        if (s->role != StaffRole::Mentor)
            return fail(
                ErrorCode::InvalidArgument, "Only a user enrolled as a mentor can be linked to a mentor record.");
        m->staffId = staffId;
        FN_TRY(store().update(*m));
        return audit().append("link-mentor", "", staffId, "mentor=" + mentor);
    });
}

Status OfficeAdmin::revoke(const Id& device)
{
    return m_office->write([&]() -> Status {
        FN_TRY_ASSIGN(auto d, store().find<Device>(device));
        if (!d)
            return fail(ErrorCode::NotFound, "There is no tablet with that id (see fieldnotes-office devices).");
        if (d->revokedOn)
            return fail(ErrorCode::AlreadyExists, "That tablet was already withdrawn.");
        d->revokedOn = store().today();
        FN_TRY(store().update(*d));
        return audit().append("revoke", device, d->staffId, "");
    });
}

Status OfficeAdmin::erase(const Id& participant)
{
    // A mistyped id must not look like an erasure done: the office names the person it erases.
    FN_TRY_ASSIGN(const bool held, tables().holdsParticipant(participant));
    if (!held)
        return fail(ErrorCode::NotFound,
            "The office holds no participant " + participant
                + " (erased already, or the id is mistyped): nothing was erased. Check the id on the tablet with "
                  "fieldnotes-cli list --all.");
    FN_TRY(m_office->ledger().purge("p:" + participant));
    return audit().append("erase", "", "", "participant=" + participant);
}

Result<DemoSummary> OfficeAdmin::loadDemo(DemoOptions options)
{
    DemoSummary summary;
    FN_TRY(m_office->write([&]() -> Status {
        FN_TRY_ASSIGN(const bool existing, tables().holdsParticipants());
        if (existing)
            return fail(
                ErrorCode::AlreadyExists, "The office already holds a caseload; the demo goes into an empty office.");
        FN_TRY_ASSIGN(summary, core::loadDemo(store(), options));
        return audit().append("demo", "", "", "records=" + std::to_string(summary.records));
    }));
    return summary;
}

Result<KeyRotation> OfficeAdmin::keyRotation()
{
    KeyRotation r;
    FN_TRY_ASSIGN(r.currentPin, m_office->pinOf(serverCertName));
    if (r.currentPin.empty())
        return fail(ErrorCode::NotInitialised,
            "This store is not an office store (no office keys in it). Create one with fieldnotes-office init.");
    FN_TRY_ASSIGN(r.nextPin, m_office->pinOf(nextServerCertName));
    if (r.nextPin.empty())
        return r;
    FN_TRY_ASSIGN(auto devices, this->devices());
    for (DeviceInfo& d : devices) {
        if (d.revokedOn)
            continue;
        FN_TRY_ASSIGN(const bool ready, audit().nextKeyHeld(d.id, r.nextPin));
        if (!ready)
            r.waiting.push_back(std::move(d));
    }
    return r;
}

Result<KeyRotation> OfficeAdmin::prepareKeyRotation(const std::string& actor)
{
    FN_TRY_ASSIGN(const std::string already, m_office->pinOf(nextServerCertName));
    if (!already.empty())
        return fail(ErrorCode::AlreadyExists,
            "A new office key is already prepared. See who has it with rotate-key status; activate or cancel it.");
    FN_TRY_ASSIGN(std::string caKeyPem, m_office->credential(caKeyName));
    auto caKey = pki::privateKeyFromPem(caKeyPem);
    wipeString(caKeyPem);
    if (!caKey)
        return fail(caKey.error());
    FN_TRY_ASSIGN(const std::string caPem, m_office->credential(caCertName));
    FN_TRY_ASSIGN(pki::Certificate ca, pki::certificateFromPem(caPem));
    FN_TRY_ASSIGN(const std::string officeAddress, address());
    FN_TRY_ASSIGN(ServerKey next, issueServerKey(store(), officeAddress, caKey->get(), ca.get()));
    FN_TRY(store().transaction([&]() -> Status {
        FN_TRY(tables().setCredential(nextServerKeyName, next.keyPem));
        FN_TRY(tables().setCredential(nextServerCertName, next.certificatePem));
        return audit().append("key-rotation-prepared", actor, "", "pin=" + next.pin);
    }));
    return keyRotation();
}

Result<KeyRotation> OfficeAdmin::activateNextKey(bool force, const std::string& actor)
{
    FN_TRY_ASSIGN(KeyRotation before, keyRotation());
    if (before.nextPin.empty())
        return fail(ErrorCode::NotFound, "No new office key is prepared. Prepare one with rotate-key prepare.");
    if (!before.waiting.empty() && !force)
        return fail(ErrorCode::InvalidArgument,
            std::to_string(before.waiting.size())
                + " tablet(s) have not synced since the new key was prepared (see rotate-key status). Wait until "
                  "they have, or use --force: they will then have to be paired again.");
    FN_TRY(store().transaction([&]() -> Status {
        FN_TRY_ASSIGN(std::string keyPem, m_office->credential(nextServerKeyName));
        FN_TRY_ASSIGN(const std::string certPem, m_office->credential(nextServerCertName));
        auto st = tables().setCredential(serverKeyName, keyPem);
        wipeString(keyPem);
        FN_TRY(st);
        FN_TRY(tables().setCredential(serverCertName, certPem));
        FN_TRY(tables().eraseCredential(nextServerKeyName));
        FN_TRY(tables().eraseCredential(nextServerCertName));
        return audit().append("key-rotation-activated", actor, "",
            "pin=" + before.nextPin + " waiting=" + std::to_string(before.waiting.size()));
    }));
    KeyRotation after;
    after.currentPin = before.nextPin;
    after.waiting = std::move(before.waiting); // these must be paired again
    return after;
}

Status OfficeAdmin::cancelKeyRotation(const std::string& actor)
{
    FN_TRY_ASSIGN(const std::string next, m_office->pinOf(nextServerCertName));
    if (next.empty())
        return fail(ErrorCode::NotFound, "No new office key is prepared; there is nothing to cancel.");
    return store().transaction([&]() -> Status {
        FN_TRY(tables().eraseCredential(nextServerKeyName));
        FN_TRY(tables().eraseCredential(nextServerCertName));
        return audit().append("key-rotation-cancelled", actor, "", "pin=" + next);
    });
}

Result<std::vector<DeviceInfo>> OfficeAdmin::devices()
{
    FN_TRY_ASSIGN(auto rows, tables().devicesByStaff());
    std::vector<DeviceInfo> out;
    for (const Device& d : rows) {
        FN_TRY_ASSIGN(const std::int64_t last, audit().lastHelloMs(d.id));
        out.push_back({ d.id, d.staffId, d.label, d.revokedOn, last });
    }
    return out;
}

Result<OfficeStatus> OfficeAdmin::status()
{
    OfficeStatus s;
    s.officeId = store().deviceId();
    FN_TRY_ASSIGN(s.address, address());
    FN_TRY_ASSIGN(const std::string serverPem, m_office->credential(serverCertName));
    FN_TRY_ASSIGN(pki::Certificate cert, pki::certificateFromPem(serverPem));
    FN_TRY_ASSIGN(s.pin, pki::publicKeyPin(cert.get()));
    FN_TRY_ASSIGN(s.nextPin, m_office->pinOf(nextServerCertName));
    FN_TRY_ASSIGN(s.head, m_office->ledger().head());
    FN_TRY_ASSIGN(const OfficeCounts counts, tables().counts(store().clock().nowMs()));
    static_cast<OfficeCounts&>(s) = counts;
    FN_TRY_ASSIGN(s.audit, audit().verify());
    return s;
}

} // namespace fieldnotes::sync
