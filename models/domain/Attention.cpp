#include "Attention.h"

#include "SecretReference.h"

#include <algorithm>

namespace podwarden::Attention {

QSet<QString> referencedSecretNames(const QList<Template>& templates)
{
    QSet<QString> names;
    for (const Template& t : templates) {
        for (const QString& name : SecretReference::namesIn(t.env))
            names.insert(name);
    }
    return names;
}

QSet<QString> secretNames(const QList<Secret>& secrets)
{
    QSet<QString> names;
    names.reserve(secrets.size());
    for (const Secret& s : secrets)
        names.insert(s.name);
    return names;
}

bool isUnreferenced(const Secret& secret, const QSet<QString>& referenced)
{
    return !referenced.contains(secret.name);
}

bool referencesMissingSecret(const Template& t, const QSet<QString>& secretNames)
{
    const QStringList names = SecretReference::namesIn(t.env);
    return std::any_of(names.cbegin(), names.cend(), [&](const QString& n) { return !secretNames.contains(n); });
}

int Counts::value(Item item) const
{
    switch (item) {
    case Item::UnusedKeys:
        return unusedKeys;
    case Item::NeverUsedKeys:
        return neverUsedKeys;
    case Item::LegacyKeys:
        return legacyKeys;
    case Item::ApiWriteKeys:
        return apiWriteKeys;
    case Item::DisabledKeys:
        return disabledKeys;
    case Item::ExpiringKeys:
        return expiringKeys;
    case Item::UnreferencedSecrets:
        return unreferencedSecrets;
    case Item::TemplatesMissingSecrets:
        return templatesMissingSecrets;
    }
    return 0;
}

Counts count(const AccountSnapshot& snapshot, const QDateTime& now)
{
    Counts c;
    // The key list's filters' rules (ApiKeyFilterProxy: UnusedFor90Days, Expiring): last used, or
    // never used and created, more than 90 days ago; expired or expiring within 7 days. The two
    // bounds are computed once: 100,000 keys are counted after every change of the account.
    const qint64 unusedBefore = now.addDays(-kUnusedDays).toMSecsSinceEpoch();
    const qint64 expiringBy = now.addDays(kExpiringDays).toMSecsSinceEpoch();
    for (const ApiKey& key : snapshot.apiKeys) {
        const QDateTime& last = key.lastUsedAt ? *key.lastUsedAt : key.createdAt;
        c.unusedKeys += last.toMSecsSinceEpoch() < unusedBefore;
        c.neverUsedKeys += !key.lastUsedAt;
        c.legacyKeys += key.legacy;
        c.apiWriteKeys += key.policy.canWriteApi();
        c.disabledKeys += !key.enabled;
        c.expiringKeys += key.expiresAt && key.expiresAt->toMSecsSinceEpoch() <= expiringBy;
    }
    const QSet<QString> referenced = referencedSecretNames(snapshot.templates);
    for (const Secret& s : snapshot.secrets)
        c.unreferencedSecrets += isUnreferenced(s, referenced);
    const QSet<QString> names = secretNames(snapshot.secrets);
    for (const Template& t : snapshot.templates)
        c.templatesMissingSecrets += referencesMissingSecret(t, names);
    return c;
}

} // namespace podwarden::Attention
