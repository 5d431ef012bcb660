// ServiceClient against the real podwarden-sandbox process over HTTP: every call, and the
// service's own failure answers (401, 403, 404, 409, 422, 429 with Retry-After, a dead service).
#include "ReplyWaiter.h"
#include "SandboxProcess.h"
#include "service/SecretUpdate.h"
#include "service/ServiceClient.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

std::unique_ptr<ServiceClient> clientFor(const SandboxProcess& sandbox, const QByteArray& key)
{
    ServiceConfig config;
    config.managementBase = sandbox.apiBase();
    config.invocationBase = sandbox.invokeBase();
    config.retry.requestMs = 10000;
    auto client = std::make_unique<ServiceClient>(config);
    QByteArray copy = key;
    client->setKey(SecretBuffer::takeFrom(copy));
    return client;
}

SecretBuffer secretOf(const char* text)
{
    QByteArray bytes(text);
    return SecretBuffer::takeFrom(bytes);
}

} // namespace

class TestServiceClient final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        m_client = clientFor(m_sandbox, m_sandbox.adminKey());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        QCOMPARE(m_sandbox.stop(), 0);
    }

    void templates()
    {
        auto list = await(m_client->listTemplates());
        QVERIFY2(list.ok, qPrintable(list.error.message()));
        QCOMPARE(list.value->size(), 6);
        QCOMPARE(list.finishedCount, 1);
        QVERIFY(list.rateLimit.isValid());

        TemplateInput input;
        input.name = QStringLiteral("client-test");
        input.container.image = QStringLiteral("python:3.12-slim");
        input.container.env =
            EnvList{EnvVar{QStringLiteral("HF_TOKEN"), QStringLiteral("{{ RUNPOD_SECRET_hf_token }}")}};
        auto created = await(m_client->createTemplate(input));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.value->name, QStringLiteral("client-test"));
        QCOMPARE(created.value->env.size(), 1);
        const QString id = created.value->id;

        auto fetched = await(m_client->getTemplate(id));
        QVERIFY(fetched.ok);
        QCOMPARE(fetched.value->image, QStringLiteral("python:3.12-slim"));

        TemplateInput rename;
        rename.name = QStringLiteral("client-test-renamed");
        auto updated = await(m_client->updateTemplate(id, rename));
        QVERIFY2(updated.ok, qPrintable(updated.error.message()));
        QCOMPARE(updated.value->name, QStringLiteral("client-test-renamed"));
        QCOMPARE(updated.value->env.size(), 1); // PATCH without env keeps it

        auto removed = await(m_client->deleteTemplate(id));
        QVERIFY2(removed.ok, qPrintable(removed.error.message()));
        QCOMPARE(removed.status, 204);

        auto gone = await(m_client->getTemplate(id));
        QVERIFY(!gone.ok);
        QCOMPARE(gone.error.kind, ServiceError::Kind::NotFound);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.attempts, 1); // a 404 is never retried
        QVERIFY(!gone.error.message().isEmpty());
    }

    void endpoints()
    {
        auto list = await(m_client->listEndpoints());
        QVERIFY2(list.ok, qPrintable(list.error.message()));
        QCOMPARE(list.value->size(), 10);
        const Endpoint first = list.value->first();

        auto one = await(m_client->getEndpoint(first.id));
        QVERIFY(one.ok);
        QCOMPARE(one.value->name, first.name);

        auto health = await(m_client->endpointHealth(first.id));
        QVERIFY2(health.ok, qPrintable(health.error.message()));
        QVERIFY(health.value->workersIdle + health.value->workersRunning >= 0);

        EndpointInput input;
        input.name = QStringLiteral("client-endpoint");
        input.type = EndpointType::Queue;
        input.container.image = QStringLiteral("ghcr.io/acme/echo:1");
        input.scaling = EndpointScaling{ScalingType::QueueDelay, 4};
        EndpointGpu gpu;
        gpu.pools = QStringList{QStringLiteral("ADA_24")}; // exactly one of gpu and cpu
        input.gpu = gpu;
        auto created = await(m_client->createEndpoint(input));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        QCOMPARE(created.value->name, QStringLiteral("client-endpoint"));

        EndpointInput rename;
        rename.name = QStringLiteral("client-endpoint-2");
        auto updated = await(m_client->updateEndpoint(created.value->id, rename));
        QVERIFY2(updated.ok, qPrintable(updated.error.message()));
        QCOMPARE(updated.value->name, QStringLiteral("client-endpoint-2"));

        auto removed = await(m_client->deleteEndpoint(created.value->id));
        QVERIFY2(removed.ok, qPrintable(removed.error.message()));
        QCOMPARE(await(m_client->getEndpoint(created.value->id)).error.kind, ServiceError::Kind::NotFound);
    }

    void secrets()
    {
        auto list = await(m_client->listSecrets());
        QVERIFY2(list.ok, qPrintable(list.error.message()));
        QCOMPARE(list.value->size(), 8);

        // A value with every character JSON must escape.
        auto created = await(m_client->createSecret(QStringLiteral("client_secret"),
                                                    secretOf("quote\" back\\slash \n tab\t \x01 ünï"),
                                                    QStringLiteral("made by the client test")));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.value->name, QStringLiteral("client_secret"));
        QCOMPARE(created.value->description, QStringLiteral("made by the client test"));
        const QString id = created.value->id;

        auto fetched = await(m_client->getSecret(id));
        QVERIFY(fetched.ok);
        QCOMPARE(fetched.value->name, QStringLiteral("client_secret"));

        QTest::qWait(1100); // valueLastUpdatedAt has second precision
        auto replaced = await(m_client->replaceSecretValue(id, secretOf("second value")));
        QVERIFY2(replaced.ok, qPrintable(replaced.error.message()));
        QVERIFY(replaced.value->valueLastUpdatedAt > created.value->valueLastUpdatedAt);
        QCOMPARE(replaced.value->description, QStringLiteral("made by the client test"));

        auto described = await(m_client->updateSecretDescription(id, QStringLiteral("new words")));
        QVERIFY2(described.ok, qPrintable(described.error.message()));
        QCOMPARE(described.value->description, QStringLiteral("new words"));
        QCOMPARE(described.value->valueLastUpdatedAt, replaced.value->valueLastUpdatedAt);

        // 409: the name is taken.
        auto taken = await(m_client->createSecret(QStringLiteral("client_secret"), secretOf("x")));
        QVERIFY(!taken.ok);
        QCOMPARE(taken.error.kind, ServiceError::Kind::Conflict);
        QCOMPARE(taken.status, 409);
        QVERIFY(!taken.error.problem.detail.isEmpty());
        QVERIFY(taken.error.message().contains(taken.error.problem.detail));

        // 422: each failure listed.
        auto invalid = await(m_client->createSecret(QStringLiteral("RUNPOD_nope"), secretOf("x")));
        QVERIFY(!invalid.ok);
        QCOMPARE(invalid.error.kind, ServiceError::Kind::Validation);
        QCOMPARE(invalid.status, 422);
        QVERIFY(!invalid.error.problem.errors.isEmpty());
        QVERIFY(invalid.error.message().contains(invalid.error.problem.errors.first()));
        QCOMPARE(invalid.attempts, 1);

        auto removed = await(m_client->deleteSecret(id));
        QVERIFY2(removed.ok, qPrintable(removed.error.message()));
        QCOMPARE(await(m_client->getSecret(id)).error.kind, ServiceError::Kind::NotFound);
    }

    void apiKeysAndTheirOutcomes()
    {
        auto list = await(m_client->listApiKeys());
        QVERIFY2(list.ok, qPrintable(list.error.message()));
        QCOMPARE(list.value->size(), 13);

        auto created = await(m_client->createApiKey(QStringLiteral("client-readonly"), AccessPolicy::readOnly()));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        QCOMPARE(created.status, 201);
        const QByteArray raw = created.value->rawKey.bytes();
        QVERIFY(raw.startsWith("rpa_"));
        QCOMPARE(raw.size(), 44);
        QCOMPARE(created.value->key.prefix.toLatin1(), raw.left(8));
        const QString id = created.value->key.id;

        auto fetched = await(m_client->getApiKey(id));
        QVERIFY(fetched.ok);
        QCOMPARE(fetched.value->name, QStringLiteral("client-readonly"));

        // The new key reads, and is refused writes (403, explained as a permission problem).
        auto readOnly = clientFor(m_sandbox, raw);
        QVERIFY(await(readOnly->listTemplates()).ok);
        auto forbidden = await(readOnly->createSecret(QStringLiteral("nope"), secretOf("x")));
        QVERIFY(!forbidden.ok);
        QCOMPARE(forbidden.error.kind, ServiceError::Kind::Forbidden);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.error.problem.detail, QStringLiteral("access denied"));

        // Disabled: 401; enabled again: 200.
        auto disabled = await(m_client->setApiKeyEnabled(id, false));
        QVERIFY2(disabled.ok, qPrintable(disabled.error.message()));
        QCOMPARE(disabled.value->enabled, false);
        auto refused = await(readOnly->listTemplates());
        QCOMPARE(refused.error.kind, ServiceError::Kind::Unauthorized);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.attempts, 1);
        QVERIFY(refused.error.message() != forbidden.error.message());
        auto enabled = await(m_client->setApiKeyEnabled(id, true));
        QVERIFY(enabled.ok);
        QVERIFY(await(readOnly->listTemplates()).ok);

        auto renamed = await(m_client->updateApiKey(id, QStringLiteral("client-renamed"), std::nullopt));
        QVERIFY2(renamed.ok, qPrintable(renamed.error.message()));
        QCOMPARE(renamed.value->name, QStringLiteral("client-renamed"));
        auto narrowed = await(m_client->updateApiKey(id, std::nullopt, AccessPolicy::restricted(AccessLevel::Read)));
        QVERIFY2(narrowed.ok, qPrintable(narrowed.error.message()));
        QCOMPARE(narrowed.value->policy.apiLevel(), AccessLevel::Read);

        auto revoked = await(m_client->revokeApiKey(id));
        QVERIFY2(revoked.ok, qPrintable(revoked.error.message()));
        QCOMPARE(await(readOnly->listTemplates()).error.kind, ServiceError::Kind::Unauthorized);
    }

    void events()
    {
        EventQuery query;
        query.resourceType = ResourceType::ApiKey;
        query.limit = 3;
        auto page = await(m_client->listEvents(query));
        QVERIFY2(page.ok, qPrintable(page.error.message()));
        QCOMPARE(page.value->events.size(), 3);
        QVERIFY(page.value->page.hasNextPage);
        QVERIFY(page.value->page.nextCursor.has_value());
        for (const AuditEvent& e : page.value->events)
            QCOMPARE(e.resourceType, ResourceType::ApiKey);
        query.cursor = *page.value->page.nextCursor;
        auto next = await(m_client->listEvents(query));
        QVERIFY(next.ok);
        QVERIFY(!next.value->events.isEmpty());
        QVERIFY(next.value->events.first().at <= page.value->events.last().at);
    }

    void eventsByTheOfficialFilters()
    {
        // actions, startTime/endTime and search: the audit log's own names.
        EventQuery disabled;
        disabled.actions = {AuditAction::Disabled, AuditAction::Enabled};
        auto switched = await(m_client->listEvents(disabled));
        QVERIFY2(switched.ok, qPrintable(switched.error.message()));
        QVERIFY(!switched.value->events.isEmpty());
        for (const AuditEvent& e : switched.value->events)
            QVERIFY(e.action == AuditAction::Disabled || e.action == AuditAction::Enabled);

        const QDateTime newest = switched.value->events.first().at;
        EventQuery window;
        window.startTime = newest;
        window.endTime = newest.addSecs(1);
        window.search = switched.value->events.first().resourceName.toUpper(); // case-insensitive
        auto narrowed = await(m_client->listEvents(window));
        QVERIFY2(narrowed.ok, qPrintable(narrowed.error.message()));
        QVERIFY(!narrowed.value->events.isEmpty());
        for (const AuditEvent& e : narrowed.value->events) {
            QVERIFY(e.at >= newest && e.at < newest.addSecs(1));
        }

        // A time with an offset and a '+' survives the query string.
        EventQuery plus;
        plus.startTime = QDateTime(QDate(2020, 1, 1), QTime(1, 0), QTimeZone(3600));
        plus.search = "a+b";
        QVERIFY(await(m_client->listEvents(plus)).ok);
    }

    void buildsOfAnEndpoint()
    {
        QString endpointId;
        const auto endpoints = await(m_client->listEndpoints());
        QVERIFY(endpoints.ok);
        for (const Endpoint& e : *endpoints.value) {
            if (e.name == QStringLiteral("bark-tts"))
                endpointId = e.id;
        }
        QVERIFY(!endpointId.isEmpty());
        auto builds = await(m_client->listBuilds(endpointId));
        QVERIFY2(builds.ok, qPrintable(builds.error.message()));
        QCOMPARE(builds.value->size(), 5);
        for (int i = 1; i < builds.value->size(); ++i) // newest first
            QVERIFY(builds.value->at(i - 1).commitDate >= builds.value->at(i).commitDate);
        const Build& first = builds.value->first();
        auto one = await(m_client->getBuild(endpointId, first.id));
        QVERIFY2(one.ok, qPrintable(one.error.message()));
        QCOMPARE(*one.value, first);
        auto missing = await(m_client->getBuild(endpointId, QStringLiteral("build_nope")));
        QCOMPARE(missing.error.kind, ServiceError::Kind::NotFound);
    }

    void healthHasTheFiveWorkerStates()
    {
        const auto endpoints = await(m_client->listEndpoints());
        QVERIFY(endpoints.ok);
        const Endpoint first = endpoints.value->first();
        auto health = await(m_client->endpointHealth(first.id));
        QVERIFY2(health.ok, qPrintable(health.error.message()));
        const EndpointHealth& h = *health.value;
        QVERIFY(h.workersIdle >= 0 && h.workersInitializing >= 0 && h.workersReady >= 0 && h.workersRunning >= 0 &&
                h.workersThrottled >= 0);
        // Read back from the wire: every state named in the answer.
        HttpClient http;
        const QJsonObject workers =
            http.get(url(m_sandbox.invokeBase(), "/v2/" + first.id + "/health"), m_sandbox.adminKey())
                .json()
                .value("workers")
                .toObject();
        for (const char* state : {"idle", "initializing", "ready", "running", "throttled"})
            QVERIFY2(workers.contains(QLatin1String(state)), state);
        QCOMPARE(h.workersReady, workers.value("ready").toInt());
    }

    void unauthorized()
    {
        auto noKey = clientFor(m_sandbox, QByteArray());
        auto missing = await(noKey->listSecrets());
        QCOMPARE(missing.error.kind, ServiceError::Kind::Unauthorized);
        QCOMPARE(missing.error.problem.detail, QStringLiteral("missing bearer token"));

        auto wrong = clientFor(m_sandbox, "rpa_0000000000000000000000000000000000000000");
        auto invalid = await(wrong->listSecrets());
        QCOMPARE(invalid.error.kind, ServiceError::Kind::Unauthorized);
        QCOMPARE(invalid.error.problem.detail, QStringLiteral("invalid api key"));
        QVERIFY(invalid.error.message().contains(QStringLiteral("invalid api key")));
    }

    void rateLimitedCallsWaitForRetryAfter()
    {
        SandboxProcess limited;
        QVERIFY2(limited.start({"--rate-limit", "2", "--rate-window", "2"}), qPrintable(limited.errorString()));
        auto client = clientFor(limited, limited.adminKey());
        QSignalSpy rateSpy(client.get(), &ServiceClient::rateLimitChanged);
        auto first = await(client->listTemplates());
        QVERIFY(first.ok);
        QCOMPARE(*first.rateLimit.quota, 2);
        QCOMPARE(*first.rateLimit.remaining, 1);
        QVERIFY(first.rateLimit.resetSeconds.has_value());
        QVERIFY(await(client->listTemplates()).ok);
        QCOMPARE(*client->rateLimit().remaining, 0);
        QVERIFY(rateSpy.count() >= 2);

        // A POST is not idempotent: the 429 comes back at once, with when to try again.
        auto post = await(client->createSecret(QStringLiteral("limited"), secretOf("x")));
        QCOMPARE(post.error.kind, ServiceError::Kind::RateLimited);
        QCOMPARE(post.attempts, 1);
        QVERIFY(post.error.retryAfterSeconds.has_value());
        QVERIFY(post.retryDelays.isEmpty());

        // A GET waits for Retry-After and succeeds.
        auto get = await(client->listTemplates());
        QVERIFY2(get.ok, qPrintable(get.error.message()));
        QVERIFY(get.attempts >= 2);
        QVERIFY(!get.retryDelays.isEmpty());
        QVERIFY(get.retryDelays.first() >= 1000 && get.retryDelays.first() <= 2000); // Retry-After: 1 or 2
        QCOMPARE(limited.stop(), 0);
    }

    void aPagedAccountLoadsWhole()
    {
        // large:50000 has 2,500 templates: three pages at the default limit of 1000.
        SandboxProcess large;
        QVERIFY2(large.start({"--seed", "large:50000"}), qPrintable(large.errorString()));
        auto client = clientFor(large, large.adminKey());
        auto* reply = client->listTemplates();
        QSignalSpy pages(reply, &ServiceReply::pageLoaded);
        auto templates = await(reply, 120000);
        QVERIFY2(templates.ok, qPrintable(templates.error.message()));
        QCOMPARE(templates.value->size(), 2500);
        QSet<QString> ids;
        for (const Template& t : *templates.value)
            ids.insert(t.id);
        QCOMPARE(ids.size(), 2500); // every template exactly once
        QCOMPARE(pages.count(), 2);
        QCOMPARE(pages.at(0).at(1).value<qsizetype>(), qsizetype(1000));
        QCOMPARE(pages.at(1).at(1).value<qsizetype>(), qsizetype(2000));

        // Smaller pages walk the same set: 5,000 endpoints in pages of 700.
        ServiceConfig config = client->config();
        config.pageSize = 700;
        ServiceClient paged(config);
        QByteArray key = large.adminKey();
        paged.setKey(SecretBuffer::takeFrom(key));
        auto endpoints = await(paged.listEndpoints(), 120000);
        QVERIFY2(endpoints.ok, qPrintable(endpoints.error.message()));
        QCOMPARE(endpoints.value->size(), 5000);
        QSet<QString> endpointIds;
        for (const Endpoint& e : *endpoints.value)
            endpointIds.insert(e.id);
        QCOMPARE(endpointIds.size(), 5000);

        // 50,000 keys: past PagedListReply::kJoinOffThreadItems the last page's job joins the pages
        // on a worker. Every key once, in the service's order across the pages.
        auto* keysReply = paged.listApiKeys();
        QSignalSpy keyPages(keysReply, &ServiceReply::pageLoaded);
        auto keys = await(keysReply, 240000);
        QVERIFY2(keys.ok, qPrintable(keys.error.message()));
        QCOMPARE(keys.value->size(), 50000);
        QVERIFY(keyPages.count() >= 2);
        QVERIFY(keyPages.last().at(1).value<qsizetype>() >= PagedListReply<ApiKey>::kJoinOffThreadItems);
        // Each page of 700 keys decodes on a worker, and the next one is asked for meanwhile.
        QCOMPARE(keys.pagesAskedAhead, keyPages.count());
        QSet<QString> keyIds;
        for (qsizetype i = 0; i < keys.value->size(); ++i) {
            const ApiKey& key = keys.value->at(i);
            keyIds.insert(key.id);
            if (i > 0) // oldest first, as the service lists them (created_at, id)
                QVERIFY2(keys.value->at(i - 1).createdAt <= key.createdAt, qPrintable(key.id));
        }
        QCOMPARE(keyIds.size(), 50000);
        QCOMPARE(large.stop(), 0);
    }

    void aValueAndDescriptionTogetherSayWhichPartTookEffect()
    {
        auto created = await(m_client->createSecret(QStringLiteral("partial_update"), secretOf("v1"), "first"));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        const Secret before = *created.value;

        // Both accepted.
        SecretUpdate both(m_client.get(), before, secretOf("v2"), QStringLiteral("second"));
        QSignalSpy bothDone(&both, &SecretUpdate::finished);
        both.start();
        QVERIFY(bothDone.wait(15000));
        QCOMPARE(both.outcome(), SecretUpdate::Outcome::Updated);
        QCOMPARE(both.secret()->description, QStringLiteral("second"));
        QVERIFY(both.secret()->valueLastUpdatedAt > before.valueLastUpdatedAt);

        // Within 65,535 characters but over 65,535 bytes: the service rotates the value first,
        // then refuses the description. The client says exactly that.
        const Secret middle = *both.secret();
        const QString tooLong(40000, QChar(0x00e9)); // é: two bytes each in UTF-8
        SecretUpdate partial(m_client.get(), middle, secretOf("v3"), tooLong);
        QSignalSpy partialDone(&partial, &SecretUpdate::finished);
        partial.start();
        QVERIFY(partialDone.wait(15000));
        QCOMPARE(partial.outcome(), SecretUpdate::Outcome::ValueOnly);
        QCOMPARE(partial.error().kind, ServiceError::Kind::Validation);
        QVERIFY(partial.secret()->valueLastUpdatedAt > middle.valueLastUpdatedAt);
        QCOMPARE(partial.secret()->description, QStringLiteral("second"));
        QVERIFY2(partial.message().contains("took effect") && partial.message().contains("not saved"),
                 qPrintable(partial.message()));

        // Refused outright (a name that does not exist): nothing took effect, and no second read.
        Secret gone = middle;
        gone.id = QStringLiteral("sec_doesnotexist");
        SecretUpdate nothing(m_client.get(), gone, secretOf("v4"), QStringLiteral("x"));
        QSignalSpy nothingDone(&nothing, &SecretUpdate::finished);
        nothing.start();
        QVERIFY(nothingDone.wait(15000));
        QCOMPARE(nothing.outcome(), SecretUpdate::Outcome::Nothing);
        QCOMPARE(nothing.error().kind, ServiceError::Kind::NotFound);
        QVERIFY(await(m_client->deleteSecret(before.id)).ok);
    }

    void deadService()
    {
        SandboxProcess doomed;
        QVERIFY(doomed.start());
        auto client = clientFor(doomed, doomed.adminKey());
        QVERIFY(await(client->listTemplates()).ok);
        QCOMPARE(doomed.stop(), 0);
        auto dead = await(client->listTemplates());
        QVERIFY(!dead.ok);
        QCOMPARE(dead.error.kind, ServiceError::Kind::Network);
        QCOMPARE(dead.status, 0);
        QCOMPARE(dead.attempts, 1);
        QVERIFY(dead.error.message().contains(QStringLiteral("127.0.0.1")));
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ServiceClient> m_client;
};

QTEST_GUILESS_MAIN(TestServiceClient)
#include "tst_serviceclient.moc"
