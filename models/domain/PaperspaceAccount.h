#pragma once

#include "DecodeError.h"
#include "Paperspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace podwarden {

// A project or team secret as the account holds it: which scope it lives in, and its metadata.
// Its saved form is the wire's item with "scope": "project" | "team" beside it.
struct ScopedPaperspaceSecret
{
    PaperspaceScope scope = PaperspaceScope::Project;
    PaperspaceSecret secret;

    // "project/<name>" or "team/<name>": unique within an account, the local store's row id.
    QString id() const { return rowId(scope, secret.name); }
    static QString rowId(PaperspaceScope scope, const QString& name);

    static Decoded<ScopedPaperspaceSecret> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const ScopedPaperspaceSecret& o) const { return scope == o.scope && secret == o.secret; }
};

// "project" / "team"
QString toWireString(PaperspaceScope scope);

// Why a deployment no longer runs what its secrets hold now: SERVICE.md section 8 fixes the Basic
// token (and the env values) at the last upsert, so a secret replaced after that takes effect only
// at the next redeploy.
struct OutdatedReference
{
    QString secretName;
    PaperspaceScope scope = PaperspaceScope::Project;
    bool isToken = false; // the deployment's basicAuthKey (else an env value)
    QDateTime changedAt;  // the secret's dtModified
    QDateTime deployedAt; // the deployment's latest spec
};

// Questions about one Paperspace account (its deployments and secrets), answered from the account
// alone, so the secrets and endpoints screens, their dialogs and the notices agree.
//
//   PaperspaceAccount account(snapshot.deployments, snapshot.paperspaceSecrets);
//   for (const Deployment& d : account.usersOf(PaperspaceScope::Project, "hf_token")) ...
class PaperspaceAccount final
{
public:
    PaperspaceAccount(const QList<Deployment>& deployments, const QList<ScopedPaperspaceSecret>& secrets);

    // The secret `name` resolves to: the project's when it has one, else the team's; null when none.
    const ScopedPaperspaceSecret* resolve(const QString& name) const;
    // The deployments whose latest spec reads this secret (by a reference that resolves to it: a
    // team secret shadowed by a project secret of the same name has no users).
    QList<Deployment> usersOf(PaperspaceScope scope, const QString& name) const;
    // Whether a project secret of the same name hides this team secret.
    bool isShadowed(const ScopedPaperspaceSecret& secret) const;
    // The references of a deployment's latest spec that resolve to nothing.
    QStringList missingReferences(const Deployment& deployment) const;
    // The secrets this deployment reads whose value changed after its last deploy, token first.
    QList<OutdatedReference> outdatedReferences(const Deployment& deployment) const;
    // The protected deployment's token secret changed after its last deploy: it still accepts the
    // old token and refuses the new one until redeployed.
    bool tokenOutdated(const Deployment& deployment) const;
    // Every deployment with an outdated reference to this secret (after its value was replaced).
    QList<Deployment> outdatedBy(PaperspaceScope scope, const QString& name) const;

private:
    const QList<Deployment>& m_deployments;
    const QList<ScopedPaperspaceSecret>& m_secrets;
};

} // namespace podwarden
