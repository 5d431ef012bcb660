// Issue 19, item 3: "Needs attention" on the Overview, against the real sandbox. Each line's count
// is the count of a query of the service's own lists (read over HTTP here and counted by this
// test's own reading of the JSON, not by the app's code); clicking the line opens its screen with
// the list filtered to exactly those rows; the count tiles open their screens; a change made in
// the window moves the counts at once.
#include "ApiKeyFilterProxy.h"
#include "ApiKeyTableModel.h"
#include "AppDriver.h"
#include "OverviewPage.h"
#include "TemplateListModel.h"
#include "account/AccountChanges.h"
#include "keys/ApiKeysPage.h"
#include "sandbox/SandboxLauncher.h"
#include "secrethandling/SecretBuffer.h"
#include "secrets/SecretsPage.h"
#include "templates/TemplatesPage.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QtTest>

using namespace podwarden;
using namespace podwarden::test;

namespace {

// The service's lists, read to their end.
struct ServiceLists
{
    QJsonArray keys;
    QJsonArray secrets;
    QJsonArray templates;
};

bool grantsApiWrite(const QJsonObject& key)
{
    for (const QJsonValue& document : key["policies"].toArray()) {
        for (const QJsonValue& statement : document["Statement"].toArray()) {
            const QJsonArray actions = statement["Actions"].toArray();
            const QJsonArray resources = statement["Resources"].toArray();
            if (statement["Effect"].toString() == "Allow" && actions.contains(QStringLiteral("api:Write")) &&
                resources.contains(QStringLiteral("runpod/api/*")))
                return true;
        }
    }
    return false;
}

QSet<QString> referencedNames(const QJsonObject& templ)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\{\\s*RUNPOD_SECRET_([^\\s}]+)\\s*\\}\\}"));
    QSet<QString> names;
    const QJsonObject env = templ["env"].toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        auto matches = reference.globalMatch(it.value().toString());
        while (matches.hasNext())
            names.insert(matches.next().captured(1));
    }
    return names;
}

} // namespace

class TestNeedsAttention final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTranslator m_english;
    AppDriver m_driver;
    HttpClient m_http;

    ServiceLists readService()
    {
        SandboxLauncher* sandbox = m_driver.app()->sandbox();
        const QByteArray key = sandbox->readAdminKey().bytes();
        ServiceLists lists;
        const auto read = [&](const char* path, const char* field) {
            const PagedList all =
                readAllPages(m_http, sandbox->apiBase(), QLatin1String(path), key, QLatin1String(field));
            if (!all.error.isEmpty())
                qWarning() << path << all.error;
            return all.items;
        };
        lists.keys = read("/v2/account/api-keys", "apiKeys");
        // The secrets list is not paged (the official route answers the whole list).
        lists.secrets = m_http.get(url(sandbox->apiBase(), QStringLiteral("/v2/account/secrets")), key)
                            .json()[QStringLiteral("secrets")]
                            .toArray();
        lists.templates = read("/v2/templates", "templates");
        return lists;
    }

    // What each line must count, from the service's answer.
    QMap<Attention::Item, int> expectedCounts(const ServiceLists& lists)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMap<Attention::Item, int> n;
        for (Attention::Item item : Attention::kItems)
            n[item] = 0;
        for (const QJsonValue& v : lists.keys) {
            const QJsonObject k = v.toObject();
            const QDateTime created = QDateTime::fromString(k["createdAt"].toString(), Qt::ISODate);
            const bool used = !k["lastUsedAt"].isNull();
            const QDateTime last = used ? QDateTime::fromString(k["lastUsedAt"].toString(), Qt::ISODate) : created;
            n[Attention::Item::UnusedKeys] += last < now.addDays(-90);
            n[Attention::Item::NeverUsedKeys] += !used;
            n[Attention::Item::LegacyKeys] += k["legacy"].toBool();
            n[Attention::Item::ApiWriteKeys] += grantsApiWrite(k);
            n[Attention::Item::DisabledKeys] += !k["enabled"].toBool();
            n[Attention::Item::ExpiringKeys] +=
                !k["expiresAt"].isNull() &&
                QDateTime::fromString(k["expiresAt"].toString(), Qt::ISODate) <= now.addDays(7);
        }
        QSet<QString> referenced;
        for (const QJsonValue& t : lists.templates)
            referenced |= referencedNames(t.toObject());
        QSet<QString> secretNames;
        for (const QJsonValue& s : lists.secrets) {
            secretNames.insert(s["name"].toString());
            n[Attention::Item::UnreferencedSecrets] += !referenced.contains(s["name"].toString());
        }
        for (const QJsonValue& t : lists.templates) {
            const QSet<QString> names = referencedNames(t.toObject());
            n[Attention::Item::TemplatesMissingSecrets] += std::any_of(
                names.begin(), names.end(), [&](const QString& name) { return !secretNames.contains(name); });
        }
        return n;
    }

    OverviewPage* overview() { return m_driver.window()->findChild<OverviewPage*>(QStringLiteral("pageOverview")); }
    QWidget* currentPage()
    {
        return m_driver.window()->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
    }
    // The rows the page it opened shows.
    int shownRows(QWidget* page)
    {
        if (auto* keys = qobject_cast<ApiKeysPage*>(page))
            return keys->proxy()->rowCount();
        if (auto* secrets = qobject_cast<SecretsPage*>(page))
            return secrets->proxy()->rowCount();
        if (auto* templates = qobject_cast<TemplatesPage*>(page)) {
            int shown = 0;
            for (int row = 0; row < templates->model()->rowCount(); ++row)
                shown += !templates->list()->isRowHidden(row);
            return shown;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(prepareScreenTest(m_home, m_english));
        const QString failure = m_driver.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QTRY_VERIFY_WITH_TIMEOUT(!m_driver.app()->session()->snapshot().isEmpty(), 20000);
        // Every secret of the demo is in some template: one that none references yet, made in the
        // window as a user would, so that every line has something to count.
        QByteArray value("a value that no template reads");
        ChangeRequest* request = m_driver.app()->session()->changes()->createSecret(
            QStringLiteral("grafana_admin_password"), SecretBuffer::takeFrom(value), QStringLiteral("Not used yet"));
        std::optional<ChangeOutcome> outcome;
        connect(request, &ChangeRequest::finished, this, [&outcome](const ChangeOutcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->ok, qPrintable(outcome->message));
    }

    void cleanupTestCase() { m_driver.stop(); }

    void eachLineCountsTheServicesRowsAndOpensThem()
    {
        const QMap<Attention::Item, int> expected = expectedCounts(readService());
        m_driver.showPage("pageOverview");
        screenshot(m_driver.window(), "overview-attention");
        for (Attention::Item item : Attention::kItems) {
            const int n = expected.value(item);
            // Otherwise the check below proves nothing.
            QVERIFY2(n > 0, qPrintable(QStringLiteral("nothing to count for line %1").arg(int(item))));
            const QString text = overview()->attentionText(item);
            QVERIFY2(text.startsWith(QLocale().toString(n) + QLatin1Char(' ')),
                     qPrintable(QStringLiteral("%1 for %2 expected").arg(text).arg(n)));

            m_driver.showPage("pageOverview");
            const QList<QPushButton*> buttons = overview()->findChildren<QPushButton*>();
            QPushButton* line = nullptr;
            for (QPushButton* b : buttons) {
                if (b->text() == text && b->isVisible())
                    line = b;
            }
            QVERIFY(line);
            QTest::mouseClick(line, Qt::LeftButton);
            QWidget* page = currentPage();
            QVERIFY(page != overview());
            QCOMPARE(shownRows(page), n);
        }
        // The key list was left filtered to one thing: the filter buttons say which.
        auto* keys = m_driver.window()->findChild<ApiKeysPage*>(QStringLiteral("pageApiKeys"));
        QVERIFY(keys);
        keys->showOnly(ApiKeyFilterProxy::Expiring);
        QVERIFY(keys->findChild<QToolButton*>(QStringLiteral("filterExpiring"))->isChecked());
        QVERIFY(!keys->findChild<QToolButton*>(QStringLiteral("filterLegacy"))->isChecked());
        keys->showOnly({});
        QCOMPARE(keys->proxy()->rowCount(), keys->model()->rowCount());
    }

    void countTilesOpenTheirScreens()
    {
        const char* tiles[] = {"countApiKeysTile", "countSecretsTile", "countTemplatesTile", "countEndpointsTile"};
        const char* pages[] = {"pageApiKeys", "pageSecrets", "pageTemplates", "pageEndpoints"};
        for (int i = 0; i < 4; ++i) {
            m_driver.showPage("pageOverview");
            auto* tile = overview()->findChild<QWidget*>(QLatin1String(tiles[i]));
            QVERIFY(tile);
            if (i % 2 == 0) {
                QTest::mouseClick(tile, Qt::LeftButton);
            } else { // and from the keyboard
                tile->setFocus();
                QTest::keyClick(tile, Qt::Key_Return);
            }
            QCOMPARE(currentPage()->objectName(), QLatin1String(pages[i]));
        }
    }

    void aChangeMovesTheCountAtOnce()
    {
        Session* session = m_driver.app()->session();
        const int disabledBefore = expectedCounts(readService()).value(Attention::Item::DisabledKeys);
        // Switch off an enabled key that is not the one the app is signed in with.
        QString target;
        for (const ApiKey& k : session->snapshot().apiKeys) {
            if (k.enabled && !k.legacy && k.name == QLatin1String("grafana-readonly"))
                target = k.id;
        }
        QVERIFY(!target.isEmpty());
        std::optional<ChangeOutcome> outcome;
        ChangeRequest* request = session->changes()->setKeyEnabled(target, false);
        connect(request, &ChangeRequest::finished, this, [&outcome](const ChangeOutcome& o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->ok, qPrintable(outcome->message));
        const int disabledAfter = expectedCounts(readService()).value(Attention::Item::DisabledKeys);
        QCOMPARE(disabledAfter, disabledBefore + 1);
        QVERIFY(overview()->attentionText(Attention::Item::DisabledKeys).startsWith(QLocale().toString(disabledAfter)));
    }

    void largeCountsAreWrittenAsTheLocaleWritesNumbers()
    {
        // As the count tiles above them: "25,258 keys never used", not "25258".
        AccountSnapshot snapshot;
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 1234; ++i) {
            ApiKey key;
            key.id = QStringLiteral("key_%1").arg(i);
            key.name = key.id;
            key.createdAt = snapshot.fetchedAt.addDays(-1);
            key.policy = AccessPolicy::readOnly();
            snapshot.apiKeys.append(key);
        }
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        OverviewPage page;
        page.setSnapshot(snapshot, false, false);
        QCOMPARE(page.attentionText(Attention::Item::NeverUsedKeys), QStringLiteral("1,234 keys never used"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("countApiKeys"))->text(), QStringLiteral("1,234"));
    }
};

QTEST_MAIN(TestNeedsAttention)
#include "tst_needsattention.moc"
