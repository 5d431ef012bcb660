#include "RequestSchemas.h"

#include "BodySchema.h"

#include <QJsonArray>
#include <QJsonObject>

namespace podwarden::sandbox::schemas {

namespace {

using S = BodySchema;

const QString kCudaVersion = QStringLiteral("^\\d+\\.\\d+$");

S stringArray()
{
    return S::array(S::string());
}

// ContainerConfig: the container fields shared by templates and endpoints.
S containerConfig()
{
    return S::object({
        {QStringLiteral("args"), S::string()},
        {QStringLiteral("cmd"), stringArray()},
        {QStringLiteral("entrypoint"), stringArray()},
        {QStringLiteral("disk"), S::integer().minimum(1)},
        {QStringLiteral("env"), S::stringMap()},
        {QStringLiteral("image"), S::string()},
        {QStringLiteral("ports"), stringArray()},
        {QStringLiteral("registry"), S::string().nullable()},
    });
}

S templateFields()
{
    const S persistentMount =
        S::object({{QStringLiteral("size"), S::integer().minimum(10)}, {QStringLiteral("path"), S::string()}})
            .required({QStringLiteral("size"), QStringLiteral("path")});
    return S::object({
        {QStringLiteral("name"), S::string().minLength(1)},
        {QStringLiteral("allowedCudaVersions"), S::array(S::string().pattern(kCudaVersion))},
        {QStringLiteral("category"),
         S::string().oneOf({QStringLiteral("CPU"), QStringLiteral("NVIDIA"), QStringLiteral("AMD")})},
        {QStringLiteral("mounts"), S::object({{QStringLiteral("persistent"), persistentMount}})},
        {QStringLiteral("public"), S::boolean()},
        {QStringLiteral("serverless"), S::boolean()},
        {QStringLiteral("startJupyter"), S::boolean()},
        {QStringLiteral("startSsh"), S::boolean()},
    });
}

// EndpointScaling: a union discriminated by `type`.
S scaling()
{
    return S::object({{QStringLiteral("type"),
                       S::string().oneOf({QStringLiteral("QUEUE_DELAY"), QStringLiteral("REQUEST_COUNT")})},
                      {QStringLiteral("queueDelay"), S::number().minimum(0.5)},
                      {QStringLiteral("requestCount"), S::integer().minimum(1)}})
        .required({QStringLiteral("type")})
        .check([](const QJsonValue& value, const QString& path, QStringList* errors) {
            const QJsonObject o = value.toObject();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type != QLatin1String("QUEUE_DELAY") && type != QLatin1String("REQUEST_COUNT"))
                return; // already reported
            const bool queueDelay = type == QLatin1String("QUEUE_DELAY");
            const QString needed = queueDelay ? QStringLiteral("queueDelay") : QStringLiteral("requestCount");
            const QString other = queueDelay ? QStringLiteral("requestCount") : QStringLiteral("queueDelay");
            if (!o.contains(needed))
                errors->append(path + QStringLiteral(": missing property '") + needed + QLatin1Char('\''));
            if (o.contains(other))
                errors->append(path + QStringLiteral(": additional properties '") + other +
                               QStringLiteral("' not allowed"));
        });
}

S workers()
{
    return S::object({{QStringLiteral("min"), S::integer().minimum(0)},
                      {QStringLiteral("max"), S::integer().minimum(0)},
                      {QStringLiteral("idleTimeout"), S::integer().minimum(1).maximum(3600)}});
    // min <= max is checked on the merged result, where a PATCH of one bound is also caught.
}

S cpuConfigs()
{
    const S cpu = S::object({{QStringLiteral("id"), S::string().minLength(1)},
                             {QStringLiteral("vcpuCount"), S::integer().minimum(2)}})
                      .required({QStringLiteral("id"), QStringLiteral("vcpuCount")})
                      .check([](const QJsonValue& value, const QString& path, QStringList* errors) {
                          const qint64 n = value.toObject().value(QStringLiteral("vcpuCount")).toInteger();
                          if ((n & (n - 1)) != 0)
                              errors->append(path + QStringLiteral(".vcpuCount: must be a power of two but found ") +
                                             QString::number(n));
                      });
    return S::array(cpu).minItems(1).uniqueItems();
}

S gpuConfig(bool create)
{
    S gpu = S::object({
        {QStringLiteral("pools"), stringArray().minItems(1)},
        {QStringLiteral("excludedTypes"), S::array(S::string().pattern(QStringLiteral("^\\s*[^-\\s]"))).uniqueItems()},
        {QStringLiteral("count"), S::integer().minimum(1)},
        {QStringLiteral("allowedCudaVersions"), S::array(S::string().pattern(kCudaVersion))},
        {QStringLiteral("minCudaVersion"),
         S::string().pattern(create ? kCudaVersion : QStringLiteral("^$|^\\d+\\.\\d+$"))},
    });
    if (create)
        gpu.required({QStringLiteral("pools")});
    else
        gpu.check([](const QJsonValue& value, const QString& path, QStringList* errors) {
            const QJsonObject o = value.toObject();
            if (o.contains(QStringLiteral("excludedTypes")) && !o.contains(QStringLiteral("pools")))
                errors->append(path + QStringLiteral(": property 'excludedTypes' requires property 'pools'"));
        });
    return gpu;
}

S endpointFields(bool create)
{
    S fields = S::object({
        {QStringLiteral("name"), S::string().minLength(1)},
        {QStringLiteral("gpu"), gpuConfig(create)},
        {QStringLiteral("cpu"), cpuConfigs()},
        {QStringLiteral("scaling"), scaling()},
        {QStringLiteral("dataCenterIds"), stringArray()},
        {QStringLiteral("flashboot"),
         S::string().oneOf({QStringLiteral("OFF"), QStringLiteral("FLASHBOOT"), QStringLiteral("PRIORITY_FLASHBOOT")})},
        {QStringLiteral("networkVolumes"), stringArray()},
        {QStringLiteral("templateId"), create ? S::string().minLength(1) : S::string()},
        {QStringLiteral("timeout"), S::integer()},
        {QStringLiteral("workers"), workers()},
    });
    if (create) {
        fields.extend(S::object(
            {{QStringLiteral("type"), S::string().oneOf({QStringLiteral("QUEUE"), QStringLiteral("LOAD_BALANCER")})}}));
    }
    return fields;
}

} // namespace

const BodySchema& createTemplate()
{
    static const S schema =
        containerConfig().extend(templateFields()).required({QStringLiteral("name"), QStringLiteral("image")});
    return schema;
}

const BodySchema& updateTemplate()
{
    static const S schema = containerConfig().extend(templateFields());
    return schema;
}

const BodySchema& createEndpoint()
{
    static const S schema =
        containerConfig()
            .extend(endpointFields(true))
            .required({QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("scaling")})
            .check([](const QJsonValue& value, const QString& path, QStringList* errors) {
                const QJsonObject o = value.toObject();
                if (!o.contains(QStringLiteral("templateId")) && !o.contains(QStringLiteral("image")))
                    errors->append(path + QStringLiteral(": missing property 'image'"));
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("LOAD_BALANCER") &&
                    o.value(QStringLiteral("scaling")).toObject().value(QStringLiteral("type")).toString() !=
                        QLatin1String("REQUEST_COUNT"))
                    errors->append(path + QStringLiteral(".scaling.type: a LOAD_BALANCER endpoint scales on "
                                                         "REQUEST_COUNT"));
                // Exactly one of gpu and cpu is a 400 in the contract, checked by the route.
            });
    return schema;
}

const BodySchema& updateEndpoint()
{
    static const S schema = containerConfig().extend(endpointFields(false));
    return schema;
}

const BodySchema& createSecret()
{
    // Name and value rules (Validation) answer in their own words; the description's maxLength is
    // the schema's, in characters, before its limit in bytes.
    static const S schema = S::object({{QStringLiteral("name"), S::string()},
                                       {QStringLiteral("value"), S::string()},
                                       {QStringLiteral("description"), S::string().maxLength(65535)}})
                                .required({QStringLiteral("name"), QStringLiteral("value")});
    return schema;
}

static void atLeastOne(const QStringList& names, const QJsonValue& value, const QString& path, QStringList* errors)
{
    const QJsonObject o = value.toObject();
    for (const QString& n : names) {
        if (o.contains(n))
            return;
    }
    errors->append(path + QStringLiteral(": at least one of '") + names.join(QStringLiteral("', '")) +
                   QStringLiteral("' is required"));
}

const BodySchema& updateSecret()
{
    static const S schema = S::object({{QStringLiteral("value"), S::string()},
                                       {QStringLiteral("description"), S::string().maxLength(65535)}})
                                .check([](const QJsonValue& v, const QString& p, QStringList* e) {
                                    atLeastOne({QStringLiteral("value"), QStringLiteral("description")}, v, p, e);
                                });
    return schema;
}

static S policyDocuments()
{
    const S statement =
        S::object({{QStringLiteral("Effect"), S::string().oneOf({QStringLiteral("Allow")})},
                   {QStringLiteral("Actions"), stringArray().minItems(1)},
                   {QStringLiteral("Resources"), stringArray().minItems(1)}})
            .required({QStringLiteral("Effect"), QStringLiteral("Actions"), QStringLiteral("Resources")})
            .open(); // a Condition, say, is kept verbatim
    const S document = S::object({{QStringLiteral("Version"), S::string().minLength(1)},
                                  {QStringLiteral("Statement"), S::array(statement)}})
                           .required({QStringLiteral("Version"), QStringLiteral("Statement")});
    return S::array(document);
}

const BodySchema& createKey()
{
    static const S schema = S::object({{QStringLiteral("name"), S::string()},
                                       {QStringLiteral("policies"), policyDocuments()},
                                       {QStringLiteral("expiresAt"), S::string().nullable()},
                                       {QStringLiteral("rolledFrom"), S::string().minLength(1)}})
                                .required({QStringLiteral("name"), QStringLiteral("policies")});
    return schema;
}

const BodySchema& updateKey()
{
    static const S schema = S::object({{QStringLiteral("name"), S::string()},
                                       {QStringLiteral("enabled"), S::boolean()},
                                       {QStringLiteral("policies"), policyDocuments()},
                                       {QStringLiteral("expiresAt"), S::string().nullable()}})
                                .check([](const QJsonValue& v, const QString& p, QStringList* e) {
                                    atLeastOne({QStringLiteral("name"), QStringLiteral("enabled"),
                                                QStringLiteral("policies"), QStringLiteral("expiresAt")},
                                               v, p, e);
                                });
    return schema;
}

const BodySchema& boot()
{
    static const S schema =
        S::object({{QStringLiteral("templateId"), S::string().minLength(1)}}).required({QStringLiteral("templateId")});
    return schema;
}

// PodActionRequest.
const BodySchema& podAction()
{
    static const S schema = S::object({{QStringLiteral("action"),
                                        S::string().oneOf({QStringLiteral("start"), QStringLiteral("stop"),
                                                           QStringLiteral("restart"), QStringLiteral("terminate")})}})
                                .required({QStringLiteral("action")});
    return schema;
}

const BodySchema& jobInput()
{
    static const S schema = S::object({{QStringLiteral("input"), S::object({}).open()},
                                       {QStringLiteral("webhook"), S::string()},
                                       {QStringLiteral("policy"), S::object({}).open()},
                                       {QStringLiteral("s3Config"), S::object({}).open()}})
                                .required({QStringLiteral("input")});
    return schema;
}

} // namespace podwarden::sandbox::schemas
