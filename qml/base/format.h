// Dates, times and numbers as the user's locale writes them (QLocale's default, which follows the
// chosen language), and the bridge between core's calendar dates and Qt's.
#pragma once

#include "date.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace fieldnotes::app {

QDate toQDate(const core::Date& d);
QDate toQDate(const std::optional<core::Date>& d); // invalid QDate for none
std::optional<core::Date> fromQDate(const QDate& d); // none for an invalid QDate

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString date(const QDate& d); // "12.03.2026" / "12/03/2026"; "" for an invalid date
    static QString dateLong(const QDate& d); // "torsdag 12. mars 2026"
    static QString dateTime(qint64 unixMs); // date and time of day in the local time zone
    static QString time(const QString& hhmm); // "14:30" in the locale's short time format
    static QString number(qint64 n);
    static QString minutes(int minutes); // "45 min" / "1 h 30 min"
    // "today", "tomorrow", "yesterday", "in 5 days", "3 days ago".
    static QString relativeDay(int daysFromToday);
    // relativeDay() for dates close to today, the date itself further away.
    static QString dateNear(const QDate& d, const QDate& today);
    // A day chosen in a form: "today, 07/12/2026" close to today, the date alone further away
    // (never "23/02/2026, 23/02/2026").
    static QString dateChosen(const QDate& d, const QDate& today);
};

} // namespace fieldnotes::app
