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
Date localDate(std::chrono::system_clock::time_point t); // the device's local calendar date

bool isTimeOfDay(std::string_view text); // strict HH:MM, 00:00–23:59

} // namespace fieldnotes::core
