// The endpoints screen driven like a user would, against the real sandbox: the list (sorted by
// name, searched, health asked for the rows in view), an endpoint's window (URLs and a curl line
// that never holds a key, the secrets it needs, Try it), and "who can reach it" checked against
// what the service's invocation routes allow: every listed key that is enabled gets 200 on
// health and every other key 403; a grant from the endpoint's window lets a key in, removing it
// shuts it out again.
#include "AppTestEnvironment.h"
#include "Confirm.h"
#include "CredentialGraph.h"
#include "EndpointTableModel.h"
#include "ReachTableModel.h"
#include "SandboxProcess.h"
#include "SecretReference.h"
#include "Theme.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "endpoints/EndpointDialog.h"
#include "endpoints/EndpointsPage.h"
#include "endpoints/TryItPanel.h"
#include "endpoints/WorkersPanel.h"
#include "secrets/SecretRolloutDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

QAbstractButton* button(QWidget* w, const char* name)
{
    return w->findChild<QAbstractButton*>(QLatin1String(name));
}

} // namespace

class TestEndpointsPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_session = std::make_unique<Session>(nullptr, nullptr);
        // Workers of a rolled endpoint are replaced every 100 ms, so the test sees a rollout end.
        const QString failure = openDemoSession(m_sandbox, *m_session, "Endpoints", {"--rollout-step-ms", "100"});
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_page = std::make_unique<EndpointsPage>(m_session.get());
        m_page->resize(1200, 560);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        Confirm::setTestHook([this](const QString& title, const QString&) {
            m_asked << title;
            return true;
        });
    }

    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        m_page.reset();
        m_session.reset();
        m_sandbox.stop();
    }

    void listsEveryEndpointByName()
    {
        const QList<Endpoint>& endpoints = m_session->snapshot().endpoints;
        QVERIFY(endpoints.size() >= 5);
        EndpointTableModel* model = m_page->model();
        QCOMPARE(model->rowCount(), int(endpoints.size()));
        QCOMPARE(m_page->findChild<QLabel*>("endpointCount")->text(), QString("%1 endpoints").arg(endpoints.size()));
        // Sorted by name.
        QStringList shown;
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            shown << m_page->proxy()->index(row, EndpointTableModel::Name).data().toString();
        QStringList sorted = shown;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
        });
        QCOMPARE(shown, sorted);
        // The template column names the template an endpoint was made from.
        bool sawTemplate = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Endpoint& e = model->endpointAt(row);
            if (!e.templateId)
                continue;
            sawTemplate = true;
            const QString name = model->index(row, EndpointTableModel::TemplateName).data().toString();
            QVERIFY2(!name.isEmpty() && name != *e.templateId, qPrintable(name));
        }
        QVERIFY(sawTemplate);

        // Health is asked for the rows in view, and answered.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->healthRequestsInFlight() == 0 && model->hasHealth(model->endpointAt(0).id),
                                 15000);
        const QString health = m_page->proxy()->index(0, EndpointTableModel::Health).data().toString();
        QVERIFY2(health.contains("running") && health.contains("idle"), qPrintable(health));
        screenshot(m_page.get(), "endpoints");

        auto* search = m_page->findChild<QLineEdit*>("endpointSearch");
        const Endpoint first = endpoints.first();
        QTest::keyClicks(search, first.id);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, "zzz-nothing");
        QCOMPARE(m_page->proxy()->rowCount(), 0);
        auto* state = m_page->findChild<QLabel*>("endpointsState");
        QVERIFY2(state->text().contains("No endpoint matches"), qPrintable(state->text()));
        search->clear();
        QCOMPARE(m_page->proxy()->rowCount(), int(endpoints.size()));
    }

    void theWindowGivesUrlsAndACurlLineWithoutAKey()
    {
        const Endpoint e = queueEndpoint();
        EndpointDialog dialog(e.id, m_session.get());
        dialog.show();
        const QString curl = dialog.curlCommand();
        QVERIFY2(curl.contains("$RUNPOD_API_KEY"), qPrintable(curl));
        QVERIFY2(curl.contains(e.id + "/runsync"), qPrintable(curl));
        QVERIFY(!curl.contains(QString::fromLatin1(m_sandbox.adminKey())));
        QVERIFY(!curl.contains("rpa_"));
        auto* runSync = dialog.findChild<QLineEdit*>("url_runSync");
        QVERIFY(runSync);
        QVERIFY2(runSync->text().endsWith("/v2/" + e.id + "/runsync"), qPrintable(runSync->text()));
        screenshot(&dialog, "endpoint-overview");
    }

    void theSecretsItNeedsSayWhetherTheyResolve()
    {
        // An endpoint made from a template whose env references secrets.
        const CredentialGraph graph(m_session->snapshot());
        QString endpointId;
        EndpointSecretNeeds needs;
        for (const Endpoint& e : m_session->snapshot().endpoints) {
            needs = graph.secretsNeededBy(e.id);
            if (!needs.needs.isEmpty()) {
                endpointId = e.id;
                break;
            }
        }
        QVERIFY2(!endpointId.isEmpty(), "the demo has an endpoint that needs a secret");
        EndpointDialog dialog(endpointId, m_session.get());
        dialog.showSection(EndpointDialog::Secrets);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>("secretNeedsTable");
        QCOMPARE(table->rowCount(), int(needs.needs.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            QCOMPARE(table->item(row, 0)->text(), needs.needs.at(row).secretName);
            QCOMPARE(table->item(row, 3)->text().startsWith("Yes"), needs.needs.at(row).resolves);
        }
        screenshot(&dialog, "endpoint-secrets");
    }

    void reachIsWhatTheServiceAllows()
    {
        const Endpoint target = queueEndpoint();
        QString other;
        for (const Endpoint& e : m_session->snapshot().endpoints) {
            if (e.id != target.id)
                other = e.id;
        }
        // Keys whose raw value the test holds, one of each way in (and out).
        const QList<QPair<QString, AccessPolicy>> made = {
            {"reach-own-rw", AccessPolicy::restricted(AccessLevel::None, {{target.id, AccessLevel::ReadWrite}})},
            {"reach-own-read", AccessPolicy::restricted(AccessLevel::None, {{target.id, AccessLevel::Read}})},
            {"reach-all-read",
             [] {
                 AccessPolicy p = AccessPolicy::restricted(AccessLevel::Read);
                 p.setAllEndpointsLevel(AccessLevel::Read);
                 return p;
             }()},
            {"reach-other-only", AccessPolicy::restricted(AccessLevel::ReadWrite, {{other, AccessLevel::ReadWrite}})},
            {"reach-api-only", AccessPolicy::restricted(AccessLevel::ReadWrite)},
            {"reach-all", AccessPolicy::all()},
        };
        for (const auto& [name, policy] : made)
            QVERIFY(createKey(name, policy));

        EndpointDialog dialog(target.id, m_session.get());
        dialog.showSection(EndpointDialog::Reach);
        dialog.show();
        const QList<KeyReach>& reach = dialog.reachModel()->reach();
        QSet<QString> listed;
        for (const KeyReach& r : reach) {
            if (r.canCallNow())
                listed.insert(r.keyName);
        }
        for (const auto& [name, policy] : made) {
            const int status = healthStatus(target.id, m_rawKeys.value(name));
            QVERIFY2(status == 200 || status == 403, qPrintable(QString("%1: %2").arg(name).arg(status)));
            QVERIFY2(
                listed.contains(name) == (status == 200),
                qPrintable(
                    QString("%1 is %2listed and got %3").arg(name, listed.contains(name) ? "" : "not ").arg(status)));
        }
        // Read-Write first.
        bool seenRead = false;
        for (const KeyReach& r : reach) {
            if (r.level == AccessLevel::Read)
                seenRead = true;
            QVERIFY2(!(seenRead && r.level == AccessLevel::ReadWrite), qPrintable(r.keyName));
        }
        screenshot(&dialog, "endpoint-reach");
    }

    void aGrantFromTheEndpointLetsTheKeyInAndRemovingItShutsItOut()
    {
        const Endpoint target = queueEndpoint();
        QVERIFY(createKey("granted-here", AccessPolicy::restricted(AccessLevel::None)));
        const QByteArray raw = m_rawKeys.value("granted-here");
        QCOMPARE(healthStatus(target.id, raw), 403);

        EndpointDialog dialog(target.id, m_session.get());
        dialog.showSection(EndpointDialog::Reach);
        dialog.show();
        const QString keyId = keyIdOf("granted-here");
        m_asked.clear();
        dialog.grantKey(keyId, AccessLevel::Read);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains("granted-here"), qPrintable(m_asked.first()));
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKey(dialog, "granted-here") >= 0, 15000);
        QCOMPARE(healthStatus(target.id, raw), 200);
        QCOMPARE(dialog.reachModel()->reachAt(rowOfKey(dialog, "granted-here")).level, AccessLevel::Read);

        // Change it to Read-Write from the list, then remove it.
        auto* table = dialog.findChild<QTableView*>("reachTable");
        auto* proxy = static_cast<QSortFilterProxyModel*>(table->model());
        table->selectRow(proxy->mapFromSource(dialog.reachModel()->index(rowOfKey(dialog, "granted-here"), 0)).row());
        QVERIFY(button(&dialog, "changeGrantButton")->isEnabled());
        dialog.changeSelectedGrant();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKey(dialog, "granted-here") >= 0 &&
                                     dialog.reachModel()->reachAt(rowOfKey(dialog, "granted-here")).level ==
                                         AccessLevel::ReadWrite,
                                 15000);
        table->selectRow(proxy->mapFromSource(dialog.reachModel()->index(rowOfKey(dialog, "granted-here"), 0)).row());
        dialog.removeSelectedGrant();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfKey(dialog, "granted-here") < 0, 15000);
        QCOMPARE(healthStatus(target.id, raw), 403);

        // A refusal is said in the window's banner: a grant beyond the signed-in key's access.
        // (The admin key holds All, so ask for a key the service no longer has instead.)
        dialog.grantKey("key_that_does_not_exist", AccessLevel::Read);
        auto* banner = dialog.findChild<QLabel*>("reachMessage");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->property("error").toBool() && banner->text().contains("no longer in the account"),
                 qPrintable(banner->text()));
        Theme::apply(Theme::Scheme::Dark);
        screenshot(&dialog, "endpoint-reach-dark");
        Theme::apply(Theme::Scheme::Light);

        // A key that reaches every endpoint cannot lose this one alone: said, not attempted.
        table->selectRow(proxy->mapFromSource(dialog.reachModel()->index(rowOfKey(dialog, "reach-all"), 0)).row());
        QVERIFY(!button(&dialog, "removeGrantButton")->isEnabled());
        QVERIFY2(button(&dialog, "removeGrantButton")->toolTip().contains("key's own dialog"),
                 qPrintable(button(&dialog, "removeGrantButton")->toolTip()));
    }

    void tryItRunsAJobWithTheSignedInKey()
    {
        const Endpoint e = queueEndpoint();
        EndpointDialog dialog(e.id, m_session.get());
        dialog.showSection(EndpointDialog::TryIt);
        dialog.show();
        TryItPanel* panel = dialog.tryItPanel();
        auto* input = panel->findChild<QPlainTextEdit*>("tryInput");
        input->setPlainText("{\"prompt\": \"a red fox\"");
        QVERIFY(!button(panel, "trySend")->isEnabled());
        QVERIFY(panel->findChild<QLabel*>("tryInputProblem")->text().startsWith("Not JSON yet"));
        input->setPlainText("{\"prompt\": \"a red fox\"}");
        QVERIFY(button(panel, "trySend")->isEnabled());
        QSignalSpy done(panel, &TryItPanel::finished);
        QTest::mouseClick(button(panel, "trySend"), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        const QString status = panel->findChild<QLabel*>("tryStatus")->text();
        QVERIFY2(status.contains("COMPLETED"), qPrintable(status));
        const QString output = panel->findChild<QPlainTextEdit*>("tryOutput")->toPlainText();
        QVERIFY2(output.contains("a red fox"), qPrintable(output)); // the sandbox's worker echoes
        screenshot(&dialog, "endpoint-try");

        // Health through the same panel.
        panel->findChild<QComboBox*>("tryRoute")->setCurrentIndex(1);
        QTest::mouseClick(button(panel, "trySend"), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY2(panel->findChild<QLabel*>("tryStatus")->text().contains("workers running"),
                 qPrintable(panel->findChild<QLabel*>("tryStatus")->text()));
    }

    void aReplacedSecretListsWhatStillRunsTheOldValueUntilRestarted()
    {
        const QString name = "hf_token";
        QString secretId;
        for (const Secret& s : m_session->snapshot().secrets) {
            if (s.name == name)
                secretId = s.id;
        }
        QVERIFY(!secretId.isEmpty());
        // Who reads it, worked out here from the env values themselves.
        const QString reference = "RUNPOD_SECRET_" + name;
        const auto envReads = [&reference](const EnvList& env) {
            return std::any_of(env.cbegin(), env.cend(),
                               [&reference](const EnvVar& v) { return v.value.contains(reference); });
        };
        QSet<QString> readingTemplates;
        for (const Template& t : m_session->snapshot().templates) {
            if (envReads(t.env))
                readingTemplates.insert(t.id);
        }
        QSet<QString> readingEndpoints;
        for (const Endpoint& e : m_session->snapshot().endpoints) {
            if (envReads(e.container.env.value_or(EnvList())) ||
                (e.templateId && readingTemplates.contains(*e.templateId)))
                readingEndpoints.insert(e.id);
        }
        QVERIFY2(!readingEndpoints.isEmpty(), "the demo has an endpoint that reads hf_token");

        // A new value, now.
        QByteArray value = "hf_rotated_value_for_the_test";
        ChangeRequest* replace = m_session->changes()->replaceSecretValue(secretId, SecretBuffer::takeFrom(value));
        QSignalSpy replaced(replace, &ChangeRequest::finished);
        QVERIFY(replaced.wait(15000));
        QVERIFY(replaced.first().first().value<ChangeOutcome>().ok);
        QDateTime changedAt;
        for (const Secret& s : m_session->snapshot().secrets) {
            if (s.id == secretId)
                changedAt = s.valueLastUpdatedAt;
        }

        QSet<QString> expected;
        for (const Pod& p : m_session->snapshot().pods) {
            const bool reads = envReads(p.env) || (p.templateId && readingTemplates.contains(*p.templateId));
            if (reads && p.status == PodStatus::Running && p.startedAt && *p.startedAt <= changedAt)
                expected.insert("pod " + p.id);
        }
        for (const QString& endpointId : std::as_const(readingEndpoints)) {
            TypedReply<WorkerList>* reply = m_session->endpointWorkers(endpointId);
            QSignalSpy done(reply, &ServiceReply::finished);
            QVERIFY(done.wait(15000));
            QVERIFY(reply->ok());
            for (const Worker& w : reply->value().workers) {
                if (w.startedAt && *w.startedAt <= changedAt)
                    expected.insert("worker " + w.id);
            }
        }
        QVERIFY2(expected.size() >= 2, "pods and workers read hf_token in the demo");

        SecretRolloutDialog dialog(name, m_session.get());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 15000);
        QSet<QString> listed;
        for (const OldValueHolder& h : dialog.holders())
            listed.insert((h.kind == OldValueHolder::Kind::Pod ? "pod " : "worker ") + h.id);
        QCOMPARE(listed, expected);
        screenshot(&dialog, "secret-rollout");

        // Restart the pods, roll the endpoints: the list empties.
        dialog.restartPods();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(dialog.holders().cbegin(), dialog.holders().cend(),
                         [](const OldValueHolder& h) { return h.kind == OldValueHolder::Kind::Pod; }),
            15000);
        dialog.rollWorkers();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.holders().isEmpty() && !dialog.isLoading(), 30000);
        QVERIFY2(dialog.findChild<QLabel*>("rolloutSummary")->text().contains("none runs the old value"),
                 qPrintable(dialog.findChild<QLabel*>("rolloutSummary")->text()));
    }

    void theWorkersPanelFollowsARollout()
    {
        const Endpoint e = queueEndpoint();
        EndpointDialog dialog(e.id, m_session.get());
        dialog.show();
        dialog.showSection(EndpointDialog::Workers);
        WorkersPanel* panel = dialog.workersPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading() && panel->workers().total > 0, 15000);
        const qint64 before = panel->workers().endpointVersion.value_or(0);
        panel->rollWorkers();
        // A new version, then every worker on it.
        QTRY_VERIFY_WITH_TIMEOUT(panel->workers().endpointVersion.value_or(0) == before + 1 &&
                                     std::none_of(panel->workers().workers.cbegin(), panel->workers().workers.cend(),
                                                  [](const Worker& w) { return w.isStale; }),
                                 30000);
        screenshot(&dialog, "endpoint-workers");
    }

private:
    Endpoint queueEndpoint() const
    {
        for (const Endpoint& e : m_session->snapshot().endpoints) {
            if (e.type != EndpointType::LoadBalancer)
                return e;
        }
        return m_session->snapshot().endpoints.first();
    }

    bool createKey(const QString& name, const AccessPolicy& policy)
    {
        ChangeRequest* request = m_session->changes()->createKey(name, policy);
        QSignalSpy finished(request, &ChangeRequest::finished);
        if (!finished.wait(15000))
            return false;
        const auto outcome = finished.first().first().value<ChangeOutcome>();
        if (!outcome.ok || !outcome.rawKey) {
            qWarning() << outcome.message;
            return false;
        }
        m_rawKeys.insert(name, outcome.rawKey->bytes());
        return true;
    }

    QString keyIdOf(const QString& name) const
    {
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (k.name == name)
                return k.id;
        }
        return {};
    }

    static int rowOfKey(const EndpointDialog& dialog, const QString& name)
    {
        const QList<KeyReach>& reach = dialog.reachModel()->reach();
        for (int row = 0; row < reach.size(); ++row) {
            if (reach.at(row).keyName == name && reach.at(row).level != AccessLevel::None)
                return row;
        }
        return -1;
    }

    // GET /v2/{id}/health on the invocation base with `key`: the service's own answer.
    int healthStatus(const QString& endpointId, const QByteArray& key)
    {
        QUrl url = m_sandbox.invokeBase();
        url.setPath(url.path() + "/v2/" + endpointId + "/health");
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply* reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<EndpointsPage> m_page;
    QNetworkAccessManager m_nam;
    QHash<QString, QByteArray> m_rawKeys;
    QStringList m_asked;
};

QTEST_MAIN(TestEndpointsPage)
#include "tst_endpointspage.moc"
