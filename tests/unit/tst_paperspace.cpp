// SERVICE.md section 8: the Paperspace shapes the client and the sandbox share, strict about
// types, with their defaults, and the secret rules.
#include "AccountSnapshot.h"
#include "Paperspace.h"
#include "PaperspaceAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace podwarden;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* kDeployment =
    "{"
    "  \"id\": \"de_4m7x2k9q\", \"name\": \"llm-chat\", \"projectId\": \"pr_sandbox\","
    "  \"endpoint\": \"http://127.0.0.1:8080/deployments/de_4m7x2k9q/endpoint\","
    "  \"dtCreated\": \"2026-09-01T10:00:00Z\", \"basicAuthKey\": \"secret:api_token\","
    "  \"latestSpec\": {\"id\": \"ds_1\", \"dtCreated\": \"2026-09-02T10:00:00Z\","
    "    \"data\": {\"apiVersion\": \"latest\", \"name\": \"llm-chat\", \"image\": \"vllm/vllm-openai:v0.6.3\","
    "             \"enabled\": true, \"basicAuthKey\": \"secret:api_token\", \"command\": [\"python3\", \"-m\", \"x\"],"
    "             \"env\": [{\"name\": \"HF_TOKEN\", \"value\": \"secret:hf_token\"}, {\"name\": \"MODE\", \"value\": "
    "\"fast\"}],"
    "             \"resources\": {\"machineType\": \"A4000\", \"ports\": [8000], \"replicas\": 2},"
    "             \"region\": \"East Coast (NY2)\", \"healthChecks\": {\"readiness\": {\"path\": \"/health\"}}}}"
    "}";

} // namespace

class PaperspaceTest final : public QObject
{
    Q_OBJECT

private slots:
    void errorShape()
    {
        const auto e = PaperspaceError::fromJson(parse(R"({"code":"invalid_spec","message":"no image"})"));
        QVERIFY(e.ok());
        QCOMPARE(e->code, QStringLiteral("invalid_spec"));
        QVERIFY(!e->details);
        const auto withDetails =
            PaperspaceError::fromJson(parse(R"({"code":"x","message":"y","details":{"field":"name"}})"));
        QVERIFY(withDetails.ok());
        QCOMPARE(withDetails->details->value(QStringLiteral("field")).toString(), QStringLiteral("name"));
        QCOMPARE(PaperspaceError::fromJson(withDetails->toJson()).value(), withDetails.value());
        QVERIFY(!PaperspaceError::fromJson(parse(R"({"message":"y"})")).ok());
        QVERIFY(!PaperspaceError::fromJson(parse(R"({"code":"x","message":"y","details":"no"})")).ok());
        // A problem+json body is not a Paperspace error.
        QVERIFY(!PaperspaceError::fromJson(parse(R"({"title":"Unauthorized","status":401})")).ok());
    }

    void specDefaults()
    {
        const auto s = DeploymentSpec::fromJson(parse(R"({"name":"a","image":"b"})"));
        QVERIFY(s.ok());
        QCOMPARE(s->apiVersion, QStringLiteral("latest"));
        QVERIFY(s->enabled);
        QCOMPARE(s->resources.replicas, 1);
        QVERIFY(!s->basicAuthKey);
        QVERIFY(s->env.isEmpty());
        const QJsonObject json = s->toJson();
        QCOMPARE(json.value(QStringLiteral("enabled")), QJsonValue(true));
        QCOMPARE(json.value(QStringLiteral("resources")).toObject().value(QStringLiteral("replicas")), QJsonValue(1));
        QVERIFY(!json.contains(QStringLiteral("basicAuthKey")));
    }

    void specStrictness_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind");
        using K = DecodeError::Kind;
        QTest::newRow("no name") << QByteArray(R"({"image":"b"})") << "config.name" << int(K::Missing);
        QTest::newRow("no image") << QByteArray(R"({"name":"a"})") << "config.image" << int(K::Missing);
        QTest::newRow("enabled string") << QByteArray(R"({"name":"a","image":"b","enabled":"yes"})") << "config.enabled"
                                        << int(K::WrongType);
        QTest::newRow("port text") << QByteArray(R"({"name":"a","image":"b","resources":{"ports":["80"]}})")
                                   << "config.resources.ports[0]" << int(K::WrongType);
        QTest::newRow("port fraction") << QByteArray(R"({"name":"a","image":"b","resources":{"ports":[80.5]}})")
                                       << "config.resources.ports[0]" << int(K::WrongType);
        QTest::newRow("env value number") << QByteArray(R"({"name":"a","image":"b","env":[{"name":"X","value":1}]})")
                                          << "config.env[0].value" << int(K::WrongType);
        QTest::newRow("env map") << QByteArray(R"({"name":"a","image":"b","env":{"X":"1"}})") << "config.env"
                                 << int(K::WrongType);
        QTest::newRow("command string") << QByteArray(R"({"name":"a","image":"b","command":"run"})") << "config.command"
                                        << int(K::WrongType);
        QTest::newRow("healthChecks array") << QByteArray(R"({"name":"a","image":"b","healthChecks":[]})")
                                            << "config.healthChecks" << int(K::WrongType);
    }
    void specStrictness()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(int, kind);
        const auto s = DeploymentSpec::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("config"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QCOMPARE(int(s.error().kind), kind);
    }

    void deploymentRoundTrip()
    {
        const auto d = Deployment::fromJson(parse(kDeployment));
        QVERIFY2(d.ok(), qPrintable(d.error().field));
        QVERIFY(d->isProtected());
        const DeploymentSpec& s = d->latestSpec.data;
        QCOMPARE(s.env.size(), 2);
        QCOMPARE(s.env.at(0).key, QStringLiteral("HF_TOKEN")); // order kept
        QCOMPARE(s.env.at(1).value, QStringLiteral("fast"));
        QCOMPARE(s.resources.ports, QList<int>{8000});
        QCOMPARE(s.resources.replicas, 2);
        QCOMPARE(s.command.size(), 3);
        QCOMPARE(*s.region, QStringLiteral("East Coast (NY2)"));
        QCOMPARE(s.healthChecks->value(QStringLiteral("readiness")).toObject().value(QStringLiteral("path")),
                 QJsonValue(QStringLiteral("/health")));
        QCOMPARE(d->latestSpec.dtCreated, QDateTime(QDate(2026, 9, 2), QTime(10, 0), Qt::UTC));
        const QJsonObject again = d->toJson();
        QCOMPARE(Deployment::fromJson(again).value(), d.value());
        QCOMPARE(again, parse(kDeployment)); // every field written back as read
    }

    void publicDeployment()
    {
        QJsonObject json = parse(kDeployment);
        json.insert(QStringLiteral("basicAuthKey"), QJsonValue(QJsonValue::Null));
        const auto d = Deployment::fromJson(json);
        QVERIFY(d.ok());
        QVERIFY(!d->isProtected());
        QVERIFY(d->toJson().value(QStringLiteral("basicAuthKey")).isNull());
        json.remove(QStringLiteral("latestSpec"));
        QCOMPARE(Deployment::fromJson(json).error().field, QStringLiteral("latestSpec"));
    }

    void historyEntry()
    {
        const auto e = DeploymentHistoryEntry::fromJson(
            parse(R"({"id":"ds_2","dtCreated":"2026-09-03T00:00:00Z","data":{"name":"a","image":"b"}})"));
        QVERIFY(e.ok());
        QCOMPARE(e->data.name, QStringLiteral("a"));
        QCOMPARE(DeploymentHistoryEntry::fromJson(e->toJson()).value(), e.value());
        QVERIFY(!DeploymentHistoryEntry::fromJson(parse(R"({"id":"ds_2","dtCreated":"yesterday","data":{}})")).ok());
    }

    void secretShape()
    {
        const auto item = PaperspaceSecret::fromJson(parse(
            R"({"name":"hf_token","dtCreated":"2026-09-01T00:00:00Z","dtModified":"2026-09-02T00:00:00Z","hasDeploymentAttached":true})"));
        QVERIFY(item.ok());
        QCOMPARE(item->hasDeploymentAttached, std::optional<bool>(true));
        QCOMPARE(PaperspaceSecret::fromJson(item->toJson()).value(), item.value());
        const auto created = PaperspaceSecret::fromJson(
            parse(R"({"name":"hf_token","dtCreated":"2026-09-01T00:00:00Z","dtModified":"2026-09-01T00:00:00Z"})"));
        QVERIFY(created.ok());
        QVERIFY(!created->hasDeploymentAttached);
        QVERIFY(!created->toJson().contains(QStringLiteral("hasDeploymentAttached")));
        QVERIFY(!created->toJson().contains(QStringLiteral("value")));
        QVERIFY(!PaperspaceSecret::fromJson(parse(R"({"name":"x","dtCreated":"2026-09-01T00:00:00Z"})")).ok());
    }

    void page()
    {
        const auto p = PaperspacePage<PaperspaceSecret>::fromJson(parse(
            R"({"hasMore":true,"items":[{"name":"a","dtCreated":"2026-09-01T00:00:00Z","dtModified":"2026-09-01T00:00:00Z"}],"nextPage":"abc"})"));
        QVERIFY(p.ok());
        QVERIFY(p->hasMore);
        QCOMPARE(p->items.size(), 1);
        QCOMPARE(*p->nextPage, QStringLiteral("abc"));
        const auto last =
            PaperspacePage<Deployment>::fromJson(parse(R"({"hasMore":false,"items":[],"nextPage":null})"));
        QVERIFY(last.ok());
        QVERIFY(!last->nextPage);
        QVERIFY(!PaperspacePage<Deployment>::fromJson(parse(R"({"hasMore":"no","items":[]})")).ok());
        QCOMPARE(PaperspacePage<Deployment>::fromJson(parse(R"({"hasMore":false,"items":[{"id":1}]})")).error().field,
                 QStringLiteral("items[0].id"));
    }

    void references()
    {
        DeploymentSpec s;
        s.basicAuthKey = QStringLiteral("secret:gate");
        s.env = {{QStringLiteral("A"), QStringLiteral("secret:hf_token")},
                 {QStringLiteral("B"), QStringLiteral("plain")},
                 {QStringLiteral("C"), QStringLiteral("secret:gate")},
                 {QStringLiteral("D"), QStringLiteral("secret:")},
                 {QStringLiteral("E"), QStringLiteral("x secret:y")}};
        QCOMPARE(PaperspaceSecrets::referencedNames(s),
                 (QStringList{QStringLiteral("gate"), QStringLiteral("hf_token")}));
        QCOMPARE(PaperspaceSecrets::referenceName(QStringLiteral("secret:a_b")),
                 std::optional<QString>(QStringLiteral("a_b")));
        QVERIFY(!PaperspaceSecrets::referenceName(QStringLiteral("Secret:a")));
        QCOMPARE(PaperspaceSecrets::reference(QStringLiteral("x")), QStringLiteral("secret:x"));
    }

    void nameRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "hf_token" << true;
        QTest::newRow("one letter") << "a" << true;
        QTest::newRow("128") << QString(128, QLatin1Char('a')) << true;
        QTest::newRow("129") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("digit first") << "1abc" << false;
        QTest::newRow("underscore first") << "_abc" << false;
        QTest::newRow("hyphen") << "a-b" << false;
        QTest::newRow("dot") << "a.b" << false;
        QTest::newRow("non-ascii letter") << QString::fromUtf8("caf\xc3\xa9") << false;
    }
    void nameRule()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(!PaperspaceSecrets::nameIssue(name).has_value(), valid);
    }

    void valueRule()
    {
        QCOMPARE(PaperspaceSecrets::valueIssue(QString())->code, ValidationIssue::Code::Empty);
        QVERIFY(!PaperspaceSecrets::valueIssue(QString(8192, QLatin1Char('v'))));
        QCOMPARE(PaperspaceSecrets::valueIssue(QString(8193, QLatin1Char('v')))->code, ValidationIssue::Code::TooLarge);
        // Characters, not UTF-16 units: 8,192 emoji are 8,192 characters.
        QVERIFY(!PaperspaceSecrets::valueIssue(QString::fromUtf8("\xF0\x9F\x94\x91").repeated(8192)));
        QVERIFY(PaperspaceSecrets::valueIssue(QString::fromUtf8("\xF0\x9F\x94\x91").repeated(8193)));
    }

    void basicHeader()
    {
        QCOMPARE(PaperspaceSecrets::basicAuthorization("abc"), QByteArray("Basic cGFwZXJzcGFjZTphYmM="));
    }

    // The account's questions: which secret a name means (the project's wins), who reads it, and
    // what a replaced value leaves behind until the next deploy.
    void accountQuestions()
    {
        const QDateTime day1(QDate(2026, 9, 1), QTime(10, 0), Qt::UTC);
        const auto secret = [](PaperspaceScope scope, const QString& name, const QDateTime& modified) {
            return ScopedPaperspaceSecret{scope, PaperspaceSecret{name, modified, modified, true}};
        };
        QList<ScopedPaperspaceSecret> secrets{
            secret(PaperspaceScope::Team, QStringLiteral("api_token"), day1),
            secret(PaperspaceScope::Project, QStringLiteral("api_token"), day1.addDays(3)), // after d's deploy
            secret(PaperspaceScope::Team, QStringLiteral("hf_token"), day1),
        };
        Deployment d = Deployment::fromJson(parse(kDeployment)).value(); // deployed day1 + 1, token api_token
        Deployment plain = d;
        plain.id = QStringLiteral("de_plain");
        plain.basicAuthKey.reset();
        plain.latestSpec.data.basicAuthKey.reset();
        plain.latestSpec.data.env = {{QStringLiteral("X"), QStringLiteral("secret:missing")}};
        const QList<Deployment> deployments{d, plain};
        const PaperspaceAccount account(deployments, secrets);

        QCOMPARE(account.resolve(QStringLiteral("api_token"))->scope, PaperspaceScope::Project);
        QCOMPARE(account.resolve(QStringLiteral("hf_token"))->scope, PaperspaceScope::Team);
        QVERIFY(!account.resolve(QStringLiteral("missing")));
        QVERIFY(account.isShadowed(secrets.at(0)));
        QVERIFY(!account.isShadowed(secrets.at(1)));
        QVERIFY(account.usersOf(PaperspaceScope::Team, QStringLiteral("api_token")).isEmpty());
        QCOMPARE(account.usersOf(PaperspaceScope::Project, QStringLiteral("api_token")).size(), 1);
        QCOMPARE(account.usersOf(PaperspaceScope::Team, QStringLiteral("hf_token")).first().id, d.id);
        QCOMPARE(account.missingReferences(plain), QStringList{QStringLiteral("missing")});
        QVERIFY(account.missingReferences(d).isEmpty());

        // The project's api_token changed after d's last deploy: its token is outdated, hf_token not.
        const QList<OutdatedReference> outdated = account.outdatedReferences(d);
        QCOMPARE(outdated.size(), 1);
        QCOMPARE(outdated.first().secretName, QStringLiteral("api_token"));
        QVERIFY(outdated.first().isToken);
        QVERIFY(account.tokenOutdated(d));
        QCOMPARE(account.outdatedBy(PaperspaceScope::Project, QStringLiteral("api_token")).size(), 1);
        QVERIFY(account.outdatedBy(PaperspaceScope::Team, QStringLiteral("hf_token")).isEmpty());
        // Redeployed after the change: nothing is outdated.
        Deployment redeployed = d;
        redeployed.latestSpec.dtCreated = day1.addDays(4);
        QVERIFY(account.outdatedReferences(redeployed).isEmpty());
        QVERIFY(!account.tokenOutdated(redeployed));
    }

    // The saved copy's form of a Paperspace account, read back equal; a Runpod account's JSON has
    // no Paperspace keys, and an unknown scope is refused.
    void snapshotRoundTrip()
    {
        AccountSnapshot s;
        s.fetchedAt = QDateTime(QDate(2026, 9, 5), QTime(8, 0), Qt::UTC);
        s.deployments = {Deployment::fromJson(parse(kDeployment)).value()};
        s.paperspaceSecrets = {ScopedPaperspaceSecret{
            PaperspaceScope::Team, PaperspaceSecret{QStringLiteral("hf_token"), s.fetchedAt, s.fetchedAt, false}}};
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("paperspaceSecrets")).toArray().first().toObject().value("scope"),
                 QJsonValue(QStringLiteral("team")));
        QCOMPARE(AccountSnapshot::fromJson(json).value(), s);
        AccountSnapshot runpod;
        runpod.fetchedAt = s.fetchedAt;
        QVERIFY(!runpod.toJson().contains(QStringLiteral("deployments")));
        QJsonObject bad = json;
        QJsonArray secrets = bad.value(QStringLiteral("paperspaceSecrets")).toArray();
        QJsonObject first = secrets.first().toObject();
        first.insert(QStringLiteral("scope"), QStringLiteral("org"));
        secrets[0] = first;
        bad.insert(QStringLiteral("paperspaceSecrets"), secrets);
        QCOMPARE(AccountSnapshot::fromJson(bad).error().field, QStringLiteral("paperspaceSecrets[0].scope"));
    }
};

QTEST_GUILESS_MAIN(PaperspaceTest)
#include "tst_paperspace.moc"
