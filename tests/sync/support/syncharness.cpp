#include "syncharness.h"

#include "dump.h"
#include "pki.h"
#include "storeinternals.h"

#include <QtGlobal>

#include <cstdio>
#include <map>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fieldnotes::test {

using namespace fieldnotes::core;
using namespace fieldnotes::sync;

std::string deviceUuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "d0000000-0000-4000-8000-%012d", n);
    return text;
}

TestOffice::TestOffice(std::uint64_t idSeed)
    : m_store(deviceUuid(1), idSeed)
{
    if (auto st = OfficeAdmin::setUp(*m_store, "127.0.0.1:7443"); !st)
        qFatal("cannot set up the office: %s", st.error().message.c_str());
    m_office = std::make_unique<Office>(*m_store);
}

Id TestOffice::addStaff(const std::string& name, StaffRole role)
{
    Id id;
    auto st = m_office->write([&]() -> Status {
        FN_TRY_ASSIGN(id, m_store->create(Staff { {}, name, role }));
        return {};
    });
    if (!st)
        qFatal("cannot add staff: %s", st.error().message.c_str());
    return id;
}

CertificateIdentity certificateOf(Store& tablet)
{
    CertificateIdentity c { tablet.deviceId(), {} };
    if (auto creds = loadCredentials(tablet); creds) {
        if (auto cert = pki::certificateFromPem(creds->certificatePem); cert)
            c.sha256 = pki::fingerprintSha256(cert->get());
        wipeString(creds->keyPem);
    }
    return c;
}

Status pairInMemory(Office& office, Store& tablet, const std::string& bundleJson)
{
    FN_TRY_ASSIGN(PairingBundle bundle, parseBundle(bundleJson));
    DevicePairing pairing(tablet, bundle, "test tablet");
    FN_TRY_ASSIGN(wire::ClientMessage request, pairing.request());
    FN_TRY_ASSIGN(const std::string bytes, encode(request));
    FN_TRY_ASSIGN(const wire::ClientMessage decoded, decodeClientMessage(bytes));
    OfficeSession session(office, std::nullopt);
    auto reply = session.handle(decoded);
    if (reply.messages.size() != 1)
        return fail(ErrorCode::Protocol, "pairing: expected one answer");
    FN_TRY_ASSIGN(const std::string answerBytes, encode(reply.messages.front()));
    FN_TRY_ASSIGN(const wire::ServerMessage answer, decodeServerMessage(answerBytes));
    return pairing.complete(answer);
}

TestTablet::TestTablet(TestOffice& office, const Id& staffId, int number)
    : m_office(&office)
    , m_store(deviceUuid(100 + number), static_cast<std::uint64_t>(5000 + number * 7919))
{
    auto staff = office.office().store().find<Staff>(staffId);
    if (!staff || !*staff)
        qFatal("no such staff");
    auto enrolment = office.admin().enroll(staffId, (*staff)->role, std::chrono::hours(24));
    if (!enrolment)
        qFatal("cannot enrol: %s", enrolment.error().message.c_str());
    if (auto st = pairInMemory(office.office(), *m_store, enrolment->bundle); !st)
        qFatal("cannot pair: %s", st.error().message.c_str());
    m_certificate = certificateOf(*m_store);
}

LinkResult TestTablet::sync(const LinkFaults& faults)
{
    return syncInMemory(m_office->office(), *m_store, m_certificate, faults);
}

LinkResult syncInMemory(Office& office, Store& tablet, const CertificateIdentity& certificate, const LinkFaults& faults)
{
    LinkResult result;
    std::int64_t officeNs = 0, tabletNs = 0;
    auto clockNs = [] { return std::chrono::steady_clock::now().time_since_epoch().count(); };
    OfficeSession officeSide(office, certificate);
    DeviceSession tabletSide(tablet);
    int delivered = 0;
    int serverMessages = 0;
    int pushes = 0;
    auto cut = [&] {
        if (faults.dropAfter >= 0 && delivered >= faults.dropAfter) {
            result.dropped = true;
            return true;
        }
        ++delivered;
        return false;
    };
    auto first = tabletSide.start();
    if (!first) {
        result.status = fail(first.error());
        return result;
    }
    std::optional<wire::ClientMessage> outgoing = std::move(*first);
    while (outgoing) {
        // Tablet to office, through the codec.
        auto bytes = encode(*outgoing);
        if (!bytes) {
            result.status = fail(bytes.error());
            return result;
        }
        result.bytes += static_cast<std::int64_t>(bytes->size()) + 4;
        if (cut())
            return result;
        auto decoded = decodeClientMessage(*bytes);
        if (!decoded) {
            result.status = fail(decoded.error());
            return result;
        }
        ++result.messages;
        if (faults.beforeOffice)
            faults.beforeOffice(*decoded);
        if (decoded->has_push() && ++pushes == faults.duplicatePush)
            (void)officeSide.handle(*decoded); // its answer is lost; the tablet sees the second one
        auto t0 = clockNs();
        auto reply = officeSide.handle(*decoded);
        officeNs += clockNs() - t0;
        outgoing.reset();
        auto deliver = [&](const wire::ServerMessage& m) -> bool {
            auto out = encode(m);
            if (!out) {
                result.status = fail(out.error());
                return false;
            }
            result.bytes += static_cast<std::int64_t>(out->size()) + 4;
            if (cut())
                return false;
            auto in = decodeServerMessage(*out);
            if (!in) {
                result.status = fail(in.error());
                return false;
            }
            ++result.messages;
            // A row state, eviction or purge arriving twice must change nothing (a replay across
            // connections does this); greetings and answers cannot repeat inside one connection.
            const bool repeatable = in->has_snapshot() || in->has_feed() || in->has_evict() || in->has_pull_start();
            const int copies = ++serverMessages == faults.duplicateServerMessage && repeatable ? 2 : 1;
            for (int i = 0; i < copies; ++i) {
                auto t1 = clockNs();
                auto answer = tabletSide.receive(*in);
                tabletNs += clockNs() - t1;
                if (!answer) {
                    result.status = fail(answer.error());
                    return false;
                }
                if (*answer)
                    outgoing = std::move(*answer);
                if (tabletSide.finished() && i == 0 && copies == 2)
                    break;
            }
            return true;
        };
        for (const auto& m : reply.messages)
            if (!deliver(m))
                return result;
        if (reply.streaming) {
            for (bool opening = true;; opening = false) {
                if (!opening && faults.duringPull)
                    faults.duringPull();
                auto t2 = clockNs();
                auto next = officeSide.next();
                officeNs += clockNs() - t2;
                if (!next) {
                    result.status = fail(next.error());
                    return result;
                }
                if (!*next)
                    break;
                if (!deliver(**next))
                    return result;
            }
        }
        if (reply.close || tabletSide.finished()) {
            if (outgoing && tabletSide.finished() && !reply.close) {
                // The closing Bye.
                auto byeBytes = encode(*outgoing);
                if (byeBytes && !cut()) {
                    if (auto bye = decodeClientMessage(*byeBytes))
                        (void)officeSide.handle(*bye);
                }
            }
            break;
        }
    }
    result.completed = tabletSide.finished();
    result.officeMs = static_cast<double>(officeNs) / 1e6;
    result.tabletMs = static_cast<double>(tabletNs) / 1e6;
    result.report = tabletSide.report();
    if (!result.completed && result.status)
        result.status = fail(ErrorCode::Protocol, "the conversation ended before the sync finished");
    return result;
}

namespace {

// Schema defaults as a tablet's row would hold them for a column the office did not send.
Result<std::map<std::string, Value>> columnDefaults(Store& store, std::string_view table)
{
    FN_TRY_ASSIGN(
        Statement * st, core::StoreInternals::db(store).prepare("SELECT name, dflt_value FROM pragma_table_info(?)"));
    st->bind(1, table);
    std::map<std::string, Value> out;
    for (;;) {
        FN_TRY_ASSIGN(const bool row, st->step());
        if (!row)
            break;
        Value v;
        if (!st->isNull(1)) {
            const std::string text = st->text(1);
            if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'')
                v = text.substr(1, text.size() - 2);
            else
                v = static_cast<std::int64_t>(std::stoll(text));
        }
        out[st->text(0)] = v;
    }
    st->reset();
    return out;
}

} // namespace

Result<std::string> officeViewFor(Office& office, const Id& staffId)
{
    Store& store = office.store();
    FN_TRY_ASSIGN(Viewer viewer, Viewer::load(store, staffId));
    std::map<std::string, std::map<std::string, Value>> defaults;
    for (const TableInfo& t : catalogue()) {
        FN_TRY_ASSIGN(defaults[std::string(t.name)], columnDefaults(store, t.name));
    }
    std::optional<Error> failure;
    const DumpView view = [&](const RowState& row) -> std::optional<RowState> {
        auto seen = viewer.project(store, row);
        if (!seen) {
            failure = seen.error();
            return std::nullopt;
        }
        if (!*seen)
            return std::nullopt;
        RowState out = **seen;
        const TableInfo* t = findTable(out.table);
        FieldValues full;
        for (const auto& c : t->columns) {
            const std::string name(c.name);
            Value v = defaults[std::string(t->name)][name];
            for (const auto& [n, value] : out.fields)
                if (n == name)
                    v = value;
            full.emplace_back(name, v);
        }
        out.fields = std::move(full);
        return out;
    };
    auto text = dumpCanonical(store, view);
    if (failure)
        return fail(*failure);
    return text;
}

Result<std::string> tabletDump(Store& tablet)
{
    return dumpCanonical(tablet);
}

SilentOffice::SilentOffice()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof a;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), size) != 0 || ::listen(m_fd, 8) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &size) != 0)
        qFatal("cannot listen on loopback");
    m_port = ntohs(a.sin_port);
}

SilentOffice::~SilentOffice()
{
    ::close(m_fd);
}

} // namespace fieldnotes::test
