#include "Timestamp.h"

#include "JsonReader.h"

#include <QDateTime>

namespace podwarden::sandbox {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants QDateTime writes as ISO 8601.
constexpr qint64 kFirstMs = -62'135'596'800'000;
constexpr qint64 kLastMs = 253'402'300'799'999;

struct CivilDate
{
    int year;
    int month; // 1-12
    int day;   // 1-31
};

// The proleptic Gregorian date `days` after 1970-01-01 (negative: before it), as QDate counts them
// (H. Hinnant's days_from_civil inverse: 400-year eras of 146,097 days).
CivilDate civilFromDays(qint64 days)
{
    days += 719'468; // from 0000-03-01
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;                                                         // [0, 146096]
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365; // [0, 399]
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);              // [0, 365]
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;                                              // [0, 11]
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

char* put2(char* p, int value)
{
    p[0] = char('0' + value / 10);
    p[1] = char('0' + value % 10);
    return p + 2;
}

} // namespace

void appendTimestamp(QByteArray& out, qint64 msSinceEpoch)
{
    if (msSinceEpoch < kFirstMs || msSinceEpoch > kLastMs) {
        out += formatTimestamp(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)).toUtf8();
        return;
    }
    qint64 days = msSinceEpoch / kMsPerDay;
    qint64 msOfDay = msSinceEpoch % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const int ms = int(msOfDay % 1000);
    const int seconds = int(msOfDay / 1000);
    char text[24]; // yyyy-MM-ddTHH:mm:ss.zzzZ
    char* p = text;
    p = put2(p, date.year / 100);
    p = put2(p, date.year % 100);
    *p++ = '-';
    p = put2(p, date.month);
    *p++ = '-';
    p = put2(p, date.day);
    *p++ = 'T';
    p = put2(p, seconds / 3600);
    *p++ = ':';
    p = put2(p, seconds / 60 % 60);
    *p++ = ':';
    p = put2(p, seconds % 60);
    if (ms != 0) {
        *p++ = '.';
        *p++ = char('0' + ms / 100);
        p = put2(p, ms % 100);
    }
    *p++ = 'Z';
    out.append(text, p - text);
}

} // namespace podwarden::sandbox
