#include "RelativeTime.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace podwarden {

namespace {

constexpr qint64 kClockSkewSeconds = 5 * 60;

struct RelativeTimeText
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString format(qint64 seconds, qint64 calendarDays)
    {
        // The service's clock and this computer's differ by a little: a time just made may read a
        // few minutes ahead. Only further ahead than that is it really in the future.
        if (seconds < -kClockSkewSeconds)
            return tr("in the future");
        if (seconds < 60)
            return tr("just now");
        if (seconds < 3600)
            return tr("%n minute(s) ago", nullptr, int(seconds / 60));
        if (seconds < 86400)
            return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
        if (calendarDays <= 1)
            return tr("yesterday");
        if (calendarDays < 31)
            return tr("%n day(s) ago", nullptr, int(calendarDays));
        if (calendarDays < 365)
            return tr("%n month(s) ago", nullptr, int(calendarDays / 30));
        return tr("%n year(s) ago", nullptr, int(calendarDays / 365));
    }

    static QString expiry(const std::optional<QDateTime>& at, const QDateTime& now)
    {
        if (!at)
            return tr("Never");
        const qint64 seconds = now.secsTo(*at);
        if (seconds <= 0)
            return tr("Expired %1").arg(format(-seconds, at->toLocalTime().date().daysTo(now.toLocalTime().date())));
        if (seconds < 3600)
            return tr("in %n minute(s)", nullptr, int(std::max<qint64>(1, seconds / 60)));
        if (seconds < 2 * 86400)
            return tr("in %n hour(s)", nullptr, int(seconds / 3600));
        const qint64 days = now.toLocalTime().date().daysTo(at->toLocalTime().date());
        if (days < 62)
            return tr("in %n day(s)", nullptr, int(days));
        if (days < 730)
            return tr("in %n month(s)", nullptr, int(days / 30));
        return tr("in %n year(s)", nullptr, int(days / 365));
    }
};

} // namespace

QString relativeTime(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return {};
    return RelativeTimeText::format(then.secsTo(now), then.toLocalTime().date().daysTo(now.toLocalTime().date()));
}

QString relativeTime(const QDateTime& then)
{
    return relativeTime(then, Clock::current().now());
}

QString expiryTime(const std::optional<QDateTime>& at, const QDateTime& now)
{
    return RelativeTimeText::expiry(at, now);
}

QString exactTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace podwarden
