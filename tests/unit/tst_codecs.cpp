#include "ApiKey.h"
#include "AuditEvent.h"
#include "ContainerCommand.h"
#include "Endpoint.h"
#include "JsonReader.h"
#include "Pagination.h"
#include "ProblemDetails.h"
#include "Secret.h"
#include "Template.h"
#include "TestPaths.h"

#include <QJsonDocument>
#include <QtTest>

using namespace podwarden;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Every example body of the OpenAPI document under `pathPrefix` (request bodies and 200/201
// responses), each tagged with where it came from.
struct Example
{
    QString where;
    bool request;
    QJsonObject body;
};

// What our codecs write that an example may leave out: the exec form derived from `args` (the
// September answers carry it, the August ones do not). Removed from `written` where `example`
// lacks it, so the comparison is of everything the example says.
QJsonObject withoutDerived(QJsonObject written, const QJsonObject& example)
{
    for (const char* key : {"cmd", "entrypoint"}) {
        if (!example.contains(QLatin1String(key)))
            written.remove(QLatin1String(key));
    }
    return written;
}

QJsonObject listWithoutDerived(QJsonObject written, const QJsonObject& example, const QString& key)
{
    QJsonArray items = written.value(key).toArray();
    const QJsonArray expected = example.value(key).toArray();
    for (qsizetype i = 0; i < items.size() && i < expected.size(); ++i)
        items[i] = withoutDerived(items.at(i).toObject(), expected.at(i).toObject());
    written.insert(key, items);
    if (example.contains(QStringLiteral("pagination"))) {
        const auto page = PageInfo::fromListBody(example);
        if (page.ok())
            page->writeTo(written);
    }
    return written;
}

QList<Example> examplesFor(const QJsonObject& doc, const QStringList& paths)
{
    QList<Example> out;
    const QJsonObject allPaths = doc.value(QStringLiteral("paths")).toObject();
    for (const QString& path : paths) {
        const QJsonObject ops = allPaths.value(path).toObject();
        for (auto op = ops.constBegin(); op != ops.constEnd(); ++op) {
            const QJsonObject operation = op.value().toObject();
            auto collect = [&](const QJsonObject& content, bool request, const QString& where) {
                const QJsonObject examples = content.value(QStringLiteral("application/json"))
                                                 .toObject()
                                                 .value(QStringLiteral("examples"))
                                                 .toObject();
                for (auto ex = examples.constBegin(); ex != examples.constEnd(); ++ex) {
                    out.append({where + QLatin1Char(' ') + ex.key(), request,
                                ex.value().toObject().value(QStringLiteral("value")).toObject()});
                }
            };
            const QString where = op.key().toUpper() + QLatin1Char(' ') + path;
            collect(
                operation.value(QStringLiteral("requestBody")).toObject().value(QStringLiteral("content")).toObject(),
                true, where + QStringLiteral(" request"));
            const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
            for (const char* status : {"200", "201"}) {
                collect(responses.value(QLatin1String(status)).toObject().value(QStringLiteral("content")).toObject(),
                        false, where + QLatin1Char(' ') + QLatin1String(status));
            }
        }
    }
    return out;
}

} // namespace

class TestCodecs final : public QObject
{
    Q_OBJECT
private slots:
    void openApiTemplateExamples_data();
    void openApiTemplateExamples();
    void openApiEndpointExamples_data();
    void openApiEndpointExamples();
    void endpointRequestUrls();
    void templateFullRoundTrip();
    void secretRoundTrip();
    void secretHasNoValue();
    void apiKeyServiceExample();
    void apiKeyNeverUsedAndLegacy();
    void auditEventPage();
    void containerCommand();
    void containerCommandChanges();
    void templateAnswersCarryTheExecForm();
    void problemDetails();
    void unknownFieldsAreIgnored();
    void malformedBodies_data();
    void malformedBodies();
    void notJson();
    void timestamps_data();
    void timestamps();
    void nextCursorPeeked_data();
    void nextCursorPeeked();
};

void TestCodecs::openApiTemplateExamples_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("September 2026") << QString::fromLatin1(test::kSeptemberDocument);
    QTest::newRow("August 2026") << QString::fromLatin1(test::kAugustDocument);
}

void TestCodecs::openApiTemplateExamples()
{
    QFETCH(QString, document);
    const QJsonObject doc = test::openApiDocument(qPrintable(document));
    if (doc.isEmpty())
        QSKIP(qPrintable("../shared/contracts/" + document + " is absent: OpenAPI template examples skipped"));
    const auto examples = examplesFor(doc, {QStringLiteral("/v2/templates"), QStringLiteral("/v2/templates/{id}")});
    QVERIFY2(examples.size() >= 6, qPrintable(QString::number(examples.size())));
    int checked = 0;
    for (const Example& ex : examples) {
        if (ex.request) {
            const auto decoded = TemplateInput::fromJson(ex.body);
            QVERIFY2(decoded.ok(), qPrintable(ex.where + QLatin1String(": ") + decoded.error().message()));
            QCOMPARE(decoded->toJson(), ex.body);
        } else if (ex.body.contains(QStringLiteral("templates"))) {
            const auto decoded = decodeTemplateList(ex.body);
            QVERIFY2(decoded.ok(), qPrintable(ex.where + QLatin1String(": ") + decoded.error().message()));
            QVERIFY(!decoded->isEmpty());
            QVERIFY2(PageInfo::fromListBody(ex.body).ok(), qPrintable(ex.where));
            QCOMPARE(listWithoutDerived(encodeTemplateList(decoded.value()), ex.body, QStringLiteral("templates")),
                     ex.body);
        } else {
            const auto decoded = Template::fromJson(ex.body);
            QVERIFY2(decoded.ok(), qPrintable(ex.where + QLatin1String(": ") + decoded.error().message()));
            QCOMPARE(withoutDerived(decoded->toJson(), ex.body), ex.body);
            // What a push of this template would send is a valid create body for the same template.
            QCOMPARE(TemplateInput::fromJson(TemplateInput::fromTemplate(decoded.value()).toJson())->name,
                     std::optional<QString>(decoded->name));
        }
        ++checked;
    }
    QCOMPARE(checked, examples.size());
}

void TestCodecs::openApiEndpointExamples_data()
{
    openApiTemplateExamples_data();
}

void TestCodecs::openApiEndpointExamples()
{
    QFETCH(QString, document);
    const QJsonObject doc = test::openApiDocument(qPrintable(document));
    if (doc.isEmpty())
        QSKIP(qPrintable("../shared/contracts/" + document + " is absent: OpenAPI endpoint examples skipped"));
    const auto examples = examplesFor(doc, {QStringLiteral("/v2/serverless"), QStringLiteral("/v2/serverless/{id}")});
    QVERIFY2(examples.size() >= 6, qPrintable(QString::number(examples.size())));
    bool sawCpu = false;
    bool sawLoadBalancer = false;
    for (const Example& ex : examples) {
        if (ex.request) {
            const auto decoded = EndpointInput::fromJson(ex.body);
            QVERIFY2(decoded.ok(), qPrintable(ex.where + QLatin1String(": ") + decoded.error().message()));
            QCOMPARE(decoded->toJson(), ex.body);
        } else if (ex.body.contains(QStringLiteral("endpoints"))) {
            const auto decoded = decodeEndpointList(ex.body);
            QVERIFY2(decoded.ok(), qPrintable(ex.where + QLatin1String(": ") + decoded.error().message()));
            QVERIFY2(PageInfo::fromListBody(ex.body).ok(), qPrintable(ex.where));
            QCOMPARE(listWithoutDerived(encodeEndpointList(decoded.value()), ex.body, QStringLiteral("endpoints")),
                     ex.body);
        } else {
            const auto decoded = Endpoint::fromJson(ex.body);
            QVERIFY2(decoded.ok(), qPrintable(ex.where + QLatin1String(": ") + decoded.error().message()));
            QCOMPARE(withoutDerived(decoded->toJson(), ex.body), ex.body);
            sawCpu = sawCpu || decoded->cpu.has_value();
            sawLoadBalancer = sawLoadBalancer || decoded->type == EndpointType::LoadBalancer;
            QVERIFY(decoded->createdAt.isValid());
        }
    }
    QVERIFY(sawCpu);
    QVERIFY(sawLoadBalancer);
}

void TestCodecs::endpointRequestUrls()
{
    // Held as a common beginning and the ends: every URL comes back as it was, whatever they share.
    const QMap<QString, QString> queue{{"run", "https://api.runpod.ai/v2/ep_a/run"},
                                       {"runSync", "https://api.runpod.ai/v2/ep_a/runsync"},
                                       {"status", "https://api.runpod.ai/v2/ep_a/status/{job_id}"}};
    const QMap<QString, QString> other{{"run", "https://api.runpod.ai/v2/ep_b/run"},
                                       {"runSync", "https://api.runpod.ai/v2/ep_b/runsync"},
                                       {"status", "https://api.runpod.ai/v2/ep_b/status/{job_id}"}};
    const QMap<QString, QString> apart{{"base", "https://one.example/v2/ep_c"}, {"health", "http://two.example/h"}};
    const QMap<QString, QString> single{{"base", "https://api.runpod.ai/v2/ep_d"}};
    for (const auto& urls : {queue, other, apart, single, QMap<QString, QString>{}}) {
        const RequestUrls held = RequestUrls::fromMap(urls);
        QCOMPARE(held.toMap(), urls);
        QCOMPARE(held.size(), urls.size());
        QCOMPARE(held.isEmpty(), urls.isEmpty());
        QCOMPARE(held.names(), urls.keys());
        for (auto it = urls.constBegin(); it != urls.constEnd(); ++it) {
            QVERIFY(held.contains(it.key()));
            QCOMPARE(held.value(it.key()), it.value());
        }
        QVERIFY(!held.contains("cancel"));
        QCOMPARE(held.value("cancel"), QString());
    }
    QVERIFY(RequestUrls::fromMap(queue) == RequestUrls::fromMap(queue));
    QVERIFY(!(RequestUrls::fromMap(queue) == RequestUrls::fromMap(other)));

    // Decoded from the wire and written back unchanged.
    QJsonObject json{{"id", "ep_a"},
                     {"name", "a"},
                     {"type", "QUEUE"},
                     {"createdAt", "2026-11-19T17:26:31Z"},
                     {"image", "x:1"},
                     {"workers", QJsonObject{{"min", 0}, {"max", 1}}},
                     {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}},
                     {"dataCenterIds", QJsonArray{}},
                     {"networkVolumes", QJsonArray{}},
                     {"timeout", 300000},
                     {"flashboot", "OFF"},
                     {"gpu", QJsonValue::Null}};
    QJsonObject wire;
    for (auto it = queue.constBegin(); it != queue.constEnd(); ++it)
        wire.insert(it.key(), it.value());
    json.insert("requestUrls", wire);
    const auto decoded = Endpoint::fromJson(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
    QCOMPARE(decoded->requestUrls->toMap(), queue);
    QCOMPARE(decoded->toJson().value("requestUrls").toObject(), wire);
}

void TestCodecs::templateFullRoundTrip()
{
    Template t;
    t.id = QStringLiteral("tpl_1");
    t.name = QStringLiteral("Trainer");
    t.image = QStringLiteral("runpod/pytorch:2");
    t.args = QStringLiteral("--epochs 3");
    t.diskGb = 40;
    t.env = {{QStringLiteral("HF_TOKEN"), QStringLiteral("{{ RUNPOD_SECRET_hf_token }}")},
             {QStringLiteral("A"), QStringLiteral("1")}};
    t.ports = {QStringLiteral("8888/http"), QStringLiteral("22/tcp")};
    t.registry = QStringLiteral("reg_9");
    t.persistentMount = PersistentMount{25, QStringLiteral("/data")};
    t.serverless = true;
    t.isPublic = false;
    t.category = TemplateCategory::Amd;
    t.startSsh = false;
    t.startJupyter = true;
    t.allowedCudaVersions = {QStringLiteral("12.4")};
    const auto back = Template::fromJson(t.toJson());
    QVERIFY(back.ok());
    // The env goes through a JSON object, whose keys come back sorted.
    Template expected = t;
    std::sort(expected.env.begin(), expected.env.end(), [](const EnvVar& a, const EnvVar& b) { return a.key < b.key; });
    QCOMPARE(back.value(), expected);

    const TemplateInput push = TemplateInput::fromTemplate(t);
    const QJsonObject body = push.toJson();
    QVERIFY(!body.contains(QStringLiteral("id")));
    QCOMPARE(body.value(QStringLiteral("env")).toObject().size(), 2);
    QCOMPARE(body.value(QStringLiteral("registry")).toString(), QStringLiteral("reg_9"));
    QCOMPARE(TemplateInput::fromJson(body)->toJson(), body);
}

void TestCodecs::secretRoundTrip()
{
    const QJsonObject json = parse(R"({"id":"sec_1","name":"hf_token","description":"Hugging Face read token",
        "createdAt":"2026-03-13T20:00:00Z","valueLastUpdatedAt":"2026-04-01T08:30:00Z"})");
    const auto s = Secret::fromJson(json);
    QVERIFY2(s.ok(), qPrintable(s.error().message()));
    QCOMPARE(s->name, QStringLiteral("hf_token"));
    QCOMPARE(s->valueLastUpdatedAt, QDateTime(QDate(2026, 4, 1), QTime(8, 30), Qt::UTC));
    QCOMPARE(s->toJson(), json);
    const auto list = decodeSecretList(encodeSecretList({s.value(), s.value()}));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
}

void TestCodecs::secretHasNoValue()
{
    // Even if a (broken) server sent a value, it is not kept and never written back.
    const auto s = Secret::fromJson(parse(R"({"id":"sec_1","name":"x","description":"","value":"hunter2",
        "createdAt":"2026-03-13T20:00:00Z","valueLastUpdatedAt":"2026-03-13T20:00:00Z"})"));
    QVERIFY(s.ok());
    QVERIFY(!s->toJson().contains(QStringLiteral("value")));
    QVERIFY(!QJsonDocument(s->toJson()).toJson().contains("hunter2"));
}

void TestCodecs::apiKeyServiceExample()
{
    const QJsonObject json = parse(R"({"id":"key_7f3a","name":"ci-deployer","prefix":"rpa_9QX2","legacy":false,
        "enabled":true,"createdAt":"2026-09-01T10:00:00Z","lastUsedAt":null,"createdBy":"ana@example.com",
        "rawKey":"rpa_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN",
        "policies":[{"Version":"2024-09-01","Statement":[
          {"Effect":"Allow","Actions":["api:Read"],"Resources":["runpod/api/*"]},
          {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],
           "Resources":["runpod/serverless/*/ep_4m7x2k9q/*"]}]}]})");
    const auto key = ApiKey::fromJson(json);
    QVERIFY2(key.ok(), qPrintable(key.error().message()));
    QCOMPARE(key->prefix, QStringLiteral("rpa_9QX2"));
    QVERIFY(!key->lastUsedAt.has_value());
    QCOMPARE(key->policy.apiLevel(), AccessLevel::Read);
    QCOMPARE(key->policy.endpointLevel(QStringLiteral("ep_4m7x2k9q")), AccessLevel::ReadWrite);
    QCOMPARE(key->policy.endpointLevel(QStringLiteral("ep_other")), AccessLevel::None);

    QJsonObject expected = json;
    expected.remove(QStringLiteral("rawKey"));                      // never kept, never re-encoded
    expected.insert(QStringLiteral("expiresAt"), QJsonValue::Null); // 5.2: every key object carries it
    QCOMPARE(key->toJson(), expected);
    const auto list = decodeApiKeyList(encodeApiKeyList({key.value()}));
    QVERIFY(list.ok());
    QCOMPARE(list->constFirst(), key.value());
}

void TestCodecs::apiKeyNeverUsedAndLegacy()
{
    const auto key = ApiKey::fromJson(parse(R"({"id":"key_old","name":"old laptop","prefix":"ABCD1234","legacy":true,
        "enabled":false,"createdAt":"2023-01-02T03:04:05Z","lastUsedAt":"2026-11-20T09:00:00.250Z",
        "createdBy":"bo@example.com","policies":[{"Version":"2024-09-01","Statement":[
          {"Effect":"Allow","Actions":["api:Read","api:Write"],"Resources":["runpod/api/*"]},
          {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/*/*"]}]}]})"));
    QVERIFY2(key.ok(), qPrintable(key.error().message()));
    QVERIFY(key->legacy);
    QVERIFY(!key->enabled);
    QCOMPARE(key->lastUsedAt->time().msec(), 250);
    QCOMPARE(key->policy.preset(), AccessPreset::All);
    QCOMPARE(ApiKey::fromJson(key->toJson()).value(), key.value());
}

void TestCodecs::auditEventPage()
{
    const QJsonObject json = parse(R"({"events":[
        {"id":"ev_2","at":"2026-11-02T10:00:00Z","actor":{"keyId":"key_1","keyName":"admin","user":"ana@example.com"},
         "action":"disabled","resourceType":"apiKey","resourceId":"key_7","resourceName":"ci-deployer"},
        {"id":"ev_1","at":"2026-11-01T10:00:00Z","actor":{"keyId":"key_1","keyName":"admin","user":"ana@example.com"},
         "action":"valueUpdated","resourceType":"secret","resourceId":"sec_1","resourceName":"hf_token",
         "changes":{"valueLength":"changed"}}],
        "pagination":{"nextCursor":"ev_1","hasNextPage":true}})");
    const auto page = AuditEventPage::fromJson(json);
    QVERIFY2(page.ok(), qPrintable(page.error().message()));
    QCOMPARE(page->events.size(), 2);
    QCOMPARE(page->events.at(0).action, AuditAction::Disabled);
    QCOMPARE(page->events.at(1).resourceType, ResourceType::Secret);
    QCOMPARE(page->page.nextCursor, std::optional<QString>(QStringLiteral("ev_1")));
    QVERIFY(page->page.hasNextPage);
    QCOMPARE(page->events.at(0).describe(), QStringLiteral("ana@example.com disabled ci-deployer"));
    QCOMPARE(page->toJson(), json);

    const auto last =
        AuditEventPage::fromJson(parse(R"({"events":[],"pagination":{"nextCursor":null,"hasNextPage":false}})"));
    QVERIFY(last.ok());
    QVERIFY(!last->page.nextCursor.has_value());
    QVERIFY(!last->page.hasNextPage);

    // The shape before the official names: a top-level nextCursor.
    const auto older = AuditEventPage::fromJson(parse(R"({"events":[],"nextCursor":"ev_9"})"));
    QVERIFY(older.ok());
    QVERIFY(older->page.hasNextPage);
    QCOMPARE(older->page.nextCursor, std::optional<QString>(QStringLiteral("ev_9")));

    // More pages promised with no cursor to follow them.
    const auto broken =
        AuditEventPage::fromJson(parse(R"({"events":[],"pagination":{"nextCursor":null,"hasNextPage":true}})"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().field, QStringLiteral("pagination.nextCursor"));

    const auto bad = AuditEventPage::fromJson(parse(R"({"events":[{"id":"e","at":"2026-11-01T10:00:00Z",
        "actor":{},"action":"exploded","resourceType":"secret","resourceId":"s"}]})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("events[0].action"));

    // Pod actions are recorded on resource type "pod".
    const QJsonObject podEvent = parse(R"({"events":[{"id":"e","at":"2026-11-01T10:00:00Z",
        "actor":{"keyId":"key_1","keyName":"admin","user":"ana@example.com"},"action":"updated",
        "resourceType":"pod","resourceId":"pod_1","resourceName":"trainer","changes":{"action":"restart"}}],
        "pagination":{"nextCursor":null,"hasNextPage":false}})");
    const auto pod = AuditEventPage::fromJson(podEvent);
    QVERIFY2(pod.ok(), qPrintable(pod.error().message()));
    QCOMPARE(pod->events.at(0).resourceType, ResourceType::Pod);
    QCOMPARE(toWireString(ResourceType::Pod), QStringLiteral("pod"));
    QCOMPARE(resourceTypeFromString(QStringLiteral("pod")), std::optional<ResourceType>(ResourceType::Pod));
    QCOMPARE(pod->toJson(), podEvent);
    const auto unknownType = AuditEventPage::fromJson(parse(R"({"events":[{"id":"e","at":"2026-11-01T10:00:00Z",
        "actor":{},"action":"updated","resourceType":"cluster","resourceId":"c"}]})"));
    QVERIFY(!unknownType.ok());
    QCOMPARE(unknownType.error().field, QStringLiteral("events[0].resourceType"));
}

void TestCodecs::problemDetails()
{
    const QJsonObject json = parse(R"({"title":"Unprocessable Entity","status":422,"detail":"validation failed",
        "errors":["name: must not begin with RUNPOD","value: must not be empty"]})");
    const auto p = ProblemDetails::fromJson(json);
    QVERIFY(p.ok());
    QCOMPARE(p->status, 422);
    QCOMPARE(p->errors.size(), 2);
    QCOMPARE(p->toJson(), json);
    const auto noErrors =
        ProblemDetails::fromJson(parse(R"({"title":"Unauthorized","status":401,"detail":"invalid api key"})"));
    QVERIFY(noErrors.ok());
    QVERIFY(noErrors->errors.isEmpty());
    QVERIFY(!ProblemDetails::fromJson(parse(R"({"title":"x","status":"401"})")).ok());
    QVERIFY(!ProblemDetails::fromJson(parse(R"({"title":"x","status":42})")).ok());
}

void TestCodecs::unknownFieldsAreIgnored()
{
    const auto key = ApiKey::fromJson(parse(R"({"id":"k","name":"n","prefix":"rpa_AAAA","legacy":false,"enabled":true,
        "createdAt":"2026-09-01T10:00:00Z","lastUsedAt":null,"createdBy":"x","policies":[],
        "futureField":{"nested":[1,2,3]},"teamId":"t_1"})"));
    QVERIFY2(key.ok(), qPrintable(key.error().message()));
    QCOMPARE(key->policy.summary(), QStringLiteral("No access"));

    const auto t = Template::fromJson(parse(R"({"id":"t","name":"n","image":"i","args":"","disk":1,"env":{},
        "ports":[],"registry":null,"mounts":{"network":{"id":"vol"}},"serverless":false,"public":false,
        "category":"CPU","startSsh":true,"startJupyter":false,"allowedCudaVersions":[],"earnings":12.5})"));
    QVERIFY2(t.ok(), qPrintable(t.error().message()));
    QVERIFY(!t->persistentMount.has_value());
    QCOMPARE(t->category, TemplateCategory::Cpu);
}

void TestCodecs::malformedBodies_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("errorKind");

    const QByteArray tpl = R"({"id":"t","name":"n","image":"i","args":"","disk":50,"env":{"A":"1"},"ports":["1/tcp"],
        "registry":null,"mounts":{},"serverless":false,"public":false,"category":"NVIDIA","startSsh":true,
        "startJupyter":false,"allowedCudaVersions":[]})";
    auto with = [&tpl](const char* from, const char* to) { return QByteArray(tpl).replace(from, to); };
    using K = DecodeError::Kind;
    QTest::newRow("disk as string") << "template" << with(R"("disk":50)", R"("disk":"50")") << "disk"
                                    << int(K::WrongType);
    QTest::newRow("disk fractional") << "template" << with(R"("disk":50)", R"("disk":50.5)") << "disk"
                                     << int(K::WrongType);
    QTest::newRow("name missing") << "template" << with(R"("name":"n",)", "") << "name" << int(K::Missing);
    QTest::newRow("registry missing") << "template" << with(R"("registry":null,)", "") << "registry" << int(K::Missing);
    QTest::newRow("env value number") << "template" << with(R"("A":"1")", R"("A":1)") << "env.A" << int(K::WrongType);
    QTest::newRow("ports not strings") << "template" << with(R"(["1/tcp"])", "[1]") << "ports" << int(K::WrongType);
    QTest::newRow("unknown category") << "template" << with("NVIDIA", "TPU") << "category" << int(K::InvalidValue);
    QTest::newRow("mount size string") << "template"
                                       << with(R"("mounts":{})", R"("mounts":{"persistent":{"size":"20","path":"/w"}})")
                                       << "mounts.persistent.size" << int(K::WrongType);
    QTest::newRow("public null") << "template" << with(R"("public":false)", R"("public":null)") << "public"
                                 << int(K::WrongType);

    QTest::newRow("list element not object")
        << "templates" << QByteArray(R"({"templates":[1]})") << "templates[0]" << int(K::WrongType);
    QTest::newRow("list missing") << "templates" << QByteArray(R"({"items":[]})") << "templates" << int(K::Missing);
    QTest::newRow("nested element field")
        << "templates" << QByteArray("{\"templates\":[" + tpl + "," + with(R"("disk":50)", R"("disk":true)") + "]}")
        << "templates[1].disk" << int(K::WrongType);

    const QByteArray ep = R"({"endpoints":[{"id":"e","name":"n","workers":{"min":0,"max":"5"},
        "scaling":{"type":"QUEUE_DELAY","queueDelay":4},"dataCenterIds":[],"networkVolumes":[],"timeout":1,
        "flashboot":"OFF","createdAt":"2026-06-01T12:00:00Z"}]})";
    QTest::newRow("endpoint workers.max") << "endpoints" << ep << "endpoints[0].workers.max" << int(K::WrongType);
    QTest::newRow("endpoint scaling type")
        << "endpoints" << QByteArray(ep).replace(R"("max":"5")", R"("max":5)").replace("QUEUE_DELAY", "FAST")
        << "endpoints[0].scaling.type" << int(K::InvalidValue);
    QTest::newRow("endpoint createdAt")
        << "endpoints"
        << QByteArray(ep).replace(R"("max":"5")", R"("max":5)").replace("2026-06-01T12:00:00Z", "yesterday")
        << "endpoints[0].createdAt" << int(K::InvalidValue);
    QTest::newRow("endpoint gpu pools") << "endpoints"
                                        << QByteArray(ep)
                                               .replace(R"("max":"5")", R"("max":5)")
                                               .replace(R"("id":"e",)", R"("id":"e","gpu":{"pools":"ADA"},)")
                                        << "endpoints[0].gpu.pools" << int(K::WrongType);

    const QByteArray key = R"({"apiKeys":[{"id":"k","name":"n","prefix":"rpa_AAAA","legacy":false,"enabled":true,
        "createdAt":"2026-09-01T10:00:00Z","lastUsedAt":null,"createdBy":"x",
        "policies":[{"Version":"2024-09-01","Statement":[{"Effect":"Allow","Actions":"api:Read","Resources":["runpod/api/*"]}]}]}]})";
    QTest::newRow("policy actions not array")
        << "apiKeys" << key << "apiKeys[0].policies[0].Statement[0].Actions" << int(K::WrongType);
    QTest::newRow("policy statement missing")
        << "apiKeys" << QByteArray(key).replace(R"("Statement":)", R"("Statements":)")
        << "apiKeys[0].policies[0].Statement" << int(K::Missing);
    QTest::newRow("enabled as string") << "apiKeys"
                                       << QByteArray(key).replace(R"("enabled":true)", R"("enabled":"yes")")
                                       << "apiKeys[0].enabled" << int(K::WrongType);
    QTest::newRow("lastUsedAt number") << "apiKeys"
                                       << QByteArray(key).replace(R"("lastUsedAt":null)", R"("lastUsedAt":5)")
                                       << "apiKeys[0].lastUsedAt" << int(K::WrongType);
    QTest::newRow("secret createdAt missing")
        << "secrets" << QByteArray(R"({"secrets":[{"id":"s","name":"n","valueLastUpdatedAt":"2026-09-01T10:00:00Z"}]})")
        << "secrets[0].createdAt" << int(K::Missing);
}

void TestCodecs::malformedBodies()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(int, errorKind);
    const auto object = parseJsonObject(json);
    QVERIFY2(object.ok(), json.constData());
    DecodeError error;
    if (kind == QLatin1String("template"))
        error = Template::fromJson(object.value()).error();
    else if (kind == QLatin1String("templates"))
        error = decodeTemplateList(object.value()).error();
    else if (kind == QLatin1String("endpoints"))
        error = decodeEndpointList(object.value()).error();
    else if (kind == QLatin1String("apiKeys"))
        error = decodeApiKeyList(object.value()).error();
    else
        error = decodeSecretList(object.value()).error();
    QCOMPARE(error.field, field);
    QCOMPARE(int(error.kind), errorKind);
    QVERIFY2(error.message().contains(field), qPrintable(error.message()));
}

void TestCodecs::notJson()
{
    const auto html = parseJsonObject("<html><body>502 Bad Gateway</body></html>");
    QVERIFY(!html.ok());
    QCOMPARE(html.error().kind, DecodeError::Kind::NotJson);
    QVERIFY(!html.error().message().isEmpty());
    const auto array = parseJsonObject("[1,2]");
    QCOMPARE(array.error().kind, DecodeError::Kind::WrongType);
    const auto empty = parseJsonObject("");
    QVERIFY(!empty.ok());
}

void TestCodecs::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime noon(QDate(2026, 3, 13), QTime(20, 0), Qt::UTC);
    QTest::newRow("Z") << "2026-03-13T20:00:00Z" << true << noon;
    QTest::newRow("offset") << "2026-03-13T21:00:00+01:00" << true << noon;
    QTest::newRow("millis") << "2026-03-13T20:00:00.000Z" << true << noon;
    QTest::newRow("lowercase") << "2026-03-13t20:00:00z" << true << noon;
    QTest::newRow("no zone") << "2026-03-13T20:00:00" << false << QDateTime();
    QTest::newRow("date only") << "2026-03-13" << false << QDateTime();
    QTest::newRow("month 13") << "2026-13-13T20:00:00Z" << false << QDateTime();
    QTest::newRow("garbage") << "soon" << false << QDateTime();
}

void TestCodecs::timestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, utc);
    const auto parsed = parseTimestamp(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, utc);
        QCOMPARE(formatTimestamp(*parsed), QStringLiteral("2026-03-13T20:00:00Z"));
    }
}

void TestCodecs::containerCommand()
{
    // A bare shell line is CMD split into words, quotes and escapes as a shell reads them.
    const auto bare = ContainerCommand::fromArgs(R"(python -u "my app.py" --name 'a b' x\ y "say \"hi\"")");
    QVERIFY(bare);
    QVERIFY(bare->entrypoint.isEmpty());
    QCOMPARE(bare->cmd, QStringList({"python", "-u", "my app.py", "--name", "a b", "x y", R"(say "hi")"}));
    QCOMPARE(splitShellWords(joinShellWords(bare->cmd)), std::optional<QStringList>(bare->cmd));
    QCOMPARE(joinShellWords({"a", "b c", "it's"}), QString(R"(a 'b c' 'it'\''s')"));

    // The document's JSON object form sets either part or both.
    const auto exec = ContainerCommand::fromArgs(R"({"entrypoint":["/bin/bash","-c"],"cmd":["python -u main.py"]})");
    QVERIFY(exec);
    QCOMPARE(exec->entrypoint, QStringList({"/bin/bash", "-c"}));
    QCOMPARE(exec->cmd, QStringList({"python -u main.py"}));
    QCOMPARE(exec->toArgs(), QString(R"({"entrypoint":["/bin/bash","-c"],"cmd":["python -u main.py"]})"));
    const ContainerCommand serveOnly{{}, {"serve"}};
    QCOMPARE(serveOnly.toArgs(), QString(R"({"cmd":["serve"]})"));
    QCOMPARE(ContainerCommand{}.toArgs(), QString());
    QVERIFY(ContainerCommand::fromArgs("")->isEmpty());
    QVERIFY(ContainerCommand::fromArgs("   ")->isEmpty());

    QString error;
    QVERIFY(!ContainerCommand::fromArgs("echo 'open", &error));
    QVERIFY(error.contains("single quote"));
    QVERIFY(!ContainerCommand::fromArgs("echo \"open", &error));
    QVERIFY(error.contains("double quote"));
    QVERIFY(!ContainerCommand::fromArgs("ends in \\", &error));
    QVERIFY(!ContainerCommand::fromArgs(R"({"entrypoint":"/bin/sh"})", &error));
    QVERIFY(!ContainerCommand::fromArgs(R"({"cmd":[1]})", &error));
    QVERIFY(!ContainerCommand::fromArgs(R"({"command":["x"]})", &error));
    QVERIFY(error.contains("command"));
    QVERIFY(!ContainerCommand::fromArgs("{not json", &error));
}

void TestCodecs::containerCommandChanges()
{
    const QString current = R"({"entrypoint":["/bin/sh","-c"],"cmd":["run"]})";
    ContainerConfig none;
    QVERIFY(!none.commandChange(current).changed);
    QCOMPARE(none.commandChange(current).args, current);

    // cmd alone keeps the entrypoint; [] clears a part.
    ContainerConfig cmdOnly;
    cmdOnly.cmd = QStringList{"serve", "--fast"};
    QCOMPARE(cmdOnly.commandChange(current).args,
             QString(R"({"entrypoint":["/bin/sh","-c"],"cmd":["serve","--fast"]})"));
    ContainerConfig clearEntry;
    clearEntry.entrypoint = QStringList{};
    QCOMPARE(clearEntry.commandChange(current).args, QString(R"({"cmd":["run"]})"));

    // args is stored as sent; with cmd too, only when both describe the same command.
    ContainerConfig same;
    same.args = "serve --fast";
    same.cmd = QStringList{"serve", "--fast"};
    QCOMPARE(same.commandChange(current).args, QString("serve --fast"));
    QVERIFY(same.commandChange(current).error.isEmpty());
    ContainerConfig different = same;
    different.cmd = QStringList{"serve"};
    QVERIFY(different.commandChange(current).error.contains("different commands"));
    ContainerConfig unreadable;
    unreadable.args = "echo 'x";
    QVERIFY(!unreadable.commandChange(current).error.isEmpty());

    // Both parts round-trip through a request body.
    QJsonObject body;
    cmdOnly.write(body);
    QCOMPARE(body.value("cmd").toArray(), QJsonArray({"serve", "--fast"}));
    QVERIFY(!body.contains("entrypoint"));
}

void TestCodecs::templateAnswersCarryTheExecForm()
{
    Template t;
    t.id = "tpl_x";
    t.name = "x";
    t.image = "img";
    t.args = "python -u main.py";
    const QJsonObject json = t.toJson();
    QCOMPARE(json.value("args").toString(), QString("python -u main.py"));
    QCOMPARE(json.value("cmd").toArray(), QJsonArray({"python", "-u", "main.py"}));
    QCOMPARE(json.value("entrypoint").toArray(), QJsonArray());
    // August answers have neither; both decode to the same template.
    QJsonObject august = json;
    august.remove("cmd");
    august.remove("entrypoint");
    QCOMPARE(Template::fromJson(august).value(), Template::fromJson(json).value());
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"

void TestCodecs::nextCursorPeeked_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("peeked"); // empty: none

    const QByteArray items = "\"apiKeys\":[{\"id\":\"k1\"},{\"id\":\"k2\"}]";
    const QByteArray more = "{\"nextCursor\":\"c2\",\"hasNextPage\":true}";
    QTest::newRow("block last") << "{" + items + ",\"pagination\":" + more + "}"
                                << "c2";
    QTest::newRow("block first") << "{\"pagination\":" + more + "," + items + "}"
                                 << "c2";
    QTest::newRow("spaces") << "{ \"pagination\" : " + more + " ,\n" + items + " }\n"
                            << "c2";
    QTest::newRow("spaces at the end") << "{" + items + " ,\r\n \"pagination\" :\t" + more + " }\n "
                                       << "c2";
    QTest::newRow("escaped cursor") << "{" + items +
                                           ",\"pagination\":{\"hasNextPage\":true,\"nextCursor\":\"c\\u002b2\"}}"
                                    << "c+2";
    QTest::newRow("last page") << "{" + items + ",\"pagination\":{\"nextCursor\":null,\"hasNextPage\":false}}"
                               << "";
    QTest::newRow("more without a cursor")
        << "{" + items + ",\"pagination\":{\"nextCursor\":\"\",\"hasNextPage\":true}}"
        << "";
    QTest::newRow("hasNextPage as text") << "{" + items +
                                                ",\"pagination\":{\"nextCursor\":\"c2\",\"hasNextPage\":\"yes\"}}"
                                         << "";
    QTest::newRow("no block") << "{" + items + "}"
                              << "";
    QTest::newRow("inside the last item") << "{\"apiKeys\":[{\"id\":\"k1\",\"pagination\":" + more + "}]}"
                                          << "";
    QTest::newRow("inside the first item") << "{\"apiKeys\":[{\"pagination\":" + more + "}]}"
                                           << "";
    QTest::newRow("escaped key") << "{\"apiKeys\":[{\"x\":\"a\\\"pagination\\\":" + more + "\"}]}"
                                 << "";
    QTest::newRow("brace in the cursor") << "{" + items +
                                                ",\"pagination\":{\"hasNextPage\":true,\"nextCursor\":\"c}2\"}}"
                                         << "";
    QTest::newRow("block not closed") << "{" + items + ",\"pagination\":{\"nextCursor\":\"c2\","
                                      << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("not json") << QByteArray("pagination") << "";
    // Far from both ends: not looked for (a real page's block is at one of them).
    QTest::newRow("in the middle of a long body") << "{\"a\":\"" + QByteArray(2000, 'x') + "\",\"pagination\":" + more +
                                                         ",\"b\":\"" + QByteArray(2000, 'y') + "\"}"
                                                  << "";
}

void TestCodecs::nextCursorPeeked()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, peeked);
    const std::optional<QString> cursor = PageInfo::peekNextCursor(body);
    QCOMPARE(cursor.value_or(QString()), peeked);
    QCOMPARE(cursor.has_value(), !peeked.isEmpty());
    // Where it peeks a cursor, the decoded block gives the same one.
    if (cursor) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const auto page = PageInfo::fromListBody(object);
        QVERIFY(page.ok());
        QCOMPARE(page.value().nextCursor, cursor);
    }
}
