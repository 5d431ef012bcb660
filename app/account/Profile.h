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
    // Sandbox and PaperspaceSandbox are the local podwarden-sandbox speaking Runpod's or
    // Paperspace's API (SERVICE.md section 8).
    enum class Provider { Runpod, Sandbox, Paperspace, PaperspaceSandbox };

    QString id;   // stable, generated once (a UUID without braces); the keyring entry's name
    QString name; // "Personal", "Team", "Sandbox"
    Provider provider = Provider::Runpod;
    QUrl managementBase = QUrl(QStringLiteral("https://api.runpod.io"));
    QUrl invocationBase = QUrl(QStringLiteral("https://api.runpod.ai"));
    QString caFile; // optional PEM file of extra trusted CAs (a company proxy, a self-signed sandbox)
    // Paperspace: the project whose deployments and secrets the profile shows, and the team whose
    // secrets are shown beside the project's (optional). Empty for Runpod.
    QString projectId;
    QString teamId;

    bool isSandbox() const { return provider == Provider::Sandbox || provider == Provider::PaperspaceSandbox; }
    bool isPaperspace() const { return provider == Provider::Paperspace || provider == Provider::PaperspaceSandbox; }
    // Empty when usable; otherwise a translated sentence naming what is wrong (a base that is not
    // https and not loopback, a missing CA file, an empty name).
    QString validate() const;
    // A fresh id and the provider's cloud bases (Paperspace: https://api.paperspace.com, no
    // invocation base: each deployment has its own endpoint URL).
    static Profile makeNew(const QString& name, Provider provider = Provider::Runpod);

    bool operator==(const Profile& o) const
    {
        return id == o.id && name == o.name && provider == o.provider && managementBase == o.managementBase &&
               invocationBase == o.invocationBase && caFile == o.caFile && projectId == o.projectId &&
               teamId == o.teamId;
    }
};

// "runpod", "sandbox", "paperspace", "paperspace-sandbox"
QString toWireString(Profile::Provider provider);
std::optional<Profile::Provider> providerFromString(const QString& text); // nullopt when unknown

} // namespace podwarden
