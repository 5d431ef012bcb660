// SandboxLauncher, the engine of `podwarden --sandbox`: finds and starts the real
// podwarden-sandbox, seeds demo data only into an empty folder, reads the ready line and the
// admin key, stops it, and reports each way it can fail.
#include "SandboxProcess.h"
#include "sandbox/SandboxLauncher.h"

#include <QtTest>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

using namespace podwarden;
using namespace podwarden::test;

class TestSandboxLauncher final : public QObject
{
    Q_OBJECT
private slots:
    void init() { qputenv("PODWARDEN_SANDBOX", SandboxProcess::executable().toUtf8()); }

    void startsSeedsAndStops()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath("sandbox");
        QUrl firstBase;
        {
            SandboxLauncher launcher;
            QSignalSpy ready(&launcher, &SandboxLauncher::ready);
            launcher.start(data);
            QVERIFY(ready.wait(30000));
            QVERIFY(launcher.isRunning());
            QCOMPARE(launcher.apiBase().host(), QStringLiteral("127.0.0.1"));
            const SecretBuffer key = launcher.readAdminKey();
            QVERIFY(key.bytes().startsWith("rpa_"));
            HttpClient http;
            const HttpResult keys = http.get(url(launcher.apiBase(), "/v2/account/api-keys"), key.bytes());
            QCOMPARE(keys.status, 200);
            QCOMPARE(keys.json().value("apiKeys").toArray().size(), 13); // the demo account
            QCOMPARE(http.post(url(launcher.apiBase(), "/v2/account/secrets"), key.bytes(),
                               {{"name", "kept_between_runs"}, {"value", "v"}})
                         .status,
                     201);
            firstBase = launcher.apiBase();
            launcher.stop();
            QVERIFY(!launcher.isRunning());
            QVERIFY(!http.get(url(firstBase, "/v2/templates"), key.bytes()).networkError.isEmpty());
        }
        // A second start keeps what the user did: no new seed over it.
        SandboxLauncher again;
        QSignalSpy ready(&again, &SandboxLauncher::ready);
        again.start(data);
        QVERIFY(ready.wait(30000));
        HttpClient http;
        const HttpResult secrets = http.get(url(again.apiBase(), "/v2/account/secrets"), again.readAdminKey().bytes());
        QCOMPARE(secrets.json().value("secrets").toArray().size(), 9);
    }

    // `podwarden --sandbox paperspace`: the same program in its Paperspace mode, with a data
    // directory of its own.
    void startsThePaperspaceSandbox()
    {
        QTemporaryDir dir;
        SandboxLauncher launcher;
        launcher.setExtraArguments({"--provider", "paperspace"});
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(dir.filePath("sandbox-paperspace"));
        QVERIFY2(ready.wait(30000),
                 qPrintable(failed.isEmpty() ? launcher.errorString() : failed.first().first().toString()));
        QCOMPARE(launcher.apiBase().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!launcher.apiBase().path().endsWith("/v1")); // clients append /v1/...
        const SecretBuffer key = launcher.readAdminKey();
        QVERIFY(!key.isEmpty());
        HttpClient http;
        const HttpResult secrets = http.get(url(launcher.apiBase(), "/v1/projects/pr_sandbox/secrets"), key.bytes());
        QCOMPARE(secrets.status, 200);
        QVERIFY(!secrets.json().value("items").toArray().isEmpty()); // the demo account
        QCOMPARE(http.get(url(launcher.apiBase(), "/v1/projects/pr_sandbox/secrets"), "wrong").status, 401);
        launcher.stop();

        // The same folder started as Runpod's is refused, with the sandbox's reason: hence a folder per kind.
        SandboxLauncher runpod;
        QSignalSpy refused(&runpod, &SandboxLauncher::failed);
        runpod.start(dir.filePath("sandbox-paperspace"));
        QVERIFY(refused.wait(30000));
        QVERIFY2(refused.first().first().toString().contains("paperspace"),
                 qPrintable(refused.first().first().toString()));
    }

    void eachKindHasItsOwnDataDirectory()
    {
        const QString runpod = SandboxLauncher::defaultDataDirectory();
        QVERIFY(runpod.endsWith("/sandbox"));
        QCOMPARE(SandboxLauncher::defaultDataDirectory("runpod"), runpod);
        QCOMPARE(SandboxLauncher::defaultDataDirectory("paperspace"), runpod + "-paperspace");
    }

    void destroyingTheLauncherStopsTheSandbox()
    {
        QTemporaryDir dir;
        qint64 pid = 0;
        {
            SandboxLauncher launcher;
            QSignalSpy ready(&launcher, &SandboxLauncher::ready);
            launcher.start(dir.filePath("s"));
            QVERIFY(ready.wait(30000));
            pid = launcher.processId();
            QVERIFY(pid > 0);
            // It runs nicer than Podwarden: the window comes first.
            errno = 0;
            const int own = ::getpriority(PRIO_PROCESS, 0);
            QCOMPARE(errno, 0);
            QCOMPARE(::getpriority(PRIO_PROCESS, static_cast<id_t>(pid)),
                     std::min(own + SandboxLauncher::kNiceness, 19));
        }
        QVERIFY(::kill(static_cast<pid_t>(pid), 0) != 0); // gone
    }

    void aMissingProgramIsExplained()
    {
        qunsetenv("PODWARDEN_SANDBOX");
        if (!SandboxLauncher::findExecutable().isEmpty())
            QSKIP("podwarden-sandbox is installed on this machine");
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(QDir::tempPath() + "/never-used");
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains("PODWARDEN_SANDBOX"));
    }

    void aSandboxThatRefusesToStartIsExplained()
    {
        QTemporaryFile notADirectory;
        QVERIFY(notADirectory.open());
        notADirectory.write("x");
        notADirectory.close();
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        launcher.start(notADirectory.fileName());
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains("exit code 2"), qPrintable(message));
        QVERIFY(!launcher.isRunning());
    }

    void aCrashAfterStartIsReported()
    {
        QTemporaryDir dir;
        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy exited(&launcher, &SandboxLauncher::exitedUnexpectedly);
        launcher.start(dir.filePath("s"));
        QVERIFY(ready.wait(30000));
        QCOMPARE(::kill(static_cast<pid_t>(launcher.processId()), SIGKILL), 0);
        QVERIFY(exited.wait(10000));
        QVERIFY(!exited.first().first().toString().isEmpty());
        QVERIFY(!launcher.isReady());
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
