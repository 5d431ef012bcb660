#include "TemplateDraft.h"

#include "Clock.h"

#include <QJsonArray>
#include <QUuid>

namespace podwarden {

namespace {

QJsonObject templateToJson(const Template& t)
{
    QJsonObject json = t.toJson();
    QJsonArray env;
    for (const EnvVar& var : t.env)
        env.append(QJsonObject{{QStringLiteral("key"), var.key}, {QStringLiteral("value"), var.value}});
    json.insert(QStringLiteral("env"), env);
    return json;
}

Decoded<Template> templateFromJson(QJsonObject json, const QString& path)
{
    const QJsonValue env = json.value(QStringLiteral("env"));
    if (!env.isArray())
        return DecodeError{DecodeError::Kind::WrongType, path + QStringLiteral(".env"), QStringLiteral("array")};
    json.insert(QStringLiteral("env"), QJsonObject()); // the wire's shape, for the template's own decoder
    Decoded<Template> decoded = Template::fromJson(json, path);
    if (!decoded)
        return decoded;
    Template t = decoded.value();
    const QJsonArray vars = env.toArray();
    for (int i = 0; i < vars.size(); ++i) {
        const QJsonObject var = vars.at(i).toObject();
        if (!var.value(QStringLiteral("key")).isString() || !var.value(QStringLiteral("value")).isString())
            return DecodeError{DecodeError::Kind::WrongType, path + QStringLiteral(".env[%1]").arg(i),
                               QStringLiteral("{key, value}")};
        t.env.append({var.value(QStringLiteral("key")).toString(), var.value(QStringLiteral("value")).toString()});
    }
    return t;
}

} // namespace

QString toWireString(DraftState state)
{
    switch (state) {
    case DraftState::New:
        return QStringLiteral("new");
    case DraftState::Modified:
        return QStringLiteral("modified");
    case DraftState::Pushed:
        return QStringLiteral("pushed");
    case DraftState::Conflict:
        return QStringLiteral("conflict");
    }
    return QStringLiteral("new");
}

std::optional<DraftState> draftStateFromString(const QString& text)
{
    for (DraftState s : {DraftState::New, DraftState::Modified, DraftState::Pushed, DraftState::Conflict}) {
        if (toWireString(s) == text)
            return s;
    }
    return std::nullopt;
}

TemplateDraft TemplateDraft::fromTemplate(const QString& profileId, const Template& serverCopy)
{
    TemplateDraft d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.profileId = profileId;
    d.draft = serverCopy;
    d.base = serverCopy;
    d.state = DraftState::Pushed;
    d.updatedAt = Clock::current().now();
    return d;
}

TemplateDraft TemplateDraft::makeNew(const QString& profileId)
{
    TemplateDraft d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.profileId = profileId;
    d.draft.diskGb = 20;
    d.draft.persistentMount = PersistentMount{};
    d.state = DraftState::New;
    d.updatedAt = Clock::current().now();
    return d;
}

Decoded<TemplateDraft> TemplateDraft::fromJson(const QJsonObject& json)
{
    TemplateDraft d;
    d.id = json.value(QStringLiteral("id")).toString();
    d.profileId = json.value(QStringLiteral("profileId")).toString();
    if (d.id.isEmpty())
        return DecodeError{DecodeError::Kind::Missing, QStringLiteral("id"), QString()};
    const auto state = draftStateFromString(json.value(QStringLiteral("state")).toString());
    if (!state)
        return DecodeError{DecodeError::Kind::InvalidValue, QStringLiteral("state"),
                           QStringLiteral("new, modified, pushed or conflict")};
    d.state = *state;
    d.updatedAt = QDateTime::fromString(json.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    d.revision = json.value(QStringLiteral("revision")).toInteger();
    Decoded<Template> draft = templateFromJson(json.value(QStringLiteral("draft")).toObject(), QStringLiteral("draft"));
    if (!draft)
        return draft.error();
    d.draft = draft.value();
    const QJsonValue base = json.value(QStringLiteral("base"));
    if (base.isObject()) {
        Decoded<Template> decoded = templateFromJson(base.toObject(), QStringLiteral("base"));
        if (!decoded)
            return decoded.error();
        d.base = decoded.value();
    }
    return d;
}

QJsonObject TemplateDraft::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("profileId"), profileId},
        {QStringLiteral("state"), toWireString(state)},
        {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("revision"), revision},
        {QStringLiteral("draft"), templateToJson(draft)},
        {QStringLiteral("base"), base ? QJsonValue(templateToJson(*base)) : QJsonValue(QJsonValue::Null)},
    };
}

bool TemplateDraft::operator==(const TemplateDraft& o) const
{
    return id == o.id && profileId == o.profileId && draft == o.draft && base == o.base && state == o.state &&
           updatedAt == o.updatedAt && revision == o.revision;
}

} // namespace podwarden
