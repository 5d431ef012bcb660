#pragma once

#include "PaperspaceAccount.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace podwarden {

// A Paperspace account's project and team secrets as a table, with the deployments that read each
// one ("used by", from their specs' secret:<name> references, the project's secret winning over
// the team's of the same name). DisplayRole is text, SortRole the raw value, ToolTipRole the exact
// time or the full list. There is no value anywhere: the service never returns one.
class PaperspaceSecretTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Scope, Created, ValueUpdated, UsedBy, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        RowIdRole,      // ScopedPaperspaceSecret::id()
        SearchTextRole, // name and the users' names, lower case
        ScopeRole       // int(PaperspaceScope)
    };

    explicit PaperspaceSecretTableModel(QObject* parent = nullptr);

    void setAccount(const QList<ScopedPaperspaceSecret>& secrets, const QList<Deployment>& deployments);
    const ScopedPaperspaceSecret& secretAt(int row) const { return m_secrets.at(row); }
    // The deployments that read the secret of this row (none for a shadowed team secret).
    const QList<Deployment>& usersAt(int row) const { return m_users.at(row); }
    bool isShadowedAt(int row) const { return m_shadowed.at(row); }
    void setNow(const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScopedPaperspaceSecret> m_secrets;
    QList<QList<Deployment>> m_users;
    QList<bool> m_shadowed;
    QDateTime m_now;
};

// A Paperspace account's deployments: name, endpoint URL, public or protected, the secret behind
// the token, last deployed, and whether a redeploy is due (a secret it reads changed after its
// last deploy) or a reference is missing.
class DeploymentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Security, TokenSecret, Status, Deployed, Endpoint, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        DeploymentIdRole,
        SearchTextRole, // name, endpoint, token secret, lower case
        NeedsRedeployRole
    };

    explicit DeploymentTableModel(QObject* parent = nullptr);

    void setAccount(const QList<Deployment>& deployments, const QList<ScopedPaperspaceSecret>& secrets);
    const Deployment& deploymentAt(int row) const { return m_deployments.at(row); }
    const QList<OutdatedReference>& outdatedAt(int row) const { return m_outdated.at(row); }
    const QStringList& missingAt(int row) const { return m_missing.at(row); }
    int rowOf(const QString& deploymentId) const; // -1 when absent
    void setNow(const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Public" / "Protected", and the status sentence of a deployment, for the dialogs as well.
    static QString securityText(const Deployment& deployment);
    static QString statusText(const Deployment& deployment, const QList<OutdatedReference>& outdated,
                              const QStringList& missing);

private:
    QList<Deployment> m_deployments;
    QList<QList<OutdatedReference>> m_outdated;
    QList<QStringList> m_missing;
    QDateTime m_now;
};

} // namespace podwarden
