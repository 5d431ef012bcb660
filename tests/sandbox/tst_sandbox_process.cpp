// podwarden-sandbox as a process: command line, seeds, restart persistence, separate invocation
// port, TLS, rate limiting and a clean stop on SIGTERM.
#include "ApiKey.h"
#include "Endpoint.h"
#include "JsonReader.h"
#include "SandboxProcess.h"
#include "Secret.h"
#include "Template.h"

#include <QJsonArray>
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
            QCOMPARE(r.header("RateLimit-Policy"), QByteArray("\"minute\";q=4;w=60"));
            QVERIFY(r.header("RateLimit")
                        .startsWith(QByteArray(QByteArray("\"minute\";r=") + QByteArray::number(2 - i) + ";t=")));
        }
        const HttpResult limited = http.get(u, sandbox.adminKey());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Content-Type"), QByteArray("application/problem+json"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
        QVERIFY(limited.header("RateLimit").startsWith("\"minute\";r=0;t="));
        // The quota is per key: another key still gets through.
        QCOMPARE(http.get(u, otherKey).status, 200);
        QCOMPARE(sandbox.stop(), 0);

        // A short window (for tests of clients that honour Retry-After) recovers by itself.
        SandboxProcess quick;
        QVERIFY(quick.start({"--rate-limit", "1", "--rate-window", "1"}));
        const QUrl q = url(quick.apiBase(), "/v2/templates");
        QCOMPARE(http.get(q, quick.adminKey()).status, 200);
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
