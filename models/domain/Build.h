#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace podwarden {

// `BuildState` of the September 2026 document: COMPLETED, FAILED, CANCELLED and TEST_FAILED are
// terminal; PENDING, BUILDING, UPLOADING and TESTING are live.
enum class BuildStatus { Pending, Building, Uploading, Testing, Completed, Failed, Cancelled, TestFailed };

QString toWireString(BuildStatus status);
std::optional<BuildStatus> buildStatusFromString(const QString& text);
bool isTerminal(BuildStatus status);

// One GitHub build of a serverless endpoint (`Build`): GET /v2/serverless/{id}/builds and
// GET /v2/serverless/{id}/builds/{buildId}. Every field but id and status may be null.
struct Build
{
    QString id;
    BuildStatus status = BuildStatus::Pending;
    std::optional<QString> commitHash; // short hash, "abc1234"
    std::optional<QString> commitMessage;
    std::optional<QString> branch;
    std::optional<QDateTime> commitDate;
    std::optional<QString> imageName;     // "registry.runpod.net/repo:abc1234"
    std::optional<QDateTime> startedAt;   // null while pending
    std::optional<QDateTime> completedAt; // null while live
    std::optional<QString> error;         // for FAILED and TEST_FAILED

    static Decoded<Build> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const; // every field, null where unknown
    bool operator==(const Build& o) const
    {
        return id == o.id && status == o.status && commitHash == o.commitHash && commitMessage == o.commitMessage &&
               branch == o.branch && commitDate == o.commitDate && imageName == o.imageName &&
               startedAt == o.startedAt && completedAt == o.completedAt && error == o.error;
    }
    bool operator!=(const Build& o) const { return !(*this == o); }
};

// {"builds":[...]} (ListEndpointBuildsResponse); its `pagination` is read by PageInfo::fromListBody.
Decoded<QList<Build>> decodeBuildList(const QJsonObject& json);

} // namespace podwarden
