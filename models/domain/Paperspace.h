#pragma once

#include "DecodeError.h"
#include "EnvVar.h"
#include "JsonReader.h"
#include "Validation.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace podwarden {

// The second provider of SERVICE.md section 8: Paperspace deployments and their secrets. The client
// and podwarden-sandbox --provider paperspace both read and write these shapes, so they agree on
// the wire by construction.

// Which secrets are meant: a project's (/projects/{id}/secrets) or a team's (/teams/{id}/secrets).
// When a name exists in both, the project's wins.
enum class PaperspaceScope { Project, Team };

// Every Paperspace error body: {"code","message","details"?} (no problem+json).
struct PaperspaceError
{
    QString code;
    QString message;
    std::optional<QJsonObject> details;

    static Decoded<PaperspaceError> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const PaperspaceError& o) const
    {
        return code == o.code && message == o.message && details == o.details;
    }
};

// One page of a Paperspace list: {"hasMore","items":[...],"nextPage": cursor|null}. A client asks
// for the next page with after=<nextPage> until hasMore is false.
template <typename T> struct PaperspacePage
{
    bool hasMore = false;
    QList<T> items;
    std::optional<QString> nextPage;

    static Decoded<PaperspacePage<T>> fromJson(const QJsonObject& json)
    {
        DecodeError error;
        JsonReader r(json, QString(), &error);
        PaperspacePage<T> page;
        page.hasMore = r.boolean(QStringLiteral("hasMore"));
        page.items = r.list<T>(QStringLiteral("items"),
                               [](const QJsonObject& o, const QString& p) { return T::fromJson(o, p); });
        page.nextPage = r.optString(QStringLiteral("nextPage"));
        if (r.failed())
            return error;
        return page;
    }
};

struct DeploymentResources
{
    QString machineType; // "A4000", "C5", ...
    QList<int> ports;
    int replicas = 1;
    bool operator==(const DeploymentResources& o) const
    {
        return machineType == o.machineType && ports == o.ports && replicas == o.replicas;
    }
};

// A deployment spec (apiVersion "latest"). `env` keeps the user's order; a value that is exactly
// "secret:<name>" refers to a secret, as `basicAuthKey` always does.
struct DeploymentSpec
{
    QString apiVersion = QStringLiteral("latest");
    QString name;
    QString image;
    bool enabled = true;
    std::optional<QString> basicAuthKey; // "secret:<name>"; absent: the endpoint is public
    QStringList command;
    EnvList env; // EnvVar::key is the wire's `name`
    DeploymentResources resources;
    std::optional<QString> region;
    std::optional<QJsonObject> healthChecks; // kept as sent: the console shows it, nothing reads it

    // Strict about types; `name` and `image` are required, every other field has its default.
    static Decoded<DeploymentSpec> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const; // every field with its value, the defaults included
    bool operator==(const DeploymentSpec& o) const;
    bool operator!=(const DeploymentSpec& o) const { return !(*this == o); }
};

// One spec of a deployment as deployed: GET /deployments/{id}/history items and `latestSpec`.
struct DeploymentHistoryEntry
{
    QString id; // the spec id: a new one for every accepted upsert (a redeploy)
    QDateTime dtCreated;
    DeploymentSpec data;

    static Decoded<DeploymentHistoryEntry> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const DeploymentHistoryEntry& o) const
    {
        return id == o.id && dtCreated == o.dtCreated && data == o.data;
    }
};

struct Deployment
{
    QString id;
    QString name;
    QString projectId;
    QString endpoint; // the URL its callers use
    QDateTime dtCreated;
    std::optional<QString> basicAuthKey; // the reference, never the value; null when public
    DeploymentHistoryEntry latestSpec;

    static Decoded<Deployment> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const; // basicAuthKey is null when public
    bool isProtected() const { return basicAuthKey.has_value(); }
    bool operator==(const Deployment& o) const
    {
        return id == o.id && name == o.name && projectId == o.projectId && endpoint == o.endpoint &&
               dtCreated == o.dtCreated && basicAuthKey == o.basicAuthKey && latestSpec == o.latestSpec;
    }
};

// A project or team secret. The value is never part of it: no route returns one.
struct PaperspaceSecret
{
    QString name;
    QDateTime dtCreated;
    QDateTime dtModified;
    std::optional<bool> hasDeploymentAttached; // in list items and GET; absent in POST and PATCH answers

    static Decoded<PaperspaceSecret> fromJson(const QJsonObject& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const PaperspaceSecret& o) const
    {
        return name == o.name && dtCreated == o.dtCreated && dtModified == o.dtModified &&
               hasDeploymentAttached == o.hasDeploymentAttached;
    }
};

// The secret references of SERVICE.md section 8 and their rules.
class PaperspaceSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(PaperspaceSecrets)
public:
    static constexpr int kNameMaxLength = 128;
    static constexpr int kValueMaxCharacters = 8192;

    // "secret:<name>" -> name; anything else (a literal value, "secret:" alone) -> nullopt.
    static std::optional<QString> referenceName(const QString& value);
    static QString reference(const QString& name) { return QStringLiteral("secret:") + name; }
    // The names a spec refers to, basicAuthKey first, then env in order, each once.
    static QStringList referencedNames(const DeploymentSpec& spec);

    // Names: ^[a-zA-Z][a-zA-Z0-9_]*$, 1 to 128 characters. Values: 1 to 8,192 characters.
    static std::optional<ValidationIssue> nameIssue(const QString& name);
    static std::optional<ValidationIssue> valueIssue(const QString& value);

    // The Authorization header a protected deployment wants: "Basic " + base64("paperspace:" + value).
    static QByteArray basicAuthorization(const QByteArray& value);
};

} // namespace podwarden
