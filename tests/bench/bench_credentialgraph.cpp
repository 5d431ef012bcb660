// The credential graph (issue 17) at the account sizes it must answer for: 100,000 keys, 10,000
// endpoints, 10,000 secrets, 5,000 templates, 1,000 pods. Building the secret-reference index and
// the key order (once per graph), "who can reach it" (a linear scan of the keys), and the secret
// questions the index answers. Nothing here asserts a time.
#include "CredentialGraph.h"
#include "SecretReference.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace podwarden;

namespace {

constexpr int kKeys = 100000;
constexpr int kEndpoints = 10000;
constexpr int kSecrets = 10000;
constexpr int kTemplates = 5000;
constexpr int kPods = 1000;

QString endpointId(int i)
{
    return QStringLiteral("ep_%1").arg(i, 6, 10, QLatin1Char('0'));
}

QString secretName(int i)
{
    return QStringLiteral("secret_%1").arg(i);
}

// An env of `vars` variables, one in three holding a reference (one in ten of those to a missing
// secret), the rest plain values of a realistic length.
EnvList makeEnv(QRandomGenerator& random, int vars)
{
    EnvList env;
    for (int v = 0; v < vars; ++v) {
        EnvVar var{QStringLiteral("VAR_%1").arg(v), {}};
        if (random.bounded(3) == 0) {
            const int s = random.bounded(kSecrets + kSecrets / 10);
            var.value = QStringLiteral("Bearer ") + SecretReference::format(secretName(s));
        } else {
            var.value = QStringLiteral("https://example.com/some/plain/value/%1").arg(random.generate());
        }
        env.append(var);
    }
    return env;
}

AccountSnapshot makeAccount()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QRandomGenerator random(17);
    AccountSnapshot s;
    s.fetchedAt = now;
    s.secrets.reserve(kSecrets);
    for (int i = 0; i < kSecrets; ++i) {
        Secret secret;
        secret.id = QStringLiteral("sec_%1").arg(i);
        secret.name = secretName(i);
        secret.createdAt = now.addDays(-400);
        secret.valueLastUpdatedAt = now.addSecs(-qint64(random.bounded(300 * 86400)));
        s.secrets.append(secret);
    }
    s.templates.reserve(kTemplates);
    for (int i = 0; i < kTemplates; ++i) {
        Template t;
        t.id = QStringLiteral("tpl_%1").arg(i);
        t.name = QStringLiteral("template %1").arg(i);
        t.image = QStringLiteral("ghcr.io/acme/worker:1");
        t.env = makeEnv(random, 12);
        s.templates.append(t);
    }
    s.endpoints.reserve(kEndpoints);
    for (int i = 0; i < kEndpoints; ++i) {
        Endpoint e;
        e.id = endpointId(i);
        e.name = QStringLiteral("endpoint %1").arg(i);
        e.container.env = makeEnv(random, 8);
        if (i % 2 == 0)
            e.templateId = QStringLiteral("tpl_%1").arg(random.bounded(kTemplates));
        s.endpoints.append(e);
    }
    s.pods.reserve(kPods);
    for (int i = 0; i < kPods; ++i) {
        Pod p;
        p.id = QStringLiteral("pod_%1").arg(i);
        p.name = QStringLiteral("pod %1").arg(i);
        p.status = i % 5 == 0 ? PodStatus::Exited : PodStatus::Running;
        p.env = makeEnv(random, 6);
        p.templateId = QStringLiteral("tpl_%1").arg(random.bounded(kTemplates));
        p.startedAt = now.addSecs(-qint64(random.bounded(60 * 86400)));
        s.pods.append(p);
    }
    // Keys: a third All, a third Read Only, the rest restricted to a few endpoints; every 97th
    // legacy, every 10th disabled, every 500th with a statement the console cannot read.
    s.apiKeys.reserve(kKeys);
    for (int i = 0; i < kKeys; ++i) {
        ApiKey k;
        k.id = QStringLiteral("key_%1").arg(i);
        k.name = QStringLiteral("key-%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
        k.enabled = i % 10 != 0;
        k.legacy = i % 97 == 0;
        k.createdAt = now.addDays(-700);
        if (random.bounded(5))
            k.lastUsedAt = now.addSecs(-qint64(random.bounded(90 * 86400)));
        if (i % 3 == 0) {
            k.policy = AccessPolicy::all();
        } else if (i % 3 == 1) {
            k.policy = AccessPolicy::readOnly();
        } else {
            QMap<QString, AccessLevel> levels;
            for (int n = 0; n < 3; ++n)
                levels.insert(endpointId(random.bounded(kEndpoints)),
                              random.bounded(2) ? AccessLevel::Read : AccessLevel::ReadWrite);
            k.policy = AccessPolicy::restricted(AccessLevel::Read, levels);
        }
        if (i % 500 == 0) {
            PolicyStatement st;
            st.version = QStringLiteral("2023-01-01");
            st.actions = {QStringLiteral("serverless:*")};
            st.resources = {QStringLiteral("runpod/serverless/*/ep_00*/*")};
            k.policy.setCustomStatements({st});
        }
        s.apiKeys.append(k);
    }
    return s;
}

} // namespace

class BenchCredentialGraph final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_account = makeAccount(); }

    // The graph from a snapshot, its secret-reference index and its key order: once per snapshot.
    void buildIndex()
    {
        QBENCHMARK
        {
            const CredentialGraph graph(m_account);
            graph.prepare();
        }
    }

    // "Who can reach it" for one endpoint, on a prepared graph: every key scanned once.
    void reach()
    {
        const CredentialGraph graph(m_account);
        graph.prepare();
        qsizetype found = 0;
        QBENCHMARK
        {
            found = graph.reach(endpointId(42)).size();
        }
        QVERIFY(found > kKeys / 2); // the All and Read Only keys at least
    }

    // The first question a fresh graph gets: the key order is built on the way.
    void reachOnFreshGraph()
    {
        qsizetype found = 0;
        QBENCHMARK
        {
            const CredentialGraph graph(m_account);
            found = graph.reach(endpointId(42)).size();
        }
        QVERIFY(found > kKeys / 2);
    }

    void usersOfSecret()
    {
        const CredentialGraph graph(m_account);
        graph.prepare();
        bool any = false;
        QBENCHMARK
        {
            any = !graph.usersOf(secretName(7)).isEmpty();
        }
        QVERIFY(any);
    }

    void secretsNeededByEndpoint()
    {
        const CredentialGraph graph(m_account);
        graph.prepare();
        qsizetype needs = 0;
        QBENCHMARK
        {
            needs = graph.secretsNeededBy(endpointId(42)).needs.size();
        }
        QVERIFY(needs >= 0);
    }

    void stillOnOldValue()
    {
        const CredentialGraph graph(m_account);
        graph.prepare();
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        QBENCHMARK
        {
            graph.stillOnOldValue(secretName(7), {}, now);
        }
    }

private:
    AccountSnapshot m_account;
};

QTEST_GUILESS_MAIN(BenchCredentialGraph)
#include "bench_credentialgraph.moc"
