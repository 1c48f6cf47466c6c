// Time sources. Everything that reads the time takes a Clock, so tests and the sync simulator
// can set it. Versions of synced fields come from a hybrid logical clock (HLC).
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <string>

namespace fieldnotes::core {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
    std::int64_t nowMs() const;
};

class SystemClock final : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
    static const SystemClock& instance();
};

// A clock that only moves when told to; for tests and simulations.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::chrono::system_clock::time_point start)
        : m_now(start)
    {
    }
    std::chrono::system_clock::time_point now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }

private:
    std::chrono::system_clock::time_point m_now;
};

// A field's version: which device wrote it, at which HLC time. Totally ordered; the greater
// version wins a concurrent edit, so every replica picks the same winner.
struct Version {
    std::uint64_t hlc = 0;
    std::string device;

    bool isNull() const { return hlc == 0 && device.empty(); }
    auto operator<=>(const Version&) const = default;
};

// Hybrid logical clock: 48 bits of Unix milliseconds and a 16-bit counter. Timestamps it issues
// are strictly increasing and never behind any timestamp it has observed, even if the wall clock
// steps back.
class HybridClock {
public:
    explicit HybridClock(const Clock& clock)
        : m_clock(&clock)
    {
    }

    std::uint64_t tick(); // a fresh timestamp for a local event
    void observe(std::uint64_t remote); // a timestamp seen from another replica
    std::uint64_t last() const { return m_last; }

    static std::uint64_t fromMs(std::int64_t ms) { return static_cast<std::uint64_t>(ms) << 16; }
    static std::int64_t toMs(std::uint64_t hlc) { return static_cast<std::int64_t>(hlc >> 16); }

private:
    const Clock* m_clock;
    std::uint64_t m_last = 0;
};

} // namespace fieldnotes::core
