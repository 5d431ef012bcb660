#include "RateLimiter.h"

namespace podwarden::sandbox {

QList<RateLimiter::Window> RateLimiter::windows(int perMinute, int minuteSeconds, int perHour, int perDay)
{
    return {
        {minuteSeconds == 60 ? QByteArrayLiteral("minute") : QByteArrayLiteral("window"), perMinute, minuteSeconds},
        {QByteArrayLiteral("hour"), perHour, 3600},
        {QByteArrayLiteral("day"), perDay, 86400},
    };
}

RateLimiter::RateLimiter(QList<Window> windows)
    : m_windows(std::move(windows))
{
    QList<QByteArray> members;
    for (const Window& w : std::as_const(m_windows))
        members.append('"' + w.name + "\";q=" + QByteArray::number(w.quota) + ";w=" + QByteArray::number(w.seconds));
    m_policyHeader = members.join(", ");
}

RateLimiter::Decision RateLimiter::take(const QString& keyId, qint64 nowMs)
{
    QList<Count>& counts = m_counts[keyId];
    counts.resize(m_windows.size());
    Decision d;
    QList<int> resetSeconds;
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        const qint64 lengthMs = qint64(m_windows.at(i).seconds) * 1000;
        Count& c = counts[i];
        if (nowMs - c.startMs >= lengthMs)
            c = Count{nowMs, 0};
        // Round up: a client that waits `t` seconds is always in the next window.
        resetSeconds.append(static_cast<int>((c.startMs + lengthMs - nowMs + 999) / 1000));
        if (c.used >= m_windows.at(i).quota) {
            d.allowed = false;
            if (resetSeconds.last() >= d.retryAfterSeconds) {
                d.retryAfterSeconds = resetSeconds.last();
                d.exceeded = m_windows.at(i).name;
            }
        }
    }
    QList<QByteArray> members;
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        if (d.allowed)
            ++counts[i].used;
        members.append('"' + m_windows.at(i).name +
                       "\";r=" + QByteArray::number(m_windows.at(i).quota - counts.at(i).used) +
                       ";t=" + QByteArray::number(resetSeconds.at(i)));
    }
    d.rateLimitHeader = members.join(", ");
    d.policyHeader = m_policyHeader;
    return d;
}

} // namespace podwarden::sandbox
