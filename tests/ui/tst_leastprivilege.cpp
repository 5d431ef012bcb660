// Issue 20, item 3, and the rest of item 1, against the real sandbox. The demo account's usage
// records make each kind of least-privilege advice appear; a key made by the test and used for
// exactly some grants is narrowed to those (it still reaches what it used, nothing else), and one
// Undo restores its policies byte for byte as the service serves them; a key's own page shows its
// usage, the difference and applies it; a legacy key rolls from its page into a scoped key with
// the same reach and a chosen cut-over date.
#include "ApiKeyTableModel.h"
#include "AppTestEnvironment.h"
#include "Clock.h"
#include "Confirm.h"
#include "SandboxProcess.h"
#include "account/Session.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyDetailsDialog.h"
#include "keys/LeastPrivilegeView.h"
#include "keys/RollKeyDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestLeastPrivilege final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApiKeysPage> m_page;
    QStringList m_endpoints;

    QByteArray servedPolicies(const QString& keyId)
    {
        const HttpResult r =
            m_http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + keyId), m_sandbox.adminKey());
        return QJsonDocument(r.json()["policies"].toArray()).toJson(QJsonDocument::Compact);
    }
    AccessPolicy servedPolicy(const QString& keyId)
    {
        return AccessPolicy::fromDocuments(QJsonDocument::fromJson(servedPolicies(keyId)).array()).value();
    }
    QString idOf(const QString& name) const
    {
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (k.name == name)
                return k.id;
        }
        return {};
    }
    void selectKeys(const QStringList& names)
    {
        m_page->findChild<QLineEdit*>("keySearch")->clear();
        m_page->table()->clearSelection();
        QItemSelection selection;
        for (const QString& name : names) {
            const int row = m_page->model()->rowOf(idOf(name));
            QVERIFY2(row >= 0, qPrintable(name));
            const QModelIndex at = m_page->proxy()->mapFromSource(m_page->model()->index(row, 0));
            selection.select(at, at);
        }
        m_page->table()->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    int call(const QByteArray& method, const QUrl& target, const QByteArray& key, const QByteArray& body = {})
    {
        return m_http.send(method, target, key, body).status;
    }
    QUrl api(const QString& path) const { return url(m_sandbox.apiBase(), path); }
    QUrl invoke(const QString& path) const { return url(m_sandbox.invokeBase(), path); }
    // Every change of the grant's level in a difference tree, as "grant: from → to".
    static QStringList lines(QTreeWidgetItem* parent)
    {
        QStringList out;
        for (int i = 0; i < parent->childCount(); ++i)
            out << parent->child(i)->text(0) + ": " + parent->child(i)->text(1) + " → " + parent->child(i)->text(2);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_session = std::make_unique<Session>(nullptr, nullptr);
        const QString failure = openDemoSession(m_sandbox, *m_session, "Least privilege");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const Endpoint& e : m_session->snapshot().endpoints)
            m_endpoints << e.id;
        std::sort(m_endpoints.begin(), m_endpoints.end());
        m_page = std::make_unique<ApiKeysPage>(m_session.get());
        m_page->resize(1200, 650);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        Confirm::setTestHook([](const QString&, const QString&) { return true; });
    }

    void cleanupTestCase()
    {
        Confirm::setTestHook({});
        Clock::install(nullptr);
        m_page.reset();
        m_session.reset();
        m_sandbox.stop();
    }

    void theDemoShowsEachKindOfAdvice()
    {
        const QStringList names{"ci-deployer",      "grafana-readonly", "inference-gateway",
                                "batch-embeddings", "old-notebook",     "eval-runner",
                                "billing-exporter", "legacy-deploy",    "intern-onboarding"};
        selectKeys(names);
        QCOMPARE(m_page->selectedKeyIds().size(), names.size());
        QStringList advised;
        QHash<QString, QStringList> changes;
        QString others;
        whenShown("narrowKeysDialog", [&](QWidget* w) {
            auto* dialog = static_cast<NarrowKeysDialog*>(w);
            for (int i = 0; i < dialog->tree()->topLevelItemCount(); ++i) {
                QTreeWidgetItem* top = dialog->tree()->topLevelItem(i);
                advised << top->text(0);
                changes.insert(top->text(0), lines(top));
                QCOMPARE(top->checkState(0), Qt::Checked);
            }
            others = dialog->findChild<QLabel*>("narrowKeysOthers")->text();
            screenshot(dialog, "keys-narrow");
            dialog->reject();
        });
        QVERIFY(m_page->narrowSelectedKeys());
        QTRY_VERIFY_WITH_TIMEOUT(!advised.isEmpty(), 20000);
        advised.sort();
        QCOMPARE(advised, (QStringList{"batch-embeddings", "ci-deployer", "eval-runner", "grafana-readonly",
                                       "inference-gateway", "old-notebook"}));
        // API write never used: read only.
        QCOMPARE(changes.value("eval-runner"), QStringList{"API: Read-Write → − Read"});
        // Every endpoint narrowed to the ones it called, at the level it used.
        const QStringList ci = changes.value("ci-deployer");
        QCOMPARE(ci.size(), 3);
        QCOMPARE(ci.at(0), QString("Every endpoint: Read-Write → − None"));
        QVERIFY2(ci.at(1).endsWith(": None → + Read-Write") || ci.at(1).endsWith(": None → + Read"),
                 qPrintable(ci.join('|')));
        QCOMPARE(changes.value("grafana-readonly"), QStringList{"Every endpoint: Read → − None"});
        // An endpoint's write unused for 200 days, an endpoint never called.
        const QStringList gateway = changes.value("inference-gateway");
        QCOMPARE(gateway.size(), 2);
        QVERIFY2(gateway.at(0).endsWith("Read-Write → − Read") || gateway.at(1).endsWith("Read-Write → − Read"),
                 qPrintable(gateway.join('|')));
        QVERIFY2(gateway.join('|').contains("Read → − None"), qPrintable(gateway.join('|')));
        QCOMPARE(changes.value("batch-embeddings").size(), 1);
        // Nothing used in 90 days: the API and its endpoint go.
        QCOMPARE(changes.value("old-notebook").size(), 2);
        QVERIFY2(others.contains("1 key uses every grant"), qPrintable(others));
        QVERIFY2(others.contains("1 legacy key cannot be narrowed"), qPrintable(others));
        QVERIFY2(others.contains("1 key are too new") || others.contains("1 key is too new"), qPrintable(others));
    }

    void narrowToWhatWasUsedThenUndoByteForByte()
    {
        // A key with everything, used for API reads, writes on one endpoint and reads on another.
        const HttpResult created =
            m_http.post(api("/v2/account/api-keys"), m_sandbox.adminKey(),
                        {{"name", "used-a-little"}, {"policies", AccessPolicy::all().toDocuments()}});
        QCOMPARE(created.status, 201);
        const QString id = created.json()["id"].toString();
        const QByteArray raw = created.json()["rawKey"].toString().toLatin1();
        const QString written = m_endpoints.at(0);
        const QString read = m_endpoints.at(1);
        const QString untouched = m_endpoints.at(2);
        QCOMPARE(call("GET", api("/v2/templates"), raw), 200);
        QCOMPARE(call("POST", invoke("/v2/" + written + "/run"), raw, R"({"input":{"x":1}})"), 200);
        QCOMPARE(call("GET", invoke("/v2/" + read + "/health"), raw), 200);
        const QByteArray before = servedPolicies(id);
        QVERIFY(!before.isEmpty());

        // Ten days on: the uses are recent, the key old enough to judge.
        ManualClock later(QDateTime::currentDateTimeUtc().addDays(10));
        Clock::install(&later);
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(id) >= 0 && !m_session->isLoading(), 15000);
        selectKeys({"used-a-little"});
        QStringList difference;
        whenShown("narrowKeysDialog", [&](QWidget* w) {
            auto* dialog = static_cast<NarrowKeysDialog*>(w);
            QCOMPARE(dialog->tree()->topLevelItemCount(), 1);
            difference = lines(dialog->tree()->topLevelItem(0));
            dialog->findChild<QPushButton*>("narrowKeysApply")->click();
        });
        QVERIFY(m_page->narrowSelectedKeys());
        QTRY_VERIFY_WITH_TIMEOUT(!difference.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->canUndoNarrowing(), 15000);
        QVERIFY2(difference.contains("API: Read-Write → − Read"), qPrintable(difference.join('|')));
        QCOMPARE(m_page->lastBulkResults().size(), 1);
        QVERIFY(m_page->lastBulkResults().first().ok);

        // The service holds exactly the grants used, no more.
        QCOMPARE(servedPolicy(id), AccessPolicy::restricted(AccessLevel::Read, {{written, AccessLevel::ReadWrite},
                                                                                {read, AccessLevel::Read}}));
        QCOMPARE(m_page->model()->keyAt(m_page->model()->rowOf(id)).policy, servedPolicy(id));
        // It still reaches what it used...
        QCOMPARE(call("GET", api("/v2/templates"), raw), 200);
        QCOMPARE(call("POST", invoke("/v2/" + written + "/run"), raw, R"({"input":{"x":2}})"), 200);
        QCOMPARE(call("GET", invoke("/v2/" + read + "/health"), raw), 200);
        // ...and nothing it did not.
        QCOMPARE(call("DELETE", api("/v2/templates/tpl_nothing"), raw), 403);
        QCOMPARE(call("POST", invoke("/v2/" + read + "/run"), raw, R"({"input":{}})"), 403);
        QCOMPARE(call("GET", invoke("/v2/" + untouched + "/health"), raw), 403);

        // One Undo, from the banner: the policies come back byte for byte.
        auto* undo = m_page->findChild<QPushButton*>("keysMessageAction");
        QVERIFY(undo && undo->isVisible());
        screenshot(m_page.get(), "keys-narrowed");
        undo->click();
        QTRY_VERIFY_WITH_TIMEOUT(servedPolicies(id) == before, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<QLabel*>("keysMessage")->text().startsWith("Changing"), 15000);
        QVERIFY(!m_page->canUndoNarrowing());
        QCOMPARE(call("GET", invoke("/v2/" + untouched + "/health"), raw), 200);
        Clock::install(nullptr);
    }

    void aKeysPageShowsItsUseAndNarrowsIt()
    {
        QVERIFY(m_page->selectKeyNamed("eval-runner"));
        const QString id = idOf("eval-runner");
        const QByteArray before = servedPolicies(id);
        QStringList usage;
        QStringList difference;
        QString advice;
        whenShown("keyDetailsDialog", [&](QWidget* w) {
            auto* details = static_cast<KeyDetailsDialog*>(w);
            QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading(), 10000);
            advice = details->findChild<QLabel*>("detailsAdvice")->text();
            for (int i = 0; i < details->usage()->topLevelItemCount(); ++i)
                usage << details->usage()->topLevelItem(i)->text(0) + "|" + details->usage()->topLevelItem(i)->text(3);
            for (int i = 0; i < details->difference()->topLevelItemCount(); ++i)
                difference << details->difference()->topLevelItem(i)->text(0) + ": " +
                                  details->difference()->topLevelItem(i)->text(3);
            details->findChild<QTabWidget*>("detailsTabs")->setCurrentIndex(1);
            screenshot(details, "key-details-use");
            details->findChild<QAbstractButton*>("detailsNarrow")->click();
        });
        m_page->showSelectedDetails();
        QTRY_VERIFY_WITH_TIMEOUT(!difference.isEmpty(), 15000);
        QCOMPARE(usage.first(), QString("API|Never")); // never wrote through the API
        QCOMPARE(advice, QString("It did not use all of its grants in the last 90 days. Narrowed to what it used: "
                                 "API read · 1 endpoint."));
        QCOMPARE(difference, QStringList{"API: never wrote"});
        QTRY_COMPARE_WITH_TIMEOUT(servedPolicy(id).apiLevel(), AccessLevel::Read, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->canUndoNarrowing(), 15000);
        // The Selected keys menu offers the same undo.
        QVERIFY(m_page->undoNarrowing());
        QTRY_VERIFY_WITH_TIMEOUT(servedPolicies(id) == before, 15000);
    }

    void theSignedInKeyKeepsItsApiWrite()
    {
        // Narrowed to read only, Podwarden could change no key again, not even to undo it.
        QString own;
        for (const ApiKey& k : m_session->snapshot().apiKeys) {
            if (m_session->isSignedInWith(k))
                own = k.id;
        }
        QVERIFY(!own.isEmpty());
        const QByteArray before = servedPolicies(own);
        LeastPrivilege::Suggestion s;
        s.keyId = own;
        s.verdict = LeastPrivilege::Verdict::Narrower;
        s.current = AccessPolicy::all();
        s.suggested = AccessPolicy::readOnly();
        QVERIFY(!m_page->applyNarrowing({s}));
        const QString banner = m_page->findChild<QLabel*>("keysMessage")->text();
        QVERIFY2(banner.contains("keeps its API write access"), qPrintable(banner));
        QCOMPARE(servedPolicies(own), before);
    }

    void anExpiredKeyGets401AndShowsExpired()
    {
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2);
        const HttpResult created = m_http.post(api("/v2/account/api-keys"), m_sandbox.adminKey(),
                                               {{"name", "short-lived"},
                                                {"policies", AccessPolicy::readOnly().toDocuments()},
                                                {"expiresAt", soon.toString(Qt::ISODateWithMs)}});
        QCOMPARE(created.status, 201);
        const QString id = created.json()["id"].toString();
        const QByteArray raw = created.json()["rawKey"].toString().toLatin1();
        QCOMPARE(call("GET", api("/v2/templates"), raw), 200);
        QTest::qWait(2500);
        const HttpResult refused = m_http.get(api("/v2/templates"), raw);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json()["detail"].toString(), QString("expired api key"));

        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(id) >= 0 && !m_session->isLoading(), 15000);
        m_page->model()->setNow(QDateTime::currentDateTimeUtc());
        const QModelIndex expires = m_page->model()->index(m_page->model()->rowOf(id), ApiKeyTableModel::Expires);
        QVERIFY2(expires.data().toString().startsWith("Expired"), qPrintable(expires.data().toString()));
        // The Expiring filter keeps it; its page says so.
        m_page->showOnly(ApiKeyFilterProxy::Expiring);
        QVERIFY(m_page->selectKeyNamed("short-lived"));
        QString state;
        whenShown("keyDetailsDialog", [&](QWidget* w) {
            state = w->findChild<QLabel*>("detailsState")->text();
            static_cast<QDialog*>(w)->reject();
        });
        m_page->showSelectedDetails();
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), 10000);
        QVERIFY2(state.startsWith("Expired"), qPrintable(state));
        m_page->showOnly({});
    }

    void aLegacyKeyRollsFromItsPageIntoAScopedKeyWithACutOverDate()
    {
        QVERIFY(m_page->selectKeyNamed("legacy-deploy"));
        const ApiKey legacy = m_page->model()->keyAt(m_page->model()->rowOf(idOf("legacy-deploy")));
        QVERIFY(legacy.legacy);
        QDateTime cutOver;
        whenShown("keyDetailsDialog", [&](QWidget* w) {
            whenShown("rollKeyDialog", [&](QWidget* r) {
                auto* roll = static_cast<RollKeyDialog*>(r);
                roll->findChild<QLineEdit*>("rollName")->setText("deploy-scoped");
                auto* overlap = roll->findChild<QComboBox*>("rollOverlap");
                overlap->setCurrentIndex(overlap->findData(7));
                cutOver = *roll->cutOver();
                screenshot(roll, "key-roll");
                roll->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            });
            w->findChild<QAbstractButton*>("detailsRoll")->click();
        });
        m_page->showSelectedDetails();
        QWidget* shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown = findShown("newKeyDialog")) != nullptr, 15000);
        const QByteArray newRaw = shown->findChild<QLineEdit*>("rawKey")->text().toLatin1();
        shown->close();
        QVERIFY(newRaw.startsWith("rpa_"));
        const QString newId = m_page->model()->successorOf(legacy.id);
        QVERIFY(!newId.isEmpty());
        const HttpResult served = m_http.get(api("/v2/account/api-keys/" + newId), m_sandbox.adminKey());
        QCOMPARE(served.json()["legacy"].toBool(), false);
        QCOMPARE(served.json()["rolledFrom"].toString(), legacy.id);
        QCOMPARE(servedPolicy(newId), legacy.policy); // the same reach
        QCOMPARE(call("GET", api("/v2/templates"), newRaw), 200);
        // The old key stops by itself on the chosen day.
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_http.get(api("/v2/account/api-keys/" + legacy.id), m_sandbox.adminKey()).json()["expiresAt"].isNull(),
            15000);
        const QDateTime expires = QDateTime::fromString(
            m_http.get(api("/v2/account/api-keys/" + legacy.id), m_sandbox.adminKey()).json()["expiresAt"].toString(),
            Qt::ISODate);
        QVERIFY(qAbs(expires.secsTo(cutOver)) <= 1);
        QVERIFY(qAbs(expires.secsTo(QDateTime::currentDateTimeUtc().addDays(7))) < 120);
    }
};

QTEST_MAIN(TestLeastPrivilege)
#include "tst_leastprivilege.moc"
