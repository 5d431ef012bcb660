#include "Worker.h"

#include "JsonReader.h"

namespace podwarden {

QString toWireString(WorkerStatus status)
{
    switch (status) {
    case WorkerStatus::Running:
        return QStringLiteral("RUNNING");
    case WorkerStatus::Idle:
        return QStringLiteral("IDLE");
    case WorkerStatus::Initializing:
        return QStringLiteral("INITIALIZING");
    case WorkerStatus::Throttled:
        return QStringLiteral("THROTTLED");
    case WorkerStatus::Unhealthy:
        return QStringLiteral("UNHEALTHY");
    }
    return {};
}

namespace {

template <typename T> QJsonValue orNull(const std::optional<T>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<QDateTime>& time)
{
    return time ? QJsonValue(formatTimestamp(*time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

Decoded<Worker> Worker::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Worker w;
    w.id = r.string(QStringLiteral("id"));
    w.status = readEnum(r, QStringLiteral("status"), true,
                        {WorkerStatus::Running, WorkerStatus::Idle, WorkerStatus::Initializing, WorkerStatus::Throttled,
                         WorkerStatus::Unhealthy},
                        QStringLiteral("RUNNING, IDLE, INITIALIZING, THROTTLED or UNHEALTHY"))
                   .value_or(WorkerStatus::Idle);
    w.isStale = r.boolean(QStringLiteral("isStale"));
    w.version = r.optInteger(QStringLiteral("version"));
    w.gpuCount = r.integer(QStringLiteral("gpuCount"));
    w.image = r.optString(QStringLiteral("image"));
    w.uptimeSeconds = r.optInteger(QStringLiteral("uptimeSeconds"));
    w.gpuTypeId = r.optString(QStringLiteral("gpuTypeId"));
    w.dataCenterId = r.optString(QStringLiteral("dataCenterId"));
    w.startedAt = r.optTimestamp(QStringLiteral("startedAt"));
    if (!r.failed() && (w.gpuCount < 0 || (w.uptimeSeconds && *w.uptimeSeconds < 0)))
        r.failField(DecodeError::Kind::InvalidValue,
                    w.gpuCount < 0 ? QStringLiteral("gpuCount") : QStringLiteral("uptimeSeconds"),
                    QStringLiteral("a number of at least 0"));
    if (r.failed())
        return error;
    return w;
}

QJsonObject Worker::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), toWireString(status)},
        {QStringLiteral("isStale"), isStale},
        {QStringLiteral("version"), orNull(version)},
        {QStringLiteral("gpuCount"), gpuCount},
        {QStringLiteral("image"), orNull(image)},
        {QStringLiteral("uptimeSeconds"), orNull(uptimeSeconds)},
        {QStringLiteral("gpuTypeId"), orNull(gpuTypeId)},
        {QStringLiteral("dataCenterId"), orNull(dataCenterId)},
        {QStringLiteral("startedAt"), orNull(startedAt)},
    };
}

bool Worker::operator==(const Worker& o) const
{
    return id == o.id && status == o.status && isStale == o.isStale && version == o.version && gpuCount == o.gpuCount &&
           image == o.image && uptimeSeconds == o.uptimeSeconds && gpuTypeId == o.gpuTypeId &&
           dataCenterId == o.dataCenterId && startedAt == o.startedAt;
}

Decoded<WorkerList> WorkerList::fromJson(const QJsonObject& json)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    WorkerList out;
    out.workers = r.list<Worker>(QStringLiteral("workers"),
                                 [](const QJsonObject& o, const QString& p) { return Worker::fromJson(o, p); });
    const QJsonObject summary = r.objectField(QStringLiteral("summary"));
    out.endpointVersion = r.optInteger(QStringLiteral("endpointVersion"));
    if (r.failed())
        return error;
    JsonReader s(summary, QStringLiteral("summary"), &error);
    out.running = static_cast<int>(s.integer(QStringLiteral("running")));
    out.idle = static_cast<int>(s.integer(QStringLiteral("idle")));
    out.initializing = static_cast<int>(s.integer(QStringLiteral("initializing")));
    out.throttled = static_cast<int>(s.integer(QStringLiteral("throttled")));
    out.unhealthy = static_cast<int>(s.integer(QStringLiteral("unhealthy")));
    out.total = static_cast<int>(s.integer(QStringLiteral("total")));
    if (s.failed())
        return error;
    return out;
}

QJsonObject WorkerList::toJson() const
{
    QJsonArray array;
    for (const Worker& w : workers)
        array.append(w.toJson());
    return QJsonObject{
        {QStringLiteral("workers"), array},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("running"), running},
                                                {QStringLiteral("idle"), idle},
                                                {QStringLiteral("initializing"), initializing},
                                                {QStringLiteral("throttled"), throttled},
                                                {QStringLiteral("unhealthy"), unhealthy},
                                                {QStringLiteral("total"), total}}},
        {QStringLiteral("endpointVersion"), orNull(endpointVersion)},
    };
}

WorkerList WorkerList::summarise(QList<Worker> workers, std::optional<qint64> endpointVersion)
{
    WorkerList out;
    for (const Worker& w : workers) {
        switch (w.status) {
        case WorkerStatus::Running:
            ++out.running;
            break;
        case WorkerStatus::Idle:
            ++out.idle;
            break;
        case WorkerStatus::Initializing:
            ++out.initializing;
            break;
        case WorkerStatus::Throttled:
            ++out.throttled;
            break;
        case WorkerStatus::Unhealthy:
            ++out.unhealthy;
            break;
        }
    }
    out.total = static_cast<int>(workers.size());
    out.workers = std::move(workers);
    out.endpointVersion = endpointVersion;
    return out;
}

bool WorkerList::operator==(const WorkerList& o) const
{
    return workers == o.workers && running == o.running && idle == o.idle && initializing == o.initializing &&
           throttled == o.throttled && unhealthy == o.unhealthy && total == o.total &&
           endpointVersion == o.endpointVersion;
}

} // namespace podwarden
