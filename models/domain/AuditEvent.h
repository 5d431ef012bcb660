#pragma once

#include "DecodeError.h"
#include "Pagination.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace podwarden {

enum class AuditAction {
    Created,
    Renamed,
    Enabled,
    Disabled,
    PoliciesChanged,
    Revoked,
    Rolled,        // a successor was made (SERVICE.md 5.2 rolling)
    ExpiryChanged, // expiresAt set, moved or removed
    ValueUpdated,
    DescriptionUpdated,
    Deleted,
    Updated
};
enum class ResourceType { ApiKey, Secret, Template, Endpoint, Pod };

QString toWireString(AuditAction action);
QString toWireString(ResourceType type);
std::optional<AuditAction> auditActionFromString(const QString& text);
std::optional<ResourceType> resourceTypeFromString(const QString& text);

struct AuditActor
{
    QString keyId;
    QString keyName;
    QString user;
    bool operator==(const AuditActor& o) const { return keyId == o.keyId && keyName == o.keyName && user == o.user; }
};

// One entry of GET /v2/account/events. `changes` is free-form metadata; it never holds a value.
struct AuditEvent
{
    QString id;
    QDateTime at;
    AuditActor actor;
    AuditAction action = AuditAction::Updated;
    ResourceType resourceType = ResourceType::ApiKey;
    QString resourceId;
    QString resourceName;
    std::optional<QJsonObject> changes;

    static Decoded<AuditEvent> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    QString describe() const;   // "ana@example.com disabled key ci-deployer", translated
    QString actionText() const; // "Value replaced", translated
    bool operator==(const AuditEvent& o) const
    {
        return id == o.id && at == o.at && actor == o.actor && action == o.action && resourceType == o.resourceType &&
               resourceId == o.resourceId && resourceName == o.resourceName && changes == o.changes;
    }
};

// GET /v2/account/events filters (SERVICE.md 5.3, the official audit-log names); empty fields are
// not sent.
struct EventQuery
{
    std::optional<ResourceType> resourceType;
    QString resourceId;
    QList<AuditAction> actions;
    QStringList actorIds; // who acted: a key id, or a person (the sandbox takes either)
    QDateTime startTime;
    QDateTime endTime;
    QString search;
    QString cursor; // pagination.nextCursor of the previous page
    int limit = 0;
};

struct AuditEventPage
{
    QList<AuditEvent> events; // newest first
    PageInfo page;            // "pagination"; an older body's top-level nextCursor is read too

    static Decoded<AuditEventPage> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

} // namespace podwarden
