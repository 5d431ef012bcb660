// The one owner of the account (issue 14): every change goes through Session::changes(), and the
// keys screen, the counts and the offline copy all follow it. Against the real sandbox and a real
// SQLite file; the defects a new user hit, each shown fixed.
#include "ApiKeyFilterProxy.h"
#include "ApiKeyTableModel.h"
#include "AppTestEnvironment.h"
#include "Clock.h"
#include "Confirm.h"
#include "PageParts.h"
#include "RelativeTime.h"
#include "SandboxProcess.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "account/TemplateDrafts.h"
#include "keys/ApiKeysPage.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestAccountChanges final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_storePath = m_home.filePath("store.sqlite");
        m_store = std::make_unique<LocalStore>(m_storePath);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        m_profile = Profile::makeNew("Owner");
        m_profile.managementBase = m_sandbox.apiBase();
        m_profile.invocationBase = m_sandbox.invokeBase();
        m_session = std::make_unique<Session>(m_store.get(), nullptr);
        QByteArray key = m_sandbox.adminKey();
        m_session->open(m_profile, SecretBuffer::takeFrom(key));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Online, 15000);
        m_page = std::make_unique<ApiKeysPage>(m_session.get());
        m_page->resize(1100, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        Confirm::setTestHook([this](const QString& title, const QString& text) {
            m_asked << title + QLatin1Char('|') + text;
            return m_answer;
        });
    }
    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_page.reset();
        m_session.reset();
        m_sandbox.stop();
    }

    // #3: the offline copy follows every change, not only the session's start.
    void theOfflineCopyFollowsEveryChange()
    {
        const ApiKey victim = keyNamed("ci-deployer");
        QVERIFY(!victim.id.isEmpty());
        QVERIFY(victim.enabled);

        auto* request = m_session->changes()->setKeyEnabled(victim.id, false);
        QSignalSpy done(request, &ChangeRequest::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(done.at(0).at(0).value<ChangeOutcome>().ok);
        QCOMPARE(storedKey(victim.id)->enabled, false);

        auto* created = m_session->changes()->createKey("offline-copy-new", AccessPolicy::readOnly());
        QSignalSpy createdDone(created, &ChangeRequest::finished);
        QVERIFY(createdDone.wait(10000));
        const ChangeOutcome outcome = createdDone.at(0).at(0).value<ChangeOutcome>();
        QVERIFY(outcome.ok);
        QVERIFY(outcome.rawKey && outcome.rawKey->bytes().startsWith("rpa_"));
        QVERIFY(storedKey(outcome.key->id).has_value());

        auto* revoked = m_session->changes()->revokeKey(outcome.key->id);
        QSignalSpy revokedDone(revoked, &ChangeRequest::finished);
        QVERIFY(revokedDone.wait(10000));
        QVERIFY(!storedKey(outcome.key->id).has_value());
        // The raw key is in no copy the store keeps.
        QVERIFY(!storedText().contains(outcome.rawKey->bytes()));

        // And the screen shows the same as the store, with no half-applied rows.
        QCOMPARE(m_page->model()->rowCount(), int(m_session->snapshot().apiKeys.size()));
        QCOMPARE(m_page->model()->keyAt(m_page->model()->rowOf(victim.id)).enabled, false);
    }

    // #11: after a revoke the count has no "of" when nothing is filtered.
    void theCountAfterARevokeIsWhole()
    {
        const int before = m_page->model()->rowCount();
        const ApiKey key = keyNamed("offline-copy-gone-soon");
        QVERIFY(key.id.isEmpty()); // not there yet: make one through the owner
        auto* created = m_session->changes()->createKey("counted-key", AccessPolicy::readOnly());
        QSignalSpy createdDone(created, &ChangeRequest::finished);
        QVERIFY(createdDone.wait(10000));
        auto* count = m_page->findChild<QLabel*>("keyCount");
        QCOMPARE(count->text(), QStringLiteral("%1 keys").arg(before + 1));
        QVERIFY(m_page->selectKeyNamed("counted-key"));
        m_answer = true;
        m_page->revokeSelectedKey();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), before, 10000);
        QCOMPARE(count->text(), QStringLiteral("%1 keys").arg(before));
        QVERIFY(!count->text().contains(" of "));
    }

    // #6: the key Podwarden is signed in with is named as such before it is disabled or revoked.
    void theOwnKeyIsNamedBeforeItIsDisabled()
    {
        QString ownName;
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (m_session->isSignedInWith(k))
                ownName = k.name;
        }
        QVERIFY2(!ownName.isEmpty(), "the session's own key is among the listed keys");
        QVERIFY(m_page->selectKeyNamed(ownName));
        m_asked.clear();
        m_answer = false; // the user backs out
        m_page->toggleSelectedKey();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().startsWith("Disable the key Podwarden uses?") &&
                     m_asked.first().contains("signs Podwarden out"),
                 qPrintable(m_asked.first()));
        QVERIFY(keyNamed(ownName).enabled); // nothing was sent
        m_asked.clear();
        m_page->revokeSelectedKey();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().startsWith("Revoke the key Podwarden uses?"));
        QVERIFY(!keyNamed(ownName).id.isEmpty());

        // Another key gets the ordinary question.
        QVERIFY(m_page->selectKeyNamed("billing-exporter"));
        m_asked.clear();
        m_page->revokeSelectedKey();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().startsWith("Revoke key?"));
    }

    // #1 and #14: with the connection gone, a change says so and keeps what was typed.
    void aChangeWithTheConnectionGoneKeepsTheInput()
    {
        SandboxProcess doomed;
        QVERIFY2(doomed.start({"--seed", "demo"}), qPrintable(doomed.errorString()));
        Profile profile = Profile::makeNew("Doomed");
        profile.managementBase = doomed.apiBase();
        profile.invocationBase = doomed.invokeBase();
        Session session(nullptr, nullptr);
        QByteArray key = doomed.adminKey();
        session.open(profile, SecretBuffer::takeFrom(key));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Online, 15000);
        ApiKeysPage page(&session);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The New key dialog is open when the service goes away; Create key is pressed.
        int shown = 0;
        QString secondName;
        std::function<void(QWidget*)> fill = [&](QWidget* dialog) {
            ++shown;
            if (shown == 1) {
                dialog->findChild<QLineEdit*>("keyName")->setText("typed-before-the-drop");
                QCOMPARE(doomed.stop(), 0);
                QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
                // The refusal reopens the dialog with what was typed.
                whenShown("apiKeyDialog", fill);
                return;
            }
            secondName = dialog->findChild<QLineEdit*>("keyName")->text();
            static_cast<QDialog*>(dialog)->reject();
        };
        whenShown("apiKeyDialog", fill);
        page.createKey();
        QTRY_COMPARE_WITH_TIMEOUT(shown, 2, 20000);
        QCOMPARE(secondName, QString("typed-before-the-drop"));
        auto* message = page.findChild<QLabel*>("keysMessage");
        QVERIFY2(message->text().contains("not created") && message->text().contains("Could not reach"),
                 qPrintable(message->text()));

        // Offline, the owner refuses at once and says why, without touching the network.
        session.goOffline();
        auto* refused = session.changes()->revokeKey(session.snapshot().apiKeys.first().id);
        QSignalSpy refusedDone(refused, &ChangeRequest::finished);
        QVERIFY(refusedDone.wait(5000));
        const ChangeOutcome outcome = refusedDone.at(0).at(0).value<ChangeOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains("not connected"), qPrintable(outcome.message));
    }

    // #19: a banner does not outlive its cause, and does not push the table down.
    void bannersGoWithTheirCause()
    {
        auto* message = m_page->findChild<QLabel*>("keysMessage");
        auto* table = m_page->findChild<QTableView*>("keyTable");
        QVERIFY(message && table);
        const int tableTop = table->mapTo(m_page.get(), QPoint(0, 0)).y();
        PageParts::setMessageLifetimeMs(300);
        auto* created = m_session->changes()->createKey("banner-key", AccessPolicy::readOnly());
        QSignalSpy createdDone(created, &ChangeRequest::finished);
        QVERIFY(createdDone.wait(10000));
        QVERIFY(m_page->selectKeyNamed("banner-key"));
        m_answer = true;
        m_page->revokeSelectedKey();
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains("was revoked"), 10000);
        QCOMPARE(table->mapTo(m_page.get(), QPoint(0, 0)).y(), tableTop); // a one-line message moves nothing
        QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), 5000);            // news goes by itself
        PageParts::setMessageLifetimeMs(60 * 60 * 1000);

        // An error stays while the page is shown, and goes when the page is left.
        PageParts::showMessage(message, QStringLiteral("Key x was not revoked: reason."), true);
        QTest::qWait(50);
        QVERIFY(message->isVisible());
        m_page->hide();
        QVERIFY(message->text().isEmpty());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(!message->isVisible());
        PageParts::setMessageLifetimeMs(12000);
    }

    // #23: after the service lost a template (a sandbox reset), its pushed draft does not stay on
    // as a second row; a draft with changes of its own is kept.
    void aPushedDraftOfAGoneTemplateGoes()
    {
        TemplateDraft pushed = TemplateDraft::makeNew(m_profile.id);
        pushed.draft.id = "tpl_gone_after_reset";
        pushed.draft.name = "From before the reset";
        pushed.draft.image = "img";
        pushed.state = DraftState::Pushed;
        TemplateDraft edited = pushed;
        edited.id = TemplateDraft::makeNew(m_profile.id).id;
        edited.draft.id = "tpl_gone_too";
        edited.state = DraftState::Modified;
        QVERIFY(m_session->drafts()->save(pushed));
        QVERIFY(m_session->drafts()->save(edited));
        QSignalSpy removed(m_session->drafts(), &TemplateDrafts::draftRemoved);
        m_session->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Online, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QCOMPARE(removed.at(0).at(0).toString(), pushed.id);
        LocalStore other(m_storePath);
        QVERIFY(other.open());
        QVERIFY(!other.loadDraft(pushed.id).has_value());
        QVERIFY(other.loadDraft(edited.id).has_value()); // the user's own work stays
        QVERIFY(m_session->drafts()->discard(edited.id));
    }

    // #10: a time a little ahead of this computer's clock is "just now", from one clock.
    void timesJustMadeAreJustNow()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()));
        Clock::install(&clock);
        const QDateTime now = clock.now();
        QCOMPARE(relativeTime(now.addSecs(90)), QString("just now")); // the service's clock runs ahead
        QCOMPARE(relativeTime(now.addSecs(290)), QString("just now"));
        QCOMPARE(relativeTime(now.addSecs(3600)), QString("in the future"));
        QCOMPARE(relativeTime(now.addSecs(-7200)), QString("2 hours ago"));
        clock.advance(3 * 86400);
        QCOMPARE(relativeTime(now), QString("3 days ago"));
        Clock::install(nullptr);
    }

    // Issue 15, #5: a key changes or revokes only keys whose access is within its own. Signed in
    // with a key that has API read-write and one endpoint, Podwarden says so before it sends
    // anything; the owner's All key stays as it was. A key within its access is changed normally.
    void aKeyChangesOnlyKeysWithinItsOwnAccess()
    {
        const ApiKey owner = keyNamed("Owner admin");
        QVERIFY(owner.enabled);
        const QString endpoint = m_session->snapshot().endpoints.value(0).id;
        QVERIFY(!endpoint.isEmpty());
        ChangeOutcome made = finish(m_session->changes()->createKey(
            "limited-admin", AccessPolicy::restricted(AccessLevel::ReadWrite, {{endpoint, AccessLevel::Read}})));
        QVERIFY2(made.ok && made.rawKey, qPrintable(made.message));
        ChangeOutcome small =
            finish(m_session->changes()->createKey("api-read-only", AccessPolicy::restricted(AccessLevel::Read)));
        QVERIFY2(small.ok, qPrintable(small.message));

        LocalStore store(m_home.filePath("limited.sqlite"));
        QVERIFY(store.open());
        Session limited(&store, nullptr);
        Profile profile = m_profile;
        profile.id = QStringLiteral("limited-profile");
        QByteArray raw = made.rawKey->bytes();
        limited.open(profile, SecretBuffer::takeFrom(raw));
        QTRY_COMPARE_WITH_TIMEOUT(limited.state(), Session::State::Online, 15000);

        for (int attempt = 0; attempt < 2; ++attempt) {
            ChangeOutcome refused = attempt == 0 ? finish(limited.changes()->setKeyEnabled(owner.id, false))
                                                 : finish(limited.changes()->revokeKey(owner.id));
            QVERIFY(!refused.ok);
            QVERIFY2(refused.message.contains("whose access is within its own"), qPrintable(refused.message));
            QVERIFY2(refused.message.contains("limited-admin") && refused.message.contains("Owner admin"),
                     qPrintable(refused.message));
        }
        ChangeOutcome widened = finish(limited.changes()->updateKey(
            small.key->id, std::nullopt,
            AccessPolicy::restricted(AccessLevel::ReadWrite, {{endpoint, AccessLevel::ReadWrite}})));
        QVERIFY(!widened.ok);
        QVERIFY2(widened.message.contains("cannot grant more than it holds"), qPrintable(widened.message));

        ChangeOutcome disabled = finish(limited.changes()->setKeyEnabled(small.key->id, false));
        QVERIFY2(disabled.ok, qPrintable(disabled.message));

        // On the service, the owner's key is untouched.
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_session->state() == Session::State::Online && keyNamed("api-read-only").enabled == false, 15000);
        QVERIFY(keyNamed("Owner admin").enabled);
    }

private:
    ChangeOutcome finish(ChangeRequest* request)
    {
        QSignalSpy done(request, &ChangeRequest::finished);
        if (!done.wait(10000))
            return {};
        return done.at(0).at(0).value<ChangeOutcome>();
    }

    ApiKey keyNamed(const QString& name) const
    {
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (k.name == name)
                return k;
        }
        return {};
    }
    std::optional<ApiKey> storedKey(const QString& id) const
    {
        m_session->flushSavedCopy(); // written on the copy's own thread: wait for what was asked
        LocalStore other(m_storePath);
        if (!other.open())
            return std::nullopt;
        const auto snapshot = other.loadSnapshot(m_profile.id);
        if (!snapshot)
            return std::nullopt;
        for (const ApiKey& k : snapshot->apiKeys) {
            if (k.id == id)
                return k;
        }
        return std::nullopt;
    }
    QByteArray storedText() const
    {
        QFile file(m_storePath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_home;
    QTranslator m_english;
    QString m_storePath;
    std::unique_ptr<LocalStore> m_store;
    SandboxProcess m_sandbox;
    Profile m_profile;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApiKeysPage> m_page;
    QStringList m_asked;
    bool m_answer = true;
};

QTEST_MAIN(TestAccountChanges)
#include "tst_accountchanges.moc"
