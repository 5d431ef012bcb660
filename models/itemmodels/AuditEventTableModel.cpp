#include "AuditEventTableModel.h"

#include "JsonReader.h"

#include "Clock.h"
#include "RelativeTime.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

namespace podwarden {

AuditEventTableModel::AuditEventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(Clock::current().now())
{}

void AuditEventTableModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_ids.clear();
    endResetModel();
}

void AuditEventTableModel::append(const QList<AuditEvent>& events)
{
    QList<AuditEvent> fresh;
    for (const AuditEvent& e : events) {
        if (!m_ids.contains(e.id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const AuditEvent& e : std::as_const(fresh)) {
        m_ids.insert(e.id);
        m_events.append(e);
    }
    endInsertRows();
}

void AuditEventTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, When), index(int(m_events.size()) - 1, When), {Qt::DisplayRole});
}

QString AuditEventTableModel::resourceKindText(ResourceType type)
{
    switch (type) {
    case ResourceType::ApiKey:
        return tr("API key");
    case ResourceType::Secret:
        return tr("Secret");
    case ResourceType::Template:
        return tr("Template");
    case ResourceType::Endpoint:
        return tr("Endpoint");
    case ResourceType::Pod:
        return tr("Pod");
    }
    return {};
}

namespace {

QString shortValue(const QJsonValue& value)
{
    if (value.isString()) {
        // A time (an expiry, say) reads in the user's locale and time zone, not as RFC 3339.
        const QString text = value.toString();
        if (text.size() >= 20 && text.at(10) == QLatin1Char('T')) {
            if (const auto at = parseTimestamp(text))
                return QLocale().toString(at->toLocalTime(), QLocale::ShortFormat);
        }
        return text;
    }
    if (value.isBool())
        return value.toBool() ? AuditEventTableModel::tr("yes") : AuditEventTableModel::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return AuditEventTableModel::tr("none");
    if (value.isArray()) {
        // A short list of names reads as itself ("env, image"); a long one, or one of objects, as a count.
        const QJsonArray array = value.toArray();
        QStringList names;
        for (const QJsonValue& item : array) {
            if (!item.isString() || names.size() == 3)
                return AuditEventTableModel::tr("%n item(s)", nullptr, int(array.size()));
            names << item.toString();
        }
        return names.isEmpty() ? AuditEventTableModel::tr("none") : names.join(QStringLiteral(", "));
    }
    return AuditEventTableModel::tr("…");
}

} // namespace

QString AuditEventTableModel::detailsText(const AuditEvent& event)
{
    if (!event.changes)
        return {};
    QStringList parts;
    const QJsonObject& changes = *event.changes;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue v = it.value();
        // {"field": {"from": a, "to": b}} reads as "field: a → b"; anything else as "field: value".
        if (v.isObject() &&
            (v.toObject().contains(QStringLiteral("from")) || v.toObject().contains(QStringLiteral("to")))) {
            const QJsonObject change = v.toObject();
            parts << tr("%1: %2 → %3")
                         .arg(it.key(), shortValue(change.value(QStringLiteral("from"))),
                              shortValue(change.value(QStringLiteral("to"))));
        } else {
            parts << tr("%1: %2").arg(it.key(), shortValue(v));
        }
    }
    return parts.join(QStringLiteral("; "));
}

int AuditEventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditEventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent& e = m_events.at(index.row());
    switch (index.column()) {
    case When:
        if (role == Qt::DisplayRole)
            return relativeTime(e.at, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(e.at);
        if (role == SortRole)
            return e.at;
        break;
    case Action:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.actionText();
        if (role == Qt::ToolTipRole)
            return e.describe();
        break;
    case ResourceKind:
        if (role == Qt::DisplayRole || role == SortRole)
            return resourceKindText(e.resourceType);
        break;
    case Resource:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.resourceName.isEmpty() ? e.resourceId : e.resourceName;
        if (role == Qt::ToolTipRole)
            return e.resourceId;
        break;
    case Actor:
        if (role == Qt::DisplayRole || role == SortRole)
            return !e.actor.user.isEmpty() ? e.actor.user : e.actor.keyName;
        if (role == Qt::ToolTipRole && !e.actor.keyName.isEmpty())
            return tr("With the key %1").arg(e.actor.keyName);
        break;
    case Details:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return detailsText(e);
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags AuditEventTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant AuditEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Action:
        return tr("Action");
    case ResourceKind:
        return tr("Kind");
    case Resource:
        return tr("Resource");
    case Actor:
        return tr("By");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace podwarden
