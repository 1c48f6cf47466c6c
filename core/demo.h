// A deterministic demo caseload of invented people: one specialist's 20 participants with about
// two years of history (visits, placements, mentors and their natural-support entries), a handful
// of colleagues, and the employers they work with. The same seed and anchor date give the same
// records, ids included. Used by the README's first command and by the benchmarks.
// It reads like a real Monday at its anchor: a handful of things due this week and nothing months
// overdue; an intake this week, a job tasting starting next week, a trial ending, a wage subsidy
// review, a mentor's structured talk due and someone discharged into work; every job is one of its
// employer's own tasks (tests/core/tst_demo.cpp).
#pragma once

#include "store.h"

#include <cstdint>

namespace fieldnotes::core {

struct DemoOptions {
    std::uint64_t seed = 20261123;
    Date anchor {}; // the "today" the history ends at; default: the store's today
    int participants = 20;
    int contactsPerWeek = 3; // per participant (phone and SMS included), plus a little jitter
};

struct DemoStaff {
    Id specialist; // owns the caseload; the demo tablet's user
    Id colleague;
    Id lead;
    Id mentorUser; // a workplace mentor with a device
};

struct DemoSummary {
    DemoStaff staff;
    int participants = 0;
    int employers = 0;
    int visits = 0;
    int naturalSupportEntries = 0;
    int records = 0; // every row written
};

// Writes the demo through the tracked write path (so it syncs like typed-in work), in one
// transaction. Sets the store's user to the demo specialist if it has none.
Result<DemoSummary> loadDemo(Store& store, const DemoOptions& options = {});

} // namespace fieldnotes::core
