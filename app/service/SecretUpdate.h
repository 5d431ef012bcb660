#pragma once

#include "Secret.h"
#include "ServiceError.h"
#include "secrethandling/SecretBuffer.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <optional>

namespace podwarden {

class ServiceClient;
class ServiceReply;

// Replaces a secret's value and changes its description in one PATCH, and says exactly which part
// took effect. The contract applies the value first and then the description, not atomically: a
// refused description can leave the new value in force. So when the PATCH fails in a way that may
// have come after the value (a validation refusal, a 5xx, a lost connection), the secret is read
// again and its valueLastUpdatedAt compared with the one known before.
//
//   auto* update = new SecretUpdate(client, secret, std::move(value), newDescription, this);
//   connect(update, &SecretUpdate::finished, this, [update] { ... update->outcome() ... });
//   update->start();
class SecretUpdate final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Pending,
        Updated,   // both took effect
        ValueOnly, // the new value is in force; the description was refused (error())
        Nothing,   // neither took effect (error())
        Unknown    // the PATCH failed and the secret could not be read again (error())
    };

    // `before` is the secret as known now: its valueLastUpdatedAt tells a rotation apart.
    SecretUpdate(ServiceClient* client, Secret before, SecretBuffer value, QString description,
                 QObject* parent = nullptr);
    ~SecretUpdate() override;

    void start();
    Outcome outcome() const { return m_outcome; }
    // The secret as the service now has it (Updated, ValueOnly; and Nothing when it was read again).
    const std::optional<Secret>& secret() const { return m_secret; }
    const ServiceError& error() const { return m_error; }
    // One translated sentence for the outcome, naming the secret.
    QString message() const;

signals:
    void finished();

private:
    void readBack();
    void finish(Outcome outcome);

    ServiceClient* m_client;
    Secret m_before;
    SecretBuffer m_value;
    QString m_description;
    Outcome m_outcome = Outcome::Pending;
    std::optional<Secret> m_secret;
    ServiceError m_error;
    QPointer<ServiceReply> m_pending;
};

} // namespace podwarden
