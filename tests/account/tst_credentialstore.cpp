#include "CredentialCalls.h"
#include "account/CredentialStore.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace podwarden;
using podwarden::test::CredentialCalls;
using Status = CredentialResult::Status;

namespace {

// Every message logged while a test runs, to check that no key shows up in a log.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

// Against a real Secret Service: `./dev test` runs ctest in dbus-run-session with an unlocked
// gnome-keyring. Each run uses its own service name, so runs and profiles never collide.
class CredentialStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_service = "PodwardenTest-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        CredentialStore probe(m_service);
        const auto stored = CredentialCalls::store(probe, "probe", "probe-value");
        QVERIFY2(stored, "the keyring did not answer within 30 s");
        if (stored->status == Status::SessionOnly)
            QSKIP("no Secret Service is reachable; run the tests through ./dev test");
        QVERIFY2(stored->status == Status::Ok, qPrintable(stored->message));
        m_reachable = true;
        QVERIFY(CredentialCalls::remove(probe, "probe"));
    }

    void roundTrip()
    {
        QLoggingCategory::setFilterRules("podwarden.*.debug=true");
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessage);

        CredentialStore store(m_service);
        QSignalSpy availability(&store, &CredentialStore::keyringAvailabilityChanged);
        const QByteArray first = "rpa_FIRST" + QUuid::createUuid().toByteArray(QUuid::Id128);
        // Not valid UTF-8, with a NUL: the key travels as bytes.
        const QByteArray second = QByteArray("rpa_\x00\xff\xfe second ", 16) + QUuid::createUuid().toRfc4122();

        auto stored = CredentialCalls::store(store, "p1", first);
        QVERIFY(stored);
        QCOMPARE(stored->status, Status::Ok);
        QVERIFY(stored->message.isEmpty());
        QVERIFY(!stored->key.has_value());

        auto read = CredentialCalls::read(store, "p1");
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QVERIFY(read->key.has_value());
        QVERIFY(read->key->equals(first));

        stored = CredentialCalls::store(store, "p1", second);
        QVERIFY(stored);
        QCOMPARE(stored->status, Status::Ok);
        read = CredentialCalls::read(store, "p1");
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QVERIFY(read->key->equals(second));

        auto removed = CredentialCalls::remove(store, "p1");
        QVERIFY(removed);
        QCOMPARE(removed->status, Status::Ok);
        read = CredentialCalls::read(store, "p1");
        QVERIFY(read);
        QCOMPARE(read->status, Status::NotFound);
        QVERIFY(!read->key.has_value());
        QVERIFY(read->message.isEmpty());

        QVERIFY(store.keyringAvailable());
        QCOMPARE(availability.count(), 0);

        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.filter("p1").size() >= 5, qPrintable(g_log.join('\n'))); // the outcomes are logged
        for (const QString& line : std::as_const(g_log)) {
            QVERIFY2(!line.toUtf8().contains(first), qPrintable(line));
            QVERIFY2(!line.toUtf8().contains(second), qPrintable(line));
            QVERIFY2(!line.contains("rpa_"), qPrintable(line));
        }
    }

    void twoProfilesAreIndependent()
    {
        CredentialStore store(m_service);
        QVERIFY(CredentialCalls::store(store, "alpha", "rpa_alpha_key"));
        QVERIFY(CredentialCalls::store(store, "beta", "rpa_beta_key"));
        auto alpha = CredentialCalls::read(store, "alpha");
        auto beta = CredentialCalls::read(store, "beta");
        QVERIFY(alpha && beta);
        QCOMPARE(alpha->status, Status::Ok);
        QCOMPARE(beta->status, Status::Ok);
        QVERIFY(alpha->key->equals("rpa_alpha_key"));
        QVERIFY(beta->key->equals("rpa_beta_key"));

        QCOMPARE(CredentialCalls::remove(store, "alpha")->status, Status::Ok);
        QCOMPARE(CredentialCalls::read(store, "alpha")->status, Status::NotFound);
        beta = CredentialCalls::read(store, "beta");
        QVERIFY(beta);
        QCOMPARE(beta->status, Status::Ok);
        QVERIFY(beta->key->equals("rpa_beta_key"));
        QCOMPARE(CredentialCalls::remove(store, "beta")->status, Status::Ok);
    }

    void keptAcrossSessionsPerService()
    {
        {
            CredentialStore store(m_service);
            QCOMPARE(CredentialCalls::store(store, "persisted", "rpa_persisted")->status, Status::Ok);
        }
        // A new store, as after a restart, finds the key: it is in the keyring, not in memory.
        CredentialStore next(m_service);
        auto read = CredentialCalls::read(next, "persisted");
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QVERIFY(read->key->equals("rpa_persisted"));

        // Another service name is another application's entry.
        CredentialStore other(m_service + "-other");
        QCOMPARE(CredentialCalls::read(other, "persisted")->status, Status::NotFound);

        QCOMPARE(CredentialCalls::remove(next, "persisted")->status, Status::Ok);
    }

    void noAnswerAfterContextIsGone()
    {
        CredentialStore store(m_service);
        bool orphanCalled = false;
        auto* context = new QObject;
        QByteArray key("rpa_orphan");
        store.storeKey("orphan", SecretBuffer::takeFrom(key), context,
                       [&orphanCalled](CredentialResult) { orphanCalled = true; });
        QVERIFY(key.isEmpty()); // wiped by takeFrom
        delete context;
        // Jobs run one after the other, so once this read answers the write has finished too.
        auto read = CredentialCalls::read(store, "orphan");
        QVERIFY(read);
        QCOMPARE(read->status, Status::Ok);
        QVERIFY(read->key->equals("rpa_orphan"));
        QVERIFY(!orphanCalled);
        QCOMPARE(CredentialCalls::remove(store, "orphan")->status, Status::Ok);
    }

    void cleanupTestCase()
    {
        if (!m_reachable)
            return;
        CredentialStore store(m_service);
        for (const char* id : {"p1", "alpha", "beta", "persisted", "orphan", "probe"})
            CredentialCalls::remove(store, id);
    }

private:
    QString m_service;
    bool m_reachable = false;
};

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "tst_credentialstore.moc"
