#include "SandboxProcess.h"
#include "SandboxService.h"
#include "Seeder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::sandbox;

// The sandbox at the size a large team's account reaches: seeding large:100000 (100,000 keys,
// 10,000 endpoints and secrets, 5,000 templates) and answering GET /v2/account/api-keys with all
// of them, in process (auth, SQL, encoding) and over real HTTP from the real executable.
class BenchSandbox final : public QObject
{
    Q_OBJECT
private slots:
    void seedLarge100k();
    void listKeysInProcess();
    void listKeysOverHttp();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_adminKey;
};

void BenchSandbox::seedLarge100k()
{
    // QtTest may call a benchmark function more than once: each call seeds a new directory.
    m_dir = std::make_unique<QTemporaryDir>();
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto service = SandboxService::open(m_dir->path(), {}, &error);
    QVERIFY2(service, qPrintable(error));
    m_adminKey = Seeder::large(*service, 100000).toLatin1();
    QTest::setBenchmarkResult(qreal(timer.elapsed()), QTest::WalltimeMilliseconds);
    QVERIFY(!service->store().takeFailure());
    QCOMPARE(service->store().keyCount(), 100000);
}

void BenchSandbox::listKeysInProcess()
{
    QString error;
    SandboxService::Config config;
    config.rateLimit = 1'000'000;
    auto service = SandboxService::open(m_dir->path(), config, &error);
    QVERIFY2(service, qPrintable(error));
    HttpRequest request;
    request.path = QStringLiteral("/v2/account/api-keys");
    request.authorization = "Bearer " + m_adminKey;
    // Every page of the list (1,000 keys each at the default limit), as a client follows them.
    qsizetype bytes = 0;
    int pages = 0;
    QBENCHMARK
    {
        bytes = 0;
        pages = 0;
        QString cursor;
        do {
            HttpRequest page = request;
            if (!cursor.isEmpty())
                page.query.addQueryItem(QStringLiteral("cursor"), cursor);
            const HttpResponse response = service->handle(page);
            QCOMPARE(response.status, 200);
            bytes += response.body.size();
            ++pages;
            const QJsonObject pagination =
                QJsonDocument::fromJson(response.body).object().value(QStringLiteral("pagination")).toObject();
            cursor = pagination.value(QStringLiteral("hasNextPage")).toBool()
                         ? pagination.value(QStringLiteral("nextCursor")).toString()
                         : QString();
        } while (!cursor.isEmpty());
    }
    QCOMPARE(pages, 100);
    QVERIFY(bytes > 100000 * 200);
}

void BenchSandbox::listKeysOverHttp()
{
    test::SandboxProcess sandbox;
    // The benchmark's own data directory: the process opens the account seeded above.
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("sandbox.db")), sandbox.dataDir() + "/sandbox.db"));
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("secrets.key")), sandbox.dataDir() + "/secrets.key"));
    QFile keyFile(sandbox.adminKeyFile());
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(m_adminKey);
    keyFile.close();
    QVERIFY2(sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}),
             qPrintable(sandbox.errorString()));
    test::HttpClient http;
    test::PagedList keys;
    QBENCHMARK
    {
        keys = test::readAllPages(http, sandbox.apiBase(), QStringLiteral("/v2/account/api-keys"), m_adminKey,
                                  QStringLiteral("apiKeys"));
    }
    QVERIFY2(keys.error.isEmpty(), qPrintable(keys.error));
    QCOMPARE(keys.items.size(), 100000);
    QCOMPARE(keys.pages, 100);
    QCOMPARE(sandbox.stop(), 0);
}

QTEST_GUILESS_MAIN(BenchSandbox)
#include "bench_sandbox.moc"
