// Issue 16: the key list's pages decoded straight from their bytes (simdjson) give exactly what
// the QJsonDocument path gives, on the sandbox's real pages (the demo account with its legacy keys,
// custom statements, expiries and a rolled key, and a large account in pages), and anything
// unusual is left to the QJsonDocument path, which names the fault.
#include "ApiKeyPageDecoder.h"
#include "JsonReader.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestKeyPageDecoder final : public QObject
{
    Q_OBJECT

private:
    // Both ways; the fast one must decode it.
    void compareOn(QByteArray body)
    {
        const QByteArray original = body;
#ifdef PODWARDEN_HAVE_SIMDJSON
        const auto fast = decodeApiKeyPage(body);
        QVERIFY2(fast.has_value(), body.left(200).constData());
        QCOMPARE(body, original); // only its capacity may grow
        const auto json = parseJsonObject(original);
        QVERIFY(json.ok());
        const auto slow = decodeApiKeyList(json.value());
        QVERIFY(slow.ok());
        const auto page = PageInfo::fromListBody(json.value());
        QVERIFY(page.ok());
        QCOMPARE(fast->keys.size(), slow->size());
        for (qsizetype i = 0; i < slow->size(); ++i)
            QVERIFY2(fast->keys.at(i) == slow->at(i), qPrintable(slow->at(i).name));
        QCOMPARE(fast->page.hasNextPage, page->hasNextPage);
        QCOMPARE(fast->page.nextCursor, page->nextCursor);
#endif
    }
    void pagesOf(SandboxProcess& sandbox, int limit, int* pages, qsizetype* keys)
    {
        HttpClient http;
        QString cursor;
        do {
            QString path = QStringLiteral("/v2/account/api-keys?limit=%1").arg(limit);
            if (!cursor.isEmpty())
                path += "&cursor=" + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const HttpResult r = http.get(url(sandbox.apiBase(), path), sandbox.adminKey());
            QCOMPARE(r.status, 200);
            compareOn(r.body);
            if (QTest::currentTestFailed())
                return;
            ++*pages;
            *keys += r.json()["apiKeys"].toArray().size();
            cursor = r.json()["pagination"]["hasNextPage"].toBool() ? r.json()["pagination"]["nextCursor"].toString()
                                                                    : QString();
        } while (!cursor.isEmpty());
    }

private slots:
    void initTestCase()
    {
        if (!kHaveFastKeyDecoder)
            QSKIP("built without simdjson: the key list is decoded through QJsonDocument only");
    }

    void theDemoAccountDecodesTheSame()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--seed", "demo"}), qPrintable(sandbox.errorString()));
        // A rolled key and one with an expiry, beside the demo's legacy and custom ones.
        HttpClient http;
        const HttpResult created = http.post(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey(),
                                             {{"name", "to-roll"},
                                              {"policies", AccessPolicy::readOnly().toDocuments()},
                                              {"expiresAt", "2030-01-01T00:00:00.250Z"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(http.post(url(sandbox.apiBase(), "/v2/account/api-keys"), sandbox.adminKey(),
                           {{"name", "rolled"},
                            {"policies", AccessPolicy::readOnly().toDocuments()},
                            {"rolledFrom", created.json()["id"].toString()}})
                     .status,
                 201);
        int pages = 0;
        qsizetype keys = 0;
        pagesOf(sandbox, 1000, &pages, &keys);
        QCOMPARE(pages, 1);
        QVERIFY(keys >= 15);
    }

    void aLargeAccountInPagesDecodesTheSame()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({"--seed", "large:2500"}), qPrintable(sandbox.errorString()));
        int pages = 0;
        qsizetype keys = 0;
        pagesOf(sandbox, 700, &pages, &keys);
        QCOMPARE(pages, 4);
        QCOMPARE(keys, qsizetype(2500));
    }

    void theAugustShapeAndStatementsBeforeTheirVersion()
    {
        // No pagination (the whole list), keys in any order, a custom statement, Statement before
        // Version as QJsonDocument writes them, a null createdBy.
        compareOn(
            QByteArray(
                "{\"apiKeys\":[{\"policies\":[{\"Statement\":[{\"Actions\":[\"billing:Read\"],\"Effect\":\"Allow\",") +
            "\"Resources\":[\"runpod/billing/*\"]},{\"Effect\":\"Allow\",\"Actions\":[\"api:Read\"]," +
            "\"Resources\":[\"runpod/api/*\"]}],\"Version\":\"2024-09-01\"},{\"Version\":\"2023-01-01\"," +
            "\"Statement\":[{\"Effect\":\"Allow\",\"Actions\":[\"api:Write\"],\"Resources\":[\"runpod/api/*\"]}]}]," +
            "\"id\":\"key_1\",\"name\":\"Ünïcode "
            "\\\"quoted\\\"\",\"prefix\":\"rpa_AAAA\",\"legacy\":false,\"enabled\":true," +
            "\"createdAt\":\"2026-01-02T03:04:05+02:00\",\"lastUsedAt\":null,\"createdBy\":null," +
            "\"extra\":{\"ignored\":[1,2,3]}}]}");
        compareOn("{\"apiKeys\":[],\"pagination\":null}");
    }

    void unusualBodiesAreLeftToTheUsualPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray key = "\"id\":\"k\",\"name\":\"n\",\"prefix\":\"p\",\"legacy\":false,\"enabled\":true,"
                               "\"createdAt\":\"2026-01-01T00:00:00Z\"";
        const QByteArray policies = "\"policies\":[{\"Version\":\"2024-09-01\",\"Statement\":[]}]";
        QTest::newRow("not JSON") << QByteArray("{\"apiKeys\":[");
        QTest::newRow("no apiKeys") << QByteArray("{\"keys\":[]}");
        QTest::newRow("apiKeys not an array") << QByteArray("{\"apiKeys\":{}}");
        QTest::newRow("a key without createdAt") << QByteArray(
            "{\"apiKeys\":[{\"id\":\"k\",\"name\":\"n\",\"prefix\":\"p\",\"legacy\":false,\"enabled\":true," +
            policies + "}]}");
        QTest::newRow("a key without policies") << QByteArray("{\"apiKeys\":[{" + key + "}]}");
        QTest::newRow("a number for a name")
            << QByteArray("{\"apiKeys\":[{\"id\":\"k\",\"name\":3,\"prefix\":\"p\",\"legacy\":false,\"enabled\":true,"
                          "\"createdAt\":\"2026-01-01T00:00:00Z\"," +
                          policies + "}]}");
        QTest::newRow("a bad timestamp") << QByteArray(
            "{\"apiKeys\":[{\"id\":\"k\",\"name\":\"n\",\"prefix\":\"p\",\"legacy\":false,\"enabled\":true,"
            "\"createdAt\":\"yesterday\"," +
            policies + "}]}");
        QTest::newRow("a statement with a Condition")
            << QByteArray("{\"apiKeys\":[{" + key +
                          ",\"policies\":[{\"Version\":\"2024-09-01\",\"Statement\":[{\"Effect\":\"Allow\",\"Actions\":"
                          "[\"api:Read\"],"
                          "\"Resources\":[\"runpod/api/*\"],\"Condition\":{\"IpAddress\":\"10.0.0.0/8\"}}]}]}]}");
        QTest::newRow("a document without Version")
            << QByteArray("{\"apiKeys\":[{" + key + ",\"policies\":[{\"Statement\":[]}]}]}");
        QTest::newRow("a next page without a cursor")
            << QByteArray("{\"apiKeys\":[],\"pagination\":{\"hasNextPage\":true,\"nextCursor\":null}}");
        QTest::newRow("trailing bytes") << QByteArray("{\"apiKeys\":[]} x");
    }

    void unusualBodiesAreLeftToTheUsualPath()
    {
        QFETCH(QByteArray, body);
#ifdef PODWARDEN_HAVE_SIMDJSON
        QByteArray copy = body;
        QVERIFY(!decodeApiKeyPage(copy).has_value());
#endif
        // The usual path then decides: it either names the fault or, for what it accepts as it
        // is (a Condition kept verbatim), decodes it.
        const auto json = parseJsonObject(body);
        const bool slowOk =
            json.ok() && decodeApiKeyList(json.value()).ok() && PageInfo::fromListBody(json.value()).ok();
        QCOMPARE(slowOk, QByteArray(QTest::currentDataTag()) == "a statement with a Condition");
    }
};

QTEST_GUILESS_MAIN(TestKeyPageDecoder)
#include "tst_keypagedecoder.moc"
