#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace podwarden::sandbox {

// A fixed window per key (one minute by default). The headers follow the IETF RateLimit draft as the cloud
// sends them: RateLimit: "minute";r=57;t=12 and RateLimit-Policy: "minute";q=60;w=60.
class RateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int remaining = 0;
        int resetSeconds = 0; // until the window ends
        QByteArray rateLimitHeader;
        QByteArray policyHeader;
    };

    // `quota` requests per window of `windowSeconds` (60 unless a test wants faster windows).
    explicit RateLimiter(int quota, int windowSeconds = 60)
        : m_quota(quota)
        , m_windowMs(qint64(windowSeconds) * 1000)
        , m_label(windowSeconds == 60 ? QByteArrayLiteral("\"minute\"") : QByteArrayLiteral("\"window\""))
    {}
    int quota() const { return m_quota; }

    // Counts one request of `keyId` at `nowMs` and says whether it may proceed.
    Decision take(const QString& keyId, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    int m_quota;
    qint64 m_windowMs;
    QByteArray m_label;
    QHash<QString, Window> m_windows;
};

} // namespace podwarden::sandbox
