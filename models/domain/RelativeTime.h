#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace podwarden {

// "just now", "5 minutes ago", "yesterday", "3 days ago", "4 months ago": how the tables show a
// time, translated; the exact time goes in the tooltip (exactTime).
// A time up to five minutes ahead of `now` is "just now": the service's clock and the computer's
// are never quite the same.
QString relativeTime(const QDateTime& then, const QDateTime& now);
QString relativeTime(const QDateTime& then); // against Clock::current()
QString exactTime(const QDateTime& time);    // the user's locale, local time, long format
// When a key expires: "Never", "in 5 days", "in 3 hours", "Expired 2 days ago".
QString expiryTime(const std::optional<QDateTime>& at, const QDateTime& now);

} // namespace podwarden
