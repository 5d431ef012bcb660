// Templates, serverless endpoints, audit events and the sandbox's boot route.
#include "SandboxService.h"

#include "JsonReader.h"
#include "SecretReference.h"
#include "Validation.h"

#include <QJsonArray>
#include <openssl/crypto.h>

namespace podwarden::sandbox {

namespace {

HttpResponse notFound(const QString& what, const QString& id)
{
    return HttpResponse::problem(404, QStringLiteral("%1 %2 not found").arg(what, id));
}

HttpResponse invalid(const QStringList& errors)
{
    return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
}

// The env rules the shared Validation enforces in the client's editor, as 422 messages.
QStringList envErrors(const std::optional<EnvList>& env)
{
    QStringList errors;
    if (!env)
        return errors;
    // The cloud accepts any key; the limit of 50 is SERVICE.md's. Key style is the editor's concern.
    if (const auto issue = Validation::envCount(env->size()))
        errors.append(QStringLiteral("$.env: ") + issue->message);
    return errors;
}

// Names of the top-level fields whose JSON differs: what an "updated" event lists.
QJsonArray changedFields(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QJsonArray out;
    for (const QString& k : keys) {
        if (before.value(k) != after.value(k))
            out.append(k);
    }
    return out;
}

void applyContainer(const ContainerConfig& in, ContainerConfig* out)
{
    if (in.image)
        out->image = in.image;
    if (in.args)
        out->args = in.args;
    if (in.disk)
        out->disk = in.disk;
    if (in.env)
        out->env = in.env;
    if (in.ports)
        out->ports = in.ports;
    if (in.hasRegistry) {
        out->hasRegistry = true;
        out->registry = in.registry;
    }
}

void applyTemplate(const TemplateInput& in, Template* t)
{
    if (in.name)
        t->name = *in.name;
    const ContainerConfig& c = in.container;
    if (c.image)
        t->image = *c.image;
    if (c.args)
        t->args = *c.args;
    if (c.disk)
        t->diskGb = *c.disk;
    if (c.env)
        t->env = *c.env; // replaced whole, as the cloud does
    if (c.ports)
        t->ports = *c.ports;
    if (c.hasRegistry)
        t->registry = c.registry;
    if (in.hasMounts && in.persistentMount) // {} leaves the mount as it is
        t->persistentMount = in.persistentMount;
    if (in.serverless)
        t->serverless = *in.serverless;
    if (in.isPublic)
        t->isPublic = *in.isPublic;
    if (in.category)
        t->category = *in.category;
    if (in.startSsh)
        t->startSsh = *in.startSsh;
    if (in.startJupyter)
        t->startJupyter = *in.startJupyter;
    if (in.allowedCudaVersions)
        t->allowedCudaVersions = *in.allowedCudaVersions;
}

// The OpenAPI document answers this conflict with 400, not 422.
std::optional<HttpResponse> cudaConflict(const Endpoint& e)
{
    if (e.gpu && !e.gpu->allowedCudaVersions.value_or(QStringList()).isEmpty() && e.gpu->minCudaVersion)
        return HttpResponse::problem(400, QStringLiteral("gpu.allowedCudaVersions (non-empty) and gpu.minCudaVersion "
                                                         "are mutually exclusive"));
    return std::nullopt;
}

HttpResponse decodeFailure(const DecodeError& error)
{
    return invalid({QStringLiteral("$.") + error.field + QStringLiteral(": ") + error.message()});
}

// The template an endpoint body names in templateId, or the answer that refuses it.
std::optional<HttpResponse> serverlessTemplate(const Store& store, const EndpointInput& in,
                                               std::optional<Template>* base)
{
    if (!in.templateId)
        return std::nullopt;
    *base = store.templateById(*in.templateId);
    if (!*base)
        return notFound(QStringLiteral("template"), *in.templateId);
    if (!(*base)->serverless)
        return invalid({QStringLiteral("$.templateId: template %1 is not a serverless template").arg((*base)->id)});
    return std::nullopt;
}

bool scalesOnRequests(const Endpoint& e)
{
    return e.scaling.type == ScalingType::RequestCount && e.type.value_or(EndpointType::Queue) == EndpointType::Queue;
}

} // namespace

// ---- Templates

HttpResponse SandboxService::listTemplates(Call&)
{
    return HttpResponse::json(200, encodeTemplateList(m_store->templates()));
}

HttpResponse SandboxService::createTemplate(Call& c)
{
    auto in = TemplateInput::fromJson(c.body);
    if (!in.ok())
        return decodeFailure(in.error());
    if (const QStringList errors = envErrors(in->container.env); !errors.isEmpty())
        return invalid(errors);
    if (m_store->templateNameTaken(*in->name))
        return HttpResponse::problem(409, QStringLiteral("a template named \"%1\" already exists").arg(*in->name));
    Template t;
    t.id = randomId(QStringLiteral("tpl_"));
    t.diskGb = 20;
    applyTemplate(in.value(), &t);
    m_store->insertTemplate(t);
    record(c.actor(), AuditAction::Created, ResourceType::Template, t.id, t.name, c.now);
    return HttpResponse::json(201, t.toJson());
}

HttpResponse SandboxService::getTemplate(Call& c)
{
    const auto t = m_store->templateById(c.args.at(0));
    if (!t)
        return notFound(QStringLiteral("template"), c.args.at(0));
    return HttpResponse::json(200, t->toJson());
}

HttpResponse SandboxService::updateTemplate(Call& c)
{
    auto t = m_store->templateById(c.args.at(0));
    if (!t)
        return notFound(QStringLiteral("template"), c.args.at(0));
    auto in = TemplateInput::fromJson(c.body);
    if (!in.ok())
        return decodeFailure(in.error());
    if (const QStringList errors = envErrors(in->container.env); !errors.isEmpty())
        return invalid(errors);
    if (in->name && m_store->templateNameTaken(*in->name, t->id))
        return HttpResponse::problem(409, QStringLiteral("a template named \"%1\" already exists").arg(*in->name));
    const QJsonObject before = t->toJson();
    applyTemplate(in.value(), &*t);
    const QJsonObject after = t->toJson();
    if (before != after) {
        m_store->updateTemplate(*t);
        record(c.actor(), AuditAction::Updated, ResourceType::Template, t->id, t->name, c.now,
               QJsonObject{{QStringLiteral("fields"), changedFields(before, after)}});
    }
    return HttpResponse::json(200, after);
}

HttpResponse SandboxService::deleteTemplate(Call& c)
{
    const auto t = m_store->templateById(c.args.at(0));
    if (!t)
        return notFound(QStringLiteral("template"), c.args.at(0));
    m_store->deleteTemplate(t->id);
    record(c.actor(), AuditAction::Deleted, ResourceType::Template, t->id, t->name, c.now);
    return HttpResponse::noContent();
}

// ---- Serverless endpoints

QJsonObject SandboxService::endpointJson(const Endpoint& stored) const
{
    Endpoint e = stored;
    const QString base = m_invokeBase + QStringLiteral("/v2/") + e.id;
    QMap<QString, QString> urls;
    if (e.type.value_or(EndpointType::Queue) == EndpointType::LoadBalancer) {
        urls.insert(QStringLiteral("base"), base);
        urls.insert(QStringLiteral("health"), base + QStringLiteral("/health"));
    } else {
        urls.insert(QStringLiteral("run"), base + QStringLiteral("/run"));
        urls.insert(QStringLiteral("runSync"), base + QStringLiteral("/runsync"));
        urls.insert(QStringLiteral("status"), base + QStringLiteral("/status/{job_id}"));
        urls.insert(QStringLiteral("stream"), base + QStringLiteral("/stream/{job_id}"));
        urls.insert(QStringLiteral("cancel"), base + QStringLiteral("/cancel/{job_id}"));
        urls.insert(QStringLiteral("retry"), base + QStringLiteral("/retry/{job_id}"));
        urls.insert(QStringLiteral("purgeQueue"), base + QStringLiteral("/purge-queue"));
        urls.insert(QStringLiteral("health"), base + QStringLiteral("/health"));
    }
    e.requestUrls = urls;
    return e.toJson();
}

HttpResponse SandboxService::listEndpoints(Call&)
{
    QJsonArray array;
    for (const Endpoint& e : m_store->endpoints())
        array.append(endpointJson(e));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("endpoints"), array}});
}

// Applies an EndpointInput to `e`; `create` fills defaults. Returns the validation failures.
static QStringList applyEndpoint(const EndpointInput& in, const QJsonObject& body, bool create,
                                 const std::optional<Template>& base, Endpoint* e)
{
    QStringList errors;
    if (in.name)
        e->name = *in.name;
    if (in.type)
        e->type = in.type;
    ContainerConfig container = e->container;
    if (base) {
        // The template's container settings, then the body's; env merges per key, body wins.
        container.image = base->image;
        container.args = base->args;
        container.disk = base->diskGb;
        container.ports = base->ports;
        container.hasRegistry = true;
        container.registry = base->registry;
        EnvList env = base->env;
        for (const EnvVar& v : in.container.env.value_or(EnvList())) {
            const auto it = std::find_if(env.begin(), env.end(), [&](const EnvVar& x) { return x.key == v.key; });
            if (it != env.end())
                it->value = v.value;
            else
                env.append(v);
        }
        container.env = env;
    }
    ContainerConfig fromBody = in.container;
    if (base)
        fromBody.env.reset();
    applyContainer(fromBody, &container);
    if (create) {
        container.args = container.args.value_or(QString());
        container.disk = container.disk.value_or(20);
        container.env = container.env.value_or(EnvList());
        container.ports = container.ports.value_or(QStringList());
        if (!container.hasRegistry) {
            container.hasRegistry = true;
            container.registry.reset();
        }
    }
    e->container = container;

    if (in.cpu) {
        if (!create && !e->cpu)
            errors.append(QStringLiteral("$.cpu: the endpoint uses GPUs; its compute family cannot be changed"));
        QList<EndpointCpu> cpus = *in.cpu;
        for (EndpointCpu& cpu : cpus)
            cpu.memoryGb = cpu.vcpuCount * 4;
        e->cpu = cpus;
        e->hasGpu = false;
        e->gpu.reset();
    } else if (in.gpu || create) {
        if (!create && e->cpu)
            errors.append(QStringLiteral("$.gpu: the endpoint uses CPUs; its compute family cannot be changed"));
        EndpointGpu gpu = e->gpu.value_or(EndpointGpu{});
        const QJsonObject gpuBody = body.value(QStringLiteral("gpu")).toObject();
        if (in.gpu) {
            if (gpuBody.contains(QStringLiteral("pools"))) {
                gpu.pools = in.gpu->pools;
                gpu.excludedTypes = in.gpu->excludedTypes; // restated or cleared, as the contract says
            }
            if (in.gpu->count)
                gpu.count = in.gpu->count;
            if (in.gpu->allowedCudaVersions)
                gpu.allowedCudaVersions = in.gpu->allowedCudaVersions;
            if (in.gpu->hasMinCudaVersion) {
                const QString floor = in.gpu->minCudaVersion.value_or(QString());
                gpu.minCudaVersion = floor.isEmpty() ? std::nullopt : std::optional<QString>(floor);
            }
        }
        if (gpu.pools.isEmpty())
            gpu.pools = {QStringLiteral("ADA_24")};
        gpu.count = gpu.count.value_or(1);
        if (!gpu.allowedCudaVersions) {
            const bool seed = base && create && !gpu.minCudaVersion;
            gpu.allowedCudaVersions = seed ? base->allowedCudaVersions : QStringList();
        }
        gpu.hasMinCudaVersion = true;
        e->gpu = gpu;
        e->hasGpu = true;
    }

    if (in.scaling)
        e->scaling = *in.scaling;
    if (create) {
        e->workers = EndpointWorkers{0, 3, 10};
        e->dataCenterIds = {};
        e->networkVolumes = {};
        e->timeoutMs = 300000;
        e->flashboot = FlashBootMode::Off;
    }
    if (in.workers) {
        if (in.workers->min)
            e->workers.min = in.workers->min;
        if (in.workers->max)
            e->workers.max = in.workers->max;
        if (in.workers->idleTimeout) {
            if (scalesOnRequests(*e))
                errors.append(QStringLiteral("$.workers.idleTimeout: not applicable to a QUEUE endpoint scaling on "
                                             "REQUEST_COUNT"));
            e->workers.idleTimeout = in.workers->idleTimeout;
        }
    }
    if (scalesOnRequests(*e))
        e->workers.idleTimeout.reset();
    else if (!e->workers.idleTimeout)
        e->workers.idleTimeout = 10;
    if (e->workers.min.value_or(0) > e->workers.max.value_or(0))
        errors.append(QStringLiteral("$.workers: min must not be greater than max"));
    if (in.dataCenterIds)
        e->dataCenterIds = *in.dataCenterIds;
    if (in.networkVolumes)
        e->networkVolumes = *in.networkVolumes;
    if (in.timeoutMs)
        e->timeoutMs = *in.timeoutMs;
    if (in.flashboot)
        e->flashboot = *in.flashboot;
    errors += envErrors(e->container.env);
    return errors;
}

HttpResponse SandboxService::createEndpoint(Call& c)
{
    auto in = EndpointInput::fromJson(c.body);
    if (!in.ok())
        return decodeFailure(in.error());
    std::optional<Template> base;
    if (auto refused = serverlessTemplate(*m_store, in.value(), &base))
        return *refused;
    Endpoint e;
    e.id = randomId(QStringLiteral("ep_"), 8);
    e.createdAt = c.now;
    if (const QStringList errors = applyEndpoint(in.value(), c.body, true, base, &e); !errors.isEmpty())
        return invalid(errors);
    if (auto conflict = cudaConflict(e))
        return *conflict;
    m_store->insertEndpoint(e);
    record(c.actor(), AuditAction::Created, ResourceType::Endpoint, e.id, e.name, c.now);
    return HttpResponse::json(201, endpointJson(e));
}

HttpResponse SandboxService::getEndpoint(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return notFound(QStringLiteral("endpoint"), c.args.at(0));
    return HttpResponse::json(200, endpointJson(*e));
}

HttpResponse SandboxService::updateEndpoint(Call& c)
{
    auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return notFound(QStringLiteral("endpoint"), c.args.at(0));
    auto in = EndpointInput::fromJson(c.body);
    if (!in.ok())
        return decodeFailure(in.error());
    std::optional<Template> base;
    if (auto refused = serverlessTemplate(*m_store, in.value(), &base))
        return *refused;
    const QJsonObject before = e->toJson();
    if (const QStringList errors = applyEndpoint(in.value(), c.body, false, base, &*e); !errors.isEmpty())
        return invalid(errors);
    if (auto conflict = cudaConflict(*e))
        return *conflict;
    const QJsonObject after = e->toJson();
    if (before != after) {
        m_store->updateEndpoint(*e);
        record(c.actor(), AuditAction::Updated, ResourceType::Endpoint, e->id, e->name, c.now,
               QJsonObject{{QStringLiteral("fields"), changedFields(before, after)}});
    }
    return HttpResponse::json(200, endpointJson(*e));
}

HttpResponse SandboxService::deleteEndpoint(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return notFound(QStringLiteral("endpoint"), c.args.at(0));
    m_store->deleteEndpoint(e->id);
    m_store->deleteJobsOf(e->id);
    record(c.actor(), AuditAction::Deleted, ResourceType::Endpoint, e->id, e->name, c.now);
    return HttpResponse::noContent();
}

// ---- Audit events

HttpResponse SandboxService::listEvents(Call& c)
{
    const QUrlQuery& q = c.request.query;
    QStringList errors;
    EventQuery query;
    const QString type = q.queryItemValue(QStringLiteral("resourceType"), QUrl::FullyDecoded);
    if (!type.isEmpty()) {
        query.resourceType = resourceTypeFromString(type);
        if (!query.resourceType)
            errors.append(QStringLiteral("resourceType: must be one of apiKey, secret, template, endpoint"));
    }
    query.resourceId = q.queryItemValue(QStringLiteral("resourceId"), QUrl::FullyDecoded);
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 500)
            errors.append(QStringLiteral("limit: must be a whole number from 1 to 500"));
    }
    const QString after = q.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    if (!after.isEmpty()) {
        bool ok = false;
        const qint64 seq = after.toLongLong(&ok);
        if (!ok || seq < 1)
            errors.append(QStringLiteral("after: not a cursor returned as nextCursor"));
        query.beforeSequence = seq;
    }
    if (!errors.isEmpty())
        return invalid(errors);
    const EventPage page = m_store->events(query);
    QJsonArray events;
    for (const AuditEvent& e : page.events)
        events.append(e.toJson());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("events"), events},
                                               {QStringLiteral("nextCursor"),
                                                page.nextSequence ? QJsonValue(QString::number(*page.nextSequence))
                                                                  : QJsonValue(QJsonValue::Null)}});
}

// ---- Boot: resolve a template's secret references the way a pod's start would

HttpResponse SandboxService::boot(Call& c)
{
    const QString id = c.body.value(QStringLiteral("templateId")).toString();
    const auto t = m_store->templateById(id);
    if (!t)
        return notFound(QStringLiteral("template"), id);
    QJsonArray resolved;
    QJsonArray failed;
    for (const EnvVar& var : t->env) {
        const QList<SecretReference> refs = SecretReference::parseAll(var.value);
        if (refs.isEmpty())
            continue;
        bool ok = true;
        for (const SecretReference& ref : refs) {
            const auto blob = m_store->secretBlobByName(ref.name);
            QString reason;
            if (!blob) {
                reason = QStringLiteral("secret not found");
            } else if (auto value = m_cipher.decrypt(blob->blob, blob->id.toLatin1())) {
                // Resolved; a real pod would now see the value. The sandbox only wipes it.
                OPENSSL_cleanse(value->data(), static_cast<size_t>(value->size()));
            } else {
                reason = QStringLiteral("secret cannot be decrypted");
            }
            if (!reason.isEmpty()) {
                ok = false;
                failed.append(QJsonObject{{QStringLiteral("env"), var.key},
                                          {QStringLiteral("secret"), ref.name},
                                          {QStringLiteral("reason"), reason}});
            }
        }
        if (ok)
            resolved.append(var.key);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("templateId"), t->id},
                                               {QStringLiteral("ok"), failed.isEmpty()},
                                               {QStringLiteral("resolved"), resolved},
                                               {QStringLiteral("failed"), failed}});
}

} // namespace podwarden::sandbox
