// Write-only secrets (SERVICE.md 5.1): no route ever answers with a value.
#include "SandboxService.h"

#include "JsonReader.h"
#include "Validation.h"

#include <openssl/crypto.h>

namespace podwarden::sandbox {

namespace {

// Holds a value taken from a request body and wipes it when the route is done with it.
class WipedBytes final
{
public:
    explicit WipedBytes(const QString& text)
        : m_bytes(text.toUtf8())
    {}
    ~WipedBytes()
    {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }
    Q_DISABLE_COPY_MOVE(WipedBytes)
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QStringList valueErrors(const QByteArray& value)
{
    if (value.isEmpty())
        return {QStringLiteral("$.value: must not be empty")};
    if (const auto issue = Validation::secretValueSize(value.size()))
        return {QStringLiteral("$.value: ") + issue->message};
    return {};
}

QStringList descriptionErrors(const QJsonObject& body)
{
    if (!body.contains(QStringLiteral("description")))
        return {};
    if (const auto issue = Validation::secretDescription(body.value(QStringLiteral("description")).toString()))
        return {QStringLiteral("$.description: ") + issue->message};
    return {};
}

} // namespace

HttpResponse SandboxService::listSecrets(Call&)
{
    return HttpResponse::json(200, encodeSecretList(m_store->secrets()));
}

HttpResponse SandboxService::createSecret(Call& c)
{
    const QString name = c.body.value(QStringLiteral("name")).toString();
    const WipedBytes value(c.body.value(QStringLiteral("value")).toString());
    c.body.remove(QStringLiteral("value"));
    QStringList errors;
    const auto nameIssue = Validation::secretName(name);
    if (nameIssue)
        errors.append(QStringLiteral("$.name: ") + nameIssue->message);
    errors += valueErrors(value.bytes());
    errors += descriptionErrors(c.body);
    if (!errors.isEmpty())
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
    if (m_store->secretNameTaken(name))
        return HttpResponse::problem(409, QStringLiteral("a secret named \"%1\" already exists").arg(name));
    const Secret s = addSecret(name, value.bytes(), c.body.value(QStringLiteral("description")).toString(), c.now);
    record(c.actor(), AuditAction::Created, ResourceType::Secret, s.id, s.name, c.now);
    return HttpResponse::json(201, s.toJson());
}

HttpResponse SandboxService::getSecret(Call& c)
{
    const auto s = m_store->secretById(c.args.at(0));
    if (!s)
        return HttpResponse::problem(404, QStringLiteral("secret %1 not found").arg(c.args.at(0)));
    return HttpResponse::json(200, s->toJson());
}

HttpResponse SandboxService::updateSecret(Call& c)
{
    auto s = m_store->secretById(c.args.at(0));
    if (!s)
        return HttpResponse::problem(404, QStringLiteral("secret %1 not found").arg(c.args.at(0)));
    const bool hasValue = c.body.contains(QStringLiteral("value"));
    const WipedBytes value(c.body.value(QStringLiteral("value")).toString());
    c.body.remove(QStringLiteral("value"));
    QStringList errors = hasValue ? valueErrors(value.bytes()) : QStringList();
    errors += descriptionErrors(c.body);
    if (!errors.isEmpty())
        return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);

    std::optional<QByteArray> blob;
    if (hasValue) {
        blob = m_cipher.encrypt(value.bytes(), s->id.toLatin1());
        s->valueLastUpdatedAt = c.now;
    }
    const bool hasDescription = c.body.contains(QStringLiteral("description"));
    const QString oldDescription = s->description;
    if (hasDescription)
        s->description = c.body.value(QStringLiteral("description")).toString();
    m_store->updateSecret(*s, blob);
    if (hasValue)
        record(c.actor(), AuditAction::ValueUpdated, ResourceType::Secret, s->id, s->name, c.now);
    if (hasDescription && oldDescription != s->description)
        record(c.actor(), AuditAction::DescriptionUpdated, ResourceType::Secret, s->id, s->name, c.now);
    return HttpResponse::json(200, s->toJson());
}

HttpResponse SandboxService::deleteSecret(Call& c)
{
    const auto s = m_store->secretById(c.args.at(0));
    if (!s)
        return HttpResponse::problem(404, QStringLiteral("secret %1 not found").arg(c.args.at(0)));
    m_store->deleteSecret(s->id);
    record(c.actor(), AuditAction::Deleted, ResourceType::Secret, s->id, s->name, c.now);
    return HttpResponse::noContent();
}

} // namespace podwarden::sandbox
