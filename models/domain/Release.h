#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace podwarden {

// `ReleaseSource`: a completed GitHub build, or a manual configuration change.
enum class ReleaseSource { GitBuild, Manual };

QString toWireString(ReleaseSource source);

// One configuration field a release changed (`ReleaseDiffEntry`): old and new as raw JSON, null
// when the field was added or removed.
struct ReleaseDiffEntry
{
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
    bool operator==(const ReleaseDiffEntry& o) const
    {
        return field == o.field && oldValue == o.oldValue && newValue == o.newValue;
    }
};

// One release of a serverless endpoint (`Release`): a versioned configuration snapshot.
struct Release
{
    QString id;
    std::optional<qint64> version;
    ReleaseSource source = ReleaseSource::Manual;
    std::optional<QString> buildId;
    std::optional<QString> createdByUserId;
    qint64 workerCount = 0; // workers running this release's version now
    QDateTime createdAt;
    QList<ReleaseDiffEntry> diff;

    static Decoded<Release> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const Release& o) const;
};

// `RolloutSummary`: how far the endpoint's current version has reached its workers.
struct RolloutSummary
{
    bool inProgress = false;
    qint64 workersOnLatest = 0;
    qint64 workersTotal = 0;
    qint64 percentOnLatest = 0;
    bool operator==(const RolloutSummary& o) const
    {
        return inProgress == o.inProgress && workersOnLatest == o.workersOnLatest && workersTotal == o.workersTotal &&
               percentOnLatest == o.percentOnLatest;
    }
};

// One page of GET /v2/serverless/{id}/releases (`ListEndpointReleasesResponse`), newest first;
// the rollout always describes the endpoint now. Its `pagination` is read by PageInfo.
struct ReleasePage
{
    std::optional<qint64> endpointVersion;
    RolloutSummary rollout;
    QList<Release> releases;

    static Decoded<ReleasePage> fromJson(const QJsonObject& json);
    QJsonObject toJson() const; // without pagination
};

} // namespace podwarden
