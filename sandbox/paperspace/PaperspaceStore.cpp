#include "PaperspaceStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

Q_LOGGING_CATEGORY(lcPaperspaceStore, "podwarden.sandbox.paperspace.store", QtInfoMsg)

namespace podwarden::sandbox {

QString toWireString(SecretScope scope)
{
    return scope == SecretScope::Project ? QStringLiteral("project") : QStringLiteral("team");
}

namespace {

const QString kDeploymentSelect =
    QStringLiteral("SELECT d.id, d.project_id, d.name, d.created_at, d.auth_digest, s.id, s.created_at, s.data "
                   "FROM pp_deployments d JOIN pp_specs s ON s.id = d.latest_spec_id");

QDateTime fromMs(const QVariant& v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

DeploymentSpec specFromText(const QByteArray& text)
{
    // Written by the service from a decoded spec, so it decodes; a damaged row shows as an empty spec.
    auto spec = DeploymentSpec::fromJson(QJsonDocument::fromJson(text).object());
    return spec ? std::move(spec).value() : DeploymentSpec();
}

StoredDeployment deploymentFromRow(const QSqlQuery& q)
{
    StoredDeployment out;
    Deployment& d = out.deployment;
    d.id = q.value(0).toString();
    d.projectId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.dtCreated = fromMs(q.value(3));
    out.authDigest = q.value(4).toByteArray();
    d.latestSpec.id = q.value(5).toString();
    d.latestSpec.dtCreated = fromMs(q.value(6));
    d.latestSpec.data = specFromText(q.value(7).toByteArray());
    d.basicAuthKey = d.latestSpec.data.basicAuthKey;
    return out;
}

PaperspaceSecret secretFromRow(const QSqlQuery& q)
{
    PaperspaceSecret s;
    s.name = q.value(0).toString();
    s.dtCreated = fromMs(q.value(1));
    s.dtModified = fromMs(q.value(2));
    return s;
}

// The keyset condition and order of a page: after (created, id) in the list's direction.
QString pageClause(const QString& timeColumn, const QString& idColumn, const PageRequest& page, bool descending,
                   QVariantList* binds)
{
    QString sql;
    if (page.after) {
        sql += QStringLiteral(" AND (%1, %2) %3 (?, ?)")
                   .arg(timeColumn, idColumn, descending ? QStringLiteral("<") : QStringLiteral(">"));
        *binds << page.after->primary << page.after->secondary;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + timeColumn + direction + QStringLiteral(", ") + idColumn + direction +
           QStringLiteral(" LIMIT ?");
    *binds << page.limit + 1;
    return sql;
}

template <typename T>
void trimPage(StorePage<T>* page, int limit, const std::function<ListPosition(const T&)>& positionOf)
{
    page->hasMore = page->items.size() > limit;
    if (page->hasMore)
        page->items.resize(limit);
    if (!page->items.isEmpty())
        page->last = positionOf(page->items.constLast());
}

} // namespace

PaperspaceStore::PaperspaceStore(Store& store)
    : m_store(store)
{}

bool PaperspaceStore::run(QSqlQuery& q, const QString& sql, const QVariantList& binds) const
{
    q.setForwardOnly(true);
    if (q.prepare(sql)) {
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (q.exec())
            return true;
    }
    qCCritical(lcPaperspaceStore) << "query failed:" << q.lastError().text() << sql;
    m_store.markFailed();
    return false;
}

bool PaperspaceStore::createSchema()
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS pp_deployments (id TEXT PRIMARY KEY, project_id TEXT NOT NULL, "
                       "name TEXT NOT NULL, created_at INTEGER NOT NULL, auth_digest BLOB, " // NULL: public
                       "latest_spec_id TEXT NOT NULL, UNIQUE (project_id, name))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS pp_deployments_page ON pp_deployments (project_id, created_at, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS pp_specs (id TEXT PRIMARY KEY, deployment_id TEXT NOT NULL, "
                       "seq INTEGER NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS pp_specs_history ON pp_specs (deployment_id, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS pp_secrets (scope TEXT NOT NULL, scope_id TEXT NOT NULL, "
                       "name TEXT NOT NULL, created_at INTEGER NOT NULL, modified_at INTEGER NOT NULL, "
                       "blob BLOB NOT NULL, PRIMARY KEY (scope, scope_id, name))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS pp_secrets_page ON pp_secrets (scope, scope_id, created_at, name)"),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(m_store.database());
        if (!run(q, sql, {}))
            return false;
    }
    return true;
}

void PaperspaceStore::insertDeployment(const StoredDeployment& s)
{
    const Deployment& d = s.deployment;
    QSqlQuery q(m_store.database());
    run(q,
        QStringLiteral("INSERT INTO pp_deployments (id, project_id, name, created_at, auth_digest, latest_spec_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {d.id, d.projectId, d.name, d.dtCreated.toMSecsSinceEpoch(), s.authDigest, d.latestSpec.id});
}

void PaperspaceStore::updateDeployment(const StoredDeployment& s)
{
    const Deployment& d = s.deployment;
    QSqlQuery q(m_store.database());
    run(q, QStringLiteral("UPDATE pp_deployments SET name = ?, auth_digest = ?, latest_spec_id = ? WHERE id = ?"),
        {d.name, s.authDigest, d.latestSpec.id, d.id});
}

std::optional<StoredDeployment> PaperspaceStore::deployment(const QString& id) const
{
    QSqlQuery q(m_store.database());
    if (!run(q, kDeploymentSelect + QStringLiteral(" WHERE d.id = ?"), {id}) || !q.next())
        return std::nullopt;
    return deploymentFromRow(q);
}

bool PaperspaceStore::deploymentNameTaken(const QString& projectId, const QString& name, const QString& exceptId) const
{
    QSqlQuery q(m_store.database());
    run(q, QStringLiteral("SELECT 1 FROM pp_deployments WHERE project_id = ? AND name = ? AND id <> ?"),
        {projectId, name, exceptId});
    return q.next();
}

StorePage<StoredDeployment> PaperspaceStore::deployments(const QString& projectId, const PageRequest& page,
                                                         bool descending) const
{
    QVariantList binds{projectId};
    const QString sql = kDeploymentSelect + QStringLiteral(" WHERE d.project_id = ?") +
                        pageClause(QStringLiteral("d.created_at"), QStringLiteral("d.id"), page, descending, &binds);
    StorePage<StoredDeployment> out;
    QSqlQuery q(m_store.database());
    if (!run(q, sql, binds))
        return out;
    while (q.next())
        out.items.append(deploymentFromRow(q));
    trimPage<StoredDeployment>(&out, page.limit, [](const StoredDeployment& d) {
        return ListPosition{d.deployment.dtCreated.toMSecsSinceEpoch(), d.deployment.id};
    });
    return out;
}

QList<DeploymentSpec> PaperspaceStore::latestSpecs(const QString& projectId) const
{
    QList<DeploymentSpec> out;
    QSqlQuery q(m_store.database());
    if (!run(q,
             QStringLiteral("SELECT s.data FROM pp_deployments d JOIN pp_specs s ON s.id = d.latest_spec_id "
                            "WHERE d.project_id = ?"),
             {projectId}))
        return out;
    while (q.next())
        out.append(specFromText(q.value(0).toByteArray()));
    return out;
}

void PaperspaceStore::deleteDeployment(const QString& id)
{
    QSqlQuery specs(m_store.database());
    run(specs, QStringLiteral("DELETE FROM pp_specs WHERE deployment_id = ?"), {id});
    QSqlQuery q(m_store.database());
    run(q, QStringLiteral("DELETE FROM pp_deployments WHERE id = ?"), {id});
}

void PaperspaceStore::insertSpec(const QString& deploymentId, const DeploymentHistoryEntry& entry)
{
    QSqlQuery q(m_store.database());
    run(q,
        QStringLiteral("INSERT INTO pp_specs (id, deployment_id, seq, created_at, data) VALUES (?, ?, "
                       "(SELECT COALESCE(MAX(seq), 0) + 1 FROM pp_specs WHERE deployment_id = ?), ?, ?)"),
        {entry.id, deploymentId, deploymentId, entry.dtCreated.toMSecsSinceEpoch(),
         QJsonDocument(entry.data.toJson()).toJson(QJsonDocument::Compact)});
}

StorePage<DeploymentHistoryEntry> PaperspaceStore::history(const QString& deploymentId, const PageRequest& page,
                                                           bool descending) const
{
    QVariantList binds{deploymentId};
    const QString sql = QStringLiteral("SELECT id, created_at, data, seq FROM pp_specs WHERE deployment_id = ?") +
                        pageClause(QStringLiteral("seq"), QStringLiteral("id"), page, descending, &binds);
    StorePage<DeploymentHistoryEntry> out;
    QSqlQuery q(m_store.database());
    if (!run(q, sql, binds))
        return out;
    QHash<QString, qint64> seqs; // spec id -> upsert number, for the page position
    while (q.next()) {
        out.items.append({q.value(0).toString(), fromMs(q.value(1)), specFromText(q.value(2).toByteArray())});
        seqs.insert(out.items.constLast().id, q.value(3).toLongLong());
    }
    trimPage<DeploymentHistoryEntry>(&out, page.limit, [&seqs](const DeploymentHistoryEntry& e) {
        return ListPosition{seqs.value(e.id), e.id};
    });
    return out;
}

void PaperspaceStore::insertSecret(SecretScope scope, const QString& scopeId, const PaperspaceSecret& s,
                                   const QByteArray& blob)
{
    QSqlQuery q(m_store.database());
    run(q,
        QStringLiteral("INSERT INTO pp_secrets (scope, scope_id, name, created_at, modified_at, blob) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {toWireString(scope), scopeId, s.name, s.dtCreated.toMSecsSinceEpoch(), s.dtModified.toMSecsSinceEpoch(),
         blob});
}

void PaperspaceStore::updateSecretValue(SecretScope scope, const QString& scopeId, const QString& name,
                                        const QByteArray& blob, const QDateTime& modified)
{
    QSqlQuery q(m_store.database());
    run(q,
        QStringLiteral("UPDATE pp_secrets SET blob = ?, modified_at = ? WHERE scope = ? AND scope_id = ? AND name = ?"),
        {blob, modified.toMSecsSinceEpoch(), toWireString(scope), scopeId, name});
}

std::optional<PaperspaceSecret> PaperspaceStore::secret(SecretScope scope, const QString& scopeId,
                                                        const QString& name) const
{
    QSqlQuery q(m_store.database());
    if (!run(q,
             QStringLiteral("SELECT name, created_at, modified_at FROM pp_secrets "
                            "WHERE scope = ? AND scope_id = ? AND name = ?"),
             {toWireString(scope), scopeId, name}) ||
        !q.next())
        return std::nullopt;
    return secretFromRow(q);
}

std::optional<QByteArray> PaperspaceStore::secretBlob(SecretScope scope, const QString& scopeId,
                                                      const QString& name) const
{
    QSqlQuery q(m_store.database());
    if (!run(q, QStringLiteral("SELECT blob FROM pp_secrets WHERE scope = ? AND scope_id = ? AND name = ?"),
             {toWireString(scope), scopeId, name}) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

StorePage<PaperspaceSecret> PaperspaceStore::secrets(SecretScope scope, const QString& scopeId, const PageRequest& page,
                                                     bool descending) const
{
    QVariantList binds{toWireString(scope), scopeId};
    const QString sql =
        QStringLiteral("SELECT name, created_at, modified_at FROM pp_secrets WHERE scope = ? AND scope_id = ?") +
        pageClause(QStringLiteral("created_at"), QStringLiteral("name"), page, descending, &binds);
    StorePage<PaperspaceSecret> out;
    QSqlQuery q(m_store.database());
    if (!run(q, sql, binds))
        return out;
    while (q.next())
        out.items.append(secretFromRow(q));
    trimPage<PaperspaceSecret>(&out, page.limit, [](const PaperspaceSecret& s) {
        return ListPosition{s.dtCreated.toMSecsSinceEpoch(), s.name};
    });
    return out;
}

void PaperspaceStore::deleteSecret(SecretScope scope, const QString& scopeId, const QString& name)
{
    QSqlQuery q(m_store.database());
    run(q, QStringLiteral("DELETE FROM pp_secrets WHERE scope = ? AND scope_id = ? AND name = ?"),
        {toWireString(scope), scopeId, name});
}

QByteArray PaperspaceStore::blobContext(SecretScope scope, const QString& scopeId, const QString& name)
{
    return (QStringLiteral("paperspace/") + toWireString(scope) + QLatin1Char('/') + scopeId + QLatin1Char('/') + name)
        .toUtf8();
}

} // namespace podwarden::sandbox
