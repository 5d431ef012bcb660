// Templates, serverless endpoints and their builds, audit events and the sandbox's boot route.
#include "SandboxService.h"

#include "ContainerCommand.h"
#include "GpuCatalog.h"
#include "JsonReader.h"
#include "Pagination.h"
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

// The start command: args as stored after a create or PATCH that sent `in` (BaseContainerConfig:
// args kept as sent, cmd or entrypoint encoded into it, a part not sent kept), or the 422.
std::optional<HttpResponse> applyCommand(const ContainerConfig& in, const QString& currentArgs, QString* args)
{
    const ContainerConfig::CommandChange change = in.commandChange(currentArgs);
    if (!change.error.isEmpty())
        return invalid({change.error.startsWith(QLatin1String("args: ")) ? QStringLiteral("$.") + change.error
                                                                         : QStringLiteral("$: ") + change.error});
    *args = change.args;
    return std::nullopt;
}

// Every field but the command, which applyCommand() works out.
void applyContainer(const ContainerConfig& in, ContainerConfig* out)
{
    if (in.image)
        out->image = in.image;
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

// PaginationLimit: 1 to 1000, 1000 when omitted; builds (PaginationLimitBuilds) 1 to 100, 100.
constexpr int kPageLimit = 1000;
constexpr int kBuildPageLimit = 100;

// Reads cursor and limit, or sets `refusal` to the 422 that refuses them.
std::optional<PageRequest> readPage(const QUrlQuery& query, const PageCursor& cursor, int limit,
                                    std::optional<HttpResponse>* refusal)
{
    QStringList errors;
    auto page = cursor.read(query, limit, limit, &errors);
    if (!page)
        *refusal = invalid(errors);
    return page;
}

// Adds "pagination" to a list body.
template <typename T> QJsonObject paged(QJsonObject body, const PageCursor& cursor, const StorePage<T>& page)
{
    PageInfo info;
    info.hasNextPage = page.hasMore && page.last;
    if (info.hasNextPage)
        info.nextCursor = cursor.cursorAfter(*page.last);
    info.writeTo(body);
    return body;
}

} // namespace

// ---- Templates

HttpResponse SandboxService::listTemplates(Call& c)
{
    const PageCursor cursor(QStringLiteral("listTemplates"), QString());
    std::optional<HttpResponse> refusal;
    const auto request = readPage(c.request.query, cursor, kPageLimit, &refusal);
    if (!request)
        return *refusal;
    const StorePage<Template> page = m_store->templates(*request);
    return HttpResponse::json(200, paged(encodeTemplateList(page.items), cursor, page));
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
    if (auto refused = applyCommand(in->container, QString(), &t.args))
        return *refused;
    applyTemplate(in.value(), &t);
    m_store->insertTemplate(t, c.now);
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
    if (auto refused = applyCommand(in->container, t->args, &t->args))
        return *refused;
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
    // The contract refuses to delete a template that an endpoint is bound to, with a 400; the
    // errors name each endpoint as "endpoint <id>: <name>", so that a client can list them.
    if (const QList<EndpointRef> bound = m_store->endpointsBoundTo(t->id); !bound.isEmpty()) {
        QStringList errors;
        for (const EndpointRef& e : bound)
            errors.append(QStringLiteral("endpoint %1: %2").arg(e.id, e.name));
        return HttpResponse::problem(400,
                                     QStringLiteral("Template is in use by %1 serverless endpoint%2 and cannot be "
                                                    "deleted")
                                         .arg(bound.size())
                                         .arg(bound.size() == 1 ? QString() : QStringLiteral("s")),
                                     errors);
    }
    m_store->deleteTemplate(t->id);
    record(c.actor(), AuditAction::Deleted, ResourceType::Template, t->id, t->name, c.now);
    return HttpResponse::noContent();
}

// ---- Serverless endpoints

QJsonObject SandboxService::endpointJson(const Endpoint& stored) const
{
    Endpoint e = stored;
    if (m_config.officialOnly)
        e.templateId.reset(); // the cloud keeps no link to the template an endpoint came from
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
    e.requestUrls = RequestUrls::fromMap(urls);
    // Responses carry args as stored and its exec form, entrypoint and cmd, always.
    const ContainerCommand command =
        ContainerCommand::fromArgs(e.container.args.value_or(QString())).value_or(ContainerCommand{});
    e.container.args = e.container.args.value_or(QString());
    e.container.entrypoint = command.entrypoint;
    e.container.cmd = command.cmd;
    return e.toJson();
}

HttpResponse SandboxService::listEndpoints(Call& c)
{
    const PageCursor cursor(QStringLiteral("listEndpoints"), QString());
    std::optional<HttpResponse> refusal;
    const auto request = readPage(c.request.query, cursor, kPageLimit, &refusal);
    if (!request)
        return *refusal;
    const StorePage<Endpoint> page = m_store->endpoints(*request);
    QJsonArray array;
    for (const Endpoint& e : page.items)
        array.append(endpointJson(e));
    return HttpResponse::json(200, paged(QJsonObject{{QStringLiteral("endpoints"), array}}, cursor, page));
}

// gpu.excludedTypes as stored: trimmed (" NVIDIA L40" is "NVIDIA L40"), each once.
static std::optional<QStringList> trimmedTypes(const std::optional<QStringList>& types)
{
    if (!types)
        return std::nullopt;
    QStringList out;
    for (const QString& type : *types) {
        if (!out.contains(type.trimmed()))
            out.append(type.trimmed());
    }
    return out;
}

// The contract answers an exclusion outside the pools, and a compute family that does not fit,
// with 400; everything else that applyEndpoint refuses is a 422.
static HttpResponse badRequest(const QString& detail, const QStringList& errors)
{
    return HttpResponse::problem(400, detail, errors);
}

// Applies an EndpointInput to `e`; `create` fills defaults. Returns the answer that refuses it.
static std::optional<HttpResponse> applyEndpoint(const EndpointInput& in, const QJsonObject& body, bool create,
                                                 const std::optional<Template>& base, Endpoint* e)
{
    QStringList errors;
    if (create) {
        // "Callers specify exactly one of gpu or cpu; neither or both returns 400."
        if (in.cpu.has_value() == in.gpu.has_value())
            return badRequest(QStringLiteral("specify exactly one of gpu and cpu"),
                              {in.cpu ? QStringLiteral("$: 'gpu' and 'cpu' are mutually exclusive")
                                      : QStringLiteral("$: one of 'gpu' and 'cpu' is required")});
    } else {
        // UpdateEndpointRequest: `gpu` on a CPU endpoint, `cpu` on a GPU one, or both, is a 400.
        QStringList family;
        if (in.cpu && in.gpu)
            family.append(QStringLiteral("$: 'gpu' and 'cpu' are mutually exclusive"));
        else if (in.cpu && !e->cpu)
            family.append(QStringLiteral("$.cpu: the endpoint uses GPUs; its compute family cannot be changed"));
        else if (in.gpu && e->cpu)
            family.append(QStringLiteral("$.gpu: the endpoint uses CPUs; its compute family cannot be changed"));
        if (!family.isEmpty())
            return badRequest(QStringLiteral("an endpoint's compute family cannot be changed"), family);
    }
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
    // The command: the body's parts over the template's (when one is named) or the endpoint's.
    QString args;
    if (auto refused = applyCommand(in.container, container.args.value_or(QString()), &args))
        return refused;
    if (in.container.args || in.container.cmd || in.container.entrypoint || base)
        container.args = args;
    container.cmd.reset(); // derived from args on the way out
    container.entrypoint.reset();
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
        QList<EndpointCpu> cpus = *in.cpu;
        for (EndpointCpu& cpu : cpus)
            cpu.memoryGb = cpu.vcpuCount * 4;
        e->cpu = cpus;
        e->hasGpu = false;
        e->gpu.reset();
    } else if (in.gpu || create) {
        EndpointGpu gpu = e->gpu.value_or(EndpointGpu{});
        const QJsonObject gpuBody = body.value(QStringLiteral("gpu")).toObject();
        const bool selection = in.gpu && gpuBody.contains(QStringLiteral("pools"));
        if (in.gpu) {
            // pools and excludedTypes are one selection, replaced together: pools alone clears the
            // exclusions; without pools both stay as they are.
            if (selection) {
                gpu.pools = in.gpu->pools;
                gpu.excludedTypes = trimmedTypes(in.gpu->excludedTypes);
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
        if (selection && gpu.excludedTypes) {
            const QStringList inPools = GpuCatalog::typesInPools(gpu.pools);
            QStringList outside;
            for (qsizetype i = 0; i < gpu.excludedTypes->size(); ++i) {
                if (!inPools.contains(gpu.excludedTypes->at(i)))
                    outside.append(QStringLiteral("$.gpu.excludedTypes: '%1' is not a GPU type in pools %2")
                                       .arg(gpu.excludedTypes->at(i), gpu.pools.join(QStringLiteral(", "))));
            }
            if (!outside.isEmpty())
                return badRequest(QStringLiteral("gpu.excludedTypes may only name GPU types in gpu.pools"), outside);
        }
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
    if (!errors.isEmpty())
        return invalid(errors);
    return std::nullopt;
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
    if (auto refused = applyEndpoint(in.value(), c.body, true, base, &e))
        return *refused;
    if (auto conflict = cudaConflict(e))
        return *conflict;
    // Created from a template: bound to it (the template cannot be deleted while this lasts).
    m_store->insertEndpoint(e, base ? base->id : QString());
    if (base)
        e.templateId = base->id;
    const Release first = releaseVersion(e, {}, {}, c, true);
    record(c.actor(), AuditAction::Created, ResourceType::Endpoint, e.id, e.name, c.now,
           QJsonObject{{QStringLiteral("version"), *first.version}});
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
    // The replacements due under the current configuration happen first, with its image.
    advanceRollout(*e, c.now);
    auto in = EndpointInput::fromJson(c.body);
    if (!in.ok())
        return decodeFailure(in.error());
    std::optional<Template> base;
    if (auto refused = serverlessTemplate(*m_store, in.value(), &base))
        return *refused;
    const QJsonObject before = e->toJson();
    // A PATCH's templateId is applied once; it binds nothing (UpdateEndpointRequest).
    if (auto refused = applyEndpoint(in.value(), c.body, false, base, &*e))
        return *refused;
    if (auto conflict = cudaConflict(*e))
        return *conflict;
    const QJsonObject after = e->toJson();
    if (before != after)
        m_store->updateEndpoint(*e);
    // Every accepted PATCH makes a release and rolls the workers onto it, also one that changes
    // nothing: sending an endpoint's own env back is how its workers are made to re-read secrets.
    const Release release = releaseVersion(*e, before, after, c, false);
    record(c.actor(), AuditAction::Updated, ResourceType::Endpoint, e->id, e->name, c.now,
           QJsonObject{{QStringLiteral("fields"), changedFields(before, after)},
                       {QStringLiteral("version"), *release.version},
                       {QStringLiteral("releaseId"), release.id}});
    return HttpResponse::json(200, endpointJson(*e));
}

HttpResponse SandboxService::deleteEndpoint(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return notFound(QStringLiteral("endpoint"), c.args.at(0));
    m_store->deleteEndpoint(e->id);
    m_store->deleteJobsOf(e->id);
    settleWaiters(e->id);
    record(c.actor(), AuditAction::Deleted, ResourceType::Endpoint, e->id, e->name, c.now);
    return HttpResponse::noContent();
}

// ---- Builds

HttpResponse SandboxService::listBuilds(Call& c)
{
    const auto e = m_store->endpointById(c.args.at(0));
    if (!e)
        return notFound(QStringLiteral("endpoint"), c.args.at(0));
    // A cursor walks one endpoint's history.
    const PageCursor cursor(QStringLiteral("listEndpointBuilds"), e->id);
    std::optional<HttpResponse> refusal;
    const auto request = readPage(c.request.query, cursor, kBuildPageLimit, &refusal);
    if (!request)
        return *refusal;
    const StorePage<Build> page = m_store->builds(e->id, *request);
    QJsonArray builds;
    for (const Build& b : page.items)
        builds.append(b.toJson());
    return HttpResponse::json(200, paged(QJsonObject{{QStringLiteral("builds"), builds}}, cursor, page));
}

HttpResponse SandboxService::getBuild(Call& c)
{
    if (!m_store->endpointById(c.args.at(0)))
        return notFound(QStringLiteral("endpoint"), c.args.at(0));
    const auto b = m_store->build(c.args.at(0), c.args.at(1));
    if (!b)
        return notFound(QStringLiteral("build"), c.args.at(1));
    return HttpResponse::json(200, b->toJson());
}

// ---- Audit events

namespace {

// SERVICE.md 5.3's actions, AuditAction's and those of key features to come.
const QStringList kEventActions = {
    QStringLiteral("created"),         QStringLiteral("renamed"),
    QStringLiteral("enabled"),         QStringLiteral("disabled"),
    QStringLiteral("policiesChanged"), QStringLiteral("revoked"),
    QStringLiteral("rolled"),          QStringLiteral("expiryChanged"),
    QStringLiteral("valueUpdated"),    QStringLiteral("descriptionUpdated"),
    QStringLiteral("deleted"),         QStringLiteral("updated"),
};

std::optional<qint64> readTime(const QUrlQuery& q, const QString& name, QStringList* errors)
{
    if (!q.hasQueryItem(name))
        return std::nullopt;
    const QString text = q.queryItemValue(name, QUrl::FullyDecoded);
    const auto t = parseTimestamp(text);
    if (!t) {
        errors->append(
            QStringLiteral("%1: \"%2\" is not an RFC 3339 time such as 2026-09-01T10:00:00Z").arg(name, text));
        return std::nullopt;
    }
    return t->toMSecsSinceEpoch();
}

} // namespace

HttpResponse SandboxService::listEvents(Call& c)
{
    const QUrlQuery& q = c.request.query;
    QStringList errors;
    EventQuery query;
    const QString type = q.queryItemValue(QStringLiteral("resourceType"), QUrl::FullyDecoded);
    if (!type.isEmpty()) {
        query.resourceType = resourceTypeFromString(type);
        if (!query.resourceType)
            errors.append(QStringLiteral("resourceType: must be one of apiKey, secret, template, endpoint, pod"));
    }
    query.resourceId = q.queryItemValue(QStringLiteral("resourceId"), QUrl::FullyDecoded);
    const QString actions = q.queryItemValue(QStringLiteral("actions"), QUrl::FullyDecoded);
    for (const QString& action : actions.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!kEventActions.contains(action.trimmed()))
            errors.append(QStringLiteral("actions: unknown action \"%1\"; one of %2")
                              .arg(action.trimmed(), kEventActions.join(QStringLiteral(", "))));
        else if (!query.actions.contains(action.trimmed()))
            query.actions.append(action.trimmed());
    }
    // actorIds (organization accounts only, in the cloud): comma-separated key ids or users.
    for (const QString& actor :
         q.queryItemValue(QStringLiteral("actorIds"), QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!query.actorIds.contains(actor.trimmed()))
            query.actorIds.append(actor.trimmed());
    }
    query.startMs = readTime(q, QStringLiteral("startTime"), &errors);
    query.endMs = readTime(q, QStringLiteral("endTime"), &errors);
    if (query.startMs && query.endMs && *query.startMs > *query.endMs)
        errors.append(QStringLiteral("endTime: must not be before startTime"));
    query.search = q.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    if (q.hasQueryItem(QStringLiteral("after")))
        errors.append(QStringLiteral("after: replaced by cursor; pass pagination.nextCursor as cursor"));

    // The filters as the cursor's parameters: a cursor resumes only the walk that issued it.
    const QString filters = QStringList{type,
                                        query.resourceId,
                                        query.actions.join(QLatin1Char(',')),
                                        query.actorIds.join(QLatin1Char(',')),
                                        query.startMs ? QString::number(*query.startMs) : QString(),
                                        query.endMs ? QString::number(*query.endMs) : QString(),
                                        query.search}
                                .join(QLatin1Char('\n'));
    const PageCursor cursor(QStringLiteral("listEvents"), filters);
    const auto page = cursor.read(q, kPageLimit, kPageLimit, &errors);
    if (page && page->after) {
        bool ok = false;
        page->after->secondary.toLongLong(&ok);
        if (!ok)
            errors.append(QStringLiteral("cursor: malformed; pass pagination.nextCursor back unchanged"));
    }
    if (!errors.isEmpty())
        return invalid(errors);
    query.page = *page;
    const StorePage<AuditEvent> events = m_store->events(query);
    QJsonArray array;
    for (const AuditEvent& e : events.items)
        array.append(e.toJson());
    return HttpResponse::json(200, paged(QJsonObject{{QStringLiteral("events"), array}}, cursor, events));
}

// ---- Boot: resolve a template's secret references the way a pod's start would

HttpResponse SandboxService::boot(Call& c)
{
    const QString id = c.body.value(QStringLiteral("templateId")).toString();
    const auto t = m_store->templateById(id);
    if (!t)
        return notFound(QStringLiteral("template"), id);

    // The work a boot may do is bounded before any of it is done: so many references, and so
    // many bytes of distinct secret values to decrypt (each secret once, however often it is
    // referenced). A boot past either limit is refused whole, and the event loop stays free.
    QList<QPair<QString, QList<SecretReference>>> vars;
    qsizetype references = 0;
    for (const EnvVar& var : t->env) {
        QList<SecretReference> refs = SecretReference::parseAll(var.value);
        references += refs.size();
        if (!refs.isEmpty())
            vars.append({var.key, std::move(refs)});
    }
    if (references > kMaxBootReferences)
        return HttpResponse::problem(
            422,
            QStringLiteral("template %1 holds %2 secret references; a boot resolves at most %3")
                .arg(t->id)
                .arg(references)
                .arg(kMaxBootReferences),
            {QStringLiteral("$.templateId: too many secret references to resolve in one boot")});
    QHash<QString, std::optional<qint64>> sizes; // by name; nullopt: no such secret
    qint64 totalBytes = 0;
    for (const auto& [key, refs] : std::as_const(vars)) {
        for (const SecretReference& ref : refs) {
            if (sizes.contains(ref.name))
                continue;
            const auto size = m_store->secretBlobSize(ref.name);
            sizes.insert(ref.name, size);
            totalBytes += size ? SecretCipher::valueSize(*size) : 0;
        }
    }
    if (totalBytes > kMaxBootBytes)
        return HttpResponse::problem(
            422,
            QStringLiteral("template %1 references %2 bytes of secret values; a boot resolves at most %3 bytes")
                .arg(t->id)
                .arg(totalBytes)
                .arg(kMaxBootBytes),
            {QStringLiteral("$.templateId: too many bytes of secret values to resolve in one boot")});

    QHash<QString, QString> outcomes; // by name: empty when resolved, else why not
    const auto resolve = [&](const QString& name) {
        const auto known = outcomes.constFind(name);
        if (known != outcomes.constEnd())
            return *known;
        QString reason;
        const auto blob = sizes.value(name) ? m_store->secretBlobByName(name) : std::nullopt;
        if (!blob) {
            reason = QStringLiteral("secret not found");
        } else if (auto value = m_cipher.decrypt(blob->blob, blob->id.toLatin1())) {
            // Resolved; a real pod would now see the value. The sandbox only wipes it.
            OPENSSL_cleanse(value->data(), static_cast<size_t>(value->size()));
        } else {
            reason = QStringLiteral("secret cannot be decrypted");
        }
        outcomes.insert(name, reason);
        return reason;
    };
    QJsonArray resolved;
    QJsonArray failed;
    for (const auto& [key, refs] : std::as_const(vars)) {
        bool ok = true;
        for (const SecretReference& ref : refs) {
            const QString reason = resolve(ref.name);
            if (!reason.isEmpty()) {
                ok = false;
                failed.append(QJsonObject{{QStringLiteral("env"), key},
                                          {QStringLiteral("secret"), ref.name},
                                          {QStringLiteral("reason"), reason}});
            }
        }
        if (ok)
            resolved.append(key);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("templateId"), t->id},
                                               {QStringLiteral("ok"), failed.isEmpty()},
                                               {QStringLiteral("resolved"), resolved},
                                               {QStringLiteral("failed"), failed}});
}

} // namespace podwarden::sandbox
