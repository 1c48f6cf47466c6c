#include "date.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>

namespace fieldnotes::core {

std::string formatDate(const Date& d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
        static_cast<unsigned>(d.day()));
    return buf;
}

static bool parseFixed(std::string_view s, int& out)
{
    const auto* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end;
}

std::optional<Date> parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parseFixed(text.substr(0, 4), y) || !parseFixed(text.substr(5, 2), m) || !parseFixed(text.substr(8, 2), d))
        return std::nullopt;
    const Date date { std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
        std::chrono::day(static_cast<unsigned>(d)) };
    if (!date.ok())
        return std::nullopt;
    return date;
}

Date addDays(const Date& d, int days)
{
    return Date { std::chrono::sys_days(d) + std::chrono::days(days) };
}

Date addMonths(const Date& d, int months)
{
    const std::chrono::year_month ym = std::chrono::year_month(d.year(), d.month()) + std::chrono::months(months);
    const std::chrono::day last
        = std::chrono::year_month_day_last(ym.year(), std::chrono::month_day_last(ym.month())).day();
    return Date { ym.year(), ym.month(), std::min(d.day(), last) };
}

bool isWeekend(const Date& d)
{
    const std::chrono::weekday w { std::chrono::sys_days(d) };
    return w == std::chrono::Saturday || w == std::chrono::Sunday;
}

int daysBetween(const Date& from, const Date& to)
{
    return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

Date localDate(std::chrono::system_clock::time_point t)
{
    const std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm {};
    localtime_r(&tt, &tm);
    return Date { std::chrono::year(tm.tm_year + 1900), std::chrono::month(static_cast<unsigned>(tm.tm_mon + 1)),
        std::chrono::day(static_cast<unsigned>(tm.tm_mday)) };
}

bool isTimeOfDay(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':')
        return false;
    int h = 0, m = 0;
    return parseFixed(text.substr(0, 2), h) && parseFixed(text.substr(3, 2), m) && h >= 0 && h < 24 && m >= 0 && m < 60;
}

} // namespace fieldnotes::core
