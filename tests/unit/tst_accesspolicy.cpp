#include "AccessPolicy.h"

#include <QJsonDocument>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;

namespace {
QJsonArray docs(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}
} // namespace

class TestAccessPolicy final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void presetsRoundTrip_data();
    void presetsRoundTrip();
    void allDocumentShape();
    void restrictedDocumentShape();
    void parsesServiceExample();
    void unknownStatementsAreKept_data();
    void unknownStatementsAreKept();
    void writeImpliesRead();
    void endpointsCoveredByAllAreDropped();
    void summaries_data();
    void summaries();
    void privilegeRule();
    void malformedDocuments_data();
    void malformedDocuments();

private:
    QTranslator m_english;
};

void TestAccessPolicy::initTestCase()
{
    // The English catalogue carries the plural forms ("1 endpoint", "2 endpoints").
    QVERIFY(m_english.load(QStringLiteral(":/i18n/podwarden_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_english));
}

void TestAccessPolicy::presetsRoundTrip_data()
{
    QTest::addColumn<int>("which");
    for (int i = 0; i < 8; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

static AccessPolicy presetNumber(int which)
{
    const QString a = QStringLiteral("ep_a");
    const QString b = QStringLiteral("ep_b");
    switch (which) {
    case 0:
        return AccessPolicy::all();
    case 1:
        return AccessPolicy::readOnly();
    case 2:
        return AccessPolicy::restricted(AccessLevel::None);
    case 3:
        return AccessPolicy::restricted(AccessLevel::Read, {{a, AccessLevel::Read}});
    case 4:
        return AccessPolicy::restricted(AccessLevel::ReadWrite, {{a, AccessLevel::ReadWrite}, {b, AccessLevel::Read}});
    case 5:
        return AccessPolicy::restricted(AccessLevel::None, {{a, AccessLevel::ReadWrite}, {b, AccessLevel::ReadWrite}});
    case 6: {
        auto p = AccessPolicy::restricted(AccessLevel::Read);
        p.setAllEndpointsLevel(AccessLevel::Read);
        p.setEndpointLevel(a, AccessLevel::ReadWrite);
        return p;
    }
    default: {
        auto p = AccessPolicy::restricted(AccessLevel::Read);
        p.setCustomStatements({PolicyStatement{QStringLiteral("Allow"),
                                               {QStringLiteral("billing:Read")},
                                               {QStringLiteral("runpod/billing/*")},
                                               {},
                                               AccessPolicy::kVersion}});
        return p;
    }
    }
}

void TestAccessPolicy::presetsRoundTrip()
{
    QFETCH(int, which);
    const AccessPolicy policy = presetNumber(which);
    const QJsonArray documents = policy.toDocuments();
    const auto back = AccessPolicy::fromDocuments(documents);
    QVERIFY2(back.ok(), qPrintable(back.error().message()));
    QCOMPARE(back.value(), policy);
    QCOMPARE(back->toDocuments(), documents);
}

void TestAccessPolicy::allDocumentShape()
{
    const QJsonArray expected = docs(R"([{"Version":"2024-09-01","Statement":[
        {"Effect":"Allow","Actions":["api:Read","api:Write"],"Resources":["runpod/api/*"]},
        {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/*/*"]}]}])");
    QCOMPARE(AccessPolicy::all().toDocuments(), expected);
    QCOMPARE(AccessPolicy::fromDocuments(expected)->preset(), AccessPreset::All);
    QCOMPARE(AccessPolicy::restricted(AccessLevel::None).toDocuments(), QJsonArray());
}

void TestAccessPolicy::restrictedDocumentShape()
{
    const auto p = AccessPolicy::restricted(AccessLevel::Read, {{QStringLiteral("ep_1"), AccessLevel::Read},
                                                                {QStringLiteral("ep_2"), AccessLevel::ReadWrite},
                                                                {QStringLiteral("ep_3"), AccessLevel::Read},
                                                                {QStringLiteral("ep_4"), AccessLevel::None}});
    const QJsonArray expected = docs(R"([{"Version":"2024-09-01","Statement":[
        {"Effect":"Allow","Actions":["api:Read"],"Resources":["runpod/api/*"]},
        {"Effect":"Allow","Actions":["serverless:Read"],
         "Resources":["runpod/serverless/*/ep_1/*","runpod/serverless/*/ep_3/*"]},
        {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/ep_2/*"]}]}])");
    QCOMPARE(p.toDocuments(), expected);
    QCOMPARE(p.grantedEndpointCount(), 3);
    QCOMPARE(p.endpointLevel(QStringLiteral("ep_4")), AccessLevel::None);
}

void TestAccessPolicy::parsesServiceExample()
{
    const auto p = AccessPolicy::fromDocuments(docs(R"([{"Version":"2024-09-01","Statement":[
        {"Effect":"Allow","Actions":["api:Read"],"Resources":["runpod/api/*"]},
        {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/ep_4m7x2k9q/*"]}]}])"));
    QVERIFY(p.ok());
    QCOMPARE(p->preset(), AccessPreset::Restricted);
    QCOMPARE(p->apiLevel(), AccessLevel::Read);
    QVERIFY(!p->canWriteApi());
    QCOMPARE(p->endpointLevel(QStringLiteral("ep_4m7x2k9q")), AccessLevel::ReadWrite);
    QCOMPARE(p->summary(), QStringLiteral("API read · 1 endpoint"));
}

void TestAccessPolicy::unknownStatementsAreKept_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("unknown action") << QByteArray(
        R"({"Effect":"Allow","Actions":["pods:Stop"],"Resources":["runpod/pods/*"]})");
    QTest::newRow("deny") << QByteArray(R"({"Effect":"Deny","Actions":["api:Write"],"Resources":["runpod/api/*"]})");
    QTest::newRow("condition") << QByteArray(R"({"Effect":"Allow","Actions":["api:Read"],"Resources":["runpod/api/*"],
        "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}})");
    QTest::newRow("mixed known and unknown")
        << QByteArray(R"({"Effect":"Allow","Actions":["api:Read","billing:Read"],"Resources":["runpod/api/*"]})");
    QTest::newRow("api action on endpoint")
        << QByteArray(R"({"Effect":"Allow","Actions":["api:Write"],"Resources":["runpod/serverless/*/ep_1/*"]})");
    QTest::newRow("odd resource") << QByteArray(
        R"({"Effect":"Allow","Actions":["serverless:Read"],"Resources":["runpod/serverless/us/ep_1/jobs"]})");
}

void TestAccessPolicy::unknownStatementsAreKept()
{
    QFETCH(QByteArray, statement);
    const QByteArray json = R"([{"Version":"2024-09-01","Statement":[
        {"Effect":"Allow","Actions":["api:Read"],"Resources":["runpod/api/*"]},)" +
                            statement + "]}]";
    const QJsonArray input = docs(json.constData());
    QVERIFY(!input.isEmpty());
    const auto p = AccessPolicy::fromDocuments(input);
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    QCOMPARE(p->customStatements().size(), 1);
    QCOMPARE(p->preset(), AccessPreset::Restricted);
    QCOMPARE(p->apiLevel(), AccessLevel::Read); // the understood statement still counts
    QVERIFY(p->summary().contains(QStringLiteral("custom")));
    // Written back exactly as it came.
    QCOMPARE(p->toDocuments(), input);
}

void TestAccessPolicy::writeImpliesRead()
{
    const auto p = AccessPolicy::fromDocuments(docs(R"([{"Version":"2024-09-01","Statement":[
        {"Effect":"Allow","Actions":["serverless:Write"],"Resources":["runpod/serverless/*/ep_1/*"]}]}])"));
    QVERIFY(p.ok());
    QCOMPARE(p->endpointLevel(QStringLiteral("ep_1")), AccessLevel::ReadWrite);
    QVERIFY(p->customStatements().isEmpty());
}

void TestAccessPolicy::endpointsCoveredByAllAreDropped()
{
    // A per-endpoint Read under an all-endpoints Read-Write adds nothing; a per-endpoint Write over
    // an all-endpoints Read does.
    const auto p = AccessPolicy::fromDocuments(docs(R"([{"Version":"2024-09-01","Statement":[
        {"Effect":"Allow","Actions":["serverless:Read"],"Resources":["runpod/serverless/*/*/*"]},
        {"Effect":"Allow","Actions":["serverless:Read"],"Resources":["runpod/serverless/*/ep_1/*"]},
        {"Effect":"Allow","Actions":["serverless:Read","serverless:Write"],"Resources":["runpod/serverless/*/ep_2/*"]}]}])"));
    QVERIFY(p.ok());
    QCOMPARE(p->allEndpointsLevel(), AccessLevel::Read);
    QCOMPARE(p->endpointLevels().size(), 1);
    QCOMPARE(p->endpointLevel(QStringLiteral("ep_1")), AccessLevel::Read);
    QCOMPARE(p->endpointLevel(QStringLiteral("ep_2")), AccessLevel::ReadWrite);
    QCOMPARE(p->endpointLevel(QStringLiteral("ep_new")), AccessLevel::Read);
}

void TestAccessPolicy::summaries_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("summary");
    QTest::newRow("all") << 0 << "All";
    QTest::newRow("read only") << 1 << "Read Only";
    QTest::newRow("nothing") << 2 << "No access";
    QTest::newRow("api read, one endpoint") << 3 << "API read · 1 endpoint";
    QTest::newRow("api rw, two endpoints") << 4 << "API read/write · 2 endpoints";
    QTest::newRow("endpoints only") << 5 << "2 endpoints";
    QTest::newRow("all endpoints read") << 6 << "API read · all endpoints read · 1 endpoint";
    QTest::newRow("custom") << 7 << "API read · 1 custom statement";
}

void TestAccessPolicy::summaries()
{
    QFETCH(int, which);
    QFETCH(QString, summary);
    QCOMPARE(presetNumber(which).summary(), summary);
}

void TestAccessPolicy::privilegeRule()
{
    const auto all = AccessPolicy::all();
    const auto readOnly = AccessPolicy::readOnly();
    const auto oneEndpoint =
        AccessPolicy::restricted(AccessLevel::Read, {{QStringLiteral("ep_1"), AccessLevel::ReadWrite}});
    QVERIFY(readOnly.isWithin(all));
    QVERIFY(oneEndpoint.isWithin(all));
    QVERIFY(!all.isWithin(readOnly));
    QVERIFY(!oneEndpoint.isWithin(readOnly)); // write on ep_1 exceeds read everywhere
    QVERIFY(
        AccessPolicy::restricted(AccessLevel::Read, {{QStringLiteral("ep_1"), AccessLevel::Read}}).isWithin(readOnly));
    QVERIFY(!AccessPolicy::restricted(AccessLevel::None, {{QStringLiteral("ep_2"), AccessLevel::Read}})
                 .isWithin(oneEndpoint));
    QVERIFY(presetNumber(7).isWithin(presetNumber(7)));
    QVERIFY(presetNumber(7).isWithin(all)); // the All key holds everything, custom statements included
    QVERIFY(!presetNumber(7).isWithin(readOnly));
    QVERIFY(!presetNumber(7).isWithin(oneEndpoint)); // others must hold custom statements verbatim
}

void TestAccessPolicy::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("document not object") << QByteArray("[1]") << "policies[0]";
    QTest::newRow("version missing") << QByteArray(R"([{"Statement":[]}])") << "policies[0].Version";
    QTest::newRow("statement not array") << QByteArray(R"([{"Version":"2024-09-01","Statement":{}}])")
                                         << "policies[0].Statement";
    QTest::newRow("statement element") << QByteArray(R"([{"Version":"2024-09-01","Statement":["x"]}])")
                                       << "policies[0].Statement[0]";
    QTest::newRow("effect number")
        << QByteArray(R"([{"Version":"2024-09-01","Statement":[{"Effect":1,"Actions":[],"Resources":[]}]}])")
        << "policies[0].Statement[0].Effect";
    QTest::newRow("resources missing")
        << QByteArray(R"([{"Version":"2024-09-01","Statement":[{"Effect":"Allow","Actions":[]}]}])")
        << "policies[0].Statement[0].Resources";
}

void TestAccessPolicy::malformedDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto p = AccessPolicy::fromDocuments(QJsonDocument::fromJson(json).array());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field, field);
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
