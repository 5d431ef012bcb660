#include "Release.h"

#include "JsonReader.h"

namespace podwarden {

QString toWireString(ReleaseSource source)
{
    return source == ReleaseSource::GitBuild ? QStringLiteral("GIT_BUILD") : QStringLiteral("MANUAL");
}

namespace {

template <typename T> QJsonValue orNull(const std::optional<T>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

Decoded<ReleaseDiffEntry> decodeDiffEntry(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    ReleaseDiffEntry d;
    d.field = r.string(QStringLiteral("field"));
    if (!r.failed() && (!json.contains(QStringLiteral("old")) || !json.contains(QStringLiteral("new"))))
        r.failField(DecodeError::Kind::Missing,
                    json.contains(QStringLiteral("old")) ? QStringLiteral("new") : QStringLiteral("old"),
                    QStringLiteral("a JSON value or null"));
    if (r.failed())
        return error;
    d.oldValue = json.value(QStringLiteral("old"));
    d.newValue = json.value(QStringLiteral("new"));
    return d;
}

} // namespace

Decoded<Release> Release::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Release rel;
    rel.id = r.string(QStringLiteral("id"));
    rel.version = r.optInteger(QStringLiteral("version"));
    rel.source = readEnum(r, QStringLiteral("source"), true, {ReleaseSource::GitBuild, ReleaseSource::Manual},
                          QStringLiteral("GIT_BUILD or MANUAL"))
                     .value_or(ReleaseSource::Manual);
    rel.buildId = r.optString(QStringLiteral("buildId"));
    rel.createdByUserId = r.optString(QStringLiteral("createdByUserId"));
    rel.workerCount = r.integer(QStringLiteral("workerCount"));
    rel.createdAt = r.timestamp(QStringLiteral("createdAt"));
    rel.diff = r.list<ReleaseDiffEntry>(QStringLiteral("diff"), decodeDiffEntry);
    if (!r.failed() && rel.workerCount < 0)
        r.failField(DecodeError::Kind::InvalidValue, QStringLiteral("workerCount"),
                    QStringLiteral("a number of at least 0"));
    if (r.failed())
        return error;
    return rel;
}

QJsonObject Release::toJson() const
{
    QJsonArray changes;
    for (const ReleaseDiffEntry& d : diff) {
        changes.append(QJsonObject{{QStringLiteral("field"), d.field},
                                   {QStringLiteral("old"), d.oldValue},
                                   {QStringLiteral("new"), d.newValue}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), orNull(version)},
        {QStringLiteral("source"), toWireString(source)},
        {QStringLiteral("buildId"), orNull(buildId)},
        {QStringLiteral("createdByUserId"), orNull(createdByUserId)},
        {QStringLiteral("workerCount"), workerCount},
        {QStringLiteral("createdAt"), formatTimestamp(createdAt)},
        {QStringLiteral("diff"), changes},
    };
}

bool Release::operator==(const Release& o) const
{
    return id == o.id && version == o.version && source == o.source && buildId == o.buildId &&
           createdByUserId == o.createdByUserId && workerCount == o.workerCount && createdAt == o.createdAt &&
           diff == o.diff;
}

Decoded<ReleasePage> ReleasePage::fromJson(const QJsonObject& json)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    ReleasePage page;
    page.endpointVersion = r.optInteger(QStringLiteral("endpointVersion"));
    const QJsonObject rollout = r.objectField(QStringLiteral("rollout"));
    page.releases = r.list<Release>(QStringLiteral("releases"),
                                    [](const QJsonObject& o, const QString& p) { return Release::fromJson(o, p); });
    if (r.failed())
        return error;
    JsonReader s(rollout, QStringLiteral("rollout"), &error);
    page.rollout.inProgress = s.boolean(QStringLiteral("inProgress"));
    page.rollout.workersOnLatest = s.integer(QStringLiteral("workersOnLatest"));
    page.rollout.workersTotal = s.integer(QStringLiteral("workersTotal"));
    page.rollout.percentOnLatest = s.integer(QStringLiteral("percentOnLatest"));
    if (!s.failed() && (page.rollout.percentOnLatest < 0 || page.rollout.percentOnLatest > 100))
        s.failField(DecodeError::Kind::InvalidValue, QStringLiteral("percentOnLatest"),
                    QStringLiteral("a number from 0 to 100"));
    if (s.failed())
        return error;
    return page;
}

QJsonObject ReleasePage::toJson() const
{
    QJsonArray array;
    for (const Release& rel : releases)
        array.append(rel.toJson());
    return QJsonObject{
        {QStringLiteral("endpointVersion"), orNull(endpointVersion)},
        {QStringLiteral("rollout"), QJsonObject{{QStringLiteral("inProgress"), rollout.inProgress},
                                                {QStringLiteral("workersOnLatest"), rollout.workersOnLatest},
                                                {QStringLiteral("workersTotal"), rollout.workersTotal},
                                                {QStringLiteral("percentOnLatest"), rollout.percentOnLatest}}},
        {QStringLiteral("releases"), array},
    };
}

} // namespace podwarden
