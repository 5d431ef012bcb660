#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace podwarden {

// `WorkerStatus` of the September 2026 document.
enum class WorkerStatus { Running, Idle, Initializing, Throttled, Unhealthy };

QString toWireString(WorkerStatus status);

// One active worker of a serverless endpoint (`Worker`): GET /v2/serverless/{id}/workers.
struct Worker
{
    QString id;
    WorkerStatus status = WorkerStatus::Idle;
    // Running an older endpoint configuration than the current one (mid rolling update).
    bool isStale = false;
    std::optional<qint64> version; // the endpoint configuration version it runs
    qint64 gpuCount = 0;
    std::optional<QString> image;
    std::optional<qint64> uptimeSeconds;
    std::optional<QString> gpuTypeId;
    std::optional<QString> dataCenterId;
    std::optional<QDateTime> startedAt; // null until started

    static Decoded<Worker> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const; // every field, null where unknown
    bool operator==(const Worker& o) const;
    bool operator!=(const Worker& o) const { return !(*this == o); }
};

// `ListEndpointWorkersResponse`: the workers, their counts by status, and the endpoint's current
// configuration version (null when unknown).
struct WorkerList
{
    QList<Worker> workers;
    int running = 0;
    int idle = 0;
    int initializing = 0;
    int throttled = 0;
    int unhealthy = 0;
    int total = 0;
    std::optional<qint64> endpointVersion;

    static Decoded<WorkerList> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // The summary counted from `workers` (the contract: the summary is a roll-up of the array).
    static WorkerList summarise(QList<Worker> workers, std::optional<qint64> endpointVersion);
    bool operator==(const WorkerList& o) const;
};

} // namespace podwarden
