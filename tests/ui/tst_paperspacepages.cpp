// Issue 18, items 3 to 5: a Paperspace account driven like a user would, against the real
// podwarden-sandbox --provider paperspace over HTTP. The session loads deployments and the project's
// and team's secrets; the secrets screen shows scopes, "used by" and the provider's rules as typed;
// the endpoints screen protects a public deployment with a generated secret end to end (the Basic
// header shown once, checked against the deployment's endpoint: 401 without it, 200 with it); a
// replaced value leaves the old token working and the new one refused until Redeploy, then the
// reverse; making it public again; the offline copy keeps the account; 300 deployments page in.
#include "AppTestEnvironment.h"
#include "Confirm.h"
#include "PaperspaceTableModels.h"
#include "SandboxProcess.h"
#include "SecretClipboard.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "paperspace/DeploymentsPage.h"
#include "paperspace/PaperspaceDialogs.h"
#include "paperspace/PaperspaceSecretsPage.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

QAbstractButton* button(QWidget* w, const char* name)
{
    return w->findChild<QAbstractButton*>(QLatin1String(name));
}

// One GET on a deployment's endpoint with `authorization` (none when empty): the HTTP status.
int callEndpoint(const QString& endpoint, const QByteArray& authorization)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(endpoint + QStringLiteral("/health")));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply* reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QByteArray basic(const QByteArray& value)
{
    return PaperspaceSecrets::basicAuthorization(value);
}

Profile paperspaceProfile(const SandboxProcess& sandbox, const QString& name)
{
    Profile profile = Profile::makeNew(name, Profile::Provider::PaperspaceSandbox);
    profile.managementBase = sandbox.apiBase();
    profile.invocationBase = sandbox.apiBase();
    profile.projectId = QStringLiteral("pr_sandbox");
    profile.teamId = QStringLiteral("te_sandbox");
    return profile;
}

} // namespace

class TestPaperspacePages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PaperspaceSecretsPage> m_secrets;
    std::unique_ptr<DeploymentsPage> m_deployments;
    QStringList m_asked;
    QString m_header; // the generated token's header, as the dialog showed it
    QString m_protectedId;

    int secretRow(PaperspaceScope scope, const QString& name) const
    {
        PaperspaceSecretTableModel* model = m_secrets->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->secretAt(row).scope == scope && model->secretAt(row).secret.name == name)
                return row;
        }
        return -1;
    }
    int deploymentRow(const QString& name) const
    {
        DeploymentTableModel* model = m_deployments->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->deploymentAt(row).name == name)
                return row;
        }
        return -1;
    }
    Deployment deploymentNamed(const QString& name) const
    {
        for (const Deployment& d : m_session->snapshot().deployments) {
            if (d.name == name)
                return d;
        }
        return {};
    }
    bool selectDeployment(const QString& name)
    {
        const Deployment d = deploymentNamed(name);
        return !d.id.isEmpty() && m_deployments->selectDeployment(d.id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_store = std::make_unique<LocalStore>(m_home.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(m_store->open());
        m_session = std::make_unique<Session>(m_store.get(), nullptr);
        QVERIFY2(m_sandbox.start({"--provider", "paperspace", "--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        QByteArray key = m_sandbox.adminKey();
        m_session->open(paperspaceProfile(m_sandbox, QStringLiteral("Paperspace")), SecretBuffer::takeFrom(key));
        QTRY_VERIFY2_WITH_TIMEOUT(m_session->state() == Session::State::Sandbox, qPrintable(m_session->errorMessage()),
                                  15000);
        m_secrets = std::make_unique<PaperspaceSecretsPage>(m_session.get());
        m_secrets->resize(1100, 520);
        m_secrets->show();
        m_deployments = std::make_unique<DeploymentsPage>(m_session.get());
        m_deployments->resize(1200, 520);
        m_deployments->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_deployments.get()));
        Confirm::setTestHook([this](const QString& title, const QString&) {
            m_asked << title;
            return true;
        });
        SecretClipboard::instance()->setClearAfterMs(30000);
    }

    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_deployments.reset();
        m_secrets.reset();
        m_session.reset();
        m_sandbox.stop();
    }

    void loadsDeploymentsAndBothScopes()
    {
        const AccountSnapshot& s = m_session->snapshot();
        QCOMPARE(s.deployments.size(), 5);
        QCOMPARE(s.paperspaceSecrets.size(), 6);
        const auto count = [&s](PaperspaceScope scope) {
            return std::count_if(s.paperspaceSecrets.begin(), s.paperspaceSecrets.end(),
                                 [scope](const ScopedPaperspaceSecret& x) { return x.scope == scope; });
        };
        QCOMPARE(count(PaperspaceScope::Project), 3);
        QCOMPARE(count(PaperspaceScope::Team), 3);
        // Nothing of Runpod's is asked of a Paperspace account.
        QVERIFY(s.apiKeys.isEmpty() && s.templates.isEmpty() && s.endpoints.isEmpty());
        QVERIFY(m_session->client() == nullptr);
        QVERIFY(m_session->paperspace() != nullptr);
    }

    void secretsShowScopesAndUsers()
    {
        PaperspaceSecretTableModel* model = m_secrets->model();
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(m_secrets->findChild<QLabel*>("paperspaceSecretCount")->text(), QStringLiteral("6 secrets"));
        // hf_token is read by llm-chat's env.
        const int hf = secretRow(PaperspaceScope::Project, "hf_token");
        QVERIFY(hf >= 0);
        QCOMPARE(model->index(hf, PaperspaceSecretTableModel::UsedBy).data().toString(), QStringLiteral("llm-chat"));
        // api_token exists in both scopes: the project's wins, the team's is read by nothing.
        const int projectApi = secretRow(PaperspaceScope::Project, "api_token");
        const int teamApi = secretRow(PaperspaceScope::Team, "api_token");
        QCOMPARE(model->index(projectApi, PaperspaceSecretTableModel::UsedBy).data().toString(),
                 QStringLiteral("llm-chat"));
        QVERIFY(model->isShadowedAt(teamApi));
        QVERIFY(model->usersAt(teamApi).isEmpty());
        QVERIFY(model->index(teamApi, PaperspaceSecretTableModel::UsedBy).data().toString().contains("project"));
        // The scope filter.
        auto* scope = m_secrets->scopeFilter();
        scope->setCurrentIndex(scope->findData(int(PaperspaceScope::Team)));
        QCOMPARE(m_secrets->proxy()->rowCount(), 3);
        QCOMPARE(m_secrets->findChild<QLabel*>("paperspaceSecretCount")->text(),
                 QStringLiteral("3 of 6 secrets shown"));
        scope->setCurrentIndex(scope->findData(int(PaperspaceScope::Project)));
        QCOMPARE(m_secrets->proxy()->rowCount(), 3);
        scope->setCurrentIndex(0);
        QCOMPARE(m_secrets->proxy()->rowCount(), 6);
        // Search by a deployment's name finds the secrets it reads.
        auto* search = m_secrets->findChild<QLineEdit*>("paperspaceSecretSearch");
        QTest::keyClicks(search, "llm-chat");
        QCOMPARE(m_secrets->proxy()->rowCount(), 2); // hf_token and the project's api_token
        search->clear();
        screenshot(m_secrets.get(), "paperspace-secrets");
    }

    void newSecretChecksTheRulesAsTyped()
    {
        bool sawRules = false;
        whenShown("createPaperspaceSecretDialog", [&sawRules](QWidget* dialog) {
            auto* name = dialog->findChild<QLineEdit*>("secretName");
            auto* problem = dialog->findChild<QLabel*>("secretNameProblem");
            auto* value = dialog->findChild<QLineEdit*>("secretValue");
            QAbstractButton* create = button(dialog, "createSecret");
            QTest::keyClicks(name, "9lives");
            const bool startRule = problem->isVisible() && problem->text().contains("letter") && !create->isEnabled();
            name->clear();
            QTest::keyClicks(name, "has-dash");
            const bool charRule = problem->isVisible() && problem->text().contains("-");
            name->clear();
            QTest::keyClicks(name, "hf_token"); // taken in the project
            const bool taken = problem->isVisible() && problem->text().contains("already");
            // The same name in the team is allowed, with a note that the project's wins.
            auto* scope = dialog->findChild<QComboBox*>("secretScope");
            scope->setCurrentIndex(scope->findData(int(PaperspaceScope::Team)));
            const bool teamOk = problem->isHidden() &&
                                dialog->findChild<QLabel*>("secretShadowNote")->text().contains("project's wins");
            scope->setCurrentIndex(scope->findData(int(PaperspaceScope::Project)));
            name->clear();
            QTest::keyClicks(name, "webhook_secret");
            value->setText(QString(PaperspaceSecrets::kValueMaxCharacters + 1, QLatin1Char('x')));
            auto* valueProblem = dialog->findChild<QLabel*>("secretValueProblem");
            const bool tooLong = !create->isEnabled() && (!valueProblem || valueProblem->isVisible());
            value->setText(QString(PaperspaceSecrets::kValueMaxCharacters, QLatin1Char('x')));
            const bool fits = create->isEnabled();
            sawRules = startRule && charRule && taken && teamOk && tooLong && fits;
            screenshot(dialog, "paperspace-new-secret");
            create->click();
        });
        m_secrets->createSecret();
        QVERIFY(sawRules);
        QTRY_VERIFY(secretRow(PaperspaceScope::Project, "webhook_secret") >= 0);
        // The service has it, in the project.
        HttpClient http;
        const HttpResult r =
            http.get(url(m_sandbox.apiBase(), "/v1/projects/pr_sandbox/secrets/webhook_secret"), m_sandbox.adminKey());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("xxxxxxxx"));
    }

    void deploymentsShowSecurityAndTheRedeployRule()
    {
        DeploymentTableModel* model = m_deployments->model();
        QCOMPARE(model->rowCount(), 5);
        const int chat = deploymentRow("llm-chat");
        QCOMPARE(model->index(chat, DeploymentTableModel::Security).data().toString(), QStringLiteral("Protected"));
        QCOMPARE(model->index(chat, DeploymentTableModel::TokenSecret).data().toString(), QStringLiteral("api_token"));
        QCOMPARE(model->index(chat, DeploymentTableModel::Status).data().toString(), QStringLiteral("Up to date"));
        const int hello = deploymentRow("hello-public");
        QCOMPARE(model->index(hello, DeploymentTableModel::Security).data().toString(), QStringLiteral("Public"));
        // image-gen's token secret was replaced after its last deploy.
        const int image = deploymentRow("image-gen");
        QVERIFY(model->index(image, DeploymentTableModel::Status).data().toString().contains("old token"));
        const int batch = deploymentRow("batch-worker");
        QVERIFY(model->index(batch, DeploymentTableModel::Status).data().toString().contains("openai_key"));
        auto* notice = m_deployments->findChild<QLabel*>("redeployNoticeText");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains("image-gen") && notice->text().contains("old token"),
                 qPrintable(notice->text()));
        // The endpoint URL is each deployment's own.
        QVERIFY(model->index(hello, DeploymentTableModel::Endpoint).data().toString().contains("/deployments/"));
        screenshot(m_deployments.get(), "paperspace-deployments");
    }

    void generateAndProtectEndToEnd()
    {
        const Deployment hello = deploymentNamed("hello-public");
        QCOMPARE(callEndpoint(hello.endpoint, {}), 200); // public
        QVERIFY(selectDeployment("hello-public"));
        QString proposed;
        whenShown("protectDeploymentDialog", [&proposed](QWidget* dialog) {
            QVERIFY(dialog->findChild<QRadioButton*>("generateSecret")->isChecked());
            proposed = dialog->findChild<QLineEdit*>("newSecretName")->text();
            QVERIFY(dialog->findChild<QLabel*>("protectWarning")->text().contains("401"));
            screenshot(dialog, "paperspace-protect");
            button(dialog, "protectDeployment")->click();
        });
        QString curl;
        whenShown("basicHeaderDialog", [this, &curl](QWidget* dialog) {
            m_header = dialog->findChild<QLineEdit*>("basicHeader")->text();
            curl = dialog->findChild<QLineEdit*>("curlLine")->text();
            // Copy: marked as a password for clipboard managers.
            button(dialog, "copyHeader")->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), m_header);
            QCOMPARE(QGuiApplication::clipboard()->mimeData()->data("x-kde-passwordManagerHint"), QByteArray("secret"));
            // Try the token from the dialog: accepted.
            button(dialog, "tryToken")->click();
            QTRY_VERIFY(dialog->findChild<QLabel*>("tryResult")->text().startsWith("Accepted"));
            screenshot(dialog, "paperspace-basic-header");
            static_cast<QDialog*>(dialog)->accept();
        });
        m_deployments->protectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!m_header.isEmpty() && !findShown("basicHeaderDialog"), 15000);
        QCOMPARE(proposed, QStringLiteral("hello_public_basic_auth"));
        QVERIFY(m_header.startsWith("Authorization: Basic "));
        QVERIFY(curl.contains(m_header) && curl.contains(hello.endpoint));
        // The account shows it protected by the new project secret.
        const Deployment now = deploymentNamed("hello-public");
        m_protectedId = now.id;
        QCOMPARE(now.basicAuthKey, std::optional<QString>("secret:hello_public_basic_auth"));
        QVERIFY(secretRow(PaperspaceScope::Project, "hello_public_basic_auth") >= 0);
        // The service agrees: 401 without the header, 200 with the one shown.
        const QByteArray header = m_header.mid(QStringLiteral("Authorization: ").size()).toLatin1();
        QCOMPARE(callEndpoint(now.endpoint, {}), 401);
        QCOMPARE(callEndpoint(now.endpoint, "Basic cGFwZXJzcGFjZTp3cm9uZw=="), 401);
        QCOMPARE(callEndpoint(now.endpoint, header), 200);
        // The dialog kept nothing: the clipboard is the only copy, and it is cleared on time.
        SecretClipboard::instance()->clearIfStillHeld();
        QVERIFY(QGuiApplication::clipboard()->text() != m_header);
    }

    void replacedValueNeedsRedeploy()
    {
        const QByteArray oldHeader = m_header.mid(QStringLiteral("Authorization: ").size()).toLatin1();
        const QByteArray newValue = "a-new-token-value-0123456789";
        const int row = secretRow(PaperspaceScope::Project, "hello_public_basic_auth");
        QVERIFY(row >= 0);
        QVERIFY(m_secrets->selectSecret(PaperspaceScope::Project, "hello_public_basic_auth"));
        bool listed = false;
        whenShown("replacePaperspaceValueDialog", [&listed, newValue](QWidget* dialog) {
            auto* list = dialog->findChild<QListWidget*>("affectedDeployments");
            listed = list && list->count() == 1 && list->item(0)->text().startsWith("hello-public");
            dialog->findChild<QLineEdit*>("secretValue")->setText(QString::fromLatin1(newValue));
            button(dialog, "replaceValue")->click();
        });
        QWidget* redeploy = nullptr;
        whenShown("redeployDialog", [&redeploy](QWidget* dialog) { redeploy = dialog; });
        m_secrets->replaceSelectedValue();
        QVERIFY(listed);
        QTRY_VERIFY_WITH_TIMEOUT(redeploy != nullptr, 10000);
        auto* list = redeploy->findChild<QListWidget*>("redeployList");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith("hello-public"));
        QVERIFY(redeploy->findChild<QLabel*>("redeployExplanation")->text().contains("old token"));
        screenshot(redeploy, "paperspace-redeploy");
        // The redeploy rule as the service keeps it: the old token still works, the new one is refused.
        const Deployment d = deploymentNamed("hello-public");
        QCOMPARE(callEndpoint(d.endpoint, oldHeader), 200);
        QCOMPARE(callEndpoint(d.endpoint, basic(newValue)), 401);
        // The endpoints screen says so too.
        const int hello = deploymentRow("hello-public");
        QVERIFY(
            m_deployments->model()->index(hello, DeploymentTableModel::Status).data().toString().contains("old token"));
        // Redeploy: then the reverse.
        button(redeploy, "redeployChecked")->click();
        auto* summary = redeploy->findChild<QLabel*>("redeploySummary");
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains("1 deployment redeployed"),
                                  qPrintable(summary->text() + " / " + list->item(0)->text()), 15000);
        QCOMPARE(callEndpoint(d.endpoint, oldHeader), 401);
        QCOMPARE(callEndpoint(d.endpoint, basic(newValue)), 200);
        const int after = deploymentRow("hello-public");
        QCOMPARE(m_deployments->model()->index(after, DeploymentTableModel::Status).data().toString(),
                 QStringLiteral("Up to date"));
        static_cast<QDialog*>(redeploy)->reject();
    }

    void redeployFromTheNotice()
    {
        // image-gen, seeded with its token secret changed after its last deploy.
        QVERIFY(m_deployments->findChild<QLabel*>("redeployNoticeText")->isVisible());
        bool offered = false;
        whenShown("redeployDialog", [&offered](QWidget* dialog) {
            auto* list = dialog->findChild<QListWidget*>("redeployList");
            offered = list->count() == 1 && list->item(0)->text().startsWith("image-gen");
            button(dialog, "redeployChecked")->click();
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>("redeploySummary")->text().contains("redeployed"),
                                     15000);
            static_cast<QDialog*>(dialog)->accept();
        });
        m_deployments->redeployOutdated();
        QTRY_VERIFY_WITH_TIMEOUT(offered && !findShown("redeployDialog"), 15000);
        QTRY_VERIFY(m_deployments->findChild<QWidget*>("redeployNotice")->isHidden());
        // The service's history has the new spec on top.
        const Deployment image = deploymentNamed("image-gen");
        HttpClient http;
        const HttpResult r =
            http.get(url(m_sandbox.apiBase(), "/v1/deployments/" + image.id + "/history"), m_sandbox.adminKey());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("items").toArray().size(), 3);
    }

    void deleteNamesTheDeployments()
    {
        QVERIFY(m_secrets->selectSecret(PaperspaceScope::Project, "hf_token"));
        bool named = false;
        whenShown("deletePaperspaceSecretDialog", [&named](QWidget* dialog) {
            auto* list = dialog->findChild<QListWidget*>("referencingDeployments");
            QAbstractButton* del = button(dialog, "deleteSecret");
            const bool lockedFirst = !del->isEnabled();
            QTest::keyClicks(dialog->findChild<QLineEdit*>("confirmName"), "hf_token");
            named = list && list->count() == 1 && list->item(0)->text().startsWith("llm-chat") && lockedFirst &&
                    del->isEnabled();
            screenshot(dialog, "paperspace-delete-secret");
            static_cast<QDialog*>(dialog)->reject(); // changed our mind: nothing is deleted
        });
        m_secrets->deleteSelectedSecret();
        QVERIFY(named);
        QVERIFY(secretRow(PaperspaceScope::Project, "hf_token") >= 0);
        // And a secret nothing reads, deleted for real.
        QVERIFY(m_secrets->selectSecret(PaperspaceScope::Project, "webhook_secret"));
        whenShown("deletePaperspaceSecretDialog", [](QWidget* dialog) {
            QVERIFY(!dialog->findChild<QListWidget*>("referencingDeployments"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>("confirmName"), "webhook_secret");
            button(dialog, "deleteSecret")->click();
        });
        m_secrets->deleteSelectedSecret();
        QTRY_VERIFY(secretRow(PaperspaceScope::Project, "webhook_secret") < 0);
        HttpClient http;
        QCOMPARE(
            http.get(url(m_sandbox.apiBase(), "/v1/projects/pr_sandbox/secrets/webhook_secret"), m_sandbox.adminKey())
                .status,
            404);
    }

    void makePublicAgain()
    {
        QVERIFY(selectDeployment("hello-public"));
        m_asked.clear();
        m_deployments->makeSelectedPublic();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().contains("public"));
        QTRY_VERIFY_WITH_TIMEOUT(!deploymentNamed("hello-public").isProtected(), 15000);
        QCOMPARE(callEndpoint(deploymentNamed("hello-public").endpoint, {}), 200);
    }

    void theOfflineCopyKeepsTheAccount()
    {
        m_session->flushSavedCopy();
        const std::optional<AccountSnapshot> saved = m_store->loadSnapshot(m_session->profile()->id);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->deployments, m_session->snapshot().deployments);
        QCOMPARE(saved->paperspaceSecrets, m_session->snapshot().paperspaceSecrets);
        // Reopened offline, the same account is shown.
        Session offline(m_store.get(), nullptr);
        QSignalSpy read(&offline, &Session::savedCopyRead);
        offline.openOffline(*m_session->profile());
        QVERIFY(read.wait(10000));
        QCOMPARE(offline.snapshot().deployments.size(), m_session->snapshot().deployments.size());
        QVERIFY(offline.snapshotFromCache());
        // No secret value anywhere in the store's file.
        QFile file(m_store->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("a-new-token-value-0123456789"));
        QVERIFY(!bytes.contains(m_header.toLatin1()));
    }

    void threeHundredDeploymentsPageIn()
    {
        SandboxProcess large;
        QVERIFY2(large.start({"--provider", "paperspace", "--seed", "large:300"}), qPrintable(large.errorString()));
        Session session(nullptr, nullptr);
        session.setListPageSize(50); // six pages of deployments
        QByteArray key = large.adminKey();
        session.open(paperspaceProfile(large, QStringLiteral("Large")), SecretBuffer::takeFrom(key));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == Session::State::Sandbox, 30000);
        QCOMPARE(session.snapshot().deployments.size(), 300);
        QSet<QString> ids;
        for (const Deployment& d : session.snapshot().deployments)
            ids.insert(d.id);
        QCOMPARE(ids.size(), 300);
        QCOMPARE(session.snapshot().paperspaceSecrets.size(), 30);
    }

    void aWrongProjectIsSaidPlainly()
    {
        Session session(nullptr, nullptr);
        Profile profile = paperspaceProfile(m_sandbox, QStringLiteral("Wrong project"));
        profile.projectId = QStringLiteral("pr_nothere");
        QByteArray key = m_sandbox.adminKey();
        session.open(profile, SecretBuffer::takeFrom(key));
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == Session::State::Error, 15000);
        QVERIFY2(session.errorMessage().contains("pr_nothere"), qPrintable(session.errorMessage()));
        // A refused key, in the same words as Runpod's.
        Session refused(nullptr, nullptr);
        QByteArray bad("not-a-key");
        refused.open(paperspaceProfile(m_sandbox, QStringLiteral("Refused")), SecretBuffer::takeFrom(bad));
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == Session::State::Error, 15000);
        QVERIFY2(refused.errorMessage().contains("refused"), qPrintable(refused.errorMessage()));
    }
};

QTEST_MAIN(TestPaperspacePages)
#include "tst_paperspacepages.moc"
