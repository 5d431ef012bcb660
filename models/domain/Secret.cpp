#include "Secret.h"

#include "JsonReader.h"

namespace podwarden {

Decoded<Secret> Secret::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Secret s;
    s.id = r.string(QStringLiteral("id"));
    s.name = r.string(QStringLiteral("name"));
    s.description = r.optString(QStringLiteral("description")).value_or(QString());
    s.createdAt = r.timestamp(QStringLiteral("createdAt"));
    s.valueLastUpdatedAt = r.timestamp(QStringLiteral("valueLastUpdatedAt"));
    if (r.failed())
        return error;
    return s;
}

QJsonObject Secret::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("createdAt"), formatTimestamp(createdAt)},
        {QStringLiteral("valueLastUpdatedAt"), formatTimestamp(valueLastUpdatedAt)},
    };
}

Decoded<QList<Secret>> decodeSecretList(const QJsonObject& json)
{
    return decodeWrappedList<Secret>(json, QStringLiteral("secrets"));
}

QJsonObject encodeSecretList(const QList<Secret>& secrets)
{
    return encodeWrappedList(secrets, QStringLiteral("secrets"));
}

} // namespace podwarden
