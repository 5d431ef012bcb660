#include "KeyUsage.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace podwarden {

namespace {

QJsonValue timeJson(const std::optional<QDateTime>& at)
{
    return at ? QJsonValue(formatTimestamp(*at)) : QJsonValue(QJsonValue::Null);
}

GrantUse readUse(JsonReader& r)
{
    GrantUse use;
    use.read = r.optTimestamp(QStringLiteral("read"));
    use.write = r.optTimestamp(QStringLiteral("write"));
    return use;
}

} // namespace

Decoded<KeyUsage> KeyUsage::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    KeyUsage usage;
    const QJsonObject api = r.objectField(QStringLiteral("api"));
    if (r.failed())
        return error;
    JsonReader apiReader(api, r.pathOf(QStringLiteral("api")), &error);
    usage.api = readUse(apiReader);
    if (apiReader.failed())
        return error;
    const QJsonArray endpoints = r.array(QStringLiteral("endpoints"));
    if (r.failed())
        return error;
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const QString itemPath =
            r.pathOf(QStringLiteral("endpoints")) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!endpoints.at(i).isObject())
            return DecodeError{DecodeError::Kind::WrongType, itemPath, QStringLiteral("an object")};
        JsonReader e(endpoints.at(i).toObject(), itemPath, &error);
        const QString id = e.string(QStringLiteral("endpointId"));
        const GrantUse use = readUse(e);
        if (e.failed())
            return error;
        usage.endpoints.insert(id, use);
    }
    return usage;
}

QJsonObject KeyUsage::toJson() const
{
    QJsonArray endpointList;
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        endpointList.append(QJsonObject{{QStringLiteral("endpointId"), it.key()},
                                        {QStringLiteral("read"), timeJson(it->read)},
                                        {QStringLiteral("write"), timeJson(it->write)}});
    return QJsonObject{{QStringLiteral("api"), QJsonObject{{QStringLiteral("read"), timeJson(api.read)},
                                                           {QStringLiteral("write"), timeJson(api.write)}}},
                       {QStringLiteral("endpoints"), endpointList}};
}

} // namespace podwarden
