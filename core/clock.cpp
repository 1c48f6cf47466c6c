#include "clock.h"

#include <algorithm>

namespace fieldnotes::core {

std::int64_t Clock::nowMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

std::uint64_t HybridClock::tick()
{
    const std::uint64_t wall = fromMs(std::max<std::int64_t>(m_clock->nowMs(), 0));
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridClock::observe(std::uint64_t remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace fieldnotes::core
