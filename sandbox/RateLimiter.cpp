#include "RateLimiter.h"

namespace podwarden::sandbox {

RateLimiter::Decision RateLimiter::take(const QString& keyId, qint64 nowMs)
{
    Window& w = m_windows[keyId];
    if (nowMs - w.startMs >= m_windowMs)
        w = Window{nowMs, 0};
    Decision d;
    d.allowed = w.used < m_quota;
    if (d.allowed)
        ++w.used;
    d.remaining = m_quota - w.used;
    // Round up: a client that waits `t` seconds is always in the next window.
    d.resetSeconds = static_cast<int>((w.startMs + m_windowMs - nowMs + 999) / 1000);
    d.rateLimitHeader = m_label + ";r=" + QByteArray::number(d.remaining) + ";t=" + QByteArray::number(d.resetSeconds);
    d.policyHeader = m_label + ";q=" + QByteArray::number(m_quota) + ";w=" + QByteArray::number(m_windowMs / 1000);
    return d;
}

} // namespace podwarden::sandbox
