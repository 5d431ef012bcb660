#pragma once

#include "service/ServiceReply.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace podwarden::test {

// What a finished ServiceReply said, copied out before the reply deletes itself.
template <typename T> struct Outcome
{
    bool finished = false;
    int finishedCount = 0;
    bool ok = false;
    std::optional<T> value;
    ServiceError error;
    int status = 0;
    int attempts = 0;
    int pagesAskedAhead = 0;
    RateLimitInfo rateLimit;
    QList<int> retryDelays;
};

// Waits (running the event loop) until `reply` finishes or `timeoutMs` passes.
template <typename T> Outcome<T> await(TypedReply<T>* reply, int timeoutMs = 30000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QEventLoop loop;
    QObject::connect(reply, &ServiceReply::retrying, &loop,
                     [outcome](int, int delayMs) { outcome->retryDelays.append(delayMs); });
    QObject::connect(reply, &ServiceReply::finished, &loop, [outcome, reply, &loop] {
        outcome->finished = true;
        ++outcome->finishedCount;
        outcome->ok = reply->ok();
        if (reply->ok())
            outcome->value.emplace(reply->takeValue());
        else
            outcome->error = reply->error();
        outcome->status = reply->httpStatus();
        outcome->attempts = reply->attempts();
        outcome->pagesAskedAhead = reply->pagesAskedAhead();
        outcome->rateLimit = reply->rateLimit();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return std::move(*outcome);
}

} // namespace podwarden::test
