#include "EndpointHealth.h"

#include "JsonReader.h"

namespace podwarden {

Decoded<EndpointHealth> EndpointHealth::fromJson(const QJsonObject& json)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    JsonReader jobs(r.objectField(QStringLiteral("jobs")), QStringLiteral("jobs"), &error);
    JsonReader workers(r.objectField(QStringLiteral("workers")), QStringLiteral("workers"), &error);
    if (r.failed())
        return error;
    EndpointHealth h;
    h.jobsCompleted = static_cast<int>(jobs.integer(QStringLiteral("completed")));
    h.jobsFailed = static_cast<int>(jobs.integer(QStringLiteral("failed")));
    h.jobsInProgress = static_cast<int>(jobs.integer(QStringLiteral("inProgress")));
    h.jobsInQueue = static_cast<int>(jobs.integer(QStringLiteral("inQueue")));
    h.jobsRetried = static_cast<int>(jobs.integer(QStringLiteral("retried")));
    if (jobs.failed())
        return error;
    h.workersIdle = static_cast<int>(workers.integer(QStringLiteral("idle")));
    h.workersRunning = static_cast<int>(workers.integer(QStringLiteral("running")));
    h.workersInitializing = static_cast<int>(workers.optInteger(QStringLiteral("initializing")).value_or(0));
    h.workersReady = static_cast<int>(workers.optInteger(QStringLiteral("ready")).value_or(0));
    h.workersThrottled = static_cast<int>(workers.optInteger(QStringLiteral("throttled")).value_or(0));
    if (workers.failed())
        return error;
    return h;
}

QJsonObject EndpointHealth::toJson() const
{
    return QJsonObject{{QStringLiteral("jobs"), QJsonObject{{QStringLiteral("completed"), jobsCompleted},
                                                            {QStringLiteral("failed"), jobsFailed},
                                                            {QStringLiteral("inProgress"), jobsInProgress},
                                                            {QStringLiteral("inQueue"), jobsInQueue},
                                                            {QStringLiteral("retried"), jobsRetried}}},
                       {QStringLiteral("workers"), QJsonObject{{QStringLiteral("idle"), workersIdle},
                                                               {QStringLiteral("initializing"), workersInitializing},
                                                               {QStringLiteral("ready"), workersReady},
                                                               {QStringLiteral("running"), workersRunning},
                                                               {QStringLiteral("throttled"), workersThrottled}}}};
}

} // namespace podwarden
