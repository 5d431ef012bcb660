#pragma once

#include "secrethandling/SecretBuffer.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace podwarden {

// The outcome of a keyring job. `key` is set by a successful read that found a key.
struct CredentialResult
{
    enum class Status {
        Ok,          // done; for a read, `key` holds the key
        NotFound,    // read or remove: no key stored for this profile
        SessionOnly, // no Secret Service: the key is kept in memory for this session only
        Failed       // the keyring refused (locked and not unlocked, access denied); see `message`
    };
    Status status = Status::Ok;
    std::optional<SecretBuffer> key;
    QString message; // translated; empty for Ok and NotFound
};

// Keeps each profile's account key in the system keyring through QtKeychain (service
// "Podwarden", entry = profile id). Without a Secret Service (no keyring daemon, no D-Bus) every
// job fails; the store then says so once (keyringAvailable() false, unavailableMessage()) and
// keeps keys in memory for this session only. It never falls back to a file.
//
//   credentials->readKey(profile.id, this, [this](CredentialResult r) {
//       if (r.key) session->connectWith(std::move(*r.key));
//   });
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject* parent = nullptr);
    explicit CredentialStore(const QString& service, QObject* parent = nullptr);
    ~CredentialStore() override;

    using Callback = std::function<void(CredentialResult)>;
    // Each runs asynchronously and calls `done` once, on the GUI thread, unless `context` is gone.
    void readKey(const QString& profileId, QObject* context, Callback done);
    void storeKey(const QString& profileId, SecretBuffer key, QObject* context, Callback done);
    void removeKey(const QString& profileId, QObject* context, Callback done);

    // True until a job has found that no Secret Service answers.
    bool keyringAvailable() const { return m_keyringAvailable; }
    // "No system keyring is available (...). Your key is kept for this session only ..."
    QString unavailableMessage() const;

signals:
    void keyringAvailabilityChanged(bool available);

private:
    // Reached when a job finds no Secret Service: says so once, then keeps keys in m_sessionKeys.
    void markUnavailable(const QString& backendError);
    CredentialResult readFromSession(const QString& profileId) const;
    CredentialResult keepForSession(const QString& profileId, const SecretBuffer& key);
    CredentialResult removeFromSession(const QString& profileId);
    // Calls `done` from the event loop, as a keyring job would, unless `context` is gone by then.
    void answerLater(QObject* context, Callback done, CredentialResult result);

    QString m_service;
    bool m_keyringAvailable = true;
    QString m_backendError;
    QHash<QString, QByteArray> m_sessionKeys; // only when the keyring is unavailable; wiped on exit
};

} // namespace podwarden
