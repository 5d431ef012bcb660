// Issue 18: PaperspaceClient against the real podwarden-sandbox --provider paperspace over real
// HTTP (SERVICE.md section 8): lists followed across pages to the end, secrets by name, a
// protected deployment through upserts and its history, and the service's errors as ServiceErrors
// whose sentences quote it. No secret value is ever in the sandbox's log or in an error sentence.
#include "ReplyWaiter.h"
#include "SandboxProcess.h"
#include "service/PaperspaceClient.h"

#include <QSet>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

std::unique_ptr<PaperspaceClient> clientFor(const SandboxProcess& sandbox, QByteArray key, int pageSize = 0)
{
    PaperspaceConfig config;
    config.base = sandbox.apiBase();
    config.pageSize = pageSize;
    auto client = std::make_unique<PaperspaceClient>(config);
    client->setKey(SecretBuffer::takeFrom(key));
    return client;
}

SecretBuffer secretOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    return SecretBuffer::takeFrom(bytes);
}

DeploymentSpec specNamed(const QString& name)
{
    DeploymentSpec spec;
    spec.name = name;
    spec.image = "paperspace/hello:1.2";
    spec.resources.machineType = "C5";
    spec.resources.ports = {8080};
    return spec;
}

} // namespace

class TestPaperspaceClient final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<PaperspaceClient> m_client;
    QStringList m_values;    // every secret value sent
    QStringList m_sentences; // every error sentence seen

    template <typename T> Outcome<T> failed(TypedReply<T>* reply)
    {
        auto outcome = await(reply);
        if (!outcome.ok)
            m_sentences << outcome.error.message();
        return outcome;
    }

    QString uniqueValue(const char* tag)
    {
        const QString value =
            QStringLiteral("ppv-%1-%2").arg(QString::fromLatin1(tag)).arg(QDateTime::currentMSecsSinceEpoch());
        m_values << value;
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({"--provider", "paperspace"}), qPrintable(m_sandbox.errorString()));
        QVERIFY(!m_sandbox.apiBase().path().endsWith("/v1"));
        m_client = clientFor(m_sandbox, m_sandbox.adminKey());
    }

    void aLargeListArrivesWholeAcrossPages()
    {
        SandboxProcess large;
        QVERIFY2(large.start({"--provider", "paperspace", "--seed", "large:300"}), qPrintable(large.errorString()));
        for (const int pageSize : {0, 70}) {
            auto client = clientFor(large, large.adminKey(), pageSize);
            auto* reply = client->listDeployments();
            QList<qsizetype> progress;
            connect(reply, &ServiceReply::pageLoaded, this, [&progress](int, qsizetype items) { progress << items; });
            auto outcome = await(reply, 60000);
            QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
            const QList<Deployment>& all = *outcome.value;
            QCOMPARE(all.size(), 300);
            QSet<QString> ids;
            for (qsizetype i = 0; i < all.size(); ++i) {
                ids.insert(all.at(i).id);
                if (i > 0) // order=asc by dtCreated
                    QVERIFY(all.at(i - 1).dtCreated <= all.at(i).dtCreated);
            }
            QCOMPARE(ids.size(), 300);
            // 120 a page by default (3 pages), 70 when asked (5 pages): progress between pages only.
            const QList<qsizetype> expected =
                pageSize == 0 ? QList<qsizetype>{120, 240} : QList<qsizetype>{70, 140, 210, 280};
            QCOMPARE(progress, expected);
        }
        QCOMPARE(large.stop(), 0);
    }

    void aProtectedDeploymentFromUpsertToDelete()
    {
        const QString name = "gate_key";
        const QString value = uniqueValue("gate");
        auto created = await(m_client->createSecret(PaperspaceScope::Project, "pr_sandbox", name, secretOf(value)));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        QCOMPARE(created.value->name, name);
        QVERIFY(created.value->dtCreated.isValid());

        auto got = await(m_client->getSecret(PaperspaceScope::Project, "pr_sandbox", name));
        QVERIFY2(got.ok, qPrintable(got.error.message()));
        QCOMPARE(got.value->name, name);
        auto listed = await(m_client->listSecrets(PaperspaceScope::Project, "pr_sandbox"));
        QVERIFY2(listed.ok, qPrintable(listed.error.message()));
        QVERIFY(std::any_of(listed.value->cbegin(), listed.value->cend(),
                            [&](const PaperspaceSecret& s) { return s.name == name; }));

        DeploymentSpec spec = specNamed("guarded");
        spec.basicAuthKey = PaperspaceSecrets::reference(name);
        auto upserted = await(m_client->upsertDeployment(spec, "pr_sandbox"));
        QVERIFY2(upserted.ok, qPrintable(upserted.error.message()));
        const QString id = *upserted.value;
        QVERIFY(!id.isEmpty());

        auto deployment = await(m_client->getDeployment(id));
        QVERIFY2(deployment.ok, qPrintable(deployment.error.message()));
        QCOMPARE(deployment.value->id, id);
        QCOMPARE(deployment.value->name, QString("guarded"));
        QVERIFY(deployment.value->isProtected());
        QCOMPARE(*deployment.value->basicAuthKey, QString("secret:gate_key"));
        QCOMPARE(deployment.value->latestSpec.data.image, spec.image);

        auto history = await(m_client->deploymentHistory(id));
        QVERIFY2(history.ok, qPrintable(history.error.message()));
        QCOMPARE(history.value->size(), 1);

        // A new value, then a redeploy of the same spec: the same deployment, one more spec.
        auto updated = await(
            m_client->updateSecretValue(PaperspaceScope::Project, "pr_sandbox", name, secretOf(uniqueValue("new"))));
        QVERIFY2(updated.ok, qPrintable(updated.error.message()));
        QCOMPARE(updated.value->name, name);
        auto redeployed = await(m_client->upsertDeployment(spec, "pr_sandbox", id));
        QVERIFY2(redeployed.ok, qPrintable(redeployed.error.message()));
        QCOMPARE(*redeployed.value, id);
        history = await(m_client->deploymentHistory(id));
        QVERIFY2(history.ok, qPrintable(history.error.message()));
        QCOMPARE(history.value->size(), 2);
        QVERIFY(history.value->at(0).id != history.value->at(1).id);

        auto deleted = await(m_client->deleteDeployment(id));
        QVERIFY2(deleted.ok, qPrintable(deleted.error.message()));
        auto gone = failed(m_client->getDeployment(id));
        QVERIFY(!gone.ok);
        QCOMPARE(gone.error.kind, ServiceError::Kind::NotFound);

        auto secretDeleted = await(m_client->deleteSecret(PaperspaceScope::Project, "pr_sandbox", name));
        QVERIFY2(secretDeleted.ok, qPrintable(secretDeleted.error.message()));
        auto secretGone = failed(m_client->getSecret(PaperspaceScope::Project, "pr_sandbox", name));
        QCOMPARE(secretGone.error.kind, ServiceError::Kind::NotFound);
    }

    void teamSecretsToo()
    {
        auto listed = await(m_client->listSecrets(PaperspaceScope::Team, "te_sandbox"));
        QVERIFY2(listed.ok, qPrintable(listed.error.message()));
        auto created = await(
            m_client->createSecret(PaperspaceScope::Team, "te_sandbox", "team_token", secretOf(uniqueValue("t"))));
        QVERIFY2(created.ok, qPrintable(created.error.message()));
        auto after = await(m_client->listSecrets(PaperspaceScope::Team, "te_sandbox"));
        QVERIFY2(after.ok, qPrintable(after.error.message()));
        QCOMPARE(after.value->size(), listed.value->size() + 1);
        QVERIFY(await(m_client->deleteSecret(PaperspaceScope::Team, "te_sandbox", "team_token")).ok);
    }

    void aWrongKeyIsUnauthorized()
    {
        auto wrong = clientFor(m_sandbox, "not_a_paperspace_key");
        auto outcome = failed(wrong->listDeployments());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Unauthorized);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.error.problem.title, QString("unauthorized"));
        QVERIFY2(outcome.error.message().contains("invalid api key"), qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.message().contains("not_a_paperspace_key"));
    }

    void anUnknownDeploymentIsNotFound()
    {
        auto outcome = failed(m_client->getDeployment("dep_doesnotexist"));
        QCOMPARE(outcome.error.kind, ServiceError::Kind::NotFound);
        QCOMPARE(outcome.error.httpStatus, 404);
        QCOMPARE(outcome.error.problem.title, QString("not_found"));
        QVERIFY(!outcome.error.message().isEmpty());
        auto history = failed(m_client->deploymentHistory("dep_doesnotexist"));
        QCOMPARE(history.error.kind, ServiceError::Kind::NotFound);
        auto deleted = failed(m_client->deleteDeployment("dep_doesnotexist"));
        QCOMPARE(deleted.error.kind, ServiceError::Kind::NotFound);
    }

    void anInvalidSpecQuotesTheService()
    {
        DeploymentSpec spec = specNamed("imageless");
        spec.image.clear();
        auto outcome = failed(m_client->upsertDeployment(spec, "pr_sandbox"));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.httpStatus, 400);
        QCOMPARE(outcome.error.kind, ServiceError::Kind::BadRequest); // as Runpod's 400
        QCOMPARE(outcome.error.problem.title, QString("invalid_spec"));
        QVERIFY(!outcome.error.problem.detail.isEmpty());
        QVERIFY2(outcome.error.message().contains(outcome.error.problem.detail), qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 1); // a POST is never sent twice
    }

    void aTakenSecretNameIsAConflict()
    {
        const QString first = uniqueValue("first");
        const QString second = uniqueValue("second");
        QVERIFY(await(m_client->createSecret(PaperspaceScope::Project, "pr_sandbox", "taken", secretOf(first))).ok);
        auto outcome =
            failed(m_client->createSecret(PaperspaceScope::Project, "pr_sandbox", "taken", secretOf(second)));
        QCOMPARE(outcome.error.kind, ServiceError::Kind::Conflict);
        QCOMPARE(outcome.error.httpStatus, 409);
        QVERIFY(!outcome.error.problem.detail.isEmpty());
        QVERIFY2(outcome.error.message().contains(outcome.error.problem.detail), qPrintable(outcome.error.message()));
        QVERIFY(await(m_client->deleteSecret(PaperspaceScope::Project, "pr_sandbox", "taken")).ok);
    }

    // Last: no value sent above is in the sandbox's log or in any error sentence.
    void noValueLeaks()
    {
        QVERIFY(!m_values.isEmpty());
        QVERIFY(m_sentences.size() >= 6);
        const QByteArray output = m_sandbox.output();
        QVERIFY(output.contains("/v1/projects/pr_sandbox/secrets")); // the log does record the calls
        for (const QString& value : std::as_const(m_values)) {
            QVERIFY2(!output.contains(value.toUtf8()), qPrintable(value));
            for (const QString& sentence : std::as_const(m_sentences))
                QVERIFY2(!sentence.contains(value), qPrintable(sentence));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaperspaceClient)
#include "tst_paperspaceclient.moc"
