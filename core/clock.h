// Time sources. Everything that reads the time takes a Clock, so tests and the sync simulator
// can set it. Versions of synced fields come from a hybrid logical clock (HLC).
#pragma once

#include <algorithm>
#include <chrono>
#include <compare>
#include <cstdint>
#include <string>

namespace fieldnotes::core {

// Time since the device started, which a change of date or time zone does not move: what a delay
// that must really be waited out is measured on. `boot` names the boot it counts from; after a
// restart it differs, and a delay measured before it has to start again.
struct BootTime {
    std::string boot;
    std::int64_t ms = 0;
};

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
    std::int64_t nowMs() const;
    // Default: the wall clock, for clocks that have nothing better (simulations).
    virtual BootTime sinceBoot() const { return { "wall-clock", nowMs() }; }
};

// The wall clock, and CLOCK_BOOTTIME (which keeps counting while the device sleeps) with the
// kernel's boot id.
class SystemClock final : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
    BootTime sinceBoot() const override;
    static const SystemClock& instance();
};

// A clock that only moves when told to; for tests and simulations. advance() is time passing (both
// clocks move); set() is someone changing the date (only the wall clock moves); restart() is the
// device starting again (a new boot, counted from zero).
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::chrono::system_clock::time_point start)
        : m_now(start)
    {
    }
    std::chrono::system_clock::time_point now() const override { return m_now; }
    BootTime sinceBoot() const override { return { "boot-" + std::to_string(m_boots), m_bootMs }; }
    void advance(std::chrono::milliseconds by)
    {
        m_now += by;
        m_bootMs = std::max<std::int64_t>(m_bootMs + by.count(), 0);
    }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }
    void restart()
    {
        ++m_boots;
        m_bootMs = 0;
    }

private:
    std::chrono::system_clock::time_point m_now;
    std::int64_t m_bootMs = 1000;
    int m_boots = 1;
};

// A field's version: which device wrote it, at which HLC time. Totally ordered; the greater
// version wins a concurrent edit, so every replica picks the same winner.
struct Version {
    std::uint64_t hlc = 0;
    std::string device;

    bool isNull() const { return hlc == 0 && device.empty(); }
    auto operator<=>(const Version&) const = default;
};

// Hybrid logical clock: Unix milliseconds in the upper bits and a 16-bit counter below them.
// Timestamps it issues are strictly increasing and never behind any timestamp it has observed,
// even if the wall clock steps back. They stay below 2^63 (milliseconds up to the year 6429), so
// every timestamp fits SQLite's signed integers and stored versions sort as they compare; at that
// limit the clock stops rather than wrapping, and a timestamp beyond it is never taken in.
class HybridClock {
public:
    static constexpr std::uint64_t maxValue = (std::uint64_t { 1 } << 63) - 1;
    static constexpr std::int64_t maxMs = static_cast<std::int64_t>(maxValue >> 16);

    // How far ahead of the office's clock a change may be stamped; the office refuses changes
    // stamped later (design.md). Five minutes is the skew Kerberos tolerates: well above the drift
    // of a tablet kept offline for weeks (seconds a day), short enough that a change stamped ahead
    // wins crossed edits only for that long, and it catches a wrong date or time zone (hours).
    static constexpr std::chrono::minutes maxLead { 5 };

    explicit HybridClock(const Clock& clock)
        : m_clock(&clock)
    {
    }

    std::uint64_t tick(); // a fresh timestamp for a local event
    void observe(std::uint64_t remote); // a timestamp seen from another replica (ignored past maxValue)
    std::uint64_t last() const { return m_last; }
    // Moves the clock back to `to`. Only for a replica whose wall clock ran ahead and which
    // re-stamps every timestamp it issued beyond `to` and never sent (Replica::restamp): no one
    // else has seen them, so issuing smaller ones afterwards breaks no order anyone relies on.
    void rewind(std::uint64_t to) { m_last = std::min(to, maxValue); }

    static std::uint64_t fromMs(std::int64_t ms)
    {
        return static_cast<std::uint64_t>(std::clamp<std::int64_t>(ms, 0, maxMs)) << 16;
    }
    static std::int64_t toMs(std::uint64_t hlc) { return static_cast<std::int64_t>(hlc >> 16); }

private:
    const Clock* m_clock;
    std::uint64_t m_last = 0;
};

// "3 hours", "12 minutes", "2 days": how far apart two clocks are, for a person to read.
std::string describeClockGap(std::int64_t ms);

} // namespace fieldnotes::core
