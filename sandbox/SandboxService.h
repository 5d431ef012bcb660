#pragma once

#include "AuthThrottle.h"
#include "Crypto.h"
#include "HttpTypes.h"
#include "RateLimiter.h"
#include "Store.h"
#include "Worker.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace podwarden::sandbox {

class BodySchema;
class PaperspaceService;

// The service behind podwarden-sandbox: every route of SERVICE.md sections 4 to 7, with the
// authentication, permission, rate-limit and error rules of sections 2 and 3. It answers plain
// HttpRequest values, so the HTTP server is a thin adapter and benchmarks can call it directly.
class SandboxService final : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int rateLimit = 600; // per minute (per rateWindowSeconds)
        int rateWindowSeconds = 60;
        int rateLimitHour = 36000;
        int rateLimitDay = 864000;
        int jobDelayMs = 300;
        bool officialOnly = false; // the [ext] routes answer 404
        // Failed authentications (401) one client may have within the window before it is refused
        // with 429 for the window's length; 0: no limit.
        int authFailureLimit = 100;
        int authFailureWindowSeconds = 10;
        // A rolling update replaces one stale worker of an endpoint every so many milliseconds.
        int rolloutStepMs = 3000;
        // Paperspace: serve SERVICE.md section 8 (PaperspaceService) instead of the Runpod API.
        bool paperspace = false;
    };

    // Opens (or creates) the account in `dataDir`: sandbox.db and the 0600 secrets.key.
    static std::unique_ptr<SandboxService> open(const QString& dataDir, const Config& config, QString* error);
    ~SandboxService() override;

    Store& store() { return *m_store; }
    // Non-null in Paperspace mode, which answers every request.
    PaperspaceService* paperspace() { return m_paperspace.get(); }
    void setInvokeBase(const QString& base) { m_invokeBase = base; }

    // Answers `request` through `respond`, at once or, for a route that waits (status-sync), later;
    // `respond` is called exactly once.
    using Responder = std::function<void(const HttpResponse&)>;
    void handle(const HttpRequest& request, const Responder& respond);
    // The answer at once; a route that would wait answers with what it has now.
    HttpResponse handle(const HttpRequest& request);

    // Decides from a request's head alone (no body yet: method, path, Authorization, declared
    // Content-Length, peer) whether its body may be read: nullopt, with `bodyLimit` set to the
    // most the route accepts, or the answer to send at once without reading the body (429 for a
    // client that failed authentication too often, 413, 401). handle() decides the same again.
    std::optional<HttpResponse> admit(const HttpRequest& head, qint64* bodyLimit);

    // Building blocks shared by the routes and the seeder.
    struct MintedKey
    {
        ApiKey key;
        QString rawKey;
    };
    MintedKey mintKey(const QString& name, const AccessPolicy& policy, const QString& createdBy, const QDateTime& at,
                      bool legacy = false, const std::optional<QDateTime>& expiresAt = std::nullopt,
                      const QString& rolledFrom = QString());
    Secret addSecret(const QString& name, const QByteArray& value, const QString& description, const QDateTime& at);
    void record(const AuditActor& actor, AuditAction action, ResourceType type, const QString& id, const QString& name,
                const QDateTime& at, const std::optional<QJsonObject>& changes = {});

    // Bodies over a route's limit are 413, decided from Content-Length before authentication and
    // before a byte of the body is read. The contract documents one limit, 102400 bytes, on POST
    // /v2/pods only, which the sandbox does not serve. Creating or replacing a secret leaves room
    // for a value under 16 MiB, which may grow up to six times when JSON-escaped (\u0000); the
    // decoded value is checked against 16 MiB. /run and /runsync take what the cloud documents
    // (10 MB and 20 MB); other JSON bodies 4 MiB; routes without a body 64 KiB.
    static constexpr qsizetype kMaxBodyBytes = 100 * 1024 * 1024;
    static constexpr qsizetype kMaxRunBodyBytes = 10 * 1024 * 1024;
    static constexpr qsizetype kMaxRunSyncBodyBytes = 20 * 1024 * 1024;
    static constexpr qsizetype kMaxJsonBodyBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxPlainBodyBytes = 64 * 1024;

    // What one boot may resolve: references in all, and bytes of distinct secret values to
    // decrypt. Past either, the boot is refused with 422 before any work.
    static constexpr qsizetype kMaxBootReferences = 1000;
    static constexpr qint64 kMaxBootBytes = 64 * 1024 * 1024;

private:
    enum class Need { ApiRead, ApiWrite, ServerlessRead, ServerlessWrite };
    struct Call
    {
        const HttpRequest& request;
        QStringList args; // the path's placeholders, in order
        ApiKey caller;
        QJsonObject body; // the parsed, schema-checked body (empty for GET and DELETE)
        QDateTime now;
        // Non-null when the route may answer later: it keeps a copy and returns deferred().
        const Responder* respondLater = nullptr;
        AuditActor actor() const { return {caller.id, caller.name, caller.createdBy}; }
    };
    // What a route returns when it will answer through Call::respondLater.
    static HttpResponse deferred() { return {0, {}, {}, {}}; }
    using Handler = HttpResponse (SandboxService::*)(Call&);
    struct Route
    {
        QStringList pattern; // "{}" matches one segment
        HttpMethod method;
        Need need;
        Handler handler;
        const BodySchema* schema = nullptr; // non-null: a JSON object body is required
        bool invocation = false;
        bool ext = false; // not published by the cloud (SERVICE.md [ext]): absent with officialOnly
    };
    // A status-sync request waiting for its job to finish.
    struct Waiter
    {
        QString endpointId;
        QString jobId;
        QTimer* timer;
        Responder respond;
    };

    // What a request's head decides: an answer at once, or the body limit and the caller's key.
    struct Admission
    {
        std::optional<HttpResponse> refusal;
        qint64 bodyLimit = kMaxPlainBodyBytes;
        std::optional<KeyAuth> auth;
    };

    SandboxService(std::unique_ptr<Store> store, SecretCipher cipher, const Config& config);
    void buildRoutes();
    const Route* findRoute(const HttpRequest& request, const QStringList& segments, QStringList* args,
                           QStringList* allow) const;
    static qint64 bodyLimit(const Route* route);
    Admission admission(const HttpRequest& request, qint64 nowMs);
    bool allowed(const ApiKey& key, Need need, const QStringList& args) const;
    HttpResponse dispatch(const HttpRequest& request, const Responder* respondLater);
    void scheduleJob(const QString& endpointId, const QString& jobId, int delayMs);
    void runJob(const QString& endpointId, const QString& jobId);
    // Answers the status-sync requests waiting on a job (every job of the endpoint when `jobId`
    // is empty) with its status now, or 404 when it is gone.
    void settleWaiters(const QString& endpointId, const QString& jobId = {});
    HttpResponse jobStatusNow(const QString& endpointId, const QString& jobId) const;
    QJsonObject endpointJson(const Endpoint& e) const;

    // Workers and releases (SandboxService_workers.cpp). A rolling update is worked out from time
    // when the workers are read: every read first applies the replacements that are due.
    void advanceRollout(const Endpoint& e, const QDateTime& now);
    WorkerList workerList(const Endpoint& e, const QDateTime& now);
    // After a successful create or PATCH: the endpoint's next configuration version, its release,
    // and (for a PATCH) the start of the rolling update that moves its workers onto it. A PATCH
    // applies the replacements due under the old configuration (advanceRollout) before it.
    Release releaseVersion(const Endpoint& e, const QJsonObject& before, const QJsonObject& after, const Call& c,
                           bool created);
    // Pods (SandboxService_pods.cpp): the wire form, with what is worked out at `now`.
    QJsonObject podJson(const StoredPod& p, const QDateTime& now) const;

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
    HttpResponse keyUsage(Call& c);
    HttpResponse listEvents(Call& c);
    HttpResponse listWorkers(Call& c);
    HttpResponse listReleases(Call& c);
    HttpResponse listPods(Call& c);
    HttpResponse getPod(Call& c);
    HttpResponse podAction(Call& c);
    HttpResponse listBuilds(Call& c);
    HttpResponse getBuild(Call& c);
    HttpResponse boot(Call& c);
    HttpResponse run(Call& c);
    HttpResponse runSync(Call& c);
    HttpResponse jobStatus(Call& c);
    HttpResponse jobStatusSync(Call& c);
    HttpResponse jobStream(Call& c);
    HttpResponse cancelJob(Call& c);
    HttpResponse retryJob(Call& c);
    HttpResponse purgeQueue(Call& c);
    HttpResponse health(Call& c);

    std::unique_ptr<Store> m_store;
    SecretCipher m_cipher;
    Config m_config;
    RateLimiter m_rateLimiter;
    AuthThrottle m_authThrottle;
    QString m_invokeBase;
    std::vector<Route> m_routes;
    std::vector<Waiter> m_waiters;
    std::unique_ptr<PaperspaceService> m_paperspace;
};

HttpMethod methodFromString(const QString& method);

} // namespace podwarden::sandbox
