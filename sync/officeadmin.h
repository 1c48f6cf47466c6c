// The administrator's commands at the office, beside its server: setting the office up, enrolling
// staff and their tablets, hand-overs and assignments made at the office, withdrawing a tablet,
// erasing a participant, the demo caseload, the office's status and the change of its server key.
// fieldnotes-office's commands run these; each works through the Office (its store, ledger, audit
// log and tables), and every one is written to the audit log in the transaction that does it.
#pragma once

#include "demo.h"
#include "office.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace fieldnotes::sync {

struct OfficeSetup {
    std::string address { defaultOfficeAddress }; // where tablets reach the office (written into bundles)
    core::StoreOptions store;
    // The least Argon2id cost create() accepts for the office's key file: a tablet's. Only tests that
    // set up offices by the hundred lower it, knowingly.
    core::KdfCost minimumKdf = core::KdfCost::standard();
};

struct Enrolment {
    core::Id staffId;
    bool newStaff = false;
    std::string bundle; // the pairing bundle (JSON); holds a one-time token, so it is a secret
    std::int64_t expiresMs = 0;
};

struct DeviceInfo {
    core::Id id;
    core::Id staffId;
    std::string label;
    core::OptDate revokedOn;
    std::int64_t lastSeenMs = 0; // 0: never connected since pairing
};

// The office's counts (staff, tablets, participants, ...) and the rest `fieldnotes-office status` says.
struct OfficeStatus : OfficeCounts {
    std::string officeId;
    std::string address;
    std::string pin;
    std::string nextPin; // a key rotation is prepared (empty: none)
    std::int64_t head = 0;
    AuditCheck audit;
};

// A change of the office's server key (sync/README.md, "Changing the office's key"). Tablets pin
// the server's public key; the next key is made ahead, its pin handed to every tablet that syncs,
// and the office changes to it once the tablets in use have heard it.
struct KeyRotation {
    std::string currentPin;
    std::string nextPin; // empty: no rotation prepared
    std::vector<DeviceInfo> waiting; // tablets not withdrawn that have not yet heard nextPin
};

class OfficeAdmin {
public:
    // A new office: the encrypted store, its certificate authority and the server's key and
    // certificate (all inside the store).
    static core::Status create(const std::filesystem::path& dir, std::string_view passphrase, const OfficeSetup& setup);
    // The same keys and certificates for a store that exists (and holds none yet).
    static core::Status setUp(core::Store& store, const std::string& address);

    explicit OfficeAdmin(Office& office)
        : m_office(&office)
    {
    }

    // A one-time pairing bundle for `user` (a staff id, or a name: an existing staff member of
    // that name and role, or a new one). `address` overrides the stored office address.
    core::Result<Enrolment> enroll(const std::string& user, core::StaffRole role, std::chrono::hours validity,
        const std::string& address = {}, const std::string& actor = {});
    core::Result<std::vector<core::Staff>> staff();
    // Hands the participant over to `staff` (core/handover.h, as the office), recording the hand-over.
    core::Status assignSpecialist(const core::Id& participant, const core::Id& staff);
    core::Result<core::Id> assignMentor(
        const core::Id& participant, const core::Id& mentor, const core::OptId& placement, const core::OptDate& from);
    core::Status linkMentor(const core::Id& mentor, const core::Id& staff);
    core::Status revoke(const core::Id& device);
    core::Status erase(const core::Id& participant);
    core::Result<core::DemoSummary> loadDemo(core::DemoOptions options);
    core::Result<std::vector<DeviceInfo>> devices();
    core::Result<OfficeStatus> status();
    // Makes the next server key (refused while one is prepared); tablets learn its pin as they sync.
    core::Result<KeyRotation> prepareKeyRotation(const std::string& actor = {});
    core::Result<KeyRotation> keyRotation();
    // The next key becomes the server's key (the server serves it from its next start). Refused
    // while tablets are waiting, unless `force`: those tablets must then be paired again.
    core::Result<KeyRotation> activateNextKey(bool force, const std::string& actor = {});
    core::Status cancelKeyRotation(const std::string& actor = {});
    // Where tablets reach the office (written into bundles; the server listens there by default).
    core::Result<std::string> address();

private:
    core::Store& store() { return m_office->store(); }
    AuditLog& audit() { return m_office->audit(); }
    OfficeTables& tables() { return m_office->tables(); }

    Office* m_office;
};

} // namespace fieldnotes::sync
