// Percentiles for the app's benchmarks, printed in one line per measured thing.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace fieldnotes::bench {

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    const auto hi = static_cast<std::size_t>(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

inline void printRow(const std::string& what, const std::vector<double>& ms)
{
    std::printf("  %-58s n=%-5zu p50 %8.2f ms   p95 %8.2f ms   p99 %8.2f ms   max %8.2f ms\n", what.c_str(), ms.size(),
        percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
        ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
    std::fflush(stdout);
}

} // namespace fieldnotes::bench
