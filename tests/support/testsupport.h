// Shared test fixtures: a temporary store with a fast KDF, a settable clock and reproducible ids.
// Fixtures use invented people only.
#pragma once

#include "clock.h"
#include "date.h"
#include "ids.h"
#include "intake.h"
#include "result.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <string>
#include <string_view>

namespace fieldnotes::test {

inline constexpr const char* passphrase = "correct horse battery staple";

// An invented participant in profiling, in the IPS programme, at step 2, referred 2026-01-15.
inline core::Participant inventedParticipant(std::string name)
{
    core::Participant p;
    p.displayName = std::move(name);
    p.programme = core::Programme::Ips;
    p.status = core::ParticipantStatus::Profiling;
    p.steps = { 2 };
    p.referralOn = core::parseDate("2026-01-15");
    return p;
}

// 2026-03-02 09:00 UTC: a fixed point all clock-driven tests start from.
std::chrono::system_clock::time_point fixedStart();

// A store in a fresh temporary folder. Argon2id at libsodium's minimum cost, so that tests which
// open stores thousands of times stay fast; tests/bench measures the real cost.
class TempStore {
public:
    explicit TempStore(std::string deviceId = "device-a", std::uint64_t idSeed = 1);
    core::Store& operator*() { return *m_store; }
    core::Store* operator->() { return m_store.get(); }
    core::Store& store() { return *m_store; }
    core::ManualClock& clock() { return m_clock; }
    std::filesystem::path dir() const { return m_dir.path().toStdString(); }
    core::StoreOptions options();
    void close() { m_store.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock;
    core::SeededIds m_ids;
    std::string m_deviceId;
    std::unique_ptr<core::Store> m_store;
};

// QVERIFY-friendly: the error's message, or "" on success.
template<class T> QString errorOf(const core::Result<T>& r)
{
    return r ? QString()
             : QString::fromStdString(std::string(core::errorCodeName(r.error().code)) + ": " + r.error().message);
}

// The same for a use case's result, whose error carries the Error beside its refusal (core/intake.h).
template<class T, class E>
requires requires(const E& e)
{
    e.error.message;
}
QString errorOf(const tl::expected<T, E>& r)
{
    return r ? QString() : QString::fromStdString(r.error().error.message);
}

// The people of the case-rule tests (tst_intake, tst_placement, tst_consentcase, ...): a specialist
// and a colleague, a lead, a mentor's device, and a device not linked to anyone yet.
namespace actors {
inline const core::Actor specialist { "staff-anna", core::StaffRole::Specialist };
inline const core::Actor otherSpecialist { "staff-bo", core::StaffRole::Specialist };
inline const core::Actor lead { "staff-lena", core::StaffRole::Lead };
inline const core::Actor mentor { "staff-mats", core::StaffRole::Mentor };
inline const core::Actor unpaired { "", core::StaffRole::Specialist };
} // namespace actors

// A day the test writes as YYYY-MM-DD.
core::Date day(const char* iso);

// The rows of `table`, deleted ones included.
core::Result<std::int64_t> countOf(core::Store& store, std::string_view table);

} // namespace fieldnotes::test

// Fails the test with the error's text if `expr` (a Result) holds an error.
#define FN_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto& fnVerifyResult_ = (expr);                                                                          \
        QVERIFY2(fnVerifyResult_.has_value(), qPrintable(::fieldnotes::test::errorOf(fnVerifyResult_)));               \
    } while (false)

// Evaluates a Result<T>, fails the test on error, and yields the value.
#define FN_REQUIRE(decl, expr)                                                                                         \
    auto FN_CONCAT(fnRequire_, __LINE__) = (expr);                                                                     \
    QVERIFY2(FN_CONCAT(fnRequire_, __LINE__).has_value(),                                                              \
        qPrintable(::fieldnotes::test::errorOf(FN_CONCAT(fnRequire_, __LINE__))));                                     \
    decl = std::move(*FN_CONCAT(fnRequire_, __LINE__))
