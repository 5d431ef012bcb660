// The credential graph (issue 17): who can reach an endpoint, what an endpoint needs, what breaks
// when a secret goes, and what still runs a secret's old value, over small snapshots built by
// hand. reachAgreesWithTheSandbox holds reach() to the sandbox's own permission check, in process.
#include "CredentialGraph.h"
#include "SandboxService.h"
#include "SecretReference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace podwarden;

namespace {

const QDateTime kUpdated(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

ApiKey key(const QString& id, const QString& name, const AccessPolicy& policy, bool enabled = true, bool legacy = false)
{
    ApiKey k;
    k.id = id;
    k.name = name;
    k.prefix = QStringLiteral("rpa_") + id.right(4);
    k.enabled = enabled;
    k.legacy = legacy;
    k.createdAt = kUpdated.addDays(-100);
    k.policy = policy;
    return k;
}

AccessPolicy policyFrom(const char* documents)
{
    const auto p = AccessPolicy::fromDocuments(QJsonDocument::fromJson(QByteArray(documents)).array());
    if (!p.ok())
        qFatal("bad test policy: %s", documents);
    return p.value();
}

Secret secret(const QString& name, const QDateTime& updated = kUpdated)
{
    Secret s;
    s.id = QStringLiteral("sec_") + name;
    s.name = name;
    s.createdAt = updated.addDays(-30);
    s.valueLastUpdatedAt = updated;
    return s;
}

Template tmpl(const QString& id, const QString& name, const EnvList& env)
{
    Template t;
    t.id = id;
    t.name = name;
    t.image = QStringLiteral("ghcr.io/acme/worker:1");
    t.env = env;
    return t;
}

Endpoint endpoint(const QString& id, const QString& name, const std::optional<EnvList>& env,
                  const std::optional<QString>& templateId = {})
{
    Endpoint e;
    e.id = id;
    e.name = name;
    e.container.env = env;
    e.templateId = templateId;
    return e;
}

Pod pod(const QString& id, PodStatus status, const std::optional<QDateTime>& startedAt, const EnvList& env = {},
        const std::optional<QString>& templateId = {})
{
    Pod p;
    p.id = id;
    p.name = QStringLiteral("pod ") + id;
    p.status = status;
    p.env = env;
    p.templateId = templateId;
    p.startedAt = startedAt;
    return p;
}

Worker worker(const QString& id, const std::optional<QDateTime>& startedAt)
{
    Worker w;
    w.id = id;
    w.status = WorkerStatus::Running;
    w.startedAt = startedAt;
    return w;
}

QString ref(const QString& name)
{
    return SecretReference::format(name);
}

// "name:level:via[:disabled][:legacy][:custom]" for one row, so a whole answer compares at once.
QStringList rows(const QList<KeyReach>& reach)
{
    QStringList out;
    for (const KeyReach& r : reach) {
        QString row = r.keyName + QLatin1Char(':');
        row += r.level == AccessLevel::ReadWrite ? "RW" : r.level == AccessLevel::Read ? "R" : "None";
        switch (r.via) {
        case ReachVia::FullAccess:
            row += ":all";
            break;
        case ReachVia::AllEndpoints:
            row += ":every";
            break;
        case ReachVia::EndpointGrant:
            row += ":grant";
            break;
        case ReachVia::CustomStatement:
            row += ":custom";
            break;
        }
        if (!r.enabled)
            row += ":disabled";
        if (r.legacy)
            row += ":legacy";
        if (r.customStatementApplies)
            row += ":applies";
        out << row;
    }
    return out;
}

QStringList users(const QList<SecretUser>& list)
{
    QStringList out;
    for (const SecretUser& u : list) {
        QString row = u.id;
        if (u.direct)
            row += ":direct";
        if (!u.throughTemplateId.isEmpty())
            row += ":via " + u.throughTemplateId + " (" + u.throughTemplateName + ")";
        out << row;
    }
    return out;
}

QStringList holders(const QList<OldValueHolder>& list)
{
    QStringList out;
    for (const OldValueHolder& h : list) {
        QString row = (h.kind == OldValueHolder::Kind::Pod ? "pod " : "worker ") + h.id + ":" + h.secretName;
        if (!h.endpointId.isEmpty())
            row += "@" + h.endpointId;
        if (h.sameInstant)
            row += ":same";
        out << row;
    }
    return out;
}

} // namespace

class TestCredentialGraph final : public QObject
{
    Q_OBJECT
private slots:
    void reachLevelsAndHow();
    void reachOfOneEndpointGrantOverAllEndpointsRead();
    void reachCarriesKeyFacts();
    void reachThroughCustomStatements();
    void reachAgreesWithTheSandbox();
    void secretsNeededByEndpoint();
    void secretsNeededWhenTemplateIsMissing();
    void secretsNeededByTemplate();
    void usersOfSecret();
    void usersOfTemplateWithDuplicateId();
    void stillOnOldValue();
    void stillOnOldValueNeedsAKnownUpdate();
    void workersOnOldValueOfEndpoint();
    void graphKeepsItsOwnSnapshot();
};

void TestCredentialGraph::reachLevelsAndHow()
{
    AccountSnapshot s;
    AccessPolicy legacyReadOnly = AccessPolicy::restricted(AccessLevel::Read);
    legacyReadOnly.setAllEndpointsLevel(AccessLevel::ReadWrite); // what legacy read keys hold (SERVICE.md 5.2)
    AccessPolicy allRwOwnRead = AccessPolicy::restricted(AccessLevel::None, {{"ep_1", AccessLevel::Read}});
    allRwOwnRead.setAllEndpointsLevel(AccessLevel::ReadWrite);
    AccessPolicy everyRwNoApi = AccessPolicy::restricted(AccessLevel::None);
    everyRwNoApi.setAllEndpointsLevel(AccessLevel::ReadWrite);
    s.apiKeys = {
        key("key_01", "owner", AccessPolicy::all()),
        key("key_02", "auditor", AccessPolicy::readOnly()),
        key("key_03", "Deployer", AccessPolicy::restricted(AccessLevel::None, {{"ep_1", AccessLevel::ReadWrite}})),
        key("key_04", "reader", AccessPolicy::restricted(AccessLevel::Read, {{"ep_1", AccessLevel::Read}})),
        key("key_05", "api-writer", AccessPolicy::restricted(AccessLevel::ReadWrite)), // API alone reaches no route
        key("key_06", "other-endpoint",
            AccessPolicy::restricted(AccessLevel::None, {{"ep_2", AccessLevel::ReadWrite}})),
        key("key_07", "nothing", AccessPolicy::restricted(AccessLevel::None)),
        key("key_08", "old-reader", legacyReadOnly, true, true),
        key("key_09", "old-owner", AccessPolicy::all(), true, true),
        key("key_10", "covered", allRwOwnRead),
        key("key_11", "batch", everyRwNoApi),
        key("key_12", "Auditor", AccessPolicy::readOnly()), // same name but case: then by id
    };
    const CredentialGraph graph(s);
    QCOMPARE(rows(graph.reach("ep_1")), (QStringList{
                                            "batch:RW:every",
                                            "covered:RW:every", // a tie goes to the all-endpoints grant
                                            "Deployer:RW:grant",
                                            "old-owner:RW:all:legacy",
                                            "old-reader:RW:every:legacy", // a legacy read key can /run
                                            "owner:RW:all",
                                            "auditor:R:every",
                                            "Auditor:R:every",
                                            "reader:R:grant",
                                        }));
    QCOMPARE(rows(graph.reach("ep_2")), (QStringList{
                                            "batch:RW:every",
                                            "covered:RW:every",
                                            "old-owner:RW:all:legacy",
                                            "old-reader:RW:every:legacy",
                                            "other-endpoint:RW:grant",
                                            "owner:RW:all",
                                            "auditor:R:every",
                                            "Auditor:R:every",
                                        }));
    // An id no key names and the snapshot lacks: all-endpoints grants reach it all the same.
    QCOMPARE(graph.reach("ep_future").size(), 7);
    QCOMPARE(graph.reach("ep_1").at(7).keyId, QString("key_12"));
}

void TestCredentialGraph::reachOfOneEndpointGrantOverAllEndpointsRead()
{
    AccountSnapshot s;
    AccessPolicy p = AccessPolicy::restricted(AccessLevel::Read, {{"ep_1", AccessLevel::ReadWrite}});
    p.setAllEndpointsLevel(AccessLevel::Read);
    s.apiKeys = {key("key_1", "mixed", p)};
    // The same policy as the service would hand it back, through its documents.
    const auto decoded = AccessPolicy::fromDocuments(p.toDocuments());
    QVERIFY(decoded.ok());
    s.apiKeys.append(key("key_2", "mixed-decoded", decoded.value()));
    const CredentialGraph graph(s);
    QCOMPARE(rows(graph.reach("ep_1")), (QStringList{"mixed:RW:grant", "mixed-decoded:RW:grant"}));
    QCOMPARE(rows(graph.reach("ep_2")), (QStringList{"mixed:R:every", "mixed-decoded:R:every"}));
}

void TestCredentialGraph::reachCarriesKeyFacts()
{
    AccountSnapshot s;
    s.apiKeys = {key("key_a", "ci", AccessPolicy::all()), key("key_b", "laptop", AccessPolicy::readOnly(), false)};
    s.apiKeys[0].lastUsedAt = kUpdated.addDays(-3);
    const CredentialGraph graph(s);
    const QList<KeyReach> reach = graph.reach("ep_1");
    QCOMPARE(reach.size(), 2);
    QCOMPARE(reach.at(0).keyIndex, 0);
    QCOMPARE(reach.at(0).keyId, QString("key_a"));
    QCOMPARE(reach.at(0).lastUsedAt, std::optional<QDateTime>(kUpdated.addDays(-3)));
    QVERIFY(reach.at(0).canCallNow());
    // A disabled key is listed with the level it gets back when enabled; it cannot call now (401).
    QCOMPARE(reach.at(1).keyIndex, 1);
    QCOMPARE(reach.at(1).level, AccessLevel::Read);
    QVERIFY(!reach.at(1).enabled);
    QVERIFY(!reach.at(1).canCallNow());
    QCOMPARE(reach.at(1).lastUsedAt, std::nullopt);
}

void TestCredentialGraph::reachThroughCustomStatements()
{
    AccountSnapshot s;
    s.apiKeys = {
        // A plain grant under another Version: the console keeps it as custom, the sandbox ignores it.
        key("key_1", "old-version", policyFrom(R"([{"Version":"2023-01-01","Statement":[{"Effect":"Allow",
                "Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/ep_1/*"]}]}])")),
        // A condition the console cannot evaluate, beside a readable API grant.
        key("key_2", "conditional", policyFrom(R"([{"Version":"2024-09-01","Statement":[
                {"Effect":"Allow","Actions":["api:Read"],"Resources":["runpod/api/*"]},
                {"Effect":"Allow","Actions":["serverless:Write"],"Resources":["runpod/serverless/*/ep_1/*"],
                 "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}])")),
        // Wildcards that may match every endpoint.
        key("key_3", "wildcard", policyFrom(R"([{"Version":"2024-09-01","Statement":[{"Effect":"Allow",
                "Actions":["serverless:*"],"Resources":["runpod/serverless/*"]}]}])")),
        // A readable Read grant plus a custom statement that may add Write.
        key("key_4", "read-plus", policyFrom(R"([{"Version":"2024-09-01","Statement":[
                {"Effect":"Allow","Actions":["serverless:Read"],"Resources":["runpod/serverless/*/ep_1/*"]}]},
                {"Version":"2025-01-01","Statement":[
                {"Effect":"Allow","Actions":["serverless:Write"],"Resources":["runpod/serverless/*/ep_1/*"]}]}])")),
        // A Deny can only take away: full access stays, marked; a Deny alone reaches nothing.
        key("key_5", "denied-owner", policyFrom(R"([{"Version":"2024-09-01","Statement":[
                {"Effect":"Allow","Actions":["api:Read","api:Write"],"Resources":["runpod/api/*"]},
                {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],
                 "Resources":["runpod/serverless/*/*/*"]},
                {"Effect":"Deny","Actions":["serverless:Write"],"Resources":["runpod/serverless/*/ep_1/*"]}]}])")),
        key("key_6", "deny-only", policyFrom(R"([{"Version":"2024-09-01","Statement":[
                {"Effect":"Deny","Actions":["serverless:Write"],"Resources":["runpod/serverless/*/ep_1/*"]}]}])")),
        // Custom statements that cannot concern ep_1: another endpoint, or no serverless action.
        key("key_7", "elsewhere", policyFrom(R"([{"Version":"2023-01-01","Statement":[{"Effect":"Allow",
                "Actions":["serverless:Write"],"Resources":["runpod/serverless/*/ep_2/*"]}]}])")),
        key("key_8", "pods-only", policyFrom(R"([{"Version":"2024-09-01","Statement":[{"Effect":"Allow",
                "Actions":["pods:Create"],"Resources":["*"]}]}])")),
    };
    for (const ApiKey& k : std::as_const(s.apiKeys)) {
        if (k.id != "key_5" && k.id != "key_4")
            QVERIFY2(k.policy.endpointLevel("ep_1") == AccessLevel::None, qPrintable(k.name));
    }
    const CredentialGraph graph(s);
    QCOMPARE(rows(graph.reach("ep_1")), (QStringList{
                                            "denied-owner:RW:all:applies",
                                            "read-plus:R:grant:applies",
                                            "conditional:None:custom:applies",
                                            "old-version:None:custom:applies",
                                            "wildcard:None:custom:applies",
                                        }));
    QCOMPARE(rows(graph.reach("ep_2")), (QStringList{
                                            "denied-owner:RW:all",
                                            "elsewhere:None:custom:applies",
                                            "wildcard:None:custom:applies",
                                        }));
    for (const KeyReach& r : graph.reach("ep_1"))
        QVERIFY(r.via != ReachVia::CustomStatement || !r.canCallNow());
}

// What reach() says, against what the sandbox answers: every key (legacy, disabled, custom, all
// kinds of grant) on every endpoint, on a Read route (health) and a Write route (purge-queue).
void TestCredentialGraph::reachAgreesWithTheSandbox()
{
    using namespace podwarden::sandbox;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxService::Config config;
    config.rateLimit = config.rateLimitHour = config.rateLimitDay = 1000000;
    config.authFailureLimit = 0;
    QString error;
    const auto service = SandboxService::open(dir.path(), config, &error);
    QVERIFY2(service, qPrintable(error));
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto call = [&service](HttpMethod method, const QString& path, const QString& rawKey,
                                 const QJsonObject& body = {}) {
        HttpRequest r;
        r.method = method;
        r.path = path;
        r.authorization = "Bearer " + rawKey.toLatin1();
        if (method == HttpMethod::Post)
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return service->handle(r);
    };

    const auto admin = service->mintKey("admin", AccessPolicy::all(), "test", at);
    QStringList endpoints;
    for (int i = 0; i < 3; ++i) {
        const HttpResponse r = call(HttpMethod::Post, "/v2/serverless", admin.rawKey,
                                    {{"name", QString("ep-%1").arg(i)},
                                     {"type", "QUEUE"},
                                     {"image", "ghcr.io/acme/echo:1"},
                                     {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                     {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        QCOMPARE(r.status, 201);
        endpoints << QJsonDocument::fromJson(r.body).object().value("id").toString();
    }
    const QString e0 = endpoints.at(0);
    const QString e1 = endpoints.at(1);

    AccessPolicy allRead = AccessPolicy::restricted(AccessLevel::Read, {{e0, AccessLevel::ReadWrite}});
    allRead.setAllEndpointsLevel(AccessLevel::Read);
    AccessPolicy legacyRead = AccessPolicy::restricted(AccessLevel::Read);
    legacyRead.setAllEndpointsLevel(AccessLevel::ReadWrite);
    const QString customDocs = QStringLiteral(
                                   R"([{"Version":"2023-01-01","Statement":[{"Effect":"Allow",
        "Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/%1/*"]}]},
        {"Version":"2024-09-01","Statement":[{"Effect":"Allow","Actions":["serverless:Read"],
        "Resources":["runpod/serverless/*/%2/*"],"Condition":{"Bool":{"x":"true"}}}]}])")
                                   .arg(e0, e1);
    const auto custom = AccessPolicy::fromDocuments(QJsonDocument::fromJson(customDocs.toUtf8()).array());
    QVERIFY(custom.ok());
    QVERIFY(custom->hasCustom());

    struct Minted
    {
        QString name;
        QString raw;
        bool disable = false;
    };
    QHash<QString, Minted> raw; // by key id
    const auto mint = [&](const QString& name, const AccessPolicy& policy, bool legacy, bool disable) {
        const auto m = service->mintKey(name, policy, "test", at, legacy);
        raw.insert(m.key.id, Minted{name, m.rawKey, disable});
    };
    mint("all", AccessPolicy::all(), false, false);
    mint("read-only", AccessPolicy::readOnly(), false, false);
    mint("e0-rw", AccessPolicy::restricted(AccessLevel::None, {{e0, AccessLevel::ReadWrite}}), false, false);
    mint("e1-read", AccessPolicy::restricted(AccessLevel::ReadWrite, {{e1, AccessLevel::Read}}), false, false);
    mint("all-read-e0-rw", allRead, false, false);
    mint("api-write-only", AccessPolicy::restricted(AccessLevel::ReadWrite), false, false);
    mint("legacy-read", legacyRead, true, false);
    mint("legacy-all", AccessPolicy::all(), true, false);
    mint("custom", custom.value(), false, false);
    mint("disabled-all", AccessPolicy::all(), false, true);
    mint("disabled-legacy", legacyRead, true, true);
    const auto revoked = service->mintKey("revoked", AccessPolicy::all(), "test", at);
    service->store().revokeKey(revoked.key.id, at);
    for (ApiKey k : service->store().keys()) {
        if (raw.value(k.id).disable) {
            k.enabled = false;
            service->store().updateKey(k);
        }
    }

    // The snapshot as the client would have it: the key list, decoded from the wire.
    const HttpResponse list = call(HttpMethod::Get, "/v2/account/api-keys", admin.rawKey);
    QCOMPARE(list.status, 200);
    AccountSnapshot s;
    s.apiKeys = decodeApiKeyList(QJsonDocument::fromJson(list.body).object()).value();
    QCOMPARE(s.apiKeys.size(), raw.size() + 1); // the revoked key is not listed
    const CredentialGraph graph(s);

    int checked = 0;
    for (const QString& e : std::as_const(endpoints)) {
        QHash<QString, KeyReach> reach;
        for (const KeyReach& r : graph.reach(e))
            reach.insert(r.keyId, r);
        for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
            const KeyReach r = reach.value(it.key());
            const AccessLevel level = reach.contains(it.key()) ? r.level : AccessLevel::None;
            const bool enabled = !it->disable;
            QVERIFY(!reach.contains(it.key()) || r.enabled == enabled);
            const int read = call(HttpMethod::Get, "/v2/" + e + "/health", it->raw).status;
            const int write = call(HttpMethod::Post, "/v2/" + e + "/purge-queue", it->raw).status;
            const int expectRead = !enabled ? 401 : level != AccessLevel::None ? 200 : 403;
            const int expectWrite = !enabled ? 401 : level == AccessLevel::ReadWrite ? 200 : 403;
            const QByteArray what = (it->name + " on " + e).toUtf8();
            QVERIFY2(read == expectRead, what.constData());
            QVERIFY2(write == expectWrite, what.constData());
            QCOMPARE(reach.contains(it.key()) && r.canCallNow(), read == 200);
            ++checked;
        }
        QCOMPARE(call(HttpMethod::Get, "/v2/" + e + "/health", revoked.rawKey).status, 401);
    }
    QCOMPARE(checked, 3 * 11);
    // The custom key: the graph lists it as "custom" where its statements may apply, and the
    // sandbox, which ignores them, refuses it.
    QCOMPARE(rows(graph.reach(e0)).filter(QRegularExpression("^custom:")), (QStringList{"custom:None:custom:applies"}));
    QCOMPARE(rows(graph.reach(e1)).filter(QRegularExpression("^custom:")), (QStringList{"custom:None:custom:applies"}));
    QVERIFY(rows(graph.reach(endpoints.at(2))).filter(QRegularExpression("^custom:")).isEmpty());
}

void TestCredentialGraph::secretsNeededByEndpoint()
{
    AccountSnapshot s;
    s.secrets = {secret("hf"), secret("db")};
    s.templates = {tmpl("tpl_1", "vLLM", {{"HF_TOKEN", ref("hf")}, {"DB_URL", "postgres://u:" + ref("db") + "@db"}})};
    s.endpoints = {
        endpoint("ep_1", "chat",
                 EnvList{{"HF_TOKEN", ref("hf")},
                         {"TWICE", ref("hf") + ":" + "{{RUNPOD_SECRET_hf}}"}, // one variable, one need
                         {"PLAIN", "no reference here"},
                         {"GONE", "x " + ref("gone")},
                         {"CASE", ref("HF")}}, // names compare exactly, as a boot resolves them
                 QString("tpl_1")),
        endpoint("ep_2", "bare", std::nullopt),
    };
    const CredentialGraph graph(s);
    const EndpointSecretNeeds needs = graph.secretsNeededBy("ep_1");
    QVERIFY(!needs.unknownTemplateId);
    QCOMPARE(needs.needs.size(), 6);
    const auto need = [](const char* name, const char* env, SecretSource source, const char* templateId,
                         int secretIndex) {
        return SecretNeed{name, env, source, templateId, secretIndex >= 0, secretIndex};
    };
    QCOMPARE(needs.needs.at(0), need("hf", "HF_TOKEN", SecretSource::EndpointEnv, "", 0));
    QCOMPARE(needs.needs.at(1), need("hf", "TWICE", SecretSource::EndpointEnv, "", 0));
    QCOMPARE(needs.needs.at(2), need("gone", "GONE", SecretSource::EndpointEnv, "", -1));
    QCOMPARE(needs.needs.at(3), need("HF", "CASE", SecretSource::EndpointEnv, "", -1));
    // The same reference in the endpoint's env and its template's: both are listed, by source.
    QCOMPARE(needs.needs.at(4), need("hf", "HF_TOKEN", SecretSource::TemplateEnv, "tpl_1", 0));
    QCOMPARE(needs.needs.at(5), need("db", "DB_URL", SecretSource::TemplateEnv, "tpl_1", 1));
    QVERIFY(!needs.allResolve());

    const EndpointSecretNeeds bare = graph.secretsNeededBy("ep_2");
    QVERIFY(bare.needs.isEmpty());
    QVERIFY(!bare.unknownTemplateId);
    QVERIFY(bare.allResolve());
    QVERIFY(graph.secretsNeededBy("ep_unknown").needs.isEmpty());
}

void TestCredentialGraph::secretsNeededWhenTemplateIsMissing()
{
    AccountSnapshot s;
    s.secrets = {secret("hf")};
    s.endpoints = {endpoint("ep_1", "chat", EnvList{{"HF_TOKEN", ref("hf")}}, QString("tpl_deleted"))};
    const CredentialGraph graph(s);
    const EndpointSecretNeeds needs = graph.secretsNeededBy("ep_1");
    QCOMPARE(needs.needs.size(), 1);
    QVERIFY(needs.needs.at(0).resolves);
    QCOMPARE(needs.unknownTemplateId, std::optional<QString>("tpl_deleted"));
    QVERIFY(!needs.allResolve()); // what the template needed cannot be known
}

void TestCredentialGraph::secretsNeededByTemplate()
{
    AccountSnapshot s;
    s.secrets = {secret("a")};
    s.templates = {tmpl("tpl_1", "t", {{"X", ref("a") + ref("b")}, {"Y", ref("a")}, {"X", ref("a")}})};
    const CredentialGraph graph(s);
    QStringList got;
    for (const SecretNeed& n : graph.secretsNeededByTemplate("tpl_1")) {
        QCOMPARE(n.source, SecretSource::TemplateEnv);
        QCOMPARE(n.templateId, QString("tpl_1"));
        got << n.envKey + "=" + n.secretName + (n.resolves ? "" : "?");
    }
    // A duplicate variable with the same reference adds nothing; the validator flags the duplicate.
    QCOMPARE(got, (QStringList{"X=a", "X=b?", "Y=a"}));
    QVERIFY(graph.secretsNeededByTemplate("tpl_none").isEmpty());
}

void TestCredentialGraph::usersOfSecret()
{
    AccountSnapshot s;
    s.secrets = {secret("hf")};
    s.templates = {
        tmpl("tpl_1", "vLLM worker", {{"HF_TOKEN", ref("hf")}}),
        tmpl("tpl_2", "eval harness", {{"A", ref("hf")}, {"B", "Bearer " + ref("hf")}}), // twice: listed once
        tmpl("tpl_3", "unrelated", {{"A", "plain"}}),
    };
    s.endpoints = {
        endpoint("ep_1", "chat", EnvList{{"HF", ref("hf")}}, QString("tpl_1")), // both ways
        endpoint("ep_2", "Batch", EnvList{}, QString("tpl_1")),                 // through its template
        endpoint("ep_3", "direct", EnvList{{"HF", ref("hf")}}),                 // its own env only
        endpoint("ep_4", "other", EnvList{}, QString("tpl_3")),
        endpoint("ep_5", "orphan", EnvList{}, QString("tpl_missing")), // unknowable: not listed
    };
    s.pods = {
        pod("pod_1", PodStatus::Running, kUpdated, {}, QString("tpl_2")),
        pod("pod_2", PodStatus::Exited, kUpdated, {{"T", ref("hf")}}), // still a user, whatever its state
        pod("pod_3", PodStatus::Running, kUpdated, {{"T", "none"}}, QString("tpl_3")),
    };
    const CredentialGraph graph(s);
    const SecretUsers u = graph.usersOf("hf");
    QCOMPARE(users(u.templates), (QStringList{"tpl_2:direct", "tpl_1:direct"})); // by name: eval, vLLM
    QCOMPARE(users(u.endpoints),
             (QStringList{"ep_2:via tpl_1 (vLLM worker)", "ep_1:direct:via tpl_1 (vLLM worker)", "ep_3:direct"}));
    QCOMPARE(users(u.pods), (QStringList{"pod_1:via tpl_2 (eval harness)", "pod_2:direct"}));
    QCOMPARE(u.endpoints.at(0).index, 1);
    QCOMPARE(u.endpoints.at(0).name, QString("Batch"));

    // A name no secret has (deleted already, or never created) still has its users.
    s.secrets.clear();
    const CredentialGraph withoutSecret(s);
    QCOMPARE(withoutSecret.usersOf("hf").endpoints.size(), 3);
    QVERIFY(graph.usersOf("HF").isEmpty());
    QVERIFY(graph.usersOf("nobody").isEmpty());
}

void TestCredentialGraph::usersOfTemplateWithDuplicateId()
{
    // Two rows with one id (a stale cache, say): the first one is the template, everywhere alike.
    AccountSnapshot s;
    s.templates = {tmpl("tpl_1", "first", {{"A", "plain"}}), tmpl("tpl_1", "second", {{"A", ref("hf")}})};
    s.endpoints = {endpoint("ep_1", "e", EnvList{}, QString("tpl_1"))};
    const CredentialGraph graph(s);
    QVERIFY(graph.usersOf("hf").endpoints.isEmpty());
    QVERIFY(graph.usersOf("hf").templates.isEmpty());
    QVERIFY(graph.secretsNeededBy("ep_1").needs.isEmpty());
}

void TestCredentialGraph::stillOnOldValue()
{
    AccountSnapshot s;
    s.secrets = {secret("hf", kUpdated)};
    s.templates = {tmpl("tpl_1", "vLLM", {{"HF_TOKEN", ref("hf")}})};
    s.endpoints = {
        endpoint("ep_1", "chat", EnvList{{"HF", ref("hf")}}),
        endpoint("ep_2", "batch", EnvList{}, QString("tpl_1")),
        endpoint("ep_3", "unrelated", EnvList{}),
    };
    s.pods = {
        pod("pod_old", PodStatus::Running, kUpdated.addDays(-3), {}, QString("tpl_1")),
        pod("pod_exited", PodStatus::Exited, kUpdated.addDays(-3), {{"T", ref("hf")}}),
        pod("pod_terminated", PodStatus::Terminated, kUpdated.addDays(-3), {{"T", ref("hf")}}),
        pod("pod_same", PodStatus::Running, kUpdated, {{"T", ref("hf")}}),
        pod("pod_new", PodStatus::Running, kUpdated.addSecs(1), {{"T", ref("hf")}}),
        pod("pod_unstarted", PodStatus::Running, std::nullopt, {{"T", ref("hf")}}),
        pod("pod_starting", PodStatus::Starting, kUpdated.addSecs(-3600), {{"T", ref("hf")}}),
        pod("pod_other", PodStatus::Running, kUpdated.addDays(-9), {{"T", ref("other")}}),
    };
    QHash<QString, WorkerList> workers;
    workers.insert("ep_1", WorkerList::summarise({worker("w_old", kUpdated.addDays(-2)),
                                                  worker("w_new", kUpdated.addSecs(600)), worker("w_none", {})},
                                                 std::nullopt));
    workers.insert("ep_2", WorkerList::summarise({worker("w_same", kUpdated)}, std::nullopt));
    workers.insert("ep_3", WorkerList::summarise({worker("w_unrelated", kUpdated.addDays(-5))}, std::nullopt));
    const QDateTime now = kUpdated.addDays(3);
    const CredentialGraph graph(s);
    const QList<OldValueHolder> old = graph.stillOnOldValue("hf", workers, now);
    QCOMPARE(holders(old), (QStringList{"pod pod_old:hf", "worker w_old:hf@ep_1", "pod pod_starting:hf",
                                        "pod pod_same:hf:same", "worker w_same:hf@ep_2:same"}));
    for (const OldValueHolder& h : old) {
        QCOMPARE(h.valueUpdatedAt, kUpdated);
        QCOMPARE(h.staleSeconds, qint64(3 * 86400));
    }
    QCOMPARE(old.at(0).startedAt, kUpdated.addDays(-3));
    QCOMPARE(old.at(0).name, QString("pod pod_old"));
    // The same inputs, the same answer: no clock is read.
    QCOMPARE(graph.stillOnOldValue("hf", workers, now), old);
    // A `now` before the change (clocks differ) never gives a negative age.
    QCOMPARE(graph.stillOnOldValue("hf", workers, kUpdated.addSecs(-5)).at(0).staleSeconds, 0);
    // Endpoints whose workers were not fetched count none.
    QCOMPARE(holders(graph.stillOnOldValue("hf", {}, now)),
             (QStringList{"pod pod_old:hf", "pod pod_starting:hf", "pod pod_same:hf:same"}));
}

void TestCredentialGraph::stillOnOldValueNeedsAKnownUpdate()
{
    AccountSnapshot s;
    s.secrets = {secret("hf", QDateTime())};
    s.pods = {pod("pod_1", PodStatus::Running, kUpdated.addDays(-3), {{"T", ref("hf")}, {"U", ref("gone")}})};
    const CredentialGraph graph(s);
    QVERIFY(graph.stillOnOldValue("hf", {}, kUpdated).isEmpty());   // no valueLastUpdatedAt
    QVERIFY(graph.stillOnOldValue("gone", {}, kUpdated).isEmpty()); // no such secret
}

void TestCredentialGraph::workersOnOldValueOfEndpoint()
{
    AccountSnapshot s;
    s.secrets = {secret("hf", kUpdated), secret("db", kUpdated.addDays(1))};
    s.templates = {tmpl("tpl_1", "t", {{"DB", ref("db")}, {"HF2", ref("hf")}})};
    s.endpoints = {endpoint("ep_1", "chat", EnvList{{"HF", ref("hf")}, {"X", ref("gone")}}, QString("tpl_1"))};
    const WorkerList workers =
        WorkerList::summarise({worker("w_before_both", kUpdated.addDays(-1)), worker("w_between", kUpdated.addSecs(60)),
                               worker("w_after", kUpdated.addDays(2)), worker("w_unstarted", std::nullopt)},
                              std::nullopt);
    const CredentialGraph graph(s);
    const auto old = graph.workersOnOldValue("ep_1", workers, kUpdated.addDays(2));
    // hf is needed twice (endpoint and template) but counts once per worker.
    QCOMPARE(holders(old),
             (QStringList{"worker w_before_both:db@ep_1", "worker w_before_both:hf@ep_1", "worker w_between:db@ep_1"}));
    QCOMPARE(old.at(0).staleSeconds, qint64(86400));
    QCOMPARE(old.at(1).staleSeconds, qint64(2 * 86400));
    QVERIFY(graph.workersOnOldValue("ep_unknown", workers, kUpdated).isEmpty());
}

void TestCredentialGraph::graphKeepsItsOwnSnapshot()
{
    AccountSnapshot s;
    s.secrets = {secret("hf")};
    s.templates = {tmpl("tpl_1", "t", {{"A", ref("hf")}})};
    s.apiKeys = {key("key_1", "k", AccessPolicy::readOnly())};
    const CredentialGraph graph(s);
    graph.prepare();
    graph.prepare(); // once is enough; again changes nothing
    s.templates.clear();
    s.apiKeys.clear();
    QCOMPARE(graph.usersOf("hf").templates.size(), 1);
    QCOMPARE(graph.reach("ep_1").size(), 1);
    QCOMPARE(graph.snapshot().templates.size(), 1);
}

QTEST_GUILESS_MAIN(TestCredentialGraph)
#include "tst_credentialgraph.moc"
