// Issue 19, item 2: a key's own read-only page, against the real sandbox. A double-click on the
// keys table opens it (not the editor); it says what the key can do and lists the endpoints it
// reaches first; after a rename, a disable and an access change made through the account's one
// owner, its history shows all three with the right old → new; Edit… opens the editor.
#include "ApiKeyTableModel.h"
#include "AppTestEnvironment.h"
#include "SandboxProcess.h"
#include "account/AccountChanges.h"
#include "account/Session.h"
#include "keys/ApiKeysPage.h"
#include "keys/KeyDetailsDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

class TestKeyDetails final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    SandboxProcess m_sandbox;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ApiKeysPage> m_page;

    bool change(ChangeRequest* request)
    {
        QSignalSpy done(request, &ChangeRequest::finished);
        return done.wait(10000) && done.first().first().value<ChangeOutcome>().ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        m_session = std::make_unique<Session>(nullptr, nullptr);
        const QString failure = openDemoSession(m_sandbox, *m_session, "Key details");
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_page = std::make_unique<ApiKeysPage>(m_session.get());
        m_page->resize(1200, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
        m_sandbox.stop();
    }

    void historyShowsEachChangeWithItsDifference()
    {
        // A restricted key with endpoint grants, not the one Podwarden is signed in with.
        const QList<ApiKey>& keys = m_session->snapshot().apiKeys;
        const auto it = std::find_if(keys.begin(), keys.end(), [this](const ApiKey& k) {
            return !k.legacy && k.enabled && k.policy.preset() == AccessPreset::Restricted &&
                   k.policy.grantedEndpointCount() > 0 && !m_session->isSignedInWith(k);
        });
        QVERIFY(it != keys.end());
        const ApiKey before = *it;
        const QString newName = before.name + QStringLiteral("-renamed");
        AccessPolicy wider = before.policy;
        wider.setEndpointLevel(m_session->snapshot().endpoints.first().id, AccessLevel::ReadWrite);
        if (wider == before.policy)
            wider.setEndpointLevel(m_session->snapshot().endpoints.last().id, AccessLevel::ReadWrite);
        QVERIFY(wider != before.policy);
        QVERIFY(change(m_session->changes()->updateKey(before.id, newName, std::nullopt)));
        QVERIFY(change(m_session->changes()->setKeyEnabled(before.id, false)));
        QVERIFY(change(m_session->changes()->updateKey(before.id, std::nullopt, wider)));

        // A double-click on the key's name opens its page, not the editor.
        QVERIFY(m_page->selectKeyNamed(newName));
        QTableView* table = m_page->table();
        const QModelIndex cell = table->selectionModel()->selectedRows(ApiKeyTableModel::Name).first();
        QStringList history;
        QStringList changes;
        QString access;
        int grantedFirst = -1;
        bool editorOpened = false;
        whenShown("keyDetailsDialog", [&](QWidget* dialog) {
            auto* details = static_cast<KeyDetailsDialog*>(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(!details->isLoading() && details->history()->topLevelItemCount() > 0, 10000);
            for (int i = 0; i < details->history()->topLevelItemCount(); ++i) {
                history << details->history()->topLevelItem(i)->text(1);
                changes << details->history()->topLevelItem(i)->text(3);
            }
            access = dialog->findChild<QLabel*>("detailsAccess")->text();
            // The endpoints it reaches come first.
            QTreeWidget* endpoints = details->access();
            grantedFirst = 0;
            while (grantedFirst < endpoints->topLevelItemCount() &&
                   endpoints->topLevelItem(grantedFirst)->text(1) != QStringLiteral("None"))
                ++grantedFirst;
            for (int i = grantedFirst; i < endpoints->topLevelItemCount(); ++i) {
                if (endpoints->topLevelItem(i)->text(1) != QStringLiteral("None"))
                    grantedFirst = -2; // a reached endpoint after an unreached one
            }
            screenshot(dialog, "key-details");
            whenShown("apiKeyDialog", [&editorOpened](QWidget* editor) {
                editorOpened = true;
                static_cast<QDialog*>(editor)->reject();
            });
            dialog->findChild<QAbstractButton*>("detailsEdit")->click();
        });
        // The view's double-click on the name cell (what QAbstractItemView emits for one).
        emit table->doubleClicked(cell);
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 15000); // the details opened
        QTRY_VERIFY_WITH_TIMEOUT(editorOpened, 15000);

        // Newest first: the access change, the disable, the rename, then the key's creation.
        QVERIFY2(history.size() >= 4, qPrintable(history.join(", ")));
        QCOMPARE(history.mid(0, 3), (QStringList{"Access changed", "Disabled", "Renamed"}));
        QCOMPARE(history.last(), QStringLiteral("Created"));
        QCOMPARE(changes.at(0), QStringLiteral("access: %1 → %2").arg(before.policy.summary(), wider.summary()));
        QCOMPARE(changes.at(2), QStringLiteral("name: %1 → %2").arg(before.name, newName));
        QVERIFY2(access.startsWith(wider.summary()), qPrintable(access));
        QCOMPARE(grantedFirst, wider.grantedEndpointCount());
    }
};

QTEST_MAIN(TestKeyDetails)
#include "tst_keydetails.moc"
