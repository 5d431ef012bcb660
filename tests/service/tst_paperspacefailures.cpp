// PaperspaceClient against loopback servers of the test's own, for what the sandbox does not do:
// 429 with Retry-After, a 5xx then success, error bodies of the wrong shape, a page that says there
// is more with no cursor, and the exact requests the paging sends.
#include "LoopbackHttpServer.h"
#include "ReplyWaiter.h"
#include "service/PaperspaceClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

const QByteArray kKey = "ps_TESTKEYTESTKEYTESTKEYTESTKEY0001";

std::unique_ptr<PaperspaceClient> clientFor(const QUrl& base, int pageSize = 0)
{
    PaperspaceConfig config;
    config.base = base;
    config.pageSize = pageSize;
    config.retry.backoffBaseMs = 50;
    auto client = std::make_unique<PaperspaceClient>(config);
    QByteArray copy = kKey;
    client->setKey(SecretBuffer::takeFrom(copy));
    return client;
}

QByteArray errorBody(const QString& code, const QString& message)
{
    return QJsonDocument(PaperspaceError{code, message, std::nullopt}.toJson()).toJson(QJsonDocument::Compact);
}

QJsonObject secretJson(const QString& name)
{
    return QJsonObject{{"name", name},
                       {"dtCreated", "2026-03-13T20:00:00Z"},
                       {"dtModified", "2026-03-13T20:00:00Z"},
                       {"hasDeploymentAttached", false}};
}

QByteArray secretPage(int first, int count, bool hasMore, const QJsonValue& nextPage)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i)
        items.append(secretJson(QString("s_%1").arg(i)));
    return QJsonDocument(QJsonObject{{"hasMore", hasMore}, {"items", items}, {"nextPage", nextPage}})
        .toJson(QJsonDocument::Compact);
}

QByteArray requestLine(const QByteArray& request)
{
    return request.left(request.indexOf("\r\n"));
}

} // namespace

class TestPaperspaceFailures final : public QObject
{
    Q_OBJECT
private slots:
    void pagesFollowNextPageWithAfter()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, secretPage(0, 2, true, "c+1/=")));
        server.enqueue(LoopbackHttpServer::json(200, secretPage(2, 2, true, "c2")));
        server.enqueue(LoopbackHttpServer::json(200, secretPage(4, 1, false, QJsonValue::Null)));
        auto client = clientFor(server.base(), 2);
        auto outcome = await(client->listSecrets(PaperspaceScope::Project, "pr_1"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.value->size(), 5);
        QCOMPARE(outcome.value->at(4).name, QString("s_4"));
        const QList<QByteArray> requests = server.requests();
        QCOMPARE(requests.size(), 3);
        const QByteArray first = "GET /v1/projects/pr_1/secrets?limit=2&orderBy=dtCreated&order=asc";
        QCOMPARE(requestLine(requests.at(0)), first + " HTTP/1.1");
        QCOMPARE(requestLine(requests.at(1)), first + "&after=c%2B1%2F%3D HTTP/1.1");
        QCOMPARE(requestLine(requests.at(2)), first + "&after=c2 HTTP/1.1");
        for (const QByteArray& request : requests) {
            QVERIFY(request.contains(QByteArray("Authorization: Bearer ").append(kKey)));
            QVERIFY(!requestLine(request).contains(kKey));
        }
    }

    void thePageSizeIsCappedAt120()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, secretPage(0, 0, false, QJsonValue::Null)));
        auto client = clientFor(server.base(), 5000);
        QVERIFY(await(client->listDeployments()).ok);
        QCOMPARE(requestLine(server.requests().value(0)),
                 QByteArray("GET /v1/deployments?limit=120&orderBy=dtCreated&order=asc HTTP/1.1"));
    }

    void moreWithoutACursorIsMalformed()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, secretPage(0, 2, true, QJsonValue::Null)));
        auto client = clientFor(server.base());
        auto outcome = await(client->listSecrets(PaperspaceScope::Team, "te_1"));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::MalformedReply);
        QVERIFY(outcome.error.message().contains("nextPage"));
        QCOMPARE(server.requests().size(), 1);
    }

    void aRepeatedCursorStops()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, secretPage(0, 1, true, "same")));
        auto client = clientFor(server.base());
        auto outcome = await(client->listSecrets(PaperspaceScope::Project, "pr_1"));
        QCOMPARE(outcome.error.kind, ServiceError::Kind::MalformedReply);
        QVERIFY(outcome.error.message().contains("nextPage"));
        QCOMPARE(server.requests().size(), 2);
    }

    void rateLimitedWithRetryAfter()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            LoopbackHttpServer::json(429, errorBody("too_many_requests", "slow down"), {{"Retry-After", "600"}}));
        auto client = clientFor(server.base());
        auto outcome = await(client->getDeployment("dep_1"));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::RateLimited);
        QVERIFY(outcome.error.retryAfterSeconds);
        QCOMPARE(*outcome.error.retryAfterSeconds, 600);
        QCOMPARE(outcome.attempts, 1); // beyond the cap: reported, not waited for
        QVERIFY(outcome.error.message().contains("600"));
    }

    void aShortRetryAfterIsWaitedFor()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            LoopbackHttpServer::json(429, errorBody("too_many_requests", "slow down"), {{"Retry-After", "1"}}));
        server.enqueue(LoopbackHttpServer::json(200, QJsonDocument(secretJson("hf_token")).toJson()));
        auto client = clientFor(server.base());
        auto outcome = await(client->getSecret(PaperspaceScope::Project, "pr_1", "hf_token"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(outcome.value->name, QString("hf_token"));
    }

    void aServerErrorThenSuccessForAGet()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(500, errorBody("internal", "boom")));
        server.enqueue(LoopbackHttpServer::json(200, secretPage(0, 3, false, QJsonValue::Null)));
        auto client = clientFor(server.base());
        auto outcome = await(client->listSecrets(PaperspaceScope::Project, "pr_1"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 2);
        QCOMPARE(outcome.retryDelays.size(), 1);
        QCOMPARE(outcome.value->size(), 3);
    }

    void aServerErrorIsNotRetriedForAnUpsert()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(503, errorBody("unavailable", "try later")));
        auto client = clientFor(server.base());
        DeploymentSpec spec;
        spec.name = "x";
        spec.image = "img";
        auto outcome = await(client->upsertDeployment(spec, "pr_1"));
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Server);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void errorKindsByStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ServiceError::Kind>("kind");
        QTest::newRow("401") << 401 << ServiceError::Kind::Unauthorized;
        QTest::newRow("403") << 403 << ServiceError::Kind::Forbidden;
        QTest::newRow("404") << 404 << ServiceError::Kind::NotFound;
        QTest::newRow("409") << 409 << ServiceError::Kind::Conflict;
        QTest::newRow("400") << 400 << ServiceError::Kind::BadRequest;
        QTest::newRow("422") << 422 << ServiceError::Kind::Validation;
    }
    void errorKindsByStatus()
    {
        QFETCH(int, status);
        QFETCH(ServiceError::Kind, kind);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(status, errorBody("some_code", "the service's own words")));
        auto client = clientFor(server.base());
        auto outcome = await(client->createSecret(PaperspaceScope::Project, "pr_1", "n", [] {
            QByteArray v = "v4lue-never-shown";
            return SecretBuffer::takeFrom(v);
        }()));
        QCOMPARE(outcome.error.kind, kind);
        QCOMPARE(outcome.error.httpStatus, status);
        QCOMPARE(outcome.error.problem.title, QString("some_code"));
        QCOMPARE(outcome.error.serviceDetail(), QString("the service's own words"));
        if (status != 404) // the not-found sentence is the same whatever the service says
            QVERIFY2(outcome.error.message().contains("the service's own words"), qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.message().contains("v4lue-never-shown"));
        // The value went in the body, spliced as a JSON string, never in the URL.
        const QByteArray request = server.requests().value(0);
        QVERIFY(request.contains(R"("value":"v4lue-never-shown")"));
        QVERIFY(!requestLine(request).contains("v4lue"));
    }

    void aMalformedErrorBodyStillGivesASentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<ServiceError::Kind>("kind");
        QTest::newRow("html 400") << 400 << QByteArray("<html>bad</html>") << QByteArray("text/html")
                                  << ServiceError::Kind::BadRequest;
        QTest::newRow("problem+json 401") << 401 << QByteArray(R"({"title":"Unauthorized","status":401})")
                                          << QByteArray("application/problem+json") << ServiceError::Kind::Unauthorized;
        QTest::newRow("not json 409") << 409 << QByteArray("{code:") << QByteArray("application/json")
                                      << ServiceError::Kind::Conflict;
        QTest::newRow("empty 502") << 502 << QByteArray() << QByteArray("application/json")
                                   << ServiceError::Kind::Server;
    }
    void aMalformedErrorBodyStillGivesASentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(ServiceError::Kind, kind);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(status, body, {{"Content-Type", contentType}}));
        auto client = clientFor(server.base());
        DeploymentSpec spec;
        spec.name = "x";
        spec.image = "img";
        auto outcome = await(client->upsertDeployment(spec, "pr_1"));
        QCOMPARE(outcome.error.kind, kind);
        QVERIFY(outcome.error.problem.detail.isEmpty());
        QVERIFY(!outcome.error.technicalDetail.isEmpty());
        const QString sentence = outcome.error.message();
        QVERIFY(sentence.endsWith('.'));
        QVERIFY2(sentence.size() > 30, qPrintable(sentence));
        QVERIFY(!sentence.contains("()"));
    }

    void aRedirectElsewhereIsRefused()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        QUrl target = elsewhere.base();
        target.setPath("/v1/deployments/dep_1");
        server.enqueue(LoopbackHttpServer::json(302, {}, {{"Location", target.toEncoded()}}));
        // 127.0.0.1 and localhost: another origin (another port anyway).
        auto client = clientFor(server.base());
        auto outcome = await(client->getDeployment("dep_1"));
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Redirect);
        QCOMPARE(elsewhere.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaperspaceFailures)
#include "tst_paperspacefailures.moc"
