#include "Paperspace.h"

#include <QSet>

#include <cmath>

namespace podwarden {

namespace {

QJsonValue orNull(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

bool isWholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 2147483647.0;
}

QList<int> readIntList(JsonReader& r, const QString& key)
{
    QList<int> out;
    if (!r.has(key) || r.object().value(key).isNull())
        return out;
    const QJsonArray items = r.array(key);
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        if (!isWholeNumber(items.at(i))) {
            r.fail(DecodeError::Kind::WrongType,
                   r.pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), QStringLiteral("integer"));
            return {};
        }
        out.append(static_cast<int>(items.at(i).toDouble()));
    }
    return out;
}

// env: [{name, value}], both strings.
EnvList readEnv(JsonReader& r, const QString& key)
{
    if (!r.has(key) || r.object().value(key).isNull())
        return {};
    return r.list<EnvVar>(key, [](const QJsonObject& o, const QString& path) -> Decoded<EnvVar> {
        DecodeError error;
        JsonReader e(o, path, &error);
        EnvVar v{e.string(QStringLiteral("name")), e.string(QStringLiteral("value"))};
        if (e.failed())
            return error;
        return v;
    });
}

DeploymentResources readResources(JsonReader& r, const QString& key, DecodeError* error)
{
    DeploymentResources out;
    const auto object = r.optObject(key);
    if (!object || r.failed())
        return out;
    JsonReader res(*object, r.pathOf(key), error);
    out.machineType = res.optString(QStringLiteral("machineType")).value_or(QString());
    out.ports = readIntList(res, QStringLiteral("ports"));
    const auto replicas = res.optInteger(QStringLiteral("replicas"));
    if (replicas && (*replicas < 0 || *replicas > 1000))
        res.failField(DecodeError::Kind::InvalidValue, QStringLiteral("replicas"), QStringLiteral("0 to 1000"));
    out.replicas = static_cast<int>(replicas.value_or(1));
    if (res.failed())
        r.fail(error->kind, error->field, error->expected);
    return out;
}

} // namespace

Decoded<PaperspaceError> PaperspaceError::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    PaperspaceError e;
    e.code = r.string(QStringLiteral("code"));
    e.message = r.string(QStringLiteral("message"));
    e.details = r.optObject(QStringLiteral("details"));
    if (r.failed())
        return error;
    return e;
}

QJsonObject PaperspaceError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (details)
        o.insert(QStringLiteral("details"), *details);
    return o;
}

Decoded<DeploymentSpec> DeploymentSpec::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    DeploymentSpec s;
    s.apiVersion = r.optString(QStringLiteral("apiVersion")).value_or(QStringLiteral("latest"));
    s.name = r.string(QStringLiteral("name"));
    s.image = r.string(QStringLiteral("image"));
    s.enabled = r.optBoolean(QStringLiteral("enabled")).value_or(true);
    s.basicAuthKey = r.optString(QStringLiteral("basicAuthKey"));
    s.command = r.optStringList(QStringLiteral("command")).value_or(QStringList());
    s.env = readEnv(r, QStringLiteral("env"));
    DecodeError resourcesError;
    s.resources = readResources(r, QStringLiteral("resources"), &resourcesError);
    s.region = r.optString(QStringLiteral("region"));
    s.healthChecks = r.optObject(QStringLiteral("healthChecks"));
    if (r.failed())
        return error;
    return s;
}

QJsonObject DeploymentSpec::toJson() const
{
    QJsonArray envArray;
    for (const EnvVar& v : env)
        envArray.append(QJsonObject{{QStringLiteral("name"), v.key}, {QStringLiteral("value"), v.value}});
    QJsonArray portArray;
    for (int p : resources.ports)
        portArray.append(p);
    QJsonObject o{
        {QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("image"), image},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("command"), toJsonArray(command)},
        {QStringLiteral("env"), envArray},
        {QStringLiteral("resources"), QJsonObject{{QStringLiteral("machineType"), resources.machineType},
                                                  {QStringLiteral("ports"), portArray},
                                                  {QStringLiteral("replicas"), resources.replicas}}},
    };
    // Optional fields are left out when unset, as a user's spec leaves them out.
    if (basicAuthKey)
        o.insert(QStringLiteral("basicAuthKey"), *basicAuthKey);
    if (region)
        o.insert(QStringLiteral("region"), *region);
    if (healthChecks)
        o.insert(QStringLiteral("healthChecks"), *healthChecks);
    return o;
}

bool DeploymentSpec::operator==(const DeploymentSpec& o) const
{
    return apiVersion == o.apiVersion && name == o.name && image == o.image && enabled == o.enabled &&
           basicAuthKey == o.basicAuthKey && command == o.command && env == o.env && resources == o.resources &&
           region == o.region && healthChecks == o.healthChecks;
}

Decoded<DeploymentHistoryEntry> DeploymentHistoryEntry::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    DeploymentHistoryEntry e;
    e.id = r.string(QStringLiteral("id"));
    e.dtCreated = r.timestamp(QStringLiteral("dtCreated"));
    const QJsonObject data = r.objectField(QStringLiteral("data"));
    if (r.failed())
        return error;
    auto spec = DeploymentSpec::fromJson(data, r.pathOf(QStringLiteral("data")));
    if (!spec)
        return spec.error();
    e.data = std::move(spec).value();
    return e;
}

QJsonObject DeploymentHistoryEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("dtCreated"), formatTimestamp(dtCreated)},
                       {QStringLiteral("data"), data.toJson()}};
}

Decoded<Deployment> Deployment::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    Deployment d;
    d.id = r.string(QStringLiteral("id"));
    d.name = r.string(QStringLiteral("name"));
    d.projectId = r.string(QStringLiteral("projectId"));
    d.endpoint = r.string(QStringLiteral("endpoint"));
    d.dtCreated = r.timestamp(QStringLiteral("dtCreated"));
    d.basicAuthKey = r.optString(QStringLiteral("basicAuthKey"));
    const QJsonObject latest = r.objectField(QStringLiteral("latestSpec"));
    if (r.failed())
        return error;
    auto entry = DeploymentHistoryEntry::fromJson(latest, r.pathOf(QStringLiteral("latestSpec")));
    if (!entry)
        return entry.error();
    d.latestSpec = std::move(entry).value();
    return d;
}

QJsonObject Deployment::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("projectId"), projectId},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("dtCreated"), formatTimestamp(dtCreated)},
        {QStringLiteral("basicAuthKey"), orNull(basicAuthKey)},
        {QStringLiteral("latestSpec"), latestSpec.toJson()},
    };
}

Decoded<PaperspaceSecret> PaperspaceSecret::fromJson(const QJsonObject& json, const QString& path)
{
    DecodeError error;
    JsonReader r(json, path, &error);
    PaperspaceSecret s;
    s.name = r.string(QStringLiteral("name"));
    s.dtCreated = r.timestamp(QStringLiteral("dtCreated"));
    s.dtModified = r.timestamp(QStringLiteral("dtModified"));
    s.hasDeploymentAttached = r.optBoolean(QStringLiteral("hasDeploymentAttached"));
    if (r.failed())
        return error;
    return s;
}

QJsonObject PaperspaceSecret::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("dtCreated"), formatTimestamp(dtCreated)},
                  {QStringLiteral("dtModified"), formatTimestamp(dtModified)}};
    if (hasDeploymentAttached)
        o.insert(QStringLiteral("hasDeploymentAttached"), *hasDeploymentAttached);
    return o;
}

std::optional<QString> PaperspaceSecrets::referenceName(const QString& value)
{
    static const QLatin1String prefix("secret:");
    if (!value.startsWith(prefix) || value.size() == prefix.size())
        return std::nullopt;
    return value.mid(prefix.size());
}

QStringList PaperspaceSecrets::referencedNames(const DeploymentSpec& spec)
{
    QStringList names;
    QSet<QString> seen;
    const auto add = [&](const QString& value) {
        const auto name = referenceName(value);
        if (name && !seen.contains(*name)) {
            seen.insert(*name);
            names.append(*name);
        }
    };
    if (spec.basicAuthKey)
        add(*spec.basicAuthKey);
    for (const EnvVar& v : spec.env)
        add(v.value);
    return names;
}

std::optional<ValidationIssue> PaperspaceSecrets::nameIssue(const QString& name)
{
    using C = ValidationIssue::Code;
    if (name.isEmpty())
        return ValidationIssue{C::Empty, tr("Enter a name for the secret."), -1, {}};
    if (name.size() > kNameMaxLength) {
        return ValidationIssue{
            C::TooLong,
            tr("A secret name can have at most %1 characters; this one has %2.").arg(kNameMaxLength).arg(name.size()),
            -1,
            {}};
    }
    const auto isLetter = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    };
    if (!isLetter(name.front()))
        return ValidationIssue{C::InvalidStart, tr("A secret name must start with a letter."), -1, {}};
    for (const QChar c : name) {
        if (isLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_'))
            continue;
        return ValidationIssue{C::InvalidCharacter,
                               tr("A secret name may hold only letters, digits and underscores, not “%1”.").arg(c),
                               -1,
                               {}};
    }
    return std::nullopt;
}

std::optional<ValidationIssue> PaperspaceSecrets::valueIssue(const QString& value)
{
    using C = ValidationIssue::Code;
    if (value.isEmpty())
        return ValidationIssue{C::Empty, tr("Enter a value for the secret."), -1, {}};
    // Characters, not UTF-16 units: an emoji is one character of the 8,192.
    qsizetype characters = 0;
    for (const QChar c : value)
        characters += c.isLowSurrogate() ? 0 : 1;
    if (characters > kValueMaxCharacters) {
        return ValidationIssue{C::TooLarge,
                               tr("A secret value can have at most %1 characters; this one has %2.")
                                   .arg(kValueMaxCharacters)
                                   .arg(characters),
                               -1,
                               {}};
    }
    return std::nullopt;
}

QByteArray PaperspaceSecrets::basicAuthorization(const QByteArray& value)
{
    const QByteArray credentials = QByteArrayLiteral("paperspace:") + value;
    return QByteArrayLiteral("Basic ") + credentials.toBase64();
}

} // namespace podwarden
