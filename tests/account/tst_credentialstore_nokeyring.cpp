#include "CredentialCalls.h"
#include "account/CredentialStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>
#include <QtTest>

using namespace podwarden;
using podwarden::test::CredentialCalls;
using Status = CredentialResult::Status;

// Without any Secret Service. ctest runs this with DBUS_SESSION_BUS_ADDRESS pointing at a socket
// that does not exist (so neither D-Bus nor its autolaunch is reached) and with HOME and the XDG
// folders inside the build tree, which the test empties first and searches for the keys at the end.
class CredentialStoreNoKeyringTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_home = qEnvironmentVariable("HOME");
        // Emptying HOME is only safe in the folder ctest made for this test.
        if (m_home.isEmpty() || qEnvironmentVariable("PODWARDEN_NOKEYRING_HOME") != m_home)
            QSKIP("run through ctest (tst_credentialstore_nokeyring): it sets HOME, XDG_* and a dead D-Bus address");
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("/nonexistent/"));
        QDir home(m_home);
        QVERIFY(home.removeRecursively());
        for (const char* sub : {".config", ".local/share", ".local/state", ".cache"})
            QVERIFY(home.mkpath(sub));
        QVERIFY(home.mkpath("run"));
        QVERIFY(QFile::setPermissions(home.filePath("run"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        // The XDG variables took effect: every standard location is inside the emptied HOME.
        for (const auto location : searchedLocations())
            QVERIFY2(QStandardPaths::writableLocation(location).startsWith(m_home),
                     qPrintable(QStandardPaths::writableLocation(location)));

        m_service = "PodwardenTest-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_canary = "rpa_CANARY" + QUuid::createUuid().toByteArray(QUuid::Id128);
        m_second = "rpa_SECOND" + QUuid::createUuid().toByteArray(QUuid::Id128);
    }

    void keptForThisSessionOnly()
    {
        CredentialStore store(m_service);
        QSignalSpy availability(&store, &CredentialStore::keyringAvailabilityChanged);
        QVERIFY(store.keyringAvailable());
        QVERIFY(!store.unavailableMessage().isEmpty());

        QElapsedTimer timer;
        timer.start();
        auto stored = CredentialCalls::store(store, "p1", m_canary);
        QVERIFY2(stored, "no answer within 30 s");
        qInfo("the keyring job failed after %lld ms", timer.elapsed());
        QCOMPARE(stored->status, Status::SessionOnly);
        QVERIFY(!stored->message.isEmpty());
        QCOMPARE(stored->message, store.unavailableMessage());
        QVERIFY(!stored->key.has_value());
        QVERIFY(!store.keyringAvailable());
        QCOMPARE(availability.count(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), false);

        // Read twice: handing out the key must not use up the stored copy.
        for (int i = 0; i < 2; ++i) {
            auto read = CredentialCalls::read(store, "p1");
            QVERIFY(read);
            QCOMPARE(read->status, Status::SessionOnly);
            QVERIFY(read->key.has_value());
            QVERIFY(read->key->equals(m_canary));
            QCOMPARE(read->message, store.unavailableMessage());
        }
        auto other = CredentialCalls::read(store, "p2");
        QVERIFY(other);
        QCOMPARE(other->status, Status::NotFound);
        QVERIFY(!other->key.has_value());

        // Overwrite, remove, remove again.
        QCOMPARE(CredentialCalls::store(store, "p1", m_second)->status, Status::SessionOnly);
        QVERIFY(CredentialCalls::read(store, "p1")->key->equals(m_second));
        QCOMPARE(CredentialCalls::remove(store, "p1")->status, Status::Ok);
        QCOMPARE(CredentialCalls::read(store, "p1")->status, Status::NotFound);
        QCOMPARE(CredentialCalls::remove(store, "p1")->status, Status::NotFound);
        QCOMPARE(CredentialCalls::store(store, "p1", m_canary)->status, Status::SessionOnly);

        // Said once, not on every call.
        QCOMPARE(availability.count(), 1);

        // A new store is a new session: the key is gone with the old one.
        CredentialStore next(m_service);
        QSignalSpy nextAvailability(&next, &CredentialStore::keyringAvailabilityChanged);
        auto fresh = CredentialCalls::read(next, "p1");
        QVERIFY(fresh);
        QCOMPARE(fresh->status, Status::NotFound);
        QVERIFY(!fresh->key.has_value());
        QVERIFY(!next.keyringAvailable());
        QCOMPARE(nextAvailability.count(), 1);
    }

    void firstReadAlsoNoticesTheMissingKeyring()
    {
        CredentialStore store(m_service);
        QSignalSpy availability(&store, &CredentialStore::keyringAvailabilityChanged);
        auto removed = CredentialCalls::remove(store, "p1");
        QVERIFY(removed);
        QCOMPARE(removed->status, Status::NotFound);
        QVERIFY(!store.keyringAvailable());
        QCOMPARE(availability.count(), 1);
    }

    void answersStayAsynchronousAndRespectTheContext()
    {
        CredentialStore store(m_service);
        bool orphanCalled = false;
        auto* context = new QObject;
        // The first job still goes to the (failing) keyring; the caller is gone before it answers.
        QByteArray key(m_canary.constData(), m_canary.size()); // deep: takeFrom wipes what it takes
        store.storeKey("p1", SecretBuffer::takeFrom(key), context,
                       [&orphanCalled](CredentialResult) { orphanCalled = true; });
        delete context;
        auto read = CredentialCalls::read(store, "p1");
        QVERIFY(read);
        QCOMPARE(read->status, Status::SessionOnly); // kept although nobody waited for the answer
        QVERIFY(read->key->equals(m_canary));
        QVERIFY(!orphanCalled);

        // From the session map: still through the event loop, still not for a vanished context.
        bool called = false;
        store.readKey("p1", nullptr, [&called](CredentialResult r) { called = r.key.has_value(); });
        QVERIFY(!called);
        context = new QObject;
        store.readKey("p1", context, [&orphanCalled](CredentialResult) { orphanCalled = true; });
        delete context;
        QVERIFY(CredentialCalls::read(store, "p1"));
        QVERIFY(called);
        QVERIFY(!orphanCalled);
    }

    void nothingWrittenInTheClear()
    {
        // The search works: a planted copy is found.
        const QString planted = QDir(m_home).filePath(".cache/planted");
        {
            QFile file(planted);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before " + m_canary + " after");
        }
        QCOMPARE(filesContainingKeys(), QStringList{planted});
        QVERIFY(QFile::remove(planted));

        // initTestCase checked that every standard location is under HOME.
        QCOMPARE(filesContainingKeys(), QStringList());
    }

private:
    static QList<QStandardPaths::StandardLocation> searchedLocations()
    {
        return {QStandardPaths::ConfigLocation,    QStandardPaths::GenericConfigLocation,
                QStandardPaths::AppDataLocation,   QStandardPaths::GenericDataLocation,
                QStandardPaths::CacheLocation,     QStandardPaths::GenericCacheLocation,
                QStandardPaths::AppConfigLocation, QStandardPaths::RuntimeLocation};
    }

    // Every file under HOME (the standard locations are inside it) holding a key, raw or base64.
    QStringList filesContainingKeys() const
    {
        QList<QByteArray> needles;
        for (const QByteArray& key : {m_canary, m_second})
            needles << key << key.toBase64() << key.toHex();
        QStringList found;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray& needle : std::as_const(needles)) {
                if (content.contains(needle)) {
                    found << path;
                    break;
                }
            }
        }
        return found;
    }

    QString m_home;
    QString m_service;
    QByteArray m_canary;
    QByteArray m_second;
};

QTEST_GUILESS_MAIN(CredentialStoreNoKeyringTest)
#include "tst_credentialstore_nokeyring.moc"
