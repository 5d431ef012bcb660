// ProfileChanges, the owner of profile changes, against a real podwarden-sandbox, a real Secret
// Service (./dev test starts an unlocked gnome-keyring) and a real SQLite file:
// - a key is saved only after the service accepted it; a refused one leaves no profile and no
//   keyring entry, and neither does a check whose caller went away before the answer;
// - editing without a key keeps the stored one;
// - a Paperspace key is checked against the profile's project: a refused key and a project the key
//   cannot see each get their own sentence;
// - removing a profile removes its keyring entry and every row of its in the local store (every
//   table with a profile_id column, also one added later), and nothing of another profile's.
#include "CredentialCalls.h"
#include "SandboxProcess.h"
#include "TemplateDraft.h"
#include "account/CredentialStore.h"
#include "account/ProfileChanges.h"
#include "account/ProfileStore.h"
#include "service/PaperspaceClient.h"
#include "service/ServiceClient.h"
#include "store/LocalStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace podwarden;
using podwarden::test::CredentialCalls;
using podwarden::test::SandboxProcess;
using Status = CredentialResult::Status;

namespace {

// Waits for `start`'s answer (at most 30 s); nullopt when none came.
template <typename Start> std::optional<ProfileChangeResult> answer(Start start)
{
    auto result = std::make_shared<std::optional<ProfileChangeResult>>();
    QObject context;
    start(&context, [result](const ProfileChangeResult& r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        return std::nullopt;
    return *result;
}

SecretBuffer bufferOf(const QByteArray& key)
{
    QByteArray copy(key.constData(), key.size());
    return SecretBuffer::takeFrom(copy);
}

int rowsOf(const QString& databasePath, const QString& sql)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return count;
}

} // namespace

class ProfileChangesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_service = "PodwardenTest-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
        CredentialStore probe(m_service);
        const auto stored = CredentialCalls::store(probe, "probe", "probe-value");
        QVERIFY2(stored, "the keyring did not answer within 30 s");
        if (stored->status == Status::SessionOnly)
            QSKIP("no Secret Service is reachable; run the tests through ./dev test");
        QVERIFY(CredentialCalls::remove(probe, "probe"));
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QUuid::createUuid().toString() + ".ini"));
        m_credentials = std::make_unique<CredentialStore>(m_service);
        m_store = std::make_unique<LocalStore>(m_dir.filePath(QUuid::createUuid().toString() + ".sqlite"));
        QVERIFY(m_store->open());
        m_changes = std::make_unique<ProfileChanges>(m_profiles.get(), m_credentials.get(), m_store.get());
    }

    void cleanup()
    {
        m_changes.reset();
        m_store.reset();
        m_credentials.reset();
        m_profiles.reset();
    }

    void aKeyIsSavedOnlyOnceTheServiceAcceptedIt()
    {
        Profile profile = profileAt("Work");
        auto refused = answer([&](QObject* context, ProfileChanges::Callback done) {
            m_changes->save(profile, bufferOf("rpa_NOTAKEYNOTAKEYNOTAKEYNOTAKEYNOTAKEYNOT"), context, done);
        });
        QVERIFY(refused);
        QVERIFY2(refused->problem.contains("refused this key"), qPrintable(refused->problem));
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(CredentialCalls::read(*m_credentials, profile.id)->status, Status::NotFound);

        QSignalSpy changed(m_changes.get(), &ProfileChanges::profilesChanged);
        auto saved = answer([&](QObject* context, ProfileChanges::Callback done) {
            m_changes->save(profile, bufferOf(m_sandbox.adminKey()), context, done);
        });
        QVERIFY(saved);
        QVERIFY2(saved->ok(), qPrintable(saved->problem));
        QVERIFY(saved->notice.isEmpty());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_changes->profile(profile.id), std::optional<Profile>(profile));
        const auto stored = CredentialCalls::read(*m_credentials, profile.id);
        QCOMPARE(stored->status, Status::Ok);
        QVERIFY(stored->key->equals(m_sandbox.adminKey()));

        // Edited without a key: renamed, and the stored key stays.
        profile.name = "Work (renamed)";
        auto edited = answer([&](QObject* context, ProfileChanges::Callback done) {
            m_changes->save(profile, std::nullopt, context, done);
        });
        QVERIFY(edited && edited->ok());
        QCOMPARE(m_changes->profile(profile.id)->name, QStringLiteral("Work (renamed)"));
        QVERIFY(CredentialCalls::read(*m_credentials, profile.id)->key->equals(m_sandbox.adminKey()));
        QVERIFY(CredentialCalls::remove(*m_credentials, profile.id));
    }

    // A Paperspace profile's key is checked against its project (PaperspaceClient::checkKey): the
    // key and the project id each get their own sentence.
    void aPaperspaceKeyIsCheckedAgainstItsProject()
    {
        SandboxProcess paperspace;
        QVERIFY2(paperspace.start({"--provider", "paperspace"}), qPrintable(paperspace.errorString()));
        Profile profile = Profile::makeNew("Paperspace", Profile::Provider::Paperspace);
        profile.managementBase = paperspace.apiBase();
        profile.projectId = "pr_sandbox";
        profile.teamId = "te_sandbox";
        const auto check = [&](const Profile& p, const QByteArray& key) {
            return answer([&](QObject* context, ProfileChanges::Callback done) {
                m_changes->checkKey(p, bufferOf(key), context, done);
            });
        };

        auto accepted = check(profile, paperspace.adminKey());
        QVERIFY(accepted);
        QVERIFY2(accepted->ok(), qPrintable(accepted->problem));

        auto refused = check(profile, "ps_NOTAKEYNOTAKEYNOTAKEYNOTAKEY");
        QVERIFY(refused);
        QVERIFY2(refused->problem.contains("refused this key"), qPrintable(refused->problem));

        Profile elsewhere = profile;
        elsewhere.projectId = "pr_nope";
        auto unseen = check(elsewhere, paperspace.adminKey());
        QVERIFY(unseen);
        QVERIFY2(unseen->problem.contains("cannot see the Paperspace project pr_nope"), qPrintable(unseen->problem));
        QVERIFY2(unseen->problem.contains("project id"), qPrintable(unseen->problem));

        // A Runpod key check would have asked /v2/templates, which the Paperspace sandbox does not serve.
        Profile asRunpod = profile;
        asRunpod.provider = Profile::Provider::Runpod;
        asRunpod.invocationBase = paperspace.apiBase();
        auto wrongProvider = check(asRunpod, paperspace.adminKey());
        QVERIFY(wrongProvider);
        QVERIFY(!wrongProvider->ok());

        // Saved only once accepted, with its project and team.
        auto notSaved = answer([&](QObject* context, ProfileChanges::Callback done) {
            m_changes->save(elsewhere, bufferOf(paperspace.adminKey()), context, done);
        });
        QVERIFY(notSaved && !notSaved->ok());
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(CredentialCalls::read(*m_credentials, elsewhere.id)->status, Status::NotFound);
        auto saved = answer([&](QObject* context, ProfileChanges::Callback done) {
            m_changes->save(profile, bufferOf(paperspace.adminKey()), context, done);
        });
        QVERIFY(saved);
        QVERIFY2(saved->ok(), qPrintable(saved->problem));
        QCOMPARE(m_changes->profile(profile.id), std::optional<Profile>(profile));
        QVERIFY(CredentialCalls::read(*m_credentials, profile.id)->key->equals(paperspace.adminKey()));
        QVERIFY(CredentialCalls::remove(*m_credentials, profile.id));
        // Nothing of the checks outlives them.
        QTRY_VERIFY(m_changes->findChildren<PaperspaceClient*>().isEmpty());
    }

    void aCallerThatWentAwaySavesNothing()
    {
        const Profile profile = profileAt("Gone");
        bool called = false;
        auto* context = new QObject;
        m_changes->save(profile, bufferOf(m_sandbox.adminKey()), context,
                        [&called](const ProfileChangeResult&) { called = true; });
        delete context; // the dialog was cancelled while the service was asked
        // The check's own client goes once the service has answered it.
        QVERIFY(!m_changes->findChildren<ServiceClient*>().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_changes->findChildren<ServiceClient*>().isEmpty(), 30000);
        QVERIFY(!called);
        QVERIFY(m_profiles->profiles().isEmpty());
        QCOMPARE(CredentialCalls::read(*m_credentials, profile.id)->status, Status::NotFound);
    }

    void removingAProfileTakesItsKeyAndItsLocalDataOnly()
    {
        const Profile doomed = profileAt("Doomed");
        const Profile kept = profileAt("Kept");
        for (const Profile& p : {doomed, kept}) {
            auto saved = answer([&](QObject* context, ProfileChanges::Callback done) {
                m_changes->save(p, bufferOf(m_sandbox.adminKey()), context, done);
            });
            QVERIFY(saved && saved->ok());
            AccountSnapshot snapshot;
            snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(m_store->saveSnapshot(p.id, snapshot));
            QVERIFY(m_store->saveDraft(TemplateDraft::makeNew(p.id)));
        }
        // A table of a later schema that keeps rows per profile: cleared along with the rest.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("later"));
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("CREATE TABLE later_rows (profile_id TEXT, payload TEXT)"));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO later_rows VALUES ('%1', 'a'), ('%2', 'b')").arg(doomed.id, kept.id)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("later"));

        QSignalSpy changed(m_changes.get(), &ProfileChanges::profilesChanged);
        auto removed = answer(
            [&](QObject* context, ProfileChanges::Callback done) { m_changes->remove(doomed.id, context, done); });
        QVERIFY(removed);
        QVERIFY2(removed->ok() && removed->notice.isEmpty(), qPrintable(removed->problem + removed->notice));
        QCOMPARE(changed.count(), 1);

        QVERIFY(!m_changes->profile(doomed.id));
        QCOMPARE(CredentialCalls::read(*m_credentials, doomed.id)->status, Status::NotFound);
        QVERIFY(!m_store->loadSnapshot(doomed.id));
        QVERIFY(m_store->loadDrafts(doomed.id).isEmpty());
        const QString path = m_store->path();
        QCOMPARE(rowsOf(path, QStringLiteral("SELECT count(*) FROM later_rows WHERE profile_id = '%1'").arg(doomed.id)),
                 0);

        QVERIFY(m_changes->profile(kept.id));
        QCOMPARE(CredentialCalls::read(*m_credentials, kept.id)->status, Status::Ok);
        QVERIFY(m_store->loadSnapshot(kept.id));
        QCOMPARE(m_store->loadDrafts(kept.id).size(), 1);
        QCOMPARE(rowsOf(path, QStringLiteral("SELECT count(*) FROM later_rows WHERE profile_id = '%1'").arg(kept.id)),
                 1);
        QVERIFY(CredentialCalls::remove(*m_credentials, kept.id));
    }

private:
    Profile profileAt(const QString& name) const
    {
        Profile p = Profile::makeNew(name);
        p.managementBase = m_sandbox.apiBase();
        p.invocationBase = m_sandbox.invokeBase();
        return p;
    }

    QTemporaryDir m_dir;
    QString m_service;
    SandboxProcess m_sandbox;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ProfileChanges> m_changes;
};

QTEST_GUILESS_MAIN(ProfileChangesTest)
#include "tst_profilechanges.moc"
