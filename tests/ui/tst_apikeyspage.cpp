// The API keys screen driven like a user would, against the real sandbox: toggle a key off and on
// (and the key really gets 401, then 200), create a Restricted key with two endpoints (it can
// invoke one, not a third), the write-access warning both ways, the key shown once and the
// clipboard cleared, edit, revoke.
#include "ApiKeyFilterProxy.h"
#include "ApiKeyTableModel.h"
#include "AppTestEnvironment.h"
#include "Confirm.h"
#include "EndpointAccessModel.h"
#include "SandboxProcess.h"
#include "SecretClipboard.h"
#include "Theme.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "keys/ApiKeysPage.h"
#include "keys/ToggleSwitchDelegate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestApiKeysPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_session = std::make_unique<Session>(nullptr, nullptr);
        const QString failure = openDemoSession(m_sandbox, *m_session, "Keys");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_page = std::make_unique<ApiKeysPage>(m_session.get());
        m_page->resize(1100, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        Confirm::setTestHook([this](const QString&, const QString& text) {
            m_asked << text;
            return m_answer;
        });
        SecretClipboard::instance()->setClearAfterMs(400);
    }
    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_page.reset();
        m_session.reset();
        QCOMPARE(m_sandbox.stop(), 0);
    }

    void showsTheAccountsKeys()
    {
        QCOMPARE(m_page->model()->rowCount(), 13);
        QCOMPARE(m_page->findChild<QLabel*>("keyCount")->text(), QString("13 keys"));
        screenshot(m_page.get(), "keys");
        // A filter and a search, as a user would type them.
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("filterLegacy"), Qt::LeftButton);
        QCOMPARE(m_page->proxy()->rowCount(), 2);
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("filterLegacy"), Qt::LeftButton);
        QTest::keyClicks(m_page->findChild<QLineEdit*>("keySearch"), "zzz-nothing");
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        QVERIFY(m_page->findChild<QLabel*>("keysState")->isVisible());
        QVERIFY(m_page->findChild<QLabel*>("keysState")->text().contains("No key matches"));
        m_page->findChild<QLineEdit*>("keySearch")->clear();
        QCOMPARE(m_page->proxy()->rowCount(), 13);
    }

    void anAccountThatDoesNotLoadSaysWhy()
    {
        Profile profile = Profile::makeNew("Refused");
        profile.managementBase = m_sandbox.apiBase();
        profile.invocationBase = m_sandbox.invokeBase();
        Session refused(nullptr, nullptr);
        ApiKeysPage page(&refused);
        auto* state = page.findChild<QLabel*>("keysState");
        QVERIFY(state->text().contains("No account is connected"));
        QByteArray wrong = "rpa_WRONGWRONGWRONGWRONGWRONGWRONGWRONGWRON";
        refused.open(profile, SecretBuffer::takeFrom(wrong));
        QVERIFY(state->text().contains("Loading"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), Session::State::Error, 15000);
        QVERIFY2(state->text().contains("could not be loaded") && state->text().contains("invalid api key"),
                 qPrintable(state->text()));
        QVERIFY(!page.findChild<QAbstractButton*>("newKeyButton")->isEnabled());
    }

    void aServiceWithoutKeyRoutesSaysWhereToManageKeys()
    {
        // The real cloud today: official routes only, 404 on our [ext] key and event routes.
        SandboxProcess official;
        QVERIFY2(official.start({"--seed", "demo", "--official-only"}), qPrintable(official.errorString()));
        Profile profile = Profile::makeNew("Official");
        profile.managementBase = official.apiBase();
        profile.invocationBase = official.invokeBase();
        Session session(nullptr, nullptr);
        ApiKeysPage page(&session);
        QByteArray key = official.adminKey();
        session.open(profile, SecretBuffer::takeFrom(key));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Online, 15000);
        // Everything else loaded; only the keys are missing, and the screen says why, not "error".
        QVERIFY(!session.snapshot().templates.isEmpty());
        QVERIFY(!session.snapshot().secrets.isEmpty());
        QVERIFY(!session.snapshot().endpoints.isEmpty());
        QVERIFY(session.snapshot().apiKeys.isEmpty());
        QVERIFY(!session.offersKeyManagement());
        QVERIFY(session.errorMessage().isEmpty());
        auto* state = page.findChild<QLabel*>("keysState");
        QCOMPARE(state->text(), ApiKeysPage::notOfferedText());
        QVERIFY(state->text().contains("does not offer API key management"));
        QVERIFY(state->text().contains("Runpod console"));
        QVERIFY(!page.findChild<QAbstractButton*>("newKeyButton")->isEnabled());
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        screenshot(&page, "keys-not-offered");
        QCOMPARE(official.stop(), 0);
    }

    void createARestrictedKeyWithTwoEndpoints()
    {
        const QList<Endpoint> endpoints = m_session->snapshot().endpoints;
        QVERIFY(endpoints.size() >= 3);
        m_endpointA = endpoints.at(0).id;
        m_endpointB = endpoints.at(1).id;
        m_endpointC = endpoints.at(2).id;

        whenShown("apiKeyDialog", [this](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>("keyName"), "gui-restricted");
            QTest::mouseClick(dialog->findChild<QRadioButton*>("presetRestricted"), Qt::LeftButton);
            auto* table = dialog->findChild<QTableView*>("endpointTable");
            QAbstractItemModel* model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex access = model->index(row, EndpointAccessModel::Access);
                const QString id = access.data(EndpointAccessModel::EndpointIdRole).toString();
                if (id == m_endpointA)
                    model->setData(access, int(AccessLevel::ReadWrite), EndpointAccessModel::AccessLevelRole);
                if (id == m_endpointB)
                    model->setData(access, int(AccessLevel::Read), EndpointAccessModel::AccessLevelRole);
            }
            screenshot(dialog, "key-dialog");
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        m_page->createKey();
        QTRY_VERIFY_WITH_TIMEOUT(findShown("newKeyDialog") != nullptr, 15000);
        QWidget* shown = findShown("newKeyDialog");
        m_rawKey = shown->findChild<QLineEdit*>("rawKey")->text().toLatin1();
        QVERIFY(m_rawKey.startsWith("rpa_"));
        screenshot(shown, "key-shown-once");

        // Copy: the clipboard holds it, marked as a secret, and forgets it.
        QTest::mouseClick(shown->findChild<QAbstractButton*>("copyKey"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text().toLatin1(), m_rawKey);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"), QByteArray("secret"));
        QVERIFY(shown->findChild<QLabel*>("copiedNotice")->text().contains("forgets"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);

        QTest::mouseClick(shown->findChild<QAbstractButton*>("keyStored"), Qt::LeftButton);
        QTRY_VERIFY(findShown("newKeyDialog") == nullptr);
        QCOMPARE(m_page->model()->rowCount(), 14);
        m_keyId = m_page->model()->keyAt(m_page->model()->rowCount() - 1).id;
        QCOMPARE(m_page->model()->keyAt(m_page->model()->rowOf(m_keyId)).name, QString("gui-restricted"));
        QCOMPARE(m_session->snapshot().apiKeys.size(), 14); // the overview's count follows

        // What the key can do on the service: endpoint A yes, a third endpoint no.
        HttpClient http;
        QCOMPARE(http.post(url(m_sandbox.invokeBase(), "/v2/" + m_endpointA + "/run"), m_rawKey,
                           QJsonObject{{"input", QJsonObject{{"x", 1}}}})
                     .status,
                 200);
        QCOMPARE(http.get(url(m_sandbox.invokeBase(), "/v2/" + m_endpointB + "/health"), m_rawKey).status, 200);
        QCOMPARE(http.get(url(m_sandbox.invokeBase(), "/v2/" + m_endpointC + "/health"), m_rawKey).status, 403);
    }

    void toggleOffAndOn()
    {
        QVERIFY(!m_keyId.isEmpty());
        HttpClient http;
        const QUrl health = url(m_sandbox.invokeBase(), "/v2/" + m_endpointA + "/health");
        const int row =
            m_page->proxy()->mapFromSource(m_page->model()->index(m_page->model()->rowOf(m_keyId), 0)).row();
        QTableView* table = m_page->table();
        table->scrollTo(m_page->proxy()->index(row, 0));
        const QRect cell = table->visualRect(m_page->proxy()->index(row, ApiKeyTableModel::Enabled));

        // Declined: nothing changes.
        m_answer = false;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, ToggleSwitchDelegate::switchRect(cell).center());
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.last().contains("Disable key gui-restricted?"));
        QVERIFY(m_asked.last().contains("401"));
        QCOMPARE(http.get(health, m_rawKey).status, 200);

        // Confirmed: off at once, and on the service.
        m_answer = true;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, ToggleSwitchDelegate::switchRect(cell).center());
        const QModelIndex toggle = m_page->model()->index(m_page->model()->rowOf(m_keyId), ApiKeyTableModel::Enabled);
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QTRY_VERIFY(!toggle.data(ApiKeyTableModel::PendingRole).toBool());
        QCOMPARE(http.get(health, m_rawKey).status, 401);

        // Space on the selected row turns it back on.
        table->selectRow(row);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(m_asked.last().contains("Enable key gui-restricted?"));
        QTRY_VERIFY(!toggle.data(ApiKeyTableModel::PendingRole).toBool());
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(http.get(health, m_rawKey).status, 200);
    }

    void aRefusedToggleRollsBackWithTheReason()
    {
        // A key revoked behind the page's back (in another window, by a colleague): the service
        // answers 404 and the switch goes back.
        auto* created = m_session->changes()->createKey("elsewhere", AccessPolicy::readOnly());
        QSignalSpy createdDone(created, &ChangeRequest::finished);
        QVERIFY(createdDone.wait(10000));
        const QString id = createdDone.at(0).at(0).value<ChangeOutcome>().key->id;
        QVERIFY(m_page->model()->rowOf(id) >= 0);
        HttpClient http;
        QCOMPARE(http.del(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + id), m_sandbox.adminKey()).status, 204);

        m_answer = true;
        const QModelIndex toggle = m_page->model()->index(m_page->model()->rowOf(id), ApiKeyTableModel::Enabled);
        m_page->model()->setData(toggle, Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked); // at once
        QTRY_VERIFY(!toggle.data(ApiKeyTableModel::PendingRole).toBool());
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked); // rolled back
        auto* message = m_page->findChild<QLabel*>("keysMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains("was not disabled"), qPrintable(message->text()));
        QVERIFY(m_session->snapshot().apiKeys.size() == m_page->model()->rowCount()); // one account
    }

    void theWriteAccessWarningBothWays()
    {
        bool cancelledKeptReadOnly = false;
        bool proceededIsAll = false;
        whenShown("apiKeyDialog", [&](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>("keyName"), "gui-all");
            auto* readOnly = dialog->findChild<QRadioButton*>("presetReadOnly");
            auto* all = dialog->findChild<QRadioButton*>("presetAll");
            QTest::mouseClick(readOnly, Qt::LeftButton);
            // Cancel the warning: the previous choice comes back.
            whenShown("writeAccessWarning", [](QWidget* warning) {
                screenshot(warning, "write-warning");
                QVERIFY(!warning->findChild<QAbstractButton*>("proceedWriteAccess")->isEnabled());
                static_cast<QDialog*>(warning)->reject();
            });
            all->click();
            cancelledKeptReadOnly = readOnly->isChecked() && !all->isChecked();
            // Acknowledge and proceed: All stays.
            whenShown("writeAccessWarning", [](QWidget* warning) {
                QTest::mouseClick(warning->findChild<QCheckBox*>("acknowledgeWriteAccess"), Qt::LeftButton);
                QVERIFY(warning->findChild<QAbstractButton*>("proceedWriteAccess")->isEnabled());
                QTest::mouseClick(warning->findChild<QAbstractButton*>("proceedWriteAccess"), Qt::LeftButton);
            });
            all->click();
            proceededIsAll = all->isChecked();
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        m_page->createKey();
        QVERIFY(cancelledKeptReadOnly);
        QVERIFY(proceededIsAll);
        QTRY_VERIFY_WITH_TIMEOUT(findShown("newKeyDialog") != nullptr, 15000);
        QTest::mouseClick(findShown("newKeyDialog")->findChild<QAbstractButton*>("keyStored"), Qt::LeftButton);
        const int row = m_page->model()->rowOf(m_page->model()->keyAt(m_page->model()->rowCount() - 1).id);
        QCOMPARE(m_page->model()->keyAt(row).name, QString("gui-all"));
        QCOMPARE(m_page->model()->keyAt(row).policy.preset(), AccessPreset::All);
    }

    void editRenames()
    {
        const int row = m_page->model()->rowOf(m_keyId);
        m_page->table()->selectRow(m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).row());
        whenShown("apiKeyDialog", [](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>("keyName");
            name->selectAll();
            QTest::keyClicks(name, "gui-renamed");
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        m_page->editSelectedKey();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->keyAt(m_page->model()->rowOf(m_keyId)).name, QString("gui-renamed"),
                                  10000);
        HttpClient http;
        QCOMPARE(http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + m_keyId), m_sandbox.adminKey())
                     .json()
                     .value("name")
                     .toString(),
                 QString("gui-renamed"));
        // The policy was not touched by a rename.
        QCOMPARE(m_page->model()->keyAt(m_page->model()->rowOf(m_keyId)).policy.endpointLevel(m_endpointA),
                 AccessLevel::ReadWrite);
    }

    void expiryChosenInTheDialog()
    {
        // Edit: "In 30 days" sends expiresAt, the list shows it, the service has it.
        const auto selectKey = [this] {
            const int row = m_page->model()->rowOf(m_keyId);
            m_page->table()->selectRow(m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).row());
        };
        const auto serviceExpiry = [this] {
            HttpClient http;
            return http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + m_keyId), m_sandbox.adminKey())
                .json()
                .value("expiresAt");
        };
        QVERIFY(serviceExpiry().isNull());
        selectKey();
        whenShown("apiKeyDialog", [](QWidget* dialog) {
            auto* choice = dialog->findChild<QComboBox*>("expiryChoice");
            choice->setCurrentIndex(choice->findData(30));
            QVERIFY(dialog->findChild<QLabel*>("expiryWhen")->text().contains("in 30 days"));
            screenshot(dialog, "key-dialog-expiry");
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        m_page->editSelectedKey();
        QTRY_VERIFY_WITH_TIMEOUT(!serviceExpiry().isNull(), 10000);
        const QDateTime at = QDateTime::fromString(serviceExpiry().toString(), Qt::ISODate);
        QVERIFY(qAbs(asked.addDays(30).secsTo(at)) < 120);
        const int row = m_page->model()->rowOf(m_keyId);
        QTRY_COMPARE(m_page->model()->index(row, ApiKeyTableModel::Expires).data().toString(), QString("in 30 days"));
        // Shown among the keys expiring? Not yet: 30 days is beyond the week the filter looks at.
        m_page->showOnly(ApiKeyFilterProxy::Expiring);
        QVERIFY(!m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).isValid());
        m_page->showOnly({});

        // Back to Never: null is sent, and nothing else changed.
        selectKey();
        whenShown("apiKeyDialog", [](QWidget* dialog) {
            auto* choice = dialog->findChild<QComboBox*>("expiryChoice");
            QCOMPARE(choice->currentData().toInt(), -1); // the key's date
            choice->setCurrentIndex(choice->findData(0));
            QTest::mouseClick(dialog->findChild<QAbstractButton*>("acceptKey"), Qt::LeftButton);
        });
        m_page->editSelectedKey();
        QTRY_VERIFY_WITH_TIMEOUT(serviceExpiry().isNull(), 10000);
        QTRY_COMPARE(
            m_page->model()->index(m_page->model()->rowOf(m_keyId), ApiKeyTableModel::Expires).data().toString(),
            QString("Never"));
    }

    void revoke()
    {
        const int row = m_page->model()->rowOf(m_keyId);
        m_page->table()->selectRow(m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).row());
        m_answer = true;
        QTest::mouseClick(m_page->findChild<QAbstractButton*>("revokeKeyButton"), Qt::LeftButton);
        QVERIFY(m_asked.last().contains("Revoke key gui-renamed?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(m_keyId), -1, 10000);
        HttpClient http;
        QCOMPARE(http.get(url(m_sandbox.invokeBase(), "/v2/" + m_endpointA + "/health"), m_rawKey).status, 401);
        QVERIFY(m_page->findChild<QLabel*>("keysMessage")->text().contains("revoked"));
    }

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApiKeysPage> m_page;
    QStringList m_asked;
    bool m_answer = true;
    QString m_endpointA, m_endpointB, m_endpointC;
    QString m_keyId;
    QByteArray m_rawKey;
};

QTEST_MAIN(TestApiKeysPage)
#include "tst_apikeyspage.moc"
