// Invocation routes (SERVICE.md 6) and the echo worker behind them.
#include "SandboxService.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace podwarden::sandbox {

namespace {

const QString kInQueue = QStringLiteral("IN_QUEUE");
const QString kInProgress = QStringLiteral("IN_PROGRESS");
const QString kCompleted = QStringLiteral("COMPLETED");
const QString kFailed = QStringLiteral("FAILED");
const QString kCancelled = QStringLiteral("CANCELLED");

HttpResponse endpointNotFound(const QString& id)
{
    return HttpResponse::problem(404, QStringLiteral("endpoint %1 not found").arg(id));
}

HttpResponse jobNotFound(const QString& id)
{
    return HttpResponse::problem(404, QStringLiteral("job %1 not found").arg(id));
}

qint64 msBetween(const QDateTime& from, const std::optional<QDateTime>& to)
{
    return to ? from.msecsTo(*to) : 0;
}

QJsonObject jobJson(const Job& j)
{
    QJsonObject o{{QStringLiteral("id"), j.id}, {QStringLiteral("status"), j.status}};
    if (j.startedAt)
        o.insert(QStringLiteral("delayTime"), msBetween(j.submittedAt, j.startedAt));
    if (j.completedAt && j.startedAt)
        o.insert(QStringLiteral("executionTime"), j.startedAt->msecsTo(*j.completedAt));
    if (j.status == kCompleted)
        o.insert(QStringLiteral("output"), j.output.value(QStringLiteral("output")));
    if (j.status == kFailed)
        o.insert(QStringLiteral("error"), j.output.value(QStringLiteral("error")));
    if (j.retries > 0)
        o.insert(QStringLiteral("retries"), j.retries);
    return o;
}

// The sandbox's worker: echoes its input. An input {"fail": "reason"} fails the job instead, so
// that clients can exercise retry.
void work(Job* j, const QDateTime& now)
{
    j->startedAt = now;
    j->completedAt = now.addMSecs(1);
    const QJsonObject input = j->input.value(QStringLiteral("input")).toObject();
    if (input.contains(QStringLiteral("fail"))) {
        j->status = kFailed;
        j->output = {{QStringLiteral("error"), input.value(QStringLiteral("fail")).toString()}};
    } else {
        j->status = kCompleted;
        j->output = {{QStringLiteral("output"), input}};
    }
}

} // namespace

void SandboxService::scheduleJob(const QString& endpointId, const QString& jobId, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, endpointId, jobId] { runJob(endpointId, jobId); });
}

void SandboxService::runJob(const QString& endpointId, const QString& jobId)
{
    auto j = m_store->job(endpointId, jobId);
    if (!j || j->status != kInQueue)
        return; // cancelled, purged or deleted meanwhile
    work(&*j, QDateTime::currentDateTimeUtc());
    m_store->updateJob(*j);
}

HttpResponse SandboxService::run(Call& c)
{
    const QString endpointId = c.args.at(0);
    if (!m_store->endpointById(endpointId))
        return endpointNotFound(endpointId);
    Job j;
    j.id = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-u1");
    j.endpointId = endpointId;
    j.status = kInQueue;
    j.input = c.body;
    j.submittedAt = c.now;
    m_store->insertJob(j);
    scheduleJob(endpointId, j.id, m_config.jobDelayMs);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), j.id}, {QStringLiteral("status"), j.status}});
}

HttpResponse SandboxService::runSync(Call& c)
{
    const QString endpointId = c.args.at(0);
    if (!m_store->endpointById(endpointId))
        return endpointNotFound(endpointId);
    if (c.request.query.hasQueryItem(QStringLiteral("wait"))) {
        bool ok = false;
        const int wait = c.request.query.queryItemValue(QStringLiteral("wait")).toInt(&ok);
        if (!ok || wait < 1000 || wait > 300000)
            return HttpResponse::problem(400, QStringLiteral("wait must be a number of milliseconds from 1000 to "
                                                             "300000"));
    }
    Job j;
    j.id = QStringLiteral("sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-u1");
    j.endpointId = endpointId;
    j.input = c.body;
    j.submittedAt = c.now;
    work(&j, c.now);
    m_store->insertJob(j);
    return HttpResponse::json(200, jobJson(j));
}

HttpResponse SandboxService::jobStatus(Call& c)
{
    if (!m_store->endpointById(c.args.at(0)))
        return endpointNotFound(c.args.at(0));
    const auto j = m_store->job(c.args.at(0), c.args.at(1));
    if (!j)
        return jobNotFound(c.args.at(1));
    return HttpResponse::json(200, jobJson(*j));
}

HttpResponse SandboxService::jobStream(Call& c)
{
    if (!m_store->endpointById(c.args.at(0)))
        return endpointNotFound(c.args.at(0));
    const auto j = m_store->job(c.args.at(0), c.args.at(1));
    if (!j)
        return jobNotFound(c.args.at(1));
    QJsonArray stream;
    if (j->status == kCompleted)
        stream.append(QJsonObject{{QStringLiteral("output"), j->output.value(QStringLiteral("output"))}});
    return HttpResponse::json(200,
                              QJsonObject{{QStringLiteral("status"), j->status}, {QStringLiteral("stream"), stream}});
}

HttpResponse SandboxService::cancelJob(Call& c)
{
    if (!m_store->endpointById(c.args.at(0)))
        return endpointNotFound(c.args.at(0));
    auto j = m_store->job(c.args.at(0), c.args.at(1));
    if (!j)
        return jobNotFound(c.args.at(1));
    if (j->status == kInQueue || j->status == kInProgress) {
        j->status = kCancelled;
        j->completedAt = c.now;
        m_store->updateJob(*j);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), j->id}, {QStringLiteral("status"), j->status}});
}

HttpResponse SandboxService::retryJob(Call& c)
{
    if (!m_store->endpointById(c.args.at(0)))
        return endpointNotFound(c.args.at(0));
    auto j = m_store->job(c.args.at(0), c.args.at(1));
    if (!j)
        return jobNotFound(c.args.at(1));
    if (j->status != kFailed && j->status != kCancelled)
        return HttpResponse::problem(
            400, QStringLiteral("job %1 is %2; only failed or cancelled jobs can be retried").arg(j->id, j->status));
    j->status = kInQueue;
    j->submittedAt = c.now;
    j->startedAt.reset();
    j->completedAt.reset();
    j->output = {};
    ++j->retries;
    m_store->updateJob(*j);
    scheduleJob(j->endpointId, j->id, m_config.jobDelayMs);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), j->id}, {QStringLiteral("status"), j->status}});
}

HttpResponse SandboxService::purgeQueue(Call& c)
{
    if (!m_store->endpointById(c.args.at(0)))
        return endpointNotFound(c.args.at(0));
    const int removed = m_store->purgeQueue(c.args.at(0));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("removed"), removed},
                                               {QStringLiteral("status"), QStringLiteral("completed")}});
}

HttpResponse SandboxService::health(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return endpointNotFound(c.args.at(0));
    const QHash<QString, int> counts = m_store->jobCounts(e->id);
    const int inProgress = counts.value(kInProgress);
    const int ready = std::max<int>(1, static_cast<int>(e->workers.min.value_or(0)));
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("jobs"), QJsonObject{{QStringLiteral("completed"), counts.value(kCompleted)},
                                                         {QStringLiteral("failed"), counts.value(kFailed)},
                                                         {QStringLiteral("inProgress"), inProgress},
                                                         {QStringLiteral("inQueue"), counts.value(kInQueue)},
                                                         {QStringLiteral("retried"), m_store->retriedJobs(e->id)}}},
                    {QStringLiteral("workers"), QJsonObject{{QStringLiteral("idle"), std::max(0, ready - inProgress)},
                                                            {QStringLiteral("running"), inProgress}}}});
}

} // namespace podwarden::sandbox
