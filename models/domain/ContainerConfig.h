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
    // Exec-form parts of the command (September 2026): encoded into `args` by the service.
    std::optional<QStringList> cmd;
    std::optional<QStringList> entrypoint;
    std::optional<qint64> disk; // GB
    std::optional<EnvList> env;
    std::optional<QStringList> ports; // "8888/http"
    // The registry credential id: absent, null (public image) or an id.
    bool hasRegistry = false;
    std::optional<QString> registry;

    bool operator==(const ContainerConfig& o) const
    {
        return image == o.image && args == o.args && cmd == o.cmd && entrypoint == o.entrypoint && disk == o.disk &&
               env == o.env && ports == o.ports && hasRegistry == o.hasRegistry && registry == o.registry;
    }
    bool operator!=(const ContainerConfig& o) const { return !(*this == o); }

    // What a create (currentArgs "") or a PATCH with these fields leaves in `args`: unchanged when
    // none of args, cmd and entrypoint was sent; a part not sent keeps its current value. Fails,
    // with an English reason in `error`, when `args` cannot be read or when `args` and
    // cmd/entrypoint describe different commands.
    struct CommandChange
    {
        bool changed = false;
        QString args;
        QString error; // non-empty: refuse the request
    };
    CommandChange commandChange(const QString& currentArgs) const;

    void read(JsonReader& reader);
    void write(QJsonObject& out) const;
};

EnvList envFromJson(const QJsonObject& object, JsonReader& reader, const QString& key);
QJsonObject envToJson(const EnvList& env);

} // namespace podwarden
