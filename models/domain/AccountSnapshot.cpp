#include "AccountSnapshot.h"

#include "JsonReader.h"

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
    return json;
}

} // namespace podwarden
