// Every route of podwarden-sandbox over real HTTP: success and failure paths, the auth outcomes,
// the permission matrix on invocation, the privilege rule, and what must never be returned.
#include "AccessPolicy.h"
#include "ApiKey.h"
#include "AuditEvent.h"
#include "Build.h"
#include "Endpoint.h"
#include "JsonReader.h"
#include "ProblemDetails.h"
#include "SandboxProcess.h"
#include "Secret.h"
#include "Template.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

#define CHECK_PROBLEM(reply, status) QVERIFY(isProblem((reply), (status)))

class SandboxRoutesTest final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    HttpClient m_http;
    QByteArray m_admin;
    QHash<QString, QJsonObject> m_demo;

    QUrl api(const QString& path) const { return url(m_sandbox.apiBase(), path); }
    QUrl invoke(const QString& path) const { return url(m_sandbox.invokeBase(), path); }

    QByteArray createKey(const QString& name, const AccessPolicy& policy, QString* id = nullptr)
    {
        const HttpResult r =
            m_http.post(api("/v2/account/api-keys"), m_admin, {{"name", name}, {"policies", policy.toDocuments()}});
        if (r.status != 201) {
            qWarning() << "creating key" << name << "answered" << r.status << r.body;
            return {};
        }
        if (id)
            *id = r.json().value("id").toString();
        return r.json().value("rawKey").toString().toLatin1();
    }

    QString createEndpoint(const QString& name)
    {
        const HttpResult r = m_http.post(api("/v2/serverless"), m_admin,
                                         {{"name", name},
                                          {"type", "QUEUE"},
                                          {"image", "ghcr.io/acme/echo:1"},
                                          {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                          {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        return r.json().value("id").toString();
    }

    QString createTemplate(const QJsonObject& body)
    {
        const HttpResult r = m_http.post(api("/v2/templates"), m_admin, body);
        if (r.status != 201)
            qWarning() << "creating template answered" << r.status << r.body;
        return r.json().value("id").toString();
    }

    QString idNamed(const char* list, const char* key, const QString& name) const
    {
        for (const QJsonValue& v : m_demo.value(list).value(key).toArray()) {
            if (v["name"].toString() == name)
                return v["id"].toString();
        }
        qWarning() << "the demo seed has no" << key << name;
        return {};
    }

    // The first page's cursor of `path`, read one item at a time.
    QString cursorOf(const QString& path)
    {
        const QString sep = path.contains('?') ? "&" : "?";
        return m_http.get(api(path + sep + "limit=1"), m_admin).json()["pagination"]["nextCursor"].toString();
    }

    QStringList problemErrors(const HttpResult& r) const { return ProblemDetails::fromJson(r.json())->errors; }

    // An RFC 9457 body with the expected status; says what differed when it is not.
    static bool isProblem(const HttpResult& r, int status)
    {
        const auto problem = ProblemDetails::fromJson(r.json());
        const bool ok = r.status == status && r.header("Content-Type") == "application/problem+json" && problem.ok() &&
                        problem->status == status && !problem->title.isEmpty() && !problem->detail.isEmpty();
        if (!ok)
            qWarning() << "expected a" << status << "problem, got" << r.status << r.header("Content-Type")
                       << r.body.left(300) << r.networkError;
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.adminKey();
        // The demo account as seeded, before any test changes it.
        for (const char* path : {"/v2/account/api-keys", "/v2/account/secrets", "/v2/templates", "/v2/serverless"})
            m_demo.insert(path, m_http.get(api(path), m_admin).json());
        QVERIFY(QRegularExpression("^rpa_[A-Za-z0-9]{40}$").match(QString::fromLatin1(m_admin)).hasMatch());
    }

    void cleanupTestCase() { QCOMPARE(m_sandbox.stop(), 0); }

    void readyLineAndLoopbackOnly()
    {
        QVERIFY(m_sandbox.readyLine().startsWith("{\"event\":\"ready\",\"apiBase\":\"http://127.0.0.1:"));
        QCOMPARE(m_sandbox.apiBase().host(), QString("127.0.0.1"));
        QCOMPARE(m_sandbox.invokeBase(), m_sandbox.apiBase()); // one port serves both by default
        QFile keyFile(m_sandbox.adminKeyFile());
        QCOMPARE(keyFile.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!m_sandbox.output().contains(m_admin));
    }

    void demoAccountShowsEveryFeature()
    {
        const auto keys = decodeApiKeyList(m_demo.value("/v2/account/api-keys"));
        QVERIFY(keys.ok());
        QVERIFY(keys->size() >= 12);
        int legacyRead = 0, legacyWrite = 0, all = 0, readOnly = 0, restrictedMulti = 0, disabled = 0, never = 0,
            today = 0, months = 0;
        QSet<QString> creators;
        for (const ApiKey& k : keys.value()) {
            creators.insert(k.createdBy);
            if (k.legacy)
                (k.policy.canWriteApi() ? legacyWrite : legacyRead)++;
            else if (k.policy.preset() == AccessPreset::All)
                ++all;
            else if (k.policy.preset() == AccessPreset::ReadOnly)
                ++readOnly;
            else if (k.policy.grantedEndpointCount() >= 2)
                ++restrictedMulti;
            disabled += !k.enabled;
            never += !k.lastUsedAt;
            if (k.lastUsedAt && k.lastUsedAt->daysTo(QDateTime::currentDateTimeUtc()) < 1)
                ++today;
            if (k.lastUsedAt && k.lastUsedAt->daysTo(QDateTime::currentDateTimeUtc()) > 90)
                ++months;
        }
        QVERIFY(legacyRead >= 1 && legacyWrite >= 1 && all >= 1 && readOnly >= 1 && restrictedMulti >= 1);
        QVERIFY(disabled >= 1 && never >= 1 && today >= 1 && months >= 1);
        QVERIFY(creators.size() >= 3);

        QCOMPARE(decodeSecretList(m_demo.value("/v2/account/secrets"))->size(), 8);
        const auto templates = decodeTemplateList(m_demo.value("/v2/templates"));
        QCOMPARE(templates->size(), 6);
        QCOMPARE(decodeEndpointList(m_demo.value("/v2/serverless"))->size(), 10);
        const QJsonArray events =
            m_http.get(api("/v2/account/events?limit=500"), m_admin).json().value("events").toArray();
        QVERIFY(events.size() >= 30);

        // One template references a secret that does not exist: booting it reports the failure.
        QString evalId;
        for (const Template& t : templates.value()) {
            if (t.name == "Eval harness")
                evalId = t.id;
        }
        QVERIFY(!evalId.isEmpty());
        const HttpResult boot = m_http.post(api("/v2/sandbox/boot"), m_admin, {{"templateId", evalId}});
        QCOMPARE(boot.status, 200);
        QCOMPARE(boot.json().value("ok").toBool(), false);
        const QJsonArray failed = boot.json().value("failed").toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0)["secret"].toString(), QString("anthropic_key"));
        QVERIFY(boot.json().value("resolved").toArray().contains("OPENAI_API_KEY"));
    }

    void authOutcomes()
    {
        CHECK_PROBLEM(m_http.get(api("/v2/templates"), {}), 401);
        QCOMPARE(m_http.get(api("/v2/templates"), {}).json().value("detail").toString(),
                 QString("missing bearer token"));
        const HttpResult unknown = m_http.get(api("/v2/templates"), "rpa_" + QByteArray(40, 'x'));
        CHECK_PROBLEM(unknown, 401);
        QCOMPARE(unknown.json().value("detail").toString(), QString("invalid api key"));
        QVERIFY(unknown.header("RateLimit").isEmpty()); // not authenticated: no quota to report
        const HttpResult basic = m_http.send("GET", api("/v2/templates"), {});
        QCOMPARE(basic.status, 401);

        QString id;
        const QByteArray key = createKey("auth-outcomes", AccessPolicy::readOnly(), &id);
        QCOMPARE(m_http.get(api("/v2/templates"), key).status, 200);
        QCOMPARE(m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"enabled", false}}).status, 200);
        const HttpResult disabled = m_http.get(api("/v2/templates"), key);
        CHECK_PROBLEM(disabled, 401);
        QCOMPARE(disabled.json().value("detail").toString(), QString("invalid api key"));
        QCOMPARE(m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"enabled", true}}).status, 200);
        QCOMPARE(m_http.get(api("/v2/templates"), key).status, 200);
        QCOMPARE(m_http.del(api("/v2/account/api-keys/" + id), m_admin).status, 204);
        CHECK_PROBLEM(m_http.get(api("/v2/templates"), key), 401);
        CHECK_PROBLEM(m_http.get(api("/v2/account/api-keys/" + id), m_admin), 404);
    }

    void expiry()
    {
        // SERVICE.md 5.2: expiresAt on POST and PATCH, a past time refused, the key refused with its
        // own reason from that time on, still listed, and the change in the history.
        const QString past = formatTimestamp(QDateTime::currentDateTimeUtc().addDays(-1));
        const HttpResult refused = m_http.post(
            api("/v2/account/api-keys"), m_admin,
            {{"name", "expired-at-birth"}, {"policies", AccessPolicy::readOnly().toDocuments()}, {"expiresAt", past}});
        CHECK_PROBLEM(refused, 422);
        QVERIFY(refused.json()["errors"].toArray().first().toString().startsWith("$.expiresAt"));

        QString id;
        const QByteArray key = createKey("short-lived", AccessPolicy::readOnly(), &id);
        QVERIFY(m_http.get(api("/v2/account/api-keys/" + id), m_admin).json()["expiresAt"].isNull());
        CHECK_PROBLEM(m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"expiresAt", past}}), 422);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2);
        const HttpResult set =
            m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"expiresAt", formatTimestamp(soon)}});
        QCOMPARE(set.status, 200);
        QCOMPARE(ApiKey::fromJson(set.json())->expiresAt->toSecsSinceEpoch(), soon.toSecsSinceEpoch());
        QCOMPARE(m_http.get(api("/v2/templates"), key).status, 200);
        QTest::qWait(2500); // past its time
        const HttpResult expired = m_http.get(api("/v2/templates"), key);
        CHECK_PROBLEM(expired, 401);
        QCOMPARE(expired.json()["detail"].toString(), QString("expired api key"));
        QCOMPARE(m_http.get(api("/v2/account/api-keys/" + id), m_admin).status, 200); // listed as it is

        const QJsonArray events = m_http.get(api("/v2/account/events?actions=expiryChanged&resourceId=" + id), m_admin)
                                      .json()["events"]
                                      .toArray();
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first()["changes"]["expiresAt"]["from"].isNull());
        QCOMPARE(events.first()["changes"]["expiresAt"]["to"].toString(), formatTimestamp(soon));
        QCOMPARE(m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"expiresAt", QJsonValue()}}).status, 200);
        QCOMPARE(m_http.get(api("/v2/templates"), key).status, 200); // never expires again
    }

    void rolling()
    {
        // 5.2: the successor links to its key, may not hold more, and the old key keeps working.
        QString oldId;
        const AccessPolicy narrow = AccessPolicy::restricted(AccessLevel::Read);
        const QByteArray oldKey = createKey("to-roll", narrow, &oldId);
        const HttpResult wider = m_http.post(
            api("/v2/account/api-keys"), m_admin,
            {{"name", "to-roll-2"}, {"policies", AccessPolicy::all().toDocuments()}, {"rolledFrom", oldId}});
        CHECK_PROBLEM(wider, 422);
        CHECK_PROBLEM(m_http.post(api("/v2/account/api-keys"), m_admin,
                                  {{"name", "x"}, {"policies", narrow.toDocuments()}, {"rolledFrom", "key_nope"}}),
                      422);
        const HttpResult rolled =
            m_http.post(api("/v2/account/api-keys"), m_admin,
                        {{"name", "to-roll-2"}, {"policies", narrow.toDocuments()}, {"rolledFrom", oldId}});
        QCOMPARE(rolled.status, 201);
        const QString newId = rolled.json()["id"].toString();
        QCOMPARE(rolled.json()["rolledFrom"].toString(), oldId);
        QCOMPARE(m_http.get(api("/v2/account/api-keys/" + newId), m_admin).json()["rolledFrom"].toString(), oldId);
        const QByteArray newKey = rolled.json()["rawKey"].toString().toLatin1();
        QCOMPARE(m_http.get(api("/v2/templates"), oldKey).status, 200); // the overlap
        QCOMPARE(m_http.get(api("/v2/templates"), newKey).status, 200);
        const QJsonArray events = m_http.get(api("/v2/account/events?actions=rolled&resourceId=" + oldId), m_admin)
                                      .json()["events"]
                                      .toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()["changes"]["successor"]["id"].toString(), newId);
    }

    void lastUsedIsUpdatedByEveryRequestOfAValidKey()
    {
        QString id;
        const QByteArray key = createKey("last-used", AccessPolicy::restricted(AccessLevel::Read), &id);
        const auto lastUsed = [&] {
            return ApiKey::fromJson(m_http.get(api("/v2/account/api-keys/" + id), m_admin).json())->lastUsedAt;
        };
        QVERIFY(!lastUsed()); // never used yet
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(m_http.post(api("/v2/templates"), key, {{"name", "x"}, {"image", "y"}}).status, 403);
        const auto afterForbidden = lastUsed();
        QVERIFY(afterForbidden);
        QVERIFY(*afterForbidden >= before); // a 403 counts as a use
        QTest::qWait(1100);
        QCOMPARE(m_http.get(api("/v2/templates/tpl_doesnotexist"), key).status, 404);
        QVERIFY(*lastUsed() > *afterForbidden);
    }

    void unknownRoutesAndMethods()
    {
        CHECK_PROBLEM(m_http.get(api("/v2/nothing-here"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v3/templates"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v3/templates"), {}), 401); // who asks comes first
        QVERIFY(!m_http.get(api("/v3/templates"), m_admin).header("RateLimit").isEmpty());
        const HttpResult put = m_http.send("PUT", api("/v2/templates"), m_admin, "{}");
        CHECK_PROBLEM(put, 405);
        QCOMPARE(put.header("Allow"), QByteArray("GET, POST"));
        CHECK_PROBLEM(m_http.get(api("/v2/templates/tpl_unknown"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/ep_unknown"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v2/account/secrets/sec_unknown"), m_admin), 404);
        CHECK_PROBLEM(m_http.del(api("/v2/account/api-keys/key_unknown"), m_admin), 404);
    }

    void templates()
    {
        const QJsonObject body{
            {"name", "Route test"},
            {"image", "runpod/pytorch:2.4"},
            {"env", QJsonObject{{"A", "1"}, {"HF", "{{ RUNPOD_SECRET_hf_token }}"}}},
            {"ports", QJsonArray{"8888/http"}},
            {"mounts", QJsonObject{{"persistent", QJsonObject{{"size", 20}, {"path", "/workspace"}}}}}};
        const HttpResult created = m_http.post(api("/v2/templates"), m_admin, body);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.header("RateLimit").isEmpty());
        const auto t = Template::fromJson(created.json());
        QVERIFY2(t.ok(), created.body.constData());
        QVERIFY(t->id.startsWith("tpl_"));
        QCOMPARE(t->category, TemplateCategory::Nvidia);
        QCOMPARE(t->startSsh, true);
        QCOMPARE(t->startJupyter, true);
        QCOMPARE(t->env.size(), 2);
        QCOMPARE(t->persistentMount->sizeGb, 20);

        QCOMPARE(Template::fromJson(m_http.get(api("/v2/templates/" + t->id), m_admin).json()).value(), t.value());
        const auto list = decodeTemplateList(m_http.get(api("/v2/templates"), m_admin).json());
        QVERIFY(std::any_of(list->cbegin(), list->cend(), [&](const Template& x) { return x.id == t->id; }));

        // PATCH changes only what is sent, except env, which is replaced whole.
        const HttpResult patched =
            m_http.patch(api("/v2/templates/" + t->id), m_admin, {{"env", QJsonObject{{"B", "2"}}}, {"disk", 80}});
        QCOMPARE(patched.status, 200);
        const auto p = Template::fromJson(patched.json());
        QCOMPARE(p->env, (EnvList{{"B", "2"}}));
        QCOMPARE(p->diskGb, 80);
        QCOMPARE(p->image, t->image);
        QCOMPARE(p->ports, t->ports);
        QCOMPARE(p->persistentMount, t->persistentMount); // mounts omitted: unchanged
        QCOMPARE(Template::fromJson(m_http.get(api("/v2/templates/" + t->id), m_admin).json()).value(), p.value());

        // Failures: taken name, schema violations (every one reported), malformed JSON.
        CHECK_PROBLEM(m_http.post(api("/v2/templates"), m_admin, {{"name", "Route test"}, {"image", "x"}}), 409);
        const HttpResult invalid = m_http.post(api("/v2/templates"), m_admin,
                                               {{"name", ""},
                                                {"disk", 0},
                                                {"bogus", true},
                                                {"category", "TPU"},
                                                {"allowedCudaVersions", QJsonArray{"12"}}});
        CHECK_PROBLEM(invalid, 422);
        const QStringList errors = ProblemDetails::fromJson(invalid.json())->errors;
        QCOMPARE(errors.size(), 6);
        QVERIFY(errors.contains("$: missing property 'image'"));
        QVERIFY(errors.contains("$: additional properties 'bogus' not allowed"));
        QVERIFY(errors.contains("$.disk: must be >= 1 but found 0"));
        QVERIFY(errors.contains("$.name: length must be >= 1, but got 0"));
        QVERIFY(errors.filter("$.category").size() == 1);
        QVERIFY(errors.filter("$.allowedCudaVersions[0]").size() == 1);
        CHECK_PROBLEM(m_http.send("POST", api("/v2/templates"), m_admin, "{\"name\": "), 400);
        CHECK_PROBLEM(m_http.send("POST", api("/v2/templates"), m_admin, "[1,2]"), 400);
        CHECK_PROBLEM(m_http.send("POST", api("/v2/templates"), m_admin, ""), 400);
        QJsonObject tooMany;
        for (int i = 0; i < 51; ++i)
            tooMany.insert(QString("VAR_%1").arg(i), "x");
        CHECK_PROBLEM(m_http.patch(api("/v2/templates/" + t->id), m_admin, {{"env", tooMany}}), 422);
        QCOMPARE(m_http.patch(api("/v2/templates/" + t->id), m_admin, {{"env", QJsonObject{{"my-var", "x"}}}}).status,
                 200);
        CHECK_PROBLEM(m_http.patch(api("/v2/templates/tpl_missing"), m_admin, {{"name", "x"}}), 404);
        createTemplate({{"name", "Taken name"}, {"image", "x"}});
        CHECK_PROBLEM(m_http.patch(api("/v2/templates/" + t->id), m_admin, {{"name", "Taken name"}}), 409);
        CHECK_PROBLEM(m_http.patch(api("/v2/templates/" + t->id), m_admin, {{"serverless", "yes"}}), 422);

        const HttpResult deleted = m_http.del(api("/v2/templates/" + t->id), m_admin);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        CHECK_PROBLEM(m_http.get(api("/v2/templates/" + t->id), m_admin), 404);
        CHECK_PROBLEM(m_http.del(api("/v2/templates/" + t->id), m_admin), 404);
    }

    void endpoints()
    {
        const HttpResult created = m_http.post(api("/v2/serverless"), m_admin,
                                               {{"name", "route-endpoint"},
                                                {"type", "QUEUE"},
                                                {"image", "ghcr.io/acme/echo:1"},
                                                {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}, {"count", 1}}},
                                                {"workers", QJsonObject{{"min", 0}, {"max", 5}, {"idleTimeout", 5}}},
                                                {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        QCOMPARE(created.status, 201);
        const auto e = Endpoint::fromJson(created.json());
        QVERIFY2(e.ok(), created.body.constData());
        QVERIFY(e->id.startsWith("ep_"));
        QCOMPARE(e->requestUrls->value("run"), m_sandbox.invokeBase().toString() + "/v2/" + e->id + "/run");
        QCOMPARE(e->requestUrls->size(), 8);
        QCOMPARE(e->gpu->allowedCudaVersions, QStringList());
        QCOMPARE(e->timeoutMs, 300000);
        QCOMPARE(e->flashboot, FlashBootMode::Off);
        QCOMPARE(Endpoint::fromJson(m_http.get(api("/v2/serverless/" + e->id), m_admin).json()).value(), e.value());

        const HttpResult patched = m_http.patch(
            api("/v2/serverless/" + e->id), m_admin,
            {{"name", "renamed-endpoint"}, {"workers", QJsonObject{{"max", 8}}}, {"env", QJsonObject{{"MODEL", "a"}}}});
        QCOMPARE(patched.status, 200);
        const auto p = Endpoint::fromJson(patched.json());
        QCOMPARE(p->name, QString("renamed-endpoint"));
        QCOMPARE(p->workers.max, 8);
        QCOMPARE(p->workers.min, 0);
        QCOMPARE(p->container.env, (EnvList{{"MODEL", "a"}}));
        CHECK_PROBLEM(m_http.patch(api("/v2/serverless/" + e->id), m_admin, {{"type", "LOAD_BALANCER"}}), 422);
        // The compute family is fixed: the contract answers cpu on a GPU endpoint with 400.
        CHECK_PROBLEM(m_http.patch(api("/v2/serverless/" + e->id), m_admin,
                                   {{"cpu", QJsonArray{QJsonObject{{"id", "cpu5c"}, {"vcpuCount", 4}}}}}),
                      400);

        // From a serverless template: its container settings, env merged with the body's.
        const QString tpl = createTemplate({{"name", "Endpoint base"},
                                            {"image", "runpod/worker-vllm:1.6.0"},
                                            {"serverless", true},
                                            {"env", QJsonObject{{"A", "template"}, {"B", "template"}}},
                                            {"allowedCudaVersions", QJsonArray{"12.4"}}});
        const HttpResult fromTemplate =
            m_http.post(api("/v2/serverless"), m_admin,
                        {{"name", "from-template"},
                         {"type", "QUEUE"},
                         {"templateId", tpl},
                         {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                         {"env", QJsonObject{{"B", "body"}}},
                         {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 2}}}});
        QCOMPARE(fromTemplate.status, 201);
        const auto ft = Endpoint::fromJson(fromTemplate.json());
        QCOMPARE(ft->container.image, QString("runpod/worker-vllm:1.6.0"));
        QCOMPARE(ft->container.env, (EnvList{{"A", "template"}, {"B", "body"}}));
        QCOMPARE(ft->gpu->allowedCudaVersions, QStringList{"12.4"});

        const QString podTemplate = createTemplate({{"name", "Pod only"}, {"image", "x"}});
        CHECK_PROBLEM(m_http.post(api("/v2/serverless"), m_admin,
                                  {{"name", "bad"},
                                   {"type", "QUEUE"},
                                   {"templateId", podTemplate},
                                   {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                   {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 2}}}}),
                      422);
        CHECK_PROBLEM(m_http.post(api("/v2/serverless"), m_admin,
                                  {{"name", "bad"},
                                   {"type", "QUEUE"},
                                   {"templateId", "tpl_missing"},
                                   {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                   {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 2}}}}),
                      404);
        const HttpResult invalid =
            m_http.post(api("/v2/serverless"), m_admin,
                        {{"name", "lb"},
                         {"type", "LOAD_BALANCER"},
                         {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 0.1}}}});
        CHECK_PROBLEM(invalid, 422);
        QCOMPARE(ProblemDetails::fromJson(invalid.json())->errors.size(), 3); // image, queueDelay, LB scaling

        const HttpResult cpu = m_http.post(api("/v2/serverless"), m_admin,
                                           {{"name", "cpu"},
                                            {"type", "QUEUE"},
                                            {"image", "python:3.11-slim"},
                                            {"cpu", QJsonArray{QJsonObject{{"id", "cpu5c"}, {"vcpuCount", 4}}}},
                                            {"scaling", QJsonObject{{"type", "REQUEST_COUNT"}, {"requestCount", 2}}}});
        QCOMPARE(cpu.status, 201);
        QVERIFY(!cpu.json().contains("gpu"));
        QCOMPARE(cpu.json()["cpu"][0]["memory"].toInt(), 16);
        QVERIFY(!cpu.json()["workers"].toObject().contains("idleTimeout"));

        // A non-empty CUDA set beside a floor is a 400 in the cloud's document.
        CHECK_PROBLEM(m_http.patch(api("/v2/serverless/" + e->id), m_admin,
                                   {{"gpu", QJsonObject{{"allowedCudaVersions", QJsonArray{"12.4"}},
                                                        {"minCudaVersion", "12.1"}}}}),
                      400);
        QCOMPARE(
            m_http.patch(api("/v2/serverless/" + e->id), m_admin, {{"gpu", QJsonObject{{"minCudaVersion", "12.1"}}}})
                .json()["gpu"]["minCudaVersion"]
                .toString(),
            QString("12.1"));
        CHECK_PROBLEM(m_http.patch(api("/v2/serverless/ep_missing00"), m_admin, {{"name", "x"}}), 404);
        CHECK_PROBLEM(m_http.del(api("/v2/serverless/ep_missing00"), m_admin), 404);

        QCOMPARE(m_http.del(api("/v2/serverless/" + e->id), m_admin).status, 204);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + e->id), m_admin), 404);
    }

    void secretsAreWriteOnly()
    {
        const QString value = "value-" + QString::number(QRandomGenerator::global()->generate64(), 36);
        const HttpResult created = m_http.post(api("/v2/account/secrets"), m_admin,
                                               {{"name", "route_secret"}, {"value", value}, {"description", "d"}});
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json().contains("value"));
        QVERIFY(!created.body.contains(value.toUtf8()));
        const auto s = Secret::fromJson(created.json());
        QVERIFY(s.ok());
        QVERIFY(s->id.startsWith("sec_"));
        QCOMPARE(s->createdAt, s->valueLastUpdatedAt);

        const HttpResult got = m_http.get(api("/v2/account/secrets/" + s->id), m_admin);
        QCOMPARE(Secret::fromJson(got.json()).value(), s.value());
        QVERIFY(!got.body.contains(value.toUtf8()));
        QVERIFY(!m_http.get(api("/v2/account/secrets"), m_admin).body.contains(value.toUtf8()));

        CHECK_PROBLEM(m_http.post(api("/v2/account/secrets"), m_admin, {{"name", "route_secret"}, {"value", "x"}}),
                      409);
        for (const char* bad : {"RUNPOD_X", "runpodish", "1abc", "has space", ""}) {
            const HttpResult r = m_http.post(api("/v2/account/secrets"), m_admin, {{"name", bad}, {"value", "x"}});
            CHECK_PROBLEM(r, 422);
            QVERIFY2(ProblemDetails::fromJson(r.json())->errors.at(0).startsWith("$.name: "), bad);
        }
        CHECK_PROBLEM(m_http.post(api("/v2/account/secrets"), m_admin, {{"name", QString(192, 'a')}, {"value", "x"}}),
                      422);
        QCOMPARE(m_http.post(api("/v2/account/secrets"), m_admin, {{"name", QString(191, 'a')}, {"value", "x"}}).status,
                 201);
        CHECK_PROBLEM(m_http.post(api("/v2/account/secrets"), m_admin, {{"name", "empty_value"}, {"value", ""}}), 422);
        CHECK_PROBLEM(m_http.post(api("/v2/account/secrets"), m_admin, {{"name", "no_value"}}), 422);
        CHECK_PROBLEM(m_http.post(api("/v2/account/secrets"), m_admin,
                                  {{"name", "long_description"}, {"value", "x"}, {"description", QString(65536, 'd')}}),
                      422);

        // Size limits: 16 MiB is one byte too many; a body beyond the service's limit is 413.
        const QByteArray atLimit(16 * 1024 * 1024, 'v');
        const HttpResult oversize = m_http.send("POST", api("/v2/account/secrets"), m_admin,
                                                "{\"name\":\"big\",\"value\":\"" + atLimit + "\"}");
        CHECK_PROBLEM(oversize, 422);
        QVERIFY(ProblemDetails::fromJson(oversize.json())->errors.at(0).startsWith("$.value: "));
        const QByteArray justUnder(16 * 1024 * 1024 - 1, 'v');
        QCOMPARE(
            m_http
                .send("POST", api("/v2/account/secrets"), m_admin, "{\"name\":\"big\",\"value\":\"" + justUnder + "\"}")
                .status,
            201);
        const HttpResult tooLarge =
            m_http.send("POST", api("/v2/account/secrets"), m_admin, QByteArray(101 * 1024 * 1024, ' '));
        CHECK_PROBLEM(tooLarge, 413);
        // Decided from Content-Length before authentication, as the contract says of its 413.
        CHECK_PROBLEM(m_http.send("POST", api("/v2/account/secrets"), {}, QByteArray(101 * 1024 * 1024, ' ')), 413);

        // Replace the value and the description separately.
        QTest::qWait(1100);
        const HttpResult replaced =
            m_http.patch(api("/v2/account/secrets/" + s->id), m_admin, {{"value", QString(value + "-2")}});
        QCOMPARE(replaced.status, 200);
        const auto r = Secret::fromJson(replaced.json());
        QVERIFY(r->valueLastUpdatedAt > s->valueLastUpdatedAt);
        QCOMPARE(r->description, QString("d"));
        const auto cleared =
            Secret::fromJson(m_http.patch(api("/v2/account/secrets/" + s->id), m_admin, {{"description", ""}}).json());
        QCOMPARE(cleared->description, QString());
        QCOMPARE(cleared->valueLastUpdatedAt, r->valueLastUpdatedAt);
        CHECK_PROBLEM(m_http.patch(api("/v2/account/secrets/" + s->id), m_admin, {}), 422);
        CHECK_PROBLEM(m_http.patch(api("/v2/account/secrets/" + s->id), m_admin, {{"name", "renamed"}}), 422);

        CHECK_PROBLEM(m_http.patch(api("/v2/account/secrets/sec_missing"), m_admin, {{"value", "x"}}), 404);
        CHECK_PROBLEM(m_http.del(api("/v2/account/secrets/sec_missing"), m_admin), 404);
        QCOMPARE(m_http.del(api("/v2/account/secrets/" + s->id), m_admin).status, 204);
        CHECK_PROBLEM(m_http.get(api("/v2/account/secrets/" + s->id), m_admin), 404);
    }

    void deletingAReferencedSecretBreaksBoots()
    {
        const HttpResult secret =
            m_http.post(api("/v2/account/secrets"), m_admin, {{"name", "boot_secret"}, {"value", "s3cr3t"}});
        QCOMPARE(secret.status, 201);
        const QString tpl =
            createTemplate({{"name", "Boot test"},
                            {"image", "x"},
                            {"env", QJsonObject{{"TOKEN", "{{RUNPOD_SECRET_boot_secret}}"}, {"PLAIN", "value"}}}});
        HttpResult boot = m_http.post(api("/v2/sandbox/boot"), m_admin, {{"templateId", tpl}});
        QCOMPARE(boot.status, 200);
        QCOMPARE(boot.json().value("ok").toBool(), true);
        QCOMPARE(boot.json().value("resolved").toArray(), QJsonArray{"TOKEN"});
        QVERIFY(!boot.body.contains("s3cr3t"));

        QCOMPARE(m_http.del(api("/v2/account/secrets/" + secret.json().value("id").toString()), m_admin).status, 204);
        boot = m_http.post(api("/v2/sandbox/boot"), m_admin, {{"templateId", tpl}});
        QCOMPARE(boot.json().value("ok").toBool(), false);
        QCOMPARE(boot.json()["failed"][0]["env"].toString(), QString("TOKEN"));
        QCOMPARE(boot.json()["failed"][0]["reason"].toString(), QString("secret not found"));
        CHECK_PROBLEM(m_http.post(api("/v2/sandbox/boot"), m_admin, {{"templateId", "tpl_missing"}}), 404);
        CHECK_PROBLEM(m_http.post(api("/v2/sandbox/boot"), m_admin, {}), 422);
    }

    void apiKeysReturnTheRawKeyOnce()
    {
        const AccessPolicy policy = AccessPolicy::restricted(AccessLevel::Read);
        const HttpResult created =
            m_http.post(api("/v2/account/api-keys"), m_admin, {{"name", "once"}, {"policies", policy.toDocuments()}});
        QCOMPARE(created.status, 201);
        const QString raw = created.json().value("rawKey").toString();
        QVERIFY(QRegularExpression("^rpa_[A-Za-z0-9]{40}$").match(raw).hasMatch());
        const auto key = ApiKey::fromJson(created.json());
        QVERIFY(key.ok());
        QCOMPARE(key->prefix, raw.left(8));
        QCOMPARE(key->policy, policy);
        QCOMPARE(key->legacy, false);
        QCOMPARE(key->enabled, true);
        QVERIFY(!key->lastUsedAt);

        const HttpResult list = m_http.get(api("/v2/account/api-keys"), m_admin);
        const HttpResult one = m_http.get(api("/v2/account/api-keys/" + key->id), m_admin);
        for (const HttpResult* r : {&list, &one}) {
            QCOMPARE(r->status, 200);
            QVERIFY(!r->body.contains("rawKey"));
            QVERIFY(!r->body.contains(raw.toLatin1()));
        }
        QVERIFY(!m_http.get(api("/v2/account/events"), m_admin).body.contains(raw.toLatin1()));
        QCOMPARE(m_http.get(api("/v2/templates"), raw.toLatin1()).status, 200);

        // Rename, change policies, and the validation of both.
        const HttpResult renamed =
            m_http.patch(api("/v2/account/api-keys/" + key->id), m_admin,
                         {{"name", "renamed"}, {"policies", AccessPolicy::readOnly().toDocuments()}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value("name").toString(), QString("renamed"));
        QCOMPARE(ApiKey::fromJson(renamed.json())->policy, AccessPolicy::readOnly());
        CHECK_PROBLEM(m_http.patch(api("/v2/account/api-keys/" + key->id), m_admin, {{"name", ""}}), 422);
        CHECK_PROBLEM(m_http.patch(api("/v2/account/api-keys/" + key->id), m_admin, {}), 422);
        CHECK_PROBLEM(m_http.patch(api("/v2/account/api-keys/key_missing"), m_admin, {{"enabled", false}}), 404);
        CHECK_PROBLEM(
            m_http.post(api("/v2/account/api-keys"), m_admin, {{"name", QString(65, 'k')}, {"policies", QJsonArray{}}}),
            422);
        CHECK_PROBLEM(
            m_http.post(api("/v2/account/api-keys"), m_admin,
                        {{"name", "bad-policy"},
                         {"policies",
                          QJsonArray{QJsonObject{
                              {"Version", "2024-09-01"},
                              {"Statement", QJsonArray{QJsonObject{{"Effect", "Deny"},
                                                                   {"Actions", QJsonArray{"api:Read"}},
                                                                   {"Resources", QJsonArray{"runpod/api/*"}}}}}}}}}),
            422);
        CHECK_PROBLEM(m_http.post(api("/v2/account/api-keys"), m_admin, {{"name", "no-policies"}}), 422);
    }

    void keyListIsTheSharedCodecsShape()
    {
        // The list is written by a fast path; every element must equal what ApiKey::toJson gives
        // for GET by id, names that need escaping included.
        createKey(QString::fromUtf8("quote \" back\\slash \u00fc\u2603 </script>"), AccessPolicy::readOnly());
        const QJsonArray list = m_http.get(api("/v2/account/api-keys"), m_admin).json().value("apiKeys").toArray();
        QVERIFY(list.size() >= 13);
        bool sawEscaped = false;
        for (const QJsonValue& v : list) {
            const QString id = v["id"].toString();
            const QJsonObject one = m_http.get(api("/v2/account/api-keys/" + id), m_admin).json();
            QJsonObject fromList = v.toObject();
            fromList.remove("lastUsedAt"); // the admin key's own changes with every request
            QJsonObject byId = one;
            byId.remove("lastUsedAt");
            QCOMPARE(fromList, byId);
            sawEscaped |= v["name"].toString().contains(QString::fromUtf8("\u2603"));
        }
        QVERIFY(sawEscaped);
    }

    void legacyKeysAcceptEnabledOnly()
    {
        const auto keys = decodeApiKeyList(m_demo.value("/v2/account/api-keys"));
        const auto legacy = std::find_if(keys->cbegin(), keys->cend(), [](const ApiKey& k) { return k.legacy; });
        QVERIFY(legacy != keys->cend());
        QVERIFY(!legacy->prefix.startsWith("rpa_"));
        const QString path = "/v2/account/api-keys/" + legacy->id;
        const HttpResult renamed = m_http.patch(api(path), m_admin, {{"name", "new-name"}});
        CHECK_PROBLEM(renamed, 422);
        QVERIFY(ProblemDetails::fromJson(renamed.json())->errors.at(0).contains("legacy"));
        CHECK_PROBLEM(m_http.patch(api(path), m_admin, {{"enabled", false}, {"policies", QJsonArray{}}}), 422);
        QCOMPARE(m_http.patch(api(path), m_admin, {{"enabled", false}}).json().value("enabled").toBool(), false);
        QCOMPARE(m_http.patch(api(path), m_admin, {{"enabled", true}}).json().value("enabled").toBool(), true);
    }

    void aKeyNeverGrantsMoreThanItHolds()
    {
        const QString ep1 = createEndpoint("privilege-1");
        const QString ep2 = createEndpoint("privilege-2");
        const QByteArray manager =
            createKey("manager", AccessPolicy::restricted(AccessLevel::ReadWrite, {{ep1, AccessLevel::Read}}));
        QVERIFY(!manager.isEmpty());
        const auto post = [&](const AccessPolicy& p) {
            return m_http.post(api("/v2/account/api-keys"), manager,
                               {{"name", "child"}, {"policies", p.toDocuments()}});
        };
        CHECK_PROBLEM(post(AccessPolicy::all()), 403);
        CHECK_PROBLEM(post(AccessPolicy::readOnly()), 403); // read on every endpoint is more than ep1 alone
        CHECK_PROBLEM(post(AccessPolicy::restricted(AccessLevel::Read, {{ep1, AccessLevel::ReadWrite}})), 403);
        CHECK_PROBLEM(post(AccessPolicy::restricted(AccessLevel::Read, {{ep2, AccessLevel::Read}})), 403);
        const HttpResult ok = post(AccessPolicy::restricted(AccessLevel::Read, {{ep1, AccessLevel::Read}}));
        QCOMPARE(ok.status, 201);
        const QString childId = ok.json().value("id").toString();
        // Widening an existing key is the same rule.
        CHECK_PROBLEM(
            m_http.patch(
                api("/v2/account/api-keys/" + childId), manager,
                {{"policies", AccessPolicy::restricted(AccessLevel::Read, {{ep2, AccessLevel::Read}}).toDocuments()}}),
            403);
        QCOMPARE(m_http
                     .patch(api("/v2/account/api-keys/" + childId), manager,
                            {{"policies",
                              AccessPolicy::restricted(AccessLevel::None, {{ep1, AccessLevel::Read}}).toDocuments()}})
                     .status,
                 200);
        // Managing keys needs API write; listing them needs API read.
        const QByteArray reader = createKey("reader", AccessPolicy::restricted(AccessLevel::Read));
        QCOMPARE(m_http.get(api("/v2/account/api-keys"), reader).status, 200);
        CHECK_PROBLEM(
            m_http.post(api("/v2/account/api-keys"), reader,
                        {{"name", "x"}, {"policies", AccessPolicy::restricted(AccessLevel::None).toDocuments()}}),
            403);
        CHECK_PROBLEM(m_http.del(api("/v2/account/api-keys/" + childId), reader), 403);
        const QByteArray nothing = createKey("nothing", AccessPolicy::restricted(AccessLevel::None));
        CHECK_PROBLEM(m_http.get(api("/v2/account/api-keys"), nothing), 403);
        QCOMPARE(m_http.get(api("/v2/account/api-keys"), nothing).json().value("detail").toString(),
                 QString("access denied"));
    }

    void apiLevelMatrix_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("get");
        QTest::addColumn<int>("post");
        QTest::newRow("none") << int(AccessLevel::None) << 403 << 403;
        QTest::newRow("read") << int(AccessLevel::Read) << 200 << 403;
        QTest::newRow("read-write") << int(AccessLevel::ReadWrite) << 200 << 201;
    }

    void apiLevelMatrix()
    {
        QFETCH(int, level);
        QFETCH(int, get);
        QFETCH(int, post);
        const QByteArray key = createKey("api-level", AccessPolicy::restricted(AccessLevel(level)));
        for (const char* path :
             {"/v2/templates", "/v2/serverless", "/v2/account/secrets", "/v2/account/api-keys", "/v2/account/events"})
            QCOMPARE(m_http.get(api(path), key).status, get);
        QCOMPARE(
            m_http.post(api("/v2/account/secrets"), key, {{"name", QString("matrix_%1").arg(level)}, {"value", "x"}})
                .status,
            post);
    }

    void invocationPermissionMatrix_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("none") << int(AccessLevel::None);
        QTest::newRow("read") << int(AccessLevel::Read);
        QTest::newRow("read-write") << int(AccessLevel::ReadWrite);
    }

    void invocationPermissionMatrix()
    {
        QFETCH(int, level);
        const QString target = createEndpoint("matrix-target");
        const QString other = createEndpoint("matrix-other");
        const QByteArray key =
            createKey("matrix", AccessPolicy::restricted(AccessLevel::None, {{target, AccessLevel(level)}}));
        // A job to look at, made with the admin key.
        const HttpResult job =
            m_http.post(invoke("/v2/" + target + "/run"), m_admin, {{"input", QJsonObject{{"n", 1}}}});
        QCOMPARE(job.status, 200);
        const QString jobId = job.json().value("id").toString();

        const bool read = level >= int(AccessLevel::Read);
        const bool write = level == int(AccessLevel::ReadWrite);
        const QJsonObject input{{"input", QJsonObject{{"n", 2}}}};
        struct Case
        {
            QByteArray method;
            QString path;
            bool needsWrite;
        };
        const QList<Case> cases = {
            {"POST", "/run", true},
            {"POST", "/runsync", true},
            {"GET", "/status/" + jobId, false},
            {"GET", "/status-sync/" + jobId + "?wait=0", false},
            {"GET", "/stream/" + jobId, false},
            {"POST", "/cancel/" + jobId, true},
            {"POST", "/retry/" + jobId, true},
            {"POST", "/purge-queue", true},
            {"GET", "/health", false},
        };
        for (const Case& c : cases) {
            const QByteArray body = c.method == "POST" ? QJsonDocument(input).toJson() : QByteArray();
            const bool allowed = c.needsWrite ? write : read;
            const HttpResult r = m_http.send(c.method, invoke("/v2/" + target + c.path), key, body);
            if (allowed)
                QVERIFY2(r.status == 200 || (c.path.startsWith("/retry") && r.status == 400),
                         qPrintable(c.path + " answered " + QString::number(r.status) + " " + r.body));
            else
                QVERIFY2(r.status == 403, qPrintable(c.path + " answered " + QString::number(r.status)));
            QVERIFY(!r.header("RateLimit").isEmpty());
            // The same route on an endpoint the key holds nothing on is always refused.
            QCOMPARE(m_http.send(c.method, invoke("/v2/" + other + c.path), key, body).status, 403);
        }
    }

    void invocationRoutes()
    {
        const QString ep = createEndpoint("echo");
        const QJsonObject input{{"prompt", "hello"}, {"n", 3}};
        const HttpResult run = m_http.post(invoke("/v2/" + ep + "/run"), m_admin, {{"input", input}});
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json().value("status").toString(), QString("IN_QUEUE"));
        const QString job = run.json().value("id").toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http.get(invoke("/v2/" + ep + "/status/" + job), m_admin).json().value("status").toString(),
            QString("COMPLETED"), 10000);
        const QJsonObject status = m_http.get(invoke("/v2/" + ep + "/status/" + job), m_admin).json();
        QCOMPARE(status.value("output").toObject(), input); // the worker echoes its input
        QVERIFY(status.contains("delayTime"));
        QVERIFY(status.contains("executionTime"));
        const QJsonObject stream = m_http.get(invoke("/v2/" + ep + "/stream/" + job), m_admin).json();
        QCOMPARE(stream["stream"][0]["output"].toObject(), input);

        const HttpResult sync = m_http.post(invoke("/v2/" + ep + "/runsync?wait=5000"), m_admin, {{"input", input}});
        QCOMPARE(sync.status, 200);
        QCOMPARE(sync.json().value("status").toString(), QString("COMPLETED"));
        QCOMPARE(sync.json().value("output").toObject(), input);
        CHECK_PROBLEM(m_http.post(invoke("/v2/" + ep + "/runsync?wait=abc"), m_admin, {{"input", input}}), 400);
        CHECK_PROBLEM(m_http.post(invoke("/v2/" + ep + "/run"), m_admin, {{"inputs", input}}), 422);

        // A failing job can be retried; a completed one cannot.
        const HttpResult failing =
            m_http.post(invoke("/v2/" + ep + "/runsync"), m_admin, {{"input", QJsonObject{{"fail", "boom"}}}});
        QCOMPARE(failing.json().value("status").toString(), QString("FAILED"));
        QCOMPARE(failing.json().value("error").toString(), QString("boom"));
        const QString failedId = failing.json().value("id").toString();
        CHECK_PROBLEM(m_http.post(invoke("/v2/" + ep + "/retry/" + job), m_admin, {}), 400);
        QCOMPARE(m_http.post(invoke("/v2/" + ep + "/retry/" + failedId), m_admin, {}).json().value("status").toString(),
                 QString("IN_QUEUE"));

        // Cancel a queued job; purge the rest of the queue.
        const QString queued =
            m_http.post(invoke("/v2/" + ep + "/run"), m_admin, {{"input", input}}).json()["id"].toString();
        QCOMPARE(m_http.post(invoke("/v2/" + ep + "/cancel/" + queued), m_admin, {}).json().value("status").toString(),
                 QString("CANCELLED"));
        m_http.post(invoke("/v2/" + ep + "/run"), m_admin, {{"input", input}});
        m_http.post(invoke("/v2/" + ep + "/run"), m_admin, {{"input", input}});
        const QJsonObject health = m_http.get(invoke("/v2/" + ep + "/health"), m_admin).json();
        QVERIFY(health["jobs"]["inQueue"].toInt() >= 2);
        QVERIFY(health["jobs"]["completed"].toInt() >= 2);
        QCOMPARE(health["jobs"]["retried"].toInt(), 1);
        // The worker states the cloud's SDKs read, each a count.
        const QJsonObject workers = health["workers"].toObject();
        QCOMPARE(workers.keys(), (QStringList{"idle", "initializing", "ready", "running", "throttled"}));
        for (const QJsonValue& count : workers)
            QVERIFY(count.isDouble() && count.toInt() >= 0);
        const QJsonObject purged = m_http.post(invoke("/v2/" + ep + "/purge-queue"), m_admin, {}).json();
        QVERIFY(purged.value("removed").toInt() >= 2);
        QCOMPARE(m_http.get(invoke("/v2/" + ep + "/health"), m_admin).json()["jobs"]["inQueue"].toInt(), 0);

        // The same auth outcomes as management routes.
        QString keyId;
        const QByteArray key = createKey("invoker", AccessPolicy::all(), &keyId);
        CHECK_PROBLEM(m_http.post(invoke("/v2/" + ep + "/run"), {}, {{"input", input}}), 401);
        CHECK_PROBLEM(m_http.post(invoke("/v2/" + ep + "/run"), "rpa_" + QByteArray(40, 'z'), {{"input", input}}), 401);
        QCOMPARE(m_http.get(invoke("/v2/" + ep + "/health"), key).status, 200);
        QVERIFY(ApiKey::fromJson(m_http.get(api("/v2/account/api-keys/" + keyId), m_admin).json())->lastUsedAt);
        m_http.patch(api("/v2/account/api-keys/" + keyId), m_admin, {{"enabled", false}});
        CHECK_PROBLEM(m_http.get(invoke("/v2/" + ep + "/health"), key), 401);
        m_http.del(api("/v2/account/api-keys/" + keyId), m_admin);
        CHECK_PROBLEM(m_http.get(invoke("/v2/" + ep + "/health"), key), 401);

        CHECK_PROBLEM(m_http.get(invoke("/v2/" + ep + "/status/nope"), m_admin), 404);
        for (const char* route : {"/run", "/runsync", "/purge-queue", "/cancel/x", "/retry/x"})
            CHECK_PROBLEM(m_http.post(invoke(QString("/v2/ep_missing00") + route), m_admin, {{"input", input}}), 404);
        CHECK_PROBLEM(m_http.get(invoke("/v2/ep_missing00/stream/x"), m_admin), 404);
        CHECK_PROBLEM(m_http.post(invoke("/v2/" + ep + "/cancel/nope"), m_admin, {}), 404);
        CHECK_PROBLEM(m_http.get(invoke("/v2/ep_missing00/health"), m_admin), 404);
    }

    void auditEvents()
    {
        QString id;
        createKey("audited", AccessPolicy::readOnly(), &id);
        m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"name", "audited-2"}});
        m_http.patch(api("/v2/account/api-keys/" + id), m_admin, {{"enabled", false}});
        m_http.patch(api("/v2/account/api-keys/" + id), m_admin,
                     {{"policies", AccessPolicy::restricted(AccessLevel::Read).toDocuments()}});
        m_http.del(api("/v2/account/api-keys/" + id), m_admin);

        const HttpResult r = m_http.get(api("/v2/account/events?resourceType=apiKey&resourceId=" + id), m_admin);
        QCOMPARE(r.status, 200);
        const auto page = AuditEventPage::fromJson(r.json());
        QVERIFY2(page.ok(), r.body.constData());
        QList<AuditAction> actions;
        for (const AuditEvent& e : page->events) {
            actions.append(e.action);
            QCOMPARE(e.resourceId, id);
            QVERIFY(!e.actor.keyId.isEmpty());
            QCOMPARE(e.actor.user, QString("maya@example.com"));
        }
        QCOMPARE(actions, (QList<AuditAction>{AuditAction::Revoked, AuditAction::PoliciesChanged, AuditAction::Disabled,
                                              AuditAction::Renamed, AuditAction::Created}));
        QCOMPARE(page->events.at(3).changes->value("name")["from"].toString(), QString("audited"));

        // Paging: newest first, a cursor until the end.
        const QJsonObject first =
            m_http.get(api("/v2/account/events?resourceType=apiKey&resourceId=" + id + "&limit=2"), m_admin).json();
        QCOMPARE(first["events"].toArray().size(), 2);
        QCOMPARE(first["pagination"]["hasNextPage"].toBool(), true);
        const QString cursor = first["pagination"]["nextCursor"].toString();
        QVERIFY(!cursor.isEmpty());
        const auto second = AuditEventPage::fromJson(
            m_http
                .get(api("/v2/account/events?resourceType=apiKey&resourceId=" + id + "&limit=2&cursor=" + cursor),
                     m_admin)
                .json());
        QVERIFY(second.ok());
        QCOMPARE(second->events.at(0).action, AuditAction::Disabled);
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?resourceType=cluster"), m_admin), 422);
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?limit=0"), m_admin), 422);
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?cursor=xyz"), m_admin), 422);
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?after=" + cursor), m_admin), 422); // the old name
    }

    void pagedListsAnswerWithPagination()
    {
        // Every paged list carries the block, also when everything fits on one page.
        for (const char* path : {"/v2/templates", "/v2/serverless", "/v2/account/api-keys", "/v2/account/events"}) {
            const QJsonObject body = m_http.get(api(path), m_admin).json();
            QVERIFY2(body["pagination"]["hasNextPage"].isBool(), path);
            QCOMPARE(body["pagination"]["nextCursor"], QJsonValue(QJsonValue::Null));
        }
        // The secrets list is not paged in the contract (ListSecretsResponse).
        QVERIFY(!m_http.get(api("/v2/account/secrets?limit=1"), m_admin).json().contains("pagination"));
        QCOMPARE(m_http.get(api("/v2/account/secrets?limit=1"), m_admin).json()["secrets"].toArray().size(),
                 m_http.get(api("/v2/account/secrets"), m_admin).json()["secrets"].toArray().size());
        QVERIFY(m_http.get(api("/v2/account/secrets"), m_admin).json()["secrets"].toArray().size() > 1);

        // limit=2 walks give what one unpaged read gives, in the same order.
        const QString bark = idNamed("/v2/serverless", "endpoints", "bark-tts");
        const QList<QPair<QString, QString>> lists = {{"/v2/templates", "templates"},
                                                      {"/v2/serverless", "endpoints"},
                                                      {"/v2/account/api-keys", "apiKeys"},
                                                      {"/v2/account/events?resourceType=apiKey", "events"},
                                                      {"/v2/serverless/" + bark + "/builds", "builds"}};
        for (const auto& [path, key] : lists) {
            const PagedList whole = readAllPages(m_http, m_sandbox.apiBase(), path, m_admin, key);
            const PagedList paged = readAllPages(m_http, m_sandbox.apiBase(), path, m_admin, key, 2);
            QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
            QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
            QCOMPARE(whole.pages, 1);
            QVERIFY2(paged.pages >= 3, qPrintable(path));
            QCOMPARE(paged.ids(), whole.ids());
        }
        // Endpoints newest first, templates oldest first (the demo made "PyTorch 2.4 + Jupyter" first).
        const QJsonArray endpoints = m_demo.value("/v2/serverless")["endpoints"].toArray();
        for (qsizetype i = 1; i < endpoints.size(); ++i)
            QVERIFY(*parseTimestamp(endpoints.at(i - 1)["createdAt"].toString()) >=
                    *parseTimestamp(endpoints.at(i)["createdAt"].toString()));
        QCOMPARE(m_demo.value("/v2/templates")["templates"][0]["name"].toString(), QString("PyTorch 2.4 + Jupyter"));
    }

    void cursorsAreValidOnlyWhereTheyWereIssued()
    {
        const QString bark = idNamed("/v2/serverless", "endpoints", "bark-tts");
        const QString eval = idNamed("/v2/serverless", "endpoints", "nightly-eval");
        const QStringList lists = {"/v2/templates", "/v2/serverless", "/v2/account/api-keys", "/v2/account/events",
                                   "/v2/serverless/" + bark + "/builds"};
        const QString templates = cursorOf("/v2/templates");
        QVERIFY(!templates.isEmpty());
        QCOMPARE(m_http.get(api("/v2/templates?cursor=" + templates), m_admin).status, 200);
        for (const QString& list : lists) {
            // Another list's cursor.
            if (list != "/v2/templates") {
                const HttpResult foreign = m_http.get(api(list + "?cursor=" + templates), m_admin);
                CHECK_PROBLEM(foreign, 422);
                QCOMPARE(problemErrors(foreign),
                         QStringList{"cursor: issued by another list or with other parameters"});
            }
            // Cursors that no list issued: garbage, empty, base64url of {} and of text.
            for (const char* bad : {"not*a*cursor", "", "e30", "bm90IGpzb24"}) {
                const HttpResult malformed = m_http.get(api(list + "?cursor=" + bad), m_admin);
                CHECK_PROBLEM(malformed, 422);
                QVERIFY2(problemErrors(malformed).value(0).startsWith("cursor: malformed"), bad);
            }
            // Limits outside 1 to 1000 (1 to 100 for builds).
            for (const char* bad : {"0", "1001", "abc", "-1", "1.5", ""}) {
                const HttpResult r = m_http.get(api(list + "?limit=" + bad), m_admin);
                CHECK_PROBLEM(r, 422);
                QVERIFY2(problemErrors(r).value(0).startsWith("limit: must be an integer from 1 to"), bad);
            }
        }
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + bark + "/builds?limit=101"), m_admin), 422);
        QCOMPARE(m_http.get(api("/v2/serverless/" + bark + "/builds?limit=100"), m_admin).status, 200);
        QCOMPARE(m_http.get(api("/v2/templates?limit=1000"), m_admin).status, 200);

        // Another endpoint's builds, other event filters: foreign too.
        const QString barkBuilds = cursorOf("/v2/serverless/" + bark + "/builds");
        QVERIFY(!barkBuilds.isEmpty());
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + eval + "/builds?cursor=" + barkBuilds), m_admin), 422);
        QCOMPARE(m_http.get(api("/v2/serverless/" + bark + "/builds?cursor=" + barkBuilds), m_admin).status, 200);
        const QString keyEvents = cursorOf("/v2/account/events?resourceType=apiKey");
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?resourceType=secret&cursor=" + keyEvents), m_admin), 422);
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?cursor=" + keyEvents), m_admin), 422);
        QCOMPARE(m_http.get(api("/v2/account/events?resourceType=apiKey&limit=5&cursor=" + keyEvents), m_admin).status,
                 200); // the limit may change between pages
    }

    void builds()
    {
        const QString bark = idNamed("/v2/serverless", "endpoints", "bark-tts");
        const QString eval = idNamed("/v2/serverless", "endpoints", "nightly-eval");
        const HttpResult list = m_http.get(api("/v2/serverless/" + bark + "/builds"), m_admin);
        QCOMPARE(list.status, 200);
        QVERIFY(!list.header("RateLimit").isEmpty());
        const auto builds = decodeBuildList(list.json());
        QVERIFY2(builds.ok(), list.body.constData());
        QList<BuildStatus> states;
        for (const Build& b : builds.value())
            states.append(b.status);
        // Newest first.
        QCOMPARE(states, (QList<BuildStatus>{BuildStatus::Building, BuildStatus::Cancelled, BuildStatus::Completed,
                                             BuildStatus::Failed, BuildStatus::Completed}));
        for (qsizetype i = 1; i < builds->size(); ++i)
            QVERIFY(*builds->at(i - 1).startedAt > *builds->at(i).startedAt);
        const Build& live = builds->at(0);
        QVERIFY(live.startedAt && !live.completedAt && !live.error);
        const Build& failed = builds->at(3);
        QVERIFY(failed.completedAt && failed.error && !failed.error->isEmpty());
        QVERIFY(failed.imageName->endsWith(":" + *failed.commitHash));
        // Every field is present, null where unknown, and the codec reads back what it was given.
        const QJsonObject first = list.json()["builds"][0].toObject();
        QCOMPARE(first.keys().size(), 10);
        QCOMPARE(first["completedAt"], QJsonValue(QJsonValue::Null));
        QCOMPARE(live.toJson(), first);

        // One build by id, whatever its age; only under its own endpoint.
        const HttpResult one = m_http.get(api("/v2/serverless/" + bark + "/builds/" + failed.id), m_admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(Build::fromJson(one.json()).value(), failed);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + eval + "/builds/" + failed.id), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + bark + "/builds/build_missing"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/ep_missing00/builds"), m_admin), 404);

        const auto pending = decodeBuildList(m_http.get(api("/v2/serverless/" + eval + "/builds"), m_admin).json());
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).status, BuildStatus::Pending);
        QVERIFY(!pending->at(0).startedAt);
        QCOMPARE(pending->at(2).status, BuildStatus::TestFailed);
        const QString sdxl = idNamed("/v2/serverless", "endpoints", "sdxl-turbo");
        QCOMPARE(m_http.get(api("/v2/serverless/" + sdxl + "/builds"), m_admin).json()["builds"].toArray().size(), 0);

        // API read is what it takes.
        const QByteArray none = createKey("builds-none", AccessPolicy::restricted(AccessLevel::None));
        const QByteArray read = createKey("builds-read", AccessPolicy::restricted(AccessLevel::Read));
        CHECK_PROBLEM(m_http.get(api("/v2/serverless/" + bark + "/builds"), none), 403);
        QCOMPARE(m_http.get(api("/v2/serverless/" + bark + "/builds/" + failed.id), read).status, 200);
    }

    void aTemplateInUseIsNotDeleted()
    {
        // The demo created two endpoints from serverless templates.
        const QString vllm = idNamed("/v2/templates", "templates", "vLLM worker");
        const QString qwen = idNamed("/v2/serverless", "endpoints", "qwen2-vl-ocr");
        const HttpResult refused = m_http.del(api("/v2/templates/" + vllm), m_admin);
        CHECK_PROBLEM(refused, 400);
        QCOMPARE(problemErrors(refused), QStringList{"endpoint " + qwen + ": qwen2-vl-ocr"});
        QCOMPARE(refused.json()["detail"].toString(),
                 QString("Template is in use by 1 serverless endpoint and cannot be deleted"));
        QVERIFY(!refused.header("RateLimit").isEmpty());
        QCOMPARE(m_http.get(api("/v2/templates/" + vllm), m_admin).status, 200);

        // Endpoints created from a template are bound to it; a PATCH with templateId binds nothing.
        const QString tpl =
            createTemplate({{"name", "In use"}, {"image", "ghcr.io/acme/in-use:1"}, {"serverless", true}});
        QStringList bound;
        for (const char* name : {"bound-b", "bound-a"}) {
            const HttpResult e = m_http.post(api("/v2/serverless"), m_admin,
                                             {{"name", name},
                                              {"type", "QUEUE"},
                                              {"templateId", tpl},
                                              {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                              {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 2}}}});
            QCOMPARE(e.status, 201);
            // The sandbox remembers the template, which the cloud does not (absent with --official-only).
            QCOMPARE(e.json()["templateId"].toString(), tpl);
            bound.append(e.json()["id"].toString());
        }
        const QString patched = createEndpoint("patched-from-template");
        QCOMPARE(m_http.patch(api("/v2/serverless/" + patched), m_admin, {{"templateId", tpl}}).status, 200);
        QVERIFY(!m_http.get(api("/v2/serverless/" + patched), m_admin).json().contains("templateId"));
        QCOMPARE(m_http.get(api("/v2/serverless/" + bound.at(0)), m_admin).json()["templateId"].toString(), tpl);
        const HttpResult twice = m_http.del(api("/v2/templates/" + tpl), m_admin);
        CHECK_PROBLEM(twice, 400);
        QCOMPARE(problemErrors(twice),
                 (QStringList{"endpoint " + bound.at(1) + ": bound-a", "endpoint " + bound.at(0) + ": bound-b"}));
        QVERIFY(twice.json()["detail"].toString().contains("2 serverless endpoints"));
        // Once the endpoints are gone, so is the binding.
        for (const QString& id : bound)
            QCOMPARE(m_http.del(api("/v2/serverless/" + id), m_admin).status, 204);
        QCOMPARE(m_http.del(api("/v2/templates/" + tpl), m_admin).status, 204);
    }

    void gpuPoolsAndExclusionsAreOneSelection()
    {
        const auto gpuOf = [](const HttpResult& r) { return r.json()["gpu"].toObject(); };
        const HttpResult created = m_http.post(api("/v2/serverless"), m_admin,
                                               {{"name", "gpu-selection"},
                                                {"type", "QUEUE"},
                                                {"image", "ghcr.io/acme/echo:1"},
                                                {"gpu", QJsonObject{{"pools", QJsonArray{"AMPERE_80", "ADA_80_PRO"}},
                                                                    {"excludedTypes", QJsonArray{" NVIDIA H100 NVL"}}}},
                                                {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(gpuOf(created)["excludedTypes"].toArray(), QJsonArray{"NVIDIA H100 NVL"}); // trimmed
        const QString path = "/v2/serverless/" + created.json()["id"].toString();

        // Without pools, a CUDA or count change leaves pools and exclusions exactly as they are.
        const HttpResult cuda = m_http.patch(api(path), m_admin, {{"gpu", QJsonObject{{"minCudaVersion", "12.4"}}}});
        QCOMPARE(cuda.status, 200);
        QCOMPARE(gpuOf(cuda)["pools"].toArray(), (QJsonArray{"AMPERE_80", "ADA_80_PRO"}));
        QCOMPARE(gpuOf(cuda)["excludedTypes"].toArray(), QJsonArray{"NVIDIA H100 NVL"});
        QCOMPARE(
            gpuOf(m_http.patch(api(path), m_admin, {{"gpu", QJsonObject{{"count", 2}}}}))["excludedTypes"].toArray(),
            QJsonArray{"NVIDIA H100 NVL"});

        // Both sent: both replaced.
        const HttpResult both = m_http.patch(api(path), m_admin,
                                             {{"gpu", QJsonObject{{"pools", QJsonArray{"ADA_80_PRO", "HOPPER_141"}},
                                                                  {"excludedTypes", QJsonArray{"NVIDIA H200"}}}}});
        QCOMPARE(both.status, 200);
        QCOMPARE(gpuOf(both)["pools"].toArray(), (QJsonArray{"ADA_80_PRO", "HOPPER_141"}));
        QCOMPARE(gpuOf(both)["excludedTypes"].toArray(), QJsonArray{"NVIDIA H200"});
        QCOMPARE(gpuOf(both)["count"].toInt(), 2);

        // Pools alone clear the exclusions.
        const HttpResult poolsOnly =
            m_http.patch(api(path), m_admin, {{"gpu", QJsonObject{{"pools", QJsonArray{"ADA_80_PRO"}}}}});
        QCOMPARE(poolsOnly.status, 200);
        QCOMPARE(gpuOf(poolsOnly)["pools"].toArray(), QJsonArray{"ADA_80_PRO"});
        QVERIFY(gpuOf(poolsOnly)["excludedTypes"].toArray().isEmpty());
        QCOMPARE(gpuOf(m_http.get(api(path), m_admin)), gpuOf(poolsOnly));

        // An exclusion naming a type outside the pools is a 400, and changes nothing.
        const HttpResult outside = m_http.patch(
            api(path), m_admin,
            {{"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}, {"excludedTypes", QJsonArray{"NVIDIA H100 NVL"}}}}});
        CHECK_PROBLEM(outside, 400);
        QCOMPARE(problemErrors(outside),
                 QStringList{"$.gpu.excludedTypes: 'NVIDIA H100 NVL' is not a GPU type in pools ADA_24"});
        QCOMPARE(gpuOf(m_http.get(api(path), m_admin)), gpuOf(poolsOnly));
        // Exclusions without pools are refused by the schema (dependentRequired).
        CHECK_PROBLEM(
            m_http.patch(api(path), m_admin, {{"gpu", QJsonObject{{"excludedTypes", QJsonArray{"NVIDIA H100 NVL"}}}}}),
            422);
        // The contract's own example is a valid request.
        QCOMPARE(m_http
                     .patch(api(path), m_admin,
                            {{"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24", "AMPERE_80"}},
                                                 {"excludedTypes", QJsonArray{"NVIDIA L40"}}}}})
                     .status,
                 200);
        // Create follows the same rule.
        CHECK_PROBLEM(m_http.post(api("/v2/serverless"), m_admin,
                                  {{"name", "gpu-outside"},
                                   {"type", "QUEUE"},
                                   {"image", "x"},
                                   {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}},
                                                       {"excludedTypes", QJsonArray{"NVIDIA A40"}}}},
                                   {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}}),
                      400);

        // Exactly one compute family on create: neither or both is a 400.
        const QJsonObject scaling{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}};
        const HttpResult neither =
            m_http.post(api("/v2/serverless"), m_admin,
                        {{"name", "no-compute"}, {"type", "QUEUE"}, {"image", "x"}, {"scaling", scaling}});
        CHECK_PROBLEM(neither, 400);
        QCOMPARE(problemErrors(neither), QStringList{"$: one of 'gpu' and 'cpu' is required"});
        CHECK_PROBLEM(m_http.post(api("/v2/serverless"), m_admin,
                                  {{"name", "both-computes"},
                                   {"type", "QUEUE"},
                                   {"image", "x"},
                                   {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                   {"cpu", QJsonArray{QJsonObject{{"id", "cpu5c"}, {"vcpuCount", 4}}}},
                                   {"scaling", scaling}}),
                      400);
        // gpu on a CPU endpoint, or both families in one PATCH: 400.
        const QString cpu = idNamed("/v2/serverless", "endpoints", "cpu-preprocess");
        CHECK_PROBLEM(m_http.patch(api("/v2/serverless/" + cpu), m_admin, {{"gpu", QJsonObject{{"count", 1}}}}), 400);
        CHECK_PROBLEM(m_http.patch(api(path), m_admin,
                                   {{"gpu", QJsonObject{{"count", 1}}},
                                    {"cpu", QJsonArray{QJsonObject{{"id", "cpu5c"}, {"vcpuCount", 4}}}}}),
                      400);
    }

    void secretsFollowTheContract()
    {
        // ?name= finds the one secret with that name, whatever its case; nothing else matches.
        const HttpResult named = m_http.get(api("/v2/account/secrets?name=HF_TOKEN"), m_admin);
        QCOMPARE(named.status, 200);
        const auto found = decodeSecretList(named.json());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).name, QString("hf_token"));
        QCOMPARE(decodeSecretList(m_http.get(api("/v2/account/secrets?name=hf"), m_admin).json())->size(), 0);
        QCOMPARE(decodeSecretList(m_http.get(api("/v2/account/secrets?name=hf_token_"), m_admin).json())->size(), 0);

        // A taken name: 409 with the contract's sentence. Unknown fields: 422.
        const HttpResult taken =
            m_http.post(api("/v2/account/secrets"), m_admin, {{"name", "hf_token"}, {"value", "x"}});
        CHECK_PROBLEM(taken, 409);
        QCOMPARE(taken.json()["detail"].toString(), QString("A secret with this name already exists."));
        const HttpResult unknown =
            m_http.post(api("/v2/account/secrets"), m_admin, {{"name", "unknown_field"}, {"value", "x"}, {"bogus", 1}});
        CHECK_PROBLEM(unknown, 422);
        QCOMPARE(problemErrors(unknown), QStringList{"$: additional properties 'bogus' not allowed"});

        const HttpResult created = m_http.post(api("/v2/account/secrets"), m_admin,
                                               {{"name", "partial_patch"}, {"value", "v1"}, {"description", "before"}});
        QCOMPARE(created.status, 201);
        const auto before = Secret::fromJson(created.json());
        const QString path = "/v2/account/secrets/" + before->id;
        const auto actions = [&] {
            QStringList out;
            for (const QJsonValue& e :
                 m_http.get(api("/v2/account/events?resourceId=" + before->id), m_admin).json()["events"].toArray())
                out.append(e["action"].toString());
            return out;
        };

        // Refused before anything changes: an unknown field, a bad value, a description over
        // 65,535 characters.
        CHECK_PROBLEM(m_http.patch(api(path), m_admin, {{"value", "v2"}, {"name", "renamed"}}), 422);
        CHECK_PROBLEM(m_http.patch(api(path), m_admin, {{"value", ""}, {"description", "x"}}), 422);
        const HttpResult tooManyCharacters =
            m_http.patch(api(path), m_admin, {{"value", "v2"}, {"description", QString(65536, 'd')}});
        CHECK_PROBLEM(tooManyCharacters, 422);
        QCOMPARE(tooManyCharacters.json()["detail"].toString(), QString("Request validation failed."));
        QCOMPARE(Secret::fromJson(m_http.get(api(path), m_admin).json()).value(), before.value());
        QCOMPARE(actions(), QStringList{"created"});

        // Within 65,535 characters but over 65,535 bytes: the value is applied first and stays;
        // the description is refused after it.
        QTest::qWait(5);                                 // so that the new value's time differs from the creation's
        const QString description(40000, QChar(0x00E9)); // 40,000 characters, 80,000 bytes of UTF-8
        const HttpResult partial = m_http.patch(api(path), m_admin, {{"value", "v2"}, {"description", description}});
        CHECK_PROBLEM(partial, 422);
        QCOMPARE(partial.json()["detail"].toString(),
                 QString("The secret's value was updated; its description was not."));
        QCOMPARE(problemErrors(partial).size(), 1);
        QVERIFY(problemErrors(partial).at(0).startsWith("$.description: "));
        const auto after = Secret::fromJson(m_http.get(api(path), m_admin).json());
        QCOMPARE(after->description, QString("before"));
        QVERIFY(after->valueLastUpdatedAt > before->valueLastUpdatedAt);
        QCOMPARE(actions(), (QStringList{"valueUpdated", "created"}));

        // Both fine: both applied, value first.
        const HttpResult both = m_http.patch(api(path), m_admin, {{"value", "v3"}, {"description", "after"}});
        QCOMPARE(both.status, 200);
        QCOMPARE(both.json()["description"].toString(), QString("after"));
        QCOMPARE(actions(), (QStringList{"descriptionUpdated", "valueUpdated", "valueUpdated", "created"}));
    }

    void auditEventsTakeTheOfficialFilters()
    {
        QString keyId;
        const QString name = QString::fromUtf8("Pr\u00fcfschl\u00fcssel filter");
        createKey(name, AccessPolicy::readOnly(), &keyId);
        m_http.patch(api("/v2/account/api-keys/" + keyId), m_admin, {{"enabled", false}});
        m_http.patch(api("/v2/account/api-keys/" + keyId), m_admin, {{"enabled", true}});
        const auto events = [&](const QString& query) {
            return m_http.get(api("/v2/account/events?" + query), m_admin).json()["events"].toArray();
        };
        const auto actionsOf = [](const QJsonArray& list) {
            QStringList out;
            for (const QJsonValue& e : list)
                out.append(e["action"].toString());
            return out;
        };

        // actions: exact names, comma-separated.
        QCOMPARE(actionsOf(events("resourceId=" + keyId + "&actions=created,disabled")),
                 (QStringList{"disabled", "created"}));
        QCOMPARE(actionsOf(events("resourceId=" + keyId + "&actions=enabled")), QStringList{"enabled"});
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?actions=created,bogus"), m_admin), 422);
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?actions=Created"), m_admin), 422);

        // search: case-insensitive, beyond ASCII too, over key name, resource id and name, actor
        // user, resource type and action.
        QCOMPARE(actionsOf(events("search=" + QString::fromLatin1(QUrl::toPercentEncoding(name.toUpper())))),
                 (QStringList{"enabled", "disabled", "created"}));
        QCOMPARE(events("search=" + keyId.toUpper()).size(), 3);
        const QJsonArray byUser = events("search=LI.WEI@");
        QVERIFY(byUser.size() >= 3);
        for (const QJsonValue& e : byUser)
            QCOMPARE(e["actor"]["user"].toString(), QString("li.wei@example.com"));
        // "apikey" is in no name, id or user of the demo: only the resource type matches it.
        QCOMPARE(events("search=APIKEY").size(), events("resourceType=apiKey").size());
        QCOMPARE(actionsOf(events("search=VALUEUPDATED&actions=valueUpdated")),
                 actionsOf(events("actions=valueUpdated")));
        QCOMPARE(events("search=no-such-text-anywhere").size(), 0);

        // startTime (inclusive) and endTime (exclusive), RFC 3339.
        const QJsonArray mine = events("resourceId=" + keyId);
        QCOMPARE(actionsOf(mine), (QStringList{"enabled", "disabled", "created"}));
        const QString disabledAt = mine.at(1)["at"].toString();
        const QStringList from = actionsOf(events("resourceId=" + keyId + "&startTime=" + disabledAt));
        QVERIFY(from.contains("enabled") && from.contains("disabled"));
        const QStringList until = actionsOf(events("resourceId=" + keyId + "&endTime=" + disabledAt));
        QVERIFY(!until.contains("enabled") && !until.contains("disabled"));
        QCOMPARE(events("startTime=2999-01-01T00:00:00Z").size(), 0);
        QCOMPARE(events("endTime=2000-01-01T00:00:00Z").size(), 0);
        QCOMPARE(events("startTime=2000-01-01T00:00:00%2B02:00&resourceId=" + keyId).size(), 3);
        for (const char* bad : {"startTime=yesterday", "endTime=2026-13-01T00:00:00Z", "startTime=2026-09-01",
                                "startTime=2026-09-02T00:00:00Z&endTime=2026-09-01T00:00:00Z"}) {
            const HttpResult r = m_http.get(api(QString("/v2/account/events?") + bad), m_admin);
            CHECK_PROBLEM(r, 422);
            QVERIFY2(!problemErrors(r).isEmpty(), bad);
        }

        // Filters and paging together: the walk gives what one read gives.
        const PagedList whole =
            readAllPages(m_http, m_sandbox.apiBase(), "/v2/account/events?search=MAYA", m_admin, "events");
        const PagedList paged =
            readAllPages(m_http, m_sandbox.apiBase(), "/v2/account/events?search=MAYA", m_admin, "events", 3);
        QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
        QVERIFY(paged.pages > 2);
        QCOMPARE(paged.ids(), whole.ids());
        const QString mayaCursor = cursorOf("/v2/account/events?search=maya");
        CHECK_PROBLEM(m_http.get(api("/v2/account/events?search=ana&cursor=" + mayaCursor), m_admin), 422);
    }

    void statusSyncAnswersWhenTheJobIsDone()
    {
        const QString ep = createEndpoint("status-sync");
        const QJsonObject input{{"prompt", "wait for me"}};
        const QString job =
            m_http.post(invoke("/v2/" + ep + "/run"), m_admin, {{"input", input}}).json()["id"].toString();
        // The worker takes the job after the queue delay; status-sync answers once it is done.
        const HttpResult done = m_http.get(invoke("/v2/" + ep + "/status-sync/" + job + "?wait=60000"), m_admin);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json()["status"].toString(), QString("COMPLETED"));
        QCOMPARE(done.json()["output"].toObject(), input);
        QVERIFY(!done.header("RateLimit").isEmpty());
        QCOMPARE(m_http.get(invoke("/v2/" + ep + "/status-sync/" + job), m_admin).json(), done.json());
        for (const char* bad : {"abc", "-1", "300001"})
            CHECK_PROBLEM(m_http.get(invoke("/v2/" + ep + "/status-sync/" + job + "?wait=" + bad), m_admin), 400);
        CHECK_PROBLEM(m_http.get(invoke("/v2/" + ep + "/status-sync/nope?wait=1000"), m_admin), 404);
        CHECK_PROBLEM(m_http.get(invoke("/v2/ep_missing00/status-sync/" + job), m_admin), 404);
    }

    void startCommandAsArgsCmdAndEntrypoint()
    {
        const auto command = [](const QJsonObject& o) {
            return QStringList{o["args"].toString(),
                               QJsonDocument(o["entrypoint"].toArray()).toJson(QJsonDocument::Compact),
                               QJsonDocument(o["cmd"].toArray()).toJson(QJsonDocument::Compact)};
        };
        // A bare shell string is CMD, split into words, and kept as sent.
        const HttpResult shell =
            m_http.post(api("/v2/templates"), m_admin,
                        {{"name", "Command shell"}, {"image", "x"}, {"args", "python -u 'my app.py'"}});
        QCOMPARE(shell.status, 201);
        QCOMPARE(command(shell.json()), (QStringList{"python -u 'my app.py'", "[]", R"(["python","-u","my app.py"])"}));

        // cmd and entrypoint sent alone are encoded into args.
        const HttpResult exec = m_http.post(api("/v2/templates"), m_admin,
                                            {{"name", "Command exec"},
                                             {"image", "x"},
                                             {"entrypoint", QJsonArray{"/bin/bash", "-c"}},
                                             {"cmd", QJsonArray{"python -u main.py"}}});
        QCOMPARE(exec.status, 201);
        const QString path = "/v2/templates/" + exec.json()["id"].toString();
        QCOMPARE(command(exec.json()), (QStringList{R"({"entrypoint":["/bin/bash","-c"],"cmd":["python -u main.py"]})",
                                                    R"(["/bin/bash","-c"])", R"(["python -u main.py"])"}));
        QCOMPARE(command(m_http.get(api(path), m_admin).json()), command(exec.json()));

        // A read-modify-write client may send everything back: args with the cmd and entrypoint it describes.
        QJsonObject back = exec.json();
        back.remove("id");
        QCOMPARE(m_http.patch(api(path), m_admin, back).json(), exec.json());

        // PATCH: the part not sent keeps its value; [] clears one part.
        const HttpResult newCmd = m_http.patch(api(path), m_admin, {{"cmd", QJsonArray{"python", "serve.py"}}});
        QCOMPARE(command(newCmd.json()),
                 (QStringList{R"({"entrypoint":["/bin/bash","-c"],"cmd":["python","serve.py"]})",
                              R"(["/bin/bash","-c"])", R"(["python","serve.py"])"}));
        const HttpResult noEntrypoint = m_http.patch(api(path), m_admin, {{"entrypoint", QJsonArray{}}});
        QCOMPARE(command(noEntrypoint.json()),
                 (QStringList{R"({"cmd":["python","serve.py"]})", "[]", R"(["python","serve.py"])"}));
        // Without any of the three, the command stays.
        QCOMPARE(command(m_http.patch(api(path), m_admin, {{"disk", 30}}).json()), command(noEntrypoint.json()));

        // args and cmd that describe different commands, and args that cannot be read: 422.
        const HttpResult disagree =
            m_http.patch(api(path), m_admin, {{"args", "python other.py"}, {"cmd", QJsonArray{"python", "serve.py"}}});
        CHECK_PROBLEM(disagree, 422);
        QCOMPARE(problemErrors(disagree), QStringList{"$: args and cmd describe different commands"});
        QCOMPARE(
            m_http.patch(api(path), m_admin, {{"args", "python serve.py"}, {"cmd", QJsonArray{"python", "serve.py"}}})
                .json()["args"]
                .toString(),
            QString("python serve.py")); // the same command: args kept as sent
        for (const char* bad : {"python 'unclosed", R"({"cmd":"not a list"})", R"({"bogus":[]})", "ends in \\"}) {
            const HttpResult r = m_http.patch(api(path), m_admin, {{"args", bad}});
            CHECK_PROBLEM(r, 422);
            QVERIFY2(problemErrors(r).value(0).startsWith("$.args: "), bad);
        }
        CHECK_PROBLEM(
            m_http.post(api("/v2/templates"), m_admin, {{"name", "Bad command"}, {"image", "x"}, {"args", "'"}}), 422);
        QCOMPARE(command(m_http.patch(api(path), m_admin, {{"args", ""}}).json()), (QStringList{"", "[]", "[]"}));

        // Endpoints: the same rules, and a template's command as the base for the body's parts.
        const QString tpl = createTemplate({{"name", "Command base"},
                                            {"image", "x"},
                                            {"serverless", true},
                                            {"entrypoint", QJsonArray{"/start.sh"}},
                                            {"cmd", QJsonArray{"--port", "8000"}}});
        const HttpResult fromTemplate =
            m_http.post(api("/v2/serverless"), m_admin,
                        {{"name", "command-endpoint"},
                         {"type", "QUEUE"},
                         {"templateId", tpl},
                         {"cmd", QJsonArray{"--port", "9000"}},
                         {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                         {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        QCOMPARE(fromTemplate.status, 201);
        QCOMPARE(command(fromTemplate.json()), (QStringList{R"({"entrypoint":["/start.sh"],"cmd":["--port","9000"]})",
                                                            R"(["/start.sh"])", R"(["--port","9000"])"}));
        const QString ep = "/v2/serverless/" + fromTemplate.json()["id"].toString();
        QCOMPARE(command(m_http.patch(api(ep), m_admin, {{"entrypoint", QJsonArray{}}}).json()),
                 (QStringList{R"({"cmd":["--port","9000"]})", "[]", R"(["--port","9000"])"}));
        CHECK_PROBLEM(m_http.patch(api(ep), m_admin, {{"args", "--port 1"}, {"cmd", QJsonArray{"--port", "2"}}}), 422);
        CHECK_PROBLEM(m_http.patch(api(ep), m_admin, {{"args", "\"open"}}), 422);
        // Every endpoint, listed or not, carries all three.
        for (const QJsonValue& e : m_http.get(api("/v2/serverless"), m_admin).json()["endpoints"].toArray()) {
            QVERIFY(e["args"].isString());
            QVERIFY(e["entrypoint"].isArray());
            QVERIFY(e["cmd"].isArray());
        }
    }
};

QTEST_GUILESS_MAIN(SandboxRoutesTest)
#include "tst_sandbox_routes.moc"
