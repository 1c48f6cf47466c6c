// Follow-up on the device, offline: how long the attention list, the figures and the reports take on
// the demo caseload (20 participants, two years of history), beside the caseload list the screen
// already reads in the same run; and what sealing an export costs, beside writing the same bytes
// unencrypted the same way (atomically, synced).
//
//   bench_followup [--quick]        --quick: fewer rounds and a smaller export, for CI
//
// No budget: design.md sets none for these; each figure is printed beside its reference.
#include "attention.h"
#include "caseload.h"
#include "demo.h"
#include "exports.h"
#include "figures.h"
#include "fileio.h"
#include "reports.h"
#include "schedule.h"
#include "store.h"
#include "storeinternals.h"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace fieldnotes::core;
using Stopwatch = std::chrono::steady_clock;

namespace {

struct Timing {
    double median = 0;
    double p95 = 0;
};

double msSince(Stopwatch::time_point start)
{
    return std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
}

// Runs `work` `rounds` times (after one warm-up) and returns the median and 95th percentile in ms.
Timing measure(int rounds, const std::function<bool()>& work)
{
    if (!work())
        std::exit(1);
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        const auto start = Stopwatch::now();
        if (!work())
            std::exit(1);
        ms.push_back(msSince(start));
    }
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms[std::min(ms.size() - 1, (ms.size() * 95) / 100)] };
}

template<class T> T need(Result<T> r, const char* what)
{
    if (!r) {
        std::fprintf(stderr, "bench_followup: %s: %s\n", what, r.error().message.c_str());
        std::exit(1);
    }
    return std::move(*r);
}

void need(Status s, const char* what)
{
    if (!s) {
        std::fprintf(stderr, "bench_followup: %s: %s\n", what, s.error().message.c_str());
        std::exit(1);
    }
}

void row(const char* what, const Timing& t, const Timing& reference)
{
    std::printf("  %-44s median %8.2f ms  p95 %8.2f ms   (%.1fx the caseload list)\n", what, t.median, t.p95,
        t.median / reference.median);
}

} // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    if (sodium_init() < 0)
        return 1;
    const int rounds = quick ? 15 : 100;
    const std::size_t exportBytes = (quick ? 8u : 64u) << 20;

    char pattern[] = "/tmp/bench_followup.XXXXXX";
    const char* made = ::mkdtemp(pattern);
    if (!made)
        return 1;
    const std::filesystem::path dir = made;
    const std::filesystem::path storeDir = dir / "store";

    StoreOptions options;
    options.kdf = KdfCost::minimum();
    need(Store::create(storeDir, "bench passphrase for invented people", options), "create");
    auto store = need(Store::open(storeDir, "bench passphrase for invented people", options), "open");
    const Date today = *parseDate("2026-03-02");
    DemoOptions demo;
    demo.anchor = today;
    const DemoSummary summary = need(loadDemo(*store, demo), "demo");
    need(store->create(WorkingHours { {}, summary.staff.specialist, std::nullopt, 2250 }).map([](const Id&) {}),
        "hours");
    int schedules = 0;
    for (const auto& pl : need(StoreInternals::select<Placement>(*store), "placements"))
        if (hasFollowUpSchedule(pl)) {
            need(proposeFollowUp(*store, pl.id, addDays(*pl.startOn, -14)).map([](const auto&) {}), "propose");
            ++schedules;
        }
    const auto participants = need(StoreInternals::select<Participant>(*store, "1", {}, "id"), "participants");
    std::printf("bench_followup%s: demo caseload of %d participants, %d records, %d follow-up schedules\n",
        quick ? " (quick)" : "", summary.participants, summary.records, schedules);
    std::printf("(no budget: design.md sets none for these figures; each is printed beside its reference)\n");

    std::printf("On the device (encrypted store), %d rounds each:\n", rounds);
    const Timing reference = measure(rounds, [&] { return caseload(*store).has_value(); });
    std::printf("  %-44s median %8.2f ms  p95 %8.2f ms   (reference)\n", "caseload list (what the screen reads)",
        reference.median, reference.p95);
    row("attention list, every rule", measure(rounds, [&] { return attention(*store, today).has_value(); }), reference);
    const Period year { addDays(today, -364), today };
    row("own figures, 12 months", measure(rounds, [&] { return ownFigures(*store, year).has_value(); }), reference);
    need(store->setRole(StaffRole::Lead), "role");
    row("team figures, 12 months", measure(rounds, [&] { return teamFigures(*store, year).has_value(); }), reference);
    need(store->setRole(StaffRole::Specialist), "role");
    // Someone in work with a mentor: consents to an employer and a mentor, the most to report.
    Id someone = participants.front().id;
    for (const auto& a : need(StoreInternals::select<MentorAssignment>(*store, "1", {}, "id"), "assignments")) {
        someone = a.participantId;
        break;
    }
    row("individual report, one participant",
        measure(rounds, [&] { return individualReport(*store, someone, today).has_value(); }), reference);
    row("what is shared about me, one participant",
        measure(rounds, [&] { return sharedAboutMe(*store, someone, today).has_value(); }), reference);
    row("right of access, bundle for one participant",
        measure(std::max(3, rounds / 5), [&] { return rightOfAccessExport(*store, someone, today).has_value(); }),
        reference);

    // Sealing an export against writing the same bytes in the clear, the same way.
    std::string content(exportBytes, '\0');
    randombytes_buf(content.data(), content.size());
    const ExportBundle bundle { "right_of_access", today, { { "payload.bin", "application/octet-stream", content } } };
    const auto officeKey = [] {
        ExportPublicKey pk {};
        unsigned char sk[crypto_box_SECRETKEYBYTES];
        crypto_box_keypair(pk.data(), sk);
        sodium_memzero(sk, sizeof sk);
        return pk;
    }();
    const int writes = quick ? 3 : 10;
    const Timing plain = measure(writes, [&] { return writeFileAtomically(dir / "plain.bin", content).has_value(); });
    const Timing sealed = measure(
        writes, [&] { return writeExport(dir / "sealed.fnx", bundle, OfficeKeySeal { officeKey }).has_value(); });
    const double mib = static_cast<double>(exportBytes) / (1 << 20);
    std::printf("Export of %.0f MiB, %d rounds each:\n", mib, writes);
    std::printf("  %-44s median %8.2f ms  %8.1f MiB/s   (reference)\n", "plain write, atomic and synced", plain.median,
        mib / (plain.median / 1000.0));
    std::printf("  %-44s median %8.2f ms  %8.1f MiB/s   (%.2fx the plain write's time)\n",
        "sealed to the office key, atomic and synced", sealed.median, mib / (sealed.median / 1000.0),
        sealed.median / plain.median);
    const auto kdfStart = Stopwatch::now();
    need(sealExport(ExportBundle { "figures", today, {} }, PassphraseSeal { "bench export passphrase" })
             .map([](const std::string&) {}),
        "seal with a passphrase");
    std::printf(
        "  %-44s %8.2f ms (once per export, standard Argon2id cost)\n", "passphrase key derivation", msSince(kdfStart));

    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}
