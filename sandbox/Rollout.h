#pragma once

#include "Release.h"
#include "Store.h"

#include <QDateTime>
#include <QJsonObject>

namespace podwarden::sandbox {

// The rules of an endpoint's workers that the service and the seeder share: how many it keeps
// warm, what a new one runs, what a release lists as changed, and how far a rolling update has
// come. Pure functions of their arguments, so that a rollout is worked out from time alone.
class Rollout final
{
public:
    // Workers an endpoint keeps warm: max(workers.min, 1), at most workers.max.
    static int warmWorkers(const Endpoint& e);
    // A new worker (new id) of `e` on configuration `version`, started `at`.
    static WorkerRow newWorker(const Endpoint& e, qint64 version, const QDateTime& at);
    // The configuration fields whose JSON differs between two stored forms of an endpoint, by
    // name; old or new is null where the field was added or removed.
    static QList<ReleaseDiffEntry> diff(const QJsonObject& before, const QJsonObject& after);
    // How many stale workers a rolling update begun at `startedAt` has replaced by `now`: one at
    // every `stepMs` (0: all at once), at most `stale`. The k-th is replaced at
    // startedAt + k * stepMs.
    static int replacedBy(const QDateTime& startedAt, const QDateTime& now, int stepMs, int stale);
    static QDateTime replacementTime(const QDateTime& startedAt, int k, int stepMs);
    // RolloutSummary.percentOnLatest: rounded, but 100 only when every worker is on the latest.
    static int percentOnLatest(qint64 onLatest, qint64 total);
};

} // namespace podwarden::sandbox
