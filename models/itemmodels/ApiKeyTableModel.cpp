#include "ApiKeyTableModel.h"

#include "BackgroundThread.h"
#include "Clock.h"
#include "RelativeTime.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace podwarden {

ApiKeyTableModel::ApiKeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(Clock::current().now())
{}

QByteArray ApiKeyTableModel::searchTextOf(const ApiKey& key)
{
    return (key.name + QLatin1Char('\n') + key.prefix + QLatin1Char('\n') + key.createdBy).toLower().toUtf8();
}

void ApiKeyTableModel::appendSearchText(QByteArray* bytes, QList<SearchSpan>* spans, const ApiKey& key)
{
    const QByteArray text = searchTextOf(key);
    spans->append({bytes->size(), text.size()});
    bytes->append(text);
}

void ApiKeyTableModel::replaceSearchText(int row, const ApiKey& key)
{
    const QByteArray text = searchTextOf(key);
    SearchSpan& span = m_searchSpans[row];
    if (text.size() <= span.length) { // in place
        std::copy(text.cbegin(), text.cend(), m_searchBytes.begin() + span.offset);
        m_searchGarbage += span.length - text.size();
        span.length = text.size();
        return;
    }
    m_searchGarbage += span.length;
    span = {m_searchBytes.size(), text.size()};
    m_searchBytes.append(text);
    if (m_searchGarbage > m_searchBytes.size() / 2)
        compactSearchText();
}

void ApiKeyTableModel::dropSearchText(int row)
{
    m_searchGarbage += m_searchSpans.at(row).length;
    m_searchSpans.removeAt(row);
    if (m_searchGarbage > m_searchBytes.size() / 2)
        compactSearchText();
}

void ApiKeyTableModel::compactSearchText()
{
    QByteArray bytes;
    bytes.reserve(m_searchBytes.size() - m_searchGarbage);
    for (SearchSpan& span : m_searchSpans) {
        const qsizetype offset = bytes.size();
        bytes.append(m_searchBytes.constData() + span.offset, span.length);
        span.offset = offset;
    }
    m_searchBytes = std::move(bytes);
    m_searchGarbage = 0;
}

ApiKeyTableModel::Times ApiKeyTableModel::timesOf(const ApiKey& key)
{
    return {key.createdAt.toMSecsSinceEpoch(), key.lastUsedAt ? key.lastUsedAt->toMSecsSinceEpoch() : -1,
            key.expiresAt ? key.expiresAt->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max()};
}

void ApiKeyTableModel::indexKeys(const QList<ApiKey>& keys, QHash<QString, int>* rowOfId,
                                 QHash<QString, QString>* successorOf)
{
    rowOfId->clear();
    rowOfId->reserve(keys.size());
    successorOf->clear();
    for (int row = 0; row < keys.size(); ++row) {
        rowOfId->insert(keys.at(row).id, row);
        if (!keys.at(row).rolledFrom.isEmpty())
            successorOf->insert(keys.at(row).rolledFrom, keys.at(row).id);
    }
}

void ApiKeyTableModel::reindex()
{
    indexKeys(m_keys, &m_rowOfId, &m_successorOf);
}

QString ApiKeyTableModel::rollText(const ApiKey& key) const
{
    // While both live: the old key points to its successor, the new one to the key it replaces.
    if (const QString next = m_successorOf.value(key.id); !next.isEmpty() && m_rowOfId.contains(next))
        return tr("rolled → %1").arg(m_keys.at(m_rowOfId.value(next)).name);
    if (!key.rolledFrom.isEmpty() && m_rowOfId.contains(key.rolledFrom))
        return tr("replaces %1").arg(m_keys.at(m_rowOfId.value(key.rolledFrom)).name);
    return {};
}

QString ApiKeyTableModel::successorOf(const QString& keyId) const
{
    const QString next = m_successorOf.value(keyId);
    return m_rowOfId.contains(next) ? next : QString();
}

ApiKeyTableModel::Prepared ApiKeyTableModel::prepare(QList<ApiKey> keys)
{
    Prepared out;
    out.keys = std::move(keys);
    out.searchSpans.reserve(out.keys.size());
    out.searchBytes.reserve(out.keys.size() * 48); // a name, a prefix and an address, about
    out.times.reserve(out.keys.size());
    for (const ApiKey& key : std::as_const(out.keys)) {
        appendSearchText(&out.searchBytes, &out.searchSpans, key);
        out.times.append(timesOf(key));
    }
    out.searchBytes.squeeze();
    indexKeys(out.keys, &out.rowOfId, &out.successorOf);
    return out;
}

void ApiKeyTableModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    // The rows replaced are freed on a worker when there are many: 100,000 keys' strings take
    // some 20 ms to give back.
    Prepared old{std::move(m_keys),  std::move(m_searchBytes), std::move(m_searchSpans),
                 std::move(m_times), std::move(m_rowOfId),     std::move(m_successorOf)};
    if (old.keys.size() >= 10000)
        QThreadPool::globalInstance()->start([gone = std::move(old)]() mutable {
            runAsBackgroundThread();
            gone = {};
        });
    m_keys = std::move(prepared.keys);
    m_searchBytes = std::move(prepared.searchBytes);
    m_searchSpans = std::move(prepared.searchSpans);
    m_searchGarbage = 0;
    m_times = std::move(prepared.times);
    m_rowOfId = std::move(prepared.rowOfId);
    m_successorOf = std::move(prepared.successorOf);
    m_pending.clear();
    endResetModel();
}

int ApiKeyTableModel::rowOf(const QString& keyId) const
{
    return m_rowOfId.value(keyId, -1);
}

void ApiKeyTableModel::upsertKey(const ApiKey& key)
{
    const int row = rowOf(key.id);
    if (row >= 0) {
        m_keys[row] = key;
        replaceSearchText(row, key);
        m_times[row] = timesOf(key);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_keys.size());
    beginInsertRows({}, at, at);
    m_keys.append(key);
    appendSearchText(&m_searchBytes, &m_searchSpans, key);
    m_times.append(timesOf(key));
    m_rowOfId.insert(key.id, at);
    endInsertRows();
    if (!key.rolledFrom.isEmpty()) {
        m_successorOf.insert(key.rolledFrom, key.id);
        if (const int old = rowOf(key.rolledFrom); old >= 0)
            emit dataChanged(index(old, Name), index(old, Name));
    }
}

void ApiKeyTableModel::removeKey(const QString& keyId)
{
    const int row = rowOf(keyId);
    if (row < 0)
        return;
    const bool linked = !m_keys.at(row).rolledFrom.isEmpty() || m_successorOf.contains(keyId);
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    dropSearchText(row);
    m_times.removeAt(row);
    m_pending.remove(keyId);
    reindex();
    endRemoveRows();
    if (linked && !m_keys.isEmpty()) // the other key of a roll loses its mark
        emit dataChanged(index(0, Name), index(int(m_keys.size()) - 1, Name));
}

void ApiKeyTableModel::setEnabledLocally(const QString& keyId, bool enabled)
{
    const int row = rowOf(keyId);
    if (row < 0)
        return;
    m_keys[row].enabled = enabled;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ApiKeyTableModel::setPending(const QString& keyId, bool pending)
{
    const int row = rowOf(keyId);
    if (pending)
        m_pending.insert(keyId);
    else
        m_pending.remove(keyId);
    if (row >= 0)
        emit dataChanged(index(row, Enabled), index(row, Enabled), {PendingRole, Qt::DisplayRole});
}

void ApiKeyTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, Created), index(int(m_keys.size()) - 1, LastUsed), {Qt::DisplayRole});
}

int ApiKeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey& key = m_keys.at(index.row());
    if (role == KeyIdRole)
        return key.id;
    if (role == PendingRole)
        return m_pending.contains(key.id);
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole) {
            const QString roll = rollText(key);
            return roll.isEmpty() ? key.name : key.name + QStringLiteral("  (") + roll + QLatin1Char(')');
        }
        if (role == SortRole)
            return key.name;
        if (role == Qt::ToolTipRole && key.legacy)
            return tr("A legacy key, made before scoped keys existed: it can only be enabled or disabled.");
        break;
    case Prefix:
        if (role == Qt::DisplayRole)
            return key.prefix.isEmpty() ? QString() : key.prefix + QStringLiteral("…");
        if (role == SortRole)
            return key.prefix;
        break;
    case Access:
        if (role == Qt::DisplayRole || role == SortRole)
            return key.legacy ? tr("Legacy · %1").arg(key.policy.summary()) : key.policy.summary();
        if (role == Qt::ToolTipRole) {
            // The whole summary, for when the column cuts it short.
            const QString summary = key.legacy ? tr("Legacy · %1").arg(key.policy.summary()) : key.policy.summary();
            return key.policy.canWriteApi()
                       ? summary + QLatin1Char('\n') + tr("Can change the account through the API (GraphQL and REST).")
                       : summary;
        }
        break;
    case Enabled:
        if (role == Qt::CheckStateRole)
            return key.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return key.enabled;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return m_pending.contains(key.id) ? tr("Saving…") : key.enabled ? tr("Enabled") : tr("Disabled");
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return relativeTime(key.createdAt, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(key.createdAt);
        if (role == SortRole)
            return key.createdAt;
        break;
    case LastUsed:
        if (role == Qt::DisplayRole)
            return key.lastUsedAt ? relativeTime(*key.lastUsedAt, m_now) : tr("Never");
        if (role == Qt::ToolTipRole)
            return key.lastUsedAt ? exactTime(*key.lastUsedAt) : tr("This key has never been used.");
        if (role == SortRole)
            return key.lastUsedAt ? *key.lastUsedAt : QDateTime();
        break;
    case Expires:
        if (role == Qt::DisplayRole)
            return expiryTime(key.expiresAt, m_now);
        if (role == Qt::ToolTipRole)
            return !key.expiresAt ? tr("This key does not expire.")
                   : key.isExpired(m_now)
                       ? tr("Expired %1. The service refuses it; it stays in the list until it is revoked.")
                             .arg(exactTime(*key.expiresAt))
                       : tr("Expires %1.").arg(exactTime(*key.expiresAt));
        if (role == SortRole)
            return key.expiresAt ? *key.expiresAt : QDateTime();
        break;
    case CreatedBy:
        if (role == Qt::DisplayRole || role == SortRole)
            return key.createdBy;
        break;
    default:
        break;
    }
    return {};
}

bool ApiKeyTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    const ApiKey& key = m_keys.at(index.row());
    const bool wanted = value.value<Qt::CheckState>() == Qt::Checked;
    if (wanted == key.enabled || m_pending.contains(key.id))
        return false;
    // A request, not a change: the page confirms it first.
    emit enabledChangeRequested(key.id, wanted);
    return false;
}

Qt::ItemFlags ApiKeyTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Prefix:
        return tr("Prefix");
    case Access:
        return tr("Access");
    case Enabled:
        return tr("Enabled");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Expires:
        return tr("Expires");
    case CreatedBy:
        return tr("Created by");
    default:
        return {};
    }
}

} // namespace podwarden
