#pragma once

#include "Crypto.h"
#include "HttpTypes.h"
#include "RateLimiter.h"
#include "Store.h"

#include <QObject>
#include <functional>
#include <memory>

namespace podwarden::sandbox {

class BodySchema;

// The service behind podwarden-sandbox: every route of SERVICE.md sections 4 to 7, with the
// authentication, permission, rate-limit and error rules of sections 2 and 3. It answers plain
// HttpRequest values, so the HTTP server is a thin adapter and benchmarks can call it directly.
class SandboxService final : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int rateLimit = 600;
        int rateWindowSeconds = 60;
        int jobDelayMs = 300;
    };

    // Opens (or creates) the account in `dataDir`: sandbox.db and the 0600 secrets.key.
    static std::unique_ptr<SandboxService> open(const QString& dataDir, const Config& config, QString* error);
    ~SandboxService() override;

    Store& store() { return *m_store; }
    void setInvokeBase(const QString& base) { m_invokeBase = base; }

    HttpResponse handle(const HttpRequest& request);

    // Building blocks shared by the routes and the seeder.
    struct MintedKey
    {
        ApiKey key;
        QString rawKey;
    };
    MintedKey mintKey(const QString& name, const AccessPolicy& policy, const QString& createdBy, const QDateTime& at,
                      bool legacy = false);
    Secret addSecret(const QString& name, const QByteArray& value, const QString& description, const QDateTime& at);
    void record(const AuditActor& actor, AuditAction action, ResourceType type, const QString& id, const QString& name,
                const QDateTime& at, const std::optional<QJsonObject>& changes = {});

    // A secret value under 16 MiB may grow up to six times when JSON-escaped (\u0000): the body
    // limit leaves room for that, and the decoded value is checked against 16 MiB.
    static constexpr qsizetype kMaxBodyBytes = 100 * 1024 * 1024;

private:
    enum class Need { ApiRead, ApiWrite, ServerlessRead, ServerlessWrite };
    struct Call
    {
        const HttpRequest& request;
        QStringList args; // the path's placeholders, in order
        ApiKey caller;
        QJsonObject body; // the parsed, schema-checked body (empty for GET and DELETE)
        QDateTime now;
        AuditActor actor() const { return {caller.id, caller.name, caller.createdBy}; }
    };
    using Handler = HttpResponse (SandboxService::*)(Call&);
    struct Route
    {
        QStringList pattern; // "{}" matches one segment
        HttpMethod method;
        Need need;
        Handler handler;
        const BodySchema* schema = nullptr; // non-null: a JSON object body is required
        bool invocation = false;
    };

    SandboxService(std::unique_ptr<Store> store, SecretCipher cipher, const Config& config);
    void buildRoutes();
    bool allowed(const ApiKey& key, Need need, const QStringList& args) const;
    void scheduleJob(const QString& endpointId, const QString& jobId, int delayMs);
    void runJob(const QString& endpointId, const QString& jobId);
    QJsonObject endpointJson(const Endpoint& e) const;

    // Routes (SandboxService_*.cpp)
    HttpResponse listTemplates(Call& c);
    HttpResponse createTemplate(Call& c);
    HttpResponse getTemplate(Call& c);
    HttpResponse updateTemplate(Call& c);
    HttpResponse deleteTemplate(Call& c);
    HttpResponse listEndpoints(Call& c);
    HttpResponse createEndpoint(Call& c);
    HttpResponse getEndpoint(Call& c);
    HttpResponse updateEndpoint(Call& c);
    HttpResponse deleteEndpoint(Call& c);
    HttpResponse listSecrets(Call& c);
    HttpResponse createSecret(Call& c);
    HttpResponse getSecret(Call& c);
    HttpResponse updateSecret(Call& c);
    HttpResponse deleteSecret(Call& c);
    HttpResponse listKeys(Call& c);
    HttpResponse createKey(Call& c);
    HttpResponse getKey(Call& c);
    HttpResponse updateKey(Call& c);
    HttpResponse revokeKey(Call& c);
    HttpResponse listEvents(Call& c);
    HttpResponse boot(Call& c);
    HttpResponse run(Call& c);
    HttpResponse runSync(Call& c);
    HttpResponse jobStatus(Call& c);
    HttpResponse jobStream(Call& c);
    HttpResponse cancelJob(Call& c);
    HttpResponse retryJob(Call& c);
    HttpResponse purgeQueue(Call& c);
    HttpResponse health(Call& c);

    std::unique_ptr<Store> m_store;
    SecretCipher m_cipher;
    Config m_config;
    RateLimiter m_rateLimiter;
    QString m_invokeBase;
    std::vector<Route> m_routes;
};

HttpMethod methodFromString(const QString& method);

} // namespace podwarden::sandbox
