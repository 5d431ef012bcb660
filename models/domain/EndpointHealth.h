#pragma once

#include "DecodeError.h"

#include <QJsonObject>

namespace podwarden {

// GET /v2/{endpointId}/health on the invocation base (SERVICE.md 6).
struct EndpointHealth
{
    int jobsCompleted = 0;
    int jobsFailed = 0;
    int jobsInProgress = 0;
    int jobsInQueue = 0;
    int jobsRetried = 0;
    // The five worker states the cloud's own SDKs read; an older answer may give only idle and
    // running (the others then read 0).
    int workersIdle = 0;
    int workersInitializing = 0;
    int workersReady = 0;
    int workersRunning = 0;
    int workersThrottled = 0;

    static Decoded<EndpointHealth> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const EndpointHealth& o) const
    {
        return jobsCompleted == o.jobsCompleted && jobsFailed == o.jobsFailed && jobsInProgress == o.jobsInProgress &&
               jobsInQueue == o.jobsInQueue && jobsRetried == o.jobsRetried && workersIdle == o.workersIdle &&
               workersInitializing == o.workersInitializing && workersReady == o.workersReady &&
               workersRunning == o.workersRunning && workersThrottled == o.workersThrottled;
    }
};

} // namespace podwarden
