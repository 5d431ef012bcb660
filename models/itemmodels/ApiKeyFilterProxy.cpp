#include "ApiKeyFilterProxy.h"

#include "Attention.h"

#include "ApiKeyTableModel.h"
#include "Clock.h"

#include <algorithm>
#include <numeric>

namespace podwarden {

ApiKeyFilterProxy::ApiKeyFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
    setNow(Clock::current().now());
}

ApiKeyFilterProxy::~ApiKeyFilterProxy() = default;

void ApiKeyFilterProxy::setKeyModel(ApiKeyTableModel* model)
{
    beginResetModel();
    if (m_keys)
        disconnect(m_keys, nullptr, this, nullptr);
    m_keys = model;
    setSourceModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        makeOrder();
        rebuildRows();
        endResetModel();
    });
    // Rows that come, go or move, and a new order of the source: one layout change here.
    const auto before = [this] { beginChange(); };
    const auto after = [this] { endChange(true); };
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, before);
    connect(model, &QAbstractItemModel::rowsInserted, this, after);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, before);
    connect(model, &QAbstractItemModel::rowsRemoved, this, after);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, before);
    connect(model, &QAbstractItemModel::rowsMoved, this, after);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, before);
    connect(model, &QAbstractItemModel::layoutChanged, this, after);
    connect(model, &QAbstractItemModel::dataChanged, this, &ApiKeyFilterProxy::onDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    makeOrder();
    rebuildRows();
    endResetModel();
}

void ApiKeyFilterProxy::setSearchText(const QString& text)
{
    QList<QByteArray> words;
    for (const QString& word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    if (words == m_words)
        return;
    // Typed on (each old word inside the new one at its place, maybe a word more): a row hidden
    // now stays hidden, so only the rows shown need a look.
    bool narrower = words.size() >= m_words.size();
    for (qsizetype i = 0; narrower && i < m_words.size(); ++i)
        narrower = words.at(i).contains(m_words.at(i));
    m_words = words;
    m_narrowing = narrower;
    refilter();
    m_narrowing = false;
}

void ApiKeyFilterProxy::setFilters(Filters filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    refilter();
}

void ApiKeyFilterProxy::setNow(const QDateTime& now)
{
    m_now = now;
    m_unusedBeforeMsecs = now.addDays(-Attention::kUnusedDays).toMSecsSinceEpoch();
    m_expiringBeforeMsecs = now.addDays(Attention::kExpiringDays).toMSecsSinceEpoch();
    if (m_filters & (UnusedFor90Days | Expiring))
        refilter();
}

void ApiKeyFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refilter(true);
}

bool ApiKeyFilterProxy::accepts(int sourceRow) const
{
    const ApiKey& key = m_keys->keyAt(sourceRow);
    if ((m_filters & Disabled) && key.enabled)
        return false;
    if ((m_filters & Legacy) && !key.legacy)
        return false;
    if ((m_filters & NeverUsed) && key.lastUsedAt)
        return false;
    if (m_filters & UnusedFor90Days) {
        const qint64 used = m_keys->lastUsedMsecsAt(sourceRow);
        const qint64 last = used >= 0 ? used : m_keys->createdMsecsAt(sourceRow);
        if (last >= m_unusedBeforeMsecs)
            return false;
    }
    if ((m_filters & ApiWrite) && !key.policy.canWriteApi())
        return false;
    if ((m_filters & Expiring) && m_keys->expiresMsecsAt(sourceRow) > m_expiringBeforeMsecs)
        return false;
    if (!m_words.isEmpty()) {
        const QByteArrayView text = m_keys->searchTextAt(sourceRow);
        for (const QByteArray& word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool ApiKeyFilterProxy::valueLessThan(int column, int leftRow, int rightRow) const
{
    const ApiKey& a = m_keys->keyAt(leftRow);
    const ApiKey& b = m_keys->keyAt(rightRow);
    switch (column) {
    // Case-insensitive rather than locale-aware: collation costs a microsecond a comparison,
    // too slow for sorting 100,000 keys; key names are mostly ASCII.
    case ApiKeyTableModel::Name:
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    case ApiKeyTableModel::Prefix:
        return a.prefix < b.prefix;
    case ApiKeyTableModel::Access:
        return a.policy.summary().compare(b.policy.summary(), Qt::CaseInsensitive) < 0;
    case ApiKeyTableModel::Enabled:
        return int(a.enabled) < int(b.enabled);
    case ApiKeyTableModel::Created:
        return m_keys->createdMsecsAt(leftRow) < m_keys->createdMsecsAt(rightRow);
    case ApiKeyTableModel::LastUsed:
        // Never used (-1) sorts before the oldest use.
        return m_keys->lastUsedMsecsAt(leftRow) < m_keys->lastUsedMsecsAt(rightRow);
    case ApiKeyTableModel::Expires:
        // Soonest first; never last.
        return m_keys->expiresMsecsAt(leftRow) < m_keys->expiresMsecsAt(rightRow);
    case ApiKeyTableModel::CreatedBy:
        return a.createdBy.compare(b.createdBy, Qt::CaseInsensitive) < 0;
    default:
        return false;
    }
}

void ApiKeyFilterProxy::makeOrder()
{
    const int rows = m_keys ? m_keys->rowCount() : 0;
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || m_sortColumn >= ApiKeyTableModel::ColumnCount)
        return;
    // Stable: equal values keep the model's order, in either direction.
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this, column](int a, int b) { return valueLessThan(column, a, b); });
    else
        std::stable_sort(m_order.begin(), m_order.end(),
                         [this, column](int a, int b) { return valueLessThan(column, b, a); });
}

void ApiKeyFilterProxy::rebuildRows()
{
    const size_t rows = m_order.size();
    if (m_narrowing && m_shownAt.size() == rows) {
        // Only the shown rows can still match; they are in order already.
        std::vector<int> kept;
        kept.reserve(m_rows.size());
        for (const int row : m_rows) {
            if (accepts(row))
                kept.push_back(row);
            else
                m_shownAt[size_t(row)] = -1;
        }
        for (size_t i = 0; i < kept.size(); ++i)
            m_shownAt[size_t(kept[i])] = int(i);
        m_rows = std::move(kept);
        return;
    }
    m_rows.clear();
    m_shownAt.assign(rows, -1);
    if (!m_keys)
        return;
    const bool everything = m_words.isEmpty() && m_filters == NoFilter;
    m_rows.reserve(everything ? rows : rows / 4);
    for (const int row : m_order) {
        if (everything || accepts(row)) {
            m_shownAt[size_t(row)] = int(m_rows.size());
            m_rows.push_back(row);
        }
    }
}

void ApiKeyFilterProxy::beginChange()
{
    if (m_inLayoutChange)
        return;
    m_inLayoutChange = true;
    emit layoutAboutToBeChanged();
    m_keptIndexes = persistentIndexList();
    m_keptKeys.clear();
    m_keptKeys.reserve(m_keptIndexes.size());
    for (const QModelIndex& index : std::as_const(m_keptIndexes)) {
        const bool valid = index.isValid() && size_t(index.row()) < m_rows.size();
        m_keptKeys.append({valid ? m_keys->keyAt(m_rows[size_t(index.row())]).id : QString(), index.column()});
    }
}

void ApiKeyFilterProxy::endChange(bool reorder)
{
    if (!m_inLayoutChange)
        return;
    if (reorder || m_order.size() != size_t(m_keys ? m_keys->rowCount() : 0)) {
        m_narrowing = false; // new rows or a new order: everything is looked at
        makeOrder();
    }
    rebuildRows();
    QModelIndexList moved;
    moved.reserve(m_keptIndexes.size());
    for (const auto& [id, column] : std::as_const(m_keptKeys)) {
        const int source = id.isEmpty() ? -1 : m_keys->rowOf(id);
        const int shown = source >= 0 ? m_shownAt[size_t(source)] : -1;
        moved.append(shown >= 0 ? createIndex(shown, column) : QModelIndex());
    }
    changePersistentIndexList(m_keptIndexes, moved);
    m_keptIndexes.clear();
    m_keptKeys.clear();
    m_inLayoutChange = false;
    emit layoutChanged();
}

void ApiKeyFilterProxy::refilter(bool reorder)
{
    if (!m_keys)
        return;
    beginChange();
    endChange(reorder);
}

void ApiKeyFilterProxy::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                      const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || m_inLayoutChange)
        return;
    // What a key shows changed, not what it is (the time moved on, a switch is pending): the rows
    // stay where they are.
    static const QList<int> presentation{Qt::DisplayRole, Qt::ToolTipRole, ApiKeyTableModel::PendingRole};
    const bool onlyPresentation = !roles.isEmpty() && std::all_of(roles.begin(), roles.end(),
                                                                  [](int role) { return presentation.contains(role); });
    if (!onlyPresentation) {
        // A key changed: it may now sort elsewhere, or no longer match.
        refilter(m_sortColumn >= 0);
    }
    if (m_rows.empty())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (first == 0 && last >= int(m_shownAt.size()) - 1) {
        emit dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = first; row <= last && size_t(row) < m_shownAt.size(); ++row) {
        if (const int shown = m_shownAt[size_t(row)]; shown >= 0)
            emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
    }
}

QModelIndex ApiKeyFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ApiKeyFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int ApiKeyFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiKeyFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_keys ? 0 : m_keys->columnCount();
}

bool ApiKeyFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex ApiKeyFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_keys || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_keys->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ApiKeyFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_shownAt.size())
        return {};
    const int shown = m_shownAt[size_t(sourceIndex.row())];
    return shown >= 0 ? createIndex(shown, sourceIndex.column()) : QModelIndex();
}

QModelIndex ApiKeyFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

QVariant ApiKeyFilterProxy::data(const QModelIndex& index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? m_keys->data(source, role) : QVariant();
}

Qt::ItemFlags ApiKeyFilterProxy::flags(const QModelIndex& index) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? m_keys->flags(source) : Qt::NoItemFlags;
}

QVariant ApiKeyFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The columns are the model's whatever is shown (QAbstractProxyModel asks a row that may not
    // exist); rows are numbered as shown.
    if (orientation == Qt::Horizontal)
        return m_keys ? m_keys->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace podwarden
