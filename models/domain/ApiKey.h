#pragma once

#include "AccessPolicy.h"
#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace podwarden {

// An API key's metadata (SERVICE.md 5.2). The raw key, returned once by the create route, is not
// part of this type: the network layer hands it over in a wiping buffer and nothing keeps it.
struct ApiKey
{
    QString id;
    QString name;
    QString prefix; // "rpa_9QX2"
    bool legacy = false;
    bool enabled = true;
    QDateTime createdAt;
    std::optional<QDateTime> lastUsedAt; // nullopt: never used
    QString createdBy;
    AccessPolicy policy;
    std::optional<QDateTime> expiresAt; // nullopt: never expires (SERVICE.md 5.2 expiry)
    QString rolledFrom;                 // the key this one succeeds, when it was made by rolling

    // From `expiresAt` on, the service answers 401 "expired api key"; the key still lists.
    bool isExpired(const QDateTime& now) const { return expiresAt && *expiresAt <= now; }

    static Decoded<ApiKey> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const ApiKey& o) const
    {
        return id == o.id && name == o.name && prefix == o.prefix && legacy == o.legacy && enabled == o.enabled &&
               createdAt == o.createdAt && lastUsedAt == o.lastUsedAt && createdBy == o.createdBy &&
               policy == o.policy && expiresAt == o.expiresAt && rolledFrom == o.rolledFrom;
    }
};

Decoded<QList<ApiKey>> decodeApiKeyList(const QJsonObject& json); // {"apiKeys":[...]}
QJsonObject encodeApiKeyList(const QList<ApiKey>& keys);

} // namespace podwarden
