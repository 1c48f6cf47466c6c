#include "clock.h"

#include <algorithm>
#include <fstream>
#include <time.h>

namespace fieldnotes::core {

std::int64_t Clock::nowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
}

BootTime SystemClock::sinceBoot() const
{
    static const std::string boot = [] {
        std::ifstream in("/proc/sys/kernel/random/boot_id");
        std::string id;
        std::getline(in, id);
        return id.empty() ? std::string("unknown-boot") : id;
    }();
    timespec ts {};
    ::clock_gettime(CLOCK_BOOTTIME, &ts);
    return { boot, static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000 };
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

std::uint64_t HybridClock::tick()
{
    const std::uint64_t wall = fromMs(m_clock->nowMs());
    if (wall > m_last)
        m_last = wall;
    else if (m_last < maxValue)
        ++m_last;
    return m_last;
}

void HybridClock::observe(std::uint64_t remote)
{
    if (remote <= maxValue)
        m_last = std::max(m_last, remote);
}

std::string describeClockGap(std::int64_t ms)
{
    const std::int64_t minutes = (ms < 0 ? -ms : ms) / 60000;
    auto unit = [](std::int64_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    if (minutes >= 2 * 24 * 60)
        return unit(minutes / (24 * 60), "day", "days");
    if (minutes >= 120)
        return unit(minutes / 60, "hour", "hours");
    return unit(std::max<std::int64_t>(minutes, 1), "minute", "minutes");
}

} // namespace fieldnotes::core
