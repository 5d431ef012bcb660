#include "ContainerConfig.h"

#include "JsonReader.h"

namespace podwarden {

EnvList envFromJson(const QJsonObject& object, JsonReader& reader, const QString& key)
{
    EnvList env;
    env.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            reader.fail(DecodeError::Kind::WrongType, reader.pathOf(key) + QLatin1Char('.') + it.key(),
                        QStringLiteral("a string"));
            return {};
        }
        env.append(EnvVar{it.key(), it.value().toString()});
    }
    return env;
}

QJsonObject envToJson(const EnvList& env)
{
    QJsonObject out;
    for (const EnvVar& var : env)
        out.insert(var.key, var.value);
    return out;
}

void ContainerConfig::read(JsonReader& reader)
{
    image = reader.optString(QStringLiteral("image"));
    args = reader.optString(QStringLiteral("args"));
    disk = reader.optInteger(QStringLiteral("disk"));
    if (const auto envObject = reader.optObject(QStringLiteral("env")))
        env = envFromJson(*envObject, reader, QStringLiteral("env"));
    ports = reader.optStringList(QStringLiteral("ports"));
    hasRegistry = reader.has(QStringLiteral("registry"));
    registry = reader.optString(QStringLiteral("registry"));
}

void ContainerConfig::write(QJsonObject& out) const
{
    if (image)
        out.insert(QStringLiteral("image"), *image);
    if (args)
        out.insert(QStringLiteral("args"), *args);
    if (disk)
        out.insert(QStringLiteral("disk"), *disk);
    if (env)
        out.insert(QStringLiteral("env"), envToJson(*env));
    if (ports)
        out.insert(QStringLiteral("ports"), toJsonArray(*ports));
    if (hasRegistry || registry)
        out.insert(QStringLiteral("registry"), registry ? QJsonValue(*registry) : QJsonValue(QJsonValue::Null));
}

} // namespace podwarden
