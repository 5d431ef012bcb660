#include "Endpoint.h"

#include <QMutex>

#include "JsonReader.h"

namespace podwarden {

QString toWireString(EndpointType type)
{
    return type == EndpointType::Queue ? QStringLiteral("QUEUE") : QStringLiteral("LOAD_BALANCER");
}

QString toWireString(FlashBootMode mode)
{
    switch (mode) {
    case FlashBootMode::Off:
        return QStringLiteral("OFF");
    case FlashBootMode::FlashBoot:
        return QStringLiteral("FLASHBOOT");
    case FlashBootMode::PriorityFlashBoot:
        return QStringLiteral("PRIORITY_FLASHBOOT");
    }
    return {};
}

QString toWireString(ScalingType type)
{
    return type == ScalingType::QueueDelay ? QStringLiteral("QUEUE_DELAY") : QStringLiteral("REQUEST_COUNT");
}

namespace {

std::optional<EndpointType> readType(JsonReader& r, bool required)
{
    return readEnum(r, QStringLiteral("type"), required, {EndpointType::Queue, EndpointType::LoadBalancer},
                    QStringLiteral("QUEUE or LOAD_BALANCER"));
}

std::optional<FlashBootMode> readFlashBoot(JsonReader& r, bool required)
{
    return readEnum(r, QStringLiteral("flashboot"), required,
                    {FlashBootMode::Off, FlashBootMode::FlashBoot, FlashBootMode::PriorityFlashBoot},
                    QStringLiteral("OFF, FLASHBOOT or PRIORITY_FLASHBOOT"));
}

Decoded<EndpointGpu> decodeGpu(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    EndpointGpu gpu;
    gpu.pools = r.optStringList(QStringLiteral("pools")).value_or(QStringList());
    gpu.excludedTypes = r.optStringList(QStringLiteral("excludedTypes"));
    gpu.count = r.optInteger(QStringLiteral("count"));
    gpu.allowedCudaVersions = r.optStringList(QStringLiteral("allowedCudaVersions"));
    gpu.hasMinCudaVersion = r.has(QStringLiteral("minCudaVersion"));
    gpu.minCudaVersion = r.optString(QStringLiteral("minCudaVersion"));
    if (r.failed())
        return error;
    return gpu;
}

QJsonObject gpuToJson(const EndpointGpu& gpu)
{
    // No pools in a PATCH leaves the endpoint's selection as it is (an endpoint always has some).
    QJsonObject out;
    if (!gpu.pools.isEmpty())
        out.insert(QStringLiteral("pools"), toJsonArray(gpu.pools));
    if (gpu.excludedTypes)
        out.insert(QStringLiteral("excludedTypes"), toJsonArray(*gpu.excludedTypes));
    if (gpu.count)
        out.insert(QStringLiteral("count"), *gpu.count);
    if (gpu.allowedCudaVersions)
        out.insert(QStringLiteral("allowedCudaVersions"), toJsonArray(*gpu.allowedCudaVersions));
    if (gpu.hasMinCudaVersion || gpu.minCudaVersion) {
        out.insert(QStringLiteral("minCudaVersion"),
                   gpu.minCudaVersion ? QJsonValue(*gpu.minCudaVersion) : QJsonValue(QJsonValue::Null));
    }
    return out;
}

Decoded<EndpointCpu> decodeCpu(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    EndpointCpu cpu;
    cpu.id = r.string(QStringLiteral("id"));
    cpu.vcpuCount = r.integer(QStringLiteral("vcpuCount"));
    cpu.memoryGb = r.optInteger(QStringLiteral("memory"));
    if (r.failed())
        return error;
    return cpu;
}

QJsonArray cpuToJson(const QList<EndpointCpu>& cpus)
{
    QJsonArray out;
    for (const EndpointCpu& cpu : cpus) {
        QJsonObject o{{QStringLiteral("id"), cpu.id}, {QStringLiteral("vcpuCount"), cpu.vcpuCount}};
        if (cpu.memoryGb)
            o.insert(QStringLiteral("memory"), *cpu.memoryGb);
        out.append(o);
    }
    return out;
}

EndpointWorkers readWorkers(JsonReader& parent, const QJsonObject& json, DecodeError* error)
{
    if (parent.failed())
        return {};
    JsonReader r(json, parent.pathOf(QStringLiteral("workers")), error);
    EndpointWorkers w;
    w.min = r.optInteger(QStringLiteral("min"));
    w.max = r.optInteger(QStringLiteral("max"));
    w.idleTimeout = r.optInteger(QStringLiteral("idleTimeout"));
    if (r.failed())
        parent.fail(error->kind, error->field, error->expected);
    return w;
}

QJsonObject workersToJson(const EndpointWorkers& w)
{
    QJsonObject out;
    if (w.min)
        out.insert(QStringLiteral("min"), *w.min);
    if (w.max)
        out.insert(QStringLiteral("max"), *w.max);
    if (w.idleTimeout)
        out.insert(QStringLiteral("idleTimeout"), *w.idleTimeout);
    return out;
}

EndpointScaling readScaling(JsonReader& parent, const QJsonObject& json, DecodeError* error)
{
    if (parent.failed())
        return {};
    JsonReader r(json, parent.pathOf(QStringLiteral("scaling")), error);
    EndpointScaling s;
    s.type = readEnum(r, QStringLiteral("type"), true, {ScalingType::QueueDelay, ScalingType::RequestCount},
                      QStringLiteral("QUEUE_DELAY or REQUEST_COUNT"))
                 .value_or(ScalingType::QueueDelay);
    if (!r.failed()) {
        if (s.type == ScalingType::QueueDelay)
            s.value = r.number(QStringLiteral("queueDelay"));
        else
            s.value = static_cast<double>(r.integer(QStringLiteral("requestCount")));
    }
    if (r.failed())
        parent.fail(error->kind, error->field, error->expected);
    return s;
}

QJsonObject scalingToJson(const EndpointScaling& s)
{
    if (s.type == ScalingType::QueueDelay)
        return {{QStringLiteral("type"), toWireString(s.type)}, {QStringLiteral("queueDelay"), s.value}};
    return {{QStringLiteral("type"), toWireString(s.type)},
            {QStringLiteral("requestCount"), static_cast<qint64>(s.value)}};
}

// gpu: object (decoded), null or absent. Returns false when decoding failed.
bool readGpu(JsonReader& r, DecodeError* error, bool* has, std::optional<EndpointGpu>* gpu)
{
    *has = r.has(QStringLiteral("gpu"));
    if (const auto obj = r.optObject(QStringLiteral("gpu"))) {
        auto decoded = decodeGpu(*obj, r.pathOf(QStringLiteral("gpu")));
        if (!decoded) {
            *error = decoded.error();
            return false;
        }
        *gpu = decoded.value();
    }
    return !r.failed();
}

std::optional<QList<EndpointCpu>> readCpu(JsonReader& r)
{
    if (!r.has(QStringLiteral("cpu")))
        return std::nullopt;
    return r.list<EndpointCpu>(QStringLiteral("cpu"), decodeCpu);
}

} // namespace

RequestUrls RequestUrls::fromMap(const QMap<QString, QString>& urls)
{
    RequestUrls out;
    if (urls.isEmpty())
        return out;
    qsizetype common = urls.first().size();
    for (const QString& url : urls) {
        common = std::min(common, url.size());
        for (qsizetype i = 0; i < common; ++i) {
            if (url.at(i) != urls.first().at(i)) {
                common = i;
                break;
            }
        }
    }
    out.m_prefix = urls.first().left(common);
    for (auto it = urls.constBegin(); it != urls.constEnd(); ++it)
        out.m_ends.insert(it.key(), it.value().mid(common));
    // The same ends as an endpoint decoded before (on any thread): share its map.
    static QMutex mutex;
    static QList<QMap<QString, QString>> known;
    const QMutexLocker lock(&mutex);
    for (const QMap<QString, QString>& ends : std::as_const(known)) {
        if (ends == out.m_ends) {
            out.m_ends = ends;
            return out;
        }
    }
    if (known.size() < 32)
        known.append(out.m_ends);
    return out;
}

QMap<QString, QString> RequestUrls::toMap() const
{
    QMap<QString, QString> urls;
    for (auto it = m_ends.constBegin(); it != m_ends.constEnd(); ++it)
        urls.insert(it.key(), m_prefix + it.value());
    return urls;
}

QString RequestUrls::value(const QString& name) const
{
    const auto found = m_ends.constFind(name);
    return found == m_ends.cend() ? QString() : m_prefix + found.value();
}

Decoded<Endpoint> Endpoint::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Endpoint e;
    e.id = r.string(QStringLiteral("id"));
    e.name = r.string(QStringLiteral("name"));
    e.type = readType(r, false);
    if (const auto urls = r.optObject(QStringLiteral("requestUrls"))) {
        QMap<QString, QString> map;
        for (auto it = urls->constBegin(); it != urls->constEnd(); ++it) {
            if (!it.value().isString()) {
                r.fail(DecodeError::Kind::WrongType, r.pathOf(QStringLiteral("requestUrls.")) + it.key(),
                       QStringLiteral("a string"));
                break;
            }
            map.insert(it.key(), it.value().toString());
        }
        e.requestUrls = RequestUrls::fromMap(map);
    }
    e.container.read(r);
    if (!r.failed() && !readGpu(r, &error, &e.hasGpu, &e.gpu))
        return error;
    e.cpu = readCpu(r);
    e.workers = readWorkers(r, r.objectField(QStringLiteral("workers")), &error);
    e.scaling = readScaling(r, r.objectField(QStringLiteral("scaling")), &error);
    e.dataCenterIds = r.stringList(QStringLiteral("dataCenterIds"));
    e.networkVolumes = r.stringList(QStringLiteral("networkVolumes"));
    e.timeoutMs = r.integer(QStringLiteral("timeout"));
    e.flashboot = readFlashBoot(r, true).value_or(FlashBootMode::Off);
    e.createdAt = r.timestamp(QStringLiteral("createdAt"));
    e.templateId = r.optString(QStringLiteral("templateId"));
    if (r.failed())
        return error;
    return e;
}

QJsonObject Endpoint::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    if (type)
        out.insert(QStringLiteral("type"), toWireString(*type));
    if (requestUrls) {
        QJsonObject urls;
        const QMap<QString, QString> map = requestUrls->toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            urls.insert(it.key(), it.value());
        out.insert(QStringLiteral("requestUrls"), urls);
    }
    container.write(out);
    if (hasGpu || gpu)
        out.insert(QStringLiteral("gpu"), gpu ? QJsonValue(gpuToJson(*gpu)) : QJsonValue(QJsonValue::Null));
    if (cpu)
        out.insert(QStringLiteral("cpu"), cpuToJson(*cpu));
    out.insert(QStringLiteral("workers"), workersToJson(workers));
    out.insert(QStringLiteral("scaling"), scalingToJson(scaling));
    out.insert(QStringLiteral("dataCenterIds"), toJsonArray(dataCenterIds));
    out.insert(QStringLiteral("networkVolumes"), toJsonArray(networkVolumes));
    out.insert(QStringLiteral("timeout"), timeoutMs);
    out.insert(QStringLiteral("flashboot"), toWireString(flashboot));
    out.insert(QStringLiteral("createdAt"), formatTimestamp(createdAt));
    if (templateId)
        out.insert(QStringLiteral("templateId"), *templateId);
    return out;
}

bool Endpoint::operator==(const Endpoint& o) const
{
    return id == o.id && name == o.name && type == o.type && requestUrls == o.requestUrls && container == o.container &&
           hasGpu == o.hasGpu && gpu == o.gpu && cpu == o.cpu && workers == o.workers && scaling == o.scaling &&
           dataCenterIds == o.dataCenterIds && networkVolumes == o.networkVolumes && timeoutMs == o.timeoutMs &&
           flashboot == o.flashboot && createdAt == o.createdAt && templateId == o.templateId;
}

Decoded<EndpointInput> EndpointInput::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    EndpointInput in;
    in.name = r.optString(QStringLiteral("name"));
    in.type = readType(r, false);
    in.templateId = r.optString(QStringLiteral("templateId"));
    in.container.read(r);
    bool hasGpu = false;
    if (!r.failed() && !readGpu(r, &error, &hasGpu, &in.gpu))
        return error;
    in.cpu = readCpu(r);
    if (const auto w = r.optObject(QStringLiteral("workers")))
        in.workers = readWorkers(r, *w, &error);
    if (const auto s = r.optObject(QStringLiteral("scaling")))
        in.scaling = readScaling(r, *s, &error);
    in.dataCenterIds = r.optStringList(QStringLiteral("dataCenterIds"));
    in.networkVolumes = r.optStringList(QStringLiteral("networkVolumes"));
    in.timeoutMs = r.optInteger(QStringLiteral("timeout"));
    in.flashboot = readFlashBoot(r, false);
    if (r.failed())
        return error;
    return in;
}

QJsonObject EndpointInput::toJson() const
{
    QJsonObject out;
    if (name)
        out.insert(QStringLiteral("name"), *name);
    if (type)
        out.insert(QStringLiteral("type"), toWireString(*type));
    if (templateId)
        out.insert(QStringLiteral("templateId"), *templateId);
    container.write(out);
    if (gpu)
        out.insert(QStringLiteral("gpu"), gpuToJson(*gpu));
    if (cpu)
        out.insert(QStringLiteral("cpu"), cpuToJson(*cpu));
    if (workers)
        out.insert(QStringLiteral("workers"), workersToJson(*workers));
    if (scaling)
        out.insert(QStringLiteral("scaling"), scalingToJson(*scaling));
    if (dataCenterIds)
        out.insert(QStringLiteral("dataCenterIds"), toJsonArray(*dataCenterIds));
    if (networkVolumes)
        out.insert(QStringLiteral("networkVolumes"), toJsonArray(*networkVolumes));
    if (timeoutMs)
        out.insert(QStringLiteral("timeout"), *timeoutMs);
    if (flashboot)
        out.insert(QStringLiteral("flashboot"), toWireString(*flashboot));
    return out;
}

Decoded<QList<Endpoint>> decodeEndpointList(const QJsonObject& json)
{
    return decodeWrappedList<Endpoint>(json, QStringLiteral("endpoints"));
}

QJsonObject encodeEndpointList(const QList<Endpoint>& endpoints)
{
    return encodeWrappedList(endpoints, QStringLiteral("endpoints"));
}

} // namespace podwarden
