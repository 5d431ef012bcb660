#include "ApiKey.h"
#include "JsonReader.h"

#include <QJsonDocument>
#include <QtTest>

using namespace podwarden;

// How long the client takes to turn a 100,000-key account listing into domain values, and the
// table's access summaries: the first cost a team admin pays before the keys screen can show.
class BenchCodecs final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseJson100kKeys();
    void decode100kKeys();
    void summaries100kKeys();

private:
    QByteArray m_body;
    QList<ApiKey> m_keys;
};

void BenchCodecs::initTestCase()
{
    QJsonArray keys;
    for (int i = 0; i < 100000; ++i) {
        AccessPolicy policy =
            i % 3 == 0   ? AccessPolicy::all()
            : i % 3 == 1 ? AccessPolicy::readOnly()
                         : AccessPolicy::restricted(AccessLevel::Read,
                                                    {{QStringLiteral("ep_%1").arg(i % 97), AccessLevel::ReadWrite}});
        ApiKey k;
        k.id = QStringLiteral("key_%1").arg(i);
        k.name = QStringLiteral("key number %1").arg(i);
        k.prefix = QStringLiteral("rpa_%1").arg(i, 4, 36, QLatin1Char('0')).left(8);
        k.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
        if (i % 5)
            k.lastUsedAt = k.createdAt.addDays(3);
        k.createdBy = QStringLiteral("user%1@example.com").arg(i % 40);
        k.policy = policy;
        keys.append(k.toJson());
    }
    m_body = QJsonDocument(QJsonObject{{QStringLiteral("apiKeys"), keys}}).toJson(QJsonDocument::Compact);
    const auto decoded = decodeApiKeyList(parseJsonObject(m_body).value());
    QVERIFY(decoded.ok());
    m_keys = decoded.value();
    QCOMPARE(m_keys.size(), 100000);
}

void BenchCodecs::parseJson100kKeys()
{
    qsizetype count = 0;
    QBENCHMARK
    {
        count = QJsonDocument::fromJson(m_body).object().value(QStringLiteral("apiKeys")).toArray().size();
    }
    QCOMPARE(count, 100000);
}

void BenchCodecs::decode100kKeys()
{
    qsizetype count = 0;
    QBENCHMARK
    {
        const auto decoded = decodeApiKeyList(parseJsonObject(m_body).value());
        count = decoded->size();
    }
    QCOMPARE(count, 100000);
}

void BenchCodecs::summaries100kKeys()
{
    qsizetype total = 0;
    QBENCHMARK
    {
        total = 0;
        for (const ApiKey& k : std::as_const(m_keys))
            total += k.policy.summary().size();
    }
    QVERIFY(total > 0);
}

QTEST_GUILESS_MAIN(BenchCodecs)
#include "bench_codecs.moc"
