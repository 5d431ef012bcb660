// Issue 20, item 4: one change to many keys, against the real sandbox. Fifty keys selected in a
// filtered list are revoked after one confirmation that names them; the signed-in key may change
// only keys within its own access, and three were revoked elsewhere meanwhile, so some are
// refused: each is reported with its reason, and the service holds exactly what the banner says.
// Setting the expiry of several keys and switching them off work the same way.
#include "ApiKeyTableModel.h"
#include "AppTestEnvironment.h"
#include "Confirm.h"
#include "SandboxProcess.h"
#include "account/Profile.h"
#include "keys/ApiKeysPage.h"
#include "secrethandling/SecretBuffer.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestBulkKeys final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    HttpClient m_http;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApiKeysPage> m_page;
    QString m_endpoint;
    QStringList m_asked;

    QString createKey(const QString& name, const AccessPolicy& policy, QByteArray* raw = nullptr)
    {
        const HttpResult r = m_http.post(url(m_sandbox.apiBase(), "/v2/account/api-keys"), m_sandbox.adminKey(),
                                         {{"name", name}, {"policies", policy.toDocuments()}});
        if (r.status != 201)
            qWarning() << "create" << name << r.status;
        if (raw)
            *raw = r.json()["rawKey"].toString().toLatin1();
        return r.json()["id"].toString();
    }
    int status(const QString& keyId)
    {
        return m_http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + keyId), m_sandbox.adminKey()).status;
    }
    void selectShown(const QString& search)
    {
        auto* box = m_page->findChild<QLineEdit*>("keySearch");
        box->setText(search);
        m_page->table()->selectAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        QVERIFY2(m_sandbox.start({"--seed", "demo"}), qPrintable(m_sandbox.errorString()));
        m_endpoint = m_http.get(url(m_sandbox.apiBase(), "/v2/serverless"), m_sandbox.adminKey())
                         .json()["endpoints"]
                         .toArray()
                         .first()["id"]
                         .toString();
        // The app signs in with an operator key: it manages keys, but only those within its access.
        QByteArray operatorKey;
        createKey("bulk-operator",
                  AccessPolicy::restricted(AccessLevel::ReadWrite, {{m_endpoint, AccessLevel::ReadWrite}}),
                  &operatorKey);
        for (int i = 0; i < 50; ++i) {
            const bool beyond = i % 10 == 3; // five hold everything: beyond the operator's reach
            createKey(QStringLiteral("bulk-%1").arg(i, 2, 10, QLatin1Char('0')),
                      beyond ? AccessPolicy::all()
                             : AccessPolicy::restricted(AccessLevel::None, {{m_endpoint, AccessLevel::Read}}));
        }
        m_session = std::make_unique<Session>(nullptr, nullptr);
        Profile profile = Profile::makeNew("Operator");
        profile.managementBase = m_sandbox.apiBase();
        profile.invocationBase = m_sandbox.invokeBase();
        m_session->open(profile, SecretBuffer::takeFrom(operatorKey));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Online, 15000);
        m_page = std::make_unique<ApiKeysPage>(m_session.get());
        m_page->resize(1100, 650);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        Confirm::setTestHook([this](const QString& title, const QString& text) {
            m_asked << title + QLatin1Char('\n') + text;
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

    void setTheExpiryOfSeveral()
    {
        selectShown("bulk-0");
        const QStringList ids = m_page->selectedKeyIds();
        QCOMPARE(ids.size(), 10);
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(30);
        QStringList withinReach;
        for (const QString& id : ids) {
            if (!m_page->model()->keyAt(m_page->model()->rowOf(id)).policy.canWriteApi())
                withinReach << id;
        }
        // bulk-03 holds everything: refused, and said.
        QVERIFY(m_page->bulkChange(BulkKeyChange::Action::SetExpiry, std::optional<QDateTime>(at)));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->lastBulkResults().size(), 10, 20000);
        QVERIFY(m_asked.last().contains("bulk-00"));
        int ok = 0;
        for (const BulkKeyChange::Result& r : m_page->lastBulkResults()) {
            const QJsonValue expires =
                m_http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + r.keyId), m_sandbox.adminKey())
                    .json()["expiresAt"];
            if (r.ok) {
                ++ok;
                QCOMPARE(QDateTime::fromString(expires.toString(), Qt::ISODate).toSecsSinceEpoch(),
                         at.toSecsSinceEpoch());
            } else {
                QVERIFY(expires.isNull());
                QVERIFY2(r.message.contains(r.keyName), qPrintable(r.message));
            }
        }
        QCOMPARE(ok, withinReach.size());
        QCOMPARE(ok, 9);
    }

    void revokeFiftyWhereSomeAreRefused()
    {
        selectShown("bulk-");
        QStringList ids = m_page->selectedKeyIds();
        // The fifty, not the operator key itself.
        ids.removeIf([this](const QString& id) {
            return m_page->model()->keyAt(m_page->model()->rowOf(id)).name == QLatin1String("bulk-operator");
        });
        m_page->table()->clearSelection();
        QItemSelection selection;
        for (const QString& id : ids) {
            const QModelIndex at =
                m_page->proxy()->mapFromSource(m_page->model()->index(m_page->model()->rowOf(id), 0));
            selection.select(at, at);
        }
        m_page->table()->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_page->selectedKeyIds().size(), 50);

        // Three were revoked elsewhere after the list was loaded: the service refuses those.
        QStringList goneElsewhere;
        for (const QString& id : ids) {
            const ApiKey& k = m_page->model()->keyAt(m_page->model()->rowOf(id));
            if (goneElsewhere.size() < 3 && !k.policy.canWriteApi()) {
                QCOMPARE(
                    m_http.del(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + id), m_sandbox.adminKey()).status,
                    204);
                goneElsewhere << id;
            }
        }
        QVERIFY(m_page->bulkChange(BulkKeyChange::Action::Revoke));
        QVERIFY(m_asked.last().startsWith("Revoke 50 keys?"));
        QVERIFY(m_asked.last().contains("and 35 more"));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->lastBulkResults().size(), 50, 30000);

        int revoked = 0;
        QStringList refused;
        for (const BulkKeyChange::Result& r : m_page->lastBulkResults()) {
            if (r.ok) {
                ++revoked;
                QCOMPARE(status(r.keyId), 404); // gone on the service
            } else {
                refused << r.keyName;
                QVERIFY2(r.message.contains(r.keyName), qPrintable(r.message)); // which, and why
            }
        }
        QCOMPARE(revoked, 42);
        QCOMPARE(refused.size(), 8);
        for (const QString& id : goneElsewhere) {
            const auto it = std::find_if(m_page->lastBulkResults().cbegin(), m_page->lastBulkResults().cend(),
                                         [&id](const BulkKeyChange::Result& r) { return r.keyId == id; });
            QVERIFY(it != m_page->lastBulkResults().cend());
            QVERIFY(!it->ok);
            QVERIFY2(it->message.contains("revoked elsewhere"), qPrintable(it->message));
            QCOMPARE(m_page->model()->rowOf(id), -1); // gone from the list with the service
        }
        // The five beyond reach still work on the service.
        QCOMPARE(
            std::count_if(refused.cbegin(), refused.cend(), [](const QString& name) { return name.endsWith('3'); }), 5);
        const QString banner = m_page->findChild<QLabel*>("keysMessage")->text();
        QVERIFY2(banner.startsWith("Revoked 42 of 50 keys."), qPrintable(banner));
        QVERIFY2(banner.contains("8 refused:"), qPrintable(banner));
        for (const QString& name : std::as_const(refused))
            QVERIFY2(banner.contains(name), qPrintable(name));
        screenshot(m_page.get(), "keys-bulk-result");
    }

    void rollARestrictedKeyWithAnOverlap()
    {
        // Issue 20, item 1: the successor has exactly the old key's access; both work until the
        // cut-over, after which the old key gets 401 and the new one keeps working.
        const AccessPolicy access = AccessPolicy::restricted(AccessLevel::None, {{m_endpoint, AccessLevel::ReadWrite}});
        QByteArray oldRaw;
        const QString oldId = createKey("roll-me", access, &oldRaw);
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(oldId) >= 0, 15000);
        const auto health = [this](const QByteArray& key) {
            return m_http.get(url(m_sandbox.invokeBase(), "/v2/" + m_endpoint + "/health"), key).status;
        };

        m_page->rollKey(oldId, "roll-me-2");
        QWidget* shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown =
                                      [] {
                                          for (QWidget* w : QApplication::topLevelWidgets())
                                              if (w->objectName() == "newKeyDialog" && w->isVisible())
                                                  return w;
                                          return static_cast<QWidget*>(nullptr);
                                      }()) != nullptr,
                                 15000);
        const QByteArray newRaw = shown->findChild<QLineEdit*>("rawKey")->text().toLatin1();
        QVERIFY(newRaw.startsWith("rpa_"));
        shown->close();
        const QString newId = m_page->model()->successorOf(oldId);
        QVERIFY(!newId.isEmpty());
        const ApiKey successor = m_page->model()->keyAt(m_page->model()->rowOf(newId));
        QCOMPARE(successor.rolledFrom, oldId);
        QCOMPARE(successor.policy.toDocuments(), access.toDocuments()); // exactly the same access
        QCOMPARE(m_page->model()->index(m_page->model()->rowOf(oldId), ApiKeyTableModel::Name).data().toString(),
                 QString("roll-me  (rolled → roll-me-2)"));
        QCOMPARE(m_page->model()->index(m_page->model()->rowOf(newId), ApiKeyTableModel::Name).data().toString(),
                 QString("roll-me-2  (replaces roll-me)"));
        QCOMPARE(health(oldRaw), 200); // the overlap
        QCOMPARE(health(newRaw), 200);

        // The cut-over: disabled, then (asked again) revoked.
        const int asked = int(m_asked.size());
        m_page->finishRoll(oldId);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(oldId) < 0, 15000);
        QCOMPARE(m_asked.size(), asked + 2);
        QCOMPARE(health(oldRaw), 401);
        QCOMPARE(health(newRaw), 200);
        const HttpResult served =
            m_http.get(url(m_sandbox.apiBase(), "/v2/account/api-keys/" + newId), m_sandbox.adminKey());
        QCOMPARE(served.json()["policies"].toArray(), access.toDocuments());
        QCOMPARE(m_page->model()->index(m_page->model()->rowOf(newId), ApiKeyTableModel::Name).data().toString(),
                 QString("roll-me-2"));
    }
};

QTEST_MAIN(TestBulkKeys)
#include "tst_bulkkeys.moc"
