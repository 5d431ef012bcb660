#include "PaperspaceAccount.h"

#include "JsonReader.h"

namespace podwarden {

QString ScopedPaperspaceSecret::rowId(PaperspaceScope scope, const QString& name)
{
    return toWireString(scope) + QLatin1Char('/') + name;
}

QString toWireString(PaperspaceScope scope)
{
    return scope == PaperspaceScope::Team ? QStringLiteral("team") : QStringLiteral("project");
}

Decoded<ScopedPaperspaceSecret> ScopedPaperspaceSecret::fromJson(const QJsonObject& json, const QString& path)
{
    ScopedPaperspaceSecret s;
    const QString scope = json.value(QStringLiteral("scope")).toString();
    if (scope == QLatin1String("project"))
        s.scope = PaperspaceScope::Project;
    else if (scope == QLatin1String("team"))
        s.scope = PaperspaceScope::Team;
    else
        return DecodeError{DecodeError::Kind::InvalidValue,
                           path.isEmpty() ? QStringLiteral("scope") : path + QStringLiteral(".scope"),
                           QStringLiteral("\"project\" or \"team\"")};
    auto secret = PaperspaceSecret::fromJson(json, path);
    if (!secret)
        return secret.error();
    s.secret = std::move(secret).value();
    return s;
}

QJsonObject ScopedPaperspaceSecret::toJson() const
{
    QJsonObject json = secret.toJson();
    json.insert(QStringLiteral("scope"), toWireString(scope));
    return json;
}

PaperspaceAccount::PaperspaceAccount(const QList<Deployment>& deployments, const QList<ScopedPaperspaceSecret>& secrets)
    : m_deployments(deployments)
    , m_secrets(secrets)
{}

const ScopedPaperspaceSecret* PaperspaceAccount::resolve(const QString& name) const
{
    const ScopedPaperspaceSecret* team = nullptr;
    for (const ScopedPaperspaceSecret& s : m_secrets) {
        if (s.secret.name != name)
            continue;
        if (s.scope == PaperspaceScope::Project)
            return &s;
        team = &s;
    }
    return team;
}

bool PaperspaceAccount::isShadowed(const ScopedPaperspaceSecret& secret) const
{
    const ScopedPaperspaceSecret* winner = resolve(secret.secret.name);
    return winner && winner->scope != secret.scope;
}

QList<Deployment> PaperspaceAccount::usersOf(PaperspaceScope scope, const QString& name) const
{
    QList<Deployment> users;
    const ScopedPaperspaceSecret* winner = resolve(name);
    if (winner && winner->scope != scope)
        return users;
    for (const Deployment& d : m_deployments) {
        if (PaperspaceSecrets::referencedNames(d.latestSpec.data).contains(name))
            users.append(d);
    }
    return users;
}

QStringList PaperspaceAccount::missingReferences(const Deployment& deployment) const
{
    QStringList missing;
    for (const QString& name : PaperspaceSecrets::referencedNames(deployment.latestSpec.data)) {
        if (!resolve(name))
            missing.append(name);
    }
    return missing;
}

QList<OutdatedReference> PaperspaceAccount::outdatedReferences(const Deployment& deployment) const
{
    QList<OutdatedReference> outdated;
    const DeploymentSpec& spec = deployment.latestSpec.data;
    const std::optional<QString> token =
        spec.basicAuthKey ? PaperspaceSecrets::referenceName(*spec.basicAuthKey) : std::nullopt;
    for (const QString& name : PaperspaceSecrets::referencedNames(spec)) {
        const ScopedPaperspaceSecret* s = resolve(name);
        if (!s || !s->secret.dtModified.isValid() || !deployment.latestSpec.dtCreated.isValid())
            continue;
        if (s->secret.dtModified <= deployment.latestSpec.dtCreated)
            continue;
        outdated.append(
            {name, s->scope, token && *token == name, s->secret.dtModified, deployment.latestSpec.dtCreated});
    }
    return outdated;
}

bool PaperspaceAccount::tokenOutdated(const Deployment& deployment) const
{
    const QList<OutdatedReference> outdated = outdatedReferences(deployment);
    return std::any_of(outdated.begin(), outdated.end(), [](const OutdatedReference& r) { return r.isToken; });
}

QList<Deployment> PaperspaceAccount::outdatedBy(PaperspaceScope scope, const QString& name) const
{
    QList<Deployment> affected;
    for (const Deployment& d : usersOf(scope, name)) {
        const QList<OutdatedReference> outdated = outdatedReferences(d);
        if (std::any_of(outdated.begin(), outdated.end(),
                        [&name](const OutdatedReference& r) { return r.secretName == name; }))
            affected.append(d);
    }
    return affected;
}

} // namespace podwarden
