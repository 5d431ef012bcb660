#pragma once

#include "DecodeError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace podwarden {

// When one grant was last used: its read and its write part (nullopt: never).
struct GrantUse
{
    std::optional<QDateTime> read;
    std::optional<QDateTime> write;
    bool operator==(const GrantUse& o) const { return read == o.read && write == o.write; }
};

// What GET /v2/account/api-keys/{id}/usage answers (SERVICE.md 5.2): when the key last used each
// grant, the management API's and each endpoint's. The service records a use on every request
// the grant allowed.
//   {"api":{"read":t|null,"write":t|null},"endpoints":[{"endpointId","read":t|null,"write":t|null}]}
struct KeyUsage
{
    GrantUse api;
    QMap<QString, GrantUse> endpoints; // by endpoint id; only endpoints used at least once

    static Decoded<KeyUsage> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const KeyUsage& o) const { return api == o.api && endpoints == o.endpoints; }
};

} // namespace podwarden
