// podwarden-sandbox as a process: command line, seeds, restart persistence, separate invocation
// port, TLS, rate limiting and a clean stop on SIGTERM.
#include "ApiKey.h"
#include "Endpoint.h"
#include "JsonReader.h"
#include "SandboxProcess.h"
#include "Secret.h"
#include "Template.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class SandboxProcessTest final : public QObject
{
    Q_OBJECT

private slots:
    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no data") << QStringList{} << "--data DIR is required";
        QTest::newRow("bad seed") << QStringList{"--data", "/tmp/x", "--seed", "huge"} << "--seed must be";
        QTest::newRow("bad port") << QStringList{"--data", "/tmp/x", "--port", "70000"} << "--port must be";
        QTest::newRow("half tls") << QStringList{"--data", "/tmp/x", "--tls-cert", "a.pem"} << "go together";
        QTest::newRow("unknown") << QStringList{"--data", "/tmp/x", "--bogus"} << "Unknown option";
        QTest::newRow("hour quota") << QStringList{"--data", "/tmp/x", "--rate-limit-hour", "0"}
                                    << "--rate-limit-hour must be";
        QTest::newRow("day quota") << QStringList{"--data", "/tmp/x", "--rate-limit-day", "many"}
                                   << "--rate-limit-day must be";
        QTest::newRow("rollout step") << QStringList{"--data", "/tmp/x", "--rollout-step-ms", "-1"}
                                      << "--rollout-step-ms must be";
    }

    void commandLineErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion(args, &output), 2);
        QVERIFY2(output.contains(message.toUtf8()), output.constData());
    }

    void helpAndVersion()
    {
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--help"}, &output), 0);
        QVERIFY(output.contains("--invoke-port"));
        QVERIFY(output.contains("--admin-key-file"));
        QVERIFY(output.contains("--official-only"));
        QVERIFY(output.contains("--rate-limit-hour"));
        QVERIFY(output.contains("--rate-limit-day"));
        QVERIFY(output.contains("--rollout-step-ms"));
        QCOMPARE(SandboxProcess::runToCompletion({"--version"}, &output), 0);
        QVERIFY(output.startsWith("podwarden-sandbox "));
    }

    void everythingSurvivesARestart()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpClient http;
        const QByteArray admin = sandbox.adminKey();
        const auto api = [&](const QString& p) { return url(sandbox.apiBase(), p); };
        QCOMPARE(http.post(api("/v2/templates"), admin, {{"name", "kept"}, {"image", "img"}}).status, 201);
        QCOMPARE(http.post(api("/v2/account/secrets"), admin, {{"name", "kept_secret"}, {"value", "v"}}).status, 201);
        const HttpResult key = http.post(api("/v2/account/api-keys"), admin,
                                         {{"name", "kept-key"}, {"policies", AccessPolicy::readOnly().toDocuments()}});
        QCOMPARE(key.status, 201);
        const QByteArray raw = key.json().value("rawKey").toString().toLatin1();
        const QString keyId = key.json().value("id").toString();
        QCOMPARE(http.patch(api("/v2/account/api-keys/" + keyId), admin, {{"enabled", false}}).status, 200);
        const HttpResult endpoint = http.post(api("/v2/serverless"), admin,
                                              {{"name", "kept-endpoint"},
                                               {"type", "QUEUE"},
                                               {"image", "img"},
                                               {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                               {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        QCOMPARE(endpoint.status, 201);
        const QJsonObject eventsBefore = http.get(api("/v2/account/events"), admin).json();
        QCOMPARE(sandbox.stop(), 0); // SIGTERM is a clean stop
        QVERIFY(sandbox.output().contains("stopped"));

        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.adminKey(), admin); // the file is still there: the same key
        QCOMPARE(decodeTemplateList(http.get(api("/v2/templates"), admin).json())->size(), 1);
        QCOMPARE(decodeSecretList(http.get(api("/v2/account/secrets"), admin).json())->at(0).name,
                 QString("kept_secret"));
        QCOMPARE(http.get(api("/v2/templates"), raw).status, 401); // still disabled
        QCOMPARE(http.patch(api("/v2/account/api-keys/" + keyId), admin, {{"enabled", true}}).status, 200);
        QCOMPARE(http.get(api("/v2/templates"), raw).status, 200); // keys survive as hashes
        const auto keys = decodeApiKeyList(http.get(api("/v2/account/api-keys"), admin).json());
        QCOMPARE(keys->size(), 2);
        QVERIFY(keys->at(1).lastUsedAt);
        QCOMPARE(http.get(api("/v2/serverless/" + endpoint.json().value("id").toString()), admin).json().value("name"),
                 QJsonValue("kept-endpoint"));
        const QJsonArray eventsAfter = http.get(api("/v2/account/events"), admin).json().value("events").toArray();
        QCOMPARE(eventsAfter.last(), eventsBefore.value("events").toArray().last()); // history kept
        QVERIFY(eventsAfter.size() > eventsBefore.value("events").toArray().size());
        QCOMPARE(sandbox.stop(), 0);

        // Seeding needs an empty data directory.
        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir(), "--seed", "demo"}, &output), 2);
        QVERIFY2(output.contains("needs an empty data directory"), output.constData());

        // A lost encryption key with secrets stored is refused, not papered over with a new key.
        QVERIFY(QFile::rename(sandbox.dataDir() + "/secrets.key", sandbox.dataDir() + "/secrets.key.saved"));
        QCOMPARE(SandboxProcess::runToCompletion({"--data", sandbox.dataDir()}, &output), 2);
        QVERIFY2(output.contains("secrets.key is missing"), output.constData());
        QVERIFY(QFile::rename(sandbox.dataDir() + "/secrets.key.saved", sandbox.dataDir() + "/secrets.key"));

        // A lost admin key file gets a new admin key; the old one keeps working.
        QFile::remove(sandbox.adminKeyFile());
        QVERIFY(sandbox.start());
        QVERIFY(sandbox.adminKey() != admin);
        QCOMPARE(http.get(api("/v2/templates"), sandbox.adminKey()).status, 200);
        QCOMPARE(http.get(api("/v2/templates"), admin).status, 200);
        QCOMPARE(sandbox.stop(), 0);
    }

    void seedTwiceIsAPlainRestart()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "demo"}));
        QCOMPARE(sandbox.stop(), 0);
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        HttpClient http;
        QCOMPARE(
            decodeTemplateList(http.get(url(sandbox.apiBase(), "/v2/templates"), sandbox.adminKey()).json())->size(),
            6);
        QCOMPARE(sandbox.stop(), 0);
    }

    void largeSeed()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "large:400"}));
        HttpClient http;
        const auto get = [&](const char* path) {
            return http.get(url(sandbox.apiBase(), path), sandbox.adminKey()).json();
        };
        QCOMPARE(decodeApiKeyList(get("/v2/account/api-keys"))->size(), 400);
        QCOMPARE(decodeEndpointList(get("/v2/serverless"))->size(), 40);
        QCOMPARE(decodeSecretList(get("/v2/account/secrets"))->size(), 40);
        QCOMPARE(decodeTemplateList(get("/v2/templates"))->size(), 20);
        // Every endpoint, secret, template and key made (40 + 40 + 20 + 400), and each of the 36 keys
        // that were switched off (every eleventh): N keys make more than N events.
        QCOMPARE(get("/v2/account/events")["events"].toArray().size(), 536);
        QCOMPARE(sandbox.stop(), 0);
    }

    void largeSeedPagesEveryList()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "large:400"}));
        HttpClient http;
        const QByteArray admin = sandbox.adminKey();
        QString firstEndpoint; // the seed's first: the one with 30 builds
        for (const QJsonValue& e :
             http.get(url(sandbox.apiBase(), "/v2/serverless"), admin).json()["endpoints"].toArray()) {
            if (e["name"].toString() == "endpoint-000000")
                firstEndpoint = e["id"].toString();
        }
        struct List
        {
            QString path;
            QString key;
            int count;
        };
        const QList<List> lists = {{"/v2/templates", "templates", 20},
                                   {"/v2/serverless", "endpoints", 40},
                                   {"/v2/account/api-keys", "apiKeys", 400},
                                   {"/v2/account/events", "events", 536},
                                   {"/v2/serverless/" + firstEndpoint + "/builds", "builds", 30}};
        for (const List& list : lists) {
            const PagedList whole = readAllPages(http, sandbox.apiBase(), list.path, admin, list.key);
            const PagedList paged = readAllPages(http, sandbox.apiBase(), list.path, admin, list.key, 7);
            QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
            QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
            QCOMPARE(whole.pages, 1);
            QCOMPARE(whole.items.size(), list.count);
            QCOMPARE(paged.pages, (list.count + 6) / 7);
            // Every item exactly once, in the order of the unpaged read.
            const QStringList ids = paged.ids();
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), list.count);
            QCOMPARE(ids, whole.ids());
        }
        // The secrets list has no pages: whole, whatever limit says.
        QCOMPARE(
            decodeSecretList(http.get(url(sandbox.apiBase(), "/v2/account/secrets?limit=7"), admin).json())->size(),
            40);

        // Items created or deleted during a walk never make it skip or repeat another one.
        const auto page = [&](const QString& path) { return http.get(url(sandbox.apiBase(), path), admin).json(); };
        const QStringList before = readAllPages(http, sandbox.apiBase(), "/v2/templates", admin, "templates").ids();
        QJsonObject body = page("/v2/templates?limit=7");
        QStringList walked;
        QString deletedAhead;
        for (int n = 0;; ++n) {
            for (const QJsonValue& t : body["templates"].toArray())
                walked.append(t["id"].toString());
            if (n == 0) {
                // A new template, one already seen deleted and one not yet seen deleted.
                QCOMPARE(
                    http.post(url(sandbox.apiBase(), "/v2/templates"), admin, {{"name", "mid-walk"}, {"image", "x"}})
                        .status,
                    201);
                QCOMPARE(http.del(url(sandbox.apiBase(), "/v2/templates/" + walked.at(2)), admin).status, 204);
                deletedAhead = before.at(10);
                QCOMPARE(http.del(url(sandbox.apiBase(), "/v2/templates/" + deletedAhead), admin).status, 204);
            }
            const QJsonObject pagination = body.value("pagination").toObject();
            if (!pagination["hasNextPage"].toBool())
                break;
            body = page("/v2/templates?limit=7&cursor=" + pagination["nextCursor"].toString());
        }
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), walked.size());
        QStringList expected = before;
        expected.removeAll(deletedAhead);
        QCOMPARE(walked.mid(0, expected.size()), expected);
        QCOMPARE(walked.size(), expected.size() + 1); // the new one, last
        // Events, newest first: the events recorded meanwhile are before the cursor, not repeated.
        const QStringList eventsBefore =
            readAllPages(http, sandbox.apiBase(), "/v2/account/events", admin, "events").ids();
        body = page("/v2/account/events?limit=7");
        walked.clear();
        for (;;) {
            for (const QJsonValue& e : body["events"].toArray())
                walked.append(e["id"].toString());
            http.post(url(sandbox.apiBase(), "/v2/account/secrets"), admin,
                      {{"name", QString("mid_walk_%1").arg(walked.size())}, {"value", "v"}});
            const QJsonObject pagination = body.value("pagination").toObject();
            if (!pagination["hasNextPage"].toBool())
                break;
            body = page("/v2/account/events?limit=7&cursor=" + pagination["nextCursor"].toString());
        }
        QCOMPARE(walked, eventsBefore);
        QCOMPARE(sandbox.stop(), 0);
    }

    void officialOnlyHidesTheExtensions()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "demo", "--official-only"}));
        HttpClient http;
        const QByteArray admin = sandbox.adminKey();
        const auto call = [&](const QByteArray& method, const QString& path, const QJsonObject& body = {}) {
            return http.send(method, url(sandbox.apiBase(), path), admin,
                             body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        // The [ext] routes do not exist, whatever the method, as on the real cloud.
        const QList<QPair<QByteArray, QString>> ext = {{"GET", "/v2/account/api-keys"},
                                                       {"POST", "/v2/account/api-keys"},
                                                       {"GET", "/v2/account/api-keys/key_x"},
                                                       {"PATCH", "/v2/account/api-keys/key_x"},
                                                       {"DELETE", "/v2/account/api-keys/key_x"},
                                                       {"GET", "/v2/account/events"},
                                                       {"GET", "/v2/account/events?resourceType=secret"}};
        for (const auto& [method, path] : ext) {
            const HttpResult r = call(method, path, {{"name", "x"}});
            QCOMPARE(r.status, 404);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
            QVERIFY(!r.header("RateLimit").isEmpty()); // authenticated, then not found
        }
        // The admin key works for everything published, and for the sandbox's own boot route.
        for (const char* path : {"/v2/templates", "/v2/serverless", "/v2/account/secrets"})
            QCOMPARE(call("GET", path).status, 200);
        const QString tpl =
            http.get(url(sandbox.apiBase(), "/v2/templates"), admin).json()["templates"][0]["id"].toString();
        QCOMPARE(call("POST", "/v2/sandbox/boot", {{"templateId", tpl}}).status, 200);
        QCOMPARE(call("POST", "/v2/account/secrets", {{"name", "official_only"}, {"value", "v"}}).status, 201);
        const QString ep =
            http.get(url(sandbox.apiBase(), "/v2/serverless"), admin).json()["endpoints"][0]["id"].toString();
        QCOMPARE(call("GET", "/v2/serverless/" + ep + "/builds").status, 200);
        QCOMPARE(http.get(url(sandbox.invokeBase(), "/v2/" + ep + "/health"), admin).status, 200);
        QCOMPARE(http.get(url(sandbox.apiBase(), "/v2/account/api-keys"), {}).status, 401); // who asks comes first
        QCOMPARE(sandbox.stop(), 0);

        // The same data directory without the option: the extensions are back.
        QVERIFY(sandbox.start());
        QCOMPARE(http.get(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey()).status, 200);
        QCOMPARE(sandbox.stop(), 0);
    }

    void statusSyncWaitsWithoutBlocking()
    {
        // Jobs stay queued for ten minutes: only a cancel or the wait running out ends a status-sync.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--job-delay", "600000"}));
        HttpClient http;
        const QByteArray admin = sandbox.adminKey();
        const HttpResult endpoint = http.post(url(sandbox.apiBase(), "/v2/serverless"), admin,
                                              {{"name", "slow"},
                                               {"type", "QUEUE"},
                                               {"image", "img"},
                                               {"gpu", QJsonObject{{"pools", QJsonArray{"ADA_24"}}}},
                                               {"scaling", QJsonObject{{"type", "QUEUE_DELAY"}, {"queueDelay", 4}}}});
        const QString ep = endpoint.json()["id"].toString();
        const auto run = [&] {
            return http.post(url(sandbox.invokeBase(), "/v2/" + ep + "/run"), admin, {{"input", QJsonObject{{"n", 1}}}})
                .json()["id"]
                .toString();
        };
        const QString job = run();
        // The wait runs out: the status as it is then.
        const HttpResult timedOut =
            http.get(url(sandbox.invokeBase(), "/v2/" + ep + "/status-sync/" + job + "?wait=200"), admin);
        QCOMPARE(timedOut.status, 200);
        QCOMPARE(timedOut.json()["status"].toString(), QString("IN_QUEUE"));
        QVERIFY(!timedOut.header("RateLimit").isEmpty());

        // A long wait does not hold up other requests, and ends when the job does.
        QNetworkAccessManager nam;
        QNetworkRequest request(url(sandbox.invokeBase(), "/v2/" + ep + "/status-sync/" + job + "?wait=120000"));
        request.setRawHeader("Authorization", "Bearer " + admin);
        QNetworkReply* waiting = nam.get(request);
        QSignalSpy finished(waiting, &QNetworkReply::finished);
        QTest::qWait(100);
        QCOMPARE(http.get(url(sandbox.apiBase(), "/v2/templates"), admin).status, 200);
        QCOMPARE(http.get(url(sandbox.invokeBase(), "/v2/" + ep + "/health"), admin)
                     .json()["workers"]["initializing"]
                     .toInt(),
                 1);
        QCOMPARE(finished.count(), 0); // still waiting for the job
        QCOMPARE(http.post(url(sandbox.invokeBase(), "/v2/" + ep + "/cancel/" + job), admin, {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); // maybe already during the cancel
        QCOMPARE(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(waiting->hasRawHeader("RateLimit"));
        QCOMPARE(QJsonDocument::fromJson(waiting->readAll()).object()["status"].toString(), QString("CANCELLED"));
        waiting->deleteLater();

        // A job purged from the queue while waited on is gone: 404, as status answers.
        const QString purged = run();
        QNetworkRequest second(url(sandbox.invokeBase(), "/v2/" + ep + "/status-sync/" + purged + "?wait=120000"));
        second.setRawHeader("Authorization", "Bearer " + admin);
        QNetworkReply* gone = nam.get(second);
        QSignalSpy goneFinished(gone, &QNetworkReply::finished);
        QTest::qWait(100);
        QCOMPARE(http.post(url(sandbox.invokeBase(), "/v2/" + ep + "/purge-queue"), admin, {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(goneFinished.count(), 1, 30000);
        QCOMPARE(gone->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        gone->deleteLater();
        QCOMPARE(sandbox.stop(), 0);
    }

    void anOlderDataDirectoryGainsThePageOrder()
    {
        // A data directory written before paged lists has no creation time on templates and
        // endpoints: the sandbox adds the columns and reads the endpoints' times from their bodies.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "demo"}));
        HttpClient http;
        const PagedList endpoints =
            readAllPages(http, sandbox.apiBase(), "/v2/serverless", sandbox.adminKey(), "endpoints");
        QCOMPARE(sandbox.stop(), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "old-schema");
            db.setDatabaseName(sandbox.dataDir() + "/sandbox.db");
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* statement :
                 {"DROP INDEX endpoints_by_created", "DROP INDEX endpoints_by_template",
                  "DROP INDEX templates_by_created", "ALTER TABLE endpoints DROP COLUMN created_at",
                  "ALTER TABLE endpoints DROP COLUMN template_id", "ALTER TABLE templates DROP COLUMN created_at"})
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase("old-schema");
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const PagedList paged =
            readAllPages(http, sandbox.apiBase(), "/v2/serverless", sandbox.adminKey(), "endpoints", 3);
        QVERIFY2(paged.error.isEmpty(), qPrintable(paged.error));
        QCOMPARE(paged.ids(), endpoints.ids()); // newest first, as before
        QCOMPARE(
            readAllPages(http, sandbox.apiBase(), "/v2/templates", sandbox.adminKey(), "templates", 4).items.size(), 6);
        QCOMPARE(sandbox.stop(), 0);
    }

    void anOlderDataDirectoryGainsWorkersReleasesAndPods()
    {
        // Written before issue 17: no worker, release or pod tables, no configuration version.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "demo"}));
        QCOMPARE(sandbox.stop(), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "before-workers");
            db.setDatabaseName(sandbox.dataDir() + "/sandbox.db");
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* statement :
                 {"DROP TABLE workers", "DROP TABLE releases", "DROP TABLE pods",
                  "ALTER TABLE endpoints DROP COLUMN version", "ALTER TABLE endpoints DROP COLUMN rollout_started_at",
                  "ALTER TABLE endpoints DROP COLUMN rollout_done"})
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase("before-workers");
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        HttpClient http;
        const QByteArray admin = sandbox.adminKey();
        const QString ep =
            http.get(url(sandbox.apiBase(), "/v2/serverless"), admin).json()["endpoints"][0]["id"].toString();
        const QJsonObject workers = http.get(url(sandbox.apiBase(), "/v2/serverless/" + ep + "/workers"), admin).json();
        QCOMPARE(workers["endpointVersion"].toInt(), 1);
        QCOMPARE(workers["workers"].toArray().size(), 0);
        QCOMPARE(http.get(url(sandbox.apiBase(), "/v2/pods"), admin).json()["pods"].toArray().size(), 0);
        // A PATCH starts the version history there and warms the endpoint's workers.
        QCOMPARE(http.patch(url(sandbox.apiBase(), "/v2/serverless/" + ep), admin, {{"name", "renamed"}}).status, 200);
        const QJsonObject releases =
            http.get(url(sandbox.apiBase(), "/v2/serverless/" + ep + "/releases"), admin).json();
        QCOMPARE(releases["endpointVersion"].toInt(), 2);
        QCOMPARE(releases["releases"][0]["diff"][0]["field"].toString(), QString("name"));
        QVERIFY(http.get(url(sandbox.apiBase(), "/v2/serverless/" + ep + "/workers"), admin)
                    .json()["workers"]
                    .toArray()
                    .size() >= 1);
        QCOMPARE(sandbox.stop(), 0);
    }

    void separateInvocationPort()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--seed", "demo", "--invoke-port", "0"}));
        QVERIFY(sandbox.invokeBase().port() != sandbox.apiBase().port());
        HttpClient http;
        const QByteArray admin = sandbox.adminKey();
        const auto endpoints = decodeEndpointList(http.get(url(sandbox.apiBase(), "/v2/serverless"), admin).json());
        const Endpoint& e = endpoints->at(0);
        QCOMPARE(QUrl(e.requestUrls->value("health")).port(), sandbox.invokeBase().port());
        QCOMPARE(http.get(url(sandbox.invokeBase(), "/v2/" + e.id + "/health"), admin).status, 200);
        // Each port serves only its own routes.
        QCOMPARE(http.get(url(sandbox.apiBase(), "/v2/" + e.id + "/health"), admin).status, 404);
        QCOMPARE(http.get(url(sandbox.invokeBase(), "/v2/templates"), admin).status, 404);
        QCOMPARE(sandbox.stop(), 0);
    }

    void rateLimit()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({"--rate-limit", "4"}));
        HttpClient http;
        const HttpResult other = http.post(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey(),
                                           {{"name", "other"}, {"policies", AccessPolicy::readOnly().toDocuments()}});
        QCOMPARE(other.status, 201);
        const QByteArray otherKey = other.json().value("rawKey").toString().toLatin1();
        const QUrl u = url(sandbox.apiBase(), "/v2/templates");
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = http.get(u, sandbox.adminKey());
            QCOMPARE(r.status, 200);
            // The minute, hour and day windows, in the contract's syntax.
            QCOMPARE(r.header("RateLimit-Policy"),
                     QByteArray("\"minute\";q=4;w=60, \"hour\";q=36000;w=3600, \"day\";q=864000;w=86400"));
            const QList<QByteArray> windows = r.header("RateLimit").split(',');
            QCOMPARE(windows.size(), 3);
            QVERIFY(windows.at(0).startsWith(QByteArray("\"minute\";r=" + QByteArray::number(2 - i) + ";t=")));
            QVERIFY(
                windows.at(1).trimmed().startsWith(QByteArray("\"hour\";r=" + QByteArray::number(35998 - i) + ";t=")));
            QVERIFY(
                windows.at(2).trimmed().startsWith(QByteArray("\"day\";r=" + QByteArray::number(863998 - i) + ";t=")));
        }
        const HttpResult limited = http.get(u, sandbox.adminKey());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(limited.json()["detail"].toString(), QString("rate limit exceeded for the minute window"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
        QVERIFY(limited.header("RateLimit").startsWith("\"minute\";r=0;t="));
        // The quota is per key: another key still gets through.
        QCOMPARE(http.get(u, otherKey).status, 200);
        QCOMPARE(sandbox.stop(), 0);

        // An exhausted hour refuses even when the minute has room; Retry-After is the hour's reset.
        SandboxProcess hourly;
        QVERIFY(hourly.start({"--rate-limit", "100", "--rate-limit-hour", "2", "--rate-limit-day", "50"}));
        const QUrl h = url(hourly.apiBase(), "/v2/templates");
        QCOMPARE(http.get(h, hourly.adminKey()).status, 200);
        QCOMPARE(http.get(h, hourly.adminKey()).status, 200);
        const HttpResult hour = http.get(h, hourly.adminKey());
        QCOMPARE(hour.status, 429);
        QCOMPARE(hour.json()["detail"].toString(), QString("rate limit exceeded for the hour window"));
        QCOMPARE(hour.header("RateLimit-Policy"),
                 QByteArray("\"minute\";q=100;w=60, \"hour\";q=2;w=3600, \"day\";q=50;w=86400"));
        const QList<QByteArray> state = hour.header("RateLimit").split(',');
        QVERIFY(state.at(0).startsWith("\"minute\";r=98;")); // the refused request is not counted
        QVERIFY(state.at(1).trimmed().startsWith("\"hour\";r=0;t="));
        QCOMPARE(hour.header("Retry-After"), state.at(1).mid(state.at(1).indexOf(";t=") + 3));
        QCOMPARE(hourly.stop(), 0);

        // A short window (for tests of clients that honour Retry-After) recovers by itself.
        SandboxProcess quick;
        QVERIFY(quick.start({"--rate-limit", "1", "--rate-window", "1"}));
        const QUrl q = url(quick.apiBase(), "/v2/templates");
        const HttpResult first = http.get(q, quick.adminKey());
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("RateLimit-Policy").startsWith("\"window\";q=1;w=1, \"hour\";"));
        const HttpResult again = http.get(q, quick.adminKey());
        QCOMPARE(again.status, 429);
        QCOMPARE(again.header("Retry-After"), QByteArray("1"));
        QTest::qWait(1100);
        QCOMPARE(http.get(q, quick.adminKey()).status, 200);
        QCOMPARE(quick.stop(), 0);
    }

    void tls()
    {
        if (QStandardPaths::findExecutable("openssl").isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        const QString cert = dir.filePath("cert.pem");
        const QString key = dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                       "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--tls-cert", cert, "--tls-key", key}), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.apiBase().scheme(), QString("https"));
        HttpClient untrusting;
        const HttpResult refused = untrusting.get(url(sandbox.apiBase(), "/v2/templates"), sandbox.adminKey());
        QCOMPARE(refused.status, 0);
        QVERIFY(!refused.networkError.isEmpty());

        HttpClient trusting;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(cert));
        trusting.setSslConfiguration(config);
        QCOMPARE(trusting.get(url(sandbox.apiBase(), "/v2/templates"), sandbox.adminKey()).status, 200);
        QCOMPARE(sandbox.stop(), 0);

        QByteArray output;
        QCOMPARE(SandboxProcess::runToCompletion({"--data", dir.filePath("d"), "--tls-cert", key, "--tls-key", cert},
                                                 &output),
                 2);
    }

    void dataStaysPrivate()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const QFileInfo dir(sandbox.dataDir());
        QVERIFY(QFileInfo::exists(sandbox.dataDir() + "/secrets.key"));
        QCOMPARE(QFile::permissions(sandbox.dataDir() + "/secrets.key") &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(sandbox.dataDir() + "/secrets.key").size(), 32);
        QCOMPARE(sandbox.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(SandboxProcessTest)
#include "tst_sandbox_process.moc"
