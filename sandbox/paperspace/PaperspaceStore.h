#pragma once

#include "PageCursor.h"
#include "Paperspace.h"
#include "Store.h"

#include <QByteArray>
#include <QDateTime>
#include <QVariantList>
#include <optional>

namespace podwarden::sandbox {

enum class SecretScope { Project, Team };
QString toWireString(SecretScope scope); // "project", "team"

// A deployment as the sandbox keeps it: what the API shows, and the digest of the Authorization
// header its endpoint accepts, fixed at its last upsert (empty: public).
struct StoredDeployment
{
    Deployment deployment; // `endpoint` is filled in by the service, which knows its base
    QByteArray authDigest;
};

// The tables of podwarden-sandbox --provider paperspace, in the account's database (the same
// connection as Store, so that a request or a seed is one transaction through Store::transaction).
// Secret values only as AES-GCM blobs; a protected deployment's token only as a digest.
class PaperspaceStore final
{
public:
    explicit PaperspaceStore(Store& store);
    Q_DISABLE_COPY_MOVE(PaperspaceStore)

    bool createSchema();

    // Deployments. Pages are in creation order (then id), ascending or descending.
    void insertDeployment(const StoredDeployment& d);
    void updateDeployment(const StoredDeployment& d); // name, latest spec, digest
    std::optional<StoredDeployment> deployment(const QString& id) const;
    bool deploymentNameTaken(const QString& projectId, const QString& name, const QString& exceptId) const;
    StorePage<StoredDeployment> deployments(const QString& projectId, const PageRequest& page, bool descending) const;
    QList<DeploymentSpec> latestSpecs(const QString& projectId) const;
    void deleteDeployment(const QString& id); // with its history
    void insertSpec(const QString& deploymentId, const DeploymentHistoryEntry& entry);
    // One page of a deployment's specs in the order of its upserts (which is dtCreated order, ties
    // broken by that order): a page position is (upsert number, spec id).
    StorePage<DeploymentHistoryEntry> history(const QString& deploymentId, const PageRequest& page,
                                              bool descending) const;

    // Secrets of one scope, by name. Pages in creation order, then name.
    void insertSecret(SecretScope scope, const QString& scopeId, const PaperspaceSecret& s, const QByteArray& blob);
    void updateSecretValue(SecretScope scope, const QString& scopeId, const QString& name, const QByteArray& blob,
                           const QDateTime& modified);
    std::optional<PaperspaceSecret> secret(SecretScope scope, const QString& scopeId, const QString& name) const;
    std::optional<QByteArray> secretBlob(SecretScope scope, const QString& scopeId, const QString& name) const;
    StorePage<PaperspaceSecret> secrets(SecretScope scope, const QString& scopeId, const PageRequest& page,
                                        bool descending) const;
    void deleteSecret(SecretScope scope, const QString& scopeId, const QString& name);

    // What binds a stored blob to its row: a blob copied to another secret fails to decrypt.
    static QByteArray blobContext(SecretScope scope, const QString& scopeId, const QString& name);

private:
    // Runs `sql` with `binds`; a failure is logged (the statement, never the values) and marks the
    // store failed, so the request answers 500 and its transaction is rolled back.
    bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds) const;
    Store& m_store;
};

} // namespace podwarden::sandbox
