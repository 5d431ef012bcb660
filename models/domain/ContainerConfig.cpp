#include "ContainerConfig.h"

#include "ContainerCommand.h"
#include "JsonReader.h"

namespace podwarden {

EnvList envFromJson(const QJsonObject& object, JsonReader& reader, const QString& key)
{
    EnvList env;
    env.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            reader.fail(DecodeError::Kind::WrongType, reader.pathOf(key) + QLatin1Char('.') + it.key(),
                        QStringLiteral("a string"));
            return {};
        }
        env.append(EnvVar{it.key(), it.value().toString()});
    }
    return env;
}

QJsonObject envToJson(const EnvList& env)
{
    QJsonObject out;
    for (const EnvVar& var : env)
        out.insert(var.key, var.value);
    return out;
}

ContainerConfig::CommandChange ContainerConfig::commandChange(const QString& currentArgs) const
{
    CommandChange change;
    if (!args && !cmd && !entrypoint) {
        change.args = currentArgs;
        return change;
    }
    change.changed = true;
    if (args) {
        QString reason;
        const auto sent = ContainerCommand::fromArgs(*args, &reason);
        if (!sent) {
            change.error = QStringLiteral("args: ") + reason;
            return change;
        }
        if ((cmd && *cmd != sent->cmd) || (entrypoint && *entrypoint != sent->entrypoint)) {
            change.error = QStringLiteral("args and %1 describe different commands")
                               .arg(cmd && *cmd != sent->cmd ? QStringLiteral("cmd") : QStringLiteral("entrypoint"));
            return change;
        }
        change.args = *args; // stored exactly as sent
        return change;
    }
    // The current args were accepted when stored; an unreadable one counts as empty.
    ContainerCommand command = ContainerCommand::fromArgs(currentArgs).value_or(ContainerCommand{});
    if (cmd)
        command.cmd = *cmd;
    if (entrypoint)
        command.entrypoint = *entrypoint;
    change.args = command.toArgs();
    return change;
}

void ContainerConfig::read(JsonReader& reader)
{
    image = reader.optString(QStringLiteral("image"));
    args = reader.optString(QStringLiteral("args"));
    cmd = reader.optStringList(QStringLiteral("cmd"));
    entrypoint = reader.optStringList(QStringLiteral("entrypoint"));
    disk = reader.optInteger(QStringLiteral("disk"));
    if (const auto envObject = reader.optObject(QStringLiteral("env")))
        env = envFromJson(*envObject, reader, QStringLiteral("env"));
    ports = reader.optStringList(QStringLiteral("ports"));
    hasRegistry = reader.has(QStringLiteral("registry"));
    registry = reader.optString(QStringLiteral("registry"));
}

void ContainerConfig::write(QJsonObject& out) const
{
    if (image)
        out.insert(QStringLiteral("image"), *image);
    if (args)
        out.insert(QStringLiteral("args"), *args);
    if (entrypoint)
        out.insert(QStringLiteral("entrypoint"), toJsonArray(*entrypoint));
    if (cmd)
        out.insert(QStringLiteral("cmd"), toJsonArray(*cmd));
    if (disk)
        out.insert(QStringLiteral("disk"), *disk);
    if (env)
        out.insert(QStringLiteral("env"), envToJson(*env));
    if (ports)
        out.insert(QStringLiteral("ports"), toJsonArray(*ports));
    if (hasRegistry || registry)
        out.insert(QStringLiteral("registry"), registry ? QJsonValue(*registry) : QJsonValue(QJsonValue::Null));
}

} // namespace podwarden
