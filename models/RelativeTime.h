#pragma once

#include <QDateTime>
#include <QString>

namespace podwarden {

// "just now", "5 minutes ago", "yesterday", "3 days ago", "4 months ago": how the tables show a
// time, translated; the exact time goes in the tooltip (exactTime).
QString relativeTime(const QDateTime& then, const QDateTime& now);
QString exactTime(const QDateTime& time); // the user's locale, local time, long format

} // namespace podwarden
