// Issue 18: podwarden-sandbox --provider paperspace over real HTTP (SERVICE.md section 8). The
// endpoint security promise end to end: the token is fixed at each upsert, so replacing a secret
// changes nothing until a redeploy. Paging (history too), the rate limit, the spec and secret rules,
// resolution, the shapes.
#include "Paperspace.h"
#include "SandboxProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace podwarden;
using namespace podwarden::test;

namespace {

bool isError(const HttpResult& r, int status, const QString& code = {})
{
    const auto e = PaperspaceError::fromJson(r.json());
    const bool ok = r.status == status && e.ok() && !e->message.isEmpty() && (code.isEmpty() || e->code == code) &&
                    !r.json().contains(QStringLiteral("title"));
    if (!ok)
        qWarning() << "expected a" << status << code << "error, got" << r.status << r.body.left(300);
    return ok;
}

QSet<QString> keySet(const QJsonObject& o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QString uniqueValue(const char* tag)
{
    return QStringLiteral("pp-%1-%2").arg(QString::fromLatin1(tag)).arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class SandboxPaperspaceTest final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    HttpClient m_http;
    QByteArray m_admin;
    QStringList m_values; // every secret value sent, to look for in the log at the end

    QUrl api(const QString& path) const { return url(m_sandbox.apiBase(), QStringLiteral("/v1") + path); }

    // A call to a deployment's endpoint with the given Authorization header (none when empty).
    HttpResult callEndpoint(const QString& endpoint, const QByteArray& authorization, const QByteArray& method = "GET")
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(endpoint + QStringLiteral("/v1/predict?n=3")));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = nam.sendCustomRequest(request, method, QByteArrayLiteral(R"({"prompt":"hi"})"));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    HttpResult putSecret(const QString& scope, const QString& name, const QString& value)
    {
        m_values.append(value);
        return m_http.post(api(scope + QStringLiteral("/secrets")), m_admin,
                           QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    }
    HttpResult patchSecret(const QString& scope, const QString& name, const QString& value)
    {
        m_values.append(value);
        return m_http.patch(api(scope + QStringLiteral("/secrets/") + name), m_admin,
                            QJsonObject{{QStringLiteral("value"), value}});
    }
    HttpResult upsert(const QJsonObject& config, const QString& id = {})
    {
        QJsonObject body{{QStringLiteral("config"), config},
                         {QStringLiteral("projectId"), QStringLiteral("pr_sandbox")}};
        if (!id.isEmpty())
            body.insert(QStringLiteral("deploymentId"), id);
        return m_http.post(api(QStringLiteral("/deployments")), m_admin, body);
    }
    static QJsonObject spec(const QString& name, const std::optional<QString>& basicAuthKey = {})
    {
        QJsonObject s{{QStringLiteral("apiVersion"), QStringLiteral("latest")},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("image"), QStringLiteral("paperspace/hello:1.2")},
                      {QStringLiteral("resources"), QJsonObject{{QStringLiteral("machineType"), QStringLiteral("C5")},
                                                                {QStringLiteral("ports"), QJsonArray{8080}}}}};
        if (basicAuthKey)
            s.insert(QStringLiteral("basicAuthKey"), *basicAuthKey);
        return s;
    }
    Deployment deployment(const QString& id)
    {
        const HttpResult r = m_http.get(api(QStringLiteral("/deployments/") + id), m_admin);
        const auto d = Deployment::fromJson(r.json());
        if (r.status != 200 || !d)
            qWarning() << "GET deployment" << r.status << r.body.left(300);
        return d ? d.value() : Deployment();
    }
    QString create(const QJsonObject& config)
    {
        const HttpResult r = upsert(config);
        if (r.status != 200)
            qWarning() << "upsert" << r.status << r.body.left(300);
        return r.json().value(QStringLiteral("deploymentId")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--provider"), QStringLiteral("paperspace")}),
                 qPrintable(m_sandbox.errorString()));
        m_admin = m_sandbox.adminKey();
        QCOMPARE(QJsonDocument::fromJson(m_sandbox.readyLine()).object().value(QStringLiteral("provider")).toString(),
                 QStringLiteral("paperspace"));
        QVERIFY(!m_sandbox.apiBase().path().endsWith(QLatin1String("/v1")));
    }

    void authentication()
    {
        QVERIFY(isError(m_http.get(api(QStringLiteral("/deployments")), {}), 401, QStringLiteral("unauthorized")));
        QVERIFY(isError(m_http.get(api(QStringLiteral("/deployments")), "rpa_not_a_key"), 401,
                        QStringLiteral("unauthorized")));
        QCOMPARE(m_http.get(api(QStringLiteral("/deployments")), m_admin).status, 200);
        // Runpod's routes are not served in this mode.
        QCOMPARE(m_http.get(url(m_sandbox.apiBase(), QStringLiteral("/v2/templates")), m_admin).status, 404);
    }

    // The issue's promise: 401 without the header, 200 with the built one; after a secret's value
    // is replaced the old token keeps working and the new one gets 401 until a redeploy (an
    // upsert of the same spec); then the reverse.
    void protectedEndpointFollowsTheLastUpsert()
    {
        const QString oldValue = uniqueValue("old");
        const QString newValue = uniqueValue("new");
        QCOMPARE(putSecret(QStringLiteral("/projects/pr_sandbox"), QStringLiteral("gate_key"), oldValue).status, 200);
        const QJsonObject config = spec(QStringLiteral("guarded"), QStringLiteral("secret:gate_key"));
        const QString id = create(config);
        QVERIFY(!id.isEmpty());
        const Deployment d = deployment(id);
        QVERIFY(d.isProtected());
        QCOMPARE(*d.basicAuthKey, QStringLiteral("secret:gate_key"));
        const QByteArray oldHeader = PaperspaceSecrets::basicAuthorization(oldValue.toUtf8());
        const QByteArray newHeader = PaperspaceSecrets::basicAuthorization(newValue.toUtf8());

        QVERIFY(isError(callEndpoint(d.endpoint, {}), 401, QStringLiteral("unauthorized")));
        QVERIFY(isError(callEndpoint(d.endpoint, "Bearer " + m_admin), 401));
        QVERIFY(isError(callEndpoint(d.endpoint, PaperspaceSecrets::basicAuthorization("wrong")), 401));
        const HttpResult ok = callEndpoint(d.endpoint, oldHeader, "PUT");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(ok.json().value(QStringLiteral("path")).toString(), QStringLiteral("/v1/predict"));
        QCOMPARE(ok.json().value(QStringLiteral("query")).toObject().value(QStringLiteral("n")).toString(),
                 QStringLiteral("3"));
        QCOMPARE(ok.json().value(QStringLiteral("body")).toObject().value(QStringLiteral("prompt")).toString(),
                 QStringLiteral("hi"));
        QVERIFY(!ok.body.contains("paperspace:") && !ok.body.contains(oldHeader.mid(6)));
        QVERIFY(!ok.json().value(QStringLiteral("headers")).toObject().contains(QStringLiteral("authorization")));

        QCOMPARE(patchSecret(QStringLiteral("/projects/pr_sandbox"), QStringLiteral("gate_key"), newValue).status, 200);
        QCOMPARE(callEndpoint(d.endpoint, oldHeader).status, 200);
        QVERIFY(isError(callEndpoint(d.endpoint, newHeader), 401));

        QCOMPARE(upsert(config, id).status, 200); // redeploy: the same spec
        QCOMPARE(callEndpoint(d.endpoint, newHeader).status, 200);
        QVERIFY(isError(callEndpoint(d.endpoint, oldHeader), 401));

        // Deleting the secret leaves the deployed token as it is.
        QCOMPARE(m_http.del(api(QStringLiteral("/projects/pr_sandbox/secrets/gate_key")), m_admin).status, 200);
        QCOMPARE(callEndpoint(d.endpoint, newHeader).status, 200);
        // ...but a redeploy now has no value to fix, and is refused.
        QVERIFY(isError(upsert(config, id), 400, QStringLiteral("invalid_spec")));
        QCOMPARE(callEndpoint(d.endpoint, newHeader).status, 200);
    }

    void publicEndpoint()
    {
        const QString id = create(spec(QStringLiteral("open-door")));
        const Deployment d = deployment(id);
        QVERIFY(!d.isProtected());
        QCOMPARE(d.endpoint,
                 m_sandbox.apiBase().toString() + QStringLiteral("/deployments/") + id + QStringLiteral("/endpoint"));
        QCOMPARE(callEndpoint(d.endpoint, {}).status, 200);
        QCOMPARE(callEndpoint(d.endpoint, PaperspaceSecrets::basicAuthorization("anything")).status, 200);
        QVERIFY(
            isError(callEndpoint(m_sandbox.apiBase().toString() + QStringLiteral("/deployments/de_nope/endpoint"), {}),
                    404, QStringLiteral("not_found")));
    }

    // A project secret wins over the team's of the same name: the token is the project's value.
    void projectWinsOverTeam()
    {
        const QString teamValue = uniqueValue("team");
        const QString projectValue = uniqueValue("project");
        QCOMPARE(putSecret(QStringLiteral("/teams/te_sandbox"), QStringLiteral("shared_key"), teamValue).status, 200);
        const QString id = create(spec(QStringLiteral("team-guarded"), QStringLiteral("secret:shared_key")));
        const Deployment d = deployment(id);
        QCOMPARE(callEndpoint(d.endpoint, PaperspaceSecrets::basicAuthorization(teamValue.toUtf8())).status, 200);
        QCOMPARE(putSecret(QStringLiteral("/projects/pr_sandbox"), QStringLiteral("shared_key"), projectValue).status,
                 200);
        QCOMPARE(upsert(spec(QStringLiteral("team-guarded"), QStringLiteral("secret:shared_key")), id).status, 200);
        QCOMPARE(callEndpoint(d.endpoint, PaperspaceSecrets::basicAuthorization(projectValue.toUtf8())).status, 200);
        QCOMPARE(callEndpoint(d.endpoint, PaperspaceSecrets::basicAuthorization(teamValue.toUtf8())).status, 401);
        // The team's secret is shadowed, so no deployment uses it.
        const auto team = PaperspaceSecret::fromJson(
            m_http.get(api(QStringLiteral("/teams/te_sandbox/secrets/shared_key")), m_admin).json());
        QVERIFY(team.ok());
        QCOMPARE(team->hasDeploymentAttached, std::optional<bool>(false));
        const auto project = PaperspaceSecret::fromJson(
            m_http.get(api(QStringLiteral("/projects/pr_sandbox/secrets/shared_key")), m_admin).json());
        QCOMPARE(project->hasDeploymentAttached, std::optional<bool>(true));
    }

    void hasDeploymentAttached()
    {
        QCOMPARE(putSecret(QStringLiteral("/projects/pr_sandbox"), QStringLiteral("env_only"), uniqueValue("e")).status,
                 200);
        const auto attached = [this] {
            const auto page = PaperspacePage<PaperspaceSecret>::fromJson(
                m_http.get(api(QStringLiteral("/projects/pr_sandbox/secrets?limit=120")), m_admin).json());
            for (const PaperspaceSecret& s : page->items) {
                if (s.name == QLatin1String("env_only"))
                    return s.hasDeploymentAttached.value_or(false);
            }
            return false;
        };
        QVERIFY(!attached());
        QJsonObject config = spec(QStringLiteral("env-user"));
        config.insert(QStringLiteral("env"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("TOKEN")},
                                             {QStringLiteral("value"), QStringLiteral("secret:env_only")}}});
        const QString id = create(config);
        QVERIFY(attached());
        QCOMPARE(upsert(spec(QStringLiteral("env-user")), id).status, 200); // the latest spec no longer refers to it
        QVERIFY(!attached());
        config.insert(QStringLiteral("name"), QStringLiteral("env-user"));
        QCOMPARE(upsert(config, id).status, 200);
        QVERIFY(attached());
        QCOMPARE(m_http.del(api(QStringLiteral("/deployments/") + id), m_admin).status, 200);
        QVERIFY(!attached());
    }

    void historyGrowsByOnePerUpsert()
    {
        const QString id = create(spec(QStringLiteral("history-one")));
        const auto history = [&] {
            return PaperspacePage<DeploymentHistoryEntry>::fromJson(
                       m_http.get(api(QStringLiteral("/deployments/") + id + QStringLiteral("/history")), m_admin)
                           .json())
                .value()
                .items;
        };
        QCOMPARE(history().size(), 1);
        QJsonObject changed = spec(QStringLiteral("history-one"));
        changed.insert(QStringLiteral("image"), QStringLiteral("paperspace/hello:1.3"));
        QCOMPARE(upsert(changed, id).status, 200);
        QCOMPARE(upsert(changed, id).status, 200); // the same spec again is still a redeploy
        const auto entries = history();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).data.image, QStringLiteral("paperspace/hello:1.3")); // newest first
        QCOMPARE(entries.at(2).data.image, QStringLiteral("paperspace/hello:1.2"));
        QCOMPARE((QSet<QString>{entries.at(0).id, entries.at(1).id, entries.at(2).id}).size(), 3);
        QCOMPARE(deployment(id).latestSpec.id, entries.at(0).id);
    }

    // A deployment redeployed six times (seven specs) walked two at a time: every spec exactly
    // once, newest first, the same as one page of all of them; ascending walks it the other way.
    void historyPaging()
    {
        const auto specWithTag = [](int tag) {
            QJsonObject config = spec(QStringLiteral("history-paged"));
            config.insert(QStringLiteral("image"), QStringLiteral("paperspace/hello:%1").arg(tag));
            return config;
        };
        const QString id = create(specWithTag(1));
        QVERIFY(!id.isEmpty());
        for (int tag = 2; tag <= 7; ++tag)
            QCOMPARE(upsert(specWithTag(tag), id).status, 200);
        const QString history = QStringLiteral("/deployments/") + id + QStringLiteral("/history");
        // Every page of a walk with `query`; the ids and images in the order they came.
        const auto walk = [&](const QString& query, QStringList* ids, QStringList* images) {
            QString after;
            int pages = 0;
            for (;;) {
                QString path = history + QStringLiteral("?") + query;
                if (!after.isEmpty())
                    path += QStringLiteral("&after=") + after;
                const HttpResult r = m_http.get(api(path), m_admin);
                if (r.status != 200) {
                    qWarning() << path << r.status << r.body.left(300);
                    return -1;
                }
                const QJsonObject body = r.json();
                if (keySet(body) !=
                    QSet<QString>{QStringLiteral("hasMore"), QStringLiteral("items"), QStringLiteral("nextPage")})
                    return -1;
                const auto page = PaperspacePage<DeploymentHistoryEntry>::fromJson(body);
                if (!page.ok() || page->hasMore != page->nextPage.has_value())
                    return -1;
                ++pages;
                for (const DeploymentHistoryEntry& e : page->items) {
                    ids->append(e.id);
                    images->append(e.data.image);
                }
                if (!page->hasMore)
                    return body.value(QStringLiteral("nextPage")).isNull() ? pages : -1;
                if (page->items.isEmpty() || pages > 20)
                    return -1;
                after = *page->nextPage;
            }
        };
        QStringList ids;
        QStringList images;
        QCOMPARE(walk(QStringLiteral("limit=2"), &ids, &images), 4);
        QCOMPARE(ids.size(), 7);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 7);
        QStringList expected;
        for (int tag = 7; tag >= 1; --tag)
            expected.append(QStringLiteral("paperspace/hello:%1").arg(tag));
        QCOMPARE(images, expected); // newest first
        QCOMPARE(ids.constFirst(), deployment(id).latestSpec.id);

        QStringList unpagedIds;
        QStringList unpagedImages;
        QCOMPARE(walk(QStringLiteral("limit=120"), &unpagedIds, &unpagedImages), 1);
        QCOMPARE(unpagedIds, ids);
        QStringList defaultIds;
        QStringList defaultImages;
        QCOMPARE(walk(QStringLiteral("orderBy=dtCreated"), &defaultIds, &defaultImages), 1); // limit 20
        QCOMPARE(defaultIds, ids);

        QStringList ascIds;
        QStringList ascImages;
        QCOMPARE(walk(QStringLiteral("limit=3&orderBy=dtCreated&order=asc"), &ascIds, &ascImages), 3);
        std::reverse(ascIds.begin(), ascIds.end());
        QCOMPARE(ascIds, ids);
    }

    void historyPagingErrors()
    {
        const QString id = create(spec(QStringLiteral("history-errors")));
        QCOMPARE(upsert(spec(QStringLiteral("history-errors")), id).status, 200);
        const QString history = QStringLiteral("/deployments/") + id + QStringLiteral("/history");
        for (const char* query : {"limit=0", "limit=121", "limit=-1", "limit=x", "limit=", "order=up", "orderBy=name",
                                  "after=garbage", "after=eyJsIjoiZGVwbG95bWVudHMifQ"}) {
            QVERIFY2(isError(m_http.get(api(history + QStringLiteral("?") + QString::fromLatin1(query)), m_admin), 400,
                             QStringLiteral("invalid_parameter")),
                     query);
        }
        const auto nextPage = [this](const QString& path) {
            return m_http.get(api(path), m_admin).json().value(QStringLiteral("nextPage")).toString();
        };
        // A cursor of this history resumes it, in its own order only.
        const QString cursor = nextPage(history + QStringLiteral("?limit=1"));
        QVERIFY(!cursor.isEmpty());
        const HttpResult resumed = m_http.get(api(history + QStringLiteral("?limit=1&after=") + cursor), m_admin);
        QCOMPARE(resumed.status, 200);
        QCOMPARE(resumed.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(isError(m_http.get(api(history + QStringLiteral("?limit=1&order=asc&after=") + cursor), m_admin), 400,
                        QStringLiteral("invalid_parameter")));
        // Another list's cursor, or another deployment's history's, is refused.
        const QString listCursor = nextPage(QStringLiteral("/deployments?limit=1"));
        QVERIFY(!listCursor.isEmpty());
        QVERIFY(isError(m_http.get(api(history + QStringLiteral("?after=") + listCursor), m_admin), 400,
                        QStringLiteral("invalid_parameter")));
        const QString other = create(spec(QStringLiteral("history-errors-2")));
        QCOMPARE(upsert(spec(QStringLiteral("history-errors-2")), other).status, 200);
        const QString otherCursor =
            nextPage(QStringLiteral("/deployments/") + other + QStringLiteral("/history?limit=1"));
        QVERIFY(!otherCursor.isEmpty());
        QVERIFY(isError(m_http.get(api(history + QStringLiteral("?after=") + otherCursor), m_admin), 400,
                        QStringLiteral("invalid_parameter")));
        // An unknown deployment is 404 whatever the query.
        QVERIFY(isError(m_http.get(api(QStringLiteral("/deployments/de_nope/history?limit=2")), m_admin), 404,
                        QStringLiteral("not_found")));
    }

    void deleteDeployment()
    {
        const QString id = create(spec(QStringLiteral("short-lived")));
        const HttpResult r = m_http.del(api(QStringLiteral("/deployments/") + id), m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
        QVERIFY(
            isError(m_http.get(api(QStringLiteral("/deployments/") + id), m_admin), 404, QStringLiteral("not_found")));
        QVERIFY(isError(m_http.del(api(QStringLiteral("/deployments/") + id), m_admin), 404));
        QVERIFY(isError(upsert(spec(QStringLiteral("short-lived")), id), 404));
        QVERIFY(!create(spec(QStringLiteral("short-lived"))).isEmpty()); // the name is free again
    }

    void specValidation()
    {
        QJsonObject noImage = spec(QStringLiteral("x1"));
        noImage.remove(QStringLiteral("image"));
        QVERIFY(isError(upsert(noImage), 400, QStringLiteral("invalid_spec")));
        QJsonObject noName = spec(QStringLiteral("x2"));
        noName.remove(QStringLiteral("name"));
        QVERIFY(isError(upsert(noName), 400, QStringLiteral("invalid_spec")));
        QJsonObject badPorts = spec(QStringLiteral("x3"));
        badPorts.insert(QStringLiteral("resources"),
                        QJsonObject{{QStringLiteral("ports"), QJsonArray{QStringLiteral("80")}}});
        QVERIFY(isError(upsert(badPorts), 400, QStringLiteral("invalid_spec")));
        QVERIFY(isError(upsert(spec(QStringLiteral("x4"), QStringLiteral("plain-literal"))), 400,
                        QStringLiteral("invalid_spec")));
        QVERIFY(isError(upsert(spec(QStringLiteral("x5"), QStringLiteral("secret:no_such_secret"))), 400,
                        QStringLiteral("invalid_spec")));
        QVERIFY(!create(spec(QStringLiteral("twin"))).isEmpty());
        QVERIFY(isError(upsert(spec(QStringLiteral("twin"))), 409, QStringLiteral("already_exists")));
        QVERIFY(isError(m_http.post(api(QStringLiteral("/deployments")), m_admin,
                                    QJsonObject{{QStringLiteral("config"), spec(QStringLiteral("x6"))},
                                                {QStringLiteral("projectId"), QStringLiteral("pr_other")}}),
                        404));
        QVERIFY(isError(m_http.send("POST", api(QStringLiteral("/deployments")), m_admin, "not json"), 400));
        // An env reference to a missing secret is accepted: the deployment runs without that value.
        QJsonObject missingEnv = spec(QStringLiteral("x7"));
        missingEnv.insert(QStringLiteral("env"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("K")},
                                                 {QStringLiteral("value"), QStringLiteral("secret:missing")}}});
        QCOMPARE(upsert(missingEnv).status, 200);
    }

    void secretRules()
    {
        const QString scope = QStringLiteral("/projects/pr_sandbox");
        QVERIFY(isError(putSecret(scope, QStringLiteral("1abc"), QStringLiteral("v")), 400,
                        QStringLiteral("invalid_name")));
        QVERIFY(
            isError(putSecret(scope, QStringLiteral("a-b"), QStringLiteral("v")), 400, QStringLiteral("invalid_name")));
        QVERIFY(isError(putSecret(scope, QString(129, QLatin1Char('a')), QStringLiteral("v")), 400,
                        QStringLiteral("invalid_name")));
        QCOMPARE(putSecret(scope, QString(128, QLatin1Char('a')), QStringLiteral("v")).status, 200);
        QVERIFY(
            isError(putSecret(scope, QStringLiteral("empty_value"), QString()), 400, QStringLiteral("invalid_value")));
        QVERIFY(isError(putSecret(scope, QStringLiteral("big_value"), QString(8193, QLatin1Char('v'))), 400,
                        QStringLiteral("invalid_value")));
        QCOMPARE(putSecret(scope, QStringLiteral("max_value"), QString(8192, QLatin1Char('v'))).status, 200);
        QVERIFY(isError(putSecret(scope, QStringLiteral("max_value"), QStringLiteral("again")), 409,
                        QStringLiteral("already_exists")));
        // The same name in the other scope is another secret.
        QCOMPARE(
            putSecret(QStringLiteral("/teams/te_sandbox"), QStringLiteral("max_value"), QStringLiteral("t")).status,
            200);
        QVERIFY(
            isError(patchSecret(scope, QStringLiteral("max_value"), QString()), 400, QStringLiteral("invalid_value")));
        QVERIFY(
            isError(patchSecret(scope, QStringLiteral("nope"), QStringLiteral("x")), 404, QStringLiteral("not_found")));
        QVERIFY(
            isError(putSecret(QStringLiteral("/projects/pr_other"), QStringLiteral("a"), QStringLiteral("x")), 404));
        QVERIFY(isError(putSecret(QStringLiteral("/teams/te_other"), QStringLiteral("a"), QStringLiteral("x")), 404));
        const HttpResult deleted = m_http.del(api(scope + QStringLiteral("/secrets/max_value")), m_admin);
        QCOMPARE(deleted.json(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("max_value")}}));
        QVERIFY(isError(m_http.get(api(scope + QStringLiteral("/secrets/max_value")), m_admin), 404));
        QCOMPARE(m_http.get(api(QStringLiteral("/teams/te_sandbox/secrets/max_value")), m_admin).status, 200);
    }

    // Every field and type of section 8's bodies, through the shared decoders and by hand.
    void shapes()
    {
        const QString value = uniqueValue("shape");
        const HttpResult created =
            putSecret(QStringLiteral("/projects/pr_sandbox"), QStringLiteral("shape_key"), value);
        QCOMPARE(keySet(created.json()),
                 (QSet<QString>{QStringLiteral("name"), QStringLiteral("dtCreated"), QStringLiteral("dtModified")}));
        QVERIFY(PaperspaceSecret::fromJson(created.json()).ok());
        const HttpResult list = m_http.get(api(QStringLiteral("/projects/pr_sandbox/secrets")), m_admin);
        const QJsonObject listBody = list.json();
        QCOMPARE(keySet(listBody),
                 (QSet<QString>{QStringLiteral("hasMore"), QStringLiteral("items"), QStringLiteral("nextPage")}));
        QVERIFY(listBody.value(QStringLiteral("hasMore")).isBool());
        for (const QJsonValue& item : listBody.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = item.toObject();
            QCOMPARE(keySet(o), (QSet<QString>{QStringLiteral("name"), QStringLiteral("dtCreated"),
                                               QStringLiteral("dtModified"), QStringLiteral("hasDeploymentAttached")}));
            QVERIFY(o.value(QStringLiteral("hasDeploymentAttached")).isBool());
        }
        QVERIFY(!list.body.contains(value.toUtf8()));

        const QString id = create(spec(QStringLiteral("shape-check"), QStringLiteral("secret:shape_key")));
        const QJsonObject d = m_http.get(api(QStringLiteral("/deployments/") + id), m_admin).json();
        QCOMPARE(keySet(d), (QSet<QString>{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("projectId"),
                                           QStringLiteral("endpoint"), QStringLiteral("dtCreated"),
                                           QStringLiteral("basicAuthKey"), QStringLiteral("latestSpec")}));
        QVERIFY(parseTimestamp(d.value(QStringLiteral("dtCreated")).toString()));
        const QJsonObject latest = d.value(QStringLiteral("latestSpec")).toObject();
        QCOMPARE(keySet(latest),
                 (QSet<QString>{QStringLiteral("id"), QStringLiteral("dtCreated"), QStringLiteral("data")}));
        const QJsonObject data = latest.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("enabled")), QJsonValue(true));
        QCOMPARE(data.value(QStringLiteral("resources")).toObject().value(QStringLiteral("replicas")), QJsonValue(1));
        QVERIFY(data.value(QStringLiteral("env")).isArray());
        QVERIFY(Deployment::fromJson(d).ok());
        QVERIFY(!QJsonDocument(d).toJson().contains(value.toUtf8()));
    }

    void pagingErrors()
    {
        for (const char* query : {"limit=0", "limit=121", "limit=x", "order=up", "orderBy=name", "after=garbage",
                                  "after=eyJsIjoic2VjcmV0czpwcm9qZWN0In0"}) {
            QVERIFY2(isError(m_http.get(api(QStringLiteral("/deployments?") + QString::fromLatin1(query)), m_admin),
                             400, QStringLiteral("invalid_parameter")),
                     query);
        }
        // A cursor of the ascending walk is refused in the descending one.
        const QJsonObject first = m_http.get(api(QStringLiteral("/deployments?limit=1&order=asc")), m_admin).json();
        const QString cursor = first.value(QStringLiteral("nextPage")).toString();
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(m_http.get(api(QStringLiteral("/deployments?limit=1&order=asc&after=") + cursor), m_admin).status,
                 200);
        QVERIFY(
            isError(m_http.get(api(QStringLiteral("/deployments?limit=1&order=desc&after=") + cursor), m_admin), 400));
    }

    // Last: what every test above sent must not be in the sandbox's log.
    void noSecretValueInTheLog()
    {
        const QByteArray output = m_sandbox.output();
        QVERIFY(!output.isEmpty());
        for (const QString& value : std::as_const(m_values)) {
            if (value.size() < 6)
                continue; // "v", "t": too short to mean anything in a log
            QVERIFY2(!output.contains(value.toUtf8()), qPrintable(value));
            QVERIFY(!output.contains(PaperspaceSecrets::basicAuthorization(value.toUtf8()).mid(6)));
        }
        QVERIFY(!output.contains(m_admin));
    }

    // 300 deployments (large:300), 120 a page, both orders: each id once, in order.
    void paging300()
    {
        SandboxProcess large;
        QVERIFY2(large.start({QStringLiteral("--provider"), QStringLiteral("paperspace"), QStringLiteral("--seed"),
                              QStringLiteral("large:300")}),
                 qPrintable(large.errorString()));
        for (const QString& order : {QStringLiteral("asc"), QStringLiteral("desc")}) {
            QStringList ids;
            QList<QDateTime> times;
            QString after;
            int pages = 0;
            for (;;) {
                QString path = QStringLiteral("/v1/deployments?limit=120&orderBy=dtCreated&order=") + order;
                if (!after.isEmpty())
                    path += QStringLiteral("&after=") + after;
                const HttpResult r = m_http.get(url(large.apiBase(), path), large.adminKey());
                QCOMPARE(r.status, 200);
                const auto page = PaperspacePage<Deployment>::fromJson(r.json());
                QVERIFY(page.ok());
                ++pages;
                QVERIFY(page->items.size() <= 120);
                for (const Deployment& d : page->items) {
                    ids.append(d.id);
                    times.append(d.dtCreated);
                }
                QCOMPARE(page->hasMore, page->nextPage.has_value());
                if (!page->hasMore)
                    break;
                QCOMPARE(page->items.size(), 120);
                after = *page->nextPage;
                QVERIFY(pages < 10);
            }
            QCOMPARE(pages, 3);
            QCOMPARE(ids.size(), 300);
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 300);
            for (qsizetype i = 1; i < times.size(); ++i)
                QVERIFY(order == QLatin1String("asc") ? times.at(i - 1) <= times.at(i)
                                                      : times.at(i - 1) >= times.at(i));
        }
        const auto secrets = PaperspacePage<PaperspaceSecret>::fromJson(
            m_http
                .get(url(large.apiBase(), QStringLiteral("/v1/projects/pr_sandbox/secrets?limit=120")),
                     large.adminKey())
                .json());
        QCOMPARE(secrets->items.size(), 30);
        QCOMPARE(large.stop(), 0);
    }

    // --rate-limit holds in this mode too, per key, on the /v1 API: 429 in Paperspace's error shape
    // with Retry-After, writes refused as reads; a deployment's endpoint (no key) is not counted.
    void rateLimit()
    {
        SandboxProcess limited;
        QVERIFY2(
            limited.start({QStringLiteral("--provider"), QStringLiteral("paperspace"), QStringLiteral("--rate-limit"),
                           QStringLiteral("4"), QStringLiteral("--rate-window"), QStringLiteral("5")}),
            qPrintable(limited.errorString()));
        const QByteArray key = limited.adminKey();
        const auto at = [&](const QString& path) { return url(limited.apiBase(), QStringLiteral("/v1") + path); };
        const QJsonObject body{{QStringLiteral("config"), spec(QStringLiteral("limited"))},
                               {QStringLiteral("projectId"), QStringLiteral("pr_sandbox")}};
        const HttpResult created = m_http.post(at(QStringLiteral("/deployments")), key, body);
        QCOMPARE(created.status, 200);
        const QString id = created.json().value(QStringLiteral("deploymentId")).toString();
        QCOMPARE(m_http.get(at(QStringLiteral("/deployments")), key).status, 200);
        QCOMPARE(m_http.get(at(QStringLiteral("/projects/pr_sandbox/secrets")), key).status, 200);
        const HttpResult got = m_http.get(at(QStringLiteral("/deployments/") + id), key);
        QCOMPARE(got.status, 200);
        QVERIFY(got.header("Retry-After").isEmpty());

        const HttpResult refused = m_http.get(at(QStringLiteral("/deployments")), key);
        QVERIFY(isError(refused, 429, QStringLiteral("too_many_requests")));
        QVERIFY(refused.header("Content-Type").startsWith("application/json"));
        bool ok = false;
        const int retryAfter = refused.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 5, refused.header("Retry-After").constData());
        QVERIFY(isError(m_http.post(at(QStringLiteral("/deployments")), key, body), 429,
                        QStringLiteral("too_many_requests")));
        // Authentication comes first: a wrong key is 401, not 429.
        QVERIFY(isError(m_http.get(at(QStringLiteral("/deployments")), "rpa_not_a_key"), 401,
                        QStringLiteral("unauthorized")));
        const QString endpoint = got.json().value(QStringLiteral("endpoint")).toString();
        QCOMPARE(callEndpoint(endpoint, {}).status, 200);

        QTest::qWait(retryAfter * 1000 + 100);
        QCOMPARE(m_http.get(at(QStringLiteral("/deployments")), key).status, 200);
        QCOMPARE(limited.stop(), 0);
    }

    void demoSeed()
    {
        SandboxProcess demo;
        QVERIFY2(demo.start({QStringLiteral("--provider"), QStringLiteral("paperspace"), QStringLiteral("--seed"),
                             QStringLiteral("demo")}),
                 qPrintable(demo.errorString()));
        const auto page = PaperspacePage<Deployment>::fromJson(
            m_http.get(url(demo.apiBase(), QStringLiteral("/v1/deployments?limit=120")), demo.adminKey()).json());
        QVERIFY(page.ok());
        int protectedCount = 0;
        for (const Deployment& d : page->items) {
            protectedCount += d.isProtected() ? 1 : 0;
            if (d.isProtected())
                QCOMPARE(callEndpoint(d.endpoint, {}).status, 401);
            else if (d.latestSpec.data.enabled)
                QCOMPARE(callEndpoint(d.endpoint, {}).status, 200);
        }
        QVERIFY(protectedCount >= 2);
        QVERIFY(protectedCount < page->items.size());
        const QJsonObject team =
            m_http.get(url(demo.apiBase(), QStringLiteral("/v1/teams/te_sandbox/secrets/api_token")), demo.adminKey())
                .json();
        QCOMPARE(team.value(QStringLiteral("name")).toString(), QStringLiteral("api_token"));
        QCOMPARE(
            m_http
                .get(url(demo.apiBase(), QStringLiteral("/v1/projects/pr_sandbox/secrets/api_token")), demo.adminKey())
                .status,
            200);
        QCOMPARE(demo.stop(), 0);
        // The account stays Paperspace's: a Runpod start on it is refused.
        QByteArray output;
        QVERIFY(SandboxProcess::runToCompletion(
                    {QStringLiteral("--data"), demo.dataDir(), QStringLiteral("--port"), QStringLiteral("0")},
                    &output) != 0);
        QVERIFY2(output.contains("paperspace"), output.constData());
    }

    void cleanupTestCase() { QCOMPARE(m_sandbox.stop(), 0); }
};

QTEST_GUILESS_MAIN(SandboxPaperspaceTest)
#include "tst_sandbox_paperspace.moc"
