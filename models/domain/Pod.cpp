#include "Pod.h"

#include "ContainerConfig.h"
#include "JsonReader.h"

namespace podwarden {

QString toWireString(PodStatus status)
{
    switch (status) {
    case PodStatus::Provisioning:
        return QStringLiteral("PROVISIONING");
    case PodStatus::Starting:
        return QStringLiteral("STARTING");
    case PodStatus::Running:
        return QStringLiteral("RUNNING");
    case PodStatus::Exited:
        return QStringLiteral("EXITED");
    case PodStatus::Error:
        return QStringLiteral("ERROR");
    case PodStatus::Terminated:
        return QStringLiteral("TERMINATED");
    }
    return {};
}

QString toWireString(PodAction action)
{
    switch (action) {
    case PodAction::Start:
        return QStringLiteral("start");
    case PodAction::Stop:
        return QStringLiteral("stop");
    case PodAction::Restart:
        return QStringLiteral("restart");
    case PodAction::Terminate:
        return QStringLiteral("terminate");
    }
    return {};
}

namespace {

std::optional<PodAction> podActionFromString(const QString& text)
{
    for (PodAction a : {PodAction::Start, PodAction::Stop, PodAction::Restart, PodAction::Terminate}) {
        if (toWireString(a) == text)
            return a;
    }
    return std::nullopt;
}

} // namespace

Decoded<Pod> Pod::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Pod p;
    p.id = r.string(QStringLiteral("id"));
    p.name = r.string(QStringLiteral("name"));
    p.status = readEnum(r, QStringLiteral("status"), true,
                        {PodStatus::Provisioning, PodStatus::Starting, PodStatus::Running, PodStatus::Exited,
                         PodStatus::Error, PodStatus::Terminated},
                        QStringLiteral("PROVISIONING, STARTING, RUNNING, EXITED, ERROR or TERMINATED"))
                   .value_or(PodStatus::Provisioning);
    const QStringList actions = r.optStringList(QStringLiteral("actions")).value_or(QStringList());
    for (const QString& a : actions) {
        if (const auto action = podActionFromString(a))
            p.actions.append(*action);
        else if (!r.failed())
            r.failField(DecodeError::Kind::InvalidValue, QStringLiteral("actions"),
                        QStringLiteral("start, stop, restart or terminate"));
    }
    p.image = r.optString(QStringLiteral("image")).value_or(QString());
    if (r.has(QStringLiteral("env")) && !r.failed()) {
        const QJsonObject env = r.objectField(QStringLiteral("env"));
        if (!r.failed())
            p.env = envFromJson(env, r, QStringLiteral("env"));
    }
    p.templateId = r.optString(QStringLiteral("template"));
    if (r.has(QStringLiteral("cost")) && !r.object().value(QStringLiteral("cost")).isNull())
        p.costPerHour = r.number(QStringLiteral("cost"));
    p.locked = r.optBoolean(QStringLiteral("locked")).value_or(false);
    p.dataCenterId = r.optString(QStringLiteral("dataCenterId"));
    p.createdAt = r.timestamp(QStringLiteral("createdAt"));
    p.startedAt = r.optTimestamp(QStringLiteral("startedAt"));
    if (r.failed())
        return error;
    return p;
}

QJsonObject Pod::toJson() const
{
    QJsonArray actionList;
    for (PodAction a : actions)
        actionList.append(toWireString(a));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), toWireString(status)},
        {QStringLiteral("actions"), actionList},
        {QStringLiteral("image"), image},
        {QStringLiteral("env"), envToJson(env)},
        {QStringLiteral("template"), templateId ? QJsonValue(*templateId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cost"), costPerHour},
        {QStringLiteral("locked"), locked},
        {QStringLiteral("dataCenterId"), dataCenterId ? QJsonValue(*dataCenterId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), formatTimestamp(createdAt)},
        {QStringLiteral("startedAt"),
         startedAt ? QJsonValue(formatTimestamp(*startedAt)) : QJsonValue(QJsonValue::Null)},
    };
}

bool Pod::operator==(const Pod& o) const
{
    return id == o.id && name == o.name && status == o.status && actions == o.actions && image == o.image &&
           env == o.env && templateId == o.templateId && costPerHour == o.costPerHour && locked == o.locked &&
           dataCenterId == o.dataCenterId && createdAt == o.createdAt && startedAt == o.startedAt;
}

Decoded<QList<Pod>> decodePodList(const QJsonObject& json)
{
    return decodeWrappedList<Pod>(json, QStringLiteral("pods"));
}

QJsonObject encodePodList(const QList<Pod>& pods)
{
    return encodeWrappedList(pods, QStringLiteral("pods"));
}

Decoded<JobResult> JobResult::fromJson(const QJsonObject& json)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    JobResult j;
    j.id = r.string(QStringLiteral("id"));
    j.status = r.string(QStringLiteral("status"));
    j.delayTimeMs = r.optInteger(QStringLiteral("delayTime"));
    j.executionTimeMs = r.optInteger(QStringLiteral("executionTime"));
    j.error = r.optString(QStringLiteral("error"));
    if (r.failed())
        return error;
    j.output = json.value(QStringLiteral("output"));
    return j;
}

} // namespace podwarden
