#include "ApiKeyFilterProxy.h"

#include "ApiKeyTableModel.h"
#include "Clock.h"

#include <algorithm>
#include <numeric>

namespace podwarden {

ApiKeyFilterProxy::ApiKeyFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApiKeyTableModel::SortRole);
    setDynamicSortFilter(true);
    setNow(Clock::current().now());
}

void ApiKeyFilterProxy::setKeyModel(ApiKeyTableModel* model)
{
    m_keys = model;
    dropRanks();
    // Connected before setSourceModel: the ranks go before the proxy re-sorts with them.
    connect(model, &QAbstractItemModel::modelReset, this, &ApiKeyFilterProxy::dropRanks);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ApiKeyFilterProxy::dropRanks);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ApiKeyFilterProxy::dropRanks);
    connect(model, &QAbstractItemModel::dataChanged, this, &ApiKeyFilterProxy::dropRanks);
    setSourceModel(model);
}

void ApiKeyFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    // A full rebuild, not invalidateRowsFilter(): that one removes and inserts the changed rows
    // range by range, which takes 300 ms when a first letter hides half of 100,000 keys. The
    // rebuild's sort compares ranks made once (ranksFor), not the keys' names again.
    invalidate();
}

void ApiKeyFilterProxy::setFilters(Filters filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    invalidate();
}

void ApiKeyFilterProxy::setNow(const QDateTime& now)
{
    m_now = now;
    m_unusedBeforeMsecs = now.addDays(-90).toMSecsSinceEpoch();
    if (m_filters & UnusedFor90Days)
        invalidate();
}

bool ApiKeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_keys)
        return true;
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
    if (!m_words.isEmpty()) {
        const QString& text = m_keys->searchTextAt(sourceRow);
        for (const QString& word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

bool ApiKeyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_keys)
        return QSortFilterProxyModel::lessThan(left, right);
    const QVector<int>& ranks = ranksFor(left.column());
    if (left.row() < ranks.size() && right.row() < ranks.size())
        return ranks.at(left.row()) < ranks.at(right.row());
    return valueLessThan(left.column(), left.row(), right.row());
}

const QVector<int>& ApiKeyFilterProxy::ranksFor(int column) const
{
    if (m_rankColumn == column && m_ranks.size() == m_keys->rowCount())
        return m_ranks;
    const int rows = m_keys->rowCount();
    QVector<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    // Stable: equal values keep the model's order, as the proxy's own sort would.
    std::stable_sort(order.begin(), order.end(), [this, column](int a, int b) { return valueLessThan(column, a, b); });
    m_ranks.resize(rows);
    for (int place = 0; place < rows; ++place)
        m_ranks[order.at(place)] = place;
    m_rankColumn = column;
    return m_ranks;
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
    case ApiKeyTableModel::CreatedBy:
        return a.createdBy.compare(b.createdBy, Qt::CaseInsensitive) < 0;
    default:
        return false;
    }
}

} // namespace podwarden
