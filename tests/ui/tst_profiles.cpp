// Profiles, through the whole app against real podwarden-sandbox processes, a real Secret Service
// (gnome-keyring, as `./dev test` starts it) and the real SQLite file:
// - "Use my account" checks a pasted key with the service before anything is saved: a refused key
//   (401), a key without API read (403), a service that does not answer and one that does not speak
//   TLS keep the dialog open with the reason, and leave no profile and no keyring entry behind.
// - File ▸ Profiles… lists the profiles; Add (the key checked the same way), Edit (the stored key
//   kept when none is pasted), Switch To, and Remove (its keyring entry, saved copy and drafts gone,
//   another profile's untouched; the open profile cannot be removed).
#include "../account/CredentialCalls.h"
#include "AccessPolicy.h"
#include "AppController.h"
#include "AppTestEnvironment.h"
#include "Confirm.h"
#include "FirstRunDialog.h"
#include "LoopbackHttpServer.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "TemplateDraft.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "account/Session.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;
using Status = CredentialResult::Status;

namespace {

QString text(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

void fill(QWidget* root, const char* name, const QString& value)
{
    auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setText(value);
}

// The app's keyring entry for `profileId` (service "Podwarden", as AppController's store).
std::optional<CredentialResult> keyringEntry(const QString& profileId)
{
    CredentialStore keyring;
    return CredentialCalls::read(keyring, profileId);
}

QStringList listed(QTreeWidget* list)
{
    QStringList names;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        names << list->topLevelItem(i)->text(0);
    return names;
}

void select(QTreeWidget* list, const QString& name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            list->setCurrentItem(list->topLevelItem(i));
    }
}

} // namespace

class TestProfiles final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        CredentialStore probe;
        const auto stored = CredentialCalls::store(probe, QStringLiteral("probe"), "probe-value");
        QVERIFY2(stored, "the keyring did not answer within 30 s");
        if (stored->status == Status::SessionOnly)
            QSKIP("no Secret Service is reachable; run the tests through ./dev test");
        QVERIFY2(stored->status == Status::Ok, qPrintable(stored->message));
        QVERIFY(CredentialCalls::remove(probe, QStringLiteral("probe")));
        Confirm::setTestHook([](const QString&, const QString&) { return true; });
    }

    void cleanupTestCase() { Confirm::setTestHook({}); }

    void firstRunChecksTheKeyBeforeSaving()
    {
        SandboxProcess service;
        QVERIFY2(service.start({"--seed", "demo"}), qPrintable(service.errorString()));
        SandboxProcess stopped; // a service that is gone: nothing answers at its address
        QVERIFY2(stopped.start(), qPrintable(stopped.errorString()));
        const QUrl deadBase = stopped.apiBase();
        QCOMPARE(stopped.stop(), 0);
        // A service whose certificate nobody trusts: the key is never sent to it.
        QTemporaryDir certificates;
        QString cert, certKey;
        QVERIFY2(makeSelfSignedCertificate(certificates.path(), &cert, &certKey), "the openssl command is missing");
        SandboxProcess untrusted;
        QVERIFY2(untrusted.start({"--tls-cert", cert, "--tls-key", certKey}), qPrintable(untrusted.errorString()));
        QCOMPARE(untrusted.apiBase().scheme(), QStringLiteral("https"));
        HttpClient http;
        const HttpResult created = http.post(
            url(service.apiBase(), "/v2/account/api-keys"), service.adminKey(),
            {{"name", "no-api"}, {"policies", AccessPolicy::restricted(AccessLevel::None, {}).toDocuments()}});
        QCOMPARE(created.status, 201);
        const QString noApiKey = created.json().value("rawKey").toString();

        AppController app(AppOptions::parse({"podwarden"}));
        app.start();
        QTRY_VERIFY(app.firstRunDialog() != nullptr);
        FirstRunDialog* dialog = app.firstRunDialog();
        QTest::mouseClick(dialog->findChild<QAbstractButton*>("useAccountButton"), Qt::LeftButton);
        auto* connectButton = dialog->findChild<QAbstractButton*>("connectAccountButton");
        const QString profileId = dialog->profile().id;
        fill(dialog, "profileName", "Work");
        fill(dialog, "managementBase", service.apiBase().toString());
        fill(dialog, "invocationBase", service.invokeBase().toString());

        struct Refusal
        {
            const char* what;
            QString base;
            QString key;
            QString says;
        };
        const Refusal refusals[] = {
            {"a wrong key", service.apiBase().toString(), "rpa_WRONGWRONGWRONGWRONGWRONGWRONGWRONGWRON",
             "refused this key"},
            {"a key without API read", service.apiBase().toString(), noApiKey, "cannot read the account"},
            {"no service", deadBase.toString(), QString::fromLatin1(service.adminKey()), "Could not reach"},
            {"an untrusted certificate", untrusted.apiBase().toString(), QString::fromLatin1(untrusted.adminKey()),
             "did not send the key"},
        };
        for (const Refusal& r : refusals) {
            fill(dialog, "managementBase", r.base);
            fill(dialog, "accountKey", r.key);
            QVERIFY2(connectButton->isEnabled(), r.what);
            QTest::mouseClick(connectButton, Qt::LeftButton);
            QVERIFY2(!connectButton->isEnabled(), r.what); // while the service is asked
            QTRY_VERIFY2_WITH_TIMEOUT(
                text(dialog, "accountProblem").contains(r.says),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(r.what), text(dialog, "accountProblem"))), 30000);
            // Still open, with what was typed, and nothing saved anywhere.
            QCOMPARE(app.firstRunDialog(), dialog);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->findChild<QLineEdit*>("accountKey")->text(), r.key);
            QVERIFY(connectButton->isEnabled());
            QVERIFY2(ProfileStore().profiles().isEmpty(), r.what);
            const auto entry = keyringEntry(profileId);
            QVERIFY(entry);
            QVERIFY2(entry->status == Status::NotFound, r.what);
            QCOMPARE(app.session()->profile().has_value(), false);
            if (QByteArray(r.what) == "a wrong key")
                screenshot(dialog, "first-run-key-refused");
        }

        // The key that works: saved, in the keyring, and the account opens.
        fill(dialog, "managementBase", service.apiBase().toString());
        fill(dialog, "accountKey", QString::fromLatin1(service.adminKey()));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::State::Online, 30000);
        QVERIFY(app.firstRunDialog() == nullptr);
        const auto saved = ProfileStore().current();
        QVERIFY(saved.has_value());
        QCOMPARE(saved->id, profileId);
        QCOMPARE(saved->name, QStringLiteral("Work"));
        std::optional<CredentialResult> entry;
        QTRY_VERIFY_WITH_TIMEOUT((entry = keyringEntry(profileId)) && entry->status == Status::Ok, 30000);
        QVERIFY(entry->key->equals(service.adminKey()));
    }

    void profilesAreAddedEditedSwitchedAndRemoved()
    {
        SandboxProcess work;
        SandboxProcess team;
        QVERIFY2(work.start({"--seed", "demo"}), qPrintable(work.errorString()));
        QVERIFY2(team.start({"--seed", "demo"}), qPrintable(team.errorString()));
        // The Work profile of the previous test, at this run's address (its key is the demo admin key
        // of another process, so it is given again).
        auto workProfile = ProfileStore().current();
        QVERIFY(workProfile.has_value());
        workProfile->managementBase = work.apiBase();
        workProfile->invocationBase = work.invokeBase();
        {
            ProfileStore store;
            store.save(*workProfile);
            store.sync();
            CredentialStore keyring;
            QCOMPARE(CredentialCalls::store(keyring, workProfile->id, work.adminKey())->status, Status::Ok);
        }
        // A draft of Work's, and a saved copy: both go with the profile.
        {
            LocalStore store(LocalStore::defaultPath());
            QVERIFY(store.open());
            QVERIFY(store.saveDraft(TemplateDraft::makeNew(workProfile->id)));
        }

        AppController app(AppOptions::parse({"podwarden"}));
        app.start();
        app.window()->resize(1100, 700);
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::State::Online, 30000);
        QCOMPARE(app.session()->profile()->id, workProfile->id);

        auto* action = app.findChild<QAction*>(QStringLiteral("actionProfiles"));
        QVERIFY(action);
        QVERIFY(app.window()->findChild<QMenu*>(QStringLiteral("menuFile"))->actions().contains(action));
        action->trigger();
        QTRY_VERIFY(findShown("profilesDialog") != nullptr);
        QWidget* profiles = findShown("profilesDialog");
        auto* list = profiles->findChild<QTreeWidget*>(QStringLiteral("profileList"));
        auto* add = profiles->findChild<QPushButton*>(QStringLiteral("addProfileButton"));
        auto* edit = profiles->findChild<QPushButton*>(QStringLiteral("editProfileButton"));
        auto* remove = profiles->findChild<QPushButton*>(QStringLiteral("removeProfileButton"));
        auto* switchTo = profiles->findChild<QPushButton*>(QStringLiteral("switchProfileButton"));
        QVERIFY(list && add && edit && remove && switchTo);
        QCOMPARE(listed(list), QStringList{"Work (open)"});
        QVERIFY(!remove->isEnabled()); // the open profile
        QVERIFY(!switchTo->isEnabled());

        // Add: a refused key keeps the dialog open and saves nothing; the right one saves.
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(findShown("profileEditDialog") != nullptr);
        QWidget* editor = findShown("profileEditDialog");
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveProfileButton"));
        fill(editor, "profileName", "Team");
        fill(editor, "managementBase", team.apiBase().toString());
        fill(editor, "invocationBase", team.invokeBase().toString());
        QVERIFY(!save->isEnabled());                                      // a new profile needs its key
        fill(editor, "accountKey", QString::fromLatin1(work.adminKey())); // Work's key, not Team's
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text(editor, "profileProblem").contains("refused this key"), 30000);
        QVERIFY(editor->isVisible());
        QCOMPARE(ProfileStore().profiles().size(), 1);
        screenshot(editor, "profile-add-refused");
        fill(editor, "accountKey", QString::fromLatin1(team.adminKey()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(findShown("profileEditDialog") == nullptr, 30000);
        QCOMPARE(listed(list), (QStringList{"Team", "Work (open)"}));
        QVERIFY2(text(profiles, "profilesMessage").contains("Team was added"),
                 qPrintable(text(profiles, "profilesMessage")));
        QString teamId;
        for (const Profile& p : ProfileStore().profiles()) {
            if (p.name == "Team")
                teamId = p.id;
        }
        QVERIFY(!teamId.isEmpty());
        auto entry = keyringEntry(teamId);
        QVERIFY(entry && entry->status == Status::Ok);
        QVERIFY(entry->key->equals(team.adminKey()));
        screenshot(profiles, "profiles");

        // Edit without a key: renamed, the stored key kept.
        select(list, "Team");
        QVERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(findShown("profileEditDialog") != nullptr);
        editor = findShown("profileEditDialog");
        QCOMPARE(editor->findChild<QLineEdit*>("managementBase")->text(), team.apiBase().toString());
        QVERIFY(editor->findChild<QLineEdit*>("accountKey")->text().isEmpty());
        fill(editor, "profileName", "Team B");
        QTest::mouseClick(editor->findChild<QPushButton*>("saveProfileButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(findShown("profileEditDialog") == nullptr, 30000);
        QCOMPARE(listed(list), (QStringList{"Team B", "Work (open)"}));
        entry = keyringEntry(teamId);
        QVERIFY(entry && entry->status == Status::Ok);
        QVERIFY(entry->key->equals(team.adminKey()));

        // Switch To: the window opens Team B, and it is the current profile from now on.
        select(list, "Team B");
        QTest::mouseClick(switchTo, Qt::LeftButton);
        QTRY_VERIFY(findShown("profilesDialog") == nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->profile()->id, teamId, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::State::Online, 30000);
        QCOMPARE(ProfileStore().currentId(), teamId);
        QCOMPARE(text(app.window(), "accountName"), QStringLiteral("Team B"));

        // Remove Work: its keyring entry, saved copy and draft go; Team B's stay.
        {
            LocalStore store(LocalStore::defaultPath());
            QVERIFY(store.open());
            QVERIFY(store.loadSnapshot(workProfile->id).has_value());
            QCOMPARE(store.loadDrafts(workProfile->id).size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(store.loadSnapshot(teamId).has_value(), 10000);
        }
        action->trigger();
        QTRY_VERIFY(findShown("profilesDialog") != nullptr);
        profiles = findShown("profilesDialog");
        list = profiles->findChild<QTreeWidget*>(QStringLiteral("profileList"));
        remove = profiles->findChild<QPushButton*>(QStringLiteral("removeProfileButton"));
        QCOMPARE(listed(list), (QStringList{"Team B (open)", "Work"}));
        select(list, "Team B (open)");
        QVERIFY(!remove->isEnabled());
        select(list, "Work");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(text(profiles, "profilesMessage").contains("Work was removed"));
        QCOMPARE(listed(list), QStringList{"Team B (open)"});
        QVERIFY(!ProfileStore().profile(workProfile->id).has_value());
        entry = keyringEntry(workProfile->id);
        QVERIFY(entry);
        QCOMPARE(entry->status, Status::NotFound);
        {
            LocalStore store(LocalStore::defaultPath());
            QVERIFY(store.open());
            QVERIFY(!store.loadSnapshot(workProfile->id).has_value());
            QVERIFY(store.loadDrafts(workProfile->id).isEmpty());
            QVERIFY(store.loadSnapshot(teamId).has_value());
        }
        entry = keyringEntry(teamId);
        QVERIFY(entry && entry->status == Status::Ok);
        QCOMPARE(app.session()->state(), Session::State::Online);
        static_cast<QDialog*>(profiles)->reject();
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
