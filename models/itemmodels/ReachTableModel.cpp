#include "ReachTableModel.h"

#include "Clock.h"
#include "RelativeTime.h"

namespace podwarden {

ReachTableModel::ReachTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(Clock::current().now())
{}

void ReachTableModel::setReach(QList<KeyReach> reach)
{
    beginResetModel();
    m_reach = std::move(reach);
    endResetModel();
}

void ReachTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_reach.isEmpty())
        emit dataChanged(index(0, LastUsed), index(int(m_reach.size()) - 1, LastUsed), {Qt::DisplayRole});
}

QString ReachTableModel::viaText(ReachVia via)
{
    switch (via) {
    case ReachVia::FullAccess:
        return tr("All access");
    case ReachVia::AllEndpoints:
        return tr("Every endpoint");
    case ReachVia::EndpointGrant:
        return tr("This endpoint");
    case ReachVia::CustomStatement:
        return tr("Custom statement");
    }
    return {};
}

int ReachTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reach.size());
}

int ReachTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReachTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyReach& r = m_reach.at(index.row());
    if (role == KeyIdRole)
        return r.keyId;
    if (role == SearchTextRole)
        return r.keyName.toLower();
    switch (index.column()) {
    case Key:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.legacy ? tr("%1 (legacy)").arg(r.keyName) : r.keyName;
        break;
    case Access:
        if (role == Qt::DisplayRole) {
            if (r.level == AccessLevel::None)
                return tr("Unknown");
            return r.customStatementApplies ? tr("%1, and a custom statement").arg(toDisplayString(r.level))
                                            : toDisplayString(r.level);
        }
        if (role == SortRole)
            return static_cast<int>(r.level);
        if (role == Qt::ToolTipRole) {
            if (r.level == AccessLevel::ReadWrite)
                return tr("Can run and cancel jobs, and read their status and the endpoint's health.");
            if (r.level == AccessLevel::Read)
                return tr("Can read job status and the endpoint's health, but not run jobs.");
            return tr("Only a statement Podwarden cannot read may reach this endpoint; the cloud decides.");
        }
        break;
    case How:
        if (role == Qt::DisplayRole || role == SortRole)
            return viaText(r.via);
        if (role == Qt::ToolTipRole) {
            switch (r.via) {
            case ReachVia::FullAccess:
                return tr("The key has All access: every endpoint, present and future, and the whole API.");
            case ReachVia::AllEndpoints:
                return tr("The key has a grant on every endpoint, present and future.");
            case ReachVia::EndpointGrant:
                return tr("The key has its own grant of this endpoint; it can be changed or removed here.");
            case ReachVia::CustomStatement:
                return tr("A policy statement the console cannot read may cover this endpoint.");
            }
        }
        break;
    case LastUsed:
        if (role == Qt::DisplayRole)
            return r.lastUsedAt ? relativeTime(*r.lastUsedAt, m_now) : tr("Never");
        if (role == Qt::ToolTipRole && r.lastUsedAt)
            return exactTime(*r.lastUsedAt);
        if (role == SortRole)
            return r.lastUsedAt ? *r.lastUsedAt : QDateTime();
        break;
    case State:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.enabled ? tr("Enabled") : tr("Disabled");
        if (role == Qt::ToolTipRole && !r.enabled)
            return tr("Disabled: the service refuses it (401) until it is enabled again; then it has this access.");
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ReachTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ReachTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Access:
        return tr("Access");
    case How:
        return tr("Through");
    case LastUsed:
        return tr("Last used");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace podwarden
