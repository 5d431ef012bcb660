#include "Build.h"

#include "JsonReader.h"

namespace podwarden {

QString toWireString(BuildStatus status)
{
    switch (status) {
    case BuildStatus::Pending:
        return QStringLiteral("PENDING");
    case BuildStatus::Building:
        return QStringLiteral("BUILDING");
    case BuildStatus::Uploading:
        return QStringLiteral("UPLOADING");
    case BuildStatus::Testing:
        return QStringLiteral("TESTING");
    case BuildStatus::Completed:
        return QStringLiteral("COMPLETED");
    case BuildStatus::Failed:
        return QStringLiteral("FAILED");
    case BuildStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    case BuildStatus::TestFailed:
        return QStringLiteral("TEST_FAILED");
    }
    return {};
}

namespace {

constexpr BuildStatus kStatuses[] = {BuildStatus::Pending,   BuildStatus::Building,  BuildStatus::Uploading,
                                     BuildStatus::Testing,   BuildStatus::Completed, BuildStatus::Failed,
                                     BuildStatus::Cancelled, BuildStatus::TestFailed};

QJsonValue orNull(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<QDateTime>& time)
{
    return time ? QJsonValue(formatTimestamp(*time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<BuildStatus> buildStatusFromString(const QString& text)
{
    for (BuildStatus s : kStatuses) {
        if (toWireString(s) == text)
            return s;
    }
    return std::nullopt;
}

bool isTerminal(BuildStatus status)
{
    return status == BuildStatus::Completed || status == BuildStatus::Failed || status == BuildStatus::Cancelled ||
           status == BuildStatus::TestFailed;
}

Decoded<Build> Build::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Build b;
    b.id = r.string(QStringLiteral("id"));
    b.status = readEnum(r, QStringLiteral("status"), true,
                        {BuildStatus::Pending, BuildStatus::Building, BuildStatus::Uploading, BuildStatus::Testing,
                         BuildStatus::Completed, BuildStatus::Failed, BuildStatus::Cancelled, BuildStatus::TestFailed},
                        QStringLiteral("PENDING, BUILDING, UPLOADING, TESTING, COMPLETED, FAILED, CANCELLED or "
                                       "TEST_FAILED"))
                   .value_or(BuildStatus::Pending);
    b.commitHash = r.optString(QStringLiteral("commitHash"));
    b.commitMessage = r.optString(QStringLiteral("commitMessage"));
    b.branch = r.optString(QStringLiteral("branch"));
    b.commitDate = r.optTimestamp(QStringLiteral("commitDate"));
    b.imageName = r.optString(QStringLiteral("imageName"));
    b.startedAt = r.optTimestamp(QStringLiteral("startedAt"));
    b.completedAt = r.optTimestamp(QStringLiteral("completedAt"));
    b.error = r.optString(QStringLiteral("error"));
    if (r.failed())
        return error;
    return b;
}

QJsonObject Build::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), toWireString(status)},
        {QStringLiteral("commitHash"), orNull(commitHash)},
        {QStringLiteral("commitMessage"), orNull(commitMessage)},
        {QStringLiteral("branch"), orNull(branch)},
        {QStringLiteral("commitDate"), orNull(commitDate)},
        {QStringLiteral("imageName"), orNull(imageName)},
        {QStringLiteral("startedAt"), orNull(startedAt)},
        {QStringLiteral("completedAt"), orNull(completedAt)},
        {QStringLiteral("error"), orNull(error)},
    };
}

Decoded<QList<Build>> decodeBuildList(const QJsonObject& json)
{
    return decodeWrappedList<Build>(json, QStringLiteral("builds"));
}

} // namespace podwarden
