#include "EndpointTableModel.h"

#include "Clock.h"
#include "RelativeTime.h"

namespace podwarden {

EndpointTableModel::EndpointTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(Clock::current().now())
{}

void EndpointTableModel::reindex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_endpoints.size());
    for (int row = 0; row < m_endpoints.size(); ++row)
        m_rowOfId.insert(m_endpoints.at(row).id, row);
}

void EndpointTableModel::setAccount(QList<Endpoint> endpoints, const QList<Template>& templates)
{
    beginResetModel();
    m_endpoints = std::move(endpoints);
    reindex();
    m_templateNames.clear();
    for (const Template& t : templates)
        m_templateNames.insert(t.id, t.name);
    // Health of endpoints that are gone goes; the rest stays until asked again.
    for (auto it = m_health.begin(); it != m_health.end();) {
        if (m_rowOfId.contains(it.key()))
            ++it;
        else
            it = m_health.erase(it);
    }
    endResetModel();
}

void EndpointTableModel::setTemplates(const QList<Template>& templates)
{
    m_templateNames.clear();
    for (const Template& t : templates)
        m_templateNames.insert(t.id, t.name);
    if (!m_endpoints.isEmpty())
        emit dataChanged(index(0, TemplateName), index(int(m_endpoints.size()) - 1, TemplateName));
}

int EndpointTableModel::rowOf(const QString& endpointId) const
{
    return m_rowOfId.value(endpointId, -1);
}

void EndpointTableModel::upsertEndpoint(const Endpoint& endpoint)
{
    const int row = rowOf(endpoint.id);
    if (row >= 0) {
        m_endpoints[row] = endpoint;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_endpoints.size());
    beginInsertRows({}, at, at);
    m_endpoints.append(endpoint);
    m_rowOfId.insert(endpoint.id, at);
    endInsertRows();
}

void EndpointTableModel::removeEndpoint(const QString& endpointId)
{
    const int row = rowOf(endpointId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_endpoints.removeAt(row);
    m_health.remove(endpointId);
    reindex();
    endRemoveRows();
}

void EndpointTableModel::healthChanged(const QString& endpointId)
{
    const int row = rowOf(endpointId);
    if (row >= 0)
        emit dataChanged(index(row, Health), index(row, Health));
}

void EndpointTableModel::setHealth(const QString& endpointId, const EndpointHealth& health)
{
    m_health.insert(endpointId, HealthState{true, health, {}});
    healthChanged(endpointId);
}

void EndpointTableModel::setHealthUnavailable(const QString& endpointId, const QString& why)
{
    m_health.insert(endpointId, HealthState{false, {}, why});
    healthChanged(endpointId);
}

void EndpointTableModel::clearHealth()
{
    m_health.clear();
    if (!m_endpoints.isEmpty())
        emit dataChanged(index(0, Health), index(int(m_endpoints.size()) - 1, Health));
}

void EndpointTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_endpoints.isEmpty())
        emit dataChanged(index(0, Created), index(int(m_endpoints.size()) - 1, Created), {Qt::DisplayRole});
}

QString EndpointTableModel::typeName(const Endpoint& endpoint)
{
    if (endpoint.type == EndpointType::LoadBalancer)
        return tr("Load balancer");
    return endpoint.cpu ? tr("CPU") : tr("GPU");
}

QString EndpointTableModel::workersText(const Endpoint& endpoint)
{
    const auto number = [](const std::optional<qint64>& n) { return n ? QString::number(*n) : QStringLiteral("?"); };
    return number(endpoint.workers.min) + QStringLiteral("–") + number(endpoint.workers.max);
}

QString EndpointTableModel::templateName(const Endpoint& endpoint) const
{
    if (!endpoint.templateId)
        return {};
    return m_templateNames.value(*endpoint.templateId, *endpoint.templateId);
}

int EndpointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint& e = m_endpoints.at(index.row());
    if (role == EndpointIdRole)
        return e.id;
    if (role == SearchTextRole)
        return (e.name + QLatin1Char('\n') + e.id + QLatin1Char('\n') + templateName(e)).toLower();
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.name;
        break;
    case Id:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.id;
        break;
    case Type:
        if (role == Qt::DisplayRole || role == SortRole)
            return typeName(e);
        break;
    case Workers:
        if (role == Qt::DisplayRole)
            return workersText(e);
        if (role == SortRole)
            return e.workers.max.value_or(0) * 100000 + e.workers.min.value_or(0);
        if (role == Qt::ToolTipRole)
            return tr("At least %1 and at most %2 workers")
                .arg(e.workers.min.value_or(0))
                .arg(e.workers.max.value_or(0));
        break;
    case Health: {
        const auto it = m_health.constFind(e.id);
        if (it == m_health.constEnd()) {
            if (role == Qt::DisplayRole)
                return QStringLiteral("—");
            if (role == Qt::ToolTipRole)
                return tr("Not asked yet: health is asked for the endpoints in view while connected.");
            if (role == SortRole)
                return -1;
            break;
        }
        if (!it->known) {
            if (role == Qt::DisplayRole)
                return tr("Unknown");
            if (role == Qt::ToolTipRole)
                return it->error;
            if (role == SortRole)
                return -1;
            break;
        }
        const EndpointHealth& h = it->health;
        if (role == Qt::DisplayRole)
            return tr("%1 running · %2 idle").arg(h.workersRunning).arg(h.workersIdle);
        if (role == SortRole)
            return h.workersRunning * 100000 + h.workersIdle;
        if (role == Qt::ToolTipRole) {
            return tr("Workers: %1 running, %2 idle, %3 initializing, %4 throttled.\nJobs: %5 in queue, %6 in "
                      "progress, %7 completed, %8 failed.")
                .arg(h.workersRunning)
                .arg(h.workersIdle)
                .arg(h.workersInitializing)
                .arg(h.workersThrottled)
                .arg(h.jobsInQueue)
                .arg(h.jobsInProgress)
                .arg(h.jobsCompleted)
                .arg(h.jobsFailed);
        }
        break;
    }
    case TemplateName:
        if (role == Qt::DisplayRole || role == SortRole)
            return templateName(e);
        if (role == Qt::ToolTipRole && !e.templateId)
            return tr("The service does not say which template this endpoint was made from.");
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return relativeTime(e.createdAt, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(e.createdAt);
        if (role == SortRole)
            return e.createdAt;
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags EndpointTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case Type:
        return tr("Type");
    case Workers:
        return tr("Workers");
    case Health:
        return tr("Health");
    case TemplateName:
        return tr("Template");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace podwarden
