// The canary: a unique account key and a unique secret value go through a full session with
// every debug category on (profile saved, key into the keyring, connect, load; the secret created,
// its value replaced and the secret deleted through the secrets screen's dialogs, as a user would;
// refresh, close). Then every file under HOME, the app's config, data and cache folders, the
// captured log and the sandbox's own data folder (its database, WAL and key file) is searched
// for both, as bytes, UTF-16 and base64: zero hits.
#include "AppTestEnvironment.h"
#include "SandboxProcess.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "account/Session.h"
#include "secrethandling/Redactor.h"
#include "secrets/SecretsPage.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

QFile* g_log = nullptr;

void writeToLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (g_log) {
        g_log->write((QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                      message + QLatin1Char('\n'))
                         .toUtf8());
        g_log->flush();
    }
}

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestCanary final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateAppFolders(m_home);
        m_log.setFileName(m_home.filePath("podwarden.log"));
        QVERIFY(m_log.open(QIODevice::WriteOnly));
        g_log = &m_log;
        // The log file sees messages after the redactor, as the app's own handler does.
        qInstallMessageHandler(writeToLog);
        installRedactingMessageHandler();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.qpa.*=false"));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        g_log = nullptr;
    }

    void nothingKeepsTheCanary()
    {
        SandboxProcess service; // its own data folder, searched too once it has stopped
        QVERIFY2(service.start({"--seed", "demo"}), qPrintable(service.errorString()));
        HttpClient http;
        const HttpResult created = http.post(url(service.apiBase(), "/v2/account/api-keys"), service.adminKey(),
                                             {{"name", "canary"}, {"policies", AccessPolicy::all().toDocuments()}});
        QCOMPARE(created.status, 201);
        const QByteArray canaryKey = created.json().value("rawKey").toString().toLatin1();
        QVERIFY(canaryKey.startsWith("rpa_"));
        const QByteArray canaryValue = "canary-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

        {
            Profile profile = Profile::makeNew("Canary");
            profile.managementBase = service.apiBase();
            profile.invocationBase = service.invokeBase();
            ProfileStore profiles;
            profiles.save(profile);
            profiles.setCurrentId(profile.id);
            profiles.sync();

            LocalStore store(LocalStore::defaultPath());
            QVERIFY(store.open());
            CredentialStore credentials(QStringLiteral("PodwardenCanary-") + QUuid::createUuid().toString());
            QByteArray keyCopy = canaryKey;
            bool stored = false;
            credentials.storeKey(profile.id, SecretBuffer::takeFrom(keyCopy), this,
                                 [&stored](CredentialResult) { stored = true; });
            QTRY_VERIFY_WITH_TIMEOUT(stored, 30000);

            Session session(&store, &credentials);
            session.open(profile); // the key comes back from the keyring (or the session-only store)
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Online, 30000);
            QCOMPARE(session.snapshot().apiKeys.size(), 14);

            // Through the window: typed into the dialogs, as a user would.
            SecretsPage page(&session);
            page.show();
            const auto typeInto = [](QWidget* dialog, const char* field, const QByteArray& text) {
                QTest::keyClicks(dialog->findChild<QLineEdit*>(QLatin1String(field)), QString::fromLatin1(text));
            };
            whenShown("createSecretDialog", [&](QWidget* dialog) {
                typeInto(dialog, "secretName", "canary_secret");
                typeInto(dialog, "secretValue", canaryValue);
                dialog->findChild<QAbstractButton*>("createSecret")->click();
            });
            page.createSecret();
            QVERIFY(page.selectSecret("canary_secret"));
            QCOMPARE(session.snapshot().secrets.size(), 9);

            whenShown("replaceSecretDialog", [&](QWidget* dialog) {
                typeInto(dialog, "secretValue", canaryValue + "-2");
                dialog->findChild<QAbstractButton*>("replaceValue")->click();
            });
            page.replaceSelectedValue();
            QVERIFY(page.findChild<QLabel*>("secretsMessage")->text().contains("was replaced"));

            QSignalSpy loaded(&session, &Session::snapshotChanged);
            session.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000); // the cache is written with the secret in it
            QCOMPARE(session.snapshot().secrets.size(), 9);

            QVERIFY(page.selectSecret("canary_secret"));
            whenShown("deleteSecretDialog", [&](QWidget* dialog) {
                typeInto(dialog, "confirmName", "canary_secret");
                dialog->findChild<QAbstractButton*>("deleteSecret")->click();
            });
            page.deleteSelectedSecret();
            QVERIFY(!page.selectSecret("canary_secret"));
            QCOMPARE(session.snapshot().secrets.size(), 8);

            session.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 15000);
            QCOMPARE(session.snapshot().secrets.size(), 8);
            credentials.removeKey(profile.id, this, [](CredentialResult) {});
            QTest::qWait(200);
        }
        QCOMPARE(service.stop(), 0);
        m_log.flush();
        QVERIFY2(m_log.size() > 0, "debug logging produced nothing: the test would prove nothing");
        QVERIFY(QFile::exists(LocalStore::defaultPath()));

        const QList<QByteArray> needles = {
            canaryKey, canaryValue,
            QByteArray::fromRawData(reinterpret_cast<const char*>(QString::fromLatin1(canaryKey).utf16()),
                                    canaryKey.size() * 2),
            canaryKey.toBase64(), canaryValue.toBase64()};
        QStringList roots = {m_home.path(), service.dataDir()};
        if (!qEnvironmentVariableIsEmpty("HOME"))
            roots << qEnvironmentVariable("HOME");
        int searched = 0;
        for (const QString& root : roots) {
            for (const QString& path : filesUnder(root)) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                ++searched;
                for (const QByteArray& needle : needles)
                    QVERIFY2(!content.contains(needle), qPrintable("the canary is in " + path));
            }
        }
        QVERIFY(searched >= 4); // the log, the settings, the local store, the sandbox's database at least
        QVERIFY(!filesUnder(service.dataDir()).isEmpty());
        QVERIFY(QFile(m_home.filePath("podwarden.log")).size() > 0);

        // A positive control: the same search finds a canary that is there.
        QTemporaryDir control;
        QFile planted(control.filePath("nested/planted.bin"));
        QDir().mkpath(control.filePath("nested"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("prefix " + canaryValue.toBase64() + " suffix");
        planted.close();
        bool found = false;
        for (const QString& path : filesUnder(control.path())) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            found = found || file.readAll().contains(needles.last());
        }
        QVERIFY(found);
    }

private:
    QTemporaryDir m_home;
    QFile m_log;
};

QTEST_MAIN(TestCanary)
#include "tst_canary.moc"
