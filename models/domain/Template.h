#pragma once

#include "ContainerCommand.h"
#include "ContainerConfig.h"
#include "DecodeError.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace podwarden {

enum class TemplateCategory { Nvidia, Amd, Cpu };
QString toWireString(TemplateCategory category);
std::optional<TemplateCategory> templateCategoryFromString(const QString& text);

struct PersistentMount
{
    qint64 sizeGb = 10;
    QString path = QStringLiteral("/workspace");
    bool operator==(const PersistentMount& o) const { return sizeGb == o.sizeGb && path == o.path; }
    bool operator!=(const PersistentMount& o) const { return !(*this == o); }
};

// A pod or serverless template as the service returns it (`Template` of the OpenAPI document).
struct Template
{
    QString id;
    QString name;
    QString image;
    // The start command as stored; `entrypoint` and `cmd` on the wire are derived from it
    // (command()), so they can never disagree with it.
    QString args;
    qint64 diskGb = 0;
    EnvList env;
    QStringList ports;
    std::optional<QString> registry; // registry credential id, null for public images
    std::optional<PersistentMount> persistentMount;
    bool serverless = false;
    bool isPublic = false;
    TemplateCategory category = TemplateCategory::Nvidia;
    bool startSsh = true;
    bool startJupyter = true;
    QStringList allowedCudaVersions;

    // args read as exec form; empty when it cannot be read.
    ContainerCommand command() const { return ContainerCommand::fromArgs(args).value_or(ContainerCommand{}); }

    static Decoded<Template> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const; // with args, entrypoint and cmd
    bool operator==(const Template& o) const;
    bool operator!=(const Template& o) const { return !(*this == o); }
};

// The body of POST /v2/templates and PATCH /v2/templates/{id}: every field optional, only the
// fields present are sent. `env`, when present, replaces the template's env whole.
struct TemplateInput
{
    std::optional<QString> name;
    ContainerConfig container;
    bool hasMounts = false;
    std::optional<PersistentMount> persistentMount; // with hasMounts: {} when nullopt
    std::optional<bool> serverless;
    std::optional<bool> isPublic;
    std::optional<TemplateCategory> category;
    std::optional<bool> startSsh;
    std::optional<bool> startJupyter;
    std::optional<QStringList> allowedCudaVersions;

    // Every field of `t` except its id: what a push of a complete draft sends.
    static TemplateInput fromTemplate(const Template& t);
    static Decoded<TemplateInput> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const TemplateInput& o) const;
};

Decoded<QList<Template>> decodeTemplateList(const QJsonObject& json); // {"templates":[...]}
QJsonObject encodeTemplateList(const QList<Template>& templates);

} // namespace podwarden
