#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace podwarden {

RetryPolicy::Decision RetryPolicy::afterFailure(const ServiceError& error, bool idempotent, int attempts,
                                                qint64 elapsedMs) const
{
    if (!error.isRetryable() || !idempotent || attempts >= maxAttempts)
        return {};
    int delay = backoffDelayMs(attempts);
    if (error.retryAfterSeconds) {
        if (*error.retryAfterSeconds > retryAfterCapSeconds)
            return {}; // too long to wait in a dialog; the message says when to try again
        delay = static_cast<int>(*error.retryAfterSeconds * 1000);
    }
    if (elapsedMs + delay >= deadlineMs)
        return {};
    return {true, delay};
}

int RetryPolicy::backoffDelayMs(int attempts) const
{
    const qint64 exponential = qint64(backoffBaseMs) << std::clamp(attempts - 1, 0, 16);
    const int base = static_cast<int>(std::min<qint64>(exponential, backoffMaxMs));
    return base + static_cast<int>(QRandomGenerator::global()->bounded(base / 4 + 1));
}

} // namespace podwarden
