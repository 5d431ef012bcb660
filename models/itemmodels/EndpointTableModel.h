#pragma once

#include "Endpoint.h"
#include "EndpointHealth.h"
#include "Template.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace podwarden {

// The serverless endpoints of an account as a table: name, id, type, the workers it may have, its
// health (running and idle workers, once asked for), the template it was created from, created.
// DisplayRole is text, SortRole the raw value, ToolTipRole the details. Health is not part of the
// account: the page asks the service for the endpoints in view and hands each answer to setHealth.
class EndpointTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Id, Type, Workers, Health, TemplateName, Created, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        EndpointIdRole,
        SearchTextRole // name, id and template name, lower case
    };

    explicit EndpointTableModel(QObject* parent = nullptr);

    void setAccount(QList<Endpoint> endpoints, const QList<Template>& templates);
    void setTemplates(const QList<Template>& templates);
    const QList<Endpoint>& endpoints() const { return m_endpoints; }
    const Endpoint& endpointAt(int row) const { return m_endpoints.at(row); }
    int rowOf(const QString& endpointId) const; // -1 when absent
    void upsertEndpoint(const Endpoint& endpoint);
    void removeEndpoint(const QString& endpointId);

    // What the service said of the endpoint's health, or that it could not be asked.
    void setHealth(const QString& endpointId, const EndpointHealth& health);
    void setHealthUnavailable(const QString& endpointId, const QString& why);
    bool hasHealth(const QString& endpointId) const { return m_health.contains(endpointId); }
    void clearHealth();
    void setNow(const QDateTime& now);

    // "GPU", "CPU" or "Load balancer" (a load balancer may run on either).
    static QString typeName(const Endpoint& endpoint);
    // "0–3": the least and most workers it may have.
    static QString workersText(const Endpoint& endpoint);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct HealthState
    {
        bool known = false;
        EndpointHealth health;
        QString error; // when not known: why
    };
    void reindex();
    QString templateName(const Endpoint& endpoint) const;
    void healthChanged(const QString& endpointId);

    QList<Endpoint> m_endpoints;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_templateNames; // template id -> name
    QHash<QString, HealthState> m_health;
    QDateTime m_now;
};

} // namespace podwarden
