#include "account/Profile.h"
#include "account/ProfileStore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace podwarden;

class ProfileTest final : public QObject
{
    Q_OBJECT

private slots:
    void validateBases_data()
    {
        QTest::addColumn<QString>("management");
        QTest::addColumn<QString>("invocation");
        QTest::addColumn<QString>("named"); // empty: valid; otherwise the message must contain it

        QTest::newRow("cloud https") << "https://api.runpod.io"
                                     << "https://api.runpod.ai"
                                     << "";
        QTest::newRow("https with port and path") << "https://proxy.example.com:8443/runpod"
                                                  << "https://x.example"
                                                  << "";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080"
                                        << "http://127.0.0.1:8081"
                                        << "";
        QTest::newRow("http 127.8.9.10") << "http://127.8.9.10:8080"
                                         << "https://api.runpod.ai"
                                         << "";
        QTest::newRow("http localhost") << "http://localhost:8080"
                                        << "http://LOCALHOST:8081"
                                        << "";
        QTest::newRow("http [::1]") << "http://[::1]:8080"
                                    << "http://[::1]:8081"
                                    << "";
        QTest::newRow("http example.com") << "http://example.com"
                                          << "https://api.runpod.ai"
                                          << "example.com";
        QTest::newRow("http invocation remote") << "https://api.runpod.io"
                                                << "http://invoke.example.net:80"
                                                << "invoke.example.net";
        QTest::newRow("loopback-looking name") << "http://127.0.0.1.example.com"
                                               << "https://api.runpod.ai"
                                               << "127.0.0.1.example.com";
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1:8080"
                                       << "https://api.runpod.ai"
                                       << "10.0.0.1";
        QTest::newRow("ftp") << "ftp://files.example.com"
                             << "https://api.runpod.ai"
                             << "files.example.com";
        QTest::newRow("no host") << "https://"
                                 << "https://api.runpod.ai"
                                 << "https:";
        QTest::newRow("user info") << "https://ana@api.example.com"
                                   << "https://api.runpod.ai"
                                   << "api.example.com";
    }

    void validateBases()
    {
        QFETCH(QString, management);
        QFETCH(QString, invocation);
        QFETCH(QString, named);
        Profile p = Profile::makeNew("Personal");
        p.managementBase = QUrl(management);
        p.invocationBase = QUrl(invocation);
        const QString message = p.validate();
        if (named.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY(!message.isEmpty());
            QVERIFY2(message.contains(named), qPrintable(message));
        }
    }

    void passwordIsNotRepeated()
    {
        Profile p = Profile::makeNew("Personal");
        p.managementBase = QUrl("http://ana:hunter2@example.com");
        const QString message = p.validate();
        QVERIFY(message.contains("example.com"));
        QVERIFY2(!message.contains("hunter2"), qPrintable(message));
    }

    void nameIsRequired()
    {
        Profile p = Profile::makeNew("   ");
        QVERIFY(!p.validate().isEmpty());
        p.name = "Team";
        QCOMPARE(p.validate(), QString());
    }

    void missingCaFile()
    {
        QTemporaryDir dir;
        Profile p = Profile::makeNew("Sandbox");
        p.caFile = dir.filePath("nowhere/ca.pem");
        const QString message = p.validate();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(p.caFile), qPrintable(message));
    }

    void caFileWithoutCertificate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ca.pem");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN NOTHING-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END NOTHING-----\n");
        file.close();
        Profile p = Profile::makeNew("Sandbox");
        p.caFile = path;
        const QString message = p.validate();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(path), qPrintable(message));

        p.caFile = dir.path(); // a folder is not a CA file
        QVERIFY(p.validate().contains(dir.path()));
    }

    void realCaFile()
    {
        if (QStandardPaths::findExecutable("openssl").isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        // A '*' in the name: the file is read as a file, not as a wildcard pattern.
        const QString cert = dir.filePath("company*ca.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                                  "/CN=Podwarden Test CA", "-keyout", dir.filePath("ca.key"), "-out", cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        Profile p = Profile::makeNew("Team");
        p.managementBase = QUrl("https://proxy.example.com");
        p.caFile = cert;
        QCOMPARE(p.validate(), QString());

        // The private key alone is PEM too, but no certificate.
        p.caFile = dir.filePath("ca.key");
        QVERIFY(p.validate().contains(p.caFile));
    }

    void makeNew()
    {
        const Profile a = Profile::makeNew("Personal");
        const Profile b = Profile::makeNew("Personal");
        QCOMPARE(a.name, QString("Personal"));
        QVERIFY(a.id != b.id);
        QVERIFY(!QUuid::fromString(a.id).isNull());
        QVERIFY(!a.id.contains('{'));
        QCOMPARE(a.provider, Profile::Provider::Runpod);
        QCOMPARE(a.managementBase.scheme(), QString("https"));
        QCOMPARE(a.invocationBase.scheme(), QString("https"));
        QVERIFY(a.caFile.isEmpty());
        QCOMPARE(a.validate(), QString());
    }

    void wireStrings()
    {
        QCOMPARE(toWireString(Profile::Provider::Runpod), QString("runpod"));
        QCOMPARE(toWireString(Profile::Provider::Sandbox), QString("sandbox"));
        QCOMPARE(providerFromString("sandbox"), std::optional(Profile::Provider::Sandbox));
        QCOMPARE(providerFromString("runpod"), std::optional(Profile::Provider::Runpod));
        QCOMPARE(toWireString(Profile::Provider::Paperspace), QString("paperspace"));
        QCOMPARE(toWireString(Profile::Provider::PaperspaceSandbox), QString("paperspace-sandbox"));
        QCOMPARE(providerFromString("paperspace"), std::optional(Profile::Provider::Paperspace));
        QCOMPARE(providerFromString("paperspace-sandbox"), std::optional(Profile::Provider::PaperspaceSandbox));
        QVERIFY(!providerFromString("azure").has_value());
        QVERIFY(!providerFromString("").has_value());
    }

    void paperspaceProfiles()
    {
        Profile p = Profile::makeNew("Gradient", Profile::Provider::Paperspace);
        QVERIFY(p.isPaperspace());
        QVERIFY(!p.isSandbox());
        QCOMPARE(p.managementBase, QUrl("https://api.paperspace.com"));
        QVERIFY(p.invocationBase.isEmpty()); // each deployment has its own endpoint
        QVERIFY2(p.validate().contains("project"), qPrintable(p.validate()));
        p.projectId = "pr/../x";
        QVERIFY2(p.validate().contains("not a Paperspace project id"), qPrintable(p.validate()));
        p.projectId = "pr_sandbox";
        QCOMPARE(p.validate(), QString());
        p.teamId = "te 1";
        QVERIFY2(p.validate().contains("team id"), qPrintable(p.validate()));
        p.teamId = "te_sandbox";
        QCOMPARE(p.validate(), QString());
        Profile local = Profile::makeNew("Local Gradient", Profile::Provider::PaperspaceSandbox);
        QVERIFY(local.isPaperspace() && local.isSandbox());

        QTemporaryDir dir;
        {
            ProfileStore store(dir.filePath("podwarden.ini"));
            store.save(p);
            store.sync();
        }
        ProfileStore store(dir.filePath("podwarden.ini"));
        QCOMPARE(store.profile(p.id), std::optional<Profile>(p));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath("podwarden.ini");
        Profile personal = Profile::makeNew("Personal");
        Profile sandbox = Profile::makeNew("a sandbox");
        sandbox.provider = Profile::Provider::Sandbox;
        sandbox.managementBase = QUrl("http://127.0.0.1:18080");
        sandbox.invocationBase = QUrl("http://127.0.0.1:18081/v2");
        sandbox.caFile = dir.filePath("sandbox-ca.pem");
        {
            ProfileStore store(ini);
            QVERIFY(store.profiles().isEmpty());
            QVERIFY(!store.current().has_value());
            store.save(personal);
            store.save(sandbox);
            store.setCurrentId(sandbox.id);
            store.sync();
        }
        ProfileStore store(ini);
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), sandbox); // sorted by name, ignoring case
        QCOMPARE(all.at(1), personal);
        // A CA file that is missing right now does not hide the profile; connecting reports it.
        QVERIFY(!all.at(0).validate().isEmpty());
        QCOMPARE(store.profile(personal.id), std::optional(personal));
        QVERIFY(!store.profile("unknown").has_value());
        QCOMPARE(store.currentId(), sandbox.id);
        QCOMPARE(store.current(), std::optional(sandbox));

        // Replace by id.
        personal.name = "Work";
        personal.managementBase = QUrl("https://eu.api.example.com");
        store.save(personal);
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profile(personal.id)->name, QString("Work"));
        QCOMPARE(store.profile(personal.id)->managementBase, QUrl("https://eu.api.example.com"));

        // Removing the current profile leaves no current one.
        store.remove(sandbox.id);
        QVERIFY(!store.profile(sandbox.id).has_value());
        QVERIFY(store.currentId().isEmpty());
        QVERIFY(!store.current().has_value());
        QCOMPARE(store.profiles().size(), 1);
        store.setCurrentId(personal.id);
        store.sync();
        QCOMPARE(ProfileStore(ini).current(), std::optional(personal));
    }

    void invalidEntriesAreSkipped()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath("podwarden.ini");
        const Profile good = Profile::makeNew("Good");
        {
            ProfileStore store(ini);
            store.save(good);
            store.sync();
        }
        {
            QSettings raw(ini, QSettings::IniFormat);
            auto write = [&raw](const QString& id, const QString& name, const QString& provider, const QString& base) {
                raw.beginGroup("profiles/" + id);
                raw.setValue("name", name);
                raw.setValue("provider", provider);
                raw.setValue("managementBase", base);
                raw.setValue("invocationBase", "https://api.runpod.ai");
                raw.endGroup();
            };
            write("unknown-provider", "Azure", "azure", "https://api.runpod.io");
            write("plain-http", "Remote", "runpod", "http://api.example.com");
            write("no-name", "", "runpod", "https://api.runpod.io");
            write("fine", "Fine", "sandbox", "http://localhost:9000");
            raw.setValue("profiles/no-fields/unrelated", 1);
            raw.sync();
        }
        // Reported, once per look-up; an entry without a name at all ("no-fields") is not a profile.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping invalid profile \"no-name\""));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping invalid profile \"plain-http\".*http"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping profile \"unknown-provider\".*azure"));
        ProfileStore store(ini);
        QStringList ids;
        for (const Profile& p : store.profiles())
            ids << p.id;
        QCOMPARE(ids, QStringList({"fine", good.id}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping profile \"unknown-provider\""));
        QVERIFY(!store.profile("unknown-provider").has_value());
        store.setCurrentId("plain-http");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("skipping invalid profile \"plain-http\""));
        QVERIFY(!store.current().has_value());
    }

    void settingsHoldMetadataOnly()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath("podwarden.ini");
        {
            ProfileStore store(ini);
            Profile p = Profile::makeNew("Personal");
            p.caFile = "/opt/company/ca.pem"; // not under the random temporary name, which the check reads
            store.save(p);
            Profile s = Profile::makeNew("Sandbox");
            s.provider = Profile::Provider::Sandbox;
            store.save(s);
            store.setCurrentId(p.id);
            store.sync();
        }
        QSettings raw(ini, QSettings::IniFormat);
        const QStringList allowed = {"name", "provider", "managementBase", "invocationBase", "caFile"};
        int profiles = 0;
        for (const QString& key : raw.allKeys()) {
            if (key == "currentProfile")
                continue;
            const QStringList parts = key.split('/');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts.at(0), QString("profiles"));
            QVERIFY2(allowed.contains(parts.at(2)), qPrintable(key));
            profiles += parts.at(2) == "name" ? 1 : 0;
        }
        QCOMPARE(profiles, 2);

        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression keyish("key|token|secret|password|credential|rpa_",
                                               QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!text.contains(keyish), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "tst_profile.moc"
