#include "Seeder.h"

#include "ContainerConfig.h"
#include "Crypto.h"
#include "JsonReader.h"
#include "Rollout.h"
#include "SandboxService.h"
#include "SecretReference.h"

#include <QJsonArray>

#include <iterator>

namespace podwarden::sandbox {

namespace {

const QString kOwner = QStringLiteral("maya@example.com");

QDateTime nowSeconds()
{
    QDateTime t = QDateTime::currentDateTimeUtc();
    return t.addMSecs(-t.time().msec());
}

QString ref(const char* name)
{
    return SecretReference::format(QString::fromLatin1(name));
}

EnvList env(std::initializer_list<std::pair<const char*, QString>> vars)
{
    EnvList out;
    for (const auto& [key, value] : vars)
        out.append({QString::fromLatin1(key), value});
    return out;
}

Template makeTemplate(const QString& name, const QString& image, bool serverless, TemplateCategory category,
                      EnvList vars)
{
    Template t;
    t.id = randomId(QStringLiteral("tpl_"));
    t.name = name;
    t.image = image;
    t.diskGb = serverless ? 20 : 50;
    t.env = std::move(vars);
    t.ports = serverless ? QStringList() : QStringList{QStringLiteral("8888/http"), QStringLiteral("22/tcp")};
    t.serverless = serverless;
    t.category = category;
    t.startSsh = !serverless;
    t.startJupyter = !serverless;
    if (!serverless)
        t.persistentMount = PersistentMount{20, QStringLiteral("/workspace")};
    return t;
}

Endpoint makeEndpoint(const QString& name, const QString& image, const QDateTime& createdAt)
{
    Endpoint e;
    e.id = randomId(QStringLiteral("ep_"), 8);
    e.name = name;
    e.type = EndpointType::Queue;
    e.container.image = image;
    e.container.args = QString();
    e.container.disk = 20;
    e.container.env = EnvList();
    e.container.ports = QStringList();
    e.container.hasRegistry = true;
    e.hasGpu = true;
    EndpointGpu gpu;
    gpu.pools = {QStringLiteral("ADA_24")};
    gpu.count = 1;
    gpu.allowedCudaVersions = QStringList();
    gpu.hasMinCudaVersion = true;
    e.gpu = gpu;
    e.workers = EndpointWorkers{0, 3, 5};
    e.scaling = EndpointScaling{ScalingType::QueueDelay, 4};
    e.createdAt = createdAt;
    return e;
}

AuditActor actorFor(const ApiKey& key, const QString& user)
{
    return {key.id, key.name, user};
}

// A GitHub build that started `startedAt` (nullopt: still pending, queued `queuedAt`) and, when
// terminal, took `minutes`.
struct BuildSeed
{
    BuildStatus status;
    const char* message;
    const char* branch;
    const char* error;
};

Build makeBuild(const BuildSeed& seed, const QString& repository, const QDateTime& queuedAt, double minutes)
{
    Build b;
    b.id = randomId(QStringLiteral("build_"), 10);
    b.status = seed.status;
    b.commitHash = QString::fromLatin1(randomBytes(4).toHex()).left(7);
    b.commitMessage = QString::fromUtf8(seed.message);
    b.branch = QString::fromLatin1(seed.branch);
    b.commitDate = queuedAt.addSecs(-40);
    b.imageName = QStringLiteral("registry.runpod.net/") + repository + QLatin1Char(':') + *b.commitHash;
    if (seed.status != BuildStatus::Pending)
        b.startedAt = queuedAt.addSecs(5);
    if (isTerminal(seed.status))
        b.completedAt = b.startedAt->addSecs(static_cast<qint64>(minutes * 60));
    if (seed.error)
        b.error = QString::fromUtf8(seed.error);
    return b;
}

// Version `version` of an endpoint, made `at` by `user`; version 1 is its creation (no diff).
void seedRelease(Store& store, const QString& endpointId, qint64 version, const QDateTime& at, const QString& user,
                 QList<ReleaseDiffEntry> diff = {})
{
    Release r;
    r.id = randomId(QStringLiteral("rel_"), 12);
    r.version = version;
    r.source = ReleaseSource::Manual;
    r.createdByUserId = user;
    r.createdAt = at;
    r.diff = std::move(diff);
    store.insertRelease(endpointId, r);
}

// `count` workers of `e` on `version`, started three seconds apart from `startedAt` (a rolling
// update's pace); `image` when they run another image than the endpoint's current one.
void seedWorkers(Store& store, const Endpoint& e, qint64 version, const QDateTime& startedAt, int count,
                 const QString& image = {})
{
    for (int i = 0; i < count; ++i) {
        WorkerRow w = Rollout::newWorker(e, version, startedAt.addSecs(3 * i));
        if (!image.isEmpty())
            w.image = image;
        store.insertWorker(w);
    }
}

ReleaseDiffEntry change(const char* field, const QJsonValue& before, const QJsonValue& after)
{
    return {QString::fromLatin1(field), before, after};
}

// What a demo or large pod is, beyond its template.
struct PodSeed
{
    const char* name;
    int templateIndex;
    PodStatus status;
    double createdDaysAgo;
    double startedDaysAgo;
    const char* gpuType; // nullptr: a CPU pod
    int gpuCount;
    double hourlyRate;
    const char* dataCenter;
};

// A pod made from template `t`, with every field the September document requires.
StoredPod makePod(const PodSeed& seed, const Template& t, const QDateTime& createdAt,
                  const std::optional<QDateTime>& startedAt, int machine)
{
    StoredPod p;
    p.pod.id = randomId(QStringLiteral("pod_"), 10);
    p.pod.name = QString::fromLatin1(seed.name);
    p.pod.status = seed.status;
    p.pod.image = t.image;
    p.pod.env = t.env; // its secret references resolve when it (re)starts
    p.pod.templateId = t.id;
    p.pod.dataCenterId = QString::fromLatin1(seed.dataCenter);
    p.pod.createdAt = createdAt;
    p.pod.startedAt = startedAt;
    p.hourlyRate = seed.hourlyRate;
    p.publicIp = QStringLiteral("195.26.%1.%2").arg(10 + machine / 200).arg(10 + machine % 200);
    p.sshPort = t.ports.contains(QStringLiteral("22/tcp")) ? 30000 + machine : 0;
    QJsonObject mounts;
    if (t.persistentMount)
        mounts.insert(QStringLiteral("persistent"), QJsonObject{{QStringLiteral("size"), t.persistentMount->sizeGb},
                                                                {QStringLiteral("path"), t.persistentMount->path}});
    p.wire = QJsonObject{
        {QStringLiteral("args"), t.args},
        {QStringLiteral("disk"), t.diskGb},
        {QStringLiteral("mounts"), mounts},
        {QStringLiteral("ports"), QJsonArray::fromStringList(t.ports)},
        {QStringLiteral("registry"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cloud"), QStringLiteral("SECURE")},
        {QStringLiteral("globalNetworking"), QJsonObject{{QStringLiteral("enabled"), false}}},
    };
    if (seed.gpuType) {
        p.wire.insert(QStringLiteral("gpu"), QJsonObject{{QStringLiteral("id"), QString::fromLatin1(seed.gpuType)},
                                                         {QStringLiteral("count"), seed.gpuCount},
                                                         {QStringLiteral("vcpuCount"), 8 * seed.gpuCount},
                                                         {QStringLiteral("memory"), 48 * seed.gpuCount}});
        p.wire.insert(QStringLiteral("cudaVersion"), QStringLiteral("12.4"));
    } else {
        p.wire.insert(QStringLiteral("cpu"), QJsonObject{{QStringLiteral("id"), QStringLiteral("cpu3c")},
                                                         {QStringLiteral("vcpuCount"), 2},
                                                         {QStringLiteral("memory"), 4}});
        p.wire.insert(QStringLiteral("cudaVersion"), QJsonValue(QJsonValue::Null));
    }
    return p;
}

// The demo's releases and workers beyond each endpoint's version 1. sdxl-turbo (HF_TOKEN in its
// own env), qwen2-vl-ocr (hf_token, from its template) and nightly-eval (openai_key) run workers
// started before those secrets' values were last replaced; llama-3-70b-chat is half way through a
// rolling update that does not advance (one worker still on version 3) until its next PATCH.
void seedEndpointHistory(SandboxService& service, const QList<Endpoint>& endpoints, const QDateTime& now,
                         const ApiKey& admin)
{
    Store& store = service.store();
    const auto daysAgo = [&](double days) { return now.addSecs(static_cast<qint64>(-days * 86400)); };
    const auto release = [&](int index, qint64 version, double age, const char* user, QList<ReleaseDiffEntry> diff) {
        const Endpoint& e = endpoints.at(index);
        QJsonArray fields;
        for (const ReleaseDiffEntry& d : std::as_const(diff))
            fields.append(d.field);
        seedRelease(store, e.id, version, daysAgo(age), QString::fromLatin1(user), std::move(diff));
        store.setRollout(e.id, RolloutState{version, std::nullopt, 0});
        service.record(actorFor(admin, QString::fromLatin1(user)), AuditAction::Updated, ResourceType::Endpoint, e.id,
                       e.name, daysAgo(age),
                       QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("version"), version}});
    };
    const Endpoint& sdxl = endpoints.at(0);
    release(0, 2, 40, "ana@example.com",
            {change("image", QStringLiteral("runpod/worker-sdxl:3.0.2"), QStringLiteral("runpod/worker-sdxl:3.1.0"))});
    release(0, 3, 5, "ana@example.com",
            {change("env", QJsonObject(), QJsonObject{{QStringLiteral("HF_TOKEN"), ref("hf_token")}})});
    seedWorkers(store, sdxl, 3, daysAgo(5).addSecs(3), 2);

    const Endpoint& llama = endpoints.at(1);
    const auto workersJson = [](qint64 min, qint64 max) {
        return QJsonObject{
            {QStringLiteral("min"), min}, {QStringLiteral("max"), max}, {QStringLiteral("idleTimeout"), 60}};
    };
    release(1, 2, 30, "jonas@example.com", {change("workers", workersJson(1, 4), workersJson(2, 6))});
    release(1, 3, 12, "jonas@example.com", {change("flashboot", QStringLiteral("OFF"), QStringLiteral("FLASHBOOT"))});
    release(1, 4, 1, "jonas@example.com",
            {change("image", QStringLiteral("runpod/worker-vllm:1.5.2"), QStringLiteral("runpod/worker-vllm:1.6.0"))});
    seedWorkers(store, llama, 3, daysAgo(12).addSecs(3), 1, QStringLiteral("runpod/worker-vllm:1.5.2"));
    seedWorkers(store, llama, 4, daysAgo(1).addSecs(3), 1);

    const Endpoint& qwen = endpoints.at(5);
    // env is replaced whole, so a release shows all of it, before and after.
    const QJsonObject qwenEnv = envToJson(qwen.container.env.value_or(EnvList()));
    QJsonObject shorter = qwenEnv;
    shorter.insert(QStringLiteral("MAX_MODEL_LEN"), QStringLiteral("4096"));
    release(5, 2, 10, "li.wei@example.com", {change("env", shorter, qwenEnv)});
    seedWorkers(store, qwen, 2, daysAgo(10).addSecs(3), 1);

    // The others: one warm worker each on version 1, started some days ago.
    const double started[] = {0, 0, 20, 9, 3, 0, 7, 4, 2.5, 3};
    for (int i : {2, 3, 4, 6, 7, 8, 9})
        seedWorkers(store, endpoints.at(i), 1, daysAgo(started[i]), 1);
}

} // namespace

QString Seeder::seed(SandboxService& service, const SeedSpec& spec)
{
    switch (spec.kind) {
    case SeedSpec::Kind::None:
        return empty(service);
    case SeedSpec::Kind::Demo:
        return demo(service);
    case SeedSpec::Kind::Large:
        return large(service, spec.count);
    }
    return {};
}

QString Seeder::empty(SandboxService& service)
{
    const QDateTime now = nowSeconds();
    const auto admin = service.mintKey(QStringLiteral("Sandbox admin"), AccessPolicy::all(), kOwner, now);
    service.record(actorFor(admin.key, kOwner), AuditAction::Created, ResourceType::ApiKey, admin.key.id,
                   admin.key.name, now, QJsonObject{{QStringLiteral("access"), admin.key.policy.summary()}});
    return admin.rawKey;
}

QString Seeder::demo(SandboxService& service)
{
    Store& store = service.store();
    const QDateTime now = nowSeconds();
    const auto daysAgo = [&](double days) { return now.addSecs(static_cast<qint64>(-days * 86400)); };
    store.transaction();

    const auto admin = service.mintKey(QStringLiteral("Owner admin"), AccessPolicy::all(), kOwner, daysAgo(420));
    const AuditActor owner = actorFor(admin.key, kOwner);
    const auto actor = [&](const char* user) { return actorFor(admin.key, QString::fromLatin1(user)); };

    // Ten endpoints, one CPU and one load balancer among them.
    struct EndpointSeed
    {
        const char* name;
        const char* image;
        double age;
    };
    const EndpointSeed endpointSeeds[] = {
        {"sdxl-turbo", "runpod/worker-sdxl:3.1.0", 300},
        {"llama-3-70b-chat", "runpod/worker-vllm:1.6.0", 260},
        {"whisper-large-v3", "runpod/worker-faster_whisper:0.9.1", 240},
        {"embeddings-bge-m3", "runpod/worker-infinity-embedding:1.1.4", 200},
        {"flux-schnell", "runpod/worker-comfyui:4.2.0", 150},
        {"qwen2-vl-ocr", "runpod/worker-vllm:1.6.0", 90},
        {"bark-tts", "ghcr.io/acme/bark-worker:2024.11", 60},
        {"cpu-preprocess", "python:3.11-slim", 45},
        {"rerank-gateway", "ghcr.io/acme/reranker-lb:0.4.2", 30},
        {"nightly-eval", "ghcr.io/acme/eval-harness:1.8.0", 12},
    };
    QList<Endpoint> endpoints;
    for (const EndpointSeed& s : endpointSeeds) {
        Endpoint e = makeEndpoint(QString::fromLatin1(s.name), QString::fromLatin1(s.image), daysAgo(s.age));
        endpoints.append(e);
    }
    endpoints[1].gpu->pools = {QStringLiteral("AMPERE_80"), QStringLiteral("ADA_80_PRO")};
    endpoints[1].gpu->count = 2;
    endpoints[1].workers = EndpointWorkers{1, 6, 60};
    endpoints[1].flashboot = FlashBootMode::FlashBoot;
    endpoints[7].hasGpu = false;
    endpoints[7].gpu.reset();
    endpoints[7].cpu = QList<EndpointCpu>{{QStringLiteral("cpu5c"), 4, 16}};
    endpoints[8].type = EndpointType::LoadBalancer;
    endpoints[8].scaling = EndpointScaling{ScalingType::RequestCount, 8};
    endpoints[8].container.env =
        env({{"PORT", QStringLiteral("8000")}, {"HEALTH_CHECK_PATH", QStringLiteral("/ping")}});
    // sdxl-turbo references a secret in its own env; qwen2-vl-ocr and nightly-eval carry the env
    // of the templates they were made from (bound below).
    endpoints[0].container.env = env({{"HF_TOKEN", ref("hf_token")}});
    endpoints[0].workers = EndpointWorkers{2, 3, 5};
    endpoints[1].workers.min = 2;
    endpoints[1].container.env = env({{"MODEL_NAME", QStringLiteral("meta-llama/Meta-Llama-3-70B-Instruct")}});
    endpoints[5].container.env = env({{"MODEL_NAME", QStringLiteral("meta-llama/Meta-Llama-3-70B-Instruct")},
                                      {"HF_TOKEN", ref("hf_token")},
                                      {"MAX_MODEL_LEN", QStringLiteral("8192")}});
    endpoints[9].container.env = env({{"OPENAI_API_KEY", ref("openai_key")},
                                      {"ANTHROPIC_API_KEY", ref("anthropic_key")},
                                      {"RESULTS_URL", QStringLiteral("postgres://eval:") + ref("postgres_password") +
                                                          QStringLiteral("@db.internal/eval")}});
    for (const Endpoint& e : std::as_const(endpoints)) {
        store.insertEndpoint(e);
        service.record(owner, AuditAction::Created, ResourceType::Endpoint, e.id, e.name, e.createdAt);
        seedRelease(store, e.id, 1, e.createdAt, kOwner);
    }
    const auto ep = [&](int i) { return endpoints.at(i).id; };
    seedEndpointHistory(service, endpoints, now, admin.key);

    // Eight secrets.
    struct SecretSeed
    {
        const char* name;
        const char* description;
        const char* user;
        double age;
    };
    const SecretSeed secretSeeds[] = {
        {"hf_token", "Hugging Face read token for gated models", "maya@example.com", 380},
        {"openai_key", "OpenAI key used by the eval harness", "jonas@example.com", 200},
        {"wandb_api_key", "Weights & Biases logging", "li.wei@example.com", 180},
        {"postgres_password", "Password of the metrics database", "maya@example.com", 160},
        {"s3_access_key", "Access key id of the training bucket", "ana@example.com", 120},
        {"s3_secret_key", "", "ana@example.com", 120},
        {"slack_webhook", "Alerts channel webhook", "li.wei@example.com", 40},
        {"civitai_token", "CivitAI downloads for ComfyUI", "jonas@example.com", 8},
    };
    for (const SecretSeed& s : secretSeeds) {
        const Secret secret = service.addSecret(QString::fromLatin1(s.name), randomAlphanumeric(48).toLatin1(),
                                                QString::fromUtf8(s.description), daysAgo(s.age));
        service.record(actor(s.user), AuditAction::Created, ResourceType::Secret, secret.id, secret.name,
                       secret.createdAt);
        if (qstrcmp(s.name, "postgres_password") == 0) {
            // Rotated every month, as a policy asks: months of history of one secret.
            Secret rotated = secret;
            for (double at = s.age - 30; at >= 10; at -= 30) {
                rotated.valueLastUpdatedAt = daysAgo(at);
                service.record(actor(s.user), AuditAction::ValueUpdated, ResourceType::Secret, secret.id, secret.name,
                               rotated.valueLastUpdatedAt);
            }
            store.updateSecret(rotated, std::nullopt);
        } else if (s.age > 100) {
            // Rotated once since: the value is newer than the secret.
            Secret rotated = secret;
            rotated.valueLastUpdatedAt = daysAgo(s.age / 3);
            store.updateSecret(rotated, std::nullopt);
            service.record(actor(s.user), AuditAction::ValueUpdated, ResourceType::Secret, secret.id, secret.name,
                           rotated.valueLastUpdatedAt);
        }
        // Replaced days ago: the workers and pods started before still run the old value.
        const double replaced = qstrcmp(s.name, "hf_token") == 0 ? 2 : qstrcmp(s.name, "openai_key") == 0 ? 1 : -1;
        if (replaced > 0) {
            Secret rotated = secret;
            rotated.valueLastUpdatedAt = daysAgo(replaced);
            store.updateSecret(rotated, std::nullopt);
            service.record(actor(s.user), AuditAction::ValueUpdated, ResourceType::Secret, secret.id, secret.name,
                           rotated.valueLastUpdatedAt);
        }
    }

    // Six templates; "Eval harness" references anthropic_key, which does not exist.
    QList<Template> templates = {
        makeTemplate(QStringLiteral("PyTorch 2.4 + Jupyter"), QStringLiteral("runpod/pytorch:2.4.0-py3.11-cuda12.4.1"),
                     false, TemplateCategory::Nvidia,
                     env({{"HF_TOKEN", ref("hf_token")}, {"JUPYTER_ENABLE_LAB", QStringLiteral("yes")}})),
        makeTemplate(QStringLiteral("ComfyUI SDXL"), QStringLiteral("ghcr.io/acme/comfyui:2024.11"), false,
                     TemplateCategory::Nvidia,
                     env({{"HF_TOKEN", ref("hf_token")}, {"CIVITAI_TOKEN", ref("civitai_token")}})),
        makeTemplate(QStringLiteral("vLLM worker"), QStringLiteral("runpod/worker-vllm:1.6.0"), true,
                     TemplateCategory::Nvidia,
                     env({{"MODEL_NAME", QStringLiteral("meta-llama/Meta-Llama-3-70B-Instruct")},
                          {"HF_TOKEN", ref("hf_token")},
                          {"MAX_MODEL_LEN", QStringLiteral("8192")}})),
        makeTemplate(QStringLiteral("Fine-tune (Axolotl)"), QStringLiteral("winglian/axolotl:main-py3.11-cu121"), false,
                     TemplateCategory::Nvidia,
                     env({{"WANDB_API_KEY", ref("wandb_api_key")},
                          {"AWS_ACCESS_KEY_ID", ref("s3_access_key")},
                          {"AWS_SECRET_ACCESS_KEY", ref("s3_secret_key")},
                          {"WANDB_PROJECT", QStringLiteral("finetune-llama")}})),
        makeTemplate(QStringLiteral("Eval harness"), QStringLiteral("ghcr.io/acme/eval-harness:1.8.0"), true,
                     TemplateCategory::Cpu,
                     env({{"OPENAI_API_KEY", ref("openai_key")},
                          {"ANTHROPIC_API_KEY", ref("anthropic_key")},
                          {"RESULTS_URL", QStringLiteral("postgres://eval:") + ref("postgres_password") +
                                              QStringLiteral("@db.internal/eval")}})),
        makeTemplate(QStringLiteral("Postgres backup"), QStringLiteral("postgres:16-alpine"), false,
                     TemplateCategory::Cpu,
                     env({{"PGPASSWORD", ref("postgres_password")}, {"SLACK_WEBHOOK_URL", ref("slack_webhook")}})),
    };
    templates[2].allowedCudaVersions = {QStringLiteral("12.4"), QStringLiteral("12.6")};
    templates[5].persistentMount.reset();
    templates[5].ports.clear();
    templates[5].startJupyter = false;
    for (int i = 0; i < templates.size(); ++i) {
        store.insertTemplate(templates.at(i), daysAgo(200 - i * 30));
        service.record(owner, AuditAction::Created, ResourceType::Template, templates.at(i).id, templates.at(i).name,
                       daysAgo(200 - i * 30));
    }
    // Two endpoints were created from serverless templates, which are therefore in use.
    store.bindEndpointToTemplate(ep(5), templates.at(2).id); // qwen2-vl-ocr from "vLLM worker"
    store.bindEndpointToTemplate(ep(9), templates.at(4).id); // nightly-eval from "Eval harness"

    // Five pods from templates that reference secrets. pytorch-research (hf_token) and
    // axolotl-finetune (s3_access_key, s3_secret_key) started before those values were replaced;
    // jupyter-scratch did too, but it is stopped.
    const PodSeed podSeeds[] = {
        {"pytorch-research", 0, PodStatus::Running, 30, 6, "NVIDIA GeForce RTX 4090", 1, 0.69, "US-KS-2"},
        {"comfyui-sdxl", 1, PodStatus::Running, 14, 1, "NVIDIA GeForce RTX 4090", 1, 0.69, "EU-RO-1"},
        {"axolotl-finetune", 3, PodStatus::Running, 50, 45, "NVIDIA A100 80GB PCIe", 2, 3.28, "US-TX-3"},
        {"pg-backup-nightly", 5, PodStatus::Running, 20, 10, nullptr, 0, 0.06, "EU-SE-1"},
        {"jupyter-scratch", 0, PodStatus::Exited, 25, 20, "NVIDIA RTX A5000", 1, 0.27, "US-KS-2"},
    };
    for (int i = 0; i < int(std::size(podSeeds)); ++i) {
        const PodSeed& s = podSeeds[i];
        const StoredPod pod =
            makePod(s, templates.at(s.templateIndex), daysAgo(s.createdDaysAgo), daysAgo(s.startedDaysAgo), i);
        store.insertPod(pod);
        if (s.status == PodStatus::Exited)
            service.record(
                owner, AuditAction::Updated, ResourceType::Pod, pod.pod.id, pod.pod.name,
                daysAgo(s.startedDaysAgo - 0.5),
                QJsonObject{{QStringLiteral("action"), QStringLiteral("stop")},
                            {QStringLiteral("status"), QJsonObject{{QStringLiteral("from"), QStringLiteral("RUNNING")},
                                                                   {QStringLiteral("to"), QStringLiteral("EXITED")}}}});
    }

    // GitHub builds of the two endpoints whose images the team builds: every state the builds
    // list shows, newest first (one still pending, one building).
    const BuildSeed barkBuilds[] = {
        {BuildStatus::Completed, "Initial worker", "main", nullptr},
        {BuildStatus::Failed, "Bump torch to 2.4", "main",
         "step 7/12: pip install: torch 2.4.0 needs CUDA 12.1, the base image has 11.8"},
        {BuildStatus::Completed, "Use the CUDA 12.1 base image", "main", nullptr},
        {BuildStatus::Cancelled, "WIP: streaming output", "streaming", nullptr},
        {BuildStatus::Building, "Stream audio chunks", "main", nullptr},
    };
    for (int i = 0; i < int(std::size(barkBuilds)); ++i) {
        const QDateTime queued = daysAgo(50 - i * 11.5);
        store.insertBuild(ep(6), makeBuild(barkBuilds[i], QStringLiteral("acme/bark-worker"), queued, 6 + i), queued);
    }
    const BuildSeed evalBuilds[] = {
        {BuildStatus::TestFailed, "Add the MMLU suite", "main", "tests: 3 of 41 failed (test_mmlu_loader)"},
        {BuildStatus::Completed, "Fix the MMLU loader", "main", nullptr},
        {BuildStatus::Pending, "Report to Slack", "main", nullptr},
    };
    for (int i = 0; i < int(std::size(evalBuilds)); ++i) {
        const QDateTime queued = daysAgo(10 - i * 4.9);
        store.insertBuild(ep(9), makeBuild(evalBuilds[i], QStringLiteral("acme/eval-harness"), queued, 4), queued);
    }
    service.record(actor("jonas@example.com"), AuditAction::Updated, ResourceType::Template, templates.at(4).id,
                   templates.at(4).name, daysAgo(3),
                   QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("env")}}});

    // About a dozen keys, covering every state the keys screen shows.
    struct KeySeed
    {
        const char* name;
        AccessPolicy policy;
        const char* user;
        double age;
        double lastUsed; // days ago; < 0: never used
        bool enabled;
        bool legacy;
        double expiresIn = 0; // days from now (< 0: expired); 0: never
    };
    AccessPolicy withCustom = AccessPolicy::restricted(AccessLevel::Read);
    PolicyStatement billing;
    billing.actions = {QStringLiteral("billing:Read")};
    billing.resources = {QStringLiteral("runpod/billing/*")};
    billing.version = AccessPolicy::kVersion;
    withCustom.setCustomStatements({billing});
    AccessPolicy legacyReadOnly = AccessPolicy::restricted(AccessLevel::Read);
    legacyReadOnly.setAllEndpointsLevel(AccessLevel::ReadWrite);
    AccessPolicy legacyReadWrite = AccessPolicy::all();
    const KeySeed keySeeds[] = {
        {"legacy-readonly", legacyReadOnly, "maya@example.com", 1100, 210, true, true},
        {"legacy-deploy", legacyReadWrite, "maya@example.com", 950, 3, true, true},
        {"ci-deployer", AccessPolicy::all(), "ana@example.com", 300, 0.08, true, false},
        {"grafana-readonly", AccessPolicy::readOnly(), "li.wei@example.com", 210, 0.01, true, false},
        {"inference-gateway",
         AccessPolicy::restricted(
             AccessLevel::None,
             {{ep(0), AccessLevel::ReadWrite}, {ep(1), AccessLevel::ReadWrite}, {ep(2), AccessLevel::Read}}),
         "jonas@example.com", 180, 0.003, true, false},
        {"batch-embeddings",
         AccessPolicy::restricted(AccessLevel::Read, {{ep(3), AccessLevel::ReadWrite}, {ep(8), AccessLevel::Read}}),
         "ana@example.com", 150, 1.2, true, false},
        {"old-notebook", AccessPolicy::restricted(AccessLevel::Read, {{ep(4), AccessLevel::Read}}), "ana@example.com",
         400, 150, false, false},
        {"intern-onboarding", AccessPolicy::readOnly(), "li.wei@example.com", 2, -1, true, false},
        {"terraform", AccessPolicy::all(), "maya@example.com", 500, 120, true, false, -30},
        {"eval-runner", AccessPolicy::restricted(AccessLevel::ReadWrite, {{ep(9), AccessLevel::ReadWrite}}),
         "jonas@example.com", 12, 0.9, true, false, 78},
        {"partner-demo", AccessPolicy::restricted(AccessLevel::None, {{ep(4), AccessLevel::Read}}), "ana@example.com",
         20, -1, false, false, 5},
        {"billing-exporter", withCustom, "maya@example.com", 75, 6, true, false},
    };
    service.record(owner, AuditAction::Created, ResourceType::ApiKey, admin.key.id, admin.key.name, admin.key.createdAt,
                   QJsonObject{{QStringLiteral("access"), admin.key.policy.summary()}});
    QHash<QString, QString> keyIds; // by name
    for (const KeySeed& s : keySeeds) {
        auto minted = service.mintKey(QString::fromLatin1(s.name), s.policy, QString::fromLatin1(s.user),
                                      daysAgo(s.age), s.legacy);
        ApiKey& k = minted.key;
        keyIds.insert(k.name, k.id);
        service.record(actor(s.user), AuditAction::Created, ResourceType::ApiKey, k.id, k.name, k.createdAt,
                       QJsonObject{{QStringLiteral("access"), k.policy.summary()}});
        if (s.expiresIn != 0) {
            // Set a while after creation, as an owner tidying up would; an expired one included.
            k.expiresAt = now.addSecs(qint64(s.expiresIn * 86400));
            store.updateKey(k);
            service.record(actor(s.user), AuditAction::ExpiryChanged, ResourceType::ApiKey, k.id, k.name,
                           daysAgo(s.age / 2),
                           QJsonObject{{QStringLiteral("expiresAt"),
                                        QJsonObject{{QStringLiteral("from"), QJsonValue(QJsonValue::Null)},
                                                    {QStringLiteral("to"), formatTimestamp(*k.expiresAt)}}}});
        }
        if (!s.enabled) {
            k.enabled = false;
            store.updateKey(k);
            service.record(actor(s.user), AuditAction::Disabled, ResourceType::ApiKey, k.id, k.name,
                           daysAgo(s.lastUsed < 0 ? s.age / 2 : s.lastUsed - 1));
        }
        if (s.lastUsed >= 0)
            store.touchKey(k.id, daysAgo(s.lastUsed));
    }
    // What each key used, and when (SERVICE.md 5.2 usage), so that each kind of least-privilege
    // advice appears: API write unused (eval-runner), every endpoint narrowed to the ones called
    // (ci-deployer, grafana-readonly), an endpoint's write or a whole endpoint unused
    // (inference-gateway, batch-embeddings), nothing used in 90 days (old-notebook), and keys that
    // use all they hold (billing-exporter, legacy keys are never narrowed).
    struct UseSeed
    {
        const char* key;
        int endpoint;       // -1: the management API
        double readDaysAgo; // < 0: never
        double writeDaysAgo;
    };
    const UseSeed useSeeds[] = {
        {"ci-deployer", -1, 0.08, 2},       {"ci-deployer", 0, 0.08, 0.08},         {"ci-deployer", 1, 3, -1},
        {"grafana-readonly", -1, 0.01, -1}, {"inference-gateway", 0, 0.003, 0.003}, {"inference-gateway", 1, 0.5, 200},
        {"batch-embeddings", -1, 1.2, -1},  {"batch-embeddings", 3, 1.2, 1.2},      {"batch-embeddings", 8, 140, -1},
        {"old-notebook", -1, 150, -1},      {"old-notebook", 4, 160, -1},           {"eval-runner", -1, 0.9, -1},
        {"eval-runner", 9, 0.9, 0.9},       {"billing-exporter", -1, 6, -1},        {"legacy-deploy", -1, 3, 40},
        {"terraform", -1, 120, 120},        {"legacy-readonly", -1, 210, -1},
    };
    for (const UseSeed& u : useSeeds) {
        const QString keyId = keyIds.value(QString::fromLatin1(u.key));
        const QString scope = u.endpoint < 0 ? QString() : ep(u.endpoint);
        if (u.readDaysAgo >= 0)
            store.recordUse(keyId, scope, false, daysAgo(u.readDaysAgo));
        if (u.writeDaysAgo >= 0)
            store.recordUse(keyId, scope, true, daysAgo(u.writeDaysAgo));
    }
    // The owner's key has called everything lately.
    store.recordUse(admin.key.id, QString(), true, now);
    store.recordUse(admin.key.id, QString(), false, now);

    // A key that was renamed once, and one that was revoked (gone from the list, not from history).
    {
        auto revoked = service.mintKey(QStringLiteral("laptop-2023"), AccessPolicy::all(), kOwner, daysAgo(700));
        service.record(owner, AuditAction::Created, ResourceType::ApiKey, revoked.key.id, revoked.key.name,
                       revoked.key.createdAt);
        store.revokeKey(revoked.key.id, daysAgo(90));
        service.record(owner, AuditAction::Revoked, ResourceType::ApiKey, revoked.key.id, revoked.key.name,
                       daysAgo(90));
    }
    store.touchKey(admin.key.id, now);
    store.commit();
    return admin.rawKey;
}

QString Seeder::large(SandboxService& service, int keyCount)
{
    Store& store = service.store();
    const QDateTime now = nowSeconds();
    store.transaction();
    const auto admin = service.mintKey(QStringLiteral("Owner admin"), AccessPolicy::all(), kOwner, now.addDays(-900));
    const AuditActor owner = actorFor(admin.key, kOwner);
    const QStringList people = {kOwner, QStringLiteral("ana@example.com"), QStringLiteral("li.wei@example.com"),
                                QStringLiteral("jonas@example.com"), QStringLiteral("ci-bot@example.com")};

    // Every resource gets its "created" event, so that the events list is long enough to page.
    const int endpointCount = std::max(1, keyCount / 10);
    QStringList endpointIds;
    endpointIds.reserve(endpointCount);
    for (int i = 0; i < endpointCount; ++i) {
        Endpoint e = makeEndpoint(QStringLiteral("endpoint-%1").arg(i, 6, 10, QLatin1Char('0')),
                                  QStringLiteral("runpod/worker-vllm:1.6.0"), now.addSecs(-qint64(i) * 600));
        e.workers.min = 1 + i % 2; // one or two warm workers, started a minute after the endpoint
        store.insertEndpoint(e);
        service.record(owner, AuditAction::Created, ResourceType::Endpoint, e.id, e.name, e.createdAt);
        seedRelease(store, e.id, 1, e.createdAt, kOwner);
        seedWorkers(store, e, 1, e.createdAt.addSecs(60), Rollout::warmWorkers(e));
        endpointIds.append(e.id);
    }
    // Builds for the first endpoints: 30 for the first, then 1 to 4.
    for (int i = 0; i < std::min(endpointCount, 5); ++i) {
        const int count = i == 0 ? 30 : i;
        for (int n = 0; n < count; ++n) {
            const BuildSeed seed{n % 7 == 3 ? BuildStatus::Failed : BuildStatus::Completed, "Automated build", "main",
                                 n % 7 == 3 ? "step 4/9: exit code 1" : nullptr};
            const QDateTime queued = now.addSecs(-qint64(count - n) * 3600 - i);
            store.insertBuild(endpointIds.at(i), makeBuild(seed, QStringLiteral("acme/worker"), queued, 5), queued);
        }
    }
    const int secretCount = std::max(1, keyCount / 10);
    for (int i = 0; i < secretCount; ++i) {
        const Secret secret =
            service.addSecret(QStringLiteral("secret_%1").arg(i, 6, 10, QLatin1Char('0')), randomBytes(24).toHex(),
                              QStringLiteral("Generated secret %1").arg(i), now.addSecs(-qint64(i) * 900));
        service.record(owner, AuditAction::Created, ResourceType::Secret, secret.id, secret.name, secret.createdAt);
    }
    const int templateCount = std::max(1, keyCount / 20);
    QList<Template> made;
    made.reserve(templateCount);
    for (int i = 0; i < templateCount; ++i) {
        Template t = makeTemplate(
            QStringLiteral("template-%1").arg(i, 6, 10, QLatin1Char('0')),
            QStringLiteral("runpod/pytorch:2.4.0-py3.11-cuda12.4.1"), i % 3 == 0, TemplateCategory::Nvidia,
            {{QStringLiteral("HF_TOKEN"),
              SecretReference::format(QStringLiteral("secret_%1").arg(i % secretCount, 6, 10, QLatin1Char('0')))}});
        const QDateTime created = now.addSecs(-qint64(i) * 1200);
        store.insertTemplate(t, created);
        service.record(owner, AuditAction::Created, ResourceType::Template, t.id, t.name, created);
        made.append(std::move(t));
    }
    // N/100 pods from the pod templates (any template when there are none), one in five stopped.
    QList<Template> podTemplates = made;
    podTemplates.removeIf([](const Template& t) { return t.serverless; });
    if (podTemplates.isEmpty())
        podTemplates = made;
    for (int i = 0; i < keyCount / 100; ++i) {
        const int gpus = 1 + i % 2;
        PodSeed seed{"", 0, PodStatus::Running, 0, 0, "NVIDIA GeForce RTX 4090", gpus, 0.69 * gpus, "US-TX-3"};
        if (i % 5 == 0)
            seed.status = PodStatus::Exited;
        const QDateTime created = now.addSecs(-qint64(i) * 1800 - 3600);
        StoredPod pod = makePod(seed, podTemplates.at(i % podTemplates.size()), created, created.addSecs(120), i);
        pod.pod.name = QStringLiteral("pod-%1").arg(i, 6, 10, QLatin1Char('0'));
        store.insertPod(pod);
    }
    for (int i = 1; i < keyCount; ++i) {
        AccessPolicy policy;
        switch (i % 4) {
        case 0:
            policy = AccessPolicy::all();
            break;
        case 1:
            policy = AccessPolicy::readOnly();
            break;
        default:
            policy = AccessPolicy::restricted(i % 8 == 2 ? AccessLevel::Read : AccessLevel::None,
                                              {{endpointIds.at(i % endpointCount), AccessLevel::ReadWrite},
                                               {endpointIds.at((i * 7) % endpointCount), AccessLevel::Read}});
        }
        const bool legacy = i % 97 == 0;
        if (legacy) { // api Read or Read+Write, full serverless access: what legacy keys held
            policy = i % 2 ? AccessPolicy::all() : AccessPolicy::restricted(AccessLevel::Read);
            policy.setAllEndpointsLevel(AccessLevel::ReadWrite);
        }
        const QDateTime created = now.addSecs(-qint64(i % 1000) * 86400 - i);
        const QString& user = people.at(i % people.size());
        auto minted =
            service.mintKey(QStringLiteral("key-%1").arg(i, 7, 10, QLatin1Char('0')), policy, user, created, legacy);
        // Every key's creation is in the history, so that N keys make at least N events.
        const AuditActor by{admin.key.id, admin.key.name, user};
        service.record(by, AuditAction::Created, ResourceType::ApiKey, minted.key.id, minted.key.name, created);
        if (i % 50 == 0) { // one in fifty expires, within a month or has just expired
            minted.key.expiresAt = now.addDays(i % 30 - 5);
            store.updateKey(minted.key);
        }
        if (i % 11 == 0) {
            minted.key.enabled = false;
            store.updateKey(minted.key);
            service.record(by, AuditAction::Disabled, ResourceType::ApiKey, minted.key.id, minted.key.name,
                           created.addDays(1));
        }
        if (i % 5 != 0)
            store.touchKey(minted.key.id, now.addSecs(-qint64(i % 400) * 3600));
    }
    service.record(owner, AuditAction::Created, ResourceType::ApiKey, admin.key.id, admin.key.name,
                   admin.key.createdAt);
    store.touchKey(admin.key.id, now);
    store.commit();
    return admin.rawKey;
}

} // namespace podwarden::sandbox
