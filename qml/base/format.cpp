#include "format.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>

namespace fieldnotes::app {

QDate toQDate(const core::Date& d)
{
    if (!d.ok())
        return {};
    return QDate(static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
        static_cast<int>(static_cast<unsigned>(d.day())));
}

QDate toQDate(const std::optional<core::Date>& d)
{
    return d ? toQDate(*d) : QDate();
}

std::optional<core::Date> fromQDate(const QDate& d)
{
    if (!d.isValid())
        return std::nullopt;
    const core::Date out { std::chrono::year(d.year()), std::chrono::month(static_cast<unsigned>(d.month())),
        std::chrono::day(static_cast<unsigned>(d.day())) };
    if (!out.ok())
        return std::nullopt;
    return out;
}

QString Format::date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString Format::dateLong(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QString();
}

QString Format::dateTime(qint64 unixMs)
{
    if (unixMs <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(unixMs).toLocalTime();
    return QLocale().toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(t.time(), QLocale::ShortFormat);
}

QString Format::time(const QString& hhmm)
{
    const QTime t = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
}

QString Format::number(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::minutes(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return tr("%1 min").arg(QLocale().toString(minutes));
    if (minutes % 60 == 0)
        return tr("%1 h").arg(QLocale().toString(minutes / 60));
    return tr("%1 h %2 min").arg(QLocale().toString(minutes / 60), QLocale().toString(minutes % 60));
}

QString Format::relativeDay(int days)
{
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    if (days > 1)
        return tr("in %n day(s)", nullptr, days);
    return tr("%n day(s) ago", nullptr, -days);
}

QString Format::dateNear(const QDate& d, const QDate& today)
{
    if (!d.isValid())
        return {};
    const qint64 days = today.daysTo(d);
    if (days >= -6 && days <= 6)
        return relativeDay(static_cast<int>(days));
    return date(d);
}

QString Format::dateChosen(const QDate& d, const QDate& today)
{
    const QString near = dateNear(d, today);
    const QString full = date(d);
    return near == full ? full : near + QStringLiteral(", ") + full;
}

} // namespace fieldnotes::app
