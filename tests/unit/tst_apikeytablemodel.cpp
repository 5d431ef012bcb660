// ApiKeyTableModel and ApiKeyFilterProxy under QAbstractItemModelTester: load, the toggle's
// request / optimistic change / rollback, insert and remove; every filter, the search and every
// sort by the real values.
#include "ApiKeyFilterProxy.h"
#include "ApiKeyTableModel.h"

#include <QAbstractItemModelTester>
#include <QTranslator>
#include <QtTest>

using namespace podwarden;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());

ApiKey makeKey(const QString& id, const QString& name, const QString& creator, int createdDaysAgo,
               std::optional<int> usedDaysAgo, AccessPolicy policy = AccessPolicy::readOnly())
{
    ApiKey k;
    k.id = id;
    k.name = name;
    k.prefix = "rpa_" + id.right(4).toUpper();
    k.createdBy = creator;
    k.createdAt = kNow.addDays(-createdDaysAgo);
    if (usedDaysAgo)
        k.lastUsedAt = kNow.addDays(-*usedDaysAgo);
    k.policy = std::move(policy);
    return k;
}

QList<ApiKey> sampleKeys()
{
    ApiKey legacy = makeKey("key_lega", "legacy-deploy", "maya@example.com", 900, 3, AccessPolicy::all());
    legacy.legacy = true;
    legacy.prefix = "ABCD1234";
    ApiKey disabled = makeKey("key_disa", "old-notebook", "ana@example.com", 400, 150);
    disabled.enabled = false;
    return {makeKey("key_ci01", "ci-deployer", "ana@example.com", 300, 0, AccessPolicy::all()),
            makeKey("key_graf", "Grafana-readonly", "li.wei@example.com", 210, 1),
            legacy,
            disabled,
            makeKey("key_intn", "intern-onboarding", "li.wei@example.com", 2, std::nullopt),
            makeKey("key_part", "partner-demo", "ana@example.com", 120, std::nullopt,
                    AccessPolicy::restricted(AccessLevel::None, {{"ep_1", AccessLevel::Read}})),
            makeKey("key_eval", "eval-runner", "jonas@example.com", 12, 5,
                    AccessPolicy::restricted(AccessLevel::ReadWrite))};
}

QStringList namesOf(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ApiKeyTableModel::Name).data().toString();
    return names;
}

} // namespace

class TestApiKeyTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The English catalogue carries the plural forms ("10 months ago").
        QVERIFY(m_english.load(QStringLiteral(":/i18n/podwarden_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_model = std::make_unique<ApiKeyTableModel>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setNow(kNow);
        m_model->setKeys(sampleKeys());
        m_proxy = std::make_unique<ApiKeyFilterProxy>();
        m_proxy->setNow(kNow);
        m_proxy->setKeyModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_modelTester.reset();
        m_model.reset();
    }

    void displaysWhatTheTableShows()
    {
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->columnCount(), int(ApiKeyTableModel::ColumnCount));
        const int ci = m_model->rowOf("key_ci01");
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::Name).data().toString(), QString("ci-deployer"));
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::Prefix).data().toString(), QString("rpa_CI01…"));
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::Access).data().toString(), AccessPolicy::all().summary());
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::Enabled).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::Created).data().toString(), QString("10 months ago"));
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::LastUsed).data().toString(), QString("just now"));
        QCOMPARE(m_model->index(ci, ApiKeyTableModel::Created).data(ApiKeyTableModel::SortRole).toDateTime(),
                 kNow.addDays(-300));
        QVERIFY(!m_model->index(ci, ApiKeyTableModel::Created).data(Qt::ToolTipRole).toString().isEmpty());

        const int intern = m_model->rowOf("key_intn");
        QCOMPARE(m_model->index(intern, ApiKeyTableModel::LastUsed).data().toString(), QString("Never"));
        QCOMPARE(m_model->index(intern, ApiKeyTableModel::Created).data().toString(), QString("2 days ago"));
        QCOMPARE(m_model->index(m_model->rowOf("key_graf"), ApiKeyTableModel::LastUsed).data().toString(),
                 QString("yesterday"));
        QVERIFY(m_model->index(m_model->rowOf("key_lega"), ApiKeyTableModel::Access)
                    .data()
                    .toString()
                    .startsWith("Legacy"));
        QVERIFY(m_model->flags(m_model->index(0, ApiKeyTableModel::Enabled)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(m_model->flags(m_model->index(0, ApiKeyTableModel::Name)) & Qt::ItemIsUserCheckable));
        QCOMPARE(m_model->headerData(ApiKeyTableModel::LastUsed, Qt::Horizontal).toString(), QString("Last used"));
    }

    void theToggleAsksAppliesAndRollsBack()
    {
        QSignalSpy asked(m_model.get(), &ApiKeyTableModel::enabledChangeRequested);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QModelIndex toggle = m_model->index(m_model->rowOf("key_ci01"), ApiKeyTableModel::Enabled);

        // setData only asks: nothing changes until the page has confirmed.
        QVERIFY(!m_model->setData(toggle, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), QString("key_ci01"));
        QCOMPARE(asked.first().at(1).toBool(), false);
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(changed.count(), 0);
        // Asking for the state it already has asks nothing.
        QVERIFY(!m_model->setData(toggle, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.count(), 1);

        // Confirmed: shown at once, pending; a second click while pending asks nothing.
        m_model->setEnabledLocally("key_ci01", false);
        m_model->setPending("key_ci01", true);
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(toggle.data(ApiKeyTableModel::PendingRole).toBool());
        QVERIFY(!m_model->setData(toggle, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.count(), 1);

        // Refused: rolled back.
        m_model->setEnabledLocally("key_ci01", true);
        m_model->setPending("key_ci01", false);
        QCOMPARE(toggle.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!toggle.data(ApiKeyTableModel::PendingRole).toBool());
        QVERIFY(changed.count() >= 4);
    }

    void insertReplaceRemove()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->upsertKey(makeKey("key_new1", "fresh", "maya@example.com", 0, std::nullopt));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_proxy->rowCount(), 8);
        ApiKey renamed = m_model->keyAt(m_model->rowOf("key_new1"));
        renamed.name = "renamed";
        m_model->upsertKey(renamed);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->index(m_model->rowOf("key_new1"), 0).data().toString(), QString("renamed"));
        m_model->removeKey("key_graf");
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowOf("key_graf"), -1);
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->keyAt(m_model->rowOf("key_eval")).name, QString("eval-runner")); // index rebuilt
        m_model->removeKey("key_nope");
        QCOMPARE(removed.count(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<int>("filters");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << int(ApiKeyFilterProxy::NoFilter)
                              << QStringList{"ci-deployer",   "eval-runner",  "Grafana-readonly", "intern-onboarding",
                                             "legacy-deploy", "old-notebook", "partner-demo"};
        QTest::newRow("disabled") << int(ApiKeyFilterProxy::Disabled) << QStringList{"old-notebook"};
        QTest::newRow("legacy") << int(ApiKeyFilterProxy::Legacy) << QStringList{"legacy-deploy"};
        QTest::newRow("never used") << int(ApiKeyFilterProxy::NeverUsed)
                                    << QStringList{"intern-onboarding", "partner-demo"};
        // old-notebook last used 150 days ago; partner-demo never used and made 120 days ago.
        QTest::newRow("unused 90 days") << int(ApiKeyFilterProxy::UnusedFor90Days)
                                        << QStringList{"old-notebook", "partner-demo"};
        QTest::newRow("api write") << int(ApiKeyFilterProxy::ApiWrite)
                                   << QStringList{"ci-deployer", "eval-runner", "legacy-deploy"};
        QTest::newRow("api write and legacy")
            << int(ApiKeyFilterProxy::ApiWrite | ApiKeyFilterProxy::Legacy) << QStringList{"legacy-deploy"};
        QTest::newRow("never used and disabled")
            << int(ApiKeyFilterProxy::NeverUsed | ApiKeyFilterProxy::Disabled) << QStringList{};
    }
    void filters()
    {
        QFETCH(int, filters);
        QFETCH(QStringList, names);
        m_proxy->sort(ApiKeyTableModel::Name, Qt::AscendingOrder);
        m_proxy->setFilters(ApiKeyFilterProxy::Filters(filters));
        QCOMPARE(namesOf(*m_proxy), names);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name") << "deploy" << QStringList{"ci-deployer", "legacy-deploy"};
        QTest::newRow("case") << "GRAFANA" << QStringList{"Grafana-readonly"};
        QTest::newRow("prefix") << "rpa_eval" << QStringList{"eval-runner"};
        QTest::newRow("legacy prefix") << "abcd12" << QStringList{"legacy-deploy"};
        QTest::newRow("creator") << "li.wei@" << QStringList{"Grafana-readonly", "intern-onboarding"};
        QTest::newRow("two words") << "ana demo" << QStringList{"partner-demo"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
        QTest::newRow("blank") << "   "
                               << QStringList{"ci-deployer",   "eval-runner",  "Grafana-readonly", "intern-onboarding",
                                              "legacy-deploy", "old-notebook", "partner-demo"};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        m_proxy->sort(ApiKeyTableModel::Name, Qt::AscendingOrder);
        m_proxy->setSearchText(text);
        QCOMPARE(namesOf(*m_proxy), names);
    }

    // Typing on only hides rows, and the proxy then looks at the rows shown alone; deleting a
    // letter, or a change of the keys meanwhile, looks at every row again. Each step is compared
    // with the search made from nothing.
    void typingOnAndBackMatchesAFreshSearch()
    {
        m_proxy->sort(ApiKeyTableModel::Name);
        const auto fresh = [this](const QString& text) {
            ApiKeyFilterProxy other;
            other.setKeyModel(m_model.get());
            other.sort(ApiKeyTableModel::Name);
            other.setSearchText(text);
            return namesOf(other);
        };
        QStringList steps;
        const QString typed = QStringLiteral("de ana");
        for (int n = 1; n <= typed.size(); ++n)
            steps << typed.left(n);
        for (int n = typed.size() - 1; n >= 0; --n)
            steps << typed.left(n);
        steps << QStringLiteral("e") << QStringLiteral("ep") << QStringLiteral("e");
        for (const QString& text : std::as_const(steps)) {
            m_proxy->setSearchText(text);
            QCOMPARE(namesOf(*m_proxy), fresh(text));
        }
        // A key renamed while a search is typed: the next letter still finds it.
        m_proxy->setSearchText(QStringLiteral("zz"));
        QCOMPARE(m_proxy->rowCount(), 0);
        ApiKey renamed = m_model->keyAt(m_model->rowOf("key_intn"));
        renamed.name = QStringLiteral("zzz-renamed");
        m_model->upsertKey(renamed);
        QCOMPARE(namesOf(*m_proxy), QStringList{"zzz-renamed"});
        m_proxy->setSearchText(QStringLiteral("zzz"));
        QCOMPARE(namesOf(*m_proxy), QStringList{"zzz-renamed"});
    }

    void searchAndFiltersTogether()
    {
        m_proxy->sort(ApiKeyTableModel::Name);
        m_proxy->setSearchText("ana");
        m_proxy->setFilters(ApiKeyFilterProxy::ApiWrite);
        QCOMPARE(namesOf(*m_proxy), QStringList{"ci-deployer"});
        m_proxy->setFilters(ApiKeyFilterProxy::NoFilter);
        // "ana" is in a creator and in a name.
        QCOMPARE(namesOf(*m_proxy), (QStringList{"ci-deployer", "Grafana-readonly", "old-notebook", "partner-demo"}));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("name") << int(ApiKeyTableModel::Name)
                              << QStringList{"ci-deployer",   "eval-runner",  "Grafana-readonly", "intern-onboarding",
                                             "legacy-deploy", "old-notebook", "partner-demo"};
        // Never used first, then the oldest use; ties keep the source order.
        QTest::newRow("last used") << int(ApiKeyTableModel::LastUsed)
                                   << QStringList{"intern-onboarding", "partner-demo",  "old-notebook",
                                                  "eval-runner",       "legacy-deploy", "Grafana-readonly",
                                                  "ci-deployer"};
        QTest::newRow("created") << int(ApiKeyTableModel::Created)
                                 << QStringList{"legacy-deploy", "old-notebook", "ci-deployer",      "Grafana-readonly",
                                                "partner-demo",  "eval-runner",  "intern-onboarding"};
        QTest::newRow("enabled") << int(ApiKeyTableModel::Enabled)
                                 << QStringList{"old-notebook",  "ci-deployer",       "Grafana-readonly",
                                                "legacy-deploy", "intern-onboarding", "partner-demo",
                                                "eval-runner"};
        QTest::newRow("created by") << int(ApiKeyTableModel::CreatedBy)
                                    << QStringList{"ci-deployer",  "old-notebook",     "partner-demo",
                                                   "eval-runner",  "Grafana-readonly", "intern-onboarding",
                                                   "legacy-deploy"};
    }
    void sorts()
    {
        QFETCH(int, column);
        QFETCH(QStringList, names);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(namesOf(*m_proxy), names);
        if (column != ApiKeyTableModel::Enabled) { // a yes/no column has ties
            m_proxy->sort(column, Qt::DescendingOrder);
            QCOMPARE(namesOf(*m_proxy).constFirst(), names.constLast());
        }
    }

    void aChangedRowMovesInTheSortedView()
    {
        m_proxy->sort(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        ApiKey intern = m_model->keyAt(m_model->rowOf("key_intn"));
        intern.lastUsedAt = kNow.addSecs(60);
        m_model->upsertKey(intern);
        QCOMPARE(namesOf(*m_proxy).constFirst(), QString("intern-onboarding"));
        m_proxy->setFilters(ApiKeyFilterProxy::NeverUsed);
        QCOMPARE(namesOf(*m_proxy), QStringList{"partner-demo"});
    }

private:
    QTranslator m_english;
    std::unique_ptr<ApiKeyTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<ApiKeyFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TestApiKeyTableModel)
#include "tst_apikeytablemodel.moc"
