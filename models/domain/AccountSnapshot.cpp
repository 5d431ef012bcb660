#include "AccountSnapshot.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace podwarden {

Decoded<AccountSnapshot> AccountSnapshot::fromJson(const QJsonObject& json)
{
    AccountSnapshot s;
    const auto fetched = parseTimestamp(json.value(QStringLiteral("fetchedAt")).toString());
    if (!fetched)
        return DecodeError{DecodeError::Kind::InvalidValue, QStringLiteral("fetchedAt"),
                           QStringLiteral("RFC 3339 timestamp")};
    s.fetchedAt = *fetched;
    auto keys = decodeApiKeyList(json);
    if (!keys)
        return keys.error();
    auto secrets = decodeSecretList(json);
    if (!secrets)
        return secrets.error();
    auto templates = decodeTemplateList(json);
    if (!templates)
        return templates.error();
    auto endpoints = decodeEndpointList(json);
    if (!endpoints)
        return endpoints.error();
    if (json.contains(QStringLiteral("pods"))) {
        auto pods = decodePodList(json);
        if (!pods)
            return pods.error();
        s.pods = std::move(pods).value();
    }
    const auto readList = [&json](const QString& key, auto& list) -> std::optional<DecodeError> {
        using Item = typename std::decay_t<decltype(list)>::value_type;
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray())
            return DecodeError{DecodeError::Kind::WrongType, key, QStringLiteral("array")};
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject())
                return DecodeError{DecodeError::Kind::WrongType, path, QStringLiteral("object")};
            auto item = Item::fromJson(array.at(i).toObject(), path);
            if (!item)
                return item.error();
            list.append(std::move(item).value());
        }
        return std::nullopt;
    };
    if (auto error = readList(QStringLiteral("deployments"), s.deployments))
        return *error;
    if (auto error = readList(QStringLiteral("paperspaceSecrets"), s.paperspaceSecrets))
        return *error;
    if (auto error = readList(QStringLiteral("recentEvents"), s.recentEvents))
        return *error;
    s.apiKeys = std::move(keys).value();
    s.secrets = std::move(secrets).value();
    s.templates = std::move(templates).value();
    s.endpoints = std::move(endpoints).value();
    return s;
}

QJsonObject AccountSnapshot::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("fetchedAt"), formatTimestamp(fetchedAt));
    json.insert(QStringLiteral("apiKeys"), encodeApiKeyList(apiKeys).value(QStringLiteral("apiKeys")));
    json.insert(QStringLiteral("secrets"), encodeSecretList(secrets).value(QStringLiteral("secrets")));
    json.insert(QStringLiteral("templates"), encodeTemplateList(templates).value(QStringLiteral("templates")));
    json.insert(QStringLiteral("endpoints"), encodeEndpointList(endpoints).value(QStringLiteral("endpoints")));
    json.insert(QStringLiteral("pods"), encodePodList(pods).value(QStringLiteral("pods")));
    const auto writeList = [&json](const QString& key, const auto& list) {
        if (list.isEmpty())
            return;
        QJsonArray array;
        for (const auto& item : list)
            array.append(item.toJson());
        json.insert(key, array);
    };
    writeList(QStringLiteral("deployments"), deployments);
    writeList(QStringLiteral("paperspaceSecrets"), paperspaceSecrets);
    writeList(QStringLiteral("recentEvents"), recentEvents);
    return json;
}

} // namespace podwarden
