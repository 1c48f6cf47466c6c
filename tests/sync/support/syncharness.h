// Sync without sockets, for tests, the simulator and benchmarks: an office and tablets in one
// process, talking through DeviceSession and OfficeSession, every message encoded and decoded as
// on the wire. Faults can be injected at any message. Fixtures use invented people only.
#pragma once

#include "device.h"
#include "office.h"
#include "officeadmin.h"
#include "testsupport.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace fieldnotes::test {

// A UUID-shaped device id from a small number (pairing needs UUIDs).
std::string deviceUuid(int n);

// Where a simulated connection breaks or repeats itself.
struct LinkFaults {
    int dropAfter = -1; // deliver this many messages (both directions counted), then cut the line
    int duplicateServerMessage = -1; // deliver the n-th office message twice (if it is pull data)
    int duplicatePush = -1; // the n-th push reaches the office twice (the second answer is lost)
    // Office work done while the connection is open: just before the office takes each message from
    // the tablet, and just before it makes each message of a pull after the first.
    std::function<void(const sync::wire::ClientMessage&)> beforeOffice {};
    std::function<void()> duringPull {};
};

struct LinkResult {
    core::Status status; // the tablet's view: ok, or why the sync failed
    bool dropped = false;
    bool completed = false;
    int messages = 0;
    std::int64_t bytes = 0;
    double officeMs = 0; // time spent in the office's and the tablet's protocol logic
    double tabletMs = 0;
    sync::SyncReport report;
};

// An office in a temporary folder with its keys set up.
class TestOffice {
public:
    explicit TestOffice(std::uint64_t idSeed = 1000);
    sync::Office& office() { return *m_office; }
    sync::OfficeAdmin admin() { return sync::OfficeAdmin(*m_office); }
    core::Store& store() { return *m_store; }
    TempStore& temp() { return m_store; }
    // Staff are made through the office's own edits.
    core::Id addStaff(const std::string& name, core::StaffRole role);

private:
    TempStore m_store;
    std::unique_ptr<sync::Office> m_office;
};

// A tablet paired with `office` for `staffId`.
class TestTablet {
public:
    TestTablet(TestOffice& office, const core::Id& staffId, int number);
    core::Store& store() { return *m_store; }
    TempStore& temp() { return m_store; }
    const sync::CertificateIdentity& certificate() const { return m_certificate; }
    // One sync over an in-memory link.
    LinkResult sync(const LinkFaults& faults = {});

private:
    TestOffice* m_office;
    TempStore m_store;
    sync::CertificateIdentity m_certificate;
};

// Pairs `tablet` over an in-memory link; the office's answer, or an error.
core::Status pairInMemory(sync::Office& office, core::Store& tablet, const std::string& bundleJson);
sync::CertificateIdentity certificateOf(core::Store& tablet);

LinkResult syncInMemory(sync::Office& office, core::Store& tablet, const sync::CertificateIdentity& certificate,
    const LinkFaults& faults = {});

// The office's state as `staffId` may see it, in the form a tablet holds it (columns a projection
// leaves out take their schema defaults), as canonical JSON. A tablet that has synced with nothing
// pending must dump exactly this.
core::Result<std::string> officeViewFor(sync::Office& office, const core::Id& staffId);
core::Result<std::string> tabletDump(core::Store& tablet);

// A port on loopback that takes connections (into its backlog) and never answers them: a sync to it
// stays in its TLS handshake until it times out or is cancelled.
class SilentOffice {
public:
    SilentOffice();
    ~SilentOffice();
    SilentOffice(const SilentOffice&) = delete;
    SilentOffice& operator=(const SilentOffice&) = delete;
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

} // namespace fieldnotes::test
