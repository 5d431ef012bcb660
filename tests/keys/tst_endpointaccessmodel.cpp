#include "EndpointAccessModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <memory>

using namespace podwarden;

namespace {

Endpoint endpoint(const QString& id, const QString& name)
{
    Endpoint e;
    e.id = id;
    e.name = name;
    e.type = EndpointType::Queue;
    e.hasGpu = true;
    e.gpu = EndpointGpu{};
    e.gpu->pools = QStringList{"ADA_24", "AMPERE_48"};
    return e;
}

QList<Endpoint> threeEndpoints()
{
    return {endpoint("ep_a", "whisper"), endpoint("ep_b", "llama"), endpoint("ep_c", "sdxl")};
}

} // namespace

class TestEndpointAccessModel final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsEveryEndpointWithNoAccess();
    void setLevelsAndRoundTrip();
    void setLevelChangesOneRow();
    void setLevelOfRowsSignalsOnce();
    void countsByLevel();
    void deletedEndpointsStay();
    void setEndpointsKeepsLevels();
    void setDataThroughTheRoles();
    void rolesAndHeaders();
    void sortsAndFiltersThroughAProxy();
    void duplicateIdsShareOneRow();

private:
    std::unique_ptr<EndpointAccessModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEndpointAccessModel::init()
{
    m_model = std::make_unique<EndpointAccessModel>();
    // Attached for the whole test: every reset and dataChanged below is checked as it happens.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestEndpointAccessModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestEndpointAccessModel::listsEveryEndpointWithNoAccess()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(EndpointAccessModel::ColumnCount));
    m_model->setEndpoints(threeEndpoints());
    QCOMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->levelAt(row), AccessLevel::None);
        QVERIFY(!m_model->isNotFound(row));
    }
    QCOMPARE(m_model->index(1, EndpointAccessModel::Name).data().toString(), QString("llama"));
    QCOMPARE(m_model->index(1, EndpointAccessModel::Id).data().toString(), QString("ep_b"));
    QCOMPARE(m_model->index(1, EndpointAccessModel::Access).data().toString(), QString("None"));
    QVERIFY(m_model->levels().isEmpty());
    QCOMPARE(m_model->grantedCount(), 0);
    QCOMPARE(m_model->rowOf("ep_c"), 2);
    QCOMPARE(m_model->rowOf("ep_missing"), -1);
}

void TestEndpointAccessModel::setLevelsAndRoundTrip()
{
    m_model->setEndpoints(threeEndpoints());
    QSignalSpy changed(m_model.get(), &EndpointAccessModel::levelsChanged);
    const QMap<QString, AccessLevel> levels{{"ep_a", AccessLevel::Read}, {"ep_c", AccessLevel::ReadWrite}};
    m_model->setLevels(levels);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->levels(), levels);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->levelAt(0), AccessLevel::Read);
    QCOMPARE(m_model->levelAt(1), AccessLevel::None);
    QCOMPARE(m_model->levelAt(2), AccessLevel::ReadWrite);
    QCOMPARE(m_model->index(2, EndpointAccessModel::Access).data().toString(), QString("Read-Write"));

    // The same levels again change nothing; a None in the map is no grant.
    m_model->setLevels(levels);
    QCOMPARE(changed.count(), 1);
    m_model->setLevels({{"ep_a", AccessLevel::None}});
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->levels().isEmpty());
    QCOMPARE(m_model->rowCount(), 3);

    // The round trip through a policy.
    const AccessPolicy policy = AccessPolicy::restricted(AccessLevel::Read, levels);
    m_model->setLevels(policy.endpointLevels());
    QCOMPARE(AccessPolicy::restricted(AccessLevel::Read, m_model->levels()), policy);
}

void TestEndpointAccessModel::setLevelChangesOneRow()
{
    m_model->setEndpoints(threeEndpoints());
    QSignalSpy changed(m_model.get(), &EndpointAccessModel::levelsChanged);
    QSignalSpy data(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLevel(1, AccessLevel::ReadWrite);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.at(0).at(0).toModelIndex(), m_model->index(1, EndpointAccessModel::Access));
    QCOMPARE(m_model->levels(), (QMap<QString, AccessLevel>{{"ep_b", AccessLevel::ReadWrite}}));

    // No change, no signal; rows out of range are ignored.
    m_model->setLevel(1, AccessLevel::ReadWrite);
    m_model->setLevel(-1, AccessLevel::Read);
    m_model->setLevel(3, AccessLevel::Read);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(data.count(), 1);

    m_model->setLevel(1, AccessLevel::None);
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->levels().isEmpty());
}

void TestEndpointAccessModel::setLevelOfRowsSignalsOnce()
{
    m_model->setEndpoints(threeEndpoints());
    m_model->setLevel(0, AccessLevel::Read);
    QSignalSpy changed(m_model.get(), &EndpointAccessModel::levelsChanged);
    QSignalSpy data(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLevelOfRows({0, 1, 2}, AccessLevel::Read);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(data.count(), 2); // row 0 already was Read
    QCOMPARE(m_model->grantedCount(), 3);
    m_model->setLevelOfRows({0, 1, 2}, AccessLevel::Read);
    QCOMPARE(changed.count(), 1);
    m_model->setLevelOfRows({}, AccessLevel::None);
    QCOMPARE(changed.count(), 1);
}

void TestEndpointAccessModel::countsByLevel()
{
    m_model->setEndpoints(threeEndpoints());
    m_model->setLevels({{"ep_a", AccessLevel::Read}, {"ep_b", AccessLevel::ReadWrite}, {"gone", AccessLevel::Read}});
    QCOMPARE(m_model->grantedCount(), 3);
    QCOMPARE(m_model->countAt(AccessLevel::Read), 2);
    QCOMPARE(m_model->countAt(AccessLevel::ReadWrite), 1);
    QCOMPARE(m_model->countAt(AccessLevel::None), 1);
    QCOMPARE(m_model->notFoundCount(), 1);
}

void TestEndpointAccessModel::deletedEndpointsStay()
{
    m_model->setEndpoints(threeEndpoints());
    const QMap<QString, AccessLevel> levels{{"ep_a", AccessLevel::Read}, {"ep_gone", AccessLevel::ReadWrite}};
    m_model->setLevels(levels);
    QCOMPARE(m_model->rowCount(), 4);
    const int gone = m_model->rowOf("ep_gone");
    QCOMPARE(gone, 3);
    QVERIFY(m_model->isNotFound(gone));
    QCOMPARE(m_model->levelAt(gone), AccessLevel::ReadWrite);
    const QModelIndex name = m_model->index(gone, EndpointAccessModel::Name);
    QVERIFY(name.data().toString().contains("ep_gone"));
    QVERIFY(name.data().toString().contains("not found"));
    QVERIFY(name.data(EndpointAccessModel::NotFoundRole).toBool());
    QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(name.data(EndpointAccessModel::EndpointIdRole).toString(), QString("ep_gone"));
    QCOMPARE(m_model->levels(), levels);

    // Set to None it stays listed, so the user can undo; levels() no longer names it.
    m_model->setLevel(gone, AccessLevel::None);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->levels(), (QMap<QString, AccessLevel>{{"ep_a", AccessLevel::Read}}));

    // New levels rebuild the not-found rows from what they name.
    m_model->setLevels({{"ep_other", AccessLevel::Read}});
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf("ep_gone"), -1);
    QVERIFY(m_model->isNotFound(m_model->rowOf("ep_other")));

    // An endpoint that shows up in the list is found again.
    QList<Endpoint> more = threeEndpoints();
    more << endpoint("ep_other", "other");
    m_model->setEndpoints(more);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->notFoundCount(), 0);
    QCOMPARE(m_model->levelAt(m_model->rowOf("ep_other")), AccessLevel::Read);
}

void TestEndpointAccessModel::setEndpointsKeepsLevels()
{
    m_model->setEndpoints(threeEndpoints());
    m_model->setLevels({{"ep_b", AccessLevel::ReadWrite}});
    QSignalSpy changed(m_model.get(), &EndpointAccessModel::levelsChanged);
    // ep_b disappears from the list (deleted meanwhile): its grant stays, as a not-found row.
    m_model->setEndpoints({endpoint("ep_a", "whisper"), endpoint("ep_d", "new")});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->levels(), (QMap<QString, AccessLevel>{{"ep_b", AccessLevel::ReadWrite}}));
    QVERIFY(m_model->isNotFound(m_model->rowOf("ep_b")));
    m_model->setEndpoints({});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->levels(), (QMap<QString, AccessLevel>{{"ep_b", AccessLevel::ReadWrite}}));
}

void TestEndpointAccessModel::setDataThroughTheRoles()
{
    m_model->setEndpoints(threeEndpoints());
    QSignalSpy changed(m_model.get(), &EndpointAccessModel::levelsChanged);
    const QModelIndex access = m_model->index(0, EndpointAccessModel::Access);
    QVERIFY(m_model->flags(access) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, EndpointAccessModel::Name)) & Qt::ItemIsEditable));

    QVERIFY(m_model->setData(access, int(AccessLevel::ReadWrite), Qt::EditRole));
    QCOMPARE(m_model->levelAt(0), AccessLevel::ReadWrite);
    QCOMPARE(access.data(Qt::EditRole).toInt(), int(AccessLevel::ReadWrite));
    QVERIFY(m_model->setData(access, int(AccessLevel::Read), EndpointAccessModel::AccessLevelRole));
    QCOMPARE(access.data(EndpointAccessModel::AccessLevelRole).toInt(), int(AccessLevel::Read));
    QCOMPARE(changed.count(), 2);

    // Bad values, other columns and other roles are refused and change nothing.
    QVERIFY(!m_model->setData(access, 3, Qt::EditRole));
    QVERIFY(!m_model->setData(access, -1, Qt::EditRole));
    QVERIFY(!m_model->setData(access, "Read", Qt::EditRole));
    QVERIFY(!m_model->setData(access, int(AccessLevel::None), Qt::DisplayRole));
    QVERIFY(!m_model->setData(m_model->index(0, EndpointAccessModel::Name), int(AccessLevel::None), Qt::EditRole));
    QVERIFY(!m_model->setData(QModelIndex(), int(AccessLevel::None), Qt::EditRole));
    QCOMPARE(m_model->levelAt(0), AccessLevel::Read);
    QCOMPARE(changed.count(), 2);
}

void TestEndpointAccessModel::rolesAndHeaders()
{
    m_model->setEndpoints(threeEndpoints());
    m_model->setLevel(0, AccessLevel::ReadWrite);
    const QModelIndex name = m_model->index(0, EndpointAccessModel::Name);
    QCOMPARE(name.data(EndpointAccessModel::SortRole).toString(), QString("whisper"));
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains("ADA_24"));
    QVERIFY(name.data(EndpointAccessModel::SearchTextRole).toString().contains("whisper"));
    QVERIFY(name.data(EndpointAccessModel::SearchTextRole).toString().contains("ep_a"));
    for (int column = 0; column < EndpointAccessModel::ColumnCount; ++column) {
        QCOMPARE(m_model->index(0, column).data(EndpointAccessModel::EndpointIdRole).toString(), QString("ep_a"));
        QCOMPARE(m_model->index(0, column).data(EndpointAccessModel::AccessLevelRole).toInt(),
                 int(AccessLevel::ReadWrite));
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(m_model->index(0, EndpointAccessModel::Access).data(EndpointAccessModel::SortRole).toInt(),
             int(AccessLevel::ReadWrite));
    QCOMPARE(m_model->index(0, EndpointAccessModel::Id).data(EndpointAccessModel::SortRole).toString(),
             QString("ep_a"));
    QCOMPARE(m_model->headerData(EndpointAccessModel::Access, Qt::Horizontal).toString(), QString("Access"));
}

void TestEndpointAccessModel::sortsAndFiltersThroughAProxy()
{
    m_model->setEndpoints(threeEndpoints());
    m_model->setLevels({{"ep_b", AccessLevel::Read}, {"ep_gone", AccessLevel::Read}});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSortRole(EndpointAccessModel::SortRole);
    proxy.setFilterRole(EndpointAccessModel::SearchTextRole);
    proxy.setFilterKeyColumn(EndpointAccessModel::Name);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(EndpointAccessModel::Name);
    // A not-found row sorts by its id, the name it has.
    QCOMPARE(proxy.index(0, 0).data(EndpointAccessModel::EndpointIdRole).toString(), QString("ep_gone"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QString("llama"));
    QCOMPARE(proxy.index(3, 0).data().toString(), QString("whisper"));
    proxy.setFilterFixedString("EP_C");
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(EndpointAccessModel::EndpointIdRole).toString(), QString("ep_c"));
    proxy.setFilterFixedString("gone");
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    proxy.sort(EndpointAccessModel::Access, Qt::DescendingOrder);
    QCOMPARE(proxy.index(2, 0).data(EndpointAccessModel::AccessLevelRole).toInt(), int(AccessLevel::None));
    // A change through the proxy reaches the model.
    QVERIFY(proxy.setData(proxy.index(0, EndpointAccessModel::Access), int(AccessLevel::ReadWrite)));
    QCOMPARE(m_model->countAt(AccessLevel::ReadWrite), 1);
}

void TestEndpointAccessModel::duplicateIdsShareOneRow()
{
    m_model->setEndpoints({endpoint("ep_a", "one"), endpoint("ep_a", "two"), endpoint("ep_b", "three")});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf("ep_b"), 1);
}

QTEST_GUILESS_MAIN(TestEndpointAccessModel)
#include "tst_endpointaccessmodel.moc"
