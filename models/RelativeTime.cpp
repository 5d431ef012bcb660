#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace podwarden {

namespace {

struct RelativeTimeText
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString format(qint64 seconds, qint64 calendarDays)
    {
        if (seconds < 0)
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
};

} // namespace

QString relativeTime(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return {};
    return RelativeTimeText::format(then.secsTo(now), then.toLocalTime().date().daysTo(now.toLocalTime().date()));
}

QString exactTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace podwarden
