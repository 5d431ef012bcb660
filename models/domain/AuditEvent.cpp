#include "AuditEvent.h"

#include "JsonReader.h"

#include <QCoreApplication>

namespace podwarden {

namespace {

struct ActionName
{
    AuditAction action;
    const char* text;
};
constexpr ActionName kActions[] = {
    {AuditAction::Created, "created"},
    {AuditAction::Renamed, "renamed"},
    {AuditAction::Enabled, "enabled"},
    {AuditAction::Disabled, "disabled"},
    {AuditAction::PoliciesChanged, "policiesChanged"},
    {AuditAction::Revoked, "revoked"},
    {AuditAction::Rolled, "rolled"},
    {AuditAction::ExpiryChanged, "expiryChanged"},
    {AuditAction::ValueUpdated, "valueUpdated"},
    {AuditAction::DescriptionUpdated, "descriptionUpdated"},
    {AuditAction::Deleted, "deleted"},
    {AuditAction::Updated, "updated"},
};

struct TypeName
{
    ResourceType type;
    const char* text;
};
constexpr TypeName kTypes[] = {
    {ResourceType::ApiKey, "apiKey"},     {ResourceType::Secret, "secret"}, {ResourceType::Template, "template"},
    {ResourceType::Endpoint, "endpoint"}, {ResourceType::Pod, "pod"},
};

} // namespace

QString toWireString(AuditAction action)
{
    for (const auto& a : kActions) {
        if (a.action == action)
            return QLatin1String(a.text);
    }
    return {};
}

QString toWireString(ResourceType type)
{
    for (const auto& t : kTypes) {
        if (t.type == type)
            return QLatin1String(t.text);
    }
    return {};
}

std::optional<AuditAction> auditActionFromString(const QString& text)
{
    for (const auto& a : kActions) {
        if (text == QLatin1String(a.text))
            return a.action;
    }
    return std::nullopt;
}

std::optional<ResourceType> resourceTypeFromString(const QString& text)
{
    for (const auto& t : kTypes) {
        if (text == QLatin1String(t.text))
            return t.type;
    }
    return std::nullopt;
}

Decoded<AuditEvent> AuditEvent::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    AuditEvent e;
    e.id = r.string(QStringLiteral("id"));
    e.at = r.timestamp(QStringLiteral("at"));
    const QJsonObject actor = r.objectField(QStringLiteral("actor"));
    if (!r.failed()) {
        JsonReader a(actor, r.pathOf(QStringLiteral("actor")), &error);
        e.actor.keyId = a.optString(QStringLiteral("keyId")).value_or(QString());
        e.actor.keyName = a.optString(QStringLiteral("keyName")).value_or(QString());
        e.actor.user = a.optString(QStringLiteral("user")).value_or(QString());
        if (a.failed())
            return error;
    }
    const QString action = r.string(QStringLiteral("action"));
    if (!r.failed()) {
        if (const auto parsed = auditActionFromString(action))
            e.action = *parsed;
        else
            r.failField(DecodeError::Kind::InvalidValue, QStringLiteral("action"), QStringLiteral("a known action"));
    }
    const QString type = r.string(QStringLiteral("resourceType"));
    if (!r.failed()) {
        if (const auto parsed = resourceTypeFromString(type))
            e.resourceType = *parsed;
        else
            r.failField(DecodeError::Kind::InvalidValue, QStringLiteral("resourceType"),
                        QStringLiteral("apiKey, secret, template, endpoint or pod"));
    }
    e.resourceId = r.string(QStringLiteral("resourceId"));
    e.resourceName = r.optString(QStringLiteral("resourceName")).value_or(QString());
    e.changes = r.optObject(QStringLiteral("changes"));
    if (r.failed())
        return error;
    return e;
}

QJsonObject AuditEvent::toJson() const
{
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("at"), formatTimestamp(at)},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("keyId"), actor.keyId},
                                              {QStringLiteral("keyName"), actor.keyName},
                                              {QStringLiteral("user"), actor.user}}},
        {QStringLiteral("action"), toWireString(action)},
        {QStringLiteral("resourceType"), toWireString(resourceType)},
        {QStringLiteral("resourceId"), resourceId},
        {QStringLiteral("resourceName"), resourceName},
    };
    if (changes)
        out.insert(QStringLiteral("changes"), *changes);
    return out;
}

QString AuditEvent::describe() const
{
    const QString who = !actor.user.isEmpty() ? actor.user : actor.keyName;
    const QString what = resourceName.isEmpty() ? resourceId : resourceName;
    switch (action) {
    case AuditAction::Created:
        return QCoreApplication::translate("AuditEvent", "%1 created %2").arg(who, what);
    case AuditAction::Renamed:
        return QCoreApplication::translate("AuditEvent", "%1 renamed %2").arg(who, what);
    case AuditAction::Enabled:
        return QCoreApplication::translate("AuditEvent", "%1 enabled %2").arg(who, what);
    case AuditAction::Disabled:
        return QCoreApplication::translate("AuditEvent", "%1 disabled %2").arg(who, what);
    case AuditAction::PoliciesChanged:
        return QCoreApplication::translate("AuditEvent", "%1 changed the access of %2").arg(who, what);
    case AuditAction::Revoked:
        return QCoreApplication::translate("AuditEvent", "%1 revoked %2").arg(who, what);
    case AuditAction::Rolled:
        return QCoreApplication::translate("AuditEvent", "%1 rolled %2 to a new key").arg(who, what);
    case AuditAction::ExpiryChanged:
        return QCoreApplication::translate("AuditEvent", "%1 changed the expiry of %2").arg(who, what);
    case AuditAction::ValueUpdated:
        return QCoreApplication::translate("AuditEvent", "%1 replaced the value of %2").arg(who, what);
    case AuditAction::DescriptionUpdated:
        return QCoreApplication::translate("AuditEvent", "%1 edited the description of %2").arg(who, what);
    case AuditAction::Deleted:
        return QCoreApplication::translate("AuditEvent", "%1 deleted %2").arg(who, what);
    case AuditAction::Updated:
        break;
    }
    return QCoreApplication::translate("AuditEvent", "%1 updated %2").arg(who, what);
}

QString AuditEvent::actionText() const
{
    switch (action) {
    case AuditAction::Created:
        return QCoreApplication::translate("AuditEvent", "Created");
    case AuditAction::Renamed:
        return QCoreApplication::translate("AuditEvent", "Renamed");
    case AuditAction::Enabled:
        return QCoreApplication::translate("AuditEvent", "Enabled");
    case AuditAction::Disabled:
        return QCoreApplication::translate("AuditEvent", "Disabled");
    case AuditAction::PoliciesChanged:
        return QCoreApplication::translate("AuditEvent", "Access changed");
    case AuditAction::Revoked:
        return QCoreApplication::translate("AuditEvent", "Revoked");
    case AuditAction::Rolled:
        return QCoreApplication::translate("AuditEvent", "Rolled");
    case AuditAction::ExpiryChanged:
        return QCoreApplication::translate("AuditEvent", "Expiry changed");
    case AuditAction::ValueUpdated:
        return QCoreApplication::translate("AuditEvent", "Value replaced");
    case AuditAction::DescriptionUpdated:
        return QCoreApplication::translate("AuditEvent", "Description edited");
    case AuditAction::Deleted:
        return QCoreApplication::translate("AuditEvent", "Deleted");
    case AuditAction::Updated:
        break;
    }
    return QCoreApplication::translate("AuditEvent", "Updated");
}

Decoded<AuditEventPage> AuditEventPage::fromJson(const QJsonObject& json)
{
    DecodeError error;
    JsonReader r(json, QString(), &error);
    AuditEventPage page;
    page.events = r.list<AuditEvent>(QStringLiteral("events"),
                                     [](const QJsonObject& o, const QString& p) { return AuditEvent::fromJson(o, p); });
    const auto legacyCursor = r.optString(QStringLiteral("nextCursor"));
    if (r.failed())
        return error;
    auto info = PageInfo::fromListBody(json);
    if (!info)
        return info.error();
    page.page = info.value();
    if (!json.contains(QStringLiteral("pagination")) && legacyCursor && !legacyCursor->isEmpty())
        page.page = PageInfo{legacyCursor, true};
    return page;
}

QJsonObject AuditEventPage::toJson() const
{
    QJsonArray items;
    for (const AuditEvent& e : events)
        items.append(e.toJson());
    QJsonObject body{{QStringLiteral("events"), items}};
    page.writeTo(body);
    return body;
}

} // namespace podwarden
