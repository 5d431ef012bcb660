#include "Profile.h"

#include "service/ServiceReply.h" // isLoopbackHost: the same rule the network layer enforces

#include <QFileInfo>
#include <QSslCertificate>
#include <QUuid>

#include <algorithm>

namespace podwarden {

namespace {

QString validateBase(const QUrl& url)
{
    // toDisplayString() drops a password, so a message never repeats one.
    const QString shown = url.toDisplayString();
    if (url.isEmpty())
        return Profile::tr("A service address is missing.");
    if (!url.isValid() || url.host().isEmpty())
        return Profile::tr("“%1” is not a valid service address.").arg(shown);
    // A user name or password in the address would be a credential stored in the settings file.
    if (!url.userInfo().isEmpty())
        return Profile::tr("The address “%1” must not contain a user name or password.").arg(shown);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return Profile::tr("The address “%1” uses plain http, which would send your key unencrypted. Use https; "
                           "http is allowed only to this computer (localhost, 127.0.0.1, ::1).")
            .arg(shown);
    }
    return Profile::tr("The address “%1” must start with https://.").arg(shown);
}

} // namespace

QString Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (QString problem = validateBase(managementBase); !problem.isEmpty())
        return problem;
    if (isPaperspace()) {
        // Ids as Paperspace writes them ("pr_sandbox", "te1a2b3c"): they go into URL paths.
        static const auto usable = [](const QString& id) {
            return !id.isEmpty() && id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
                return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                       (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                       (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                       c == QLatin1Char('-');
            });
        };
        if (projectId.trimmed().isEmpty())
            return tr("Enter the id of the Paperspace project whose deployments and secrets to show.");
        if (!usable(projectId))
            return tr("“%1” is not a Paperspace project id: use the id from the project's settings, letters, "
                      "digits, _ and - only.")
                .arg(projectId);
        if (!teamId.isEmpty() && !usable(teamId))
            return tr("“%1” is not a Paperspace team id: use letters, digits, _ and - only.").arg(teamId);
    } else if (QString problem = validateBase(invocationBase); !problem.isEmpty()) {
        return problem;
    }
    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.exists())
            return tr("The CA file “%1” does not exist.").arg(caFile);
        if (!info.isFile() || !info.isReadable())
            return tr("The CA file “%1” cannot be read.").arg(caFile);
        // FixedString: a path with '*' or '?' is a file name here, not a pattern.
        if (QSslCertificate::fromPath(caFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString).isEmpty())
            return tr("The CA file “%1” contains no PEM certificate.").arg(caFile);
    }
    return {};
}

Profile Profile::makeNew(const QString& name, Provider provider)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.provider = provider;
    if (profile.isPaperspace()) {
        profile.managementBase = QUrl(QStringLiteral("https://api.paperspace.com"));
        profile.invocationBase = QUrl();
    }
    return profile;
}

QString toWireString(Profile::Provider provider)
{
    switch (provider) {
    case Profile::Provider::Runpod:
        return QStringLiteral("runpod");
    case Profile::Provider::Sandbox:
        return QStringLiteral("sandbox");
    case Profile::Provider::Paperspace:
        return QStringLiteral("paperspace");
    case Profile::Provider::PaperspaceSandbox:
        return QStringLiteral("paperspace-sandbox");
    }
    return {};
}

std::optional<Profile::Provider> providerFromString(const QString& text)
{
    for (const auto provider : {Profile::Provider::Runpod, Profile::Provider::Sandbox, Profile::Provider::Paperspace,
                                Profile::Provider::PaperspaceSandbox}) {
        if (toWireString(provider) == text)
            return provider;
    }
    return std::nullopt;
}

} // namespace podwarden
