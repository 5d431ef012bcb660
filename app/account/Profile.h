#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace podwarden {

// One account Podwarden can connect to: where its service lives and how to trust it. Never the
// key: that lives in the system keyring (CredentialStore), keyed by the profile's id.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    enum class Provider { Runpod, Sandbox };

    QString id;   // stable, generated once (a UUID without braces); the keyring entry's name
    QString name; // "Personal", "Team", "Sandbox"
    Provider provider = Provider::Runpod;
    QUrl managementBase = QUrl(QStringLiteral("https://api.runpod.io"));
    QUrl invocationBase = QUrl(QStringLiteral("https://api.runpod.ai"));
    QString caFile; // optional PEM file of extra trusted CAs (a company proxy, a self-signed sandbox)

    bool isSandbox() const { return provider == Provider::Sandbox; }
    // Empty when usable; otherwise a translated sentence naming what is wrong (a base that is not
    // https and not loopback, a missing CA file, an empty name).
    QString validate() const;
    static Profile makeNew(const QString& name); // fresh id, cloud bases

    bool operator==(const Profile& o) const
    {
        return id == o.id && name == o.name && provider == o.provider && managementBase == o.managementBase &&
               invocationBase == o.invocationBase && caFile == o.caFile;
    }
};

QString toWireString(Profile::Provider provider);                         // "runpod", "sandbox"
std::optional<Profile::Provider> providerFromString(const QString& text); // nullopt when unknown

} // namespace podwarden
