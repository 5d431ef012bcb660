#pragma once

#include <QHash>
#include <QString>

namespace podwarden::sandbox {

// Slows down key guessing: a client (peer address) that fails authentication `limit`
// times within `windowSeconds` is refused (429 with Retry-After) for the next `windowSeconds`,
// whatever key it sends then, so that the refusal says nothing about the keys it tries.
// A limit of 0 turns the throttle off.
class AuthThrottle final
{
public:
    AuthThrottle(int limit, int windowSeconds);

    // Seconds the client must still wait, or 0 when it may be heard.
    int retryAfter(const QString& peer, qint64 nowMs) const;
    // Counts one failed authentication of the client.
    void fail(const QString& peer, qint64 nowMs);

private:
    struct Client
    {
        qint64 windowStartMs = 0;
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    void forgetIdle(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Client> m_clients;
};

} // namespace podwarden::sandbox
