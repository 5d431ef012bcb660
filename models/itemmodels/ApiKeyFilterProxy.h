#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace podwarden {

class ApiKeyTableModel;

// Search and filters over an ApiKeyTableModel, sorting by the real values. Reads the source's keys
// directly rather than through data(), so that 100,000 keys sort and filter within a frame.
class ApiKeyFilterProxy final : public QSortFilterProxyModel
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
        ApiWrite = 1 << 4         // can change the account through the API
    };
    Q_DECLARE_FLAGS(Filters, Filter)
    Q_FLAG(Filters)

    explicit ApiKeyFilterProxy(QObject* parent = nullptr);

    void setKeyModel(ApiKeyTableModel* model);
    // Matches name, prefix and creator, case-insensitively; every word must match.
    void setSearchText(const QString& text);
    void setFilters(Filters filters);
    Filters filters() const { return m_filters; }
    void setNow(const QDateTime& now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    // The comparison of two keys' values in `column` (the real order).
    bool valueLessThan(int column, int leftRow, int rightRow) const;
    // Each source row's place in the order of `column`, made once per column and data change, so
    // that a keystroke's re-sort compares two integers instead of two names (issue 16).
    const QVector<int>& ranksFor(int column) const;
    void dropRanks() { m_rankColumn = -1; }

    ApiKeyTableModel* m_keys = nullptr;
    mutable QVector<int> m_ranks;
    mutable int m_rankColumn = -1;
    QStringList m_words;
    Filters m_filters = NoFilter;
    QDateTime m_now;
    qint64 m_unusedBeforeMsecs = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ApiKeyFilterProxy::Filters)

} // namespace podwarden
