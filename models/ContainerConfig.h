#pragma once

#include "DecodeError.h"
#include "EnvVar.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace podwarden {

class JsonReader;

// The container fields shared by templates, endpoints and their create/update bodies
// (`ContainerConfig` of the OpenAPI document). Every field may be absent on the wire.
struct ContainerConfig
{
    std::optional<QString> image;
    std::optional<QString> args;
    std::optional<qint64> disk; // GB
    std::optional<EnvList> env;
    std::optional<QStringList> ports; // "8888/http"
    // The registry credential id: absent, null (public image) or an id.
    bool hasRegistry = false;
    std::optional<QString> registry;

    bool operator==(const ContainerConfig& o) const
    {
        return image == o.image && args == o.args && disk == o.disk && env == o.env && ports == o.ports &&
               hasRegistry == o.hasRegistry && registry == o.registry;
    }
    bool operator!=(const ContainerConfig& o) const { return !(*this == o); }

    void read(JsonReader& reader);
    void write(QJsonObject& out) const;
};

EnvList envFromJson(const QJsonObject& object, JsonReader& reader, const QString& key);
QJsonObject envToJson(const EnvList& env);

} // namespace podwarden
