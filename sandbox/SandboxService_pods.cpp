// Pods: the subset of the September document's pod routes that Podwarden uses (list, get, and the
// start/stop/restart/terminate transitions). Pods come from the seeds; none is created here.
#include "SandboxService.h"

#include "ContainerCommand.h"
#include "Pagination.h"

#include <QJsonArray>

namespace podwarden::sandbox {

namespace {

HttpResponse podNotFound(const QString& id)
{
    return HttpResponse::problem(404, QStringLiteral("pod %1 not found").arg(id));
}

// PodAction's rule: which transitions each status allows.
QList<PodAction> actionsFor(PodStatus status)
{
    switch (status) {
    case PodStatus::Running:
        return {PodAction::Stop, PodAction::Restart, PodAction::Terminate};
    case PodStatus::Exited:
    case PodStatus::Error:
        return {PodAction::Start, PodAction::Terminate};
    case PodStatus::Provisioning:
    case PodStatus::Starting:
        return {PodAction::Stop, PodAction::Terminate};
    case PodStatus::Terminated:
        break;
    }
    return {};
}

std::optional<PodAction> actionNamed(const QString& name)
{
    for (PodAction a : {PodAction::Start, PodAction::Stop, PodAction::Restart, PodAction::Terminate}) {
        if (toWireString(a) == name)
            return a;
    }
    return std::nullopt;
}

QJsonObject sshEndpoint(const QString& host, int port, const QString& user)
{
    const QString command = port == 22 ? QStringLiteral("ssh %1@%2").arg(user, host)
                                       : QStringLiteral("ssh %1@%2 -p %3").arg(user, host).arg(port);
    return QJsonObject{{QStringLiteral("host"), host},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("username"), user},
                       {QStringLiteral("command"), command}};
}

// PodRuntime of a running pod: its uptime and a public mapping of each published port.
QJsonObject runtimeOf(const StoredPod& p, const QDateTime& now)
{
    QJsonArray ports;
    int next = 0;
    for (const QJsonValue& v : p.wire.value(QStringLiteral("ports")).toArray()) {
        const QStringList parts = v.toString().split(QLatin1Char('/'));
        const int privatePort = parts.value(0).toInt();
        const QString type = parts.value(1, QStringLiteral("tcp"));
        const bool ssh = privatePort == 22 && type == QLatin1String("tcp") && p.sshPort > 0;
        ports.append(QJsonObject{{QStringLiteral("private"), privatePort},
                                 {QStringLiteral("public"), ssh ? p.sshPort : 40000 + privatePort % 1000 + next++},
                                 {QStringLiteral("type"), type},
                                 {QStringLiteral("ip"), p.publicIp}});
    }
    return QJsonObject{
        {QStringLiteral("uptime"), p.pod.startedAt ? std::max<qint64>(0, p.pod.startedAt->secsTo(now)) : 0},
        {QStringLiteral("ports"), ports}};
}

} // namespace

QJsonObject SandboxService::podJson(const StoredPod& stored, const QDateTime& now) const
{
    Pod pod = stored.pod;
    const bool running = pod.status == PodStatus::Running;
    const bool placed = pod.status != PodStatus::Provisioning;
    pod.actions = actionsFor(pod.status);
    // Billed while it holds compute; "0.0 when EXITED or TERMINATED" (and ERROR holds none).
    const bool billed = running || !placed || pod.status == PodStatus::Starting;
    pod.costPerHour = billed ? stored.hourlyRate : 0.0;
    QJsonObject out = stored.wire;
    const QJsonObject fields = pod.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        out.insert(it.key(), it.value());
    // Responses carry args as stored and its exec form, as endpoints and templates do.
    const ContainerCommand command =
        ContainerCommand::fromArgs(out.value(QStringLiteral("args")).toString()).value_or(ContainerCommand{});
    out.insert(QStringLiteral("entrypoint"), QJsonArray::fromStringList(command.entrypoint));
    out.insert(QStringLiteral("cmd"), QJsonArray::fromStringList(command.cmd));
    const QString proxyUser = pod.id + QLatin1Char('-') + pod.id.right(8);
    const bool sshPublished = out.value(QStringLiteral("ports")).toArray().contains(QStringLiteral("22/tcp"));
    out.insert(QStringLiteral("ssh"),
               QJsonObject{{QStringLiteral("proxy"),
                            placed ? QJsonValue(sshEndpoint(QStringLiteral("ssh.runpod.io"), 22, proxyUser))
                                   : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("direct"),
                            running && sshPublished && stored.sshPort > 0
                                ? QJsonValue(sshEndpoint(stored.publicIp, stored.sshPort, QStringLiteral("root")))
                                : QJsonValue(QJsonValue::Null)}});
    out.insert(QStringLiteral("runtime"), running ? QJsonValue(runtimeOf(stored, now)) : QJsonValue(QJsonValue::Null));
    return out;
}

HttpResponse SandboxService::listPods(Call& c)
{
    // No pod belongs to a cluster here, so includeClusterPods selects nothing more.
    const PageCursor cursor(QStringLiteral("listPods"), QString());
    QStringList errors;
    const auto request = cursor.read(c.request.query, 1000, 1000, &errors);
    if (!request)
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
    const StorePage<StoredPod> page = m_store->pods(*request);
    QJsonArray pods;
    for (const StoredPod& p : page.items)
        pods.append(podJson(p, c.now));
    QJsonObject body{{QStringLiteral("pods"), pods}};
    PageInfo info;
    info.hasNextPage = page.hasMore && page.last;
    if (info.hasNextPage)
        info.nextCursor = cursor.cursorAfter(*page.last);
    info.writeTo(body);
    return HttpResponse::json(200, body);
}

HttpResponse SandboxService::getPod(Call& c)
{
    const auto p = m_store->podById(c.args.at(0));
    if (!p)
        return podNotFound(c.args.at(0));
    return HttpResponse::json(200, podJson(*p, c.now));
}

HttpResponse SandboxService::podAction(Call& c)
{
    auto p = m_store->podById(c.args.at(0));
    if (!p)
        return podNotFound(c.args.at(0));
    const QString name = c.body.value(QStringLiteral("action")).toString();
    const PodAction action = *actionNamed(name); // the schema allows only the four
    const PodStatus before = p->pod.status;
    const QList<PodAction> allowed = actionsFor(before);
    if (!allowed.contains(action)) {
        QStringList names;
        for (PodAction a : allowed)
            names.append(toWireString(a));
        return HttpResponse::problem(
            409, QStringLiteral("action %1 is not valid for a pod in status %2; valid: %3")
                     .arg(name, toWireString(before),
                          names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
    }
    if (action == PodAction::Terminate) {
        m_store->deletePod(p->pod.id);
        record(c.actor(), AuditAction::Deleted, ResourceType::Pod, p->pod.id, p->pod.name, c.now,
               QJsonObject{{QStringLiteral("action"), name}, {QStringLiteral("status"), toWireString(before)}});
        return HttpResponse::noContent();
    }
    // The sandbox has no machine to wait for: a pod that starts is running at once, and a new
    // start is what makes it read its secret references again.
    if (action == PodAction::Stop) {
        p->pod.status = PodStatus::Exited;
    } else {
        p->pod.status = PodStatus::Running;
        p->pod.startedAt = c.now;
    }
    m_store->updatePod(*p);
    record(c.actor(), AuditAction::Updated, ResourceType::Pod, p->pod.id, p->pod.name, c.now,
           QJsonObject{{QStringLiteral("action"), name},
                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("from"), toWireString(before)},
                                                              {QStringLiteral("to"), toWireString(p->pod.status)}}}});
    return HttpResponse::json(200, podJson(*p, c.now));
}

} // namespace podwarden::sandbox
