#include "Template.h"

#include "JsonReader.h"

namespace podwarden {

QString toWireString(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Nvidia:
        return QStringLiteral("NVIDIA");
    case TemplateCategory::Amd:
        return QStringLiteral("AMD");
    case TemplateCategory::Cpu:
        return QStringLiteral("CPU");
    }
    return {};
}

std::optional<TemplateCategory> templateCategoryFromString(const QString& text)
{
    for (auto c : {TemplateCategory::Nvidia, TemplateCategory::Amd, TemplateCategory::Cpu}) {
        if (toWireString(c) == text)
            return c;
    }
    return std::nullopt;
}

namespace {

std::optional<TemplateCategory> readCategory(JsonReader& r, bool required)
{
    return readEnum(r, QStringLiteral("category"), required,
                    {TemplateCategory::Nvidia, TemplateCategory::Amd, TemplateCategory::Cpu},
                    QStringLiteral("NVIDIA, AMD or CPU"));
}

QJsonObject mountsToJson(const std::optional<PersistentMount>& mount)
{
    QJsonObject mounts;
    if (mount) {
        mounts.insert(QStringLiteral("persistent"),
                      QJsonObject{{QStringLiteral("size"), mount->sizeGb}, {QStringLiteral("path"), mount->path}});
    }
    return mounts;
}

} // namespace

static std::optional<PersistentMount> decodeMounts(const QJsonObject& mounts, const QString& path, DecodeError* error,
                                                   bool* failed)
{
    JsonReader m(mounts, path, error);
    std::optional<PersistentMount> result;
    if (const auto persistent = m.optObject(QStringLiteral("persistent"))) {
        JsonReader p(*persistent, m.pathOf(QStringLiteral("persistent")), error);
        PersistentMount mount;
        mount.sizeGb = p.integer(QStringLiteral("size"));
        mount.path = p.string(QStringLiteral("path"));
        if (p.failed()) {
            *failed = true;
            return std::nullopt;
        }
        result = mount;
    }
    *failed = m.failed();
    return result;
}

Decoded<Template> Template::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Template t;
    t.id = r.string(QStringLiteral("id"));
    t.name = r.string(QStringLiteral("name"));
    t.image = r.string(QStringLiteral("image"));
    t.args = r.string(QStringLiteral("args"));
    // September 2026 answers carry the exec form too (derived from args; the August ones do not).
    r.optStringList(QStringLiteral("entrypoint"));
    r.optStringList(QStringLiteral("cmd"));
    t.diskGb = r.integer(QStringLiteral("disk"));
    const QJsonObject env = r.objectField(QStringLiteral("env"));
    if (!r.failed())
        t.env = envFromJson(env, r, QStringLiteral("env"));
    t.ports = r.stringList(QStringLiteral("ports"));
    if (!r.failed() && !r.has(QStringLiteral("registry")))
        r.failField(DecodeError::Kind::Missing, QStringLiteral("registry"), QString());
    t.registry = r.optString(QStringLiteral("registry"));
    const QJsonObject mounts = r.objectField(QStringLiteral("mounts"));
    if (!r.failed()) {
        bool failed = false;
        t.persistentMount = decodeMounts(mounts, r.pathOf(QStringLiteral("mounts")), &error, &failed);
        if (failed)
            return error;
    }
    t.serverless = r.boolean(QStringLiteral("serverless"));
    t.isPublic = r.boolean(QStringLiteral("public"));
    t.category = readCategory(r, true).value_or(TemplateCategory::Nvidia);
    t.startSsh = r.boolean(QStringLiteral("startSsh"));
    t.startJupyter = r.boolean(QStringLiteral("startJupyter"));
    t.allowedCudaVersions = r.stringList(QStringLiteral("allowedCudaVersions"));
    if (r.failed())
        return error;
    return t;
}

QJsonObject Template::toJson() const
{
    const ContainerCommand exec = command();
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("image"), image},
        {QStringLiteral("args"), args},
        {QStringLiteral("entrypoint"), toJsonArray(exec.entrypoint)},
        {QStringLiteral("cmd"), toJsonArray(exec.cmd)},
        {QStringLiteral("disk"), diskGb},
        {QStringLiteral("env"), envToJson(env)},
        {QStringLiteral("ports"), toJsonArray(ports)},
        {QStringLiteral("registry"), registry ? QJsonValue(*registry) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("mounts"), mountsToJson(persistentMount)},
        {QStringLiteral("serverless"), serverless},
        {QStringLiteral("public"), isPublic},
        {QStringLiteral("category"), toWireString(category)},
        {QStringLiteral("startSsh"), startSsh},
        {QStringLiteral("startJupyter"), startJupyter},
        {QStringLiteral("allowedCudaVersions"), toJsonArray(allowedCudaVersions)},
    };
}

bool Template::operator==(const Template& o) const
{
    return id == o.id && name == o.name && image == o.image && args == o.args && diskGb == o.diskGb && env == o.env &&
           ports == o.ports && registry == o.registry && persistentMount == o.persistentMount &&
           serverless == o.serverless && isPublic == o.isPublic && category == o.category && startSsh == o.startSsh &&
           startJupyter == o.startJupyter && allowedCudaVersions == o.allowedCudaVersions;
}

TemplateInput TemplateInput::fromTemplate(const Template& t)
{
    TemplateInput in;
    in.name = t.name;
    in.container.image = t.image;
    in.container.args = t.args;
    in.container.disk = t.diskGb;
    in.container.env = t.env;
    in.container.ports = t.ports;
    in.container.hasRegistry = true;
    in.container.registry = t.registry;
    in.hasMounts = true;
    in.persistentMount = t.persistentMount;
    in.serverless = t.serverless;
    in.isPublic = t.isPublic;
    in.category = t.category;
    in.startSsh = t.startSsh;
    in.startJupyter = t.startJupyter;
    in.allowedCudaVersions = t.allowedCudaVersions;
    return in;
}

Decoded<TemplateInput> TemplateInput::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    TemplateInput in;
    in.name = r.optString(QStringLiteral("name"));
    in.container.read(r);
    if (const auto mounts = r.optObject(QStringLiteral("mounts"))) {
        bool failed = false;
        in.hasMounts = true;
        in.persistentMount = decodeMounts(*mounts, r.pathOf(QStringLiteral("mounts")), &error, &failed);
        if (failed)
            return error;
    }
    in.serverless = r.optBoolean(QStringLiteral("serverless"));
    in.isPublic = r.optBoolean(QStringLiteral("public"));
    in.category = readCategory(r, false);
    in.startSsh = r.optBoolean(QStringLiteral("startSsh"));
    in.startJupyter = r.optBoolean(QStringLiteral("startJupyter"));
    in.allowedCudaVersions = r.optStringList(QStringLiteral("allowedCudaVersions"));
    if (r.failed())
        return error;
    return in;
}

QJsonObject TemplateInput::toJson() const
{
    QJsonObject out;
    if (name)
        out.insert(QStringLiteral("name"), *name);
    container.write(out);
    if (hasMounts)
        out.insert(QStringLiteral("mounts"), mountsToJson(persistentMount));
    if (serverless)
        out.insert(QStringLiteral("serverless"), *serverless);
    if (isPublic)
        out.insert(QStringLiteral("public"), *isPublic);
    if (category)
        out.insert(QStringLiteral("category"), toWireString(*category));
    if (startSsh)
        out.insert(QStringLiteral("startSsh"), *startSsh);
    if (startJupyter)
        out.insert(QStringLiteral("startJupyter"), *startJupyter);
    if (allowedCudaVersions)
        out.insert(QStringLiteral("allowedCudaVersions"), toJsonArray(*allowedCudaVersions));
    return out;
}

bool TemplateInput::operator==(const TemplateInput& o) const
{
    return name == o.name && container == o.container && hasMounts == o.hasMounts &&
           persistentMount == o.persistentMount && serverless == o.serverless && isPublic == o.isPublic &&
           category == o.category && startSsh == o.startSsh && startJupyter == o.startJupyter &&
           allowedCudaVersions == o.allowedCudaVersions;
}

Decoded<QList<Template>> decodeTemplateList(const QJsonObject& json)
{
    return decodeWrappedList<Template>(json, QStringLiteral("templates"));
}

QJsonObject encodeTemplateList(const QList<Template>& templates)
{
    return encodeWrappedList(templates, QStringLiteral("templates"));
}

} // namespace podwarden
