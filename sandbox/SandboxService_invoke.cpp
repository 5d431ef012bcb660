// Invocation routes (SERVICE.md 6) and the echo worker behind them.
#include "SandboxService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>

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
    settleWaiters(endpointId, jobId);
}

HttpResponse SandboxService::jobStatusNow(const QString& endpointId, const QString& jobId) const
{
    if (!m_store->endpointById(endpointId))
        return endpointNotFound(endpointId);
    const auto j = m_store->job(endpointId, jobId);
    if (!j)
        return jobNotFound(jobId);
    return HttpResponse::json(200, jobJson(*j));
}

void SandboxService::settleWaiters(const QString& endpointId, const QString& jobId)
{
    std::vector<Waiter> settled;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->endpointId == endpointId && (jobId.isEmpty() || it->jobId == jobId)) {
            settled.push_back(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (Waiter& w : settled) {
        delete w.timer;
        w.respond(jobStatusNow(w.endpointId, w.jobId));
    }
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

// Like status, but waits up to `wait` ms (0 to 300000; 0 when omitted) for the job to finish:
// answered when the worker finishes it, it is cancelled or purged, or the wait runs out.
HttpResponse SandboxService::jobStatusSync(Call& c)
{
    int wait = 0;
    if (c.request.query.hasQueryItem(QStringLiteral("wait"))) {
        bool ok = false;
        wait = c.request.query.queryItemValue(QStringLiteral("wait")).toInt(&ok);
        if (!ok || wait < 0 || wait > 300000)
            return HttpResponse::problem(400, QStringLiteral("wait must be a number of milliseconds from 0 to "
                                                             "300000"));
    }
    const HttpResponse now = jobStatusNow(c.args.at(0), c.args.at(1));
    const QString status = QJsonDocument::fromJson(now.body).object().value(QStringLiteral("status")).toString();
    if (now.status != 200 || wait == 0 || !c.respondLater || (status != kInQueue && status != kInProgress))
        return now;
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    const QString endpointId = c.args.at(0);
    const QString jobId = c.args.at(1);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        const auto it =
            std::find_if(m_waiters.begin(), m_waiters.end(), [timer](const Waiter& w) { return w.timer == timer; });
        if (it == m_waiters.end())
            return;
        Waiter w = std::move(*it);
        m_waiters.erase(it);
        w.timer->deleteLater();
        w.respond(jobStatusNow(w.endpointId, w.jobId));
    });
    m_waiters.push_back({endpointId, jobId, timer, *c.respondLater});
    timer->start(wait);
    return deferred();
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
        settleWaiters(j->endpointId, j->id);
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
    settleWaiters(c.args.at(0)); // a purged job is gone: 404, as status answers
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("removed"), removed},
                                               {QStringLiteral("status"), QStringLiteral("completed")}});
}

HttpResponse SandboxService::health(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return endpointNotFound(c.args.at(0));
    const QHash<QString, int> counts = m_store->jobCounts(e->id);
    // The worker counts are those of GET /v2/serverless/{id}/workers: one roll-up of the stored
    // workers, so that the two routes never disagree.
    const WorkerList workers = workerList(*e, c.now);
    return HttpResponse::json(
        200,
        QJsonObject{{QStringLiteral("jobs"), QJsonObject{{QStringLiteral("completed"), counts.value(kCompleted)},
                                                         {QStringLiteral("failed"), counts.value(kFailed)},
                                                         {QStringLiteral("inProgress"), counts.value(kInProgress)},
                                                         {QStringLiteral("inQueue"), counts.value(kInQueue)},
                                                         {QStringLiteral("retried"), m_store->retriedJobs(e->id)}}},
                    {QStringLiteral("workers"), QJsonObject{{QStringLiteral("idle"), workers.idle},
                                                            {QStringLiteral("initializing"), workers.initializing},
                                                            {QStringLiteral("ready"), workers.idle},
                                                            {QStringLiteral("running"), workers.running},
                                                            {QStringLiteral("throttled"), workers.throttled}}}});
}

} // namespace podwarden::sandbox
