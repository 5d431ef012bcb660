#include "ApiKey.h"

#include "JsonReader.h"

namespace podwarden {

Decoded<ApiKey> ApiKey::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    ApiKey k;
    k.id = r.string(QStringLiteral("id"));
    k.name = r.string(QStringLiteral("name"));
    k.prefix = r.string(QStringLiteral("prefix"));
    k.legacy = r.boolean(QStringLiteral("legacy"));
    k.enabled = r.boolean(QStringLiteral("enabled"));
    k.createdAt = r.timestamp(QStringLiteral("createdAt"));
    k.lastUsedAt = r.optTimestamp(QStringLiteral("lastUsedAt"));
    k.createdBy = r.optString(QStringLiteral("createdBy")).value_or(QString());
    k.expiresAt = r.optTimestamp(QStringLiteral("expiresAt"));
    k.rolledFrom = r.optString(QStringLiteral("rolledFrom")).value_or(QString());
    const QJsonArray policies = r.array(QStringLiteral("policies"));
    if (r.failed())
        return error;
    auto policy = AccessPolicy::fromDocuments(policies, r.pathOf(QStringLiteral("policies")));
    if (!policy)
        return policy.error();
    k.policy = policy.value();
    return k;
}

QJsonObject ApiKey::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("legacy"), legacy},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("createdAt"), formatTimestamp(createdAt)},
        {QStringLiteral("lastUsedAt"),
         lastUsedAt ? QJsonValue(formatTimestamp(*lastUsedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("policies"), policy.toDocuments()},
        {QStringLiteral("expiresAt"),
         expiresAt ? QJsonValue(formatTimestamp(*expiresAt)) : QJsonValue(QJsonValue::Null)},
    };
    if (!rolledFrom.isEmpty())
        json.insert(QStringLiteral("rolledFrom"), rolledFrom);
    return json;
}

Decoded<QList<ApiKey>> decodeApiKeyList(const QJsonObject& json)
{
    return decodeWrappedList<ApiKey>(json, QStringLiteral("apiKeys"));
}

QJsonObject encodeApiKeyList(const QList<ApiKey>& keys)
{
    return encodeWrappedList(keys, QStringLiteral("apiKeys"));
}

} // namespace podwarden
