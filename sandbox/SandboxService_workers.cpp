// Serverless workers, their rolling updates and the releases that start them.
#include "SandboxService.h"

#include "Crypto.h"
#include "Pagination.h"
#include "Rollout.h"

#include <QJsonArray>

namespace podwarden::sandbox {

namespace {

const QString kInQueue = QStringLiteral("IN_QUEUE");
const QString kInProgress = QStringLiteral("IN_PROGRESS");

HttpResponse endpointNotFound(const QString& id)
{
    return HttpResponse::problem(404, QStringLiteral("endpoint %1 not found").arg(id));
}

RolloutSummary summarise(const QList<Worker>& workers, qint64 version)
{
    RolloutSummary r;
    r.workersTotal = workers.size();
    r.workersOnLatest = std::count_if(workers.begin(), workers.end(),
                                      [version](const Worker& w) { return w.version.value_or(0) == version; });
    r.inProgress = r.workersOnLatest < r.workersTotal;
    r.percentOnLatest = Rollout::percentOnLatest(r.workersOnLatest, r.workersTotal);
    return r;
}

} // namespace

void SandboxService::advanceRollout(const Endpoint& e, const QDateTime& now)
{
    RolloutState state = m_store->rollout(e.id);
    if (!state.startedAt)
        return;
    QList<WorkerRow> stale = m_store->workersOf(e.id); // oldest first: the order they are replaced in
    stale.removeIf([&state](const WorkerRow& w) { return w.version >= state.version; });
    const int due =
        Rollout::replacedBy(*state.startedAt, now, m_config.rolloutStepMs, state.done + int(stale.size())) - state.done;
    for (int k = 0; k < due; ++k) {
        m_store->deleteWorker(stale.at(k).id);
        m_store->insertWorker(Rollout::newWorker(
            e, state.version, Rollout::replacementTime(*state.startedAt, state.done + k + 1, m_config.rolloutStepMs)));
    }
    state.done += std::max(0, due);
    if (due >= stale.size())
        state.startedAt.reset(); // every worker runs the current version: the update is over
    if (due > 0 || !state.startedAt)
        m_store->setRollout(e.id, state);
}

WorkerList SandboxService::workerList(const Endpoint& e, const QDateTime& now)
{
    advanceRollout(e, now);
    const qint64 version = m_store->rollout(e.id).version;
    const QList<WorkerRow> rows = m_store->workersOf(e.id);
    // The jobs in progress run on the newest workers, and a queued job has the next one starting
    // up for it; the others poll, idle. No GPU ever runs out in the sandbox, so none is throttled,
    // and none fails its health checks.
    const QHash<QString, int> jobs = m_store->jobCounts(e.id);
    const qsizetype running = std::min<qsizetype>(rows.size(), jobs.value(kInProgress));
    const qsizetype starting = std::min<qsizetype>(rows.size() - running, jobs.value(kInQueue));
    QList<Worker> workers;
    workers.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const WorkerRow& row = rows.at(i);
        const qsizetype fromNewest = rows.size() - 1 - i;
        Worker w;
        w.id = row.id;
        w.status = fromNewest < running              ? WorkerStatus::Running
                   : fromNewest < running + starting ? WorkerStatus::Initializing
                                                     : WorkerStatus::Idle;
        w.version = row.version;
        w.isStale = row.version < version;
        w.gpuCount = row.gpuCount;
        w.image = row.image;
        w.startedAt = row.startedAt;
        w.uptimeSeconds = std::max<qint64>(0, row.startedAt.secsTo(now));
        w.gpuTypeId = row.gpuTypeId;
        w.dataCenterId = row.dataCenterId;
        workers.append(std::move(w));
    }
    return WorkerList::summarise(std::move(workers), version);
}

Release SandboxService::releaseVersion(const Endpoint& e, const QJsonObject& before, const QJsonObject& after,
                                       const Call& c, bool created)
{
    RolloutState state = m_store->rollout(e.id);
    if (!created) {
        ++state.version;
        state.startedAt = c.now;
        state.done = 0;
        m_store->setRollout(e.id, state);
    }
    // Scaling takes effect at once; the configuration reaches the running workers one by one.
    QList<WorkerRow> rows = m_store->workersOf(e.id);
    const int warm = Rollout::warmWorkers(e);
    for (qsizetype i = rows.size(); i < warm; ++i)
        m_store->insertWorker(Rollout::newWorker(e, state.version, c.now));
    for (qsizetype i = 0; i < rows.size() - warm; ++i)
        m_store->deleteWorker(rows.at(i).id); // the oldest, all of them on an older version

    Release r;
    r.id = randomId(QStringLiteral("rel_"), 12);
    r.version = state.version;
    r.source = ReleaseSource::Manual;
    r.createdByUserId = c.caller.createdBy.isEmpty() ? std::nullopt : std::optional<QString>(c.caller.createdBy);
    r.createdAt = c.now;
    if (!created)
        r.diff = Rollout::diff(before, after);
    m_store->insertRelease(e.id, r);
    return r;
}

HttpResponse SandboxService::listWorkers(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return endpointNotFound(c.args.at(0));
    return HttpResponse::json(200, workerList(*e, c.now).toJson());
}

HttpResponse SandboxService::listReleases(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return endpointNotFound(c.args.at(0));
    // A cursor walks one endpoint's history.
    const PageCursor cursor(QStringLiteral("listEndpointReleases"), e->id);
    QStringList errors;
    const auto request = cursor.read(c.request.query, 1000, 1000, &errors);
    if (!request)
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
    const WorkerList workers = workerList(*e, c.now);
    const StorePage<Release> page = m_store->releases(e->id, *request);
    ReleasePage out;
    out.endpointVersion = workers.endpointVersion;
    out.rollout = summarise(workers.workers, workers.endpointVersion.value_or(1));
    for (Release r : page.items) {
        r.workerCount = std::count_if(workers.workers.begin(), workers.workers.end(),
                                      [&r](const Worker& w) { return w.version == r.version; });
        out.releases.append(std::move(r));
    }
    QJsonObject body = out.toJson();
    PageInfo info;
    info.hasNextPage = page.hasMore && page.last;
    if (info.hasNextPage)
        info.nextCursor = cursor.cursorAfter(*page.last);
    info.writeTo(body);
    return HttpResponse::json(200, body);
}

} // namespace podwarden::sandbox
