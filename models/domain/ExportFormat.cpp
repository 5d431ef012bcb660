#include "ExportFormat.h"

#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace podwarden::ExportFormat {

namespace {

QString timeOrEmpty(const std::optional<QDateTime>& t)
{
    return t ? formatTimestamp(*t) : QString();
}

QJsonValue timeOrNull(const std::optional<QDateTime>& t)
{
    return t ? QJsonValue(formatTimestamp(*t)) : QJsonValue(QJsonValue::Null);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString csvLine(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        const QString& field = fields.at(i);
        const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                                 field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (!needsQuotes) {
            line += field;
            continue;
        }
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        line += QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return line + QStringLiteral("\r\n");
}

QString levelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::None:
        return QStringLiteral("none");
    case AccessLevel::Read:
        return QStringLiteral("read");
    case AccessLevel::ReadWrite:
        return QStringLiteral("readWrite");
    }
    return {};
}

QStringList keyColumns()
{
    return {QStringLiteral("name"),
            QStringLiteral("prefix"),
            QStringLiteral("id"),
            QStringLiteral("createdAt"),
            QStringLiteral("createdBy"),
            QStringLiteral("lastUsedAt"),
            QStringLiteral("enabled"),
            QStringLiteral("legacy"),
            QStringLiteral("access"),
            QStringLiteral("apiLevel"),
            QStringLiteral("allEndpoints"),
            QStringLiteral("endpointGrants"),
            QStringLiteral("customStatements"),
            QStringLiteral("expiresAt"),
            QStringLiteral("rolledFrom")};
}

QStringList keyFields(const ApiKey& key)
{
    // Every endpoint grant as endpointId=level, separated by spaces (ids hold no space).
    QStringList grants;
    const QMap<QString, AccessLevel>& levels = key.policy.endpointLevels();
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        grants << it.key() + QLatin1Char('=') + levelName(it.value());
    QJsonArray custom;
    for (const PolicyStatement& s : key.policy.customStatements())
        custom.append(s.toJson());
    return {key.name,
            key.prefix,
            key.id,
            formatTimestamp(key.createdAt),
            key.createdBy,
            timeOrEmpty(key.lastUsedAt),
            yesNo(key.enabled),
            yesNo(key.legacy),
            key.policy.summary(),
            levelName(key.policy.apiLevel()),
            levelName(key.policy.allEndpointsLevel()),
            grants.join(QLatin1Char(' ')),
            custom.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact)),
            timeOrEmpty(key.expiresAt),
            key.rolledFrom};
}

QJsonObject keyJson(const ApiKey& key)
{
    QJsonArray grants;
    const QMap<QString, AccessLevel>& levels = key.policy.endpointLevels();
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        grants.append(
            QJsonObject{{QStringLiteral("endpointId"), it.key()}, {QStringLiteral("level"), levelName(it.value())}});
    QJsonArray custom;
    for (const PolicyStatement& s : key.policy.customStatements())
        custom.append(s.toJson());
    return {{QStringLiteral("name"), key.name},
            {QStringLiteral("prefix"), key.prefix},
            {QStringLiteral("id"), key.id},
            {QStringLiteral("createdAt"), formatTimestamp(key.createdAt)},
            {QStringLiteral("createdBy"), key.createdBy},
            {QStringLiteral("lastUsedAt"), timeOrNull(key.lastUsedAt)},
            {QStringLiteral("enabled"), key.enabled},
            {QStringLiteral("legacy"), key.legacy},
            {QStringLiteral("access"), key.policy.summary()},
            {QStringLiteral("apiLevel"), levelName(key.policy.apiLevel())},
            {QStringLiteral("allEndpoints"), levelName(key.policy.allEndpointsLevel())},
            {QStringLiteral("endpointGrants"), grants},
            {QStringLiteral("customStatements"), custom},
            {QStringLiteral("expiresAt"), timeOrNull(key.expiresAt)},
            {QStringLiteral("rolledFrom"), key.rolledFrom.isEmpty() ? QJsonValue(QJsonValue::Null) : key.rolledFrom}};
}

QStringList eventColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("at"),           QStringLiteral("actorUser"),
            QStringLiteral("actorKeyId"),   QStringLiteral("actorKeyName"), QStringLiteral("action"),
            QStringLiteral("resourceType"), QStringLiteral("resourceId"),   QStringLiteral("resourceName"),
            QStringLiteral("summary"),      QStringLiteral("changes")};
}

QStringList eventFields(const AuditEvent& e)
{
    return {e.id,
            formatTimestamp(e.at),
            e.actor.user,
            e.actor.keyId,
            e.actor.keyName,
            toWireString(e.action),
            toWireString(e.resourceType),
            e.resourceId,
            e.resourceName,
            e.describe(),
            e.changes ? QString::fromUtf8(QJsonDocument(*e.changes).toJson(QJsonDocument::Compact)) : QString()};
}

QJsonObject eventJson(const AuditEvent& e)
{
    QJsonObject json = e.toJson();
    json.insert(QStringLiteral("summary"), e.describe());
    return json;
}

} // namespace podwarden::ExportFormat
