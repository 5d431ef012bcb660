#include "SecretUpdate.h"

#include "ServiceClient.h"
#include "log/LogCategories.h"

namespace podwarden {

SecretUpdate::SecretUpdate(ServiceClient* client, Secret before, SecretBuffer value, QString description,
                           QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_before(std::move(before))
    , m_value(std::move(value))
    , m_description(std::move(description))
{}

SecretUpdate::~SecretUpdate()
{
    if (m_pending)
        m_pending->cancel();
}

void SecretUpdate::start()
{
    m_outcome = Outcome::Pending;
    auto* reply = m_client->updateSecret(m_before.id, std::move(m_value), m_description);
    m_pending = reply;
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        if (reply->ok()) {
            m_secret = reply->value();
            finish(Outcome::Updated);
            return;
        }
        m_error = reply->error();
        using K = ServiceError::Kind;
        switch (m_error.kind) {
        case K::InsecureUrl:
        case K::Tls:
        case K::Redirect:
        case K::Unauthorized:
        case K::Forbidden:
        case K::NotFound:
        case K::BadRequest:
        case K::TooLarge:
        case K::RateLimited:
        case K::Cancelled:
            // Refused before anything was applied (or never sent).
            finish(Outcome::Nothing);
            return;
        default:
            // A refusal of the description, a 5xx or a lost answer may come after the value.
            readBack();
            return;
        }
    });
}

void SecretUpdate::readBack()
{
    auto* reply = m_client->getSecret(m_before.id);
    m_pending = reply;
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            qCInfo(lcNet) << "could not read the secret again after a failed update";
            finish(Outcome::Unknown);
            return;
        }
        m_secret = reply->value();
        const bool rotated = m_secret->valueLastUpdatedAt != m_before.valueLastUpdatedAt;
        finish(rotated ? Outcome::ValueOnly : Outcome::Nothing);
    });
}

void SecretUpdate::finish(Outcome outcome)
{
    m_outcome = outcome;
    m_pending.clear();
    emit finished();
}

QString SecretUpdate::message() const
{
    const QString name = m_before.name;
    switch (m_outcome) {
    case Outcome::Pending:
        return {};
    case Outcome::Updated:
        return tr("The value and the description of %1 were changed. Pods booted from now on use the new value; "
                  "running pods keep the old one until they restart.")
            .arg(name);
    case Outcome::ValueOnly:
        return tr("The new value of %1 took effect, but the description was not saved: %2 Pods booted from now on "
                  "use the new value.")
            .arg(name, m_error.message());
    case Outcome::Nothing:
        return tr("Nothing was changed on %1: %2").arg(name, m_error.message());
    case Outcome::Unknown:
        return tr("It is not known whether the new value of %1 took effect: %2 Refresh (F5) to see the secret as it "
                  "is now.")
            .arg(name, m_error.message());
    }
    return {};
}

} // namespace podwarden
