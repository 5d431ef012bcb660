#include "CredentialCalls.h"
#include "account/CredentialStore.h"

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace podwarden;
using podwarden::test::CredentialCalls;
using Status = CredentialResult::Status;

// A Secret Service that answers but cannot be used: ctest starts gnome-keyring in a private D-Bus
// session with a fresh HOME and without --unlock, and with no display, so the prompt that would
// create and unlock the login keyring cannot appear. That is a refusal to report, not a missing
// keyring: the key must not silently become session-only.
class CredentialStoreLockedTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("PODWARDEN_LOCKED_KEYRING") != "1")
            QSKIP("run through ctest (tst_credentialstore_locked): it starts a keyring that cannot be unlocked");
        m_service = "PodwardenTest-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void storeIsRefusedWithAdvice()
    {
        CredentialStore store(m_service);
        QSignalSpy availability(&store, &CredentialStore::keyringAvailabilityChanged);
        for (int attempt = 0; attempt < 2; ++attempt) { // still asks the keyring the second time
            auto stored = CredentialCalls::store(store, "p1", "rpa_locked_out");
            QVERIFY2(stored, "no answer within 30 s");
            QCOMPARE(stored->status, Status::Failed);
            QVERIFY(!stored->key.has_value());
            QVERIFY2(stored->message.contains("could not be saved"), qPrintable(stored->message));
            QVERIFY2(stored->message.contains("Unlock"), qPrintable(stored->message));
            QVERIFY(store.keyringAvailable());
        }
        QCOMPARE(availability.count(), 0);

        // QtKeychain 0.13.2 answers a read from such a keyring with EntryNotFound.
        auto read = CredentialCalls::read(store, "p1");
        QVERIFY(read);
        QCOMPARE(read->status, Status::NotFound);
        QVERIFY(!read->key.has_value());
        QVERIFY(store.keyringAvailable());
    }

private:
    QString m_service;
};

QTEST_GUILESS_MAIN(CredentialStoreLockedTest)
#include "tst_credentialstore_locked.moc"
