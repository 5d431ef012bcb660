#pragma once

#include "ApiKey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <limits>

namespace podwarden {

// The API keys of an account as a table. DisplayRole is text ("3 days ago"), SortRole the raw
// value (a QDateTime, a bool), CheckStateRole the enabled state, ToolTipRole the exact time.
// setData(CheckStateRole) changes nothing by itself: it asks, through enabledChangeRequested, and
// the page confirms, applies the change at once (setEnabledLocally) and rolls it back if the
// service refuses.
class ApiKeyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Prefix, Access, Enabled, Created, LastUsed, Expires, CreatedBy, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyIdRole, PendingRole };

    explicit ApiKeyTableModel(QObject* parent = nullptr);

    struct SearchSpan
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct Times
    {
        qint64 created = 0;
        qint64 lastUsed = -1;
        qint64 expires = std::numeric_limits<qint64>::max();
    };
    // What the model works out from a list of keys: every row's search text and times, and the
    // index by id. A pure function of the list, so that a large account's can be made on a worker
    // thread (prepare()) and put in on the GUI thread in one step (setPrepared()).
    struct Prepared
    {
        QList<ApiKey> keys;
        QByteArray searchBytes;
        QList<SearchSpan> searchSpans;
        QList<Times> times;
        QHash<QString, int> rowOfId;
        QHash<QString, QString> successorOf;
    };
    static Prepared prepare(QList<ApiKey> keys); // thread-safe
    void setPrepared(Prepared prepared);
    void setKeys(QList<ApiKey> keys) { setPrepared(prepare(std::move(keys))); }
    const QList<ApiKey>& keys() const { return m_keys; }
    const ApiKey& keyAt(int row) const { return m_keys.at(row); }
    // Lower-case name, prefix and creator of a row as UTF-8, for the search box: a byte search is
    // several times faster than a UTF-16 one and finds the same (UTF-8 is self-synchronising).
    QByteArrayView searchTextAt(int row) const
    {
        const SearchSpan span = m_searchSpans.at(row);
        return QByteArrayView(m_searchBytes.constData() + span.offset, span.length);
    }
    // The times as milliseconds since the epoch (-1: never used), for sorting without QDateTime.
    qint64 createdMsecsAt(int row) const { return m_times.at(row).created; }
    qint64 lastUsedMsecsAt(int row) const { return m_times.at(row).lastUsed; }
    // When the key expires (the largest qint64: never), for sorting and the expiry filter.
    qint64 expiresMsecsAt(int row) const { return m_times.at(row).expires; }
    int rowOf(const QString& keyId) const; // -1 when absent
    // A roll under way: "rolled → new" on the old key, "replaces old" on the new one, while both
    // are in the list; empty otherwise. successorOf: the id of the key that replaces this one.
    QString rollText(const ApiKey& key) const;
    QString successorOf(const QString& keyId) const;
    void upsertKey(const ApiKey& key); // replaces by id, or appends
    void removeKey(const QString& keyId);
    // The optimistic change of a toggle: shown at once, marked pending until setPending(false).
    void setEnabledLocally(const QString& keyId, bool enabled);
    void setPending(const QString& keyId, bool pending);

    // "Now" for relative times; tests fix it, the page moves it on once a minute.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void enabledChangeRequested(const QString& keyId, bool enabled);

private:
    void reindex();
    static void indexKeys(const QList<ApiKey>& keys, QHash<QString, int>* rowOfId,
                          QHash<QString, QString>* successorOf);
    static QByteArray searchTextOf(const ApiKey& key);
    static Times timesOf(const ApiKey& key);

    QList<ApiKey> m_keys;
    // Every row's search text (lower-case UTF-8) in one buffer: 100,000 small arrays cost a header
    // and a heap block each. A changed row's text is appended and the old one left as garbage,
    // compacted once it is half the buffer.
    static void appendSearchText(QByteArray* bytes, QList<SearchSpan>* spans, const ApiKey& key);
    void replaceSearchText(int row, const ApiKey& key);
    void dropSearchText(int row);
    void compactSearchText();
    QByteArray m_searchBytes;
    QList<SearchSpan> m_searchSpans;
    qsizetype m_searchGarbage = 0;
    QList<Times> m_times;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_successorOf; // old key id -> the id of the key rolled from it
    QSet<QString> m_pending;
    QDateTime m_now;
};

} // namespace podwarden
