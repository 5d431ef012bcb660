#pragma once

#include "ContainerConfig.h"
#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace podwarden {

enum class EndpointType { Queue, LoadBalancer };
enum class FlashBootMode { Off, FlashBoot, PriorityFlashBoot };
enum class ScalingType { QueueDelay, RequestCount };

QString toWireString(EndpointType type);
QString toWireString(FlashBootMode mode);
QString toWireString(ScalingType type);

struct EndpointGpu
{
    QStringList pools; // empty in a PATCH body: not sent, the selection stays
    std::optional<QStringList> excludedTypes;
    std::optional<qint64> count;
    std::optional<QStringList> allowedCudaVersions;
    bool hasMinCudaVersion = false; // present, possibly null
    std::optional<QString> minCudaVersion;
    bool operator==(const EndpointGpu& o) const
    {
        return pools == o.pools && excludedTypes == o.excludedTypes && count == o.count &&
               allowedCudaVersions == o.allowedCudaVersions && hasMinCudaVersion == o.hasMinCudaVersion &&
               minCudaVersion == o.minCudaVersion;
    }
};

struct EndpointCpu
{
    QString id;
    qint64 vcpuCount = 2;
    std::optional<qint64> memoryGb;
    bool operator==(const EndpointCpu& o) const
    {
        return id == o.id && vcpuCount == o.vcpuCount && memoryGb == o.memoryGb;
    }
};

struct EndpointWorkers
{
    std::optional<qint64> min;
    std::optional<qint64> max;
    std::optional<qint64> idleTimeout; // seconds; absent for queue endpoints scaling on requestCount
    bool operator==(const EndpointWorkers& o) const
    {
        return min == o.min && max == o.max && idleTimeout == o.idleTimeout;
    }
};

struct EndpointScaling
{
    ScalingType type = ScalingType::QueueDelay;
    double value = 4; // queueDelay seconds, or requestCount
    bool operator==(const EndpointScaling& o) const { return type == o.type && value == o.value; }
};

// A serverless endpoint as the service returns it (`Endpoint` of the OpenAPI document).
// An endpoint's request URLs by name (EndpointRequestUrls), held as their common beginning and
// what follows it: the endpoint's own address once, and the ends ("/run", "/status/{job_id}"),
// alike for every queue endpoint, shared by all of them (10,000 endpoints' URLs take about 1 MB,
// not 13).
class RequestUrls final
{
public:
    static RequestUrls fromMap(const QMap<QString, QString>& urls);
    QMap<QString, QString> toMap() const;
    bool isEmpty() const { return m_ends.isEmpty(); }
    qsizetype size() const { return m_ends.size(); }
    bool contains(const QString& name) const { return m_ends.contains(name); }
    QString value(const QString& name) const;
    QStringList names() const { return m_ends.keys(); }
    bool operator==(const RequestUrls& o) const { return m_prefix == o.m_prefix && m_ends == o.m_ends; }

private:
    QString m_prefix;
    QMap<QString, QString> m_ends; // by name: the rest of each URL after m_prefix
};

struct Endpoint
{
    QString id;
    QString name;
    std::optional<EndpointType> type;
    // "run", "runSync", "status", ... for queue endpoints; "base" and "health" for load balancers.
    std::optional<RequestUrls> requestUrls;
    ContainerConfig container;
    bool hasGpu = false; // "gpu" present, possibly null
    std::optional<EndpointGpu> gpu;
    std::optional<QList<EndpointCpu>> cpu;
    EndpointWorkers workers;
    EndpointScaling scaling;
    QStringList dataCenterIds;
    QStringList networkVolumes;
    qint64 timeoutMs = 300000;
    FlashBootMode flashboot = FlashBootMode::Off;
    QDateTime createdAt;
    // The template the endpoint was created from. The cloud applies a template once and keeps no
    // link (UpdateEndpointRequest), so only services that remember it send it; absent: unknown.
    std::optional<QString> templateId;

    static Decoded<Endpoint> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Endpoint& o) const;
};

// The body of POST /v2/serverless and PATCH /v2/serverless/{id}: only present fields are sent.
struct EndpointInput
{
    std::optional<QString> name;
    std::optional<EndpointType> type;
    std::optional<QString> templateId;
    ContainerConfig container;
    std::optional<EndpointGpu> gpu;
    std::optional<QList<EndpointCpu>> cpu;
    std::optional<EndpointWorkers> workers;
    std::optional<EndpointScaling> scaling;
    std::optional<QStringList> dataCenterIds;
    std::optional<QStringList> networkVolumes;
    std::optional<qint64> timeoutMs;
    std::optional<FlashBootMode> flashboot;

    static Decoded<EndpointInput> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
};

Decoded<QList<Endpoint>> decodeEndpointList(const QJsonObject& json); // {"endpoints":[...]}
QJsonObject encodeEndpointList(const QList<Endpoint>& endpoints);

} // namespace podwarden
