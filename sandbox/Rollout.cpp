#include "Rollout.h"

#include "Crypto.h"
#include "GpuCatalog.h"

#include <algorithm>
#include <cmath>

namespace podwarden::sandbox {

int Rollout::warmWorkers(const Endpoint& e)
{
    const qint64 warm = std::max<qint64>(1, e.workers.min.value_or(0));
    return static_cast<int>(std::max<qint64>(0, std::min(warm, e.workers.max.value_or(warm))));
}

WorkerRow Rollout::newWorker(const Endpoint& e, qint64 version, const QDateTime& at)
{
    WorkerRow w;
    w.id = randomId(QStringLiteral("wkr_"), 12);
    w.endpointId = e.id;
    w.version = version;
    w.startedAt = at;
    w.image = e.container.image.value_or(QString());
    if (e.gpu) {
        w.gpuCount = e.gpu->count.value_or(1);
        // Placed on the first GPU type of its pools that it does not exclude.
        const QStringList excluded = e.gpu->excludedTypes.value_or(QStringList());
        for (const QString& type : GpuCatalog::typesInPools(e.gpu->pools)) {
            if (!excluded.contains(type)) {
                w.gpuTypeId = type;
                break;
            }
        }
    }
    w.dataCenterId = e.dataCenterIds.isEmpty() ? QStringLiteral("US-TX-3") : e.dataCenterIds.constFirst();
    return w;
}

QList<ReleaseDiffEntry> Rollout::diff(const QJsonObject& before, const QJsonObject& after)
{
    // Not configuration: what identifies the endpoint or is derived from it.
    static const QStringList kIgnored = {QStringLiteral("id"),          QStringLiteral("createdAt"),
                                         QStringLiteral("requestUrls"), QStringLiteral("templateId"),
                                         QStringLiteral("cmd"),         QStringLiteral("entrypoint")};
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QList<ReleaseDiffEntry> out;
    for (const QString& k : std::as_const(keys)) {
        if (kIgnored.contains(k) || before.value(k) == after.value(k))
            continue;
        const auto valueOf = [&k](const QJsonObject& o) {
            return o.contains(k) ? o.value(k) : QJsonValue(QJsonValue::Null);
        };
        out.append({k, valueOf(before), valueOf(after)});
    }
    return out;
}

int Rollout::replacedBy(const QDateTime& startedAt, const QDateTime& now, int stepMs, int stale)
{
    const qint64 elapsed = startedAt.msecsTo(now);
    if (elapsed < 0)
        return 0;
    if (stepMs <= 0)
        return stale;
    return static_cast<int>(std::min<qint64>(stale, elapsed / stepMs));
}

QDateTime Rollout::replacementTime(const QDateTime& startedAt, int k, int stepMs)
{
    return startedAt.addMSecs(qint64(k) * std::max(0, stepMs));
}

int Rollout::percentOnLatest(qint64 onLatest, qint64 total)
{
    if (total <= 0)
        return 0;
    if (onLatest >= total)
        return 100;
    return static_cast<int>(std::min<qint64>(99, std::llround(100.0 * double(onLatest) / double(total))));
}

} // namespace podwarden::sandbox
