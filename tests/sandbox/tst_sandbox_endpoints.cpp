// Issue 17 over real HTTP: an endpoint's workers and releases, its configuration version and the
// rolling update a PATCH starts, the pods subset and its transitions, and the demo seed's workers
// and pods that started before a secret they reference was replaced.
#include "AccessPolicy.h"
#include "AuditEvent.h"
#include "Endpoint.h"
#include "JsonReader.h"
#include "Pod.h"
#include "ProblemDetails.h"
#include "Release.h"
#include "SandboxProcess.h"
#include "Secret.h"
#include "SecretReference.h"
#include "Template.h"
#include "Worker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

#define CHECK_PROBLEM(reply, status) QVERIFY(isProblem((reply), (status)))

namespace {

// Long enough that the reads right after a PATCH see every worker stale, short enough to wait for.
constexpr int kRolloutStepMs = 1200;

bool isProblem(const HttpResult& r, int status)
{
    const auto problem = ProblemDetails::fromJson(r.json());
    const bool ok = r.status == status && r.header("Content-Type") == "application/problem+json" && problem.ok() &&
                    problem->status == status && !problem->detail.isEmpty();
    if (!ok)
        qWarning() << "expected a" << status << "problem, got" << r.status << r.body.left(300);
    return ok;
}

QDateTime timeOf(const QJsonValue& v)
{
    return parseTimestamp(v.toString()).value_or(QDateTime());
}

} // namespace

class SandboxEndpointsTest final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    HttpClient m_http;
    QByteArray m_admin;

    QUrl api(const QString& path) const { return url(m_sandbox.apiBase(), path); }

    QJsonObject get(const QString& path)
    {
        const HttpResult r = m_http.get(api(path), m_admin);
        if (r.status != 200)
            qWarning() << "GET" << path << "answered" << r.status << r.body.left(300);
        return r.json();
    }

    // `list`'s item named `name`.
    QJsonObject named(const QString& path, const QString& key, const QString& name)
    {
        for (const QJsonValue& v : get(path).value(key).toArray()) {
            if (v["name"].toString() == name)
                return v.toObject();
        }
        qWarning() << "no" << key << "named" << name;
        return {};
    }

    WorkerList workers(const QString& endpointId)
    {
        auto list = WorkerList::fromJson(get("/v2/serverless/" + endpointId + "/workers"));
        if (!list.ok())
            qWarning() << "workers of" << endpointId << "do not decode:" << list.error().message();
        return list.ok() ? list.value() : WorkerList{};
    }

    ReleasePage releases(const QString& endpointId)
    {
        auto page = ReleasePage::fromJson(get("/v2/serverless/" + endpointId + "/releases"));
        if (!page.ok())
            qWarning() << "releases of" << endpointId << "do not decode:" << page.error().message();
        return page.ok() ? page.value() : ReleasePage{};
    }

    QString createEndpoint(const QString& name, int minWorkers, const QJsonObject& extra = {})
    {
        QJsonObject body{{"name", name},
                         {"type", "QUEUE"},
                         {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}},
                         {"image", "ghcr.io/acme/echo:1"},
                         {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                         {"workers", QJsonObject{{"min", minWorkers}, {"max", 5}}},
                         {"env", QJsonObject{{"TOKEN", SecretReference::format("hf_token")}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = m_http.post(api("/v2/serverless"), m_admin, body);
        if (r.status != 201)
            qWarning() << "creating endpoint" << name << "answered" << r.status << r.body.left(300);
        return r.json().value("id").toString();
    }

    QByteArray createKey(const QString& name, const AccessPolicy& policy)
    {
        const HttpResult r =
            m_http.post(api("/v2/account/api-keys"), m_admin, {{"name", name}, {"policies", policy.toDocuments()}});
        return r.json().value("rawKey").toString().toLatin1();
    }

    // The worker counts of /health, each a roll-up of the worker rows.
    void checkHealthAgrees(const QString& endpointId)
    {
        const WorkerList list = workers(endpointId);
        QCOMPARE(list.total, int(list.workers.size()));
        QCOMPARE(list.running + list.idle + list.initializing + list.throttled + list.unhealthy, list.total);
        const QJsonObject health = m_http.get(url(m_sandbox.invokeBase(), "/v2/" + endpointId + "/health"), m_admin)
                                       .json()["workers"]
                                       .toObject();
        QCOMPARE(health["idle"].toInt(), list.idle);
        QCOMPARE(health["ready"].toInt(), list.idle);
        QCOMPARE(health["running"].toInt(), list.running);
        QCOMPARE(health["initializing"].toInt(), list.initializing);
        QCOMPARE(health["throttled"].toInt(), list.throttled);
    }

    Secret secretNamed(const QString& name)
    {
        const auto secrets = decodeSecretList(get("/v2/account/secrets"));
        for (const Secret& s : secrets.value()) {
            if (s.name == name)
                return s;
        }
        qWarning() << "no secret" << name;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({"--seed", "demo", "--rollout-step-ms", QString::number(kRolloutStepMs)}),
                 qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.adminKey();
    }

    void cleanupTestCase() { QCOMPARE(m_sandbox.stop(), 0); }

    // What a GUI test relies on: workers and pods that still run a secret's old value.
    void demoSeedShowsWorkersAndPodsStartedBeforeASecretWasReplaced()
    {
        const QDateTime hfToken = secretNamed("hf_token").valueLastUpdatedAt;
        const QDateTime openaiKey = secretNamed("openai_key").valueLastUpdatedAt;
        const QDateTime s3Access = secretNamed("s3_access_key").valueLastUpdatedAt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(hfToken.isValid() && hfToken > now.addDays(-3) && hfToken < now.addDays(-1));
        QVERIFY(openaiKey > now.addDays(-2) && openaiKey < now);

        // sdxl-turbo references hf_token in its own env; both its workers started before the new value.
        const QJsonObject sdxl = named("/v2/serverless", "endpoints", "sdxl-turbo");
        QCOMPARE(sdxl["env"]["HF_TOKEN"].toString(), SecretReference::format("hf_token"));
        QVERIFY(!sdxl.contains("templateId"));
        WorkerList list = workers(sdxl["id"].toString());
        QCOMPARE(list.workers.size(), 2);
        QCOMPARE(list.endpointVersion, std::optional<qint64>(3));
        for (const Worker& w : list.workers) {
            QVERIFY(*w.startedAt < hfToken);
            QVERIFY(!w.isStale);
            QCOMPARE(w.status, WorkerStatus::Idle);
        }

        // Endpoints made from templates carry the template's id and env.
        const QString vllm = named("/v2/templates", "templates", "vLLM worker")["id"].toString();
        const QString evalHarness = named("/v2/templates", "templates", "Eval harness")["id"].toString();
        const QJsonObject qwen = named("/v2/serverless", "endpoints", "qwen2-vl-ocr");
        QCOMPARE(qwen["templateId"].toString(), vllm);
        QCOMPARE(qwen["env"]["HF_TOKEN"].toString(), SecretReference::format("hf_token"));
        list = workers(qwen["id"].toString());
        QCOMPARE(list.workers.size(), 1);
        QVERIFY(*list.workers.at(0).startedAt < hfToken);
        const QJsonObject eval = named("/v2/serverless", "endpoints", "nightly-eval");
        QCOMPARE(eval["templateId"].toString(), evalHarness);
        QVERIFY(eval["env"]["OPENAI_API_KEY"].toString().contains("RUNPOD_SECRET_openai_key"));
        list = workers(eval["id"].toString());
        QCOMPARE(list.workers.size(), 1);
        QVERIFY(*list.workers.at(0).startedAt < openaiKey);
        QCOMPARE(get("/v2/serverless/" + eval["id"].toString())["templateId"].toString(), evalHarness);

        // llama-3-70b-chat: a rolling update half way, one worker still on version 3.
        const QJsonObject llama = named("/v2/serverless", "endpoints", "llama-3-70b-chat");
        list = workers(llama["id"].toString());
        QCOMPARE(list.endpointVersion, std::optional<qint64>(4));
        QCOMPARE(list.workers.size(), 2);
        QCOMPARE(std::count_if(list.workers.begin(), list.workers.end(), [](const Worker& w) { return w.isStale; }), 1);
        const ReleasePage llamaReleases = releases(llama["id"].toString());
        QCOMPARE(llamaReleases.releases.size(), 4);
        QVERIFY(llamaReleases.rollout.inProgress);
        QCOMPARE(llamaReleases.rollout.workersOnLatest, 1);
        QCOMPARE(llamaReleases.rollout.workersTotal, 2);
        QCOMPARE(llamaReleases.rollout.percentOnLatest, 50);
        QCOMPARE(llamaReleases.releases.at(0).diff.at(0).field, QString("image"));
        QCOMPARE(llamaReleases.releases.at(0).workerCount, 1);
        QCOMPARE(releases(sdxl["id"].toString()).releases.size(), 3);

        // Pods: five, four running; two running pods started before a secret they reference was replaced.
        const auto pods = decodePodList(get("/v2/pods"));
        QVERIFY2(pods.ok(), qPrintable(pods.error().message()));
        QCOMPARE(pods->size(), 5);
        QCOMPARE(std::count_if(pods->begin(), pods->end(), [](const Pod& p) { return p.status == PodStatus::Running; }),
                 4);
        QHash<QString, Pod> byName;
        for (const Pod& p : pods.value())
            byName.insert(p.name, p);
        const auto references = [](const Pod& p, const QString& secret) {
            return SecretReference::namesIn(p.env).contains(secret);
        };
        const Pod research = byName.value("pytorch-research");
        QCOMPARE(research.status, PodStatus::Running);
        QVERIFY(references(research, "hf_token") && *research.startedAt < hfToken);
        QVERIFY(research.templateId.has_value());
        const Pod axolotl = byName.value("axolotl-finetune");
        QVERIFY(references(axolotl, "s3_access_key") && *axolotl.startedAt < s3Access);
        const Pod comfy = byName.value("comfyui-sdxl");
        QVERIFY(references(comfy, "hf_token") && *comfy.startedAt > hfToken);
        const Pod scratch = byName.value("jupyter-scratch");
        QCOMPARE(scratch.status, PodStatus::Exited);
        QCOMPARE(scratch.costPerHour, 0.0);
        QCOMPARE(scratch.actions, (QList<PodAction>{PodAction::Start, PodAction::Terminate}));
        QCOMPARE(research.actions, (QList<PodAction>{PodAction::Stop, PodAction::Restart, PodAction::Terminate}));
    }

    void workersAgreeWithTheirSummaryAndWithHealth()
    {
        for (const QJsonValue& e : get("/v2/serverless")["endpoints"].toArray())
            checkHealthAgrees(e["id"].toString());
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/ep_missing00/workers"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/ep_missing00/releases"), m_admin), 404);

        // A new endpoint starts on version 1 with its warm workers.
        const QString ep = createEndpoint("workers-" + QString::number(QDateTime::currentMSecsSinceEpoch()), 3);
        const WorkerList list = workers(ep);
        QCOMPARE(list.endpointVersion, std::optional<qint64>(1));
        QCOMPARE(list.total, 3);
        QCOMPARE(list.idle, 3);
        for (const Worker& w : list.workers) {
            QCOMPARE(w.version, std::optional<qint64>(1));
            QVERIFY(!w.isStale && w.startedAt && w.uptimeSeconds);
            QCOMPARE(w.gpuCount, 1);
            QCOMPARE(w.image, std::optional<QString>("ghcr.io/acme/echo:1"));
        }
        checkHealthAgrees(ep);
        const ReleasePage page = releases(ep);
        QCOMPARE(page.releases.size(), 1);
        QCOMPARE(page.releases.at(0).version, std::optional<qint64>(1));
        QCOMPARE(page.releases.at(0).workerCount, 3);
        QVERIFY(page.releases.at(0).diff.isEmpty());
        QVERIFY(!page.rollout.inProgress);
        QCOMPARE(page.rollout.percentOnLatest, 100);
    }

    void aPatchRaisesTheVersionAndRecordsWhatChanged()
    {
        const QString ep = createEndpoint("diff-" + QString::number(QDateTime::currentMSecsSinceEpoch()), 1);
        const QJsonObject before = get("/v2/serverless/" + ep);
        const HttpResult patched =
            m_http.patch(api("/v2/serverless/" + ep), m_admin,
                         {{"image", "ghcr.io/acme/echo:2"}, {"workers", QJsonObject{{"max", 4}}}});
        QCOMPARE(patched.status, 200);
        const ReleasePage page = releases(ep);
        QCOMPARE(page.endpointVersion, std::optional<qint64>(2));
        QCOMPARE(page.releases.size(), 2);
        const Release& latest = page.releases.at(0);
        QCOMPARE(latest.version, std::optional<qint64>(2));
        QCOMPARE(latest.source, ReleaseSource::Manual);
        QVERIFY(latest.createdByUserId.has_value());
        QStringList fields;
        for (const ReleaseDiffEntry& d : latest.diff)
            fields.append(d.field);
        QCOMPARE(fields, (QStringList{"image", "workers"}));
        QCOMPARE(latest.diff.at(0).oldValue, QJsonValue("ghcr.io/acme/echo:1"));
        QCOMPARE(latest.diff.at(0).newValue, QJsonValue("ghcr.io/acme/echo:2"));
        QCOMPARE(latest.diff.at(1).oldValue, before["workers"]);
        QCOMPARE(latest.diff.at(1).newValue["max"].toInt(), 4);
        QCOMPARE(page.releases.at(1).version, std::optional<qint64>(1));

        // The change is an event of the endpoint, with the version it made.
        const QJsonObject events = get("/v2/account/events?resourceType=endpoint&resourceId=" + ep);
        const QJsonObject updated = events["events"][0].toObject();
        QCOMPARE(updated["action"].toString(), QString("updated"));
        QCOMPARE(updated["changes"]["version"].toInt(), 2);
        QCOMPARE(updated["changes"]["releaseId"].toString(), latest.id);

        // A PATCH that changes nothing still makes a release, with an empty diff: a roll.
        QCOMPARE(m_http.patch(api("/v2/serverless/" + ep), m_admin, {{"env", before["env"]}}).status, 200);
        const ReleasePage rolled = releases(ep);
        QCOMPARE(rolled.endpointVersion, std::optional<qint64>(3));
        QVERIFY(rolled.releases.at(0).diff.isEmpty());
        // A refused PATCH makes none.
        QCOMPARE(m_http.patch(api("/v2/serverless/" + ep), m_admin, {{"workers", QJsonObject{{"min", 9}}}}).status,
                 422);
        QCOMPARE(releases(ep).endpointVersion, std::optional<qint64>(3));
    }

    void aRollReplacesTheStaleWorkersOneByOne()
    {
        const QString ep = createEndpoint("roll-" + QString::number(QDateTime::currentMSecsSinceEpoch()), 3);
        const WorkerList first = workers(ep);
        QCOMPARE(first.total, 3);
        QSet<QString> oldIds;
        for (const Worker& w : first.workers)
            oldIds.insert(w.id);

        // Send the endpoint's env back: nothing changes, yet every worker is now stale.
        const QJsonObject endpoint = get("/v2/serverless/" + ep);
        QCOMPARE(m_http.patch(api("/v2/serverless/" + ep), m_admin, {{"env", endpoint["env"]}}).status, 200);
        const Release release = releases(ep).releases.at(0);
        QCOMPARE(release.version, std::optional<qint64>(2));
        WorkerList now = workers(ep);
        QCOMPARE(now.endpointVersion, std::optional<qint64>(2));
        QCOMPARE(std::count_if(now.workers.begin(), now.workers.end(), [](const Worker& w) { return w.isStale; }), 3);
        QVERIFY(releases(ep).rollout.inProgress);

        // Watch until none is stale: the count only falls, and passes through every step.
        QList<int> staleSeen{3};
        QElapsedTimer waited;
        waited.start();
        while (staleSeen.constLast() > 0 && waited.elapsed() < 4 * kRolloutStepMs + 20000) {
            QTest::qWait(100);
            now = workers(ep);
            QCOMPARE(now.total, 3);
            const int stale =
                int(std::count_if(now.workers.begin(), now.workers.end(), [](const Worker& w) { return w.isStale; }));
            QVERIFY2(stale <= staleSeen.constLast(), "a replaced worker became stale again");
            if (stale != staleSeen.constLast())
                staleSeen.append(stale);
            checkHealthAgrees(ep);
        }
        QCOMPARE(staleSeen.constLast(), 0);
        QVERIFY2(staleSeen.contains(1) || staleSeen.contains(2), "no worker was seen replaced alone");

        // Each replacement a step after the one before, counted from the release; new ids, IDLE.
        QList<QDateTime> starts;
        for (const Worker& w : now.workers) {
            QVERIFY(!oldIds.contains(w.id));
            QCOMPARE(w.version, std::optional<qint64>(2));
            QCOMPARE(w.status, WorkerStatus::Idle);
            starts.append(*w.startedAt);
        }
        std::sort(starts.begin(), starts.end());
        for (int k = 0; k < 3; ++k)
            QCOMPARE(starts.at(k), release.createdAt.addMSecs(qint64(k + 1) * kRolloutStepMs));
        const ReleasePage done = releases(ep);
        QVERIFY(!done.rollout.inProgress);
        QCOMPARE(done.rollout.percentOnLatest, 100);
        QCOMPARE(done.releases.at(0).workerCount, 3);
        QCOMPARE(done.releases.at(1).workerCount, 0);
    }

    void scalingTakesEffectAtOnce()
    {
        const QString ep = createEndpoint("scale-" + QString::number(QDateTime::currentMSecsSinceEpoch()), 2);
        QCOMPARE(m_http.patch(api("/v2/serverless/" + ep), m_admin, {{"workers", QJsonObject{{"min", 4}}}}).status,
                 200);
        WorkerList list = workers(ep);
        QCOMPARE(list.total, 4);
        QCOMPARE(std::count_if(list.workers.begin(), list.workers.end(), [](const Worker& w) { return w.isStale; }), 2);
        QCOMPARE(m_http.patch(api("/v2/serverless/" + ep), m_admin, {{"workers", QJsonObject{{"min", 1}}}}).status,
                 200);
        QCOMPARE(workers(ep).total, 1);
        checkHealthAgrees(ep);
    }

    void releasesArePagedNewestFirst()
    {
        const QString ep = createEndpoint("paged-" + QString::number(QDateTime::currentMSecsSinceEpoch()), 1);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(m_http.patch(api("/v2/serverless/" + ep), m_admin, {{"name", QString("paged-%1").arg(i)}}).status,
                     200);
        const QString path = "/v2/serverless/" + ep + "/releases";
        const PagedList whole = readAllPages(m_http, m_sandbox.apiBase(), path, m_admin, "releases");
        const PagedList paged = readAllPages(m_http, m_sandbox.apiBase(), path, m_admin, "releases", 2);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
        QCOMPARE(whole.items.size(), 7);
        QCOMPARE(paged.pages, 4);
        QCOMPARE(paged.ids(), whole.ids());
        for (qsizetype i = 0; i < whole.items.size(); ++i)
            QCOMPARE(whole.items.at(i)["version"].toInt(), int(7 - i));
        // The rollout describes the endpoint now, on every page.
        const QJsonObject page = get(path + "?limit=2");
        QCOMPARE(page["endpointVersion"].toInt(), 7);
        QVERIFY(page["rollout"]["workersTotal"].toInt() >= 1);

        // A cursor of another endpoint's releases, or of another list, is refused.
        const QString cursor = page["pagination"]["nextCursor"].toString();
        QVERIFY(!cursor.isEmpty());
        const QString other = named("/v2/serverless", "endpoints", "llama-3-70b-chat")["id"].toString();
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + other + "/releases?cursor=" + cursor), m_admin), 422);
        CHECK_PROBLEM(m_http.get(api("/v2/pods?cursor=" + cursor), m_admin), 422);
        for (const char* bad : {"0", "1001", "x"})
            CHECK_PROBLEM(m_http.get(api(path + "?limit=" + bad), m_admin), 422);
    }

    void podsArePagedNewestFirstAndValid()
    {
        const PagedList whole = readAllPages(m_http, m_sandbox.apiBase(), "/v2/pods", m_admin, "pods");
        const PagedList paged = readAllPages(m_http, m_sandbox.apiBase(), "/v2/pods", m_admin, "pods", 2);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
        QVERIFY(paged.pages >= 3);
        QCOMPARE(paged.ids(), whole.ids());
        for (qsizetype i = 1; i < whole.items.size(); ++i)
            QVERIFY(timeOf(whole.items.at(i - 1)["createdAt"]) >= timeOf(whole.items.at(i)["createdAt"]));
        // Every field the September document requires of a Pod.
        const QStringList required = {"id",           "name",
                                      "status",       "actions",
                                      "image",        "args",
                                      "disk",         "mounts",
                                      "ports",        "env",
                                      "registry",     "cloud",
                                      "dataCenterId", "cudaVersion",
                                      "ssh",          "template",
                                      "cost",         "locked",
                                      "runtime",      "createdAt",
                                      "startedAt",    "globalNetworking"};
        for (const QJsonValue& item : whole.items) {
            const QJsonObject pod = item.toObject();
            for (const QString& field : required)
                QVERIFY2(pod.contains(field), qPrintable(pod["name"].toString() + " lacks " + field));
            QVERIFY(!pod.contains("sandbox"));
            QCOMPARE(pod["runtime"].isNull(), pod["status"].toString() != "RUNNING");
            QVERIFY(Pod::fromJson(pod).ok());
            const QJsonObject one = get("/v2/pods/" + pod["id"].toString());
            QCOMPARE(one["id"], pod["id"]);
            QCOMPARE(one["env"], pod["env"]);
        }
        CHECK_PROBLEM(m_http.get(api("/v2/pods/pod_doesnotexist"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v2/pods?limit=0"), m_admin), 422);
        QCOMPARE(m_http.get(api("/v2/pods?includeClusterPods=true"), m_admin).status, 200);
    }

    void podActionsFollowTheStatus()
    {
        const QString id = named("/v2/pods", "pods", "comfyui-sdxl")["id"].toString();
        const QString path = "/v2/pods/" + id + "/action";
        const auto act = [&](const char* action) {
            return m_http.post(api(path), m_admin, {{"action", QString::fromLatin1(action)}});
        };
        const QJsonObject running = get("/v2/pods/" + id);
        QCOMPARE(running["status"].toString(), QString("RUNNING"));
        CHECK_PROBLEM(act("start"), 409);

        // restart: running again, from now.
        const QDateTime beforeRestart = QDateTime::currentDateTimeUtc().addSecs(-1);
        const HttpResult restarted = act("restart");
        QCOMPARE(restarted.status, 200);
        QCOMPARE(restarted.json()["status"].toString(), QString("RUNNING"));
        const QDateTime restartedAt = timeOf(restarted.json()["startedAt"]);
        QVERIFY(restartedAt > timeOf(running["startedAt"]) && restartedAt >= beforeRestart);
        QVERIFY(restarted.json()["runtime"]["uptime"].toInt() <= 2);

        // stop: EXITED, startedAt kept, no runtime and no cost.
        const HttpResult stopped = act("stop");
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json()["status"].toString(), QString("EXITED"));
        QCOMPARE(timeOf(stopped.json()["startedAt"]), restartedAt);
        QVERIFY(stopped.json()["runtime"].isNull());
        QCOMPARE(stopped.json()["cost"].toDouble(), 0.0);
        QCOMPARE(stopped.json()["actions"].toArray(), (QJsonArray{"start", "terminate"}));
        QVERIFY(stopped.json()["ssh"]["direct"].isNull());
        CHECK_PROBLEM(act("stop"), 409);
        CHECK_PROBLEM(act("restart"), 409);

        // start: running, from now, billed again.
        const HttpResult started = act("start");
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json()["status"].toString(), QString("RUNNING"));
        QVERIFY(timeOf(started.json()["startedAt"]) >= restartedAt);
        QVERIFY(started.json()["cost"].toDouble() > 0);

        // The body: one known action, nothing else.
        CHECK_PROBLEM(act("reboot"), 422);
        CHECK_PROBLEM(m_http.post(api(path), m_admin, {}), 422);
        CHECK_PROBLEM(m_http.post(api(path), m_admin, {{"action", "stop"}, {"force", true}}), 422);
        CHECK_PROBLEM(m_http.send("POST", api(path), m_admin, "{\"action\":"), 400);
        CHECK_PROBLEM(m_http.post(api("/v2/pods/pod_doesnotexist/action"), m_admin, {{"action", "stop"}}), 404);

        // terminate: 204, then the pod is gone.
        const HttpResult terminated = act("terminate");
        QCOMPARE(terminated.status, 204);
        QVERIFY(terminated.body.isEmpty());
        CHECK_PROBLEM(m_http.get(api("/v2/pods/" + id), m_admin), 404);
        CHECK_PROBLEM(act("start"), 404);
        for (const QJsonValue& p : get("/v2/pods")["pods"].toArray())
            QVERIFY(p["id"].toString() != id);

        // Each transition is an event of the pod.
        QStringList actions;
        for (const QJsonValue& e : get("/v2/account/events?resourceType=pod&resourceId=" + id)["events"].toArray())
            actions.append(e["changes"]["action"].toString());
        QCOMPARE(actions, (QStringList{"terminate", "start", "stop", "restart"}));
    }

    void podsNeedApiPermissions()
    {
        const QString id = named("/v2/pods", "pods", "pg-backup-nightly")["id"].toString();
        const QByteArray readOnly = createKey("pods read-only", AccessPolicy::readOnly());
        const QByteArray noApi = createKey("pods no api", AccessPolicy::restricted(AccessLevel::None));
        QCOMPARE(m_http.get(api("/v2/pods"), readOnly).status, 200);
        QCOMPARE(m_http.get(api("/v2/pods/" + id), readOnly).status, 200);
        CHECK_PROBLEM(m_http.post(api("/v2/pods/" + id + "/action"), readOnly, {{"action", "restart"}}), 403);
        CHECK_PROBLEM(m_http.get(api("/v2/pods"), noApi), 403);
        CHECK_PROBLEM(m_http.get(api("/v2/pods/" + id), noApi), 403);
        const QString ep = named("/v2/serverless", "endpoints", "sdxl-turbo")["id"].toString();
        QCOMPARE(m_http.get(api("/v2/serverless/" + ep + "/workers"), readOnly).status, 200);
        QCOMPARE(m_http.get(api("/v2/serverless/" + ep + "/releases"), readOnly).status, 200);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + ep + "/workers"), noApi), 403);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + ep + "/releases"), noApi), 403);
        CHECK_PROBLEM(m_http.get(api("/v2/pods"), {}), 401);
        QCOMPARE(get("/v2/pods/" + id)["status"].toString(), QString("RUNNING"));
    }

    // Rolling the seeded endpoint whose update stopped half way moves all its workers on.
    void rollingTheHalfRolledEndpointFinishesIt()
    {
        const QString llama = named("/v2/serverless", "endpoints", "llama-3-70b-chat")["id"].toString();
        const QJsonObject endpoint = get("/v2/serverless/" + llama);
        QCOMPARE(m_http.patch(api("/v2/serverless/" + llama), m_admin, {{"env", endpoint["env"]}}).status, 200);
        WorkerList list = workers(llama);
        QCOMPARE(list.endpointVersion, std::optional<qint64>(5));
        QCOMPARE(std::count_if(list.workers.begin(), list.workers.end(), [](const Worker& w) { return w.isStale; }), 2);
        const auto noneStale = [&] {
            list = workers(llama);
            return std::none_of(list.workers.begin(), list.workers.end(), [](const Worker& w) { return w.isStale; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(noneStale(), 2 * kRolloutStepMs + 20000);
        QCOMPARE(list.total, 2);
    }

    void templateIdIsAbsentUnderOfficialOnly()
    {
        SandboxProcess official;
        QVERIFY2(official.start({"--seed", "demo", "--official-only"}), qPrintable(official.errorString()));
        const QJsonObject body = m_http.get(url(official.apiBase(), "/v2/serverless"), official.adminKey()).json();
        QCOMPARE(body["endpoints"].toArray().size(), 10);
        QString qwen;
        for (const QJsonValue& e : body["endpoints"].toArray()) {
            QVERIFY(!e.toObject().contains("templateId"));
            if (e["name"].toString() == "qwen2-vl-ocr")
                qwen = e["id"].toString();
        }
        QVERIFY(!m_http.get(url(official.apiBase(), "/v2/serverless/" + qwen), official.adminKey())
                     .json()
                     .contains("templateId"));
        // The September document's routes are served there too.
        QCOMPARE(m_http.get(url(official.apiBase(), "/v2/serverless/" + qwen + "/workers"), official.adminKey()).status,
                 200);
        QCOMPARE(m_http.get(url(official.apiBase(), "/v2/pods"), official.adminKey()).status, 200);
        QCOMPARE(official.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(SandboxEndpointsTest)
#include "tst_sandbox_endpoints.moc"
