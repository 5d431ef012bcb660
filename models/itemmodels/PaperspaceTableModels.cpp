#include "PaperspaceTableModels.h"

#include "RelativeTime.h"

#include <QLocale>

namespace podwarden {

// ---- Secrets

PaperspaceSecretTableModel::PaperspaceSecretTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PaperspaceSecretTableModel::setAccount(const QList<ScopedPaperspaceSecret>& secrets,
                                            const QList<Deployment>& deployments)
{
    beginResetModel();
    m_secrets = secrets;
    m_users.clear();
    m_shadowed.clear();
    const PaperspaceAccount account(deployments, m_secrets);
    for (const ScopedPaperspaceSecret& s : m_secrets) {
        m_users.append(account.usersOf(s.scope, s.secret.name));
        m_shadowed.append(account.isShadowed(s));
    }
    endResetModel();
}

void PaperspaceSecretTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_secrets.isEmpty())
        emit dataChanged(index(0, Created), index(int(m_secrets.size()) - 1, ValueUpdated), {Qt::DisplayRole});
}

int PaperspaceSecretTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_secrets.size());
}

int PaperspaceSecretTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QStringList namesOf(const QList<Deployment>& deployments)
{
    QStringList names;
    for (const Deployment& d : deployments)
        names << d.name;
    return names;
}

} // namespace

QVariant PaperspaceSecretTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScopedPaperspaceSecret& s = m_secrets.at(index.row());
    const QList<Deployment>& users = m_users.at(index.row());
    if (role == RowIdRole)
        return s.id();
    if (role == ScopeRole)
        return int(s.scope);
    if (role == SearchTextRole)
        return (s.secret.name + QLatin1Char('\n') + namesOf(users).join(QLatin1Char('\n'))).toLower();
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.secret.name;
        if (role == Qt::ToolTipRole)
            return tr("Referenced in a deployment spec as %1").arg(PaperspaceSecrets::reference(s.secret.name));
        break;
    case Scope:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.scope == PaperspaceScope::Project ? tr("Project") : tr("Team");
        if (role == Qt::ToolTipRole)
            return s.scope == PaperspaceScope::Project
                       ? tr("A project secret: only this project's deployments read it.")
                       : tr("A team secret: every project of the team can read it, unless the project has a secret "
                            "of the same name.");
        break;
    case Created:
        if (role == Qt::DisplayRole)
            return relativeTime(s.secret.dtCreated, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(s.secret.dtCreated);
        if (role == SortRole)
            return s.secret.dtCreated;
        break;
    case ValueUpdated:
        if (role == Qt::DisplayRole)
            return relativeTime(s.secret.dtModified, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(s.secret.dtModified);
        if (role == SortRole)
            return s.secret.dtModified;
        break;
    case UsedBy:
        if (role == Qt::DisplayRole) {
            if (m_shadowed.at(index.row()))
                return tr("Hidden by the project's %1").arg(s.secret.name);
            if (users.isEmpty())
                return tr("No deployment");
            if (users.size() <= 2)
                return namesOf(users).join(QStringLiteral(", "));
            return tr("%1 and %n more", nullptr, int(users.size()) - 1).arg(users.first().name);
        }
        if (role == SortRole)
            return int(users.size());
        if (role == Qt::ToolTipRole) {
            if (m_shadowed.at(index.row()))
                return tr("The project has a secret of the same name, and a project's secret wins: no deployment of "
                          "this project reads this one.");
            if (!users.isEmpty())
                return namesOf(users).join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags PaperspaceSecretTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant PaperspaceSecretTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Scope:
        return tr("Scope");
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

// ---- Deployments

DeploymentTableModel::DeploymentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DeploymentTableModel::setAccount(const QList<Deployment>& deployments,
                                      const QList<ScopedPaperspaceSecret>& secrets)
{
    beginResetModel();
    m_deployments = deployments;
    m_outdated.clear();
    m_missing.clear();
    const PaperspaceAccount account(m_deployments, secrets);
    for (const Deployment& d : m_deployments) {
        m_outdated.append(account.outdatedReferences(d));
        m_missing.append(account.missingReferences(d));
    }
    endResetModel();
}

int DeploymentTableModel::rowOf(const QString& deploymentId) const
{
    for (int row = 0; row < m_deployments.size(); ++row) {
        if (m_deployments.at(row).id == deploymentId)
            return row;
    }
    return -1;
}

void DeploymentTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_deployments.isEmpty())
        emit dataChanged(index(0, Deployed), index(int(m_deployments.size()) - 1, Deployed), {Qt::DisplayRole});
}

int DeploymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int DeploymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentTableModel::securityText(const Deployment& deployment)
{
    return deployment.isProtected() ? tr("Protected") : tr("Public");
}

QString DeploymentTableModel::statusText(const Deployment& deployment, const QList<OutdatedReference>& outdated,
                                         const QStringList& missing)
{
    if (!deployment.latestSpec.data.enabled)
        return tr("Disabled: not running");
    if (!missing.isEmpty())
        return tr("Missing secret: %1").arg(missing.join(QStringLiteral(", ")));
    const bool token =
        std::any_of(outdated.begin(), outdated.end(), [](const OutdatedReference& r) { return r.isToken; });
    if (token)
        return tr("Redeploy: still accepts the old token");
    if (!outdated.isEmpty())
        return tr("Redeploy: runs old secret values");
    return tr("Up to date");
}

QVariant DeploymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment& d = m_deployments.at(index.row());
    const QList<OutdatedReference>& outdated = m_outdated.at(index.row());
    const QStringList& missing = m_missing.at(index.row());
    const std::optional<QString> token =
        d.basicAuthKey ? PaperspaceSecrets::referenceName(*d.basicAuthKey) : std::nullopt;
    if (role == DeploymentIdRole)
        return d.id;
    if (role == NeedsRedeployRole)
        return !outdated.isEmpty();
    if (role == SearchTextRole)
        return (d.name + QLatin1Char('\n') + d.endpoint + QLatin1Char('\n') + token.value_or(QString())).toLower();
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return d.name;
        if (role == Qt::ToolTipRole)
            return d.latestSpec.data.image;
        break;
    case Endpoint:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return d.endpoint;
        break;
    case Security:
        if (role == Qt::DisplayRole || role == SortRole)
            return securityText(d);
        if (role == Qt::ToolTipRole)
            return d.isProtected() ? tr("Calls need the header Authorization: Basic, user paperspace, password the "
                                        "value of the secret.")
                                   : tr("Anyone who knows the endpoint URL can call it.");
        break;
    case TokenSecret:
        if (role == Qt::DisplayRole || role == SortRole)
            return token.value_or(QString());
        break;
    case Deployed:
        if (role == Qt::DisplayRole)
            return relativeTime(d.latestSpec.dtCreated, m_now);
        if (role == Qt::ToolTipRole)
            return exactTime(d.latestSpec.dtCreated);
        if (role == SortRole)
            return d.latestSpec.dtCreated;
        break;
    case Status:
        if (role == Qt::DisplayRole || role == SortRole)
            return statusText(d, outdated, missing);
        if (role == Qt::ToolTipRole && !outdated.isEmpty()) {
            QStringList lines;
            for (const OutdatedReference& r : outdated) {
                lines << (r.isToken ? tr("%1 (the token) changed %2, after the last deploy %3")
                                    : tr("%1 changed %2, after the last deploy %3"))
                             .arg(r.secretName, exactTime(r.changedAt), exactTime(r.deployedAt));
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags DeploymentTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Endpoint:
        return tr("Endpoint URL");
    case Security:
        return tr("Access");
    case TokenSecret:
        return tr("Token secret");
    case Deployed:
        return tr("Last deployed");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace podwarden
