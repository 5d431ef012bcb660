#include "LeastPrivilege.h"

#include <QSet>

#include <algorithm>

namespace podwarden::LeastPrivilege {

namespace {

int rank(AccessLevel level)
{
    return static_cast<int>(level);
}

AccessLevel lesser(AccessLevel a, AccessLevel b)
{
    return rank(a) <= rank(b) ? a : b;
}

std::optional<QDateTime> latest(const std::optional<QDateTime>& a, const std::optional<QDateTime>& b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

// The level that the uses since `since` need.
AccessLevel needed(const GrantUse& use, const QDateTime& since)
{
    if (use.write && *use.write >= since)
        return AccessLevel::ReadWrite;
    if (use.read && *use.read >= since)
        return AccessLevel::Read;
    return AccessLevel::None;
}

// The last use of what goes when a grant drops from `from` to `to`.
std::optional<QDateTime> lastUseOfDropped(const GrantUse& use, AccessLevel to)
{
    return to == AccessLevel::Read ? use.write : latest(use.read, use.write);
}

} // namespace

Suggestion suggest(const ApiKey& key, const KeyUsage& usage, const QDateTime& now)
{
    Suggestion s;
    s.keyId = key.id;
    s.current = key.policy;
    s.suggested = key.policy;
    if (key.legacy) {
        s.verdict = Verdict::Legacy;
        return s;
    }
    if (key.createdAt.isValid() && key.createdAt > now.addDays(-kSettleDays)) {
        s.verdict = Verdict::TooNew;
        return s;
    }
    const QDateTime since = now.addDays(-kWindowDays);
    const AccessPolicy& p = key.policy;

    AccessPolicy out = AccessPolicy::restricted(lesser(p.apiLevel(), needed(usage.api, since)), /*endpoints=*/{});
    out.setCustomStatements(p.customStatements());
    if (out.apiLevel() != p.apiLevel())
        s.changes.append(
            {Change::Scope::Api, {}, p.apiLevel(), out.apiLevel(), lastUseOfDropped(usage.api, out.apiLevel())});

    // Every endpoint the key reaches by its own grant or used through "every endpoint".
    QSet<QString> ids;
    for (auto it = p.endpointLevels().constBegin(); it != p.endpointLevels().constEnd(); ++it)
        ids.insert(it.key());
    if (p.allEndpointsLevel() != AccessLevel::None) {
        for (auto it = usage.endpoints.constBegin(); it != usage.endpoints.constEnd(); ++it)
            ids.insert(it.key());
    }
    QList<QString> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<Change> endpointChanges;
    for (const QString& id : std::as_const(sorted)) {
        const GrantUse use = usage.endpoints.value(id);
        const AccessLevel own = p.endpointLevels().value(id, AccessLevel::None);
        const AccessLevel level = lesser(p.endpointLevel(id), needed(use, since));
        out.setEndpointLevel(id, level);
        if (rank(level) < rank(own))
            endpointChanges.append({Change::Scope::Endpoint, id, own, level, lastUseOfDropped(use, level)});
        else if (rank(level) > rank(own)) // kept from "every endpoint" as a grant of its own
            endpointChanges.append({Change::Scope::Endpoint, id, own, level, latest(use.read, use.write)});
    }
    // "Every endpoint" goes; the endpoints it called stay, each as a grant of its own (below).
    if (p.allEndpointsLevel() != AccessLevel::None)
        s.changes.append({Change::Scope::AllEndpoints, {}, p.allEndpointsLevel(), AccessLevel::None, std::nullopt});
    s.changes += endpointChanges;

    if (out == p || !out.isWithin(p)) {
        s.changes.clear();
        s.verdict = Verdict::UsesAll;
        return s;
    }
    s.suggested = out;
    s.verdict = Verdict::Narrower;
    return s;
}

} // namespace podwarden::LeastPrivilege
