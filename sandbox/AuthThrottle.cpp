#include "AuthThrottle.h"

#include <algorithm>

namespace podwarden::sandbox {

namespace {
// Clients kept at most before idle ones are forgotten (loopback has few; this bounds a flood).
constexpr int kMaxClients = 4096;
} // namespace

AuthThrottle::AuthThrottle(int limit, int windowSeconds)
    : m_limit(std::max(0, limit))
    , m_windowMs(qint64(std::max(1, windowSeconds)) * 1000)
{}

int AuthThrottle::retryAfter(const QString& peer, qint64 nowMs) const
{
    if (m_limit == 0 || peer.isEmpty())
        return 0;
    const auto it = m_clients.constFind(peer);
    if (it == m_clients.constEnd() || it->lockedUntilMs <= nowMs)
        return 0;
    return static_cast<int>((it->lockedUntilMs - nowMs + 999) / 1000);
}

void AuthThrottle::fail(const QString& peer, qint64 nowMs)
{
    if (m_limit == 0 || peer.isEmpty())
        return;
    if (m_clients.size() >= kMaxClients && !m_clients.contains(peer))
        forgetIdle(nowMs);
    Client& c = m_clients[peer];
    if (nowMs - c.windowStartMs >= m_windowMs) {
        c.windowStartMs = nowMs;
        c.failures = 0;
    }
    if (++c.failures >= m_limit) {
        c.lockedUntilMs = nowMs + m_windowMs;
        c.windowStartMs = c.lockedUntilMs; // counting starts afresh when the refusal ends
        c.failures = 0;
    }
}

void AuthThrottle::forgetIdle(qint64 nowMs)
{
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (it->lockedUntilMs <= nowMs && nowMs - it->windowStartMs >= m_windowMs)
            it = m_clients.erase(it);
        else
            ++it;
    }
    if (m_clients.size() >= kMaxClients)
        m_clients.clear(); // a flood of addresses: forgetting beats growing
}

} // namespace podwarden::sandbox
