// ServiceClient against loopback servers of the test's own, for what the sandbox does not do on
// purpose: 5xx then success, a server that never answers, TLS with an untrusted and then a
// trusted certificate, redirects, replies that break the contract, cancellation.
#include "LoopbackHttpServer.h"
#include "ReplyWaiter.h"
#include "service/ServiceClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

const QByteArray kKey = "rpa_TESTKEYTESTKEYTESTKEYTESTKEYTESTKEY0001";
const QByteArray kAuthorization = QByteArray("Authorization: Bearer ").append(kKey);
const QByteArray kTemplates = "{\"templates\":[]}";

std::unique_ptr<ServiceClient> clientFor(const QUrl& base, RetryPolicy timeouts = {}, const QString& caFile = {})
{
    ServiceConfig config;
    config.managementBase = base;
    config.invocationBase = base;
    config.caFile = caFile;
    timeouts.backoffBaseMs = 50;
    config.retry = timeouts;
    auto client = std::make_unique<ServiceClient>(config);
    QByteArray copy = kKey;
    client->setKey(SecretBuffer::takeFrom(copy));
    return client;
}

LoopbackHttpServer::Answer silence()
{
    LoopbackHttpServer::Answer answer;
    answer.neverAnswer = true;
    return answer;
}

// 4,000 templates as the service lists them: well above the size decoded on a worker thread.
QByteArray largeTemplateListing()
{
    QList<Template> templates;
    for (int i = 0; i < 4000; ++i) {
        Template t;
        t.id = QString("tpl_%1").arg(i);
        t.name = QString("template number %1 with a longer name").arg(i);
        t.image = "ghcr.io/acme/worker:1.0";
        t.env = {EnvVar{"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}};
        templates.append(t);
    }
    return QJsonDocument(encodeTemplateList(templates)).toJson(QJsonDocument::Compact);
}

// One page of `count` templates from `first`, with the September pagination block.
QByteArray templatePage(int first, int count, const QString& nextCursor)
{
    QList<Template> templates;
    for (int i = first; i < first + count; ++i) {
        Template t;
        t.id = QString("tpl_%1").arg(i);
        t.name = QString("page template %1").arg(i);
        t.image = "ghcr.io/acme/worker:1.0";
        templates.append(t);
    }
    QJsonObject body = encodeTemplateList(templates);
    PageInfo{nextCursor.isEmpty() ? std::nullopt : std::optional<QString>(nextCursor), !nextCursor.isEmpty()}.writeTo(
        body);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// `listBody` ({"templates":[...]}) with a pagination block written by hand before and after the
// list (an encoder that keeps its keys in order), empty for none.
QByteArray withBlocks(const QByteArray& listBody, const QByteArray& before, const QByteArray& after)
{
    QByteArray body = listBody;
    if (!after.isEmpty())
        body.insert(body.size() - 1, ",\"pagination\":" + after);
    if (!before.isEmpty())
        body.insert(1, "\"pagination\":" + before + ",");
    return body;
}

// The request line of a recorded request: "GET /v2/templates?cursor=c2 HTTP/1.1".
QByteArray requestLine(const QByteArray& request)
{
    return request.left(request.indexOf("\r\n"));
}

} // namespace

class TestServiceFailures final : public QObject
{
    Q_OBJECT
private slots:

    void pagesAreFollowedToTheEnd()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, templatePage(0, 3, "c+1/=")));
        server.enqueue(LoopbackHttpServer::json(200, templatePage(3, 3, "c2")));
        server.enqueue(LoopbackHttpServer::json(200, templatePage(6, 1, {})));
        auto client = clientFor(server.base());
        auto* reply = client->listTemplates();
        QList<qsizetype> progress;
        connect(reply, &ServiceReply::pageLoaded, this, [&progress](int, qsizetype items) { progress << items; });
        auto outcome = await(reply);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.value->size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(outcome.value->at(i).id, QString("tpl_%1").arg(i));
        QCOMPARE(progress, (QList<qsizetype>{3, 6}));
        const QList<QByteArray> requests = server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requestLine(requests.at(0)), QByteArray("GET /v2/templates HTTP/1.1"));
        // The cursor goes back verbatim, percent-encoded so '+' is not read as a space.
        QCOMPARE(requestLine(requests.at(1)), QByteArray("GET /v2/templates?cursor=c%2B1%2F%3D HTTP/1.1"));
        QCOMPARE(requestLine(requests.at(2)), QByteArray("GET /v2/templates?cursor=c2 HTTP/1.1"));
        for (const QByteArray& request : requests)
            QVERIFY(request.contains(kAuthorization));
    }

    void aListWithoutPaginationIsWhole()
    {
        // The August 2026 shape: no pagination block, the whole list in one answer.
        QList<Template> two;
        for (int i = 0; i < 2; ++i) {
            Template t;
            t.id = QString("tpl_%1").arg(i);
            t.name = "august";
            t.image = "img";
            two.append(t);
        }
        LoopbackHttpServer august;
        QVERIFY(august.listen());
        august.enqueue(
            LoopbackHttpServer::json(200, QJsonDocument(encodeTemplateList(two)).toJson(QJsonDocument::Compact)));
        auto augustClient = clientFor(august.base());
        auto outcome = await(augustClient->listTemplates());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.value->size(), 2);
        QCOMPARE(august.requests().size(), 1);
    }

    void aRepeatedCursorStopsWithAnError()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, templatePage(0, 2, "same")));
        server.enqueue(LoopbackHttpServer::json(200, templatePage(2, 2, "same"))); // repeated for ever after
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::MalformedReply);
        QCOMPARE(server.requests().size(), 2);
    }

    void morePagesWithoutACursorIsMalformed()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(
            200, "{\"templates\":[],\"pagination\":{\"nextCursor\":null,\"hasNextPage\":true}}"));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::MalformedReply);
        QVERIFY2(outcome.error.technicalDetail.contains("pagination.nextCursor"),
                 qPrintable(outcome.error.technicalDetail));
    }

    void aPagedLoadCanBeCancelledBetweenPages()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, templatePage(0, 2, "c1")));
        server.enqueue(LoopbackHttpServer::json(200, templatePage(2, 2, "c2")));
        server.enqueue(LoopbackHttpServer::json(200, templatePage(4, 2, {})));
        auto client = clientFor(server.base());
        auto* reply = client->listTemplates();
        connect(reply, &ServiceReply::pageLoaded, reply, [reply](int pages, qsizetype) {
            if (pages == 1)
                reply->cancel();
        });
        auto outcome = await(reply);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 1);
    }

    void paymentAndSizeRefusalsHaveTheirOwnSentences()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(
            402, "{\"title\":\"Payment Required\",\"status\":402,\"detail\":\"insufficient balance\"}",
            {{"Content-Type", "application/problem+json"}}));
        server.enqueue(LoopbackHttpServer::json(413, "", {{"Content-Type", "text/plain"}}));
        auto client = clientFor(server.base());
        TemplateInput input;
        input.name = "t";
        input.container.image = "img";
        auto broke = await(client->createTemplate(input));
        QCOMPARE(broke.error.kind, ServiceError::Kind::PaymentRequired);
        QVERIFY2(broke.error.message().contains("balance is too low for this (insufficient balance)"),
                 qPrintable(broke.error.message()));
        auto big = await(client->createTemplate(input));
        QCOMPARE(big.error.kind, ServiceError::Kind::TooLarge);
        QVERIFY2(big.error.message().contains("HTTP 413"), qPrintable(big.error.message()));
        QCOMPARE(server.requests().size(), 2); // neither is retried
    }
    void serverErrorThenSuccessIsRetried()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(503, "{\"title\":\"Unavailable\",\"status\":503}"));
        server.enqueue(LoopbackHttpServer::json(502, ""));
        server.enqueue(LoopbackHttpServer::json(200, kTemplates));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(outcome.retryDelays.size(), 2);
        QVERIFY(outcome.retryDelays.at(1) >= outcome.retryDelays.at(0)); // backoff grows
        QCOMPARE(server.requests().size(), 3);
        for (const QByteArray& request : server.requests())
            QVERIFY(request.contains(kAuthorization));
    }

    void serverErrorsExhaustTheAttempts()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(500, "{\"title\":\"Internal\",\"status\":500,\"detail\":\"boom\"}",
                                                {{"Content-Type", "application/problem+json"}}));
        RetryPolicy t;
        t.maxAttempts = 3;
        auto client = clientFor(server.base(), t);
        auto outcome = await(client->listSecrets());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Server);
        QCOMPARE(outcome.error.httpStatus, 500);
        QCOMPARE(outcome.error.problem.detail, QStringLiteral("boom"));
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
    }

    void nonIdempotentCallsAreSentOnce()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(503, "{}"));
        auto client = clientFor(server.base());
        QByteArray value = "canary-value";
        auto outcome = await(client->createSecret(QStringLiteral("x"), SecretBuffer::takeFrom(value)));
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Server);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(value.isEmpty()); // the caller's copy was wiped when it was handed over
        QVERIFY(server.requests().first().contains("{\"value\":\"canary-value\",\"name\":\"x\"}"));
    }

    void otherClientErrorsAreNotRetried()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"no\"}"));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QCOMPARE(outcome.error.kind, ServiceError::Kind::BadRequest);
        QCOMPARE(outcome.attempts, 1);
    }

    void retryAfterBeyondTheCapIsReported()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(429, "{\"title\":\"Too Many Requests\",\"status\":429}",
                                                {{"Retry-After", "600"}}));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QCOMPARE(outcome.error.kind, ServiceError::Kind::RateLimited);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(*outcome.error.retryAfterSeconds, 600);
        QVERIFY(outcome.error.message().contains(QStringLiteral("600")));
    }

    void deleteRetriedAfterServerErrorAcceptsNotFound()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(502, ""));
        server.enqueue(LoopbackHttpServer::json(404, "{\"title\":\"Not Found\",\"status\":404}"));
        auto client = clientFor(server.base());
        auto outcome = await(client->deleteTemplate(QStringLiteral("tpl_1")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 2);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(silence());
        RetryPolicy t;
        t.requestMs = 300;
        auto client = clientFor(server.base(), t);
        auto outcome = await(client->listTemplates(), 10000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Timeout);
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(!outcome.error.message().isEmpty());
    }

    void theOverallDeadlineEndsRetries()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(503, "{}"));
        RetryPolicy t;
        t.deadlineMs = 400;
        t.maxAttempts = 100;
        auto client = clientFor(server.base(), t);
        auto outcome = await(client->listTemplates(), 10000);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Server); // the last real answer, not a vague timeout
        QVERIFY(outcome.attempts < 100);
    }

    void cancellationFinishesOnce()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(silence());
        auto client = clientFor(server.base());
        auto* reply = client->listTemplates();
        QTimer::singleShot(100, reply, &ServiceReply::cancel);
        auto outcome = await(reply, 5000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Cancelled);
    }

    void destroyingTheClientCancelsItsCalls()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(silence());
        auto client = clientFor(server.base());
        auto* reply = client->listTemplates();
        QSignalSpy finished(reply, &ServiceReply::finished);
        int kind = -1;
        connect(reply, &ServiceReply::finished, this, [&kind, reply] { kind = int(reply->error().kind); });
        client.reset();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(kind, int(ServiceError::Kind::Cancelled));
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("broken json") << QByteArray("application/json") << QByteArray("{\"templates\":[");
        QTest::newRow("html with 200") << QByteArray("text/html")
                                       << QByteArray("<html><body>Welcome to nginx</body></html>");
        QTest::newRow("wrong shape") << QByteArray("application/json") << QByteArray("{\"templates\":{}}");
        QTest::newRow("array") << QByteArray("application/json") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray("application/json") << QByteArray();
    }
    void malformedReplies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, body, {{"Content-Type", contentType}}));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::MalformedReply);
        QCOMPARE(outcome.error.httpStatus, 200);
        QCOMPARE(outcome.attempts, 1);
        QVERIFY(outcome.error.message().contains(QStringLiteral("127.0.0.1")));
    }

    void aLargeListingDecodesOnAWorkerThread()
    {
        const QByteArray body = largeTemplateListing();
        QVERIFY(body.size() >= ServiceReply::kDecodeOffThreadBytes);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, body));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.value->size(), 4000);
        QCOMPARE(outcome.value->at(3999).name, QString("template number 3999 with a longer name"));

        // Broken, and as big: reported as malformed, not lost.
        QByteArray broken = body;
        broken.chop(2);
        server.enqueue(LoopbackHttpServer::json(200, broken));
        auto malformed = await(client->listTemplates());
        QCOMPARE(malformed.error.kind, ServiceError::Kind::MalformedReply);
        QCOMPARE(malformed.finishedCount, 1);
    }

    void theNextPageIsAskedForWhileAPageDecodes()
    {
        // A page big enough to decode on a worker: its cursor is read from its last bytes and the
        // next page asked for at once.
        const QByteArray first =
            withBlocks(largeTemplateListing(), {}, "{\"nextCursor\":\"c+1\",\"hasNextPage\":true}");
        QCOMPARE(PageInfo::peekNextCursor(first), std::optional<QString>("c+1"));
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, first));
        server.answerFor("/v2/templates?cursor=c%2B1", LoopbackHttpServer::json(200, templatePage(4000, 2, {})));
        auto client = clientFor(server.base());
        auto* reply = client->listTemplates();
        QSignalSpy pages(reply, &ServiceReply::pageLoaded);
        auto outcome = await(reply);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.pagesAskedAhead, 1);
        QCOMPARE(outcome.value->size(), 4002);
        QCOMPARE(outcome.value->at(3999).id, QString("tpl_3999"));
        QCOMPARE(outcome.value->at(4001).id, QString("tpl_4001"));
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(1).value<qsizetype>(), qsizetype(4000));
        const QList<QByteArray> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requestLine(requests.at(1)), QByteArray("GET /v2/templates?cursor=c%2B1 HTTP/1.1"));
    }

    void aPageAskedForAheadThatIsNotTheNextIsDropped()
    {
        // Two blocks (JSON leaves a repeated key to the reader; the last one counts, as for Qt):
        // the one at the end has a brace in its cursor, which the early read does not take, so it
        // reads the first block's. The decoded page leads elsewhere: the early answer is dropped.
        const QByteArray first = withBlocks(largeTemplateListing(), "{\"nextCursor\":\"ahead\",\"hasNextPage\":true}",
                                            "{\"nextCursor\":\"real}cursor\",\"hasNextPage\":true}");
        QCOMPARE(PageInfo::peekNextCursor(first), std::optional<QString>("ahead"));
        QList<Template> bogus;
        Template t;
        t.id = "tpl_bogus";
        t.name = "not the next page";
        t.image = "img";
        bogus.append(t);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, first));
        server.answerFor("/v2/templates?cursor=ahead",
                         LoopbackHttpServer::json(200, QJsonDocument(encodeTemplateList(bogus)).toJson()));
        server.answerFor("/v2/templates?cursor=real%7Dcursor",
                         LoopbackHttpServer::json(200, templatePage(4000, 1, {})));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.pagesAskedAhead, 0);
        QCOMPARE(outcome.value->size(), 4001);
        QCOMPARE(outcome.value->last().id, QString("tpl_4000"));
        for (const Template& each : *outcome.value)
            QVERIFY(each.id != "tpl_bogus");
        const QList<QByteArray> requests = server.requests();
        QCOMPARE(requestLine(requests.last()), QByteArray("GET /v2/templates?cursor=real%7Dcursor HTTP/1.1"));
        QTest::qWait(50); // nothing arrives late
    }

    void aBrokenPageWhoseNextWasAskedForFailsOnce()
    {
        // The end of the page reads well, so the next page is asked for; the page itself is broken.
        QByteArray first = withBlocks(largeTemplateListing(), {}, "{\"nextCursor\":\"c1\",\"hasNextPage\":true}");
        const qsizetype middle = first.indexOf("},{", first.size() / 2);
        QVERIFY(middle > 0);
        first.replace(middle, 3, "},,{");
        QVERIFY(PageInfo::peekNextCursor(first).has_value());
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, first));
        server.answerFor("/v2/templates?cursor=c1", LoopbackHttpServer::json(200, templatePage(4000, 1, {})));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates());
        QCOMPARE(outcome.error.kind, ServiceError::Kind::MalformedReply);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.pagesAskedAhead, 0);
        QTest::qWait(50); // nothing arrives late
    }

    void cancelledJustAsTheAnswerArrives()
    {
        const QByteArray body = largeTemplateListing();
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(200, body, {{"RateLimit", "\"minute\";r=5;t=1"}}));
        auto client = clientFor(server.base());
        auto* reply = client->listTemplates();
        connect(reply, &ServiceReply::rateLimitReceived, reply, &ServiceReply::cancel);
        auto outcome = await(reply);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Cancelled);
        QTest::qWait(200); // nothing arrives late
    }

    void rateLimitHeadersAreExposed()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(
            200, kTemplates, {{"RateLimit", "\"minute\";r=57;t=12"}, {"RateLimit-Policy", "\"minute\";q=60;w=60"}}));
        auto client = clientFor(server.base());
        QSignalSpy spy(client.get(), &ServiceClient::rateLimitChanged);
        auto outcome = await(client->listTemplates());
        QVERIFY(outcome.ok);
        QCOMPARE(*outcome.rateLimit.remaining, 57);
        QCOMPARE(*outcome.rateLimit.resetSeconds, 12);
        QCOMPARE(*outcome.rateLimit.quota, 60);
        QCOMPARE(*outcome.rateLimit.windowSeconds, 60);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(*client->rateLimit().remaining, 57);
    }

    void threeWindowsOrNoneAtAll()
    {
        // The September document's minute, hour and day windows: the tightest one is shown. A
        // service that sends no RateLimit headers (or stops sending them) is not an error, and the
        // last headroom known stays as it was instead of turning into a wrong figure.
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(
            200, kTemplates,
            {{"RateLimit", "\"minute\";r=57;t=12, \"hour\";r=9;t=1812, \"day\";r=20000;t=40000"},
             {"RateLimit-Policy", "\"minute\";q=60;w=60, \"hour\";q=3000;w=3600, \"day\";q=50000;w=86400"}}));
        server.enqueue(LoopbackHttpServer::json(200, kTemplates)); // no headers from here on
        auto client = clientFor(server.base());
        auto first = await(client->listTemplates());
        QVERIFY(first.ok);
        QCOMPARE(client->rateLimit().policy, QStringLiteral("hour"));
        QCOMPARE(*client->rateLimit().remaining, 9);
        QSignalSpy spy(client.get(), &ServiceClient::rateLimitChanged);
        auto second = await(client->listTemplates());
        QVERIFY(second.ok);
        QVERIFY(!second.rateLimit.isValid());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(*client->rateLimit().remaining, 9);

        auto fresh = clientFor(server.base());
        QVERIFY(await(fresh->listTemplates()).ok);
        QVERIFY(!fresh->rateLimit().isValid()); // nothing known, nothing shown
    }

    void untrustedCertificateIsRefusedBeforeTheKeyIsSent()
    {
        QTemporaryDir dir;
        QString cert, key;
        if (!makeSelfSignedCertificate(dir.path(), &cert, &key))
            QSKIP("the openssl command is not installed");
        LoopbackHttpServer server;
        QVERIFY(server.listenTls(cert, key));
        server.enqueue(LoopbackHttpServer::json(200, kTemplates));

        auto untrusting = clientFor(server.base());
        auto refused = await(untrusting->listTemplates());
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.kind, ServiceError::Kind::Tls);
        QCOMPARE(refused.attempts, 1);
        QVERIFY(!refused.error.technicalDetail.isEmpty());
        QVERIFY(refused.error.message().contains(QStringLiteral("CA file")));
        QTRY_VERIFY(server.connectionCount() >= 1); // it did connect...
        QCOMPARE(server.encryptedCount(), 0);       // ...but no handshake completed
        QVERIFY(server.received().isEmpty());       // and not one byte of the request, key included

        // The same server, trusted through the profile's CA file.
        auto trusting = clientFor(server.base(), {}, cert);
        QVERIFY(trusting->configurationError().isEmpty());
        auto accepted = await(trusting->listTemplates());
        QVERIFY2(accepted.ok, qPrintable(accepted.error.message()));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(server.requests().first().contains(kAuthorization), server.requests().first().constData());
    }

    void aCaFileWithoutCertificatesIsReported()
    {
        QTemporaryFile empty;
        QVERIFY(empty.open());
        empty.write("not a certificate");
        empty.close();
        auto client = clientFor(QUrl("https://127.0.0.1:1"), {}, empty.fileName());
        QVERIFY(client->configurationError().contains(empty.fileName()));
    }

    void plainHttpOnlyToLoopback()
    {
        auto client = clientFor(QUrl("http://api.example.com"));
        auto outcome = await(client->listTemplates());
        QCOMPARE(outcome.error.kind, ServiceError::Kind::InsecureUrl);
        QCOMPARE(outcome.attempts, 0); // refused before anything was sent
        QVERIFY(outcome.error.message().contains(QStringLiteral("https://")));
        QCOMPARE(outcome.finishedCount, 1);

        auto ftp = clientFor(QUrl("ftp://127.0.0.1"));
        QCOMPARE(await(ftp->listTemplates()).error.kind, ServiceError::Kind::InsecureUrl);
    }

    void redirectsStayOnTheSameOrigin()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.enqueue(LoopbackHttpServer::json(200, kTemplates));
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        const QByteArray away = elsewhere.base().toEncoded() + "/v2/templates";
        server.enqueue(LoopbackHttpServer::json(302, "", {{"Location", away}}));
        auto client = clientFor(server.base());
        auto refused = await(client->listTemplates());
        QCOMPARE(refused.error.kind, ServiceError::Kind::Redirect);
        QVERIFY(refused.error.message().contains(QString::number(elsewhere.base().port())));
        QTest::qWait(100);
        QCOMPARE(elsewhere.requests().size(), 0); // the key never crossed to the other origin

        LoopbackHttpServer moving;
        QVERIFY(moving.listen());
        moving.enqueue(LoopbackHttpServer::json(307, "", {{"Location", "/v2/templates-moved"}}));
        moving.enqueue(LoopbackHttpServer::json(200, kTemplates));
        auto same = clientFor(moving.base());
        auto followed = await(same->listTemplates());
        QVERIFY2(followed.ok, qPrintable(followed.error.message()));
        QCOMPARE(moving.requests().size(), 2);
        QVERIFY(moving.requests().at(1).startsWith("GET /v2/templates-moved"));
    }

    void aRedirectLoopIsReportedAsSuch()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(302, "", {{"Location", "/v2/templates"}}));
        auto client = clientFor(server.base());
        auto outcome = await(client->listTemplates(), 20000);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::RedirectLoop);
        QVERIFY2(outcome.error.message().contains(QStringLiteral("kept redirecting")),
                 qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.message().contains(QStringLiteral("HTTP")));
        QVERIFY(server.requests().size() >= 2);
        // Not Qt's 50: the reply stops after kMaxRedirects hops. The server counts more requests
        // than hops, 4 to 17 of them: Qt sends a request again, once, on a new connection when the
        // server closed the one it was sent on (a ctest -j2 run saw 14 here).
        QVERIFY2(server.requests().size() < 20, qPrintable(QString::number(server.requests().size())));
    }

    // A reply larger than its call can need stops the call at once, before it is in memory: by
    // its declared length, and by what arrives when it declares none (issue 15: one 50 MB field
    // took the client to 2.1 GB; a never-ending reply grew until the timeout).
    void repliesLargerThanTheCallNeedsAreStopped()
    {
        LoopbackHttpServer declared;
        QVERIFY(declared.listen());
        LoopbackHttpServer::Answer fifty;
        fifty.streamBytes = 50LL << 20;
        declared.enqueue(fifty);
        auto client = clientFor(declared.base());
        auto one = await(client->getTemplate(QStringLiteral("tpl_1")), 20000);
        QVERIFY(one.finished);
        QCOMPARE(one.finishedCount, 1);
        QCOMPARE(one.error.kind, ServiceError::Kind::ReplyTooLarge);
        QVERIFY2(one.error.message().contains(QLocale().formattedDataSize(ReplyLimits::object)),
                 qPrintable(one.error.message()));
        QTest::qWait(50);
        QVERIFY2(declared.streamedBytes() < (8LL << 20), qPrintable(QString::number(declared.streamedBytes())));

        LoopbackHttpServer endless;
        QVERIFY(endless.listen());
        LoopbackHttpServer::Answer unending;
        unending.streamBytes = 1LL << 30; // a gibibyte, with no Content-Length
        unending.declareLength = false;
        endless.enqueue(unending);
        auto lister = clientFor(endless.base());
        auto list = await(lister->listTemplates(), 60000);
        QVERIFY(list.finished);
        QCOMPARE(list.finishedCount, 1);
        QCOMPARE(list.error.kind, ServiceError::Kind::ReplyTooLarge);
        QTest::qWait(50);
        QVERIFY2(endless.streamedBytes() < ReplyLimits::listPage + (16LL << 20),
                 qPrintable(QString::number(endless.streamedBytes())));
        QCOMPARE(list.attempts, 1); // not retried: the next answer would be as large
    }

    void idsAreEscapedInPaths()
    {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(LoopbackHttpServer::json(204, ""));
        auto client = clientFor(server.base());
        QVERIFY(await(client->deleteSecret(QStringLiteral("a/../b?c"))).ok);
        QVERIFY(server.requests().first().startsWith("DELETE /v2/account/secrets/a%2F..%2Fb%3Fc HTTP/1.1"));
    }
};

QTEST_GUILESS_MAIN(TestServiceFailures)
#include "tst_servicefailures.moc"
