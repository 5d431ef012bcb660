#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace podwarden {

// The service's rate-limit headroom from the `RateLimit` and `RateLimit-Policy` headers
// (SERVICE.md 3), e.g. `RateLimit: "minute";r=57;t=12` and `RateLimit-Policy: "minute";q=60;w=60`.
struct RateLimitInfo
{
    QString policy;                   // "minute"
    std::optional<int> remaining;     // r: requests left in the window
    std::optional<int> resetSeconds;  // t: seconds until the window resets
    std::optional<int> quota;         // q: requests per window
    std::optional<int> windowSeconds; // w: the window's length
    QDateTime receivedAt;

    bool isValid() const { return remaining.has_value(); }
    // Parses the two headers; several comma-separated items keep the one with the least headroom.
    // Unparseable headers give an invalid RateLimitInfo, never an error.
    static RateLimitInfo parse(const QByteArray& rateLimit, const QByteArray& rateLimitPolicy);
    bool operator==(const RateLimitInfo& o) const
    {
        return policy == o.policy && remaining == o.remaining && resetSeconds == o.resetSeconds && quota == o.quota &&
               windowSeconds == o.windowSeconds;
    }
};

// `Retry-After`: delay-seconds or an HTTP-date. nullopt when absent or unreadable.
std::optional<qint64> parseRetryAfterSeconds(const QByteArray& value, const QDateTime& now);

} // namespace podwarden
