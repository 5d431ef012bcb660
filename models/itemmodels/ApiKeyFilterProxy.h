#pragma once

#include <QAbstractProxyModel>
#include <QDateTime>

#include <vector>

namespace podwarden {

class ApiKeyTableModel;

// Search, filters and the sort over an ApiKeyTableModel, by the real values. A proxy of our own
// rather than a QSortFilterProxyModel: that one spends about 20 ms on its mappings for 100,000 rows
// at every change of the search, even when each row is refused at once, and sorts the shown rows
// again; here the order of every key is made once per sort and data change, and a keystroke walks
// it and keeps the rows that match (a few milliseconds at 100,000 keys; issue 16). The rows shown
// change through layoutChanged, as QSortFilterProxyModel::invalidate() does, with the selection
// and the current row kept by key.
class ApiKeyFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    // Filters narrow together: "disabled" and "legacy" shows the disabled legacy keys.
    enum Filter {
        NoFilter = 0,
        Disabled = 1 << 0,
        Legacy = 1 << 1,
        NeverUsed = 1 << 2,
        UnusedFor90Days = 1 << 3, // used, but not in the last 90 days; or never used and older than that
        ApiWrite = 1 << 4,        // can change the account through the API
        Expiring = 1 << 5         // expired, or expiring within 7 days
    };
    Q_DECLARE_FLAGS(Filters, Filter)
    Q_FLAG(Filters)

    explicit ApiKeyFilterProxy(QObject* parent = nullptr);
    ~ApiKeyFilterProxy() override;

    void setKeyModel(ApiKeyTableModel* model);
    // Matches name, prefix and creator, case-insensitively; every word must match.
    void setSearchText(const QString& text);
    void setFilters(Filters filters);
    Filters filters() const { return m_filters; }
    void setNow(const QDateTime& now);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    bool accepts(int sourceRow) const;
    bool valueLessThan(int column, int leftRow, int rightRow) const;
    // The order of every source row for the sort (made when the sort or the rows change).
    void makeOrder();
    // The rows shown, from the order and the filters.
    void rebuildRows();
    // A change of the rows shown, as one layout change: persistent indexes are kept by key id.
    void beginChange();
    void endChange(bool reorder);
    void forgetNarrowing() { m_narrowing = false; }
    void refilter(bool reorder = false);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    ApiKeyTableModel* m_keys = nullptr;
    std::vector<int> m_order;   // every source row, in the sort's order
    std::vector<int> m_rows;    // the shown rows: source rows, in order
    std::vector<int> m_shownAt; // source row -> shown row, or -1
    QList<QByteArray> m_words;  // lower-case UTF-8
    bool m_narrowing = false;   // the next refilter only hides: it walks the rows shown, not all
    Filters m_filters = NoFilter;
    QDateTime m_now;
    qint64 m_unusedBeforeMsecs = 0;
    qint64 m_expiringBeforeMsecs = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Persistent indexes across a change: the key id and column of each.
    QModelIndexList m_keptIndexes;
    QList<QPair<QString, int>> m_keptKeys;
    bool m_inLayoutChange = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ApiKeyFilterProxy::Filters)

} // namespace podwarden
