// Calendar dates as the data model stores them: 'YYYY-MM-DD' text.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fieldnotes::core {

using Date = std::chrono::year_month_day;

std::string formatDate(const Date& d);
std::optional<Date> parseDate(std::string_view text); // strict YYYY-MM-DD, a real calendar date
Date addDays(const Date& d, int days);
int daysBetween(const Date& from, const Date& to); // to - from
// The same day of the month `months` later (or earlier), clamped to the month's last day:
// 2026-01-31 + 1 month = 2026-02-28, 2028-02-29 + 12 months = 2029-02-28. Always counted from `d`,
// so a series d + 1, d + 2, ... months does not drift after a short month.
Date addMonths(const Date& d, int months);
bool isWeekend(const Date& d); // Saturday or Sunday
Date localDate(std::chrono::system_clock::time_point t); // the device's local calendar date

bool isTimeOfDay(std::string_view text); // strict HH:MM, 00:00–23:59

} // namespace fieldnotes::core
