#include "SecretTableModel.h"

#include "Clock.h"
#include "RelativeTime.h"
#include "SecretReference.h"

namespace podwarden {

SecretTableModel::SecretTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(Clock::current().now())
{}

void SecretTableModel::reindex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_secrets.size());
    for (int row = 0; row < m_secrets.size(); ++row)
        m_rowOfId.insert(m_secrets.at(row).id, row);
}

void SecretTableModel::setAccount(QList<Secret> secrets, const QList<Template>& templates)
{
    beginResetModel();
    m_secrets = std::move(secrets);
    reindex();
    rebuildUsedBy(templates);
    endResetModel();
}

void SecretTableModel::setTemplates(const QList<Template>& templates)
{
    rebuildUsedBy(templates);
    if (!m_secrets.isEmpty())
        emit dataChanged(index(0, UsedBy), index(int(m_secrets.size()) - 1, UsedBy));
}

void SecretTableModel::rebuildUsedBy(const QList<Template>& templates)
{
    m_usedBy.clear();
    for (const Template& t : templates) {
        for (const QString& name : SecretReference::namesIn(t.env))
            m_usedBy[name].append(t.name);
    }
    for (QStringList& names : m_usedBy)
        names.sort(Qt::CaseInsensitive);
}

int SecretTableModel::rowOf(const QString& secretId) const
{
    return m_rowOfId.value(secretId, -1);
}

void SecretTableModel::upsertSecret(const Secret& secret)
{
    const int row = rowOf(secret.id);
    if (row >= 0) {
        m_secrets[row] = secret;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_secrets.size());
    beginInsertRows({}, at, at);
    m_secrets.append(secret);
    m_rowOfId.insert(secret.id, at);
    endInsertRows();
}

void SecretTableModel::removeSecret(const QString& secretId)
{
    const int row = rowOf(secretId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_secrets.removeAt(row);
    reindex();
    endRemoveRows();
}

void SecretTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_secrets.isEmpty())
        emit dataChanged(index(0, Created), index(int(m_secrets.size()) - 1, ValueUpdated), {Qt::DisplayRole});
}

int SecretTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_secrets.size());
}

int SecretTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Secret& secret = m_secrets.at(index.row());
    if (role == SecretIdRole)
        return secret.id;
    if (role == SearchTextRole)
        return (secret.name + QLatin1Char('\n') + secret.description).toLower();
    const QStringList users = m_usedBy.value(secret.name);
    if (role == UsedByRole)
        return users;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return secret.name;
        if (role == Qt::ToolTipRole)
            return tr("Referenced in env values as %1").arg(SecretReference::format(secret.name));
        break;
    case Description:
        if (role == Qt::DisplayRole)
            return secret.description.section(QLatin1Char('\n'), 0, 0); // one line in the table
        if (role == SortRole)
            return secret.description;
        if (role == Qt::ToolTipRole && !secret.description.isEmpty())
            return secret.description;
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return relativeTime(secret.createdAt, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(secret.createdAt);
        if (role == SortRole)
            return secret.createdAt;
        break;
    case ValueUpdated:
        if (role == Qt::DisplayRole)
            return relativeTime(secret.valueLastUpdatedAt, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(secret.valueLastUpdatedAt);
        if (role == SortRole)
            return secret.valueLastUpdatedAt;
        break;
    case UsedBy:
        if (role == Qt::DisplayRole) {
            if (users.isEmpty())
                return tr("No template");
            if (users.size() <= 2)
                return users.join(QStringLiteral(", "));
            return tr("%1 and %n more", nullptr, int(users.size()) - 1).arg(users.first());
        }
        if (role == SortRole)
            return int(users.size());
        if (role == Qt::ToolTipRole && !users.isEmpty())
            return users.join(QLatin1Char('\n'));
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags SecretTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant SecretTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created");
    case ValueUpdated:
        return tr("Value updated");
    case UsedBy:
        return tr("Used by");
    default:
        return {};
    }
}

} // namespace podwarden
