#pragma once

#include "ServiceError.h"

#include <QtGlobal>

namespace podwarden {

// How patient a ServiceClient is, and whether a failed attempt is sent again: the one place of
// that decision. The defaults suit the cloud; tests shorten them.
//
// Retried: idempotent calls only, on 429 and 5xx (ServiceError::isRetryable), with exponential
// backoff and jitter, or after the service's Retry-After when it is short enough to wait for in a
// dialog; never past the call's deadline, never on 401, 403 or another 4xx.
struct RetryPolicy
{
    int requestMs = 30000;   // one attempt: connect, send, answer
    int deadlineMs = 120000; // the whole call, retries and waits included
    int maxAttempts = 4;     // for idempotent calls; others are sent once
    int backoffBaseMs = 500; // 500, 1000, 2000, ... with up to 25 % jitter
    int backoffMaxMs = 8000;
    int retryAfterCapSeconds = 30; // a longer Retry-After is reported, not waited for

    struct Decision
    {
        bool retry = false;
        int delayMs = 0; // when retry: how long to wait before the next attempt
    };

    // After attempt number `attempts` failed with `error`, `elapsedMs` into the call.
    Decision afterFailure(const ServiceError& error, bool idempotent, int attempts, qint64 elapsedMs) const;

    // The wait before attempt `attempts + 1` when the service named none: exponential, capped, with
    // up to 25 % jitter so that many clients do not come back at the same moment.
    int backoffDelayMs(int attempts) const;
};

} // namespace podwarden
