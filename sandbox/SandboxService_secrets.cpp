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

// The description's limit is 65,535 bytes of UTF-8; the schema's maxLength (characters) is
// checked before anything changes, the bytes only when the description is applied.
QStringList descriptionErrors(const QJsonObject& body)
{
    if (!body.contains(QStringLiteral("description")))
        return {};
    if (const auto issue = Validation::secretDescription(body.value(QStringLiteral("description")).toString()))
        return {QStringLiteral("$.description: ") + issue->message};
    return {};
}

HttpResponse nameTaken()
{
    // The contract's own sentence for this 409.
    return HttpResponse::problem(409, QStringLiteral("A secret with this name already exists."));
}

} // namespace

HttpResponse SandboxService::listSecrets(Call& c)
{
    // ListSecretsResponse has no pagination: the list is always whole.
    if (c.request.query.hasQueryItem(QStringLiteral("name")))
        return HttpResponse::json(200, encodeSecretList(m_store->secretsNamed(c.request.query.queryItemValue(
                                           QStringLiteral("name"), QUrl::FullyDecoded))));
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
        return nameTaken();
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
    if (hasValue) {
        if (const QStringList errors = valueErrors(value.bytes()); !errors.isEmpty())
            return HttpResponse::problem(422, QStringLiteral("Request validation failed."), errors);
    }

    // As the contract says: the value first, then the description, not atomically. A description
    // refused after a new value was stored leaves that value in effect, and the answer says so.
    if (hasValue) {
        s->valueLastUpdatedAt = c.now;
        m_store->updateSecret(*s, m_cipher.encrypt(value.bytes(), s->id.toLatin1()));
        record(c.actor(), AuditAction::ValueUpdated, ResourceType::Secret, s->id, s->name, c.now);
    }
    if (const QStringList errors = descriptionErrors(c.body); !errors.isEmpty()) {
        return HttpResponse::problem(422,
                                     hasValue ? QStringLiteral("The secret's value was updated; its description was "
                                                               "not.")
                                              : QStringLiteral("Request validation failed."),
                                     errors);
    }
    if (c.body.contains(QStringLiteral("description"))) {
        const QString oldDescription = s->description;
        s->description = c.body.value(QStringLiteral("description")).toString();
        if (oldDescription != s->description) {
            m_store->updateSecret(*s, std::nullopt);
            record(c.actor(), AuditAction::DescriptionUpdated, ResourceType::Secret, s->id, s->name, c.now);
        }
    }
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
