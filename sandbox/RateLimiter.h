#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace podwarden::sandbox {

// Fixed windows per key, as the cloud publishes them: a minute, an hour and a day, each with its
// own quota. The headers follow the IETF RateLimit draft in the contract's syntax:
//   RateLimit: "minute";r=57;t=12, "hour";r=2800;t=1812, "day";r=49500;t=45012
//   RateLimit-Policy: "minute";q=60;w=60, "hour";q=3000;w=3600, "day";q=50000;w=86400
// A request is counted in every window, and refused when any window is exhausted.
class RateLimiter final
{
public:
    struct Window
    {
        QByteArray name; // "minute", "hour", "day"
        int quota = 0;
        int seconds = 0;
    };

    struct Decision
    {
        bool allowed = true;
        QByteArray exceeded; // the window that refused the request (the longest wait among them)
        int retryAfterSeconds = 0;
        QByteArray rateLimitHeader;
        QByteArray policyHeader;
    };

    // The minute window may be shortened for tests of clients that wait (--rate-window); it is
    // then named "window".
    static QList<Window> windows(int perMinute, int minuteSeconds, int perHour, int perDay);

    explicit RateLimiter(QList<Window> windows);

    // Counts one request of `keyId` at `nowMs` and says whether it may proceed.
    Decision take(const QString& keyId, qint64 nowMs);

private:
    struct Count
    {
        qint64 startMs = 0;
        int used = 0;
    };
    QList<Window> m_windows;
    QByteArray m_policyHeader;
    QHash<QString, QList<Count>> m_counts; // per key, one per window
};

} // namespace podwarden::sandbox
