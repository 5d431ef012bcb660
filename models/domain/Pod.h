#pragma once

#include "DecodeError.h"
#include "EnvVar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace podwarden {

// `PodStatus` and `PodAction` of the September 2026 document.
enum class PodStatus { Provisioning, Starting, Running, Exited, Error, Terminated };
enum class PodAction { Start, Stop, Restart, Terminate };

QString toWireString(PodStatus status);
QString toWireString(PodAction action);

// A pod as Podwarden uses it (a subset of `Pod`): what it runs, from which template, its env (whose
// secret references resolve when the pod boots) and when it last started.
struct Pod
{
    QString id;
    QString name;
    PodStatus status = PodStatus::Provisioning;
    QList<PodAction> actions; // the transitions valid now
    QString image;
    EnvList env;
    std::optional<QString> templateId; // `template`: the template it was created from
    double costPerHour = 0;
    bool locked = false;
    std::optional<QString> dataCenterId;
    QDateTime createdAt;
    std::optional<QDateTime> startedAt; // null if it has not started

    static Decoded<Pod> fromJson(const QJsonObject& json, const QString& path = {});
    // The fields above in their wire form (`template` for templateId); a service adds the rest.
    QJsonObject toJson() const;
    bool operator==(const Pod& o) const;
    bool operator!=(const Pod& o) const { return !(*this == o); }
};

// {"pods":[...]} (ListPodsResponse); its `pagination` is read by PageInfo::fromListBody.
Decoded<QList<Pod>> decodePodList(const QJsonObject& json);
QJsonObject encodePodList(const QList<Pod>& pods);

// The answer of /runsync, /status and /status-sync on the invocation base (SERVICE.md 6).
struct JobResult
{
    QString id;
    QString status; // IN_QUEUE, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, TIMED_OUT
    std::optional<qint64> delayTimeMs;
    std::optional<qint64> executionTimeMs;
    QJsonValue output; // undefined when absent
    std::optional<QString> error;

    static Decoded<JobResult> fromJson(const QJsonObject& json);
};

} // namespace podwarden
