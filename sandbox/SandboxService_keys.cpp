// Scoped API keys [ext] (SERVICE.md 5.2): raw keys leave once, hashes stay; a key never grants
// more than the key that manages it holds, and changes or revokes only keys within its own access.
#include "SandboxService.h"

#include "JsonReader.h"
#include "Pagination.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace podwarden::sandbox {

namespace {

HttpResponse keyNotFound(const QString& id)
{
    return HttpResponse::problem(404, QStringLiteral("api key %1 not found").arg(id));
}

HttpResponse beyondCaller()
{
    // SERVICE.md fixes the detail; the errors entry says which rule refused it.
    return HttpResponse::problem(403, QStringLiteral("access denied"),
                                 {QStringLiteral("a key cannot grant more than the calling key holds")});
}

HttpResponse keyBeyondCaller(const ApiKey& target)
{
    // The same rule as granting, seen from the other side: otherwise a key with API read-write
    // could disable, rename or revoke the owner's All key and lock the owner out.
    return HttpResponse::problem(
        403, QStringLiteral("This key can change only keys whose access is within its own."),
        {QStringLiteral("api key %1 (%2) has access that the calling key does not hold").arg(target.id, target.name)});
}

// Whether `holder` holds everything `policy` grants (AccessPolicy::isWithin: the All preset holds
// everything, statements the sandbox does not understand included).
bool holds(const AccessPolicy& holder, const AccessPolicy& policy)
{
    return policy.isWithin(holder);
}

// "expiresAt" of a POST or PATCH body: absent (nothing said), null (never), or an RFC 3339 time
// that has not passed. A refusal is appended to `errors`.
std::optional<std::optional<QDateTime>> readExpiry(const QJsonObject& body, const QDateTime& now, QStringList* errors)
{
    if (!body.contains(QStringLiteral("expiresAt")))
        return std::nullopt;
    const QJsonValue v = body.value(QStringLiteral("expiresAt"));
    if (v.isNull())
        return std::optional<QDateTime>();
    const auto at = v.isString() ? parseTimestamp(v.toString()) : std::nullopt;
    if (!at) {
        errors->append(QStringLiteral("$.expiresAt: an RFC 3339 time or null"));
        return std::nullopt;
    }
    if (*at <= now) {
        errors->append(QStringLiteral("$.expiresAt: the time has passed"));
        return std::nullopt;
    }
    return std::optional<QDateTime>(*at);
}

QJsonValue expiryJson(const std::optional<QDateTime>& at)
{
    return at ? QJsonValue(formatTimestamp(*at)) : QJsonValue(QJsonValue::Null);
}

} // namespace

HttpResponse SandboxService::listKeys(Call& c)
{
    const PageCursor cursor(QStringLiteral("listApiKeys"), QString());
    QStringList errors;
    const auto request = cursor.read(c.request.query, 1000, 1000, &errors);
    if (!request)
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
    bool hasMore = false;
    std::optional<ListPosition> last;
    QByteArray body = "{\"apiKeys\":" + m_store->keyPageJson(*request, &hasMore, &last);
    PageInfo info;
    info.hasNextPage = hasMore && last;
    if (info.hasNextPage)
        info.nextCursor = cursor.cursorAfter(*last);
    body += ",\"pagination\":" + QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact) + '}';
    return {200, QByteArrayLiteral("application/json"), body, {}};
}

HttpResponse SandboxService::getKey(Call& c)
{
    const auto k = m_store->keyById(c.args.at(0));
    if (!k)
        return keyNotFound(c.args.at(0));
    return HttpResponse::json(200, k->toJson());
}

HttpResponse SandboxService::createKey(Call& c)
{
    const QString name = c.body.value(QStringLiteral("name")).toString();
    QStringList errors;
    if (const auto issue = Validation::apiKeyName(name))
        errors.append(QStringLiteral("$.name: ") + issue->message);
    const auto policy = AccessPolicy::fromDocuments(c.body.value(QStringLiteral("policies")).toArray());
    if (!policy.ok())
        errors.append(QStringLiteral("$.") + policy.error().field + QStringLiteral(": ") + policy.error().message());
    const auto expiry = readExpiry(c.body, c.now, &errors);
    // Rolling (5.2): the successor of a listed key, with no more than that key holds.
    const QString rolledFrom = c.body.value(QStringLiteral("rolledFrom")).toString();
    std::optional<ApiKey> predecessor;
    if (!rolledFrom.isEmpty()) {
        predecessor = m_store->keyById(rolledFrom);
        if (!predecessor)
            errors.append(QStringLiteral("$.rolledFrom: api key %1 not found").arg(rolledFrom));
        else if (policy.ok() && !holds(predecessor->policy, policy.value()))
            errors.append(QStringLiteral("$.policies: the successor cannot grant more than the key it replaces"));
    }
    if (!errors.isEmpty())
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
    if (!holds(c.caller.policy, policy.value()))
        return beyondCaller();
    if (predecessor && !holds(c.caller.policy, predecessor->policy))
        return keyBeyondCaller(*predecessor);

    const MintedKey minted =
        mintKey(name, policy.value(), c.caller.createdBy, c.now, false, expiry.value_or(std::nullopt), rolledFrom);
    QJsonObject changes{{QStringLiteral("access"), minted.key.policy.summary()}};
    if (minted.key.expiresAt)
        changes.insert(QStringLiteral("expiresAt"), expiryJson(minted.key.expiresAt));
    if (predecessor)
        changes.insert(QStringLiteral("rolledFrom"), predecessor->id);
    record(c.actor(), AuditAction::Created, ResourceType::ApiKey, minted.key.id, minted.key.name, c.now, changes);
    if (predecessor) // the old key stays enabled: the overlap lasts until it is disabled or revoked
        record(c.actor(), AuditAction::Rolled, ResourceType::ApiKey, predecessor->id, predecessor->name, c.now,
               QJsonObject{{QStringLiteral("successor"), QJsonObject{{QStringLiteral("id"), minted.key.id},
                                                                     {QStringLiteral("name"), minted.key.name}}}});
    QJsonObject body = minted.key.toJson();
    body.insert(QStringLiteral("rawKey"), minted.rawKey); // this response only; only the hash is kept
    return HttpResponse::json(201, body);
}

HttpResponse SandboxService::updateKey(Call& c)
{
    auto k = m_store->keyById(c.args.at(0));
    if (!k)
        return keyNotFound(c.args.at(0));
    if (!holds(c.caller.policy, k->policy))
        return keyBeyondCaller(*k);
    const bool hasName = c.body.contains(QStringLiteral("name"));
    const bool hasPolicies = c.body.contains(QStringLiteral("policies"));
    QStringList errors;
    if (k->legacy) {
        if (hasName)
            errors.append(QStringLiteral("$.name: a legacy key accepts only 'enabled'"));
        if (hasPolicies)
            errors.append(QStringLiteral("$.policies: a legacy key accepts only 'enabled'"));
    }
    const QString name = c.body.value(QStringLiteral("name")).toString();
    if (hasName && !k->legacy) {
        if (const auto issue = Validation::apiKeyName(name))
            errors.append(QStringLiteral("$.name: ") + issue->message);
    }
    std::optional<AccessPolicy> policy;
    if (hasPolicies && !k->legacy) {
        auto decoded = AccessPolicy::fromDocuments(c.body.value(QStringLiteral("policies")).toArray());
        if (decoded.ok())
            policy = std::move(decoded).value();
        else
            errors.append(QStringLiteral("$.") + decoded.error().field + QStringLiteral(": ") +
                          decoded.error().message());
    }
    const auto expiry = readExpiry(c.body, c.now, &errors);
    if (!errors.isEmpty())
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);

    const auto enabled = c.body.contains(QStringLiteral("enabled"))
                             ? std::optional<bool>(c.body.value(QStringLiteral("enabled")).toBool())
                             : std::nullopt;
    // Widening: new policies, or switching on a key, must stay within what the caller holds.
    if (policy && *policy != k->policy && !holds(c.caller.policy, *policy))
        return beyondCaller();
    if (enabled && *enabled && !k->enabled && !holds(c.caller.policy, policy.value_or(k->policy)))
        return beyondCaller();

    const ApiKey before = *k;
    if (hasName)
        k->name = name;
    if (policy)
        k->policy = *policy;
    if (enabled)
        k->enabled = *enabled;
    if (expiry)
        k->expiresAt = *expiry;
    m_store->updateKey(*k);
    if (before.name != k->name)
        record(c.actor(), AuditAction::Renamed, ResourceType::ApiKey, k->id, k->name, c.now,
               QJsonObject{{QStringLiteral("name"),
                            QJsonObject{{QStringLiteral("from"), before.name}, {QStringLiteral("to"), k->name}}}});
    if (before.enabled != k->enabled)
        record(c.actor(), k->enabled ? AuditAction::Enabled : AuditAction::Disabled, ResourceType::ApiKey, k->id,
               k->name, c.now);
    if (before.policy != k->policy)
        record(c.actor(), AuditAction::PoliciesChanged, ResourceType::ApiKey, k->id, k->name, c.now,
               QJsonObject{{QStringLiteral("access"), QJsonObject{{QStringLiteral("from"), before.policy.summary()},
                                                                  {QStringLiteral("to"), k->policy.summary()}}}});
    if (before.expiresAt != k->expiresAt)
        record(c.actor(), AuditAction::ExpiryChanged, ResourceType::ApiKey, k->id, k->name, c.now,
               QJsonObject{
                   {QStringLiteral("expiresAt"), QJsonObject{{QStringLiteral("from"), expiryJson(before.expiresAt)},
                                                             {QStringLiteral("to"), expiryJson(k->expiresAt)}}}});
    // The caller may have changed its own key; answer with what is stored now.
    return HttpResponse::json(200, m_store->keyById(k->id).value_or(*k).toJson());
}

HttpResponse SandboxService::keyUsage(Call& c)
{
    if (!m_store->keyById(c.args.at(0)))
        return keyNotFound(c.args.at(0));
    return HttpResponse::json(200, m_store->usageOf(c.args.at(0)).toJson());
}

HttpResponse SandboxService::revokeKey(Call& c)
{
    const auto k = m_store->keyById(c.args.at(0));
    if (!k)
        return keyNotFound(c.args.at(0));
    if (!holds(c.caller.policy, k->policy))
        return keyBeyondCaller(*k);
    m_store->revokeKey(k->id, c.now);
    record(c.actor(), AuditAction::Revoked, ResourceType::ApiKey, k->id, k->name, c.now);
    return HttpResponse::noContent();
}

} // namespace podwarden::sandbox
