// bench_savedcopy: the offline copy's writes at 100,000 keys, into a real SQLite file. After every
// load from the service the account is saved; what that costs the saved copy's thread (and, on two
// cores, the window beside it) is what these measure:
//   encodeKeys100k        the rows' JSON alone (ApiKey::toJson, compact), no SQLite
//   saveWhole100k         the whole account written, as for a store that holds nothing yet
//   saveUnchanged100k     the same account saved again over what the store holds (as the saved
//                         copy's thread does after a refresh: it knows what it last wrote)
//   saveTenChanged100k    the account again with 10 keys changed, one moved to the end and renamed
//                         (every key after it moves up one place)
//
// The keys are the real pages of the sandbox when PODWARDEN_BENCH_PAYLOAD names a file of them
// (one page a line, as `fetch_lists --save-keys` writes), else 100,000 made up.
#include "ApiKey.h"
#include "BenchPayload.h"
#include "JsonReader.h"
#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace podwarden;

class BenchSavedCopy final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void encodeKeys100k();
    void saveWhole100k();
    void saveUnchanged100k();
    void saveTenChanged100k();

private:
    AccountSnapshot m_account;
    QTemporaryDir m_dir;
};

void BenchSavedCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QList<QByteArray> pages = bench::payloadPages(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QByteArray& page : pages) {
        const auto keys = decodeApiKeyList(parseJsonObject(page).value());
        QVERIFY(keys.ok());
        m_account.apiKeys += keys.value();
    }
    if (pages.isEmpty())
        m_account.apiKeys = bench::madeUpKeys(100000);
    m_account.fetchedAt = QDateTime::currentDateTimeUtc();
    qInfo("%lld keys", qlonglong(m_account.apiKeys.size()));
}

void BenchSavedCopy::encodeKeys100k()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        bytes = 0;
        for (const ApiKey& key : std::as_const(m_account.apiKeys))
            bytes += QJsonDocument(key.toJson()).toJson(QJsonDocument::Compact).size();
    }
    QVERIFY(bytes > 0);
}

void BenchSavedCopy::saveWhole100k()
{
    int run = 0;
    QBENCHMARK
    {
        LocalStore store(m_dir.filePath(QStringLiteral("whole-%1.sqlite").arg(run++)));
        QVERIFY(store.open());
        QVERIFY2(store.saveSnapshot(QStringLiteral("p"), m_account), qPrintable(store.errorString()));
    }
}

void BenchSavedCopy::saveUnchanged100k()
{
    LocalStore store(m_dir.filePath(QStringLiteral("unchanged.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.saveSnapshot(QStringLiteral("p"), m_account));
    const LocalStore::StoredAccount stored{m_account, {}};
    QBENCHMARK
    {
        QVERIFY2(store.saveSnapshot(QStringLiteral("p"), m_account, &stored), qPrintable(store.errorString()));
    }
    const auto back = store.loadSnapshot(QStringLiteral("p"));
    QVERIFY(back);
    QCOMPARE(back->apiKeys.size(), m_account.apiKeys.size());
}

void BenchSavedCopy::saveTenChanged100k()
{
    LocalStore store(m_dir.filePath(QStringLiteral("changed.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.saveSnapshot(QStringLiteral("p"), m_account));
    AccountSnapshot changed = m_account;
    int round = 0;
    QBENCHMARK
    {
        ++round;
        const LocalStore::StoredAccount stored{changed, {}};
        for (int i = 0; i < 10; ++i)
            changed.apiKeys[i * 9973 % changed.apiKeys.size()].name = QStringLiteral("renamed %1 %2").arg(round).arg(i);
        ApiKey added = changed.apiKeys.takeAt(5000);
        added.id += QStringLiteral("_%1").arg(round);
        changed.apiKeys.append(added);
        QVERIFY2(store.saveSnapshot(QStringLiteral("p"), changed, &stored), qPrintable(store.errorString()));
    }
    const auto back = store.loadSnapshot(QStringLiteral("p"));
    QVERIFY(back);
    QCOMPARE(back->apiKeys, changed.apiKeys);
}

QTEST_GUILESS_MAIN(BenchSavedCopy)
#include "bench_savedcopy.moc"
