#include "EndpointAccessModel.h"

#include <utility>

namespace podwarden {

namespace {

bool isLevel(int value)
{
    return value >= static_cast<int>(AccessLevel::None) && value <= static_cast<int>(AccessLevel::ReadWrite);
}

QString detailsOf(const Endpoint& endpoint)
{
    QStringList parts;
    if (endpoint.type)
        parts << (*endpoint.type == EndpointType::Queue ? EndpointAccessModel::tr("Queue endpoint")
                                                        : EndpointAccessModel::tr("Load-balancing endpoint"));
    if (endpoint.gpu && !endpoint.gpu->pools.isEmpty())
        parts << EndpointAccessModel::tr("GPU: %1").arg(endpoint.gpu->pools.join(QStringLiteral(", ")));
    else if (endpoint.cpu && !endpoint.cpu->isEmpty())
        parts << EndpointAccessModel::tr("CPU");
    return parts.join(QLatin1Char('\n'));
}

} // namespace

EndpointAccessModel::EndpointAccessModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EndpointAccessModel::setEndpoints(QList<Endpoint> endpoints)
{
    QList<Row> found;
    found.reserve(endpoints.size());
    for (const Endpoint& endpoint : std::as_const(endpoints))
        found.append(Row{endpoint.id, endpoint.name, detailsOf(endpoint), false, AccessLevel::None});
    rebuild(std::move(found), levels());
}

void EndpointAccessModel::setLevels(const QMap<QString, AccessLevel>& levels)
{
    QList<Row> found;
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.notFound)
            found.append(row);
    }
    rebuild(std::move(found), levels);
}

void EndpointAccessModel::rebuild(QList<Row> found, const QMap<QString, AccessLevel>& levels)
{
    const QMap<QString, AccessLevel> before = this->levels();
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    for (Row& r : found) {
        // One row per id: two rows of one endpoint could disagree about its level.
        if (m_rowOfId.contains(r.id))
            continue;
        r.level = levels.value(r.id, AccessLevel::None);
        m_rowOfId.insert(r.id, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(r));
    }
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        if (it.value() == AccessLevel::None || m_rowOfId.contains(it.key()))
            continue;
        m_rowOfId.insert(it.key(), static_cast<int>(m_rows.size()));
        m_rows.append(Row{it.key(), it.key(), QString(), true, it.value()});
    }
    endResetModel();
    if (this->levels() != before)
        emit levelsChanged();
}

QMap<QString, AccessLevel> EndpointAccessModel::levels() const
{
    QMap<QString, AccessLevel> out;
    for (const Row& row : m_rows) {
        if (row.level != AccessLevel::None)
            out.insert(row.id, row.level);
    }
    return out;
}

AccessLevel EndpointAccessModel::levelAt(int row) const
{
    return m_rows.at(row).level;
}

QString EndpointAccessModel::endpointIdAt(int row) const
{
    return m_rows.at(row).id;
}

bool EndpointAccessModel::isNotFound(int row) const
{
    return m_rows.at(row).notFound;
}

int EndpointAccessModel::rowOf(const QString& endpointId) const
{
    return m_rowOfId.value(endpointId, -1);
}

bool EndpointAccessModel::applyLevel(int row, AccessLevel level)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).level == level)
        return false;
    m_rows[row].level = level;
    emit dataChanged(index(row, Access), index(row, Access));
    return true;
}

void EndpointAccessModel::setLevel(int row, AccessLevel level)
{
    if (applyLevel(row, level))
        emit levelsChanged();
}

void EndpointAccessModel::setLevelOfRows(const QList<int>& rows, AccessLevel level)
{
    bool changed = false;
    for (int row : rows)
        changed = applyLevel(row, level) || changed;
    if (changed)
        emit levelsChanged();
}

int EndpointAccessModel::grantedCount() const
{
    return static_cast<int>(m_rows.size()) - countAt(AccessLevel::None);
}

int EndpointAccessModel::countAt(AccessLevel level) const
{
    int n = 0;
    for (const Row& row : m_rows)
        n += row.level == level ? 1 : 0;
    return n;
}

int EndpointAccessModel::notFoundCount() const
{
    int n = 0;
    for (const Row& row : m_rows)
        n += row.notFound ? 1 : 0;
    return n;
}

int EndpointAccessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EndpointAccessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointAccessModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case EndpointIdRole:
        return row.id;
    case NotFoundRole:
        return row.notFound;
    case AccessLevelRole:
        return static_cast<int>(row.level);
    case SearchTextRole:
        return row.notFound ? row.id : row.name + QLatin1Char('\n') + row.id;
    default:
        break;
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return row.notFound ? tr("%1 (not found)").arg(row.id) : row.name;
        if (role == SortRole)
            return row.notFound ? row.id : row.name;
        if (role == Qt::ToolTipRole) {
            if (row.notFound)
                return tr("The key's policy names this endpoint, but the account does not list it: it was deleted, "
                          "or is not loaded yet. Its access is kept unless you change it.");
            return row.details.isEmpty() ? QVariant() : QVariant(row.details);
        }
        break;
    case Id:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.id;
        break;
    case Access:
        if (role == Qt::DisplayRole)
            return toDisplayString(row.level);
        if (role == Qt::EditRole || role == SortRole)
            return static_cast<int>(row.level);
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %2").arg(row.notFound ? row.id : row.name, toDisplayString(row.level));
        break;
    default:
        break;
    }
    return {};
}

bool EndpointAccessModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() != Access || (role != Qt::EditRole && role != AccessLevelRole))
        return false;
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || !isLevel(level))
        return false;
    setLevel(index.row(), static_cast<AccessLevel>(level));
    return true;
}

Qt::ItemFlags EndpointAccessModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Access)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EndpointAccessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Endpoint");
    case Id:
        return tr("ID");
    case Access:
        return tr("Access");
    default:
        break;
    }
    return {};
}

} // namespace podwarden
