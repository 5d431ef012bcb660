// Issue 19, item 4: exports, read back by Python's csv and json modules (tests/support/
// read_export.py) and compared with the service's own lists read over HTTP. The history of a
// filter from the demo account, every page; the key inventory of large:100000 as CSV and JSON, with
// no secret value and no raw key in its bytes, its memory measured; a cancel leaves no file.
#include "ApiKeyFilterProxy.h"
#include "AppTestEnvironment.h"
#include "SandboxProcess.h"
#include "audit/AuditPage.h"
#include "export/Exports.h"
#include "keys/ApiKeysPage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QUrlQuery>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

struct ReadBack
{
    int count = -1;
    int unique = -1;
    QString ids; // SHA-256 of the sorted ids, one a line
    QStringList columns;
    QStringList problems;
    QString error;
};

ReadBack readBack(const QString& path, const char* listKey, const char* idField)
{
    ReadBack r;
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {qEnvironmentVariable("PODWARDEN_SOURCE_DIR") + QStringLiteral("/tests/support/read_export.py"), path,
                  QLatin1String(listKey), QLatin1String(idField)});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        r.error = QString::fromUtf8(python.readAllStandardError());
        return r;
    }
    const QJsonObject out = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    r.count = out["count"].toInt();
    r.unique = out["unique"].toInt();
    r.ids = out["ids"].toString();
    for (const QJsonValue& c : out["columns"].toArray())
        r.columns << c.toString();
    for (const QJsonValue& p : out["problems"].toArray())
        r.problems << p.toString();
    return r;
}

QString digestOf(QStringList ids)
{
    ids.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

// How the job ended, waited for.
struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString message;
    int progressReports = 0;
};

std::shared_ptr<Outcome> watch(ExportJob* job)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &ExportJob::progress, job, [outcome](int, int) { ++outcome->progressReports; });
    QObject::connect(job, &ExportJob::finished, job, [outcome](bool ok, const QString& message) {
        outcome->finished = true;
        outcome->ok = ok;
        outcome->message = message;
    });
    return outcome;
}

Outcome follow(const std::shared_ptr<Outcome>& outcome, int timeoutMs = 120000)
{
    if (!QTest::qWaitFor([outcome] { return outcome->finished; }, timeoutMs))
        qWarning("the export did not finish");
    return *outcome;
}

Outcome follow(ExportJob* job)
{
    return follow(watch(job));
}

qint64 procStatusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_out;
    QTranslator m_english;
    HttpClient m_http;

    QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        QVERIFY(m_out.isValid());
    }

    void theHistoryOfAFilterEveryPage()
    {
        SandboxProcess sandbox;
        Session session(nullptr, nullptr);
        const QString failure = openDemoSession(sandbox, session, "Export");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        AuditPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* kind = page.findChild<QComboBox*>(QStringLiteral("kindFilter"));
        kind->setCurrentIndex(kind->findData(int(ResourceType::Secret)));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 15000);

        // The service's answer to the same filter, every page.
        const PagedList expected =
            readAllPages(m_http, sandbox.apiBase(), QStringLiteral("/v2/account/events?resourceType=secret"),
                         sandbox.adminKey(), QStringLiteral("events"), 5);
        QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
        QVERIFY(expected.items.size() > 10);

        for (const char* name : {"history.csv", "history.json"}) {
            const QString path = m_out.filePath(QLatin1String(name));
            const Outcome outcome = follow(page.exportEventsTo(path));
            QVERIFY2(outcome.ok, qPrintable(outcome.message));
            const ReadBack back = readBack(path, "events", "id");
            QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
            QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join("; ")));
            QCOMPARE(back.count, int(expected.items.size()));
            QCOMPARE(back.ids, digestOf(expected.ids()));
            // CSV flattens the actor into columns; JSON keeps the event's own shape.
            const bool json = path.endsWith(".json");
            for (const char* column : {"at", json ? "actor" : "actorUser", "action", "resourceType", "resourceName"})
                QVERIFY2(back.columns.contains(QLatin1String(column)), column);
        }
        // The banner says where it went.
        QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("auditMessage"))->text().contains("history.json"));

        // Cancelled at once: no file, no temporary file left beside it.
        const QStringList before = filesIn(m_out.path());
        ExportJob* job = page.exportEventsTo(m_out.filePath("cancelled.csv"));
        const auto watched = watch(job);
        job->cancel();
        const Outcome cancelled = follow(watched);
        QVERIFY(cancelled.finished);
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.message.isEmpty());
        QCOMPARE(filesIn(m_out.path()), before);
        sandbox.stop();
    }

    void theKeyInventoryOf100000Keys()
    {
        SandboxProcess sandbox;
        Session session(nullptr, nullptr);
        const QString failure = openDemoSession(sandbox, session, "Large", {}, QStringLiteral("large:100000"), 240000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QTRY_COMPARE_WITH_TIMEOUT(session.snapshot().apiKeys.size(), 100000, 60000);
        // A secret whose value the test knows: it must not be anywhere in the files.
        const QByteArray secretValue = "export-canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const HttpResult made = m_http.post(url(sandbox.apiBase(), "/v2/account/secrets"), sandbox.adminKey(),
                                            {{"name", "export_canary"}, {"value", QString::fromLatin1(secretValue)}});
        QCOMPARE(made.status, 201);

        ApiKeysPage page(&session);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE_WITH_TIMEOUT(page.proxy()->rowCount(), 100000, 30000);

        const PagedList service = readAllPages(m_http, sandbox.apiBase(), QStringLiteral("/v2/account/api-keys"),
                                               sandbox.adminKey(), QStringLiteral("apiKeys"));
        QVERIFY2(service.error.isEmpty(), qPrintable(service.error));
        QCOMPARE(service.items.size(), 100000);
        const QString serviceIds = digestOf(service.ids());

        for (const char* name : {"keys.csv", "keys.json"}) {
            const QString path = m_out.filePath(QLatin1String(name));
            // The peak resident memory from here on, against what the app holds before it.
            QFile clear(QStringLiteral("/proc/self/clear_refs"));
            const bool peakReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
            clear.close();
            const qint64 before = procStatusKb("VmRSS:");
            const Outcome outcome = follow(page.exportKeysTo(path));
            const qint64 peak = procStatusKb("VmHWM:");
            QVERIFY2(outcome.ok, qPrintable(outcome.message));
            QVERIFY(outcome.progressReports > 10); // the progress dialog moved as it went
            if (peakReset) {
                qInfo("%s: %lld MB held before, peak %lld MB while exporting", name, before / 1024, peak / 1024);
                // Written key by key: the export adds little to what the app already holds.
                QVERIFY2(peak - before < 96 * 1024,
                         qPrintable(QString("the export added %1 MB").arg((peak - before) / 1024)));
            }

            const ReadBack back = readBack(path, "apiKeys", "id");
            QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
            QVERIFY2(back.problems.isEmpty(), qPrintable(back.problems.join("; ")));
            QCOMPARE(back.count, 100000);
            QCOMPARE(back.unique, 100000);
            QCOMPARE(back.ids, serviceIds);
            for (const char* column : {"name", "prefix", "id", "createdAt", "createdBy", "lastUsedAt", "enabled",
                                       "legacy", "access", "endpointGrants", "expiresAt"})
                QVERIFY2(back.columns.contains(QLatin1String(column)), column);

            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(secretValue));
            QVERIFY(!bytes.contains(sandbox.adminKey()));
            QVERIFY(!bytes.contains("rawKey"));
            QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }

        // Filtered: only what the list shows.
        page.showOnly(ApiKeyFilterProxy::Legacy);
        const int legacy = page.proxy()->rowCount();
        QVERIFY(legacy > 0 && legacy < 100000);
        const QString legacyPath = m_out.filePath("legacy.csv");
        QVERIFY(follow(page.exportKeysTo(legacyPath)).ok);
        QCOMPARE(readBack(legacyPath, "apiKeys", "id").count, legacy);
        page.showOnly({});

        // Cancelled while writing 100,000 keys: the earlier file of that name stays as it was.
        const QString existing = m_out.filePath("keys.csv");
        const QByteArray earlier = [&] {
            QFile f(existing);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QStringList before = filesIn(m_out.path());
        ExportJob* job = page.exportKeysTo(existing);
        const auto watched = watch(job);
        job->cancel();
        const Outcome cancelled = follow(watched);
        QVERIFY(cancelled.finished && !cancelled.ok && cancelled.message.isEmpty());
        QCOMPARE(filesIn(m_out.path()), before);
        QFile again(existing);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll() == earlier);
        QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("keysMessage"))->text().contains("cancelled"));
        sandbox.stop();
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
